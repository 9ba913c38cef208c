"""Any list on screen goes to Excel or CSV from its right-click menu or Ctrl+E: what the table
shows (hidden columns and filtered rows left out), NIK masked, RT/RW as text, money as numbers,
nothing a spreadsheet would run; a failed write leaves no half file and says why."""

from __future__ import annotations

import csv
import errno
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from psmdesk.ui.widgets import list_export

CTRL = Qt.KeyboardModifier.ControlModifier
ROWS = [
    ["3171084101560003", "Siti Aminah", "003/005", "Rp1.250.000", "rahasia"],
    ["3171080202700011", "=HYPERLINK(\"http://x\")", "010/002", "-Rp25.000", "rahasia"],
    ["3171080303800021", "Disaring", "001/001", "Rp0", "rahasia"],
]


@pytest.fixture
def table(qtbot) -> QTableWidget:  # type: ignore[no-untyped-def]
    widget = QTableWidget(len(ROWS), 5)
    widget.setHorizontalHeaderLabels(["NIK", "Nama", "RT/RW", "Saldo", "Catatan kesehatan"])
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            widget.setItem(r, c, QTableWidgetItem(text))
    widget.setColumnHidden(4, True)
    widget.setRowHidden(2, True)  # filtered out on screen
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.setFocus()
    return widget


def answer(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(list_export, "ask_target", lambda parent, suggested: target)
    monkeypatch.setattr(list_export, "tell_done", lambda parent, text: told.append(text))
    return told


def test_ctrl_e_writes_what_the_table_shows_to_excel(qtbot, table: QTableWidget, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    list_export.offer_export(table, "Penerima Permakanan")
    told = answer(monkeypatch, tmp_path / "penerima.xlsx")
    qtbot.keyClick(table, Qt.Key.Key_E, CTRL)
    sheet = load_workbook(tmp_path / "penerima.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values == [["NIK", "Nama", "RT/RW", "Saldo"],
                      ["317108******0003", "Siti Aminah", "003/005", 1250000],
                      ["317108******0011", "=HYPERLINK(\"http://x\")", "010/002", -25000]]
    assert sheet["B3"].data_type == "s"  # text, not a formula Excel would run
    assert told == ['2 rows of "Penerima Permakanan" were saved to penerima.xlsx.']
    assert [a.text() for a in table.actions()] == ["Export this list to Excel/CSV…"]
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_csv_neutralises_formulas_and_cancel_writes_nothing(table: QTableWidget, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    action = list_export.offer_export(table, "Penerima")
    answer(monkeypatch, None)
    action.trigger()
    assert list(tmp_path.iterdir()) == []
    answer(monkeypatch, tmp_path / "penerima.csv")
    action.trigger()
    with (tmp_path / "penerima.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][0] == "317108******0003" and rows[2][1].startswith("'=")
    assert "3171084101560003" not in (tmp_path / "penerima.csv").read_text(encoding="utf-8-sig")


def test_a_full_disk_says_so_and_leaves_no_half_file(table: QTableWidget, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from psmdesk.services import spreadsheet_export

    problems: list[str] = []
    monkeypatch.setattr(list_export, "show_problem", lambda parent, text: problems.append(text))
    told = answer(monkeypatch, tmp_path / "penerima.xlsx")

    def full(*args: object) -> None:
        (tmp_path / "penerima.xlsx.tmp").write_bytes(b"PK")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(spreadsheet_export, "_write_xlsx", full)
    list_export.offer_export(table, "Penerima").trigger()
    assert told == [] and len(problems) == 1 and "penerima.xlsx" in problems[0]
    assert list(tmp_path.iterdir()) == []


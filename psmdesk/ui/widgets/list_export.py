"""Any list on screen to Excel or CSV: right-click the table (or Ctrl+E in it) and pick
"Ekspor daftar ke Excel/CSV…". What is exported is what the table shows, in its order, with
hidden columns and filtered-out rows left out; a 16-digit NIK or No. KK is masked (the full
numbers go out only through Laporan > Ekspor, which asks first)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox, QTableView, QWidget

from psmdesk.domain.nik import mask_nik
from psmdesk.services.errors import UserError
from psmdesk.services.spreadsheet_export import Column, export_rows
from psmdesk.ui.errors import show_problem
from psmdesk.ui.i18n import translate

IDENTITY = re.compile(r"\b(NIK|KK|No\.?\s*KK|Kartu Keluarga)\b", re.I)
TEXT_TITLE = re.compile(r"\b(NIK|KK|RT|RW|RT/RW|Telepon|HP|WA|Rekening|Kode)\b", re.I)
SIXTEEN_DIGITS = re.compile(r"^\d{16}$")
WHOLE_NUMBER = re.compile(r"^(-|\u2212)?\s?(Rp\s?)?\d{1,3}(\.\d{3})*$")


def ask_target(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write (tests replace this). The suffix chosen decides the format."""
    excel = translate("ListExport", "Excel workbook") + " (*.xlsx)"
    csv = translate("ListExport", "CSV file") + " (*.csv)"
    file, chosen = QFileDialog.getSaveFileName(parent, translate("ListExport", "Export list"), str(suggested),
                                               f"{excel};;{csv}")
    if not file:
        return None
    path = Path(file)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
    return path


def tell_done(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, translate("ListExport", "Export list"), text)


def offer_export(view: QAbstractItemView, title: str | Callable[[], str]) -> QAction:
    """Adds the export action to the table's right-click menu and to Ctrl+E while it has focus."""
    action = QAction(translate("ListExport", "Export this list to Excel/CSV…"), view)
    action.setObjectName("ExportListAction")
    action.setShortcut(QKeySequence("Ctrl+E"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: export_view(view, title() if callable(title) else title))
    view.addAction(action)
    if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def table_rows(view: QAbstractItemView) -> tuple[list[Column], list[list[object]]]:
    """The columns and rows the table shows, as they would be written."""
    model = view.model()
    root = QModelIndex()
    while model.canFetchMore(root):  # a list that loads in chunks: all of it, not the first screen
        model.fetchMore(root)
    table = view if isinstance(view, QTableView) else None
    columns = [c for c in range(model.columnCount(root)) if table is None or not table.isColumnHidden(c)]
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
              for c in columns]
    text = [bool(TEXT_TITLE.search(t)) for t in titles]
    identity = [bool(IDENTITY.search(t)) for t in titles]
    rows: list[list[object]] = []
    for r in range(model.rowCount(root)):
        if table is not None and table.isRowHidden(r):
            continue
        row: list[object] = []
        for i, c in enumerate(columns):
            index = model.index(r, c, root)
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
            if value is None:
                checked = model.data(index, Qt.ItemDataRole.CheckStateRole)
                value = "" if checked is None else ("Ya" if checked in (2, Qt.CheckState.Checked) else "Tidak")
            row.append(_cell(value, text[i], identity[i]))
        rows.append(row)
    widths = [max([len(t), *(len(str(row[i])) for row in rows[:200])]) for i, t in enumerate(titles)]
    return [Column(t, text=text[i], width=min(max(widths[i] + 2, 8), 60)) for i, t in enumerate(titles)], rows


def _cell(value: object, text: bool, identity: bool) -> object:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return str(value)
    if not isinstance(value, str):
        return str(value) if text else value
    value = value.strip()
    if identity and SIXTEEN_DIGITS.match(value):
        return mask_nik(value)
    if not text and WHOLE_NUMBER.match(value):  # "Rp1.250.000", "12": a number Excel can sum
        digits = int(re.sub(r"\D", "", value))
        return -digits if value[:1] in ("-", "\u2212") else digits
    return value


def _file_stem(title: str) -> str:
    stem = re.sub(r"[^0-9A-Za-z]+", "-", title).strip("-").lower() or "daftar"
    return f"{stem[:40]}-{date.today().isoformat()}"


def export_view(view: QAbstractItemView, title: str) -> Path | None:
    folder = Path.home() / "Documents"
    target = ask_target(view, (folder if folder.is_dir() else Path.home()) / f"{_file_stem(title)}.xlsx")
    if target is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        columns, rows = table_rows(view)
        export_rows(columns, rows, target, sheet=re.sub(r"[\[\]:*?/\\]", " ", title)[:31] or "Data")
    except UserError as exc:
        QGuiApplication.restoreOverrideCursor()
        show_problem(view, str(exc))
        return None
    except OSError:
        QGuiApplication.restoreOverrideCursor()
        show_problem(view, translate("ListExport", "The list could not be written to {name} (the disk may be "
                                                   "full or the folder read-only). Nothing was changed in PSM "
                                                   "Desk; choose another place and try again.")
                     .format(name=target.name))
        return None
    QGuiApplication.restoreOverrideCursor()
    tell_done(view, translate("ListExport", "{count} rows of \"{title}\" were saved to {name}.")
              .format(count=len(rows), title=title, name=target.name))
    return target

"""The import wizard, walked like a volunteer walks it: from the Keluarga page, through its four
steps, in Indonesian, with the work done off the UI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from psmdesk.storage.household_queries import HouseholdFilter, household_ids
from psmdesk.tableimport.plan import Action
from psmdesk.ui.households.page import HouseholdsPage
from psmdesk.ui.main_window import MainWindow
from psmdesk.ui.tableimport import dialogs
from psmdesk.ui.tableimport.wizard import APPLY, FILE, MAPPING, PREVIEW, ImportWizard
from tests.services import test_table_import_files as files

JOB_MS = 20_000


@pytest.fixture
def page(window: MainWindow) -> HouseholdsPage:
    shown = window.open_page("households")
    assert isinstance(shown, HouseholdsPage)
    return shown


@pytest.fixture
def wizard(qtbot, page: HouseholdsPage) -> Iterator[ImportWizard]:
    assert page.import_button.text() == "Impor dari Excel/CSV…"
    page.import_button.click()
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible()]
    assert len(found) == 1
    shown = found[0]
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=2000)
    yield shown
    if isValid(shown):
        if shown.job is not None:
            shown.stop_job()
            qtbot.waitUntil(lambda: shown.job is None, timeout=JOB_MS)
        shown.close()


def wait_idle(qtbot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.job is None, timeout=JOB_MS)


def to_mapping(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path.setText(str(path))
    assert wizard.next_button.isEnabled() and wizard.next_button.text() == "&Lanjut >"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, wizard)
    assert wizard.current == MAPPING, wizard.error.text()


def test_walk_through_the_four_steps(qtbot, wizard: ImportWizard, page: HouseholdsPage, tmp_path: Path) -> None:
    assert wizard.current == FILE and wizard.step.text() == "Langkah 1 dari 4: Berkas dan jenis data"
    assert not wizard.next_button.isEnabled()  # no file yet
    assert not wizard.file_page.target_buttons["psm"].isEnabled()  # the PSM registry: Koordinator only
    assert not wizard.file_page.kelurahan.isEnabled()  # a volunteer imports her own kelurahan
    to_mapping(qtbot, wizard, files.write_xlsx(tmp_path / "Daftar Keluarga.xlsx"))

    mapping = wizard.mapping_page
    assert "judul kolom di baris 3-4" in mapping.about.text()
    chosen = {combo.objectName(): combo.currentData() for combo in mapping.combos}
    assert chosen["FieldFor_A"] is None and chosen["FieldFor_C"] == "nik" and chosen["FieldFor_I"] == "rt_rw"
    samples = mapping.table.item(2, 1).text()
    assert "317108******0001" in samples and "3171080201700001" not in samples  # NIKs masked on screen
    assert mapping.combos[3].currentText() == "Nama *"
    mapping.combos[3].setCurrentIndex(0)  # un-map Nama: the wizard says what is missing
    assert "Pilih kolom untuk Nama." in mapping.problems.text() and not wizard.next_button.isEnabled()
    mapping.combos[3].setCurrentIndex(mapping.combos[3].findData("name"))
    assert mapping.problems.isHidden() and wizard.next_button.isEnabled()

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, wizard)
    assert wizard.current == PREVIEW and wizard.next_button.text() == "&Impor"
    preview = wizard.preview_page
    assert preview.chips[Action.CREATE].number.text() == "10"
    assert preview.chips[Action.REJECT].number.text() == "6"
    assert preview.model.index(1, 1).data() == "Ditolak"
    assert preview.model.index(1, 3).data() == ""  # the damaged NIK is not shown at all
    assert preview.model.index(5, 3).data() == "317108******0001"
    preview.only_rejected.setChecked(True)
    assert preview.proxy.rowCount() == 6
    preview.table.selectRow(1)
    assert preview.detail.text().startswith("Baris 7 (Ditolak): NIK rusak oleh Excel")
    assert household_ids(page.ctx.db, HouseholdFilter()) == []  # nothing written before step 4

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current == APPLY and not wizard.cancel_button.isEnabled()  # the import is not left half done
    wait_idle(qtbot, wizard)
    applied = wizard.apply_page
    assert applied.headline.text().startswith("Impor selesai")
    assert applied.chips[Action.CREATE].number.text() == "10"
    assert "Keluarga: 5 baru, 0 dilengkapi" in applied.summary.text()
    assert wizard.cancel_button.text() == "&Tutup" and wizard.cancel_button.isEnabled()
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert page.model.rowCount() == 5  # the list re-read the data


def test_report_of_rejected_rows_from_the_preview(qtbot, wizard: ImportWizard, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    to_mapping(qtbot, wizard, files.write_csv(tmp_path / "keluarga.csv"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, wizard)
    monkeypatch.setattr(dialogs, "choose_report_folder", lambda parent, start: tmp_path / "laporan")
    qtbot.mouseClick(wizard.preview_page.report_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, wizard)
    assert (tmp_path / "laporan" / "keluarga-ditolak.xlsx").exists()
    assert "Laporan disimpan" in wizard.error.text()


def test_keyboard_only(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:
    path = files.write_csv(tmp_path / "keluarga.csv")
    assert QApplication.focusWidget() is wizard.file_page.path
    qtbot.keyClicks(wizard.file_page.path, str(path))
    qtbot.keyClick(wizard.file_page.path, Qt.Key.Key_Return)  # Enter presses the default button, Lanjut
    wait_idle(qtbot, wizard)
    assert wizard.current == MAPPING
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    wait_idle(qtbot, wizard)
    assert wizard.current == PREVIEW
    assert QApplication.focusWidget() is wizard.preview_page.table
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert wizard.current == MAPPING


def test_problems_are_shown_in_the_wizard(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:
    wizard.file_page.path.setText(str(tmp_path / "tidak-ada.xlsx"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, wizard)
    assert wizard.current == FILE
    assert wizard.error.isVisible() and "tidak ditemukan" in wizard.error.text()

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from psmdesk.services import backup as svc
from psmdesk.services.context import AppContext
from psmdesk.sync import identity
from psmdesk.ui.backup.dialog import BackupDialog
from psmdesk.ui.main_window import MainWindow
from psmdesk.ui.settings.page import SettingsPage

DAY = datetime(2026, 8, 17, 9, 30, 0)


def add_households(ctx: AppContext, n: int) -> None:
    with ctx.transaction() as writer:
        for i in range(n):
            hid = writer.insert("households", {"kelurahan_code": "31.71.08.1001", "rt": f"{i:03d}", "rw": "002"})
            writer.insert("members", {"household_id": hid, "name": "Anggota", "name_key": "a", "relation": "anak"})


@pytest.fixture
def dialog(qtbot, window: MainWindow) -> BackupDialog:
    add_households(window.ctx, 3)
    svc.make_backup(window.ctx, svc.DAILY, now=DAY)
    add_households(window.ctx, 2)
    svc.make_backup(window.ctx, svc.PRE_IMPORT, now=DAY.replace(hour=11))
    dlg = BackupDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def wait_jobs(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.running_jobs(), timeout=15000)


def test_settings_has_the_backup_button(window: MainWindow) -> None:
    page = window.open_page("settings")
    assert isinstance(page, SettingsPage)
    from PySide6.QtWidgets import QPushButton

    button = page.findChild(QPushButton, "OpenBackups")
    # Shown as "Cadangan & Pulihkan...": the & is doubled, else Qt draws "Cadangan _Pulihkan...".
    assert button is not None and button.text() == "Cadangan && Pulihkan..."


def test_lists_backups_and_shows_what_one_holds(dialog: BackupDialog) -> None:
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "17/08/2026 11:30"
    assert dialog.table.item(0, 1).text() == "Sebelum impor Paket Sinkron"
    assert dialog.table.item(1, 1).text() == "Cadangan harian"
    assert dialog.table.item(0, 2).text().endswith("KB")
    text = dialog.detail.text()
    assert "Profil: Sari Wulandari" in text
    assert "Keluarga: 5" in text and "Anggota keluarga: 5" in text
    assert "Perubahan terakhir:" in text
    dialog.table.selectRow(1)
    assert "Keluarga: 3" in dialog.detail.text()
    assert dialog.restore_button.isEnabled()


def test_back_up_now_adds_a_row(qtbot, dialog: BackupDialog, window: MainWindow) -> None:
    dialog.backup_now.click()
    wait_jobs(qtbot, window)
    assert dialog.table.rowCount() == 3
    assert "Cadangan dibuat" in dialog.status.text()
    assert dialog.selected() is not None and dialog.selected().kind == svc.MANUAL


def test_restore_asks_then_replaces_the_data(qtbot, dialog: BackupDialog, window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    old_epoch = identity.epoch(window.ctx.db)
    dialog.table.selectRow(1)  # the daily backup: 3 households
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda text: asked.append(text) or False)
    dialog.restore_button.click()
    assert "3 keluarga" in asked[0]
    assert window.ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 5  # said no

    monkeypatch.setattr(dialog, "confirm", lambda text: True)
    dialog.restore_button.click()
    wait_jobs(qtbot, window)
    assert window.ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 3
    assert identity.epoch(window.ctx.db) != old_epoch
    assert "dipulihkan" in dialog.status.text()
    kinds = [b.kind for b in svc.list_backups(window.ctx.paths.backups)]
    assert svc.PRE_RESTORE in kinds
    assert dialog.table.rowCount() == 3


def test_copy_to_folder_and_daily_copy_setting(qtbot, dialog: BackupDialog, window: MainWindow,
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not dialog.daily_copy.isEnabled()
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(dialog, "choose_folder", lambda: stick)
    dialog.copy_button.click()
    wait_jobs(qtbot, window)
    assert len(svc.list_backups(stick)) == 1
    assert dialog.daily_copy.isEnabled() and str(stick) in dialog.daily_copy.text()
    dialog.daily_copy.setChecked(True)
    assert svc.copy_folder(window.ctx) == stick


def test_screenshot_at_1366x768(qtbot, dialog: BackupDialog, window: MainWindow) -> None:
    window.resize(1366, 728)
    out = Path(__file__).resolve().parents[3] / "build" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(out / "backup_dialog.png"))
    assert dialog.width() <= 1366 and dialog.height() <= 728
    # A backup of an office using every module lists ~20 tables: the dialog must still fit the
    # ~690 px a 1366x768 laptop leaves below the title bar and above the taskbar, "Tutup" included.
    dialog.detail.setText("\n".join(f"Tabel {i}: {i * 100}" for i in range(24)))
    dialog.layout().activate()
    assert dialog.minimumSizeHint().height() <= 660 and dialog.sizeHint().height() <= 690


def test_settings_screenshot_at_1366x768(qtbot, window: MainWindow) -> None:
    window.resize(1366, 728)
    window.open_page("settings")
    qtbot.wait(50)
    out = Path(__file__).resolve().parents[3] / "build" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "settings_with_backup.png"))

from __future__ import annotations

import sys

from psmdesk import app as app_module
from psmdesk.paths import AppPaths
from psmdesk.storage.errors import NotPsmDeskDatabase


def test_storage_error_at_open_returns_1_with_a_message(qapp, paths: AppPaths, monkeypatch) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.database.write_bytes(b"this is a spreadsheet, not a database" * 10)
    before = paths.database.read_bytes()
    shown = []
    monkeypatch.setattr(app_module.errors, "show_storage_error", lambda parent, exc: shown.append(exc))
    try:
        assert app_module.run_gui(paths) == 1
    finally:
        sys.excepthook = sys.__excepthook__
    assert len(shown) == 1 and isinstance(shown[0], NotPsmDeskDatabase)
    assert "bukan basis data PSM Desk" in str(shown[0])
    assert paths.database.read_bytes() == before  # nothing touched


def test_cancelled_setup_exits_without_storing(qapp, paths: AppPaths, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr("psmdesk.ui.setup.wizard.SetupWizard.exec",
                        lambda self: QDialog.DialogCode.Rejected)
    try:
        assert app_module.run_gui(paths) == 0
    finally:
        sys.excepthook = sys.__excepthook__
    from psmdesk.services.context import open_app

    ctx = open_app(paths)
    try:
        assert not ctx.is_set_up
    finally:
        ctx.close()


def test_sample_data_fills_in_the_background(qtbot, window, monkeypatch) -> None:
    app_module.start_demo_fill(window)
    assert window.running_jobs() == ["demo"]
    qtbot.waitUntil(lambda: window.running_jobs() == [], timeout=20000)
    assert window.statusBar().currentMessage().startswith("Data contoh:")
    home = window.page("home")
    assert home.households_value.text() != "0"

"""Composition root of the desktop app: logging, QApplication, translations, data, windows.

`psmdesk gui` (cli.py) calls `run_gui(paths)`; tests build the window with `build_main_window`."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

import psmdesk
from psmdesk.logsetup import setup_logging
from psmdesk.paths import AppPaths, resource_path
from psmdesk.services.context import AppContext, open_app
from psmdesk.settings import Settings
from psmdesk.storage.errors import DatabaseDamaged, StorageError
from psmdesk.ui import errors
from psmdesk.ui.i18n import install_translators, translate
from psmdesk.ui.main_window import MainWindow
from psmdesk.ui.style import apply_style

log = logging.getLogger("psmdesk.app")


def _warm_up_regions() -> None:
    try:
        from psmdesk.domain.regions import warm_up

        warm_up()
    except Exception:  # the picker loads on demand anyway; only the first open is slower
        log.warning("Region data warm-up failed", exc_info=True)


def build_main_window(ctx: AppContext) -> MainWindow:
    return MainWindow(ctx)


def start_demo_fill(window: MainWindow) -> None:
    """Fills sample data in the background; the window stays usable and shows the progress."""

    def work(ctx: AppContext, progress: Any, cancelled: Any) -> Any:
        from psmdesk.services.demo import fill_demo

        return fill_demo(ctx, size="small", seed=1, progress=progress, cancelled=cancelled)

    def done(summary: Any) -> None:
        describe = getattr(summary, "describe", None)
        if callable(describe):
            window.show_message(describe(), 15000)
        window.refresh_current_page()

    window.run_job(translate("App", "Filling in sample data"), work, done, key="demo")


def _open_checked(paths: AppPaths) -> AppContext:
    """open_app plus `PRAGMA quick_check`: a damaged file raises DatabaseDamaged."""
    from psmdesk.services.backup import database_sound

    ctx = open_app(paths)
    if not database_sound(ctx):
        ctx.close()
        raise DatabaseDamaged(paths.database.name)
    return ctx


def _create_application(argv: Sequence[str] | None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setApplicationName(psmdesk.APP_NAME)
    app.setOrganizationName(psmdesk.APP_NAME)
    app.setDesktopFileName("psmdesk")  # groups the window with its launcher on Wayland
    app.setApplicationVersion(psmdesk.__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "psmdesk.svg"))))
    return app


def run_gui(paths: AppPaths, *, argv: Sequence[str] | None = None) -> int:
    try:
        setup_logging(paths.log_file)
    except OSError:
        # A read-only data folder: open_app below reports it in plain words.
        logging.basicConfig(level=logging.INFO)
    log.info("PSM Desk %s starting", psmdesk.__version__)
    app = _create_application(argv)
    errors.install_excepthook(paths.log_file)
    warm = threading.Thread(target=_warm_up_regions, name="regions-warm-up", daemon=True)
    warm.start()
    apply_style(app)
    # Settings live beside the database but not in it: the language is known even when the
    # database cannot be opened, so that message is shown in the right words.
    install_translators(app, Settings.load(paths.settings).language)

    try:
        ctx = _open_checked(paths)
    except DatabaseDamaged:
        # A damaged file: a plain message offering the latest good backup, never a crash.
        from psmdesk.ui.backup.startup import recover_damaged

        recovered = recover_damaged(paths)
        if recovered is None:
            return 1
        ctx = recovered
    except StorageError as exc:
        log.warning("Could not open the data folder: %s", type(exc).__name__)
        errors.show_storage_error(None, exc)
        return 1
    except Exception:
        errors.handle_exception(*sys.exc_info(), log_file=paths.log_file)  # type: ignore[misc]
        return 1

    try:
        warm.join()
        fill_demo = False
        if not ctx.is_set_up:
            from psmdesk.ui.setup.wizard import SetupWizard

            wizard = SetupWizard(ctx)
            if wizard.exec() != QDialog.DialogCode.Accepted:
                log.info("Setup cancelled; nothing stored")
                return 0
            fill_demo = wizard.fill_demo_requested
        window = build_main_window(ctx)
        window.show()
        from psmdesk.ui.backup.startup import start_daily_backup

        start_daily_backup(window)  # the first start of a day, in the background
        if fill_demo:
            start_demo_fill(window)
        return app.exec()
    finally:
        ctx.close()
        log.info("PSM Desk closed")

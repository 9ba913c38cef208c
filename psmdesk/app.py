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
    from psmdesk.storage.db import use_screen_cache

    use_screen_cache(ctx.db)
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


class _Damaged(Exception):  # noqa: N818 - internal signal, carries the key for the backups
    def __init__(self, key: bytes | None) -> None:
        super().__init__("damaged")
        self.key = key


def _open_checked(paths: AppPaths, key: bytes | None) -> AppContext:
    """open_app plus `PRAGMA quick_check`: a damaged file raises _Damaged."""
    from psmdesk.services.backup import database_sound

    try:
        ctx = open_app(paths, key)
    except DatabaseDamaged as exc:
        raise _Damaged(key) from exc
    if not database_sound(ctx):
        ctx.close()
        raise _Damaged(key)
    return ctx


def open_data_folder(paths: AppPaths) -> tuple[AppContext, Any] | None:
    """The data folder opened through the screen its state needs (services/security.py):
    a new folder -> the setup wizard with a password; a plain database from an earlier version ->
    setting a password (it is encrypted in place); a protected one -> the unlock screen.
    Returns (context, the setup wizard when one ran) or None when the user closed the screen."""
    from psmdesk.services import security
    from psmdesk.storage.keyfile import KeyFileMissing

    state = security.data_state(paths)
    if state is security.DataState.KEY_MISSING:
        raise KeyFileMissing()
    if state is security.DataState.FRESH:
        from psmdesk.ui.setup.wizard import SetupWizard

        wizard = SetupWizard(None, paths=paths)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.ctx is None:
            log.info("Setup cancelled; nothing stored")
            return None
        return wizard.ctx, wizard
    if state is security.DataState.PLAIN:
        # Opened plain first: a file of another program is refused with its own message and a
        # damaged one offers its backups; the password is set only on a sound database.
        _open_checked(paths, None).close()
        from psmdesk.ui.security.passphrase_dialogs import NewPassphraseDialog
        from psmdesk.ui.security.recovery_code import RecoveryCodeDialog

        opened: list[AppContext] = []

        def protect(passphrase: str, confirm: str) -> str:
            ctx, code = security.protect(paths, passphrase, confirm)
            opened.append(ctx)
            return code

        dialog = NewPassphraseDialog(protect)
        if dialog.exec() != QDialog.DialogCode.Accepted or not opened or dialog.code is None:
            return None
        profile = opened[0].profile
        RecoveryCodeDialog(dialog.code, holder=profile.name if profile else "",
                           device=opened[0].device_id[-8:]).exec()
        return opened[0], None
    from psmdesk.ui.security.unlock import UnlockDialog

    unlock = UnlockDialog(paths)
    if unlock.exec() != QDialog.DialogCode.Accepted or unlock.key is None:
        return None
    return _open_checked(paths, unlock.key), None


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
        opened = open_data_folder(paths)
        if opened is None:
            return 0  # closed at the unlock screen or the first setup: nothing stored
        ctx, fresh = opened
    except _Damaged as damaged:
        # A damaged file: a plain message offering the latest good backup, never a crash.
        from psmdesk.ui.backup.startup import recover_damaged

        recovered = recover_damaged(paths, damaged.key)
        if recovered is None:
            return 1
        ctx, fresh = recovered, None
    except StorageError as exc:
        log.warning("Could not open the data folder: %s", type(exc).__name__)
        errors.show_storage_error(None, exc)
        return 1
    except Exception:
        errors.handle_exception(*sys.exc_info(), log_file=paths.log_file)  # type: ignore[misc]
        return 1

    try:
        warm.join()
        fill_demo = fresh.fill_demo_requested if fresh is not None else False
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

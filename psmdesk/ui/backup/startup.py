"""At start-up: the day's backup (in the background) and, for a damaged database, a plain
message that offers the latest good backup instead of a crash."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from psmdesk.paths import AppPaths
from psmdesk.services import backup as svc
from psmdesk.services.context import AppContext, open_app
from psmdesk.storage.errors import StorageError
from psmdesk.ui.backup.dialog import format_time
from psmdesk.ui.errors import show_problem
from psmdesk.ui.i18n import translate

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def start_daily_backup(window: MainWindow) -> None:
    """The first start of a day backs the database up, off the UI thread."""
    if not svc.daily_backup_due(window.ctx.paths):
        return

    def work(ctx: AppContext, progress: Any, cancelled: Any) -> Any:
        return svc.daily_backup(ctx)

    def done(path: Any) -> None:
        if path is not None:
            window.show_message(translate("Backup", "Daily backup made: %1").replace("%1", path.name))

    window.run_job(translate("Backup", "Daily backup"), work, done, key="backup")


def damaged_text(paths: AppPaths, latest: svc.Backup | None) -> str:
    text = translate(
        "Backup",
        "The PSM Desk database on this computer is damaged and cannot be used safely:\n%1\n\n").replace(
        "%1", str(paths.database))
    if latest is None:
        return text + translate(
            "Backup",
            "No good backup was found in %1. Do not delete anything; ask your coordinator for help.").replace(
            "%1", str(paths.backups))
    return text + translate(
        "Backup",
        "The latest good backup was made on %1:\n%2\n\nRestore it? The damaged file is kept aside (nothing is "
        "deleted). Changes made after the backup will have to be entered again.").replace(
        "%1", format_time(latest.created)).replace("%2", str(latest.path))


def ask_restore(text: str, can_restore: bool) -> bool:
    """Separate so tests can answer it (a modal box would block them)."""
    box = QMessageBox(QMessageBox.Icon.Critical, "PSM Desk", text)
    restore = box.addButton(translate("Backup", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole) \
        if can_restore else None
    box.addButton(translate("Backup", "Close PSM Desk"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return restore is not None and box.clickedButton() is restore


def _in_background(fn: Any) -> Any:
    """Runs `fn` on a thread while the UI keeps painting; returns its result or raises its error."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = fn()
        except BaseException as exc:  # handed to the caller
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="restore", daemon=True)
    thread.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if not thread.is_alive() else None)
    timer.start(50)
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        while thread.is_alive():
            loop.exec()
    finally:
        timer.stop()
        QApplication.restoreOverrideCursor()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def recover_damaged(paths: AppPaths, key: bytes | None = None, ask: Any = ask_restore) -> AppContext | None:
    """The damaged-database dialog; returns the opened context after a restore, else None.
    `key` is the data key unsealed at the unlock screen (None for a plain database)."""
    latest = svc.latest_good_backup(paths, key)
    log.warning("Damaged database at start-up; good backup available: %s", latest is not None)
    if not ask(damaged_text(paths, latest), latest is not None) or latest is None:
        return None
    try:
        result = _in_background(lambda: svc.restore_backup(paths, latest.path, key=key))
        log.info("Restored at start-up from %s", result.restored.name)
        return open_app(paths, key)
    except StorageError as exc:
        show_problem(None, str(exc))
        return None

"""What the user sees when something goes wrong.

A bug (uncaught exception) goes to the log file with its traceback and to the user as a calm
dialog that never quotes the exception: its text may contain a name or a NIK. A storage problem
the user can fix (locked file, disk full) is shown with its own plain Indonesian message."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from psmdesk.ui.i18n import translate

log = logging.getLogger("psmdesk.crash")

_showing = False


def unexpected_error_text(log_file: Path) -> str:
    return translate(
        "Errors",
        "An unexpected error occurred. Data that was already saved is safe.\n\n"
        "If the last change does not appear, enter it again. If this keeps happening, "
        "tell your coordinator.\n\nTechnical notes were saved in:\n%1",
    ).replace("%1", str(log_file))


def _show_dialog(text: str) -> None:
    """Separate so tests can replace it (a modal dialog would block the test)."""
    box = QMessageBox(QMessageBox.Icon.Critical, "PSM Desk", text, parent=QApplication.activeWindow())
    box.addButton(translate("Errors", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, log_file: Path
) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("Uncaught exception", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    # One dialog at a time: an error inside a paint event would otherwise open dozens of them.
    if _showing:
        return
    _showing = True
    try:
        _show_dialog(unexpected_error_text(log_file))
    except Exception:  # the dialog itself failed; the log already has the original error
        log.exception("Could not show the error dialog")
    finally:
        _showing = False


def install_excepthook(log_file: Path) -> None:
    """Routes every uncaught exception (including those raised inside Qt slots) to the handler."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        handle_exception(exc_type, exc, tb, log_file)

    sys.excepthook = hook


def show_problem(parent: QWidget | None, text: str) -> None:
    """A problem the user can act on, already worded for her (modal: it needs her attention)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "PSM Desk", text, parent=parent)
    box.addButton(translate("Errors", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_storage_error(parent: QWidget | None, exc: Exception) -> None:
    """A StorageError's `str()` is already plain Indonesian (locked file, disk full, ...)."""
    log.warning("Storage problem shown to the user: %s", type(exc).__name__)
    show_problem(parent, str(exc))

"""A passphrase field with a show/hide eye and an error line under it, and helpers shared by
the security dialogs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from psmdesk.ui.style import label, set_invalid

T = TypeVar("T")


class PassphraseField(QWidget):
    """QLineEdit in password mode, a show/hide toggle and an error label under it."""

    def __init__(self, caption: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(3)
        self.caption = label(caption)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{object_name}Edit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMinimumWidth(320)
        self.caption.setBuddy(self.edit)
        self.toggle = QPushButton(self.tr("Show"))
        self.toggle.setObjectName(f"{object_name}Show")
        self.toggle.setCheckable(True)
        self.toggle.setAutoDefault(False)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggle.toggled.connect(self._toggled)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(6)
        line.addWidget(self.edit, 1)
        line.addWidget(self.toggle)
        self.error = label("", "error", wrap=True)
        self.error.setObjectName(f"{object_name}Error")
        self.error.hide()
        outer.addWidget(self.caption)
        outer.addWidget(row)
        outer.addWidget(self.error)
        self.edit.textEdited.connect(lambda _text: self.show_error(""))

    def _toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.show_error("")

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        set_invalid(self.edit, bool(message))


def error_line(object_name: str) -> QLabel:
    line = label("", "error", wrap=True)
    line.setObjectName(object_name)
    line.hide()
    return line


def run_busy(fn: Callable[[], T]) -> T:
    """Runs `fn` (a key derivation, an encryption of the database) on a thread while the window
    keeps painting, with a wait cursor; returns its result or raises its error."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = fn()
        except BaseException as exc:  # handed to the caller
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="security", daemon=True)
    thread.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if not thread.is_alive() else None)
    timer.start(30)
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        while thread.is_alive():
            loop.exec()
    finally:
        timer.stop()
        QApplication.restoreOverrideCursor()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]

"""The unlock screen: at start, and over the windows after the idle time (`idle_lock.py`).

One field and one button; "Lupa kata sandi?" turns the dialog to the recovery code and a new
passphrase. After five wrong tries the button rests for half a minute (each try already costs a
tenth of a second of key derivation)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain.issues import ValidationFailed
from psmdesk.paths import AppPaths
from psmdesk.services import security
from psmdesk.storage.errors import StorageError
from psmdesk.storage.keyfile import WrongSecret
from psmdesk.ui.security.fields import PassphraseField, error_line, run_busy
from psmdesk.ui.security.recovery_code import RecoveryCodeDialog
from psmdesk.ui.style import label, primary_button

log = logging.getLogger(__name__)

MAX_TRIES = 5
REST_SECONDS = 30


class UnlockDialog(QDialog):
    """`expected_key`: when locking an open window, the key the passphrase must give back."""

    def __init__(self, paths: AppPaths, *, expected_key: bytes | None = None, holder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.expected_key = expected_key
        self.holder = holder
        self.key: bytes | None = None
        self.failures = 0
        self.locked_screen = expected_key is not None
        self.setObjectName("UnlockDialog")
        self.setWindowTitle(self.tr("PSM Desk is locked") if self.locked_screen else self.tr("Open PSM Desk"))
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 18)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.pages.addWidget(self._unlock_page())
        self.pages.addWidget(self._recovery_page())
        self.rest_timer = QTimer(self)
        self.rest_timer.setSingleShot(True)
        self.rest_timer.timeout.connect(self._rest_over)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self._default_action)
        self.passphrase.edit.setFocus()

    # --- pages ----------------------------------------------------------------------------
    def _unlock_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        title = self.tr("PSM Desk is locked") if self.locked_screen else self.tr("Welcome back")
        box.addWidget(label(title, "heading"))
        box.addWidget(label(self.tr(
            "The data on this laptop is protected. Type your password to continue; what you were "
            "typing is kept.") if self.locked_screen else self.tr(
            "The data on this laptop is protected. Type your password to open it."), wrap=True))
        self.passphrase = PassphraseField(self.tr("Password"), "Passphrase")
        self.passphrase.edit.returnPressed.connect(self.try_unlock)
        box.addWidget(self.passphrase)
        forgot = QPushButton(self.tr("Forgot your password?"))
        forgot.setObjectName("ForgotButton")
        forgot.setFlat(True)
        forgot.setAutoDefault(False)
        forgot.setStyleSheet("QPushButton { color: #1f6f8b; text-decoration: underline; border: none; }")
        forgot.clicked.connect(self.show_recovery)
        box.addWidget(forgot)
        box.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("Close PSM Desk"))
        self.quit_button.setObjectName("QuitButton")
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        self.unlock_button = primary_button(self.tr("Open"))
        self.unlock_button.setObjectName("UnlockButton")
        self.unlock_button.clicked.connect(self.try_unlock)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        box.addLayout(buttons)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        box.addWidget(label(self.tr("Use the recovery code"), "heading"))
        box.addWidget(label(self.tr(
            "Type the recovery code printed when PSM Desk was set up on this laptop, then choose a "
            "new password. Dashes and spaces do not matter."), wrap=True))
        box.addWidget(label(self.tr("Recovery code")))
        self.code = QLineEdit()
        self.code.setObjectName("RecoveryCodeEdit")
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.code.textEdited.connect(lambda _t: self._show(self.code_error, ""))
        box.addWidget(self.code)
        self.code_error = error_line("RecoveryCodeError")
        box.addWidget(self.code_error)
        self.new_passphrase = PassphraseField(self.tr("New password (at least 8 characters)"), "NewPassphrase")
        self.confirm = PassphraseField(self.tr("Repeat the new password"), "ConfirmPassphrase")
        self.confirm.edit.returnPressed.connect(self.try_recover)
        box.addWidget(self.new_passphrase)
        box.addWidget(self.confirm)
        box.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        back = QPushButton(self.tr("Back"))
        back.setObjectName("BackButton")
        back.setAutoDefault(False)
        back.clicked.connect(self.show_unlock)
        self.recover_button = primary_button(self.tr("Set the new password"))
        self.recover_button.setObjectName("RecoverButton")
        self.recover_button.clicked.connect(self.try_recover)
        buttons.addWidget(back)
        buttons.addWidget(self.recover_button)
        box.addLayout(buttons)
        return page

    @staticmethod
    def _show(line: QWidget, message: str) -> None:
        line.setText(message)  # type: ignore[attr-defined]
        line.setVisible(bool(message))

    def show_recovery(self) -> None:
        self.pages.setCurrentIndex(1)
        self.code.setFocus()

    def show_unlock(self) -> None:
        self.pages.setCurrentIndex(0)
        self.passphrase.edit.setFocus()

    def _default_action(self) -> None:
        (self.try_unlock if self.pages.currentIndex() == 0 else self.try_recover)()

    # --- actions --------------------------------------------------------------------------
    def try_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        text = self.passphrase.text()
        if not text:
            self.passphrase.show_error(self.tr("Type your password."))
            return
        try:
            key = run_busy(lambda: security.unlock(self.paths, text))
        except WrongSecret as exc:
            self._failed(str(exc))
            return
        except StorageError as exc:
            self.passphrase.show_error(str(exc))
            return
        if self.expected_key is not None and key != self.expected_key:
            self._failed(self.tr("This password belongs to other data. Type the password of this laptop."))
            return
        self._accept_key(key)

    def _failed(self, message: str) -> None:
        self.failures += 1
        self.passphrase.edit.selectAll()
        if self.failures >= MAX_TRIES:
            self.unlock_button.setEnabled(False)
            self.rest_timer.start(REST_SECONDS * 1000)
            message = self.tr("Too many wrong tries. Wait %1 seconds, then try again.").replace(
                "%1", str(REST_SECONDS))
        log.info("Unlock refused (%d)", self.failures)
        self.passphrase.show_error(message)

    def _rest_over(self) -> None:
        self.failures = 0
        self.unlock_button.setEnabled(True)
        self.passphrase.show_error("")

    def try_recover(self) -> None:
        code, new, confirm = self.code.text(), self.new_passphrase.text(), self.confirm.text()
        if not code.strip():
            self._show(self.code_error, self.tr("Type the recovery code."))
            return
        try:
            key, new_code = run_busy(lambda: security.recover(self.paths, code, new, confirm))
        except ValidationFailed as exc:
            for issue in exc.issues:
                (self.new_passphrase if issue.field == "passphrase" else self.confirm).show_error(issue.message)
            return
        except WrongSecret as exc:
            self._show(self.code_error, str(exc))
            return
        except StorageError as exc:
            self._show(self.code_error, str(exc))
            return
        if self.expected_key is not None and key != self.expected_key:  # pragma: no cover - one key file
            self._show(self.code_error, self.tr("This code belongs to other data."))
            return
        self.show_new_code(new_code)
        self._accept_key(key)

    def show_new_code(self, code: str) -> None:
        """Separate so tests can look at the code instead of a modal dialog."""
        RecoveryCodeDialog(code, holder=self.holder, parent=self).exec()

    def _accept_key(self, key: bytes) -> None:
        self.key = key
        self.passphrase.clear()
        self.new_passphrase.clear()
        self.confirm.clear()
        self.code.clear()
        self.accept()

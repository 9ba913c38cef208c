"""Pengaturan > Keamanan: the idle lock time, "lock now", change password, new recovery code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from psmdesk.services import security
from psmdesk.services.context import AppContext
from psmdesk.ui.security.passphrase_dialogs import ChangePassphraseDialog, ConfirmPassphraseDialog
from psmdesk.ui.security.recovery_code import RecoveryCodeDialog
from psmdesk.ui.style import label

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow


class SecurityCard(QFrame):
    def __init__(self, ctx: AppContext, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_ = window
        self.setObjectName("SecurityCard")
        self.setProperty("role", "card")
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 16)
        box.setSpacing(8)
        box.addWidget(label(self.tr("Security"), "subheading"))
        if ctx.key is None:
            box.addWidget(label(self.tr("The data in this folder is not protected by a password."), "warning",
                                wrap=True))
            return
        box.addWidget(label(self.tr(
            "The data is encrypted on this laptop and in every backup. Only your password or the "
            "recovery code opens it."), "muted", wrap=True))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lock automatically after")))
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("LockMinutesSpin")
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setSingleStep(5)
        self.lock_minutes.setSuffix(self.tr(" minutes without use"))
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setValue(ctx.settings.lock_minutes)
        self.lock_minutes.editingFinished.connect(self._lock_minutes_changed)
        row.addWidget(self.lock_minutes)
        row.addStretch(1)
        box.addLayout(row)
        buttons = QHBoxLayout()
        self.lock_now = QPushButton(self.tr("Lock now (Ctrl+L)"))
        self.lock_now.setObjectName("LockNowButton")
        self.lock_now.clicked.connect(self._lock_now)
        self.change_button = QPushButton(self.tr("Change password…"))
        self.change_button.setObjectName("ChangePassphraseButton")
        self.change_button.clicked.connect(self.change_passphrase)
        self.code_button = QPushButton(self.tr("New recovery code…"))
        self.code_button.setObjectName("NewRecoveryCodeButton")
        self.code_button.clicked.connect(self.new_recovery_code)
        for button in (self.lock_now, self.change_button, self.code_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)

    def _lock_minutes_changed(self) -> None:
        if self.lock_minutes.value() == self.ctx.settings.lock_minutes:
            return
        self.ctx.settings.lock_minutes = self.lock_minutes.value()
        try:
            self.ctx.save_settings()
        except OSError:
            self.window_.show_message(self.tr("Settings could not be saved: the data folder is not writable."))
            return
        lock = getattr(self.window_, "idle_lock", None)
        if lock is not None:
            lock.apply_settings()
        self.window_.show_message(self.tr("Automatic lock saved."))

    def _lock_now(self) -> None:
        lock = getattr(self.window_, "idle_lock", None)
        if lock is not None:
            lock.lock()

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(
            lambda current, new, confirm: security.change_passphrase(self.ctx, current, new, confirm), parent=self)
        if self.run(dialog):
            self.window_.show_message(self.tr("Password changed. Use the new password from now on."))

    def new_recovery_code(self) -> None:
        dialog = ConfirmPassphraseDialog(
            self.tr("New recovery code"),
            self.tr("A new recovery code replaces the old one, which stops working (for example when the "
                    "printed sheet is lost). Type your password to continue."),
            self.tr("Make a new code"), lambda current: security.replace_recovery_code(self.ctx, current),
            parent=self)
        if self.run(dialog) and dialog.result_text:
            profile = self.ctx.profile
            self.show_code(RecoveryCodeDialog(dialog.result_text, holder=profile.name if profile else "",
                                              device=self.ctx.device_id[-8:], parent=self))

    def run(self, dialog: QWidget) -> bool:
        """Separate so tests can drive the dialog without a modal loop."""
        return bool(dialog.exec())  # type: ignore[attr-defined]

    def show_code(self, dialog: RecoveryCodeDialog) -> None:
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.run(dialog)

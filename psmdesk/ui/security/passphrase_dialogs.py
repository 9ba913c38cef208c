"""Setting and changing the passphrase: the dialog that protects a plain database from an earlier
version (at start), the change dialog (Pengaturan), and asking the passphrase again before a new
recovery code is made."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from psmdesk.domain.issues import ValidationFailed
from psmdesk.storage.errors import StorageError
from psmdesk.storage.keyfile import WrongSecret
from psmdesk.ui.security.fields import PassphraseField, error_line, run_busy
from psmdesk.ui.style import label, primary_button

log = logging.getLogger(__name__)


class _Form(QDialog):
    """A title, a text, passphrase fields, an error line, Cancel and the main button."""

    def __init__(self, title: str, text: str, button: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"PSM Desk: {title}")
        self.setMinimumWidth(600)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(28, 22, 28, 18)
        self.outer.setSpacing(10)
        self.outer.addWidget(label(title, "heading"))
        self.outer.addWidget(label(text, wrap=True))
        self.fields = QVBoxLayout()
        self.fields.setSpacing(8)
        self.outer.addLayout(self.fields)
        self.error = error_line("FormError")
        self.outer.addWidget(self.error)
        self.outer.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("CancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = primary_button(button)
        self.ok_button.setObjectName("OkButton")
        self.ok_button.clicked.connect(self.submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        self.outer.addLayout(buttons)

    def field(self, caption: str, name: str) -> PassphraseField:
        widget = PassphraseField(caption, name)
        widget.edit.returnPressed.connect(self.submit)
        self.fields.addWidget(widget)
        return widget

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def submit(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def show_issues(self, exc: ValidationFailed, new: PassphraseField, confirm: PassphraseField) -> None:
        for issue in exc.issues:
            (new if issue.field == "passphrase" else confirm).show_error(issue.message)


class NewPassphraseDialog(_Form):
    """Sets the first passphrase: `work(passphrase, confirm)` does the protecting (it may take a
    while for a large plain database) and returns the recovery code."""

    def __init__(self, work: Callable[[str, str], str], *, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Protect the data with a password"),
            self.tr("From this version on, PSM Desk keeps its data encrypted, so that a lost or stolen "
                    "laptop leaks nothing about the families you serve. Choose a password of at least "
                    "8 characters that you can type every day; you will also get a recovery code to keep "
                    "apart from the laptop. Nothing is lost: the data is encrypted where it is."),
            self.tr("Protect"), parent)
        self.setObjectName("NewPassphraseDialog")
        self.work = work
        self.code: str | None = None
        self.new = self.field(self.tr("New password"), "NewPassphrase")
        self.confirm = self.field(self.tr("Repeat the password"), "ConfirmPassphrase")
        self.new.edit.setFocus()

    def submit(self) -> None:
        new, confirm = self.new.text(), self.confirm.text()
        try:
            self.code = run_busy(lambda: self.work(new, confirm))
        except ValidationFailed as exc:
            self.show_issues(exc, self.new, self.confirm)
            return
        except StorageError as exc:
            self.show_error(str(exc))
            return
        self.accept()


class ChangePassphraseDialog(_Form):
    def __init__(self, change: Callable[[str, str, str], None], *, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change the password"),
            self.tr("Type the password you use now, then the new one twice. The recovery code stays the same."),
            self.tr("Change password"), parent)
        self.setObjectName("ChangePassphraseDialog")
        self.change = change
        self.current = self.field(self.tr("Current password"), "CurrentPassphrase")
        self.new = self.field(self.tr("New password (at least 8 characters)"), "NewPassphrase")
        self.confirm = self.field(self.tr("Repeat the new password"), "ConfirmPassphrase")
        self.current.edit.setFocus()

    def submit(self) -> None:
        current, new, confirm = self.current.text(), self.new.text(), self.confirm.text()
        try:
            run_busy(lambda: self.change(current, new, confirm))
        except WrongSecret as exc:
            self.current.show_error(str(exc))
            return
        except ValidationFailed as exc:
            self.show_issues(exc, self.new, self.confirm)
            return
        except StorageError as exc:
            self.show_error(str(exc))
            return
        self.accept()


class ConfirmPassphraseDialog(_Form):
    """Asks the current passphrase before `work(passphrase)` (e.g. a new recovery code)."""

    def __init__(self, title: str, text: str, button: str, work: Callable[[str], str], *,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, text, button, parent)
        self.setObjectName("ConfirmPassphraseDialog")
        self.work = work
        self.result_text: str | None = None
        self.current = self.field(self.tr("Current password"), "CurrentPassphrase")
        self.current.edit.setFocus()

    def submit(self) -> None:
        current = self.current.text()
        try:
            self.result_text = run_busy(lambda: self.work(current))
        except WrongSecret as exc:
            self.current.show_error(str(exc))
            return
        except StorageError as exc:
            self.show_error(str(exc))
            return
        self.accept()

"""First run: who uses this laptop (role, name, home kelurahan) and, on a new data folder, the
password that encrypts it, on one calm page; then the recovery code, shown once.

Enter or Ctrl+S saves, Esc cancels (nothing is stored then, and the app closes)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from psmdesk.domain.issues import Issue, ValidationFailed
from psmdesk.domain.passphrase import passphrase_issues
from psmdesk.domain.profile import Profile, Role
from psmdesk.paths import AppPaths
from psmdesk.services import security
from psmdesk.services.context import AppContext
from psmdesk.services.setup import complete_setup, validate_profile
from psmdesk.storage.errors import StorageError
from psmdesk.ui.errors import show_storage_error
from psmdesk.ui.security.fields import PassphraseField, run_busy
from psmdesk.ui.security.recovery_code import RecoveryCodeDialog
from psmdesk.ui.setup.profile_form import ProfileForm
from psmdesk.ui.style import label, primary_button


class SetupWizard(QDialog):
    """`ctx` None: a new data folder (`paths`), protected with the password typed here."""

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None, *,
                 paths: AppPaths | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths = paths if ctx is None else ctx.paths
        self.recovery_code: str | None = None
        self.profile: Profile | None = None
        self._confirmed_warnings: dict[str, str] | None = None
        self._demo_touched = False
        self.setObjectName("SetupWizard")
        self.setWindowTitle(self.tr("PSM Desk: first setup"))
        self.setMinimumWidth(940)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 18)
        outer.setSpacing(8)
        outer.addWidget(label(self.tr("Welcome to PSM Desk"), "heading"))
        outer.addWidget(label(self.tr(
            "Fill this in once. You can change it later under Settings. Fields marked * are required."),
            "muted", wrap=True))
        outer.addSpacing(6)

        self.form = ProfileForm()
        self.form.role_changed.connect(self._on_role_changed)
        self.form.edited.connect(self._on_edited)
        outer.addWidget(self.form)
        self.passphrase: PassphraseField | None = None
        self.confirm: PassphraseField | None = None
        if ctx is None:
            outer.addSpacing(4)
            outer.addWidget(label(self.tr(
                "Password * (at least 8 characters): it encrypts the data on this laptop. You type it "
                "when PSM Desk starts or after it locks itself."), wrap=True))
            row = QHBoxLayout()
            row.setSpacing(16)
            self.passphrase = PassphraseField(self.tr("Password"), "SetupPassphrase")
            self.confirm = PassphraseField(self.tr("Repeat the password"), "SetupConfirm")
            row.addWidget(self.passphrase, 1)
            row.addWidget(self.confirm, 1)
            outer.addLayout(row)

        outer.addSpacing(6)
        self.demo = QCheckBox(self.tr("Fill with sample data (to try things out)"))
        self.demo.setObjectName("DemoCheck")
        self.demo.setChecked(True)
        self.demo.clicked.connect(self._on_demo_clicked)
        outer.addWidget(self.demo)
        demo_hint = label(self.tr(
            "Invented households for practice. Leave it unticked on a laptop that will hold real data."),
            "muted", wrap=True)
        demo_hint.setContentsMargins(28, 0, 0, 0)
        outer.addWidget(demo_hint)
        outer.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("CancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = primary_button(self.tr("Save"))
        self.save_button.setObjectName("SaveButton")
        self.save_button.clicked.connect(self.submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        save_shortcut.activated.connect(self.submit)
        self.form.name.setFocus()

    def _on_edited(self) -> None:
        # A warning confirmed for other values does not count for the new ones.
        if self._confirmed_warnings is not None and self.form.values() != self._confirmed_warnings:
            self._confirmed_warnings = None
            self.save_button.setText(self.tr("Save"))

    def _on_demo_clicked(self) -> None:
        self._demo_touched = True

    def _on_role_changed(self, role: str) -> None:
        # Sample data suits a volunteer trying the app; an office laptop starts clean.
        if not self._demo_touched:
            self.demo.setChecked(role == Role.RELAWAN.value)
        if self.isVisible():
            self._fit()  # the office field appears or goes

    def _fit(self) -> None:
        # Not adjustSize(): with word-wrapped labels it computes a height for the current width
        # that can be short of what the fields need, and then the region combos get clipped.
        self.layout().activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    @property
    def fill_demo_requested(self) -> bool:
        return self.demo.isChecked()

    def submit(self) -> None:
        values = self.form.values()
        profile, issues = validate_profile(**values)
        blocked = self.form.show_issues(issues)
        if self.passphrase is not None and self.confirm is not None:
            for field in (self.passphrase, self.confirm):
                field.show_error("")
            for issue in passphrase_issues(self.passphrase.text(), self.confirm.text()):
                (self.passphrase if issue.field == "passphrase" else self.confirm).show_error(issue.message)
                blocked = True
        if blocked or profile is None or self._needs_confirmation(values, issues):
            self._fit()  # grow to fit the messages instead of squeezing the fields
            return
        try:
            if self.ctx is None:
                self._protect()
            assert self.ctx is not None
            complete_setup(self.ctx, profile)
        except ValidationFailed:  # pragma: no cover - checked above
            return
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self.profile = profile
        if self.recovery_code is not None:
            self.show_code(self.recovery_code, profile.name)
        self.accept()

    def _protect(self) -> None:
        assert self.paths is not None and self.passphrase is not None and self.confirm is not None
        paths, passphrase, confirm = self.paths, self.passphrase.text(), self.confirm.text()
        self.ctx, self.recovery_code = run_busy(lambda: security.protect(paths, passphrase, confirm))
        # Protected now: a second Save (after a failed profile write) does not ask again.
        for field in (self.passphrase, self.confirm):
            field.clear()
            field.hide()
        self.passphrase = self.confirm = None

    def show_code(self, code: str, holder: str) -> None:
        """The recovery code, once (separate so tests can read it without a modal dialog)."""
        device = self.ctx.device_id[-8:] if self.ctx is not None else ""
        RecoveryCodeDialog(code, holder=holder, device=device, parent=self).exec()

    def _needs_confirmation(self, values: dict[str, str], issues: list[Issue]) -> bool:
        """A warning (e.g. an unusual phone number) is shown once; saving again confirms it."""
        if not issues or values == self._confirmed_warnings:
            return False
        self._confirmed_warnings = values
        self.save_button.setText(self.tr("Save anyway"))
        return True

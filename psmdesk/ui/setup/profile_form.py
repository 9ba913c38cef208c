"""The profile fields, shared by the first-run wizard and Pengaturan: role, name, phone, office,
home kelurahan, each with its inline error. Validation itself lives in services.setup."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain.issues import Issue
from psmdesk.domain.profile import Profile, Role
from psmdesk.ui.style import FORM_LABEL_WIDTH, bold, form_label, label, set_invalid
from psmdesk.ui.widgets.region_picker import RegionPicker


class ProfileForm(QWidget):
    role_changed = Signal(str)
    edited = Signal()  # any value changed by the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProfileForm")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)

        outer.addWidget(label(self.tr("Your role"), "subheading"))
        roles = QHBoxLayout()
        roles.setSpacing(12)
        self.role_group = QButtonGroup(self)
        self._cards: dict[QRadioButton, QFrame] = {}
        self.relawan = self._role_card(roles, self.tr("Volunteer"), self.tr(
            "I record households and activities in my kelurahan and send the data to the office."))
        self.koordinator = self._role_card(roles, self.tr("Coordinator"), self.tr(
            "I work at the Dinas Sosial office: I receive data from volunteers, combine it and "
            "print lists."))
        self.relawan.setObjectName("RoleRelawan")
        self.koordinator.setObjectName("RoleKoordinator")
        self.relawan.setChecked(True)
        self.role_group.buttonToggled.connect(self._on_role_toggled)
        outer.addLayout(roles)
        self.role_error = self._error_label()
        outer.addWidget(self.role_error)

        # Two columns: the whole form fits a 1366x768 screen without scrolling.
        columns = QHBoxLayout()
        columns.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(label(self.tr("About you"), "subheading"))
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        self.name = QLineEdit()
        self.name.setObjectName("NameEdit")
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("As written on your KTP"))
        self.name_error = self._add_row(form, self.tr("Full name *"), self.name)
        self.phone = QLineEdit()
        self.phone.setObjectName("PhoneEdit")
        self.phone.setMaxLength(20)
        self.phone.setPlaceholderText(self.tr("e.g. 0812 3456 7890"))
        self.phone_error = self._add_row(form, self.tr("Mobile number"), self.phone)
        self.office = QLineEdit()
        self.office.setObjectName("OfficeEdit")
        self.office.setMaxLength(120)
        self.office.setPlaceholderText(self.tr("e.g. Dinas Sosial DKI Jakarta"))
        self.office_label = form_label(self.tr("Office name"), self.office)
        form.addRow(self.office_label, self.office)
        self.office.textEdited.connect(self.edited)
        left.addLayout(form)
        left.addStretch(1)
        columns.addLayout(left, 1)

        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(label(self.tr("Where you work"), "subheading"))
        self.region = RegionPicker()
        self.region.changed.connect(lambda code: self._clear_error(self.region_error) if code else None)
        self.region.changed.connect(self.edited)
        right.addWidget(self.region)
        self.region_error = self._error_label()
        self.region_error.setContentsMargins(FORM_LABEL_WIDTH + 12, 0, 0, 0)
        right.addWidget(self.region_error)
        right.addStretch(1)
        columns.addLayout(right, 1)
        outer.addSpacing(4)
        outer.addLayout(columns)
        self._on_role_toggled()

    def _role_card(self, row: QHBoxLayout, title: str, explanation: str) -> QRadioButton:
        card = QFrame()
        card.setProperty("role", "card")
        box = QVBoxLayout(card)
        box.setContentsMargins(12, 8, 12, 10)
        box.setSpacing(2)
        radio = QRadioButton(title)
        radio.setFont(bold(radio.font(), 1))
        self._cards[radio] = card
        self.role_group.addButton(radio)
        text = label(explanation, "muted", wrap=True)
        text.setContentsMargins(28, 0, 0, 0)  # lines up with the radio's text, not its circle
        # A click on the explanation chooses the role too: the whole card is the target.
        text.mousePressEvent = lambda _event, radio=radio: radio.setChecked(True)
        box.addWidget(radio)
        box.addWidget(text)
        row.addWidget(card, 1)
        return radio

    def _error_label(self) -> QLabel:
        error = label("", "error", wrap=True)
        error.hide()
        return error

    def _add_row(self, form: QFormLayout, caption: str, field: QLineEdit) -> QLabel:
        form.addRow(form_label(caption, field), field)
        # The error gets a row of its own, indented under the field: the label stays level with
        # its field, and a hidden error row takes no space at all.
        error = self._error_label()
        error.setContentsMargins(FORM_LABEL_WIDTH + form.horizontalSpacing(), 0, 0, 0)
        form.addRow(error)
        field.textEdited.connect(lambda _text: self._clear_error(error, field))
        field.textEdited.connect(self.edited)
        return error

    def _clear_error(self, error: QLabel, field: QWidget | None = None) -> None:
        error.hide()
        if field is not None:
            set_invalid(field, False)
        if error is self.region_error:
            self.region.set_error(False)

    def _on_role_toggled(self, *_args: object) -> None:
        coordinator = self.koordinator.isChecked()
        for radio in (self.relawan, self.koordinator):
            card = self._cards[radio]
            card.setProperty("selected", radio.isChecked())
            card.style().unpolish(card)
            card.style().polish(card)
        self.office.setVisible(coordinator)
        self.office_label.setVisible(coordinator)
        self.role_changed.emit(self.role().value)
        self.edited.emit()

    # --- values ---------------------------------------------------------------------------
    def role(self) -> Role:
        return Role.KOORDINATOR if self.koordinator.isChecked() else Role.RELAWAN

    def values(self) -> dict[str, str]:
        """Keyword arguments for services.setup.validate_profile."""
        return {
            "role": self.role().value,
            "name": self.name.text(),
            "kelurahan_code": self.region.code() or "",
            "phone": self.phone.text(),
            "office_name": self.office.text() if self.role() is Role.KOORDINATOR else "",
        }

    def set_profile(self, profile: Profile) -> None:
        (self.koordinator if profile.role is Role.KOORDINATOR else self.relawan).setChecked(True)
        self.name.setText(profile.name)
        self.phone.setText(profile.phone or "")
        self.office.setText(profile.office_name)
        self.region.set_code(profile.kelurahan_code)

    def show_issues(self, issues: Iterable[Issue]) -> bool:
        """Shows each issue under its field (errors red, warnings amber); focuses the first
        error. Returns True when there was an error."""
        targets = {
            "name": (self.name_error, self.name),
            "phone": (self.phone_error, self.phone),
            "kelurahan_code": (self.region_error, None),
            "role": (self.role_error, None),
        }
        issues = list(issues)
        for error, field in targets.values():
            self._clear_error(error, field)
        first: QWidget | None = None
        for issue in issues:
            error, field = targets.get(issue.field, (self.role_error, None))
            error.setText(issue.message)
            error.setProperty("role", "error" if issue.is_error else "warning")
            error.style().unpolish(error)
            error.style().polish(error)
            error.show()
            if not issue.is_error:
                continue
            if field is not None:
                set_invalid(field, True)
            elif error is self.region_error:
                self.region.set_error(True)
                field = self.region.first_incomplete()
            first = first or field
        if first is not None:
            first.setFocus()
        return any(i.is_error for i in issues)

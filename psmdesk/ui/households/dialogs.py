"""The questions the household screens ask: confirm warnings and possible duplicates, unsaved
changes, the reason for a deletion, and whether to continue a draft.

Each question is a module-level function so the controller stays free of dialog code."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psmdesk.services.context import AppContext
from psmdesk.services.households import HouseholdCheck
from psmdesk.storage.household_queries import Duplicate
from psmdesk.ui.i18n import translate
from psmdesk.ui.style import label, primary_button

OPEN_OTHER = 2  # QDialog result: the user wants to open the other household


class DuplicateList(QFrame):
    """Possible duplicates, each with a button that opens the other household."""

    open_household = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 8, 14, 8)
        self._layout.setSpacing(4)
        self.buttons: list[QPushButton] = []

    def set_duplicates(self, duplicates: list[Duplicate]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = []
        if not duplicates:
            return
        self._layout.addWidget(label(translate("HouseholdDialogs", "Possibly already recorded:"), "warning"))
        for duplicate in duplicates:
            row = QHBoxLayout()
            text = label(duplicate.message, "warning", wrap=True)
            button = QPushButton(translate("HouseholdDialogs", "Open"))
            button.setObjectName(f"OpenDuplicate_{duplicate.household_id}")
            button.setToolTip(translate("HouseholdDialogs", "Open the other household"))
            button.clicked.connect(lambda _=False, hid=duplicate.household_id: self.open_household.emit(hid))
            row.addWidget(text, 1)
            row.addWidget(button)
            holder = QWidget()
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            self._layout.addWidget(holder)
            self.buttons.append(button)


class ConfirmSaveDialog(QDialog):
    """Warnings and possible duplicates, listed before saving anyway."""

    def __init__(self, check: HouseholdCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConfirmSaveDialog")
        self.setWindowTitle(translate("HouseholdDialogs", "Check before saving"))
        self.setMinimumWidth(560)
        self.chosen_household: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(label(translate("HouseholdDialogs", "Some things need a second look before saving."),
                               "subheading", wrap=True))
        for issue in check.warnings:
            layout.addWidget(label("\u2022  " + issue.message, "warning", wrap=True))
        if check.duplicates:
            duplicates = DuplicateList()
            duplicates.set_duplicates(check.duplicates)
            duplicates.open_household.connect(self._open)
            layout.addWidget(duplicates)
        layout.addWidget(label(translate("HouseholdDialogs", "Save anyway if you have checked it on the family card."),
                               "muted", wrap=True))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        back = QPushButton(translate("HouseholdDialogs", "Back to the form"))
        back.setObjectName("BackToForm")
        save = primary_button(translate("HouseholdDialogs", "Save anyway"))
        save.setObjectName("SaveAnyway")
        back.clicked.connect(self.reject)
        save.clicked.connect(self.accept)
        buttons.addWidget(back)
        buttons.addWidget(save)
        layout.addLayout(buttons)

    def _open(self, household_id: str) -> None:
        self.chosen_household = household_id
        self.done(OPEN_OTHER)


def confirm_save(parent: QWidget | None, check: HouseholdCheck) -> tuple[str, str | None]:
    """("save", None), ("cancel", None) or ("open", other household id)."""
    dialog = ConfirmSaveDialog(check, parent)
    result = dialog.exec()
    dialog.deleteLater()
    if result == OPEN_OTHER:
        return "open", dialog.chosen_household
    return ("save", None) if result == QDialog.DialogCode.Accepted else ("cancel", None)


def ask_unsaved(parent: QWidget | None) -> str:
    """"save", "discard" or "cancel" for a form with changes that were not saved."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("HouseholdDialogs", "Unsaved changes"),
                      translate("HouseholdDialogs", "This household has changes that are not saved yet."),
                      parent=parent)
    box.setObjectName("UnsavedDialog")
    save = box.addButton(translate("HouseholdDialogs", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("HouseholdDialogs", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("HouseholdDialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    save.setObjectName("UnsavedSave")
    discard.setObjectName("UnsavedDiscard")
    cancel.setObjectName("UnsavedCancel")
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def ask_resume_draft(parent: QWidget | None, saved_at: str) -> bool:
    """True to continue with the draft of a household that is being opened."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("HouseholdDialogs", "Unsaved draft"),
                      translate("HouseholdDialogs", "This household has changes from %1 that were never saved. "
                                    "Continue with them?").replace("%1", saved_at), parent=parent)
    box.setObjectName("ResumeDraftDialog")
    resume = box.addButton(translate("HouseholdDialogs", "Continue the draft"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("HouseholdDialogs", "Discard the draft"), QMessageBox.ButtonRole.DestructiveRole)
    resume.setObjectName("ResumeDraft")
    discard.setObjectName("DiscardDraft")
    box.setDefaultButton(resume)
    box.exec()
    box.deleteLater()
    return box.clickedButton() is resume


class DeleteDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeleteHouseholdDialog")
        self.setWindowTitle(translate("HouseholdDialogs", "Delete household"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(label(
            translate("HouseholdDialogs", "The household %1 and its members will be removed from the list. "
                          "You can undo this right after, and the office keeps the record.")
            .replace("%1", title), wrap=True))
        caption = QLabel(translate("HouseholdDialogs", "Reason for deleting *"))
        self.reason = QComboBox()
        self.reason.setObjectName("DeleteReason")
        self.reason.setEditable(True)
        self.reason.addItems([
            "",
            translate("HouseholdDialogs", "Moved away"),
            translate("HouseholdDialogs", "Recorded twice"),
            translate("HouseholdDialogs", "All members have died"),
            translate("HouseholdDialogs", "Entered by mistake"),
        ])
        self.reason.lineEdit().setPlaceholderText(translate("HouseholdDialogs", "Choose or type the reason"))
        caption.setBuddy(self.reason)
        layout.addWidget(caption)
        layout.addWidget(self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(translate("HouseholdDialogs", "Cancel"))
        self.delete = primary_button(translate("HouseholdDialogs", "Delete"))
        self.delete.setObjectName("ConfirmDelete")
        self.delete.setEnabled(False)
        cancel.clicked.connect(self.reject)
        self.delete.clicked.connect(self.accept)
        self.reason.editTextChanged.connect(lambda text: self.delete.setEnabled(bool(text.strip())))
        buttons.addWidget(cancel)
        buttons.addWidget(self.delete)
        layout.addLayout(buttons)

    def text(self) -> str:
        return self.reason.currentText().strip()


def ask_delete_reason(parent: QWidget | None, title: str) -> str | None:
    dialog = DeleteDialog(title, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return dialog.text() if accepted and dialog.text() else None


class EraseDialog(QDialog):
    """Right to erasure: what goes, that it cannot be undone, a reason and the typed name."""

    def __init__(self, people: list[tuple[str, str]], household_name: str, parent: QWidget | None = None,
                 member_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EraseDialog")
        self.setWindowTitle(translate("HouseholdDialogs", "Erase personal data on request"))
        self.setMinimumWidth(560)
        self.people = people
        self.household_name = household_name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        heading = label(translate("HouseholdDialogs", "Erase personal data on request"), "heading")
        layout.addWidget(heading)
        warning = label(translate(
            "HouseholdDialogs",
            "This is not an ordinary delete. The name, NIK, date of birth, address, phone number and notes are "
            "overwritten for good: on this laptop now, and at the office and on other laptops after the next sync. "
            "The change history keeps only that an erasure was made, by whom and when."), wrap=True)
        warning.setObjectName("EraseWarning")
        layout.addWidget(warning)
        final = label(translate("HouseholdDialogs", "This cannot be undone."), "error")
        final.setObjectName("EraseFinal")
        final.setStyleSheet("color: #a4262c; font-weight: bold;")
        layout.addWidget(final)

        who = QLabel(translate("HouseholdDialogs", "&Whose data *"))
        self.who = QComboBox()
        self.who.setObjectName("EraseWho")
        self.who.setMinimumHeight(30)
        self.who.addItem(translate("HouseholdDialogs", "The whole household (%1 people)").replace(
            "%1", str(len(people))), None)
        for person_id, name in people:
            self.who.addItem(translate("HouseholdDialogs", "Only %1").replace("%1", name), person_id)
        if member_id is not None:
            self.who.setCurrentIndex(max(self.who.findData(member_id), 0))
        who.setBuddy(self.who)
        layout.addWidget(who)
        layout.addWidget(self.who)

        caption = QLabel(translate("HouseholdDialogs", "&Reason for the erasure *"))
        self.reason = QLineEdit()
        self.reason.setObjectName("EraseReason")
        self.reason.setMinimumHeight(30)
        self.reason.setPlaceholderText(translate("HouseholdDialogs", "For example: written request of 12/03/2026"))
        caption.setBuddy(self.reason)
        layout.addWidget(caption)
        layout.addWidget(self.reason)

        self.confirm_caption = QLabel()
        self.confirm_caption.setObjectName("EraseConfirmCaption")
        self.confirm_caption.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("EraseConfirm")
        self.confirm.setMinimumHeight(30)
        self.confirm_caption.setBuddy(self.confirm)
        layout.addWidget(self.confirm_caption)
        layout.addWidget(self.confirm)
        self.mismatch = label("", "muted", wrap=True)
        self.mismatch.setObjectName("EraseMismatch")
        layout.addWidget(self.mismatch)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(translate("HouseholdDialogs", "Cancel"))
        cancel.setObjectName("EraseCancel")
        self.erase = QPushButton(translate("HouseholdDialogs", "Erase for good"))
        self.erase.setObjectName("ConfirmErase")
        self.erase.setStyleSheet("QPushButton { background: #a4262c; color: white; border: none; padding: 6px 16px;"
                                 " border-radius: 4px; font-weight: bold; min-height: 22px; }"
                                 " QPushButton:disabled { background: #e3b6b8; }")
        self.erase.setEnabled(False)
        cancel.setDefault(True)  # Enter never erases by accident
        cancel.clicked.connect(self.reject)
        self.erase.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(self.erase)
        layout.addLayout(buttons)
        self.who.currentIndexChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._update()

    def target(self) -> tuple[str, str]:
        person = self.who.currentData()
        return ("members", person) if person else ("households", "")

    def name(self) -> str:
        person = self.who.currentData()
        return next((n for i, n in self.people if i == person), "") if person else self.household_name

    def _update(self) -> None:
        from psmdesk.domain.erasure import confirmation_matches

        self.confirm_caption.setText(translate("HouseholdDialogs", "To confirm, type the name <b>%1</b> *")
                                     .replace("%1", escape(self.name())))
        typed = self.confirm.text()
        matches = confirmation_matches(typed, self.name())
        self.mismatch.setText("" if matches or not typed.strip() else
                              translate("HouseholdDialogs", "The name does not match yet."))
        self.erase.setEnabled(matches and bool(self.reason.text().strip()))

    def answer(self) -> tuple[str, str, str, str]:
        table, record_id = self.target()
        return table, record_id, self.reason.text().strip(), self.confirm.text()


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ask_erasure(parent: QWidget | None, people: list[tuple[str, str]], household_name: str,
                member_id: str | None = None) -> tuple[str, str, str, str] | None:
    """(table, member id or '' for the household, reason, typed name), or None when cancelled."""
    dialog = EraseDialog(people, household_name, parent, member_id)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return dialog.answer() if accepted else None


def erase_household_flow(parent: QWidget, ctx: AppContext, household_id: str, member_id: str | None = None) -> bool:
    """Asks, checks the rule (a Relawan only in her own area) and erases. True when done; a
    single member erased leaves the household open to the caller's choice."""
    from psmdesk.domain.issues import ValidationFailed
    from psmdesk.services import erasure
    from psmdesk.services.errors import UserError
    from psmdesk.storage.errors import StorageError
    from psmdesk.ui.errors import show_problem, show_storage_error

    try:
        household = erasure.target(ctx, "households", household_id)
        erasure.require_may_erase(ctx, household)
    except UserError as exc:
        show_problem(parent, str(exc))
        return False
    people = erasure.people(ctx, household_id)
    if member_id is not None and member_id not in {i for i, _ in people}:
        show_problem(parent, translate("HouseholdDialogs", "Save the household first: this person is not saved yet."))
        return False
    answer = ask_erasure(parent, people, household.name, member_id)
    if answer is None:
        return False
    table, record_id, reason, typed = answer
    try:
        erasure.erase(ctx, table, record_id or household_id, reason=reason, confirmation=typed)
    except ValidationFailed as exc:
        show_problem(parent, "\n".join(i.message for i in exc.issues))
        return False
    except UserError as exc:
        show_problem(parent, str(exc))
        return False
    except StorageError as exc:
        show_storage_error(parent, exc)
        return False
    return True

"""The questions the KUBE screens ask: confirm warnings before saving, and a reason (for a
correction of the cash book, or for removing a record entered by mistake)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain.issues import Issue
from psmdesk.ui.i18n import translate
from psmdesk.ui.style import label, primary_button


def _keep_whole(dialog: QDialog) -> None:
    """Qt sizes a dialog with wrapped text by height-for-width and clips the text: each wrapped
    label is given the height it needs at the dialog's narrowest width, and the dialog its hint."""
    width = dialog.minimumWidth() - 40  # the layout's margins
    for text in dialog.findChildren(QLabel):
        if text.wordWrap():
            text.setMinimumHeight(text.heightForWidth(width))
    dialog.setMinimumHeight(dialog.sizeHint().height())


def _buttons(dialog: QDialog, back_name: str, back_text: str, go_name: str, go_text: str) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    back = QPushButton(back_text)
    back.setObjectName(back_name)
    go = primary_button(go_text)
    go.setObjectName(go_name)
    back.clicked.connect(dialog.reject)
    go.clicked.connect(dialog.accept)
    row.addWidget(back)
    row.addWidget(go)
    return row


class ConfirmDialog(QDialog):
    def __init__(self, issues: Sequence[Issue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KubeConfirmDialog")
        self.setWindowTitle(translate("KubeDialogs", "Check before saving"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(label(translate("KubeDialogs", "Some things need a second look before saving."),
                               "subheading", wrap=True))
        for issue in issues:
            layout.addWidget(label("\u2022  " + issue.message, "warning", wrap=True))
        layout.addWidget(label(translate("KubeDialogs", "Save anyway if this is how it really is."), "muted",
                               wrap=True))
        layout.addLayout(_buttons(self, "BackToForm", translate("KubeDialogs", "Back to the form"),
                                  "SaveAnyway", translate("KubeDialogs", "Save anyway")))
        _keep_whole(self)


def confirm_warnings(parent: QWidget | None, issues: Sequence[Issue]) -> bool:
    dialog = ConfirmDialog(issues, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


class ReasonDialog(QDialog):
    """A short explanation, typed or picked from common ones; the action waits until there is one."""

    def __init__(self, title: str, text: str, action: str, reasons: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KubeReasonDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(label(text, wrap=True))
        caption = QLabel(translate("KubeDialogs", "Reason *"))
        self.reason = QComboBox()
        self.reason.setObjectName("ReasonText")
        self.reason.setEditable(True)
        self.reason.addItems(["", *reasons])
        self.reason.lineEdit().setPlaceholderText(translate("KubeDialogs", "Choose or type the reason"))
        caption.setBuddy(self.reason)
        layout.addWidget(caption)
        layout.addWidget(self.reason)
        buttons = _buttons(self, "CancelReason", translate("KubeDialogs", "Cancel"), "ConfirmReason", action)
        layout.addLayout(buttons)
        self.confirm = self.findChild(QPushButton, "ConfirmReason")
        self.confirm.setEnabled(False)
        self.reason.editTextChanged.connect(lambda value: self.confirm.setEnabled(bool(value.strip())))
        _keep_whole(self)

    def text(self) -> str:
        return self.reason.currentText().strip()


def ask_reason(parent: QWidget | None, title: str, text: str, action: str, reasons: Sequence[str]) -> str | None:
    dialog = ReasonDialog(title, text, action, reasons, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return dialog.text() if accepted and dialog.text() else None


def ask_reversal(parent: QWidget | None, entry_text: str) -> str | None:
    return ask_reason(
        parent, translate("KubeDialogs", "Correct (reverse) an entry"),
        translate("KubeDialogs", "A posted entry is never changed. PSM Desk will add a reversing entry with the "
                                 "same amount in the other direction, so the balance is right again; the wrong "
                                 "entry stays in the book, crossed out.\n\n%1").replace("%1", entry_text),
        translate("KubeDialogs", "Reverse the entry"),
        [translate("KubeDialogs", "Wrong amount"), translate("KubeDialogs", "Entered twice"),
         translate("KubeDialogs", "Wrong group"), translate("KubeDialogs", "Wrong direction (in/out)")],
    )


def ask_removal(parent: QWidget | None, what: str) -> str | None:
    return ask_reason(
        parent, translate("KubeDialogs", "Remove"),
        translate("KubeDialogs", "%1 will be removed from the list. Use this only for something entered by "
                                 "mistake; the office keeps the record.").replace("%1", what),
        translate("KubeDialogs", "Remove"),
        [translate("KubeDialogs", "Entered by mistake"), translate("KubeDialogs", "Recorded twice")],
    )


def ask_unsaved(parent: QWidget | None) -> str:
    """"save", "discard" or "cancel" for a profile or a cash entry typed but not saved yet."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("KubeDialogs", "Unsaved changes"),
                      translate("KubeDialogs", "Some typing in this group is not saved yet."), parent=parent)
    box.setObjectName("KubeUnsavedDialog")
    save = box.addButton(translate("KubeDialogs", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("KubeDialogs", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("KubeDialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    save.setObjectName("UnsavedSave")
    discard.setObjectName("UnsavedDiscard")
    cancel.setObjectName("UnsavedCancel")
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"

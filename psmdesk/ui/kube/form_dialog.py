"""A small record form in a dialog (a grant, an activity): titled fields on a grid, red errors
under the field, warnings confirmed before saving, Ctrl+S to save and Esc to cancel.

Strings here use translate("KubeForms", ...): a subclass's self.tr() would look them up under
the subclass's name and miss."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from psmdesk.domain.issues import Issue
from psmdesk.ui.households.fields import FieldBox, SectionMessage
from psmdesk.ui.i18n import translate
from psmdesk.ui.kube.common import attempt, show_field_issues, unreadable
from psmdesk.ui.style import primary_button

# (field, title, editor, required, row, column, column span)
FieldSpec = tuple[str, str, QWidget, bool, int, int, int]


class NoteField(QPlainTextEdit):
    """A few lines of free text (result, obstacles, follow-up). Tab moves on, as in every field."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)
        self.textChanged.connect(self.edited)

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")

    def problem(self) -> str | None:
        return None

    def raw(self) -> str:
        return ""


class FormDialog(QDialog):
    def __init__(self, name: str, title: str, fields: list[FieldSpec], parent: QWidget | None = None,
                 extra: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(720)
        self.saved_id: str | None = None
        self.editors: dict[str, Any] = {field: editor for field, _, editor, *_ in fields}
        self.boxes = {field: FieldBox(caption, editor, required=required)
                      for field, caption, editor, required, *_ in fields}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        self.problems = SectionMessage()
        self.problems.setObjectName("DialogProblems")
        layout.addWidget(self.problems)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for field, _, _, _, row, column, span in fields:
            grid.addWidget(self.boxes[field], row, column, 1, span)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        if extra is not None:
            layout.addWidget(extra)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(translate("KubeForms", "Cancel"))
        cancel.setObjectName("CancelDialog")
        cancel.clicked.connect(self.reject)
        self.save_button = primary_button(translate("KubeForms", "Save (Ctrl+S)"))
        self.save_button.setObjectName("SaveDialog")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        # Wrapping labels make Qt size a dialog by height-for-width and squeeze the tallest
        # field; the dialog's own size hint is right, so it is the least it may have.
        self.setMinimumHeight(self.sizeHint().height())
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.activated.connect(self.save)
        first = fields[0][2]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def show_issues(self, issues: list[Issue]) -> None:
        first = show_field_issues(self.boxes, self.problems, issues)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self, confirmed: bool) -> str:
        """Validates and saves (subclasses); raises like the services do."""
        raise NotImplementedError

    def save(self) -> None:
        problems = unreadable(self.boxes)
        if problems:
            self.show_issues(problems)
            return
        saved = attempt(self, self.submit, self.show_issues)
        if saved is not None:
            self.saved_id = saved
            self.accept()


def run(dialog: FormDialog, after: Callable[[str], None]) -> None:
    """Shows the dialog; `after(saved id)` when something was saved."""
    if dialog.exec() and dialog.saved_id:
        after(dialog.saved_id)
    dialog.deleteLater()

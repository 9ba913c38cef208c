"""The building blocks of the household form: a titled field with its message under it, and
editors that share one small protocol: `value()`, `set_value()`, `problem()` (text that could not
be read, or None), and an `edited` signal that fires on the user's own edits only."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from psmdesk.domain.dates import format_date, parse_date
from psmdesk.domain.issues import Issue, Severity
from psmdesk.ui.i18n import translate
from psmdesk.ui.style import label, set_invalid

_EIGHT_DIGITS = re.compile(r"[0-9]{8}", re.ASCII)


class TextField(QLineEdit):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, max_length: int = 200) -> None:
        super().__init__(parent)
        self.setMaxLength(max_length)
        self.textEdited.connect(lambda _text: self.edited.emit())

    def value(self) -> str:
        return self.text().strip()

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")
        self.setCursorPosition(0)

    def problem(self) -> str | None:
        return None

    def raw(self) -> str:
        return self.text()


class DateField(TextField):
    """A date typed as 17/08/1960 (also 17-08-1960, 17081960, 17 Agustus 1960); tidied on leaving."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_length=40)
        self.setPlaceholderText(translate("HouseholdFields", "dd/mm/yyyy"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 20)
        self.editingFinished.connect(self._tidy)

    def _parsed(self) -> date | None:
        text = self.text().strip()
        if _EIGHT_DIGITS.fullmatch(text):
            text = f"{text[:2]}/{text[2:4]}/{text[4:]}"
        return parse_date(text)

    def value(self) -> date | None:  # type: ignore[override]
        return self._parsed()

    def set_value(self, value: date | None) -> None:  # type: ignore[override]
        self.setText(format_date(value) if value else "")

    def problem(self) -> str | None:
        if self.text().strip() and self._parsed() is None:
            return translate("HouseholdFields", "Date not recognised. Write it like 17/08/1960.")
        return None

    def _tidy(self) -> None:
        parsed = self._parsed()
        if parsed is not None and self.text() != format_date(parsed):
            self.setText(format_date(parsed))


class NumberField(TextField):
    """Whole numbers, or decimals with a comma or a dot ("36,5")."""

    def __init__(self, parent: QWidget | None = None, *, decimals: bool = False, maximum: int = 99999) -> None:
        super().__init__(parent, max_length=12)
        self.decimals = decimals
        if not decimals:
            self.setValidator(QIntValidator(0, maximum, self))
        self.setMaximumWidth(160)

    def value(self) -> float | int | None:  # type: ignore[override]
        text = self.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            return float(text) if self.decimals else int(text)
        except ValueError:
            return None

    def set_value(self, value: float | int | None) -> None:  # type: ignore[override]
        if value is None:
            self.setText("")
        elif isinstance(value, float) and value.is_integer():
            self.setText(str(int(value)))
        else:
            self.setText(str(value).replace(".", ","))

    def problem(self) -> str | None:
        if self.text().strip() and self.value() is None:
            return translate("HouseholdFields", "Write a number, for example 36 or 36,5.")
        return None


class ChoiceCombo(QComboBox):
    """A fixed or editable list shown by label, stored by code; the first row means "not filled".
    A stored code missing from the list (lists change) is kept and shown as it is."""

    edited = Signal()

    def __init__(self, choices: Iterable[tuple[str, str]] = (), parent: QWidget | None = None, *,
                 empty_text: str = "—") -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setMaxVisibleItems(20)
        self.set_choices(list(choices))
        self.activated.connect(lambda _index: self.edited.emit())

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.empty_text, None)
        for code, text in choices:
            self.addItem(text, code)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, code: str | None) -> None:
        self.blockSignals(True)
        if code is None or code == "":
            self.setCurrentIndex(0)
        else:
            index = self.findData(code)
            if index < 0:
                self.addItem(code, code)
                index = self.count() - 1
            self.setCurrentIndex(index)
        self.blockSignals(False)

    def problem(self) -> str | None:
        return None

    def raw(self) -> str:
        return ""


class CheckField(QCheckBox):
    edited = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(lambda _checked: self.edited.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool) -> None:
        self.setChecked(bool(value))

    def problem(self) -> str | None:
        return None

    def raw(self) -> str:
        return ""


class FieldBox(QWidget):
    """A title above an editor, and under it the field's error (red), warning (amber) or note."""

    edited = Signal()

    def __init__(self, title: str, editor: QWidget, *, required: bool = False, note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.touched = False
        self._note = note
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.title = QLabel(title + (" *" if required else ""), self)
        self.title.setWordWrap(True)
        self.title.setBuddy(editor)
        layout.addWidget(self.title)
        self.title.setVisible(bool(title))
        layout.addWidget(editor)
        self.message = label("", "muted", wrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._issue: Issue | None = None
        self._show_text()
        editor.edited.connect(self._on_edited)  # type: ignore[attr-defined]

    def _on_edited(self) -> None:
        self.touched = True
        self.edited.emit()

    @property
    def issue(self) -> Issue | None:
        return self._issue

    def set_note(self, note: str) -> None:
        self._note = note
        self._show_text()

    def show_issue(self, issue: Issue | None) -> None:
        if issue == self._issue:
            return
        self._issue = issue
        self._show_text()

    def _show_text(self) -> None:
        issue = self._issue
        if issue is not None:
            role = "error" if issue.severity == Severity.ERROR else "warning"
            text = issue.message
        else:
            role, text = "muted", self._note
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        invalid = issue is not None and issue.severity == Severity.ERROR
        marker = getattr(self.editor, "set_error", None)
        if callable(marker):
            marker(invalid)
        else:
            set_invalid(self.editor, invalid)

    def focus_widget(self) -> QWidget:
        target = getattr(self.editor, "first_incomplete", None)
        return target() if callable(target) else self.editor


class SectionMessage(QLabel):
    """An issue about a whole section ("add at least one member"), shown above it."""

    def __init__(self, focus_target: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("role", "error")
        self.touched = False
        self.focus_target = focus_target
        self._issue: Issue | None = None
        self.hide()

    @property
    def issue(self) -> Issue | None:
        return self._issue

    def show_issue(self, issue: Issue | None) -> None:
        self._issue = issue
        if issue is not None:
            self.setProperty("role", "error" if issue.severity == Severity.ERROR else "warning")
            self.style().unpolish(self)
            self.style().polish(self)
        self.setText(issue.message if issue else "")
        self.setVisible(issue is not None)

    def focus_widget(self) -> QWidget:
        return self.focus_target or self

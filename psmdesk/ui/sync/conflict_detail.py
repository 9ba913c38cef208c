"""One conflict: the two values side by side with who and when, "Pakai nilai ini" under each, a
typed value for free-text fields, and a comment. A delete-versus-edit conflict asks Pulihkan or
Tetap dihapus instead."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from psmdesk.domain.address import normalise_rt_rw
from psmdesk.domain.dates import parse_date
from psmdesk.domain.names import clean_name, name_error
from psmdesk.domain.nik import mask_nik
from psmdesk.services.conflicts import ConflictView
from psmdesk.ui.households.labels import display_value, field_title
from psmdesk.ui.style import label
from psmdesk.ui.sync.common import card

# Fields a coordinator may type a third value into; the others are codes, lists or numbers with
# rules of their own: for those she picks one of the two values and corrects it in the form.
FREE_TEXT = frozenset({"street", "notes", "occupation", "programmes_other", "text", "chronic_illness", "name"})
DATES = frozenset({"birth_date", "visit_date", "status_date"})
RT_RW = frozenset({"rt", "rw"})
RAW = frozenset({"nik", "no_kk", "phone"})  # not reformatted: the coordinator compares them digit by digit
MASKED = frozenset({"nik", "no_kk"})  # masked as in every list, except the digits where the two differ


def mask_against(value: str, other: str | None) -> str:
    """317108******0003 with the middle digits that differ from `other` shown: enough to tell
    the two apart, without showing the birth date part of a NIK in full (UU PDP)."""
    digits, theirs = value.strip(), (other or "").strip()
    if len(digits) != 16 or not digits.isdigit() or len(theirs) != 16:
        return mask_nik(digits)
    middle = "".join(d if theirs[i] != d else "*" for i, d in enumerate(digits[6:12], start=6))
    return digits[:6] + middle + digits[12:]


class ConflictDetail(QWidget):
    # (conflict id, use_other, typed value or None, comment)
    resolve = Signal(int, bool, object, str)

    def __init__(self, references: dict[str, dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictDetail")
        self.references = references
        self.conflict: ConflictView | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.record = label("", "heading", wrap=True)
        self.record.setObjectName("ConflictRecord")
        self.field = label("", "subheading", wrap=True)
        self.field.setObjectName("ConflictField")
        box.addWidget(self.record)
        box.addWidget(self.field)

        self.values = QWidget()
        sides = QHBoxLayout(self.values)
        sides.setContentsMargins(0, 0, 0, 0)
        sides.setSpacing(14)
        current, self.current_value, self.current_who, self.use_current = self._side(
            self.tr("Current value (in use)"), "UseCurrent")
        other, self.other_value, self.other_who, self.use_other = self._side(self.tr("Other value"), "UseOther")
        sides.addWidget(current, 1)
        sides.addWidget(other, 1)
        self.use_current.clicked.connect(lambda: self._emit(False, None))
        self.use_other.clicked.connect(lambda: self._emit(True, None))
        box.addWidget(self.values)

        self.deleted, deleted_box = card(self.tr("Deleted while someone was still editing"))
        self.deleted_text = label("", wrap=True)
        self.deleted_text.setObjectName("DeletedText")
        deleted_box.addWidget(self.deleted_text)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("RestoreRecord")
        self.keep_deleted_button = QPushButton(self.tr("Keep deleted"))
        self.keep_deleted_button.setObjectName("KeepDeleted")
        self.restore_button.clicked.connect(lambda: self._emit(True, None))
        self.keep_deleted_button.clicked.connect(lambda: self._emit(False, None))
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.keep_deleted_button)
        buttons.addStretch(1)
        deleted_box.addLayout(buttons)
        box.addWidget(self.deleted)

        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        self.typed_caption = QLabel(self.tr("Or type another value:"))
        self.typed = QLineEdit()
        self.typed.setObjectName("TypedValue")
        self.typed_caption.setBuddy(self.typed)
        self.use_typed = QPushButton(self.tr("Use the typed value"))
        self.use_typed.setObjectName("UseTyped")
        self.use_typed.clicked.connect(self._use_typed)
        self.typed.returnPressed.connect(self._use_typed)
        self.typed.textChanged.connect(lambda text: self.use_typed.setEnabled(bool(text.strip())))
        self.typed_row = (self.typed_caption, self.typed, self.use_typed)
        for column, widget in enumerate(self.typed_row):
            form.addWidget(widget, 0, column)
        self.typed_error = label("", "error", wrap=True)
        self.typed_error.setObjectName("TypedError")
        form.addWidget(self.typed_error, 1, 1, 1, 2)
        self.no_typing = label(self.tr("This field has fixed choices: use one of the two values, then correct it "
                                       "in the household form if neither is right."), "muted", wrap=True)
        form.addWidget(self.no_typing, 2, 0, 1, 3)
        comment_caption = QLabel(self.tr("Comment (optional):"))
        self.comment = QLineEdit()
        self.comment.setObjectName("Comment")
        self.comment.setPlaceholderText(self.tr("e.g. checked against the newest family card"))
        comment_caption.setBuddy(self.comment)
        form.addWidget(comment_caption, 3, 0)
        form.addWidget(self.comment, 3, 1, 1, 2)
        form.setColumnStretch(1, 1)
        box.addLayout(form)
        box.addWidget(label(self.tr("Nothing is lost: the value not chosen stays in the conflict history."),
                            "muted", wrap=True))
        box.addStretch(1)

    def _side(self, title: str, button_name: str) -> tuple[QWidget, QLabel, QLabel, QPushButton]:
        frame, inner = card(title)
        value = label("", wrap=True)
        value.setStyleSheet("font-size: 14pt;")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setObjectName(button_name + "Value")
        who = label("", "muted", wrap=True)
        button = QPushButton(self.tr("Keep this value"))
        button.setObjectName(button_name)
        inner.addWidget(value)
        inner.addWidget(who)
        inner.addStretch(1)
        inner.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame, value, who, button

    # --- showing ----------------------------------------------------------------------------
    def show_conflict(self, conflict: ConflictView) -> None:
        self.conflict = conflict
        self.record.setText(conflict.record_label)
        is_delete = conflict.kind == "delete"
        self.field.setText(self.tr("Field: %1").replace("%1", field_title(conflict.field)) if not is_delete else "")
        self.field.setVisible(not is_delete)
        self.values.setVisible(not is_delete)
        self.deleted.setVisible(is_delete)
        self.typed.clear()
        self.comment.clear()
        self.typed_error.hide()
        if is_delete:
            reason = conflict.other_value or self.tr("no reason given")
            self.deleted_text.setText(self.tr(
                "%1 deleted this record on %2 (reason: %3), but it had changes the deletion did not see. "
                "Restore it, or keep it deleted.").replace("%1", conflict.other_by)
                .replace("%2", conflict.other_at).replace("%3", reason))
            self._show_typing(False)
            self.no_typing.hide()
            return
        self.current_value.setText(self._shown(conflict.current_value))
        self.other_value.setText(self._shown(conflict.other_value))
        self.current_who.setText(self._who(conflict.current_by, conflict.current_at))
        self.other_who.setText(self._who(conflict.other_by, conflict.other_at))
        if conflict.kind == "clock":
            self.other_who.setText(self.other_who.text() + "\n" + self.tr(
                "Its time was implausible (a laptop clock set wrong?), so it could not win."))
        typable = conflict.field in FREE_TEXT | DATES | RT_RW
        self._show_typing(typable)
        self.no_typing.setVisible(not typable)
        self.use_typed.setEnabled(False)

    def _show_typing(self, visible: bool) -> None:
        for widget in self.typed_row:
            widget.setVisible(visible)

    def _shown(self, raw: str | None) -> str:
        if raw is None or raw == "":
            return self.tr("(empty)")
        if self.conflict is not None and self.conflict.field in MASKED:
            current, other = self.conflict.current_value, self.conflict.other_value
            return mask_against(raw, other if raw == current else current)
        if self.conflict is not None and self.conflict.field in RAW:
            return raw
        return display_value(self.conflict.field if self.conflict else None, raw, self.references)

    def _who(self, name: str, when: str) -> str:
        if when:
            return self.tr("by %1, %2").replace("%1", name).replace("%2", when)
        return self.tr("by %1").replace("%1", name)

    # --- choosing ---------------------------------------------------------------------------
    def _emit(self, use_other: bool, typed: str | None) -> None:
        if self.conflict is not None:
            self.resolve.emit(self.conflict.id, use_other, typed, self.comment.text())

    def _use_typed(self) -> None:
        if self.conflict is None or not self.typed.text().strip():
            return
        value, problem = self.normalise(self.conflict.field, self.typed.text())
        if problem:
            self.typed_error.setText(problem)
            self.typed_error.show()
            self.typed.setFocus()
            return
        self._emit(False, value)

    def normalise(self, field: str, text: str) -> tuple[str, str]:
        """The typed text as it is stored, or the reason it cannot be used."""
        text = text.strip()
        if field in DATES:
            parsed = parse_date(text)
            return (parsed.isoformat(), "") if parsed else ("", self.tr("Type a date like 17/08/2026."))
        if field in RT_RW:
            value = normalise_rt_rw(text)
            return (value, "") if value else ("", self.tr("RT and RW are 1 to 3 digits, e.g. 5 or 005."))
        if field == "name":
            problem = name_error(text)
            return ("", problem.message) if problem else (clean_name(text), "")
        return text, ""

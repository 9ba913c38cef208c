"""One household member as a card: the fields of one row of the family card, in its order."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain import choices as ch
from psmdesk.domain.enums import Sex
from psmdesk.domain.household import MemberInput
from psmdesk.domain.ids import new_id
from psmdesk.domain.nik import normalise_nik
from psmdesk.domain.person import suggest_from_nik
from psmdesk.ui.households.fields import CheckField, ChoiceCombo, DateField, FieldBox, NumberField, TextField
from psmdesk.ui.households.labels import field_title
from psmdesk.ui.style import label

SEX_CHOICES = [(s.value, s.label) for s in Sex]

# (field, row, column, column span): NIK and name first, as on the family card.
_LAYOUT: tuple[tuple[str, int, int, int], ...] = (
    ("nik", 0, 0, 1), ("name", 0, 1, 2), ("relation", 0, 3, 1),
    ("sex", 1, 0, 1), ("birth_date", 1, 1, 1), ("age_years", 1, 2, 1), ("marital_status", 1, 3, 1),
    ("education", 2, 0, 1), ("occupation", 2, 1, 1), ("disability", 2, 2, 1), ("chronic_illness", 2, 3, 1),
    ("phone", 3, 0, 1), ("lives_alone", 3, 1, 1),
)
_REQUIRED = {"name", "relation", "sex"}


class MemberCard(QFrame):
    edited = Signal()
    move_up = Signal(object)
    move_down = Signal(object)
    remove = Signal(object)
    filled_from_nik = Signal(str)

    def __init__(self, member: MemberInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setObjectName("MemberCard")
        self.member_id = member.id if member else new_id()
        self.editors = {
            "nik": TextField(max_length=40),
            "name": TextField(max_length=120),
            "relation": ChoiceCombo(ch.RELATION),
            "sex": ChoiceCombo(SEX_CHOICES),
            "birth_date": DateField(),
            "age_years": NumberField(maximum=150),
            "marital_status": ChoiceCombo(ch.MARITAL_STATUS),
            "education": ChoiceCombo(ch.EDUCATION),
            "occupation": TextField(max_length=120),
            "disability": ChoiceCombo(ch.DISABILITY, empty_text=self.tr("None")),
            "chronic_illness": TextField(max_length=200),
            "phone": TextField(max_length=30),
            "lives_alone": CheckField(field_title("lives_alone")),
        }
        for name, editor in self.editors.items():
            editor.setObjectName(f"member_{name}")
        self.editors["nik"].setPlaceholderText(self.tr("16 digits"))
        self.editors["chronic_illness"].setPlaceholderText(self.tr("e.g. diabetes, hypertension"))
        self.boxes = {
            name: FieldBox("" if name == "lives_alone" else field_title(name), editor,
                           required=name in _REQUIRED)
            for name, editor in self.editors.items()
        }
        self.editors["nik"].textEdited.connect(self._nik_typed)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 12)
        outer.setSpacing(6)
        top = QHBoxLayout()
        self.heading = label("", "subheading")
        top.addWidget(self.heading, 1)
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove member"))
        self.up_button.setToolTip(self.tr("Move this member up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move this member down (Alt+Down)"))
        self.remove_button.setObjectName("RemoveMember")
        for button in (self.up_button, self.down_button, self.remove_button):
            top.addWidget(button)
        self.up_button.clicked.connect(lambda: self.move_up.emit(self))
        self.down_button.clicked.connect(lambda: self.move_down.emit(self))
        self.remove_button.clicked.connect(lambda: self.remove.emit(self))
        outer.addLayout(top)
        # Right-click: erase this person on request (the form's Lainnya menu offers the same).
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        for name, row, column, span in _LAYOUT:
            if name == "lives_alone":
                grid.addWidget(self.boxes[name], row, column, 1, span, Qt.AlignmentFlag.AlignBottom)
            else:
                grid.addWidget(self.boxes[name], row, column, 1, span)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        outer.addLayout(grid)
        for box in self.boxes.values():
            box.edited.connect(self.edited)
        self.editors["name"].textEdited.connect(lambda _text: self._refresh_heading())
        self.editors["relation"].activated.connect(lambda _index: self._refresh_heading())
        self._number = 0
        if member is not None:
            self.set_member(member)

    # --- numbering and heading ----------------------------------------------------------------
    def set_number(self, number: int, count: int) -> None:
        self._number = number
        self.up_button.setEnabled(number > 1)
        self.down_button.setEnabled(number < count)
        self._refresh_heading()

    def _refresh_heading(self) -> None:
        name = self.editors["name"].value()
        relation = ch.label(ch.RELATION, self.editors["relation"].value())
        text = self.tr("Member %1").replace("%1", str(self._number))
        details = " · ".join(part for part in (relation, name) if part)
        self.heading.setText(f"{text}: {details}" if details else text)

    # --- NIK suggestions ------------------------------------------------------------------
    def _nik_typed(self, text: str) -> None:
        """A complete, valid NIK fills sex and birth date when they are still empty."""
        if normalise_nik(text) is None:
            return
        sex, birth = suggest_from_nik(text, today=date.today())
        filled = []
        if sex is not None and self.editors["sex"].value() is None:
            self.editors["sex"].set_value(sex.value)
            filled.append(field_title("sex").lower())
        if birth is not None and not self.editors["birth_date"].text().strip() \
                and not self.editors["age_years"].text().strip():
            self.editors["birth_date"].set_value(birth)
            filled.append(field_title("birth_date").lower())
        if filled:
            note = self.tr("Filled from the NIK: %1. Check it against the family card.") \
                .replace("%1", ", ".join(filled))
            self.boxes["nik"].set_note(note)
            self.filled_from_nik.emit(note)

    # --- erase on request -----------------------------------------------------------------
    def erase_menu(self) -> QMenu:
        menu = QMenu(self)
        action = menu.addAction(self.tr("Erase this person's data on request…"))
        action.setObjectName("EraseMember")
        action.setEnabled(bool(self.member_id))
        action.triggered.connect(self.request_erasure)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        self.erase_menu().exec(self.mapToGlobal(pos))

    def request_erasure(self) -> None:
        """Handed to the household form (the first ancestor that takes erasure requests)."""
        parent = self.parentWidget()
        while parent is not None and not hasattr(parent, "erase_member_requested"):
            parent = parent.parentWidget()
        if parent is not None and self.member_id:
            parent.erase_member_requested.emit(self.member_id)

    # --- values ---------------------------------------------------------------------------
    def set_member(self, m: MemberInput) -> None:
        self.member_id = m.id
        e = self.editors
        e["nik"].set_value(m.nik)
        e["name"].set_value(m.name)
        e["relation"].set_value(m.relation or None)
        e["sex"].set_value(m.sex.value if m.sex else None)
        e["birth_date"].set_value(m.birth_date)
        e["age_years"].set_value(m.age_years)
        e["marital_status"].set_value(m.marital_status)
        e["education"].set_value(m.education)
        e["occupation"].set_value(m.occupation)
        e["disability"].set_value(m.disability)
        e["chronic_illness"].set_value(m.chronic_illness)
        e["phone"].set_value(m.phone)
        e["lives_alone"].set_value(m.lives_alone)
        self.boxes["nik"].set_note("")
        self._refresh_heading()

    def member(self) -> MemberInput:
        e = self.editors
        sex = e["sex"].value()
        return MemberInput(
            id=self.member_id,
            nik=e["nik"].value() or None,
            name=e["name"].value(),
            sex=Sex(sex) if sex else None,
            birth_date=e["birth_date"].value(),
            age_years=e["age_years"].value(),
            relation=e["relation"].value() or "",
            marital_status=e["marital_status"].value(),
            education=e["education"].value(),
            occupation=e["occupation"].value(),
            disability=e["disability"].value(),
            chronic_illness=e["chronic_illness"].value(),
            lives_alone=e["lives_alone"].value(),
            phone=e["phone"].value() or None,
        )

    def display_name(self) -> str:
        return self.editors["name"].value()

    def focus_chain(self) -> list[QWidget]:
        fields = [self.editors[name] for name, *_ in _LAYOUT]
        return [*fields, self.up_button, self.down_button, self.remove_button]

    def contains_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused)

"""Anggota Keluarga: the member cards with add, remove and reorder.

A card keeps its member's id for as long as the form is open, so PPKS rows can point at it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from psmdesk.domain import choices as ch
from psmdesk.domain.household import MemberInput
from psmdesk.ui.households.fields import FieldBox, SectionMessage
from psmdesk.ui.households.member_card import MemberCard
from psmdesk.ui.style import label

ADD_MEMBER_KEYS = ("Alt+A", "Ctrl+Shift+A")


class MemberEditor(QWidget):
    edited = Signal()
    members_changed = Signal()  # added, removed, moved or renamed: the PPKS rows list them
    note = Signal(str)
    structure_changed = Signal()  # cards added, removed or moved: the tab order must follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[MemberCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.add_button = QPushButton(self.tr("Add member (%1)").replace("%1", ADD_MEMBER_KEYS[0]))
        self.add_button.setObjectName("AddMember")
        self.add_button.clicked.connect(lambda: self.add_member())
        self.message = SectionMessage(self.add_button)
        self.message.setObjectName("MembersMessage")
        layout.addWidget(self.message)
        self.empty = label(self.tr("No members yet. Start with the head of household."), "muted")
        layout.addWidget(self.empty)
        self._cards_layout = QVBoxLayout()
        self._cards_layout.setSpacing(10)
        layout.addLayout(self._cards_layout)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    # --- structure ------------------------------------------------------------------------
    def add_member(self, member: MemberInput | None = None, *, focus: bool = True) -> MemberCard:
        card = MemberCard(member)
        if member is None and not any(c.member().relation == ch.HEAD for c in self.cards):
            card.editors["relation"].set_value(ch.HEAD)
        card.edited.connect(self._card_edited)
        card.move_up.connect(lambda c: self.move(c, -1))
        card.move_down.connect(lambda c: self.move(c, 1))
        card.remove.connect(self.remove)
        card.filled_from_nik.connect(self.note)
        self.cards.append(card)
        self._cards_layout.addWidget(card)
        self._renumber()
        self.structure_changed.emit()
        if member is None:
            self.message.touched = True
            self.members_changed.emit()
            self.edited.emit()
        if focus:
            card.editors["nik"].setFocus()
        return card

    def remove(self, card: MemberCard) -> None:
        index = self.cards.index(card)
        self.cards.remove(card)
        self._cards_layout.removeWidget(card)
        card.hide()
        card.deleteLater()
        self._renumber()
        self.message.touched = True
        self.structure_changed.emit()
        self.members_changed.emit()
        self.edited.emit()
        if self.cards:
            self.cards[min(index, len(self.cards) - 1)].editors["nik"].setFocus()
        else:
            self.add_button.setFocus()

    def move(self, card: MemberCard, delta: int) -> None:
        index = self.cards.index(card)
        target = index + delta
        if not 0 <= target < len(self.cards):
            return
        had_focus = QApplication.focusWidget()
        self.cards.insert(target, self.cards.pop(index))
        self._cards_layout.removeWidget(card)
        self._cards_layout.insertWidget(target, card)
        self._renumber()
        self.structure_changed.emit()
        self.members_changed.emit()
        self.edited.emit()
        if had_focus is not None and card.isAncestorOf(had_focus):
            had_focus.setFocus()

    def move_focused(self, delta: int) -> None:
        for card in self.cards:
            if card.contains_focus():
                self.move(card, delta)
                return

    def _renumber(self) -> None:
        for number, card in enumerate(self.cards, start=1):
            card.set_number(number, len(self.cards))
        self.empty.setVisible(not self.cards)

    def _card_edited(self) -> None:
        self.message.touched = True
        self.members_changed.emit()
        self.edited.emit()

    # --- values ---------------------------------------------------------------------------
    def set_members(self, members: list[MemberInput]) -> None:
        for card in self.cards:
            self._cards_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        for member in members:
            self.add_member(member, focus=False)
        self.message.touched = False
        self._renumber()

    def members(self) -> list[MemberInput]:
        return [card.member() for card in self.cards]

    def boxes(self) -> dict[str, FieldBox | SectionMessage]:
        found: dict[str, FieldBox | SectionMessage] = {"members": self.message}
        for index, card in enumerate(self.cards):
            for name, box in card.boxes.items():
                found[f"members[{index}].{name}"] = box
        return found

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for card in self.cards:
            chain.extend(card.focus_chain())
        return [*chain, self.add_button]

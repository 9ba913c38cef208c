"""Profil: the group's name, business, place, companion, stage, bank account and status."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from psmdesk.domain import kube as rules
from psmdesk.domain.issues import Issue
from psmdesk.domain.kube import GroupInput
from psmdesk.services import kube as service
from psmdesk.services.context import AppContext
from psmdesk.ui.households.fields import ChoiceCombo, DateField, FieldBox, SectionMessage, TextField
from psmdesk.ui.kube.common import attempt, show_field_issues, unreadable
from psmdesk.ui.style import label, primary_button

# (field, row, column, column span) per card, in the order of the paper profile.
_GROUP = (("name", 0, 0, 2), ("business_type", 0, 2, 1), ("products", 1, 0, 2), ("stage", 1, 2, 1),
          ("founded_on", 2, 0, 1), ("status", 2, 1, 1))
_PLACE = (("kelurahan_code", 0, 0, 1), ("rw", 0, 1, 1), ("companion", 0, 2, 1))
_BANK = (("bank_name", 0, 0, 1), ("account_number", 0, 1, 1), ("account_holder", 0, 2, 1))
_NOTES = (("notes", 0, 0, 3),)


class ProfileTab(QWidget):
    saved = Signal(str, str)  # group id, the quiet confirmation
    edited = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KubeProfile")
        self.ctx = ctx
        self.today: date | None = None
        self.group_id: str | None = None
        self.dirty = False
        self.editors: dict[str, Any] = {
            "name": TextField(max_length=120), "business_type": ChoiceCombo(service.business_types(ctx)),
            "products": TextField(max_length=300), "stage": ChoiceCombo(service.stages(ctx)),
            "founded_on": DateField(), "status": ChoiceCombo(rules.GROUP_STATUS, empty_text=""),
            "kelurahan_code": ChoiceCombo(service.kelurahan_choices(ctx)), "rw": TextField(max_length=6),
            "companion": TextField(max_length=120), "bank_name": TextField(max_length=80),
            "account_number": TextField(max_length=30), "account_holder": TextField(max_length=120),
            "notes": TextField(max_length=1000),
        }
        self.editors["rw"].setPlaceholderText("004")
        self.editors["products"].setPlaceholderText(self.tr("e.g. cassava chips, tape, getuk"))
        self.editors["companion"].setPlaceholderText(self.tr("Name of the PSM who coaches the group"))
        titles = {
            "name": self.tr("Group name"), "business_type": self.tr("Business type"), "products": self.tr("Products"),
            "stage": self.tr("Development stage"), "founded_on": self.tr("Founded on"), "status": self.tr("Status"),
            "kelurahan_code": self.tr("Village"), "rw": self.tr("RW"), "companion": self.tr("PSM companion"),
            "bank_name": self.tr("Bank"), "account_number": self.tr("Account number"),
            "account_holder": self.tr("Account holder"), "notes": self.tr("Notes"),
        }
        required = {"name", "business_type", "stage", "kelurahan_code"}
        self.boxes = {name: FieldBox(titles[name], editor, required=name in required)
                      for name, editor in self.editors.items()}
        for box in self.boxes.values():
            box.edited.connect(self._edited)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 10, 0, 0)
        outer.setSpacing(10)
        self.problems = SectionMessage()
        self.problems.setObjectName("ProfileProblems")
        outer.addWidget(self.problems)
        # The cards scroll (vertically only) so the page fits a 1366x768 screen with a taskbar;
        # the Save button stays in view below them.
        content = QWidget()
        cards = QVBoxLayout(content)
        cards.setContentsMargins(0, 0, 8, 0)
        cards.setSpacing(10)
        for title, layout in ((self.tr("Group"), _GROUP), (self.tr("Place and companion"), _PLACE),
                              (self.tr("Group bank account"), _BANK), ("", _NOTES)):
            cards.addWidget(self._card(title, layout))
        cards.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("ProfileScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll, 1)
        actions = QHBoxLayout()
        actions.addWidget(label(self.tr("* required"), "muted"))
        actions.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("CancelProfile")
        self.cancel_button.clicked.connect(self.revert)
        self.save_button = primary_button(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("SaveProfile")
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.save_button)
        outer.addLayout(actions)

    def _card(self, title: str, layout: tuple[tuple[str, int, int, int], ...]) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 8, 16, 8)
        box.setSpacing(4)
        if title:
            box.addWidget(label(title, "subheading"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        for name, row, column, span in layout:
            grid.addWidget(self.boxes[name], row, column, 1, span)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        box.addLayout(grid)
        return card

    def _edited(self) -> None:
        self.dirty = True
        self.edited.emit()

    def load(self, group: GroupInput) -> None:
        self.group_id = group.id
        for name, editor in self.editors.items():
            editor.set_value(getattr(group, name))
        for box in self.boxes.values():
            box.show_issue(None)
            box.touched = False
        self.problems.show_issue(None)
        self.dirty = False

    def new_group(self) -> None:
        profile = self.ctx.profile
        stages = service.stages(self.ctx)
        # Most groups are new when first recorded: the first stage, in the volunteer's village.
        self.load(GroupInput(kelurahan_code=profile.kelurahan_code if profile else "",
                             companion=profile.name if profile else "", stage=stages[0][0] if stages else ""))
        self.editors["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def revert(self) -> None:
        if self.group_id:
            self.load(service.get_group(self.ctx, self.group_id))
        else:
            self.new_group()

    def collect(self) -> GroupInput:
        values = {name: editor.value() for name, editor in self.editors.items()}
        values = {k: ("" if v is None and k != "founded_on" else v) for k, v in values.items()}
        return GroupInput(id=self.group_id, **values)

    def _show(self, issues: list[Issue]) -> None:
        first = show_field_issues(self.boxes, self.problems, issues)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        problems = unreadable(self.boxes)
        if problems:
            self._show(problems)
            return False
        group = self.collect()
        group_id = attempt(self, lambda ok: service.save_group(self.ctx, group, confirmed=ok, today=self.today),
                           self._show)
        if group_id is None:
            return False
        is_new = self.group_id is None
        self.load(service.get_group(self.ctx, group_id))
        text = self.tr("Group %1 added.") if is_new else self.tr("Profile of %1 saved.")
        self.saved.emit(group_id, text.replace("%1", group.name.strip()))
        return True

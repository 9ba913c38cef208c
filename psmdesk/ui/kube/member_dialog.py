"""Adding a family to a group (chosen from the mapped households), or changing its role and
dates. A family that leaves gets a leaving date: it stays in the member book."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain import kube as rules
from psmdesk.domain.issues import Issue
from psmdesk.domain.kube import KubeMemberInput
from psmdesk.services import kube as service
from psmdesk.services.context import AppContext
from psmdesk.ui.households.fields import ChoiceCombo, DateField, FieldBox, SectionMessage
from psmdesk.ui.kube.common import attempt, show_field_issues, unreadable
from psmdesk.ui.style import WARNING, primary_button

FAMILY_ROLE = Qt.ItemDataRole.UserRole
_AREA = re.compile(r"\b(rt|rw)[\s.:]*([0-9]{1,3})\b", re.IGNORECASE)


def search_words(text: str) -> list[str]:
    """The words to find; "RW 4" stays one word, "rw 004" as the list writes it, so it does not
    also find RT 004 in another RW."""
    words = [f"{m[1].casefold()} {int(m[2]):03d}" for m in _AREA.finditer(text)]
    return words + _AREA.sub(" ", text).casefold().split()


class MemberDialog(QDialog):
    def __init__(self, ctx: AppContext, group_id: str, kelurahan_code: str, existing: KubeMemberInput | None,
                 today: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KubeMemberDialog")
        self.ctx, self.group_id, self.existing, self.today = ctx, group_id, existing, today
        self.saved_id: str | None = None
        self._people: dict[str, list[tuple[str, str, int | None]]] = {}
        self.setWindowTitle(self.tr("Change member") if existing else self.tr("Add a member family"))
        self.setMinimumSize(640, 560 if existing is None else 300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        self.problems = SectionMessage()
        layout.addWidget(self.problems)

        self.village = ChoiceCombo(service.kelurahan_choices(ctx), empty_text="")
        self.village.setObjectName("MemberVillage")
        self.village.set_value(kelurahan_code)
        self.search = QLineEdit()
        self.search.setObjectName("FamilySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type a name, RT/RW or street to find the family"))
        self.families = QListWidget()
        self.families.setObjectName("FamilyList")
        self.family_box = FieldBox(self.tr("Family (from household mapping)"), _Quiet(), required=True)
        self.family_box.editor.hide()
        if existing is None:
            top = QHBoxLayout()
            top.addWidget(self.village, 1)
            top.addWidget(self.search, 2)
            layout.addWidget(self.family_box)
            layout.addLayout(top)
            layout.addWidget(self.families, 1)
        self.editors: dict[str, Any] = {"member_id": ChoiceCombo(empty_text=self.tr("— the head of the family —")),
                                        "role": ChoiceCombo(rules.ROLES, empty_text=""),
                                        "joined_on": DateField(), "left_on": DateField()}
        titles = {"member_id": self.tr("Represented by"), "role": self.tr("Role in the group"),
                  "joined_on": self.tr("Joined on"), "left_on": self.tr("Left on (if the family left)")}
        self.boxes = {name: FieldBox(titles[name], editor) for name, editor in self.editors.items()}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, name in enumerate(("member_id", "role", "joined_on") + (("left_on",) if existing else ())):
            grid.addWidget(self.boxes[name], 0, column)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = primary_button(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("SaveMember")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)

        self.village.currentIndexChanged.connect(lambda _i: self._fill_families())
        self.search.textChanged.connect(self._filter)
        self.families.currentItemChanged.connect(lambda _new, _old: self._family_chosen())
        self.editors["role"].set_value(existing.role if existing else "anggota")
        self.editors["joined_on"].set_value(existing.joined_on if existing else (today or date.today()))
        if existing:
            self.editors["left_on"].set_value(existing.left_on)
            self._set_people(existing.household_id, existing.member_id)
        else:
            self._fill_families()
            self.search.setFocus()

    def _fill_families(self) -> None:
        self.families.clear()
        self._people = {}
        for family in service.families(self.ctx, self.village.value() or "", self.group_id, today=self.today):
            if family.in_this_group:
                continue
            text = family.label
            if family.other_groups:
                text += "  \u26a0 " + self.tr("already in %1").replace("%1", ", ".join(family.other_groups))
            item = QListWidgetItem(text)
            item.setSizeHint(QSize(0, 28))  # a click target, not a line of small print
            item.setData(FAMILY_ROLE, family.household_id)
            if family.other_groups:
                item.setForeground(QColor(WARNING))
            self.families.addItem(item)
            self._people[family.household_id] = family.people
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        words = search_words(text)
        for row in range(self.families.count()):
            item = self.families.item(row)
            item.setHidden(any(w not in item.text().casefold() for w in words))

    def _family_chosen(self) -> None:
        item = self.families.currentItem()
        if item is not None:
            self._set_people(item.data(FAMILY_ROLE), None)

    def _set_people(self, household_id: str, member_id: str | None) -> None:
        people = self._people.get(household_id)
        if people is None:
            chosen = [f for f in service.families(self.ctx, self.village.value() or "", None, today=self.today)
                      if f.household_id == household_id]
            people = chosen[0].people if chosen else []
        combo = self.editors["member_id"]
        combo.set_choices([(pid, f"{name} ({age} th)" if age is not None else name) for pid, name, age in people])
        combo.set_value(member_id or (people[0][0] if people else None))

    def household_id(self) -> str:
        if self.existing:
            return self.existing.household_id
        item = self.families.currentItem()
        return item.data(FAMILY_ROLE) if item is not None and not item.isHidden() else ""

    def _show(self, issues: list[Issue]) -> None:
        family = [i for i in issues if i.field == "household_id"]
        self.family_box.show_issue(family[0] if family else None)
        show_field_issues(self.boxes, self.problems, [i for i in issues if i.field != "household_id"])

    def save(self) -> None:
        problems = unreadable(self.boxes)
        if problems:
            self._show(problems)
            return
        household = self.household_id()
        if not household:
            self._show([Issue("household_id", "household", self.tr("Choose a family from the list."))])
            return
        base = self.existing or KubeMemberInput(group_id=self.group_id, household_id=household)
        member = base.model_copy(update={name: editor.value() for name, editor in self.editors.items()})
        saved = attempt(self, lambda ok: service.save_member(self.ctx, member, confirmed=ok, today=self.today),
                        self._show)
        if saved is not None:
            self.saved_id = saved
            self.accept()


class _Quiet(QWidget):
    """The family list carries no value of its own: the FieldBox only shows its title and issue."""

    edited = Signal()

    def problem(self) -> None:
        return None

"""PPKS: people (or the whole household) needing welfare services, one row per category found.

The category list is editable (it lives in the database); the status moves from diidentifikasi
to diusulkan and then diverifikasi or ditolak, each with its date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from psmdesk.domain import choices as ch
from psmdesk.domain.household import MemberInput, PpksInput
from psmdesk.domain.ids import new_id
from psmdesk.ui.households.fields import ChoiceCombo, DateField, FieldBox, TextField
from psmdesk.ui.households.labels import field_title
from psmdesk.ui.style import label

DEFAULT_STATUS = "diidentifikasi"


def member_choices(members: list[MemberInput], unnamed: str) -> list[tuple[str, str]]:
    return [
        (m.id, f"{number}. {m.name or unnamed.replace('%1', str(number))}")
        for number, m in enumerate(members, start=1)
    ]


class PpksRow(QFrame):
    edited = Signal()
    remove = Signal(object)

    def __init__(self, categories: list[tuple[str, str]], case: PpksInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PpksRow")
        self.case_id = case.id if case else new_id()
        self.editors = {
            "member_id": ChoiceCombo(empty_text=self.tr("Whole household")),
            "category": ChoiceCombo(categories, empty_text=self.tr("— choose —")),
            "status": ChoiceCombo(ch.PPKS_STATUS),
            "status_date": DateField(),
            "notes": TextField(max_length=300),
        }
        self.editors["status"].removeItem(0)  # a case always has a status
        self.editors["status"].setMinimumContentsLength(10)
        self.editors["category"].setMinimumContentsLength(24)
        for name, editor in self.editors.items():
            editor.setObjectName(f"ppks_{name}")
        self.boxes = {
            name: FieldBox(field_title(name), editor, required=name == "category")
            for name, editor in self.editors.items()
        }
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove.emit(self))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setHorizontalSpacing(12)
        for column, (name, stretch) in enumerate(
            (("member_id", 3), ("category", 5), ("status", 2), ("status_date", 2), ("notes", 4))
        ):
            grid.addWidget(self.boxes[name], 0, column)
            grid.setColumnStretch(column, stretch)
        grid.addWidget(self.remove_button, 0, 5, Qt.AlignmentFlag.AlignBottom)
        for box in self.boxes.values():
            box.edited.connect(self.edited)
        self.editors["status"].edited.connect(self._status_changed)
        if case is not None:
            self.set_case(case)
        else:
            self.editors["status"].set_value(DEFAULT_STATUS)
            self.editors["status_date"].set_value(date.today())

    def _status_changed(self) -> None:
        # A new status is dated today unless the volunteer writes another date.
        self.editors["status_date"].set_value(date.today())

    def set_members(self, choices: list[tuple[str, str]], removed: str) -> None:
        combo = self.editors["member_id"]
        current = combo.value()
        combo.set_choices(choices)
        if current and current not in {code for code, _ in choices}:
            combo.setItemText(combo.findData(current), removed)

    def set_case(self, case: PpksInput) -> None:
        self.case_id = case.id
        self.editors["member_id"].set_value(case.member_id)
        self.editors["category"].set_value(case.category or None)
        self.editors["status"].set_value(case.status)
        self.editors["status_date"].set_value(case.status_date)
        self.editors["notes"].set_value(case.notes)

    def case(self) -> PpksInput:
        e = self.editors
        return PpksInput(
            id=self.case_id, member_id=e["member_id"].value(), category=e["category"].value() or "",
            status=e["status"].value() or DEFAULT_STATUS, status_date=e["status_date"].value(),
            notes=e["notes"].value(),
        )

    def focus_chain(self) -> list[QWidget]:
        return [*self.editors.values(), self.remove_button]


class PpksEditor(QWidget):
    edited = Signal()
    structure_changed = Signal()

    def __init__(self, categories: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories = categories
        self.rows: list[PpksRow] = []
        self._member_choices: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.empty = label(self.tr("No PPKS noted for this household."), "muted")
        layout.addWidget(self.empty)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(6)
        layout.addLayout(self._rows_layout)
        bottom = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add PPKS"))
        self.add_button.setObjectName("AddPpks")
        self.add_button.clicked.connect(lambda: self.add_row())
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def add_row(self, case: PpksInput | None = None, *, focus: bool = True) -> PpksRow:
        row = PpksRow(self.categories, case)
        row.set_members(self._member_choices, self.tr("(member removed from the form)"))
        row.edited.connect(self.edited)
        row.remove.connect(self.remove_row)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self.structure_changed.emit()
        self.empty.setVisible(False)
        if case is None:
            self.edited.emit()
        if focus:
            row.editors["member_id"].setFocus()
        return row

    def remove_row(self, row: PpksRow) -> None:
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.empty.setVisible(not self.rows)
        self.add_button.setFocus()
        self.structure_changed.emit()
        self.edited.emit()

    def set_members(self, members: list[MemberInput]) -> None:
        self._member_choices = member_choices(members, self.tr("Member %1"))
        for row in self.rows:
            row.set_members(self._member_choices, self.tr("(member removed from the form)"))

    def set_cases(self, cases: list[PpksInput]) -> None:
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for case in cases:
            self.add_row(case, focus=False)
        self.empty.setVisible(not self.rows)

    def cases(self) -> list[PpksInput]:
        return [row.case() for row in self.rows]

    def boxes(self) -> dict[str, FieldBox]:
        return {f"ppks[{i}].{name}": box for i, row in enumerate(self.rows) for name, box in row.boxes.items()}

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for row in self.rows:
            chain.extend(row.focus_chain())
        return [*chain, self.add_button]

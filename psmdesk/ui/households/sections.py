"""The simple sections of the household form: Kondisi Rumah, Program Bantuan and Catatan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPlainTextEdit, QVBoxLayout, QWidget

from psmdesk.domain import choices as ch
from psmdesk.domain.household import HOUSING_FIELDS, HouseholdInput
from psmdesk.ui.households.fields import CheckField, ChoiceCombo, FieldBox, NumberField, TextField
from psmdesk.ui.households.labels import field_title
from psmdesk.ui.i18n import translate

# The paper form's order: the house, then its walls and roof, then services.
_HOUSING_GRID: tuple[tuple[str, ...], ...] = (
    ("tenure", "floor_area", "bedrooms", "electricity_va"),
    ("floor_material", "floor_condition", "wall_material", "wall_condition"),
    ("roof_material", "roof_condition", "water_source", "lighting_source"),
    ("cooking_fuel", "toilet"),
)


class HousingSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, Any] = {name: ChoiceCombo(options) for name, options in HOUSING_FIELDS.items()}
        self.editors["electricity_va"] = ChoiceCombo(ch.ELECTRICITY_VA)
        self.editors["floor_area"] = NumberField(decimals=True)
        self.editors["bedrooms"] = NumberField(maximum=99)
        self._boxes = {name: FieldBox(field_title(name), editor) for name, editor in self.editors.items()}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        for row, names in enumerate(_HOUSING_GRID):
            for column, name in enumerate(names):
                grid.addWidget(self._boxes[name], row, column)
        for column in range(4):
            grid.setColumnStretch(column, 1)

    def boxes(self) -> dict[str, FieldBox]:
        return {name: self._boxes[name] for names in _HOUSING_GRID for name in names}

    def focus_chain(self) -> list[QWidget]:
        return [self.editors[name] for names in _HOUSING_GRID for name in names]

    def load(self, h: HouseholdInput) -> None:
        for name, editor in self.editors.items():
            value = getattr(h, name)
            editor.set_value(str(value) if name == "electricity_va" and value is not None else value)

    def values(self) -> dict[str, Any]:
        data = {name: editor.value() for name, editor in self.editors.items()}
        va = data["electricity_va"]
        data["electricity_va"] = int(va) if va and va.isdigit() else None
        return data


class ProgrammeChecks(QWidget):
    """One tick box per programme in the editable list."""

    edited = Signal()

    def __init__(self, programmes: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self.checks: dict[str, CheckField] = {}
        for code, text in programmes:
            self._add(code, text)

    def _add(self, code: str, text: str) -> CheckField:
        check = CheckField(text)
        check.setObjectName(f"Programme_{code}")
        check.edited.connect(self.edited)
        index = len(self.checks)
        self._grid.addWidget(check, index // 3, index % 3)
        self.checks[code] = check
        return check

    def value(self) -> list[str]:
        return [code for code, check in self.checks.items() if check.isChecked()]

    def set_value(self, codes: list[str]) -> None:
        for code in codes:
            if code not in self.checks:
                self._add(code, code)  # a programme no longer on the list stays visible
        for code, check in self.checks.items():
            check.setChecked(code in codes)

    def problem(self) -> str | None:
        return None

    def raw(self) -> str:
        return ""


class ProgrammeSection(QWidget):
    def __init__(self, programmes: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checks = ProgrammeChecks(programmes)
        self.other = TextField(max_length=200)
        self.other.setObjectName("ProgrammesOther")
        self.desil = ChoiceCombo([(str(n), str(n)) for n in range(1, 11)],
                                 empty_text=translate("HouseholdFields", "Not known"))
        self.desil.setObjectName("Desil")
        self._boxes = {
            "programmes": FieldBox(field_title("programmes"), self.checks),
            "programmes_other": FieldBox(field_title("programmes_other"), self.other),
            "desil": FieldBox(field_title("desil"), self.desil),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.addWidget(self._boxes["programmes"], 0, 0, 1, 3)
        grid.addWidget(self._boxes["programmes_other"], 1, 0, 1, 2)
        grid.addWidget(self._boxes["desil"], 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def boxes(self) -> dict[str, FieldBox]:
        return self._boxes

    def focus_chain(self) -> list[QWidget]:
        return [*self.checks.checks.values(), self.other, self.desil]

    def load(self, h: HouseholdInput) -> None:
        self.checks.set_value(list(h.programmes))
        self.other.set_value(h.programmes_other)
        self.desil.set_value(str(h.desil) if h.desil is not None else None)

    def values(self) -> dict[str, Any]:
        desil = self.desil.value()
        return {
            "programmes": self.checks.value(),
            "programmes_other": self.other.value(),
            "desil": int(desil) if desil else None,
        }


class NotesEdit(QPlainTextEdit):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(90)
        self._loading = False
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, text: str) -> None:
        self._loading = True
        self.setPlainText(text or "")
        self._loading = False

    def problem(self) -> str | None:
        return None

    def raw(self) -> str:
        return ""


class NotesSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = NotesEdit()
        self.notes.setObjectName("Notes")
        self._boxes = {"notes": FieldBox("", self.notes)}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._boxes["notes"])

    def boxes(self) -> dict[str, FieldBox]:
        return self._boxes

    def focus_chain(self) -> list[QWidget]:
        return [self.notes]

    def load(self, h: HouseholdInput) -> None:
        self.notes.set_value(h.notes)

    def values(self) -> dict[str, Any]:
        return {"notes": self.notes.value()}

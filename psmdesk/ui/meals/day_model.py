"""The daily checklist as a table model: one row per person on the roster that day, holding what
the volunteer has marked since the day was loaded. Saving turns marked rows into entries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from psmdesk.domain.meals import RECEIVED, DeliveryInput
from psmdesk.services.meal_log import DayLog, DayRow
from psmdesk.ui.i18n import translate
from psmdesk.ui.meals.common import meals_text, outcome_text, village_name

Index = QModelIndex | QPersistentModelIndex

NO, NAME, ADDRESS, OUTCOME, MORNING, MIDDAY, HANDED_BY, NOTE, STATUS = range(9)
TITLES = ("No", "Name", "Address", "Outcome", "Morning", "Midday", "Handed over by", "Note", "Status")
EDITABLE = {OUTCOME, HANDED_BY, NOTE}
RECEIVED_BG = QColor("#e6f4ea")
MISSED_BG = QColor("#fff4df")
DOUBLE_BG = QColor("#fde2e0")
ERROR_FG = QColor("#b3261e")


@dataclass
class RowState:
    base: DayRow
    outcome: str | None
    morning: bool
    midday: bool
    handed_by: str
    note: str

    @classmethod
    def of(cls, row: DayRow) -> RowState:
        e = row.entry
        if e is None:
            return cls(row, None, False, False, "", "")
        return cls(row, e.outcome, e.morning, e.midday, e.handed_by, e.note)

    @property
    def dirty(self) -> bool:
        e = self.base.entry
        if e is None:
            return self.outcome is not None
        return (self.outcome, self.morning, self.midday, self.handed_by, self.note) != (
            e.outcome, e.morning, e.midday, e.handed_by, e.note)


class DayTableModel(QAbstractTableModel):
    changed = Signal()  # any mark, so the page can update its counts

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[RowState] = []
        self.default_handed_by = ""
        self._titles = list(TITLES)

    def set_titles(self, titles: list[str]) -> None:
        self._titles = titles
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(titles) - 1)

    def load(self, log: DayLog | None) -> None:
        self.beginResetModel()
        self.rows = [RowState.of(r) for r in log.rows] if log else []
        self.endResetModel()
        self.changed.emit()

    # --- marking (keys, buttons) ----------------------------------------------------------
    def _touch(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, STATUS))
        self.changed.emit()

    def set_outcome(self, row: int, code: str | None) -> None:
        if not 0 <= row < len(self.rows):
            return
        state = self.rows[row]
        state.outcome = code
        if code == RECEIVED:
            if not (state.morning or state.midday):
                state.morning = state.midday = True
            if not state.handed_by:
                state.handed_by = self.default_handed_by
        else:
            # Meals count only when received; anything else means no meal reached the person.
            state.morning = state.midday = False
        self._touch(row)

    def toggle_meal(self, row: int, which: str) -> None:
        """"both" (Space), "morning" (1) or "midday" (2). A meal ticked means it was received."""
        if not 0 <= row < len(self.rows):
            return
        state = self.rows[row]
        if which == "both":
            on = not (state.morning and state.midday)
            state.morning = state.midday = on
        elif which == "morning":
            state.morning = not state.morning
        else:
            state.midday = not state.midday
        if state.morning or state.midday:
            if state.outcome != RECEIVED:
                state.outcome = RECEIVED
                state.handed_by = state.handed_by or self.default_handed_by
        elif state.outcome == RECEIVED:
            state.outcome = None  # received without a meal is no record: back to "not filled in"
        self._touch(row)

    def mark_all_received(self) -> int:
        """Every row not yet filled in becomes received with both meals; rows already marked
        otherwise keep their outcome. Returns how many rows changed."""
        count = 0
        for state in self.rows:
            if state.outcome is None:
                state.outcome, state.morning, state.midday = RECEIVED, True, True
                state.handed_by = state.handed_by or self.default_handed_by
                count += 1
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, STATUS))
            self.changed.emit()
        return count

    def entries(self) -> list[DeliveryInput]:
        """What to save: every row with an outcome (the service skips unchanged ones)."""
        return [DeliveryInput(s.base.beneficiary_id, s.outcome, s.morning, s.midday, s.handed_by, s.note)
                for s in self.rows if s.outcome is not None]

    def is_dirty(self) -> bool:
        return any(s.dirty for s in self.rows)

    def counts(self) -> tuple[int, int, int]:
        """(filled in, received, rows)."""
        filled = sum(1 for s in self.rows if s.outcome is not None)
        received = sum(1 for s in self.rows if s.outcome == RECEIVED)
        return filled, received, len(self.rows)

    def row_of(self, beneficiary_id: str) -> int:
        return next((i for i, s in enumerate(self.rows) if s.base.beneficiary_id == beneficiary_id), -1)

    # --- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (MORNING, MIDDAY):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        state, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), state, column)
        if role == Qt.ItemDataRole.EditRole:
            return {OUTCOME: state.outcome, HANDED_BY: state.handed_by, NOTE: state.note}.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column in (MORNING, MIDDAY):
            on = state.morning if column == MORNING else state.midday
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            if state.base.doubles:
                return QBrush(DOUBLE_BG)
            if state.outcome == RECEIVED:
                return QBrush(RECEIVED_BG)
            return QBrush(MISSED_BG) if state.outcome else None
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and state.base.doubles:
            return QBrush(ERROR_FG)
        if role == Qt.ItemDataRole.FontRole and state.dirty and column == STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(state, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NO, MORNING, MIDDAY):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: int, state: RowState, column: int) -> str:
        b = state.base
        match column:
            case 0:
                return str(row + 1)
            case 1:
                return b.name + ("  \u2691" if b.diet_notes else "")  # a flag: diet note in the tooltip
            case 2:
                return f"RT {b.rt}/RW {b.rw} \u00b7 {village_name(b.kelurahan_code)}"
            case 3:
                return outcome_text(state.outcome)
            case 6:
                return state.handed_by
            case 7:
                return state.note
            case 8:
                return self._status(state)
        return ""

    def _status(self, state: RowState) -> str:
        if state.base.doubles:
            return translate("DayTableModel", "Double: %1").replace("%1", meals_text(state.base.doubles))
        if state.dirty:
            return translate("DayTableModel", "Not saved")
        if state.outcome is None:
            return translate("DayTableModel", "Not filled in")
        if state.base.entry is not None and state.base.entry.corrected:
            return translate("DayTableModel", "Corrected")
        return translate("DayTableModel", "Saved")

    def _tooltip(self, state: RowState, column: int) -> str | None:
        b = state.base
        if column == NAME and b.diet_notes:
            return translate("DayTableModel", "Diet: %1").replace("%1", b.diet_notes)
        if column == ADDRESS:
            return b.street or None
        if column == NOTE:
            return state.note or None
        if column == STATUS and b.doubles:
            return translate("DayTableModel", "Two entries both record the %1 meal for this day. Open the history "
                                              "(Ctrl+H) to check them and withdraw the wrong one.").replace(
                "%1", meals_text(b.doubles))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = index.row(), index.column()
        state = self.rows[row]
        if role == Qt.ItemDataRole.CheckStateRole and column in (MORNING, MIDDAY):
            self.toggle_meal(row, "morning" if column == MORNING else "midday")
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == OUTCOME:
            self.set_outcome(row, value or None)
        elif column == HANDED_BY:
            state.handed_by = " ".join(str(value or "").split())
            self._touch(row)
        elif column == NOTE:
            state.note = str(value or "").strip()
            self._touch(row)
        else:
            return False
        return True

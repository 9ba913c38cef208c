"""The checklist grid: one keystroke per row. D/T/R/M/P set the outcome and move on; Space ticks
both meals, 1 and 2 one of them; Enter and Down go to the next row; F2 edits a cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from psmdesk.domain.meals import OUTCOME_KEYS, OUTCOMES
from psmdesk.ui.meals.common import outcome_text
from psmdesk.ui.meals.day_model import (
    ADDRESS,
    HANDED_BY,
    MIDDAY,
    MORNING,
    NAME,
    NO,
    NOTE,
    OUTCOME,
    STATUS,
    DayTableModel,
)

Index = QModelIndex | QPersistentModelIndex
MEAL_KEYS = {Qt.Key.Key_Space: "both", Qt.Key.Key_1: "morning", Qt.Key.Key_2: "midday"}
ROW_HEIGHT = 32


class OutcomeDelegate(QStyledItemDelegate):
    """A list of outcomes for mouse users (double-click or F2 on the Outcome cell)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("", None)
        for code, _ in OUTCOMES:
            combo.addItem(outcome_text(code), code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DayTable(QTableView):
    history_requested = Signal(int)

    def __init__(self, model: DayTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DayTable")
        self.day_model = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setItemDelegateForColumn(OUTCOME, OutcomeDelegate(self))
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setTabKeyNavigation(False)  # Tab leaves the grid for the buttons, as in every form
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        # Sized for the Indonesian words at 1366x768; the note takes what is left (its tooltip has it all).
        for column, width in ((NO, 40), (NAME, 210), (ADDRESS, 225), (OUTCOME, 125), (MORNING, 56), (MIDDAY, 56),
                              (HANDED_BY, 140), (STATUS, 140)):
            self.setColumnWidth(column, width)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def go_to(self, row: int) -> None:
        if 0 <= row < self.day_model.rowCount():
            column = self.currentIndex().column() if self.currentIndex().isValid() else NAME
            self.setCurrentIndex(self.day_model.index(row, column))
            self.scrollTo(self.day_model.index(row, column))

    def next_row(self) -> None:
        self.go_to(min(self.current_row() + 1, self.day_model.rowCount() - 1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        row = self.current_row()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text().upper()
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier) and text in OUTCOME_KEYS:
            self.day_model.set_outcome(row, OUTCOME_KEYS[text])
            self.next_row()
            return
        if modifiers == Qt.KeyboardModifier.NoModifier and Qt.Key(event.key()) in MEAL_KEYS:
            self.day_model.toggle_meal(row, MEAL_KEYS[Qt.Key(event.key())])
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.NoModifier:
            self.next_row()
            return
        if event.key() == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.NoModifier:
            self.day_model.set_outcome(row, None)  # back to "not filled in" before saving
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.day_model.rowCount():
            self.go_to(0)


"""The preview table: one line per spreadsheet row, its action in colour, and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from psmdesk.domain.nik import mask_nik
from psmdesk.tableimport.plan import Action, PreviewRow
from psmdesk.ui.i18n import translate

ACTION_TEXT = {
    Action.CREATE: QT_TRANSLATE_NOOP("TableImport", "New"),
    Action.UPDATE: QT_TRANSLATE_NOOP("TableImport", "Filled in"),
    Action.MATCH: QT_TRANSLATE_NOOP("TableImport", "Already here"),
    Action.REJECT: QT_TRANSLATE_NOOP("TableImport", "Rejected"),
    Action.SKIP: QT_TRANSLATE_NOOP("TableImport", "Skipped"),
}
# (text, background): calm tints; red only for what needs the user.
ACTION_COLOURS = {
    Action.CREATE: ("#1b6e3a", "#e6f4ea"),
    Action.UPDATE: ("#17566c", "#e3f0f6"),
    Action.MATCH: ("#3d4a54", "#eef1f3"),
    Action.REJECT: ("#b3261e", "#fdecea"),
    Action.SKIP: ("#6b7780", "#f6f8f9"),
}
ROW, ACTION, NAME, NIK, GROUP, WHY = range(6)
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def action_text(action: Action) -> str:
    return translate("TableImport", ACTION_TEXT[action])


class PreviewModel(QAbstractTableModel):
    def __init__(self, titles: list[str]) -> None:
        super().__init__()
        self.titles = titles
        self.rows: list[PreviewRow] = []

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    @staticmethod
    def why(row: PreviewRow) -> str:
        return "; ".join(row.reasons) if row.reasons else " ".join(row.notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(row.row), action_text(row.action), row.name, mask_nik(row.nik), row.group,
                    self.why(row))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == WHY:
            return "\n".join(row.reasons + row.notes) or None
        coloured = column == ACTION or (column == WHY and row.action is Action.REJECT)
        if role == Qt.ItemDataRole.ForegroundRole and coloured:
            return QBrush(QColor(ACTION_COLOURS[row.action][0]))
        if role == Qt.ItemDataRole.BackgroundRole and column == ACTION:
            return QBrush(QColor(ACTION_COLOURS[row.action][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RejectedOnly(QSortFilterProxyModel):
    """Shows every row, or only the rejected ones."""

    def __init__(self) -> None:
        super().__init__()
        self.only_rejected = False

    def set_only_rejected(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.only_rejected = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_rejected = on
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.only_rejected:
            return True
        model = self.sourceModel()
        assert isinstance(model, PreviewModel)
        return model.rows[source_row].action is Action.REJECT

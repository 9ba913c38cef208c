"""The dry-run preview as a table: one row per file, its sender and number, what it would change,
or why it is refused (red, across the count columns)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from psmdesk.services.sync_import import ImportResult
from psmdesk.ui.style import ERROR, WARNING
from psmdesk.ui.sync.common import thousands

Index = QModelIndex | QPersistentModelIndex

FILE, SENDER, SEQ, ADDED, UPDATED, SAME, DELETED, CONFLICTS, RESULT = range(9)
COUNTS = (ADDED, UPDATED, SAME, DELETED, CONFLICTS)
REASON_SPAN = (ADDED, RESULT - ADDED + 1)  # a refusal's reason covers the counts and the result
_FIELDS = {ADDED: "added", UPDATED: "updated", SAME: "unchanged", DELETED: "deleted", CONFLICTS: "conflicts"}


class ImportResultsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[ImportResult] = []
        self._titles = [self.tr("File"), self.tr("From"), self.tr("No."), self.tr("New"), self.tr("Updated"),
                        self.tr("Same"), self.tr("Deleted"), self.tr("Conflicts"), self.tr("Result")]

    def set_results(self, results: list[ImportResult]) -> None:
        self.beginResetModel()
        self.results = list(results)
        self.endResetModel()

    def rejected_rows(self) -> list[int]:
        return [i for i, r in enumerate(self.results) if r.status == "rejected"]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.results):
            return None
        result, column = self.results[index.row()], index.column()
        rejected = result.status == "rejected"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(result, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return result.reason if rejected else (text or None)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and (column == SEQ or (column in COUNTS and not rejected)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if rejected and column >= ADDED:
                return QColor(ERROR)
            if column == CONFLICTS and result.conflicts:
                return QColor(WARNING)
        if role == Qt.ItemDataRole.FontRole and ((rejected and column >= ADDED) or
                                                 (column == CONFLICTS and result.conflicts)):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, result: ImportResult, column: int) -> str:
        if column == FILE:
            return result.file
        if column == SENDER:
            return result.sender
        if column == SEQ:
            return str(result.seq) if result.seq else ""
        if result.status == "rejected":
            return self.tr("REFUSED: %1. Nothing from this file will be applied.").replace("%1", result.reason) \
                if column == ADDED else ""
        if column in _FIELDS:
            return thousands(getattr(result, _FIELDS[column])) if result.status != "already" else ""
        if result.status == "already":
            return self.tr("Imported before; skipped")
        if result.status == "applied":
            return self.tr("Applied")
        return self.tr("Ready to apply")

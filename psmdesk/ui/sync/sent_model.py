"""The volunteer's bundles sent to the office: number, date, rows, and whether the office has them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from psmdesk.services.sync_export import SentBundle
from psmdesk.ui.style import MUTED, PRIMARY_DARK
from psmdesk.ui.sync.common import format_stamp, thousands

Index = QModelIndex | QPersistentModelIndex
SEQ, DATE, ROWS, RECEIVED, FILE = range(5)


class SentBundlesModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.bundles: list[SentBundle] = []
        self._titles = [self.tr("No."), self.tr("Written on"), self.tr("Rows"), self.tr("Received by the office"),
                        self.tr("File")]

    def set_bundles(self, bundles: list[SentBundle]) -> None:
        self.beginResetModel()
        self.bundles = list(bundles)
        self.endResetModel()

    def bundle_at(self, row: int) -> SentBundle | None:
        return self.bundles[row] if 0 <= row < len(self.bundles) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.bundles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        bundle = self.bundle_at(index.row()) if index.isValid() else None
        if bundle is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SEQ:
                return str(bundle.seq)
            if column == DATE:
                return format_stamp(bundle.created_at)
            if column == ROWS:
                return thousands(bundle.rows)
            if column == RECEIVED:
                if bundle.acked_at:
                    return self.tr("\u2713 received %1").replace("%1", format_stamp(bundle.acked_at))
                return self.tr("not yet")
            return bundle.file_name
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SEQ, ROWS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == RECEIVED:
            return QColor(PRIMARY_DARK if bundle.acked_at else MUTED)
        return None

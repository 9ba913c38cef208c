"""The preview table: one line per file, a refused file as tall as its wrapped reason (which
spans the count columns, in red)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from psmdesk.services.sync_import import ImportResult
from psmdesk.ui.sync.import_model import COUNTS, FILE, REASON_SPAN, RESULT, SENDER, SEQ, ImportResultsModel

ROW_HEIGHT = 30


class SingleLineDelegate(QStyledItemDelegate):
    """File names and senders never wrap (a wrapped file name reads as two files): shortened in the
    middle instead, the full text in the tooltip."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class PreviewTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreviewTable")
        self.results_model = ImportResultsModel()
        self.setModel(self.results_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)  # a refusal's reason wraps inside its span
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        single_line = SingleLineDelegate(self)
        for column in (FILE, SENDER):
            self.setItemDelegateForColumn(column, single_line)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._fit_rows())

    def set_results(self, results: list[ImportResult]) -> None:
        self.results_model.set_results(results)
        self.clearSpans()
        for row in self.results_model.rejected_rows():
            self.setSpan(row, REASON_SPAN[0], 1, REASON_SPAN[1])
        self._size_columns()
        self._fit_rows()

    def _size_columns(self) -> None:
        metrics = self.fontMetrics()
        header = self.horizontalHeader().fontMetrics()
        results = self.results_model.results
        widest = max((metrics.horizontalAdvance(r.file) for r in results), default=120)
        self.setColumnWidth(FILE, min(widest + 20, 280))
        senders = max((metrics.horizontalAdvance(r.sender) for r in results), default=80)
        self.setColumnWidth(SENDER, min(max(senders, header.horizontalAdvance(self.results_model.headerData(
            SENDER, Qt.Orientation.Horizontal))) + 20, 190))
        for column in (SEQ, *COUNTS):
            title = str(self.results_model.headerData(column, Qt.Orientation.Horizontal))
            self.setColumnWidth(column, max(header.horizontalAdvance(title) + 22, 48))

    def _fit_rows(self) -> None:
        """Ordinary rows are one line; a refusal is as tall as its wrapped reason needs."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        width = sum(self.columnWidth(c) for c in range(REASON_SPAN[0], RESULT + 1)) - 14
        for row, result in enumerate(self.results_model.results):
            height = ROW_HEIGHT
            if result.status == "rejected":
                text = str(self.results_model.data(self.results_model.index(row, REASON_SPAN[0])))
                bounds = metrics.boundingRect(QRect(0, 0, max(width, 120), 10_000), int(Qt.TextFlag.TextWordWrap), text)
                height = max(ROW_HEIGHT, bounds.height() + 12)
            self.setRowHeight(row, height)

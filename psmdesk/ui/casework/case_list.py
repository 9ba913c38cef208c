"""The list of cases: searchable, notes masked, stage and status at a glance."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain import casework as cw
from psmdesk.domain.dates import format_date, parse_date
from psmdesk.services import casework as svc
from psmdesk.services.context import AppContext
from psmdesk.ui.style import label, primary_button
from psmdesk.ui.widgets.list_export import offer_export


class CaseList(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, PSM or institution (Ctrl+F)"))
        self.search.textChanged.connect(self.reload)
        self.new_button = primary_button(self.tr("New case (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        self.empty = label(self.tr("No cases yet. Open the first case for a person who needs support (Ctrl+N)."),
                           "muted", wrap=True)
        self.table = QTableWidget(0, 7)
        offer_export(self.table, "Daftar Kasus")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Source"), self.tr("Stage"),
                                              self.tr("Opened"), self.tr("PSM"), self.tr("Sessions"),
                                              self.tr("Notes")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated.connect(lambda index: self._open(index.row()))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.ids: list[str] = []

    def reload(self) -> None:
        rows = svc.list_cases(self.ctx, self.search.text())
        self.ids = [r["id"] for r in rows]
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            opened = parse_date(r["opened_on"])
            stage = cw.label_of(cw.STAGES, r["stage"])
            if r["status"] == cw.CLOSED:
                stage = self.tr("Closed (%1)").replace("%1", stage)
            cells = [r["person"], cw.label_of(cw.SOURCES, r["source"]), stage,
                     format_date(opened) if opened else "—", r["psm"], str(r["sessions"]), cw.MASK]
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.empty.setVisible(not rows and not self.search.text())

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.ids):
            self.open_requested.emit(self.ids[row])

    def focus_search(self) -> None:
        self.search.setFocus()

"""All KUBE groups at a glance: stage, members, last activity, last cash entry, balance, and a
flag on the groups where nothing was recorded for 60 days. Search as you type, with filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from psmdesk.domain import choices as ch
from psmdesk.domain import kube as rules
from psmdesk.domain.dates import format_rupiah
from psmdesk.services import kube as service
from psmdesk.services.context import AppContext
from psmdesk.ui.households.fields import ChoiceCombo
from psmdesk.ui.kube.common import Cell, RowsModel, current_id, day, make_table
from psmdesk.ui.style import label, primary_button

SEARCH_DELAY_MS = 120


class KubeOverview(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KubeOverview")
        self.ctx = ctx
        self.today: date | None = None  # tests pin the day
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("KUBE groups"), "heading"))
        self.count = label("", "muted")
        self.count.setObjectName("KubeCount")
        top.addSpacing(12)
        top.addWidget(self.count, 1, Qt.AlignmentFlag.AlignBottom)
        self.new_button = primary_button(self.tr("New group (Ctrl+N)"))
        self.new_button.setObjectName("NewKube")
        self.new_button.setDefault(False)
        self.new_button.clicked.connect(self.new_requested)
        top.addWidget(self.new_button)
        outer.addLayout(top)

        self.search = QLineEdit()
        self.search.setObjectName("KubeSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by group name, product, companion or village… (Ctrl+F)"))
        self.search.installEventFilter(self)
        outer.addWidget(self.search)
        outer.addLayout(self._filters())

        self.model = RowsModel([self.tr("Group"), self.tr("Village"), self.tr("Stage"), self.tr("Families"),
                                self.tr("Last activity"), self.tr("Last cash entry"), self.tr("Balance"),
                                self.tr("Attention")])
        self.table = make_table(self.model, "KubeTable", [None, 13, 13, 5, 10, 10, 12, 15])
        self.table.doubleClicked.connect(lambda index: self._open(self.model.id_at(index.row())))
        self.table.installEventFilter(self)
        self.empty = label("", "subheading", wrap=True)
        self.empty.setObjectName("KubeEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        outer.addWidget(self.stack, 1)

        bottom = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open (Enter)"))
        self.open_button.setObjectName("OpenKube")
        self.open_button.clicked.connect(lambda: self._open(current_id(self.table)))
        bottom.addWidget(self.open_button)
        bottom.addStretch(1)
        bottom.addWidget(label(self.tr("⚠ over 60 days = no activity and no cash entry for 60 days"), "muted"))
        outer.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.kelurahan = ChoiceCombo(service.kelurahan_choices(self.ctx), empty_text=self.tr("All villages"))
        self.stage = ChoiceCombo(service.stages(self.ctx), empty_text=self.tr("All stages"))
        self.status = ChoiceCombo(rules.GROUP_STATUS, empty_text=self.tr("Any status"))
        self.stalled = QCheckBox(self.tr("No records for 60 days"))
        for name, widget in (("FilterKelurahan", self.kelurahan), ("FilterStage", self.stage),
                             ("FilterStatus", self.status)):
            widget.setObjectName(name)
            widget.setMinimumContentsLength(len(widget.itemText(0)))
            widget.currentIndexChanged.connect(lambda _i: self.reload())
            row.addWidget(widget, 1)
        self.stalled.setObjectName("FilterStalled")
        self.stalled.toggled.connect(lambda _on: self.reload())
        row.addWidget(self.stalled)
        return row

    def current_filter(self) -> service.KubeFilter:
        return service.KubeFilter(text=self.search.text(), kelurahan_code=self.kelurahan.value(),
                                  stage=self.stage.value(), status=self.status.value(),
                                  stalled_only=self.stalled.isChecked())

    def reload(self, select: str | None = None) -> None:
        self._timer.stop()
        f = self.current_filter()
        groups = service.overview(self.ctx, f, today=self.today)
        stages = dict(service.stages(self.ctx))
        rows = []
        for g in groups:
            stage = Cell(stages.get(g.stage, g.stage))
            if g.status != "aktif":  # a dormant or dissolved group: that matters more than its stage
                status = ch.label(rules.GROUP_STATUS, g.status)
                stage = Cell(status, tone="warning", tooltip=f"{stage.text}, {status.lower()}")
            village = Cell(g.kelurahan_name, tooltip=g.kelurahan_name + (f", RW {g.rw}" if g.rw else ""))
            attention = Cell("\u26a0 " + self.tr("over 60 days"), tone="warning",
                             tooltip=self.tr("No activity and no cash entry for 60 days")) if g.stalled else Cell("")
            rows.append((g.id, [Cell(g.name), village, stage, Cell(str(g.members), True),
                                Cell(day(g.last_activity)), Cell(day(g.last_cash)),
                                Cell(format_rupiah(g.balance), True, "error" if g.balance < 0 else ""), attention]))
        self.model.set_rows(rows)
        self.count.setText(self.tr("%1 groups").replace("%1", str(len(rows))))
        filtered = bool(f.text.strip() or f.kelurahan_code or f.stage or f.status or f.stalled_only)
        if rows:
            self.stack.setCurrentWidget(self.table)
            target = self.model.ids.index(select) if select in self.model.ids else 0
            self.table.selectRow(target)
        else:
            self.stack.setCurrentWidget(self.empty)
            self.empty.setText(self.tr("No group matches the search or the filters.") if filtered else
                               self.tr("No KUBE groups yet. Add the first group (Ctrl+N)."))
        self.open_button.setEnabled(bool(rows))

    def _open(self, group_id: str | None) -> None:
        if group_id:
            self.open_requested.emit(group_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.reload()
                if self.model.rowCount():
                    self.table.setFocus()
                    return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open(current_id(self.table))
                return True
        return super().eventFilter(watched, event)

"""Pemberdayaan: where the group stands in the seven stages of group empowerment (the stage
bar), and the stage entries (dates, what was done, supporting and hindering factors); and the
tab Indikator Kesejahteraan: the group's welfare before and after (ui/casework/welfare.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from psmdesk.domain import empowerment as emp
from psmdesk.services import empowerment as service
from psmdesk.services.context import AppContext
from psmdesk.storage.errors import StorageError
from psmdesk.ui.casework.stage_bar import StageBar
from psmdesk.ui.casework.welfare import WelfarePanel
from psmdesk.ui.errors import show_storage_error
from psmdesk.ui.households.fields import ChoiceCombo, DateField
from psmdesk.ui.i18n import translate
from psmdesk.ui.kube import dialogs
from psmdesk.ui.kube.common import Cell, RowsModel, current_id, day, make_table
from psmdesk.ui.kube.form_dialog import FormDialog, NoteField, run
from psmdesk.ui.style import label, primary_button


class StageDialog(FormDialog):
    def __init__(self, ctx: AppContext, entry: emp.StageEntryInput, today: date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__("KubeStageDialog", translate("StageDialog", "Empowerment stage"), [
            ("stage", translate("StageDialog", "Stage"), ChoiceCombo(emp.STAGES), True, 0, 0, 1),
            ("started_on", translate("StageDialog", "Started on"), DateField(), True, 0, 1, 1),
            ("ended_on", translate("StageDialog", "Finished on (empty while it goes on)"), DateField(), False, 0, 2, 1),
            ("activities", translate("StageDialog", "What was done"), NoteField(lines=4), True, 1, 0, 3),
            ("supporting", translate("StageDialog", "Supporting factors (faktor pendukung)"), NoteField(lines=3),
             False, 2, 0, 3),
            ("hindering", translate("StageDialog", "Hindering factors (faktor penghambat)"), NoteField(lines=3),
             False, 3, 0, 3),
        ], parent)
        self.ctx, self.entry, self.today = ctx, entry, today
        for name, editor in self.editors.items():
            editor.set_value(getattr(entry, name))

    def submit(self, confirmed: bool) -> str:
        values = self.values()
        values["stage"] = values["stage"] or ""
        return service.save_stage_entry(self.ctx, self.entry.model_copy(update=values), confirmed=confirmed,
                                        today=self.today)


class EmpowermentTab(QWidget):
    changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KubeEmpowerment")
        self.ctx = ctx
        self.today: date | None = None
        self.group_id = ""
        self.entries: list[emp.StageEntryInput] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.summary = label("", "subheading", wrap=True)
        self.summary.setObjectName("StageSummary")
        top.addWidget(self.summary, 1)
        add = primary_button(self.tr("Record a stage (Ctrl+N)"))
        add.setObjectName("AddStage")
        add.setDefault(False)
        add.clicked.connect(self.new_record)
        self.add_button = add
        top.addWidget(add)
        layout.addLayout(top)
        self.bar = StageBar(emp.SHORT_STAGES)
        self.bar.setObjectName("EmpowermentStageBar")
        self.bar.stage_clicked.connect(self.stage_clicked)
        layout.addWidget(self.bar)
        layout.addWidget(label(self.tr("Click a stage to see its entries, or to record it when it has none."),
                               "muted"))
        self.model = RowsModel([self.tr("Stage"), self.tr("Started"), self.tr("Finished"), self.tr("What was done"),
                                self.tr("Supporting factors"), self.tr("Hindering factors")])
        self.table = make_table(self.model, "StageTable", [24, 10, 14, None, 24, 24])
        self.table.setWordWrap(True)  # what was done is read in full, up to three lines
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows())
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.installEventFilter(self)
        self.empty = label(self.tr("No empowerment stage recorded yet. Record the first one, Persiapan (Ctrl+N)."),
                           "muted")
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Open… (Enter)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton(self.tr("Remove (entered by mistake)…"))
        self.remove_button.setObjectName("RemoveStage")
        self.remove_button.clicked.connect(self.remove_current)
        bottom.addWidget(self.edit_button)
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)

    def load(self, group_id: str) -> None:
        self.group_id = group_id
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.entries = service.stage_entries(self.ctx, self.group_id)
        self.model.set_rows([(e.id or "", [
            Cell(emp.label_of(emp.STAGES, e.stage)), Cell(day(e.started_on)),
            Cell(day(e.ended_on) if e.ended_on else self.tr("ongoing"), tone="" if e.ended_on else "muted"),
            Cell(" ".join(e.activities.split())), Cell(" ".join(e.supporting.split())),
            Cell(" ".join(e.hindering.split())),
        ]) for e in self.entries])
        now = emp.progress(self.entries)
        self.bar.set_stage(now.current, now.finished)
        if now.current is None:
            self.summary.setText(self.tr("Empowerment has not started yet."))
        elif now.finished:
            self.summary.setText(self.tr("Empowerment finished: every stage through Terminasi."))
        else:
            self.summary.setText(self.tr("Current stage: %1 (%2 of 7), since %3")
                                 .replace("%1", emp.label_of(emp.STAGES, now.current))
                                 .replace("%2", str(emp.stage_index(now.current) + 1))
                                 .replace("%3", day(now.started_on)))
        self.empty.setVisible(not self.entries)
        self._fit_rows()
        if self.entries:
            self.table.selectRow(self.model.ids.index(select) if select in self.model.ids else len(self.entries) - 1)
        self.edit_button.setEnabled(bool(self.entries))
        self.remove_button.setEnabled(bool(self.entries))

    def _fit_rows(self) -> None:
        line = self.table.fontMetrics().lineSpacing()
        self.table.resizeRowsToContents()
        for row in range(self.model.rowCount()):
            height = self.table.rowHeight(row)
            self.table.setRowHeight(row, max(30, min(height + 8, line * 3 + 14)))

    def new_record(self, stage: str | None = None) -> None:
        self._edit(emp.StageEntryInput(group_id=self.group_id, stage=stage or emp.suggested_stage(self.entries),
                                       started_on=self.today or date.today()))

    def stage_clicked(self, stage: str) -> None:
        rows = [i for i, e in enumerate(self.entries) if e.stage == stage]
        if rows:
            self.table.selectRow(rows[0])
            self.table.setFocus()
        else:
            self.new_record(stage)

    def edit_current(self) -> None:
        entry_id = current_id(self.table)
        found = [e for e in self.entries if e.id == entry_id]
        if found:
            self._edit(found[0])

    def _edit(self, entry: emp.StageEntryInput) -> None:
        def after(saved: str) -> None:
            self.reload(select=saved)
            self.changed.emit(self.tr("Stage saved."))

        run(StageDialog(self.ctx, entry, self.today, self), after)

    def remove_current(self) -> None:
        entry_id = current_id(self.table)
        if not entry_id:
            return
        reason = dialogs.ask_removal(self, self.tr("This stage entry"))
        if reason is None:
            return
        try:
            service.delete_stage_entry(self.ctx, entry_id, reason)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self.reload()
        self.changed.emit(self.tr("Stage entry removed."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_current()
            return True
        return super().eventFilter(watched, event)


class WelfareTab(WelfarePanel):
    """The group's welfare indicators (the group's kelurahan and RW come from its profile)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("KubeWelfare")

    def load_group(self, group_id: str) -> None:
        self.load(service.group_subject(self.ctx, group_id))

    def new_record(self) -> None:
        self.edit("evaluasi" if self.data is not None and self.data.start is not None else "awal")

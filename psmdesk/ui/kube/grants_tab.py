"""Bantuan: grants and aid the group received (source, date, amount in rupiah, aid in kind)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from psmdesk.domain import choices as ch
from psmdesk.domain import kube as rules
from psmdesk.domain.dates import format_rupiah
from psmdesk.domain.kube import GrantInput
from psmdesk.services import kube as service
from psmdesk.services.context import AppContext
from psmdesk.storage.errors import StorageError
from psmdesk.ui.errors import show_storage_error
from psmdesk.ui.households.fields import ChoiceCombo, DateField, TextField
from psmdesk.ui.i18n import translate
from psmdesk.ui.kube import dialogs
from psmdesk.ui.kube.common import Cell, MoneyField, RowsModel, current_id, day, make_table
from psmdesk.ui.kube.form_dialog import FormDialog, run
from psmdesk.ui.style import label, primary_button


class GrantDialog(FormDialog):
    def __init__(self, ctx: AppContext, grant: GrantInput, today: date | None, parent: QWidget | None = None) -> None:
        # translate(), not self.tr(): Qt's side of the dialog does not exist before super().__init__.
        to_cash = QCheckBox(translate("GrantDialog", "Also write the money into the cash book as income (Bantuan)"))
        super().__init__("KubeGrantDialog", translate("GrantDialog", "Grant or aid"), [
            ("source", translate("GrantDialog", "Source"), ChoiceCombo(rules.GRANT_SOURCES), True, 0, 0, 1),
            ("source_detail", translate("GrantDialog", "Given by (company, institution)"), TextField(max_length=120),
             False, 0, 1, 2),
            ("received_on", translate("GrantDialog", "Received on"), DateField(), True, 1, 0, 1),
            ("amount", translate("GrantDialog", "Amount of money"), MoneyField(), False, 1, 1, 1),
            ("in_kind", translate("GrantDialog", "Aid in kind (goods, equipment)"), TextField(max_length=300), False,
             2, 0, 3),
            ("notes", translate("GrantDialog", "Notes"), TextField(max_length=300), False, 3, 0, 3),
        ], parent, extra=to_cash)
        self.ctx, self.grant, self.today = ctx, grant, today
        self.to_cash = to_cash
        to_cash.setObjectName("GrantToCash")
        to_cash.setChecked(grant.id is None)  # a grant edited later was written into the book already
        to_cash.setVisible(grant.id is None)
        for name, editor in self.editors.items():
            editor.set_value(getattr(grant, name))

    def submit(self, confirmed: bool) -> str:
        values = self.values()
        values["amount"] = values["amount"] or 0
        values = {k: ("" if v is None and k not in ("received_on",) else v) for k, v in values.items()}
        grant = self.grant.model_copy(update=values)
        return service.save_grant(self.ctx, grant, post_to_cash=self.to_cash.isChecked(), confirmed=confirmed,
                                  today=self.today)


class GrantsTab(QWidget):
    changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KubeGrants")
        self.ctx = ctx
        self.today: date | None = None
        self.group_id = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.total = label("", "subheading")
        self.total.setObjectName("GrantTotal")
        top.addWidget(self.total, 1)
        add = primary_button(self.tr("Record a grant (Ctrl+N)"))
        add.setObjectName("AddGrant")
        add.setDefault(False)
        add.clicked.connect(self.new_record)
        top.addWidget(add)
        layout.addLayout(top)
        self.model = RowsModel([self.tr("Received"), self.tr("Source"), self.tr("Given by"), self.tr("Amount"),
                                self.tr("Aid in kind"), self.tr("Notes")])
        self.table = make_table(self.model, "GrantTable", [10, 10, 22, 14, None, 24])
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.installEventFilter(self)
        self.empty = label(self.tr("No grant recorded yet. Record the first one (Ctrl+N)."), "muted")
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Change… (Enter)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton(self.tr("Remove (entered by mistake)…"))
        self.remove_button.setObjectName("RemoveGrant")
        self.remove_button.clicked.connect(self.remove_current)
        bottom.addWidget(self.edit_button)
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)

    def load(self, group_id: str) -> None:
        self.group_id = group_id
        self.reload()

    def reload(self, select: str | None = None) -> None:
        grants = service.grants(self.ctx, self.group_id)
        self.model.set_rows([(g.id or "", [
            Cell(day(g.received_on)), Cell(ch.label(rules.GRANT_SOURCES, g.source)), Cell(g.source_detail),
            Cell(format_rupiah(g.amount) if g.amount else "—", True), Cell(g.in_kind), Cell(g.notes),
        ]) for g in grants])
        self.total.setText(self.tr("Money received: %1").replace("%1", format_rupiah(sum(g.amount for g in grants))))
        self.empty.setVisible(not grants)
        if grants:
            self.table.selectRow(self.model.ids.index(select) if select in self.model.ids else 0)
        self.edit_button.setEnabled(bool(grants))
        self.remove_button.setEnabled(bool(grants))

    def new_record(self) -> None:
        self._edit(GrantInput(group_id=self.group_id, received_on=self.today or date.today()))

    def edit_current(self) -> None:
        grant_id = current_id(self.table)
        found = [g for g in service.grants(self.ctx, self.group_id) if g.id == grant_id]
        if found:
            self._edit(found[0])

    def _edit(self, grant: GrantInput) -> None:
        def after(saved: str) -> None:
            self.reload(select=saved)
            self.changed.emit(self.tr("Grant saved."))

        run(GrantDialog(self.ctx, grant, self.today, self), after)

    def remove_current(self) -> None:
        grant_id = current_id(self.table)
        if not grant_id:
            return
        reason = dialogs.ask_removal(self, self.tr("This grant"))
        if reason is None:
            return
        try:
            service.delete_grant(self.ctx, grant_id, reason)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self.reload()
        self.changed.emit(self.tr("Grant removed. Money already written in the cash book stays there; "
                                  "correct it there if needed."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_current()
            return True
        return super().eventFilter(watched, event)

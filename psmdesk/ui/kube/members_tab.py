"""Anggota: the member book. Families with their representative, role and dates, and the
group's warnings (size, officers, a family in two KUBE, age) in amber above the list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from psmdesk.domain import choices as ch
from psmdesk.domain import kube as rules
from psmdesk.domain.kube import KubeMemberInput
from psmdesk.services import kube as service
from psmdesk.services.context import AppContext
from psmdesk.storage.errors import StorageError
from psmdesk.ui.errors import show_storage_error
from psmdesk.ui.kube import dialogs
from psmdesk.ui.kube.common import Cell, RowsModel, WarningPanel, current_id, day, make_table
from psmdesk.ui.kube.member_dialog import MemberDialog
from psmdesk.ui.style import label, primary_button
from psmdesk.ui.tableimport.entry import add_import_button


class MembersTab(QWidget):
    changed = Signal(str)  # a quiet confirmation; the group's figures changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KubeMembers")
        self.ctx = ctx
        self.today: date | None = None
        self.group_id = ""
        self.kelurahan_code = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.summary = label("", "subheading")
        self.summary.setObjectName("MemberSummary")
        top.addWidget(self.summary, 1)
        self.add_button = primary_button(self.tr("Add family (Ctrl+N)"))
        self.add_button.setObjectName("AddMember")
        self.add_button.setDefault(False)
        self.add_button.clicked.connect(self.new_record)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        self.warnings = WarningPanel("MemberWarnings")
        layout.addWidget(self.warnings)
        self.model = RowsModel([self.tr("Represented by"), self.tr("Age"), self.tr("Role"), self.tr("Address"),
                                self.tr("Joined"), self.tr("Left"), self.tr("Attention")])
        self.table = make_table(self.model, "MemberTable", [22, 4, 10, None, 10, 10, 26])
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Change role or dates… (Enter)"))
        self.edit_button.setObjectName("EditMember")
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton(self.tr("Remove (entered by mistake)…"))
        self.remove_button.setObjectName("RemoveMember")
        self.remove_button.clicked.connect(self.remove_current)
        bottom.addWidget(self.edit_button)
        bottom.addStretch(1)
        bottom.addWidget(label(self.tr("A family that leaves gets a leaving date; it stays in the member book."),
                               "muted", wrap=True), 1)
        bottom.addSpacing(12)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)
        self.import_button = add_import_button(self.add_button, ctx, on_imported=self.reload, target="kube-members")

    def load(self, group_id: str, kelurahan_code: str) -> None:
        self.group_id, self.kelurahan_code = group_id, kelurahan_code
        self.reload()

    def reload(self, select: str | None = None) -> None:
        views = service.members(self.ctx, self.group_id, today=self.today)
        rows = []
        for v in views:
            tone = "" if v.active else "muted"
            notes = []  # short here; the panel above has the full sentences
            for issue in v.issues:
                if issue.code == "two_groups":
                    notes.append(self.tr("also in %1").replace("%1", ", ".join(v.other_groups)))
                elif issue.code == "age":
                    notes.append(self.tr("age outside %1-%2").replace("%1", str(rules.MIN_AGE))
                                 .replace("%2", str(rules.MAX_AGE)))
            note = "; ".join(notes)
            rows.append((v.id, [Cell(v.name, tone=tone), Cell("" if v.age is None else str(v.age), True, tone),
                                Cell(ch.label(rules.ROLES, v.role), tone=tone), Cell(v.address, tone=tone),
                                Cell(day(v.joined_on), tone=tone), Cell(day(v.left_on) if v.left_on else "", tone=tone),
                                Cell(("\u26a0 " + note) if note else "", tone="warning",
                                     tooltip="\n".join(i.message for i in v.issues))]))
        self.model.set_rows(rows)
        active = sum(v.active for v in views)
        text = self.tr("%1 active families").replace("%1", str(active))
        if len(views) > active:
            text += self.tr(" (%1 left)").replace("%1", str(len(views) - active))
        self.summary.setText(text)
        self.warnings.set_issues(service.roster_warnings(self.ctx, self.group_id, today=self.today))
        if rows:
            self.table.selectRow(self.model.ids.index(select) if select in self.model.ids else 0)
        self.edit_button.setEnabled(bool(rows))
        self.remove_button.setEnabled(bool(rows))

    def new_record(self) -> None:
        self._open_dialog(None)

    def edit_current(self) -> None:
        member_id = current_id(self.table)
        if member_id:
            self._open_dialog(service.get_member(self.ctx, member_id))

    def _open_dialog(self, existing: KubeMemberInput | None) -> None:
        dialog = MemberDialog(self.ctx, self.group_id, self.kelurahan_code, existing, self.today, self)
        if dialog.exec() and dialog.saved_id:
            self.reload(select=dialog.saved_id)
            name = self.model.rows[self.model.ids.index(dialog.saved_id)][0].text
            text = self.tr("%1 changed.") if existing else self.tr("Family of %1 added.")
            self.changed.emit(text.replace("%1", name))
        dialog.deleteLater()

    def remove_current(self) -> None:
        member_id = current_id(self.table)
        if not member_id:
            return
        name = self.model.rows[self.model.ids.index(member_id)][0].text
        reason = dialogs.ask_removal(self, self.tr("The family of %1").replace("%1", name))
        if reason is None:
            return
        try:
            service.remove_member(self.ctx, member_id, reason)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self.reload()
        self.changed.emit(self.tr("Family of %1 removed from the group.").replace("%1", name))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_current()
            return True
        return super().eventFilter(watched, event)

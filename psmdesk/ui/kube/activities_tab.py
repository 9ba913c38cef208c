"""Kegiatan: training, meetings, marketing and the PSM's visits, with who took part, the result,
the obstacles (kendala) and the follow-up. Newest first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain import choices as ch
from psmdesk.domain import kube as rules
from psmdesk.domain.kube import ActivityInput
from psmdesk.services import kube as service
from psmdesk.services.context import AppContext
from psmdesk.storage.errors import StorageError
from psmdesk.ui.errors import show_storage_error
from psmdesk.ui.households.fields import ChoiceCombo, DateField, TextField
from psmdesk.ui.i18n import translate
from psmdesk.ui.kube import dialogs
from psmdesk.ui.kube.common import Cell, RowsModel, current_id, day, make_table
from psmdesk.ui.kube.form_dialog import FormDialog, NoteField, run
from psmdesk.ui.style import label, primary_button

ROW_HEIGHT = 28


class Participants(QWidget):
    """The active members as a check list; everybody is ticked for a new activity."""

    edited = Signal()

    def __init__(self, people: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("ParticipantList")
        self.list.setFixedHeight(ROW_HEIGHT * 6 + 4)
        for member_id, name in people:
            item = QListWidgetItem(name)
            item.setSizeHint(QSize(0, ROW_HEIGHT))  # a click target, not a line of small print
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self.edited.emit())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        for text, state in ((translate("KubeActivity", "Tick all"), Qt.CheckState.Checked),
                            (translate("KubeActivity", "Untick all"), Qt.CheckState.Unchecked)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=state: self._set_all(s))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def _set_all(self, state: Qt.CheckState) -> None:
        for index in range(self.list.count()):
            self.list.item(index).setCheckState(state)

    def value(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_value(self, ids: list[str]) -> None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def problem(self) -> str | None:
        return None


class ActivityDialog(FormDialog):
    def __init__(self, ctx: AppContext, activity: ActivityInput, people: list[tuple[str, str]], today: date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__("KubeActivityDialog", translate("ActivityDialog", "Activity"), [
            ("held_on", translate("ActivityDialog", "Date"), DateField(), True, 0, 0, 1),
            ("kind", translate("ActivityDialog", "Type of activity"), ChoiceCombo(rules.ACTIVITY_TYPES), True, 0, 1, 1),
            ("topic", translate("ActivityDialog", "Topic"), TextField(max_length=200), False, 1, 0, 3),
            ("participants", translate("ActivityDialog", "Members who took part"), Participants(people), False,
             2, 0, 1),
            ("result", translate("ActivityDialog", "Result"), NoteField(lines=5), False, 2, 1, 2),
            ("obstacles", translate("ActivityDialog", "Obstacles (kendala)"), NoteField(lines=2), False, 3, 0, 3),
            ("follow_up", translate("ActivityDialog", "Follow-up"), NoteField(lines=2), False, 4, 0, 3),
        ], parent)
        self.ctx, self.activity, self.today = ctx, activity, today
        for name, editor in self.editors.items():
            editor.set_value(getattr(activity, name))

    def submit(self, confirmed: bool) -> str:
        values = {k: ("" if v is None and k != "held_on" else v) for k, v in self.values().items()}
        return service.save_activity(self.ctx, self.activity.model_copy(update=values), confirmed=confirmed,
                                     today=self.today)


class ActivitiesTab(QWidget):
    changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KubeActivities")
        self.ctx = ctx
        self.today: date | None = None
        self.group_id = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.summary = label("", "subheading")
        self.summary.setObjectName("ActivitySummary")
        top.addWidget(self.summary, 1)
        add = primary_button(self.tr("Record an activity (Ctrl+N)"))
        add.setObjectName("AddActivity")
        add.setDefault(False)
        add.clicked.connect(self.new_record)
        top.addWidget(add)
        layout.addLayout(top)
        self.model = RowsModel([self.tr("Date"), self.tr("Type"), self.tr("Topic"), self.tr("Took part"),
                                self.tr("Result"), self.tr("Obstacles"), self.tr("Follow-up")])
        self.table = make_table(self.model, "ActivityTable", [10, 18, 20, 7, None, 18, 18])
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.installEventFilter(self)
        self.empty = label(self.tr("No activity recorded yet. Record the first one (Ctrl+N)."), "muted")
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Open… (Enter)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton(self.tr("Remove (entered by mistake)…"))
        self.remove_button.setObjectName("RemoveActivity")
        self.remove_button.clicked.connect(self.remove_current)
        bottom.addWidget(self.edit_button)
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)

    def load(self, group_id: str) -> None:
        self.group_id = group_id
        self.reload()

    def _people(self) -> list[tuple[str, str]]:
        return [(m.id, m.name) for m in service.members(self.ctx, self.group_id, today=self.today) if m.active]

    def reload(self, select: str | None = None) -> None:
        items = service.activities(self.ctx, self.group_id)
        active = len(self._people())
        self.model.set_rows([(a.id or "", [
            Cell(day(a.held_on)), Cell(ch.label(rules.ACTIVITY_TYPES, a.kind)), Cell(a.topic),
            Cell(f"{len(a.participants)}/{active}", True), Cell(a.result), Cell(a.obstacles), Cell(a.follow_up),
        ]) for a in items])
        latest = items[0].held_on if items else None
        self.summary.setText(self.tr("%1 activities, the last on %2").replace("%1", str(len(items)))
                             .replace("%2", day(latest)) if items else "")
        self.empty.setVisible(not items)
        if items:
            self.table.selectRow(self.model.ids.index(select) if select in self.model.ids else 0)
        self.edit_button.setEnabled(bool(items))
        self.remove_button.setEnabled(bool(items))

    def new_record(self) -> None:
        people = self._people()
        self._edit(ActivityInput(group_id=self.group_id, held_on=self.today or date.today(),
                                 participants=[pid for pid, _ in people]), people)

    def edit_current(self) -> None:
        activity_id = current_id(self.table)
        found = [a for a in service.activities(self.ctx, self.group_id) if a.id == activity_id]
        if not found:
            return
        names = {m.id: m.name for m in service.members(self.ctx, self.group_id, today=self.today)}
        people = self._people()
        # Someone who has left since still shows as having taken part.
        people += [(pid, names.get(pid, "?")) for pid in found[0].participants if pid not in dict(people)]
        self._edit(found[0], people)

    def _edit(self, activity: ActivityInput, people: list[tuple[str, str]]) -> None:
        def after(saved: str) -> None:
            self.reload(select=saved)
            self.changed.emit(self.tr("Activity saved."))

        run(ActivityDialog(self.ctx, activity, people, self.today, self), after)

    def remove_current(self) -> None:
        activity_id = current_id(self.table)
        if not activity_id:
            return
        reason = dialogs.ask_removal(self, self.tr("This activity"))
        if reason is None:
            return
        try:
            service.delete_activity(self.ctx, activity_id, reason)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self.reload()
        self.changed.emit(self.tr("Activity removed."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_current()
            return True
        return super().eventFilter(watched, event)


"""Riwayat: the dated visits and the audit log of a household (who changed what, and when).
NIKs are masked here: the log is shown on screens other people may look at."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from psmdesk.domain.dates import format_date
from psmdesk.storage.records import AuditEntry
from psmdesk.ui.households.labels import action_title, display_value, field_title, format_timestamp, table_title
from psmdesk.ui.style import bold, label

MAX_ROWS = 500
# Bookkeeping columns the volunteer never typed.
_HIDDEN_FIELDS = {"household_id", "name_key", "position"}


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.visits_title = label(self.tr("Visits"))
        self.visits = label("", wrap=True)
        self.visits.setObjectName("Visits")
        self.log_title = label(self.tr("Changes"))
        for title in (self.visits_title, self.log_title):
            title.setFont(bold(title.font()))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("AuditLog")
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("Record"), self.tr("Field"),
            self.tr("Before"), self.tr("After"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        fixed = QHeaderView.ResizeMode.ResizeToContents
        for column, mode in enumerate((fixed, fixed, QHeaderView.ResizeMode.Interactive,
                                       QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.table.setColumnWidth(2, 230)
        self.table.setColumnWidth(3, 170)
        self.table.setMinimumHeight(220)
        self.empty = label("", "muted", wrap=True)
        for widget in (self.visits_title, self.visits, self.log_title, self.table, self.empty):
            layout.addWidget(widget)
        self.show_new()

    def show_new(self) -> None:
        self.empty.setText(self.tr("The history appears here once the household has been saved."))
        self.empty.show()
        for widget in (self.visits_title, self.visits, self.log_title, self.table):
            widget.hide()
        self.table.setRowCount(0)

    def show_history(self, visits: list[tuple[str, str]], entries: list[AuditEntry],
                     member_names: dict[str, str], references: dict[str, dict[str, str]]) -> None:
        self.empty.hide()
        for widget in (self.visits_title, self.visits, self.log_title, self.table):
            widget.show()
        self.visits.setText("\n".join(self._visit_line(day, who) for day, who in visits)
                            or self.tr("No visit recorded yet."))
        names = {e.record_id: e.new_value for e in entries
                 if e.table == "members" and e.field == "name" and e.new_value}
        names.update(member_names)  # removed members keep the last name the log saw
        shown = [e for e in reversed(entries) if e.field not in _HIDDEN_FIELDS][:MAX_ROWS]
        self.table.setRowCount(len(shown))
        for row, entry in enumerate(shown):
            cells = (
                format_timestamp(entry.at), entry.actor, self._record(entry, names),
                self._field(entry), self._value(entry, entry.old_value, names, references),
                self._value(entry, entry.new_value, names, references),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)

    def _value(self, entry: AuditEntry, raw: str | None, names: dict[str, str],
               references: dict[str, dict[str, str]]) -> str:
        if entry.field == "member_id":  # a PPKS case points at a member: show who
            if raw:
                return names.get(raw) or self.tr("(removed)")
            return self.tr("Whole household") if entry.action == "update" else "—"
        return display_value(entry.field, raw, references)

    def _visit_line(self, day: str, volunteer: str) -> str:
        try:
            shown = format_date(date.fromisoformat(day))
        except ValueError:
            shown = day
        return f"{shown}  ·  {volunteer}" if volunteer else shown

    def _record(self, entry: AuditEntry, member_names: dict[str, str]) -> str:
        title = table_title(entry.table)
        if entry.table == "members":
            name = member_names.get(entry.record_id) or self.tr("(removed)")
            return f"{title}: {name}"
        return title

    def _field(self, entry: AuditEntry) -> str:
        if entry.action in ("delete", "restore"):
            return action_title(entry.action)
        if entry.field is None:
            return action_title(entry.action)
        return field_title(entry.field)

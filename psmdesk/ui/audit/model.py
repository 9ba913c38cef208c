"""The audit log as a lazy table: the newest 200 entries first, more as the list is scrolled
(keyset pages, so a log of a million entries opens as fast as a short one)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from psmdesk.services import audit
from psmdesk.services.audit import AuditFilter, AuditLine
from psmdesk.services.context import AppContext
from psmdesk.services.setup import reference_list
from psmdesk.ui.households.labels import display_value, field_title, format_timestamp
from psmdesk.ui.i18n import translate

PAGE = 200
_C = "AuditLabels"

TABLES: dict[str, str] = {
    "households": QT_TRANSLATE_NOOP("AuditLabels", "Household"),
    "members": QT_TRANSLATE_NOOP("AuditLabels", "Household member"),
    "ppks_cases": QT_TRANSLATE_NOOP("AuditLabels", "PPKS"),
    "visits": QT_TRANSLATE_NOOP("AuditLabels", "Visit"),
    "reference_items": QT_TRANSLATE_NOOP("AuditLabels", "Reference list"),
    "pokmas": QT_TRANSLATE_NOOP("AuditLabels", "Pokmas"),
    "meal_beneficiaries": QT_TRANSLATE_NOOP("AuditLabels", "Meal beneficiary"),
    "meal_days": QT_TRANSLATE_NOOP("AuditLabels", "Meal day"),
    "meal_deliveries": QT_TRANSLATE_NOOP("AuditLabels", "Meal delivery"),
    "kube_groups": QT_TRANSLATE_NOOP("AuditLabels", "KUBE group"),
    "kube_members": QT_TRANSLATE_NOOP("AuditLabels", "KUBE member"),
    "kube_grants": QT_TRANSLATE_NOOP("AuditLabels", "KUBE grant"),
    "kube_activities": QT_TRANSLATE_NOOP("AuditLabels", "KUBE activity"),
    "kube_cash": QT_TRANSLATE_NOOP("AuditLabels", "KUBE cash book"),
    "psm_volunteers": QT_TRANSLATE_NOOP("AuditLabels", "PSM registry"),
    "psm_trainings": QT_TRANSLATE_NOOP("AuditLabels", "PSM training"),
    "case_files": QT_TRANSLATE_NOOP("AuditLabels", "Case"),
    "case_sessions": QT_TRANSLATE_NOOP("AuditLabels", "Casework session"),
    "case_notes_shared": QT_TRANSLATE_NOOP("AuditLabels", "Case note"),
}
ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "added"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "deleted"),
    "restore": QT_TRANSLATE_NOOP("AuditLabels", "restored"),
    "sync": QT_TRANSLATE_NOOP("AuditLabels", "received by sync"),
    "erase": QT_TRANSLATE_NOOP("AuditLabels", "erased on request"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("AuditLabels", "When"),
    QT_TRANSLATE_NOOP("AuditLabels", "Who"),
    QT_TRANSLATE_NOOP("AuditLabels", "Data"),
    QT_TRANSLATE_NOOP("AuditLabels", "Action"),
    QT_TRANSLATE_NOOP("AuditLabels", "Field"),
    QT_TRANSLATE_NOOP("AuditLabels", "Before"),
    QT_TRANSLATE_NOOP("AuditLabels", "After"),
)
BEFORE, AFTER = 5, 6
FIELDS: dict[str, str] = {
    "household_id": QT_TRANSLATE_NOOP("AuditLabels", "Household (id)"),
    "name_key": QT_TRANSLATE_NOOP("AuditLabels", "Name (for search)"),
    "pokmas_id": QT_TRANSLATE_NOOP("AuditLabels", "Pokmas (id)"),
    "group_id": QT_TRANSLATE_NOOP("AuditLabels", "KUBE group (id)"),
    "case_id": QT_TRANSLATE_NOOP("AuditLabels", "Case (id)"),
    "label": QT_TRANSLATE_NOOP("AuditLabels", "Label"),
    "list": QT_TRANSLATE_NOOP("AuditLabels", "List"),
    "code": QT_TRANSLATE_NOOP("AuditLabels", "Code"),
    "active": QT_TRANSLATE_NOOP("AuditLabels", "Active"),
}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def table_label(table: str) -> str:
    return translate(_C, TABLES[table]) if table in TABLES else table


def action_label(action: str) -> str:
    return translate(_C, ACTIONS[action]) if action in ACTIONS else action


def field_label(field: str) -> str:
    if not field:
        return ""
    return translate(_C, FIELDS[field]) if field in FIELDS else field_title(field)


def hidden_text() -> str:
    return translate("AuditLabels", "(hidden)")


class AuditModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = AuditFilter()
        self.references = {name: dict(reference_list(ctx, name, active_only=False)) for name in ("ppks", "programme")}
        self.lines: list[AuditLine] = []
        self._more = False

    # --- loading --------------------------------------------------------------------------
    def set_filter(self, f: AuditFilter) -> None:
        self.beginResetModel()
        self.filter = f
        self.lines = audit.lines(self.ctx, f, limit=PAGE)
        self._more = len(self.lines) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or not self.lines:
            return
        more = audit.lines(self.ctx, self.filter, after=self.lines[-1].id, limit=PAGE)
        self._more = len(more) == PAGE
        if more:
            start = len(self.lines)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self.lines.extend(more)
            self.endInsertRows()

    # --- the table ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(_C, HEADERS[section])
        return None

    def cell(self, line: AuditLine, column: int) -> str:
        if column == 0:
            return format_timestamp(line.at)
        if column == 1:
            return line.actor
        if column == 2:
            return table_label(line.table)
        if column == 3:
            return action_label(line.action)
        if column == 4:
            return field_label(line.field)
        value = line.old if column == BEFORE else line.new
        if value == audit.HIDDEN:
            return hidden_text()
        if not value or line.field in audit.MASKED_FIELDS:
            return value
        if line.table in ("households", "members", "ppks_cases", "visits") and line.field:
            shown = display_value(line.field, value, self.references)
            return "" if shown == "—" else shown
        if _ISO_DATE.fullmatch(value):
            return f"{value[8:10]}/{value[5:7]}/{value[:4]}"
        return value

    def tooltip(self, line: AuditLine, column: int) -> str | None:
        if column == 1:
            return translate("AuditLabels", "Device …%1").replace("%1", line.device)
        if column == 2:
            return translate("AuditLabels", "Record …%1").replace("%1", line.record)
        if column in (BEFORE, AFTER):
            return self.cell(line, column) or None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(line, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(line, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and line.action == "erase":
            from PySide6.QtGui import QColor

            return QColor("#a4262c")
        return None

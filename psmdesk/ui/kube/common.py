"""Pieces every KUBE tab uses: a money field, a small table model, the amber warning panel, and
the save flow (inline red errors, amber warnings confirmed in a dialog, a quiet confirmation).

The field widgets come from the household form so both modules type dates and choices alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QVBoxLayout, QWidget

from psmdesk.domain.dates import format_date, format_rupiah, parse_rupiah
from psmdesk.domain.issues import Issue, Severity, ValidationFailed
from psmdesk.services.kube import KubeNeedsConfirmation
from psmdesk.storage.errors import StorageError
from psmdesk.ui.errors import show_storage_error
from psmdesk.ui.households.fields import FieldBox, SectionMessage, TextField
from psmdesk.ui.i18n import translate
from psmdesk.ui.kube import dialogs
from psmdesk.ui.style import ERROR, MUTED, WARNING, label
from psmdesk.ui.widgets.list_export import offer_export

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def day(value: date | None) -> str:
    return format_date(value) if value else "—"


class MoneyField(TextField):
    """Whole rupiah typed any common way ("150000", "150.000", "Rp 1,5 juta"); shown back as
    "Rp150.000" on leaving the field so the volunteer sees the number she meant."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_length=30)
        self.setPlaceholderText(translate("KubeFields", "e.g. 150.000"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._tidy)

    def value(self) -> int | None:  # type: ignore[override]
        return parse_rupiah(self.text())

    def set_value(self, value: int | None) -> None:  # type: ignore[override]
        self.setText(format_rupiah(value) if value else "")

    def problem(self) -> str | None:
        if self.text().strip() and self.value() is None:
            return translate("KubeFields", "Write the amount in whole rupiah, for example 150.000.")
        return None

    def _tidy(self) -> None:
        amount = self.value()
        if amount is not None and amount > 0:
            self.setText(format_rupiah(amount))


@dataclass
class Cell:
    text: str
    align_right: bool = False
    tone: str = ""  # "", "warning", "error" or "muted"
    struck: bool = False
    tooltip: str = ""


class RowsModel(QAbstractTableModel):
    """A read-only table of small lists (members, grants, activities, the cash book): the rows
    are made up front, each with the id of its record."""

    def __init__(self, titles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles = list(titles)
        self.ids: list[str] = []
        self.rows: list[list[Cell]] = []

    def set_rows(self, rows: list[tuple[str, list[Cell]]]) -> None:
        self.beginResetModel()
        self.ids = [rid for rid, _ in rows]
        self.rows = [cells for _, cells in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or cell.text or None
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.align_right:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and cell.tone:
            return QColor({"warning": WARNING, "error": ERROR, "muted": MUTED}[cell.tone])
        if role == Qt.ItemDataRole.FontRole and cell.struck:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def id_at(self, row: int) -> str | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None


EXPORT_TITLES = {"KubeTable": "Daftar KUBE", "CashTable": "Buku Kas KUBE", "MonthTable": "Ringkasan Kas Bulanan",
                 "MemberTable": "Anggota KUBE", "GrantTable": "Bantuan KUBE", "ActivityTable": "Kegiatan KUBE",
                 "StageTable": "Tahap Pemberdayaan KUBE"}


def make_table(model: RowsModel, name: str, widths: Sequence[int | None]) -> QTableView:
    """A list table: whole rows selected, no editing, no horizontal scrolling; `None` widths
    stretch. Widths are in characters of the current font, so a larger font widens them."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    offer_export(table, EXPORT_TITLES.get(name, "Daftar KUBE"))
    header = table.horizontalHeader()
    digit = table.fontMetrics().horizontalAdvance("0")
    for column, width in enumerate(widths):
        if width is None:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            needed = max(width * digit + 16, header.fontMetrics().horizontalAdvance(title) + 24)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, needed)
    return table


def current_id(table: QTableView) -> str | None:
    index = table.currentIndex()
    return table.model().data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None


class WarningPanel(QFrame):
    """The group's standing warnings, in amber, one line each (empty: hidden)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "card")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self._layout.setSpacing(2)
        self.messages: list[str] = []
        self.hide()

    def set_issues(self, issues: Sequence[Issue]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.messages = [i.message for i in issues]
        for message in self.messages:
            self._layout.addWidget(label("\u26a0  " + message, "warning", wrap=True))
        self.setVisible(bool(self.messages))


def show_field_issues(boxes: dict[str, FieldBox], general: SectionMessage, issues: Sequence[Issue]) -> QWidget | None:
    """Marks each field with its issue (errors before warnings); the rest go to `general`.
    Returns the first field with an error, to put the cursor there."""
    chosen: dict[str, Issue] = {}
    for issue in issues:
        current = chosen.get(issue.field)
        if current is None or (not current.is_error and issue.is_error):
            chosen[issue.field] = issue
    first: QWidget | None = None
    for name, box in boxes.items():
        issue = chosen.pop(name, None)
        box.show_issue(issue)
        if first is None and issue is not None and issue.is_error:
            first = box.focus_widget()
    rest = sorted(chosen.values(), key=lambda i: i.severity != Severity.ERROR)
    general.show_issue(rest[0] if rest else None)
    return first


def unreadable(boxes: dict[str, FieldBox]) -> list[Issue]:
    """Text that could not be read at all (a half-typed date, "abc" as an amount)."""
    return [Issue(name, "unreadable", problem) for name, box in boxes.items()
            if (problem := box.editor.problem())]  # type: ignore[attr-defined]


def attempt(parent: QWidget, save: Callable[[bool], T], on_issues: Callable[[list[Issue]], None]) -> T | None:
    """Runs `save(confirmed)`: errors go to the form, warnings are confirmed in a dialog first,
    a storage problem is shown in its own words. None when nothing was saved."""
    try:
        return save(False)
    except ValidationFailed as exc:
        on_issues(exc.issues)
    except KubeNeedsConfirmation as exc:
        on_issues(exc.issues)
        if dialogs.confirm_warnings(parent, exc.issues):
            try:
                return save(True)
            except ValidationFailed as again:
                on_issues(again.issues)
            except StorageError as problem:
                show_storage_error(parent, problem)
    except StorageError as exc:
        show_storage_error(parent, exc)
    return None

"""The household list as a lazy table model: the matching ids are a windowed sequence (one count,
then ids read in indexed blocks where the view looks, `storage.household_queries.HouseholdIds`),
and rows are fetched in chunks only when the view paints them, so the first screen of 150,000
households costs what the first screen of 200 does."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from psmdesk.domain.dates import format_date
from psmdesk.domain.nik import mask_nik
from psmdesk.storage.household_queries import HouseholdFilter, HouseholdRow

CHUNK = 200
MAX_CHUNKS = 50  # 10,000 rows kept; older chunks are fetched again when scrolled back to

Index = QModelIndex | QPersistentModelIndex
FetchIds = Callable[[HouseholdFilter, str], Sequence[str]]
FetchRows = Callable[[list[str]], list[HouseholdRow]]

# Column: (title, sort key understood by storage or None when the column cannot sort).
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("Family card no.", "kk"),
    ("Head of household", "head"),
    ("NIK", None),
    ("Address", "address"),
    ("Village", "address"),
    ("Members", None),
    ("PPKS", None),
    ("Last visit", None),
)
COUNT_COLUMNS = {5, 6}
ADDRESS_COLUMN = 3
STREET_ROLE = Qt.ItemDataRole.UserRole + 1
AREA_ROLE = Qt.ItemDataRole.UserRole + 2


def area_text(row: HouseholdRow) -> str:
    return f"RT {row.rt}/RW {row.rw}"


def address_text(row: HouseholdRow) -> str:
    street = row.street.strip()
    return f"{street} {area_text(row)}" if street else area_text(row)


def visit_text(value: str | None) -> str:
    if not value:
        return ""
    try:
        return format_date(date.fromisoformat(value))
    except ValueError:
        return value


class HouseholdTableModel(QAbstractTableModel):
    def __init__(self, fetch_ids: FetchIds, fetch_rows: FetchRows, village_name: Callable[[str], str]) -> None:
        super().__init__()
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._village_name = village_name
        self._titles = [title for title, _ in COLUMNS]
        self._filter = HouseholdFilter()
        self._sort_key = "address"
        self._descending = False
        self._ids: Sequence[str] = []
        self._chunks: OrderedDict[int, list[HouseholdRow]] = OrderedDict()
        self.chunk_fetches = 0  # for tests and benchmarks

    def set_titles(self, titles: list[str]) -> None:
        self._titles = titles
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(titles) - 1)

    # --- what is listed -------------------------------------------------------------------
    @property
    def filter(self) -> HouseholdFilter:
        return self._filter

    def set_filter(self, f: HouseholdFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        ids = self._fetch_ids(self._filter, self._sort_key)
        self._ids = ids[::-1] if self._descending else ids
        self._chunks.clear()
        self.endResetModel()

    def sort_key_of(self, column: int) -> str | None:
        return COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.sort_key_of(column)
        if key is None:
            return
        self._sort_key = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def id_at(self, row: int) -> str | None:
        try:
            return self._ids[row] if 0 <= row < len(self._ids) else None
        except IndexError:  # the table shrank since the count; the next reload corrects it
            return None

    def row_of(self, household_id: str) -> int:
        try:
            return self._ids.index(household_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> HouseholdRow | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // CHUNK
        chunk = self._chunks.get(number)
        if chunk is None:
            ids = list(self._ids[number * CHUNK:(number + 1) * CHUNK])
            fetched = {r.id: r for r in self._fetch_rows(ids)}
            chunk = [fetched.get(i) for i in ids]  # type: ignore[misc]
            self._chunks[number] = chunk
            self.chunk_fetches += 1
            while len(self._chunks) > MAX_CHUNKS:
                self._chunks.popitem(last=False)
        else:
            self._chunks.move_to_end(number)
        offset = row - number * CHUNK
        return chunk[offset] if offset < len(chunk) else None  # rows gone since the count

    # --- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.id_at(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in COUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, STREET_ROLE, AREA_ROLE):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == STREET_ROLE:
            return row.street.strip()
        if role == AREA_ROLE:
            return area_text(row)
        text = self._cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.deleted_reason or text or None
        return text

    def _cell(self, row: HouseholdRow, column: int) -> str:
        match column:
            case 0:
                # Masked like the head's NIK and like every printout; the full number is in the
                # family's own form, and the search box still finds a family by its full No. KK.
                return mask_nik(row.no_kk)
            case 1:
                return row.head_name
            case 2:
                return mask_nik(row.head_nik)
            case 3:
                return address_text(row)
            case 4:
                return self._village_name(row.kelurahan_code)
            case 5:
                return str(row.member_count)
            case 6:
                return str(row.ppks_count) if row.ppks_count else ""
            case 7:
                return visit_text(row.visit_date)
        return ""

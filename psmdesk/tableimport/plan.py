"""What an import will do, row by row (the preview), and what it did (the result)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from psmdesk.domain.tabular import CellValue
from psmdesk.tableimport.headers import HeaderLayout
from psmdesk.tableimport.reader import Row, SourceTable

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
#: Receives a target's write instructions as the preview settles them (the import streams them
#: to the database instead of holding the whole file's records in memory).
SinkFn = Callable[[Any], None]


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    MATCH = "match"
    REJECT = "reject"
    SKIP = "skip"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Action.CREATE: "baru",
    Action.UPDATE: "diperbarui",
    Action.MATCH: "sudah ada (cocok)",
    Action.REJECT: "ditolak",
    Action.SKIP: "dilewati",
}


class Cancelled(Exception):  # noqa: N818 - a stop the user asked for, not an error
    """The user stopped the import; nothing was written."""


@dataclass
class PreviewRow:
    row: int  # as Excel numbers it
    action: Action
    name: str = ""
    nik: str | None = None  # shown masked only
    reasons: list[str] = field(default_factory=list)  # why rejected or skipped
    notes: list[str] = field(default_factory=list)  # how it matched, what changes, warnings
    group: str = ""  # the household (or group) the row belongs to


@dataclass
class MappedSource:
    """A read file with its header found and its columns assigned to fields."""

    table: SourceTable
    layout: HeaderLayout
    mapping: dict[str, int]  # field key -> column index

    def data_rows(self) -> Iterator[tuple[int, Row]]:
        """(Excel row number, cells) of every non-empty row below the header."""
        for index in range(self.layout.data_start, len(self.table.rows)):
            row = self.table.rows[index]
            if any(v is not None and (not isinstance(v, str) or v.strip()) for v in row):
                yield index + 1, row

    def value(self, row: Row, key: str) -> CellValue:
        index = self.mapping.get(key)
        if index is None or index >= len(row):
            return None
        return row[index]

    def has(self, key: str) -> bool:
        return key in self.mapping


@dataclass(frozen=True)
class ImportOptions:
    today: date
    default_kelurahan: str | None = None  # for rows without a kelurahan
    area: str | None = None  # a volunteer imports for her own kelurahan only
    source_name: str = ""


@dataclass
class ImportPlan:
    target: str
    rows: list[PreviewRow]
    work: list[Any] = field(default_factory=list)  # target-specific write instructions
    groups: Counter[Action] = field(default_factory=Counter)  # households (or groups) per action

    def counts(self) -> Counter[Action]:
        return Counter(r.action for r in self.rows)

    @property
    def rejected(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.action is Action.REJECT]


@dataclass
class ImportResult:
    plan: ImportPlan
    cancelled: bool = False
    seconds: float = 0.0
    records: int = 0  # records written (households, members, ...)


def summary_line(plan: ImportPlan) -> str:
    """"12 baru, 3 diperbarui, 40 sudah ada (cocok), 2 ditolak, 1 dilewati" (rows)."""
    counts = plan.counts()
    parts = [f"{counts[a]} {a.label}" for a in Action if counts[a]]
    return ", ".join(parts) if parts else "tidak ada baris data"

"""Which tables travel, in which order, with which columns, and how an incoming cell is checked.

Columns are read from the database schema itself, so a migration that adds a column to a synced
table makes it travel without a second list to keep in step."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sqlite_utils import Database

from psmdesk.domain.names import name_key
from psmdesk.domain.nik import check_nik

# Parents before children, so foreign keys hold inside one transaction.
SYNC_ORDER = ("reference_items", "households", "members", "ppks_cases", "visits")
OFFICE_OWNED = frozenset({"reference_items"})
TRAVEL_META = ("id", "created_at", "updated_at", "hlc", "origin_device", "version", "field_clocks")
LOCAL_ONLY = {"deleted_at", "deleted_reason"}  # deletions travel as tombstones instead
DERIVED: dict[str, dict[str, Callable[[dict[str, object]], object]]] = {
    "members": {"name_key": lambda row: name_key(str(row.get("name") or ""))},
}
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "members": (("household_id", "households"),),
    "ppks_cases": (("household_id", "households"), ("member_id", "members")),
    "visits": (("household_id", "households"),),
}
TOMBSTONE_COLUMNS = ("table_name", "id", "hlc", "version", "clock", "base", "reason", "deleted_at")

# Matched whole (fullmatch) and in ASCII digits: `\d` would take full-width or Arabic-Indic digits,
# and `$` a trailing newline.
_HEX32 = re.compile(r"[0-9a-f]{32}")
_KEL = re.compile(r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}")
_ISO_TS = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INTEGER = re.compile(r"-?[0-9]{1,15}")
# As Python writes a float: an equator latitude is "5e-05", a computed one may have 16 decimals.
_REAL = re.compile(r"-?[0-9]{1,16}(\.[0-9]{1,17})?(e[-+][0-9]{2,3})?")
# A clock stamp as `Stamp.__str__` writes it: fixed width, so string order is clock order. A
# stamp in other digits would parse to a plausible time yet sort above every real one.
_STAMP = re.compile(r"[0-9]{13}-[0-9]{5}-[0-9a-f]{32}")


class RowProblem(Exception):
    """Indonesian reason naming the column (never the value)."""


@dataclass(frozen=True)
class TableSpec:
    name: str
    types: dict[str, str]
    notnull: frozenset[str]
    data_columns: tuple[str, ...]
    derived: dict[str, Callable[[dict[str, object]], object]] = field(default_factory=dict)

    @property
    def csv_columns(self) -> tuple[str, ...]:
        return TRAVEL_META + self.data_columns

    @property
    def file_name(self) -> str:
        return f"{self.name}.csv"


def table_specs(db: Database) -> dict[str, TableSpec]:
    specs: dict[str, TableSpec] = {}
    for name in SYNC_ORDER:
        info = db.execute(f"PRAGMA table_info({name})").fetchall()
        types = {r[1]: r[2].upper() for r in info}
        notnull = frozenset(r[1] for r in info if r[3])
        derived = DERIVED.get(name, {})
        data = tuple(c for c in types if c not in TRAVEL_META and c not in LOCAL_ONLY and c not in derived)
        specs[name] = TableSpec(name, types, notnull, data, derived)
    return specs


def is_stamp(value: object) -> bool:
    return isinstance(value, str) and bool(_STAMP.fullmatch(value))


def _check_date(value: str) -> None:
    if not _ISO_DATE.fullmatch(value):  # fromisoformat also takes "20261122" and "2026-W47-1"
        raise ValueError("date")
    date.fromisoformat(value)


@lru_cache(maxsize=200_000)
def _nik_ok(value: str) -> bool:
    # Structure only: the sender validated the person as a whole when it was saved.
    result = check_nik(value)
    return result.nik == value and not any(i.code in ("format", "excel_damaged") for i in result.issues)


COLUMN_RULES: dict[str, Callable[[str], bool]] = {
    "id": lambda v: bool(_HEX32.fullmatch(v)),
    "origin_device": lambda v: bool(_HEX32.fullmatch(v)),
    "household_id": lambda v: bool(_HEX32.fullmatch(v)),
    "member_id": lambda v: bool(_HEX32.fullmatch(v)),
    "kelurahan_code": lambda v: bool(_KEL.fullmatch(v)),
    "nik": _nik_ok,
    "no_kk": lambda v: len(v) == 16 and v.isascii() and v.isdigit(),
    "sex": lambda v: v in ("L", "P"),
    "created_at": lambda v: bool(_ISO_TS.fullmatch(v)),
    "updated_at": lambda v: bool(_ISO_TS.fullmatch(v)),
}
DATE_COLUMNS = {"birth_date", "visit_date", "status_date"}


def coerce_row(spec: TableSpec, header: list[str], cells: list[str | None]) -> dict[str, object]:
    """One CSV row as typed values for `spec`, or RowProblem."""
    row: dict[str, object] = {}
    for column, cell in zip(header, cells, strict=True):
        row[column] = _coerce(spec, column, cell)
    if not is_stamp(row["hlc"]):
        raise RowProblem("kolom hlc tidak sah")
    for column, make in spec.derived.items():
        row[column] = make(row)
    return row


def _coerce(spec: TableSpec, column: str, cell: str | None) -> object:
    if cell is None:
        if column in spec.notnull and column not in ("field_clocks",):
            if spec.types.get(column) == "TEXT" and column not in TRAVEL_META and column not in COLUMN_RULES:
                return ""
            raise RowProblem(f"kolom {column} wajib diisi")
        return None
    kind = spec.types.get(column, "TEXT")
    try:
        if kind == "INTEGER":
            if not _INTEGER.fullmatch(cell):
                raise ValueError(column)
            return int(cell)
        if kind == "REAL":
            if not _REAL.fullmatch(cell) or not math.isfinite(float(cell)):
                raise ValueError(column)
            return float(cell)
        rule = COLUMN_RULES.get(column)
        if rule is not None and not rule(cell):
            raise ValueError(column)
        if column in DATE_COLUMNS:
            _check_date(cell)
    except ValueError as exc:
        raise RowProblem(f"isi kolom {column} tidak sah") from exc
    return cell

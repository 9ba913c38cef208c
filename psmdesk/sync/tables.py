"""Which tables travel, in which order, with which columns, and how an incoming cell is checked.

Columns are read from the database schema itself, so a migration that adds a column to a synced
table makes it travel without a second list to keep in step."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sqlite_utils import Database

from psmdesk.domain.names import name_key

# Parents before children, so foreign keys hold inside one transaction.
SYNC_ORDER = ("reference_items", "households", "members", "ppks_cases", "visits",
              "pokmas", "meal_beneficiaries", "meal_days", "meal_deliveries",
              "kube_groups", "kube_members", "kube_grants", "kube_activities", "kube_cash",
              # case_notes_private is local on purpose: see storage/migrations/m0006_casework.py
              "psm_volunteers", "psm_trainings", "case_files", "case_sessions", "case_notes_shared",
              "empowerment_stages", "welfare_indicators")
OFFICE_OWNED = frozenset({"reference_items"})
TRAVEL_META = ("id", "created_at", "updated_at", "hlc", "origin_device", "version", "field_clocks")
LOCAL_ONLY = {"deleted_at", "deleted_reason"}  # deletions travel as tombstones instead
_name_key: Callable[[str], str] = lru_cache(maxsize=8_192)(name_key)  # common names repeat; bounded memory


@dataclass(frozen=True)
class Derived:
    """A column computed here from one travelling column (never sent: each side computes it)."""

    source: str
    make: Callable[[object], object]

    def __call__(self, row: Mapping[str, object]) -> object:
        return self.make(row.get(self.source))


DERIVED: dict[str, dict[str, Derived]] = {
    "members": {"name_key": Derived("name", lambda name: _name_key(str(name or "")))},
}
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "members": (("household_id", "households"),),
    "ppks_cases": (("household_id", "households"), ("member_id", "members")),
    "visits": (("household_id", "households"),),
    "meal_beneficiaries": (("pokmas_id", "pokmas"), ("member_id", "members"), ("household_id", "households")),
    "meal_days": (("pokmas_id", "pokmas"),),
    "meal_deliveries": (("pokmas_id", "pokmas"), ("beneficiary_id", "meal_beneficiaries"),
                        ("supersedes_id", "meal_deliveries")),
    "kube_members": (("group_id", "kube_groups"), ("household_id", "households"), ("member_id", "members")),
    "kube_grants": (("group_id", "kube_groups"),),
    "kube_activities": (("group_id", "kube_groups"),),
    "kube_cash": (("group_id", "kube_groups"), ("reverses_id", "kube_cash")),
    "psm_trainings": (("volunteer_id", "psm_volunteers"),),
    "case_files": (("member_id", "members"), ("household_id", "households")),
    "case_sessions": (("case_id", "case_files"),),
    "case_notes_shared": (("case_id", "case_files"),),
    "empowerment_stages": (("group_id", "kube_groups"),),
    "welfare_indicators": (("group_id", "kube_groups"),),  # NULL for an RW assessment
}
TOMBSTONE_COLUMNS = ("table_name", "id", "hlc", "version", "clock", "base", "reason", "deleted_at")

# Matched whole (fullmatch) and in ASCII digits: `\d` would take full-width or Arabic-Indic digits,
# and `$` a trailing newline.
_HEX32 = re.compile(r"[0-9a-f]{32}")
_NIK = re.compile(r"[0-9]{16}")
_KEL = re.compile(r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}")
_KEC = re.compile(r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}")
MEAL_OUTCOMES = frozenset({"diterima", "tidak_di_rumah", "dirawat_rs", "meninggal", "pindah", "batal"})
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
    derived: dict[str, Derived] = field(default_factory=dict)

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
        if not info:
            continue  # a module this database does not have (yet): nothing of it travels
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


def _nik_ok(value: str) -> bool:
    """Structure only (16 ASCII digits of a known province): the sender validated the person as a
    whole when it was saved, and a full re-check would cost more than the insert itself."""
    return bool(_NIK.fullmatch(value)) and value[:2] in _provinces()


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    from lokal import PROVINCES

    return frozenset(PROVINCES)



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
    "pokmas_id": lambda v: bool(_HEX32.fullmatch(v)),
    "beneficiary_id": lambda v: bool(_HEX32.fullmatch(v)),
    "supersedes_id": lambda v: bool(_HEX32.fullmatch(v)),
    "kecamatan_code": lambda v: bool(_KEC.fullmatch(v)),
    "start_date": lambda v: bool(_ISO_DATE.fullmatch(v)),  # NOT NULL dates: never ""
    "date": lambda v: bool(_ISO_DATE.fullmatch(v)),
    "outcome": lambda v: v in MEAL_OUTCOMES,  # meal_deliveries: the recap counts by it
    "group_id": lambda v: bool(_HEX32.fullmatch(v)),
    "reverses_id": lambda v: bool(_HEX32.fullmatch(v)),
    "direction": lambda v: v in ("in", "out"),  # kube_cash: the sign of an amount
    "entry_date": lambda v: bool(_ISO_DATE.fullmatch(v)),  # NOT NULL dates: never ""
    "held_on": lambda v: bool(_ISO_DATE.fullmatch(v)),
    "case_id": lambda v: bool(_HEX32.fullmatch(v)),
    "volunteer_id": lambda v: bool(_HEX32.fullmatch(v)),
    "started_on": lambda v: bool(_ISO_DATE.fullmatch(v)),  # NOT NULL dates: never ""
    "assessed_on": lambda v: bool(_ISO_DATE.fullmatch(v)),
    "phase": lambda v: v in ("awal", "evaluasi"),  # welfare_indicators: the side of the comparison
}
DATE_COLUMNS = {"birth_date", "visit_date", "status_date", "start_date", "end_date", "date",
                "founded_on", "joined_on", "left_on", "received_on", "held_on", "entry_date",
                "opened_on", "closed_on", "registered_on", "started_on", "ended_on", "assessed_on"}


Reader = Callable[[list[object]], list[object]]
_READERS: dict[tuple[object, ...], Reader] = {}


def row_reader(spec: TableSpec, header: tuple[str, ...]) -> Reader:
    """A reader for rows of one file: the per-column checks are chosen once, not per cell. It
    converts a row's cells in place (header order) and appends the derived columns (spec.derived
    order); free optional text is not visited at all."""
    key = (spec.name, header, tuple(sorted(spec.types.items())), spec.notnull)
    reader = _READERS.get(key)
    if reader is None:
        reader = _READERS[key] = _make_reader(spec, header)
    return reader


def _same(cell: str | None) -> object:
    return cell


def _make_reader(spec: TableSpec, header: tuple[str, ...]) -> Reader:
    checks = [(i, convert) for i, column in enumerate(header) if (convert := _converter(spec, column)) is not _same]
    hlc = header.index("hlc")
    derived = [(header.index(d.source), d.make) for d in spec.derived.values()]

    def read(cells: list[object]) -> list[object]:
        for i, convert in checks:
            cells[i] = convert(cells[i])  # type: ignore[arg-type]
        if not is_stamp(cells[hlc]):
            raise RowProblem("kolom hlc tidak sah")
        for i, make in derived:
            cells.append(make(cells[i]))
        return cells

    return read


def _converter(spec: TableSpec, column: str) -> Callable[[str | None], object]:
    kind = spec.types.get(column, "TEXT")
    rule = COLUMN_RULES.get(column)
    is_date = column in DATE_COLUMNS
    required = column in spec.notnull and column != "field_clocks"
    empty_text = required and kind == "TEXT" and column not in TRAVEL_META and rule is None
    if kind == "TEXT" and rule is None and not is_date:
        if not required:
            return _same
        if empty_text:
            return lambda cell: "" if cell is None else cell

    def convert(cell: str | None) -> object:
        if cell is None:
            if empty_text:
                return ""
            if required:
                raise RowProblem(f"kolom {column} wajib diisi")
            return None
        try:
            if kind == "INTEGER":
                if not _INTEGER.fullmatch(cell):
                    raise ValueError(column)
                return int(cell)
            if kind == "REAL":
                if not _REAL.fullmatch(cell) or not math.isfinite(float(cell)):
                    raise ValueError(column)
                return float(cell)
            if rule is not None and not rule(cell):
                raise ValueError(column)
            if is_date:
                _check_date(cell)
        except ValueError as exc:
            raise RowProblem(f"isi kolom {column} tidak sah") from exc
        return cell

    return convert

"""Spreadsheet import, the SQL side: remembered column mappings, the look-ups that match file rows
to records already here (many at once), and the bulk writes.

The writes go through RecordWriter like every other change (stamps, versions, audit log). New
households are written like `households.save_household` writes them, but the search index is
refreshed once for the whole file: refreshing it per household scans the index each time."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from psmdesk.domain.household import HouseholdInput, MemberInput
from psmdesk.storage.households import HOUSEHOLD_SCALARS, MEMBER_SCALARS, household_values, member_values
from psmdesk.storage.records import RecordWriter, utc_now
from psmdesk.storage.search import refresh_households

CHUNK = 500


# --- remembered mappings ----------------------------------------------------------------------
def get_mapping(db: Database, target: str, shape: str) -> dict[str, str] | None:
    row = db.execute("SELECT mapping FROM import_mappings WHERE target = ? AND shape = ?", [target, shape]).fetchone()
    if row is None:
        return None
    value = json.loads(row[0])
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else None


def put_mapping(db: Database, target: str, shape: str, mapping: dict[str, str]) -> None:
    db.execute(
        "INSERT INTO import_mappings (target, shape, mapping, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (target, shape) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at",
        [target, shape, json.dumps(mapping, ensure_ascii=False, sort_keys=True), utc_now()],
    )


# --- look-ups ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class KnownMember:
    id: str
    household_id: str
    position: int
    name_key: str
    values: dict[str, Any]  # the member's stored fields, named like MEMBER_SCALARS, and lives_alone

    @property
    def nik(self) -> str | None:
        nik = self.values["nik"]
        return str(nik) if nik else None

    @property
    def birth_date(self) -> str | None:
        birth = self.values["birth_date"]
        return str(birth) if birth else None


@dataclass(frozen=True)
class KnownHousehold:
    id: str
    values: dict[str, Any]  # the household's stored fields, named like HOUSEHOLD_SCALARS

    @property
    def no_kk(self) -> str | None:
        kk = self.values["no_kk"]
        return str(kk) if kk else None


_MEMBER_FIELDS = (*MEMBER_SCALARS, "lives_alone")
_MEMBER = (f"SELECT m.id, m.household_id, m.position, m.name_key, {', '.join('m.' + f for f in _MEMBER_FIELDS)}"
           " FROM members m JOIN households h ON h.id = m.household_id"
           " WHERE m.deleted_at IS NULL AND h.deleted_at IS NULL")
_HOUSEHOLD = f"SELECT id, {', '.join(HOUSEHOLD_SCALARS)} FROM households WHERE deleted_at IS NULL"


def _member(row: Any) -> KnownMember:
    return KnownMember(row[0], row[1], row[2], row[3], dict(zip(_MEMBER_FIELDS, row[4:], strict=True)))


def _household(row: Any) -> KnownHousehold:
    return KnownHousehold(row[0], dict(zip(HOUSEHOLD_SCALARS, row[1:], strict=True)))


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    unique = sorted(set(values))
    for start in range(0, len(unique), CHUNK):
        yield unique[start:start + CHUNK]


def _marks(values: list[str]) -> str:
    return ", ".join("?" for _ in values)


def members_by_nik(db: Database, niks: Iterable[str]) -> dict[str, list[KnownMember]]:
    found: dict[str, list[KnownMember]] = {}
    for chunk in _chunks(niks):
        for row in db.execute(f"{_MEMBER} AND m.nik IN ({_marks(chunk)})", chunk):
            member = _member(row)
            found.setdefault(member.nik or "", []).append(member)
    return found


def members_by_name(db: Database, keys: Iterable[str]) -> dict[tuple[str, str | None], list[KnownMember]]:
    """Live members by (name key, birth date ISO)."""
    found: dict[tuple[str, str | None], list[KnownMember]] = {}
    for chunk in _chunks(keys):
        for row in db.execute(f"{_MEMBER} AND m.name_key IN ({_marks(chunk)})", chunk):
            member = _member(row)
            found.setdefault((member.name_key, member.birth_date), []).append(member)
    return found


def members_of(db: Database, household_ids: Iterable[str]) -> dict[str, list[KnownMember]]:
    found: dict[str, list[KnownMember]] = {}
    for chunk in _chunks(household_ids):
        for row in db.execute(f"{_MEMBER} AND m.household_id IN ({_marks(chunk)}) ORDER BY m.position", chunk):
            member = _member(row)
            found.setdefault(member.household_id, []).append(member)
    return found


def households_by_kk(db: Database, kks: Iterable[str]) -> dict[str, list[KnownHousehold]]:
    found: dict[str, list[KnownHousehold]] = {}
    for chunk in _chunks(kks):
        for row in db.execute(f"{_HOUSEHOLD} AND no_kk IN ({_marks(chunk)})", chunk):
            household = _household(row)
            found.setdefault(household.no_kk or "", []).append(household)
    return found


def households_by_id(db: Database, ids: Iterable[str]) -> dict[str, KnownHousehold]:
    found: dict[str, KnownHousehold] = {}
    for chunk in _chunks(ids):
        for row in db.execute(f"{_HOUSEHOLD} AND id IN ({_marks(chunk)})", chunk):
            found[row[0]] = _household(row)
    return found


# --- writes -----------------------------------------------------------------------------------
def insert_households(writer: RecordWriter, households: list[HouseholdInput]) -> list[str]:
    """New, validated and normalised households with their members: the rows
    `households.save_household` writes for them, two statements per table (RecordWriter.insert_many:
    the same stamps, versions and audit entries), without its per-household search refresh."""
    ids = writer.insert_many("households", [household_values(h) for h in households])
    writer.insert_many("members", [member_values(m, household_id, position)
                                   for h, household_id in zip(households, ids, strict=True)
                                   for position, m in enumerate(h.members)])
    for h, household_id in zip(households, ids, strict=True):
        if h.visit_date is not None:
            writer.insert("visits", {"household_id": household_id, "visit_date": h.visit_date.isoformat(),
                                     "volunteer": h.volunteer})
    return ids


def update_household(writer: RecordWriter, household_id: str, household: dict[str, Any],
                     changed: list[tuple[str, dict[str, Any]]], new: list[tuple[MemberInput, int]]) -> None:
    """Fills in an existing household: its empty fields, its members' empty fields, and members
    it did not have. RecordWriter writes only values that differ."""
    if household:
        writer.update("households", household_id, household)
    for member_id, values in changed:
        writer.update("members", member_id, values)
    for member, position in new:
        writer.insert("members", member_values(member, household_id, position), record_id=member.id)


def refresh_search(db: Database, household_ids: Iterable[str], chunk: int = 2000) -> None:
    ids = sorted(set(household_ids))
    for start in range(0, len(ids), chunk):
        refresh_households(db, ids[start:start + chunk])

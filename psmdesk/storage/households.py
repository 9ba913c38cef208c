"""Households, members, PPKS and visits: the SQL side of household mapping."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlite_utils import Database

from psmdesk.domain import choices as ch
from psmdesk.domain.household import AssetInput, HouseholdInput, MemberInput, PpksInput
from psmdesk.domain.names import name_key
from psmdesk.storage.records import RecordWriter
from psmdesk.storage.search import refresh_household_search

HOUSEHOLD_SCALARS = (
    "no_kk", "kelurahan_code", "rt", "rw", "street", "latitude", "longitude", "visit_date",
    "volunteer", "tenure", "floor_area", "floor_material", "floor_condition", "wall_material",
    "wall_condition", "roof_material", "roof_condition", "bedrooms", "water_source", "lighting_source",
    "electricity_va", "cooking_fuel", "toilet", "programmes_other", "desil", "notes",
)
MEMBER_SCALARS = (
    "nik", "name", "sex", "birth_date", "age_years", "relation", "marital_status", "education",
    "occupation", "disability", "chronic_illness", "phone",
)
PPKS_SCALARS = ("member_id", "category", "status", "status_date", "notes")


def _sql_value(value: Any) -> Any:
    if value is None or type(value) is str:  # most fields: no enum or date to turn into text
        return value
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value"):  # StrEnum
        return value.value
    return value


def household_values(h: HouseholdInput) -> dict[str, Any]:
    values = {f: _sql_value(getattr(h, f)) for f in HOUSEHOLD_SCALARS}
    values["programmes"] = json.dumps(sorted(set(h.programmes)))
    values["assets"] = json.dumps([a.model_dump() for a in h.assets], ensure_ascii=False)
    return values


def member_values(m: MemberInput, household_id: str, position: int) -> dict[str, Any]:
    values = {f: _sql_value(getattr(m, f)) for f in MEMBER_SCALARS}
    values.update(household_id=household_id, position=position, lives_alone=int(m.lives_alone),
                  name_key=name_key(m.name))
    return values


def _live_ids(db: Database, table: str, household_id: str) -> set[str]:
    rows = db.execute(
        f"SELECT id FROM {table} WHERE household_id = ? AND deleted_at IS NULL", [household_id]
    ).fetchall()
    return {r[0] for r in rows}


def _exists(db: Database, table: str, record_id: str) -> tuple[bool, bool]:
    row = db.execute(f"SELECT deleted_at FROM {table} WHERE id = ?", [record_id]).fetchone()
    return row is not None, bool(row and row[0])


def _upsert(writer: RecordWriter, table: str, record_id: str, values: dict[str, Any]) -> None:
    exists, deleted = _exists(writer.db, table, record_id)
    if not exists:
        writer.insert(table, values, record_id=record_id)
        return
    if deleted:
        writer.restore(table, record_id)
    writer.update(table, record_id, values)


def save_household(writer: RecordWriter, h: HouseholdInput, household_id: str) -> None:
    """Writes the household and its children; removed members and PPKS become tombstones.
    The caller owns the transaction and has validated `h`."""
    db = writer.db
    _upsert(writer, "households", household_id, household_values(h))

    old_members = _live_ids(db, "members", household_id)
    for position, member in enumerate(h.members):
        _upsert(writer, "members", member.id, member_values(member, household_id, position))
    old_ppks = _live_ids(db, "ppks_cases", household_id)
    for case in h.ppks:
        values = {f: _sql_value(getattr(case, f)) for f in PPKS_SCALARS}
        values["household_id"] = household_id
        _upsert(writer, "ppks_cases", case.id, values)
    for gone in old_ppks - {c.id for c in h.ppks}:
        writer.delete("ppks_cases", gone, "dihapus dari formulir")
    for gone in old_members - {m.id for m in h.members}:
        writer.delete("members", gone, "dihapus dari keluarga")

    if h.visit_date is not None:
        seen = db.execute(
            "SELECT 1 FROM visits WHERE household_id = ? AND visit_date = ? AND deleted_at IS NULL",
            [household_id, h.visit_date.isoformat()],
        ).fetchone()
        if not seen:
            writer.insert("visits", {"household_id": household_id, "visit_date": h.visit_date.isoformat(),
                                     "volunteer": h.volunteer})
    refresh_household_search(db, household_id)


def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def load_household(db: Database, household_id: str) -> HouseholdInput | None:
    found = _rows(db, "SELECT * FROM households WHERE id = ?", [household_id])
    if not found:
        return None
    row = found[0]
    data: dict[str, Any] = {f: row[f] for f in HOUSEHOLD_SCALARS}
    data["id"] = household_id
    data["programmes"] = json.loads(row["programmes"])
    data["assets"] = [AssetInput(**a) for a in json.loads(row["assets"])]
    members = _rows(
        db, "SELECT * FROM members WHERE household_id = ? AND deleted_at IS NULL ORDER BY position",
        [household_id],
    )
    data["members"] = [
        MemberInput(id=m["id"], lives_alone=bool(m["lives_alone"]), **{f: m[f] for f in MEMBER_SCALARS})
        for m in members
    ]
    cases = _rows(
        db, "SELECT * FROM ppks_cases WHERE household_id = ? AND deleted_at IS NULL ORDER BY created_at",
        [household_id],
    )
    data["ppks"] = [PpksInput(id=c["id"], **{f: c[f] for f in PPKS_SCALARS}) for c in cases]
    return HouseholdInput.model_validate(data)


def is_deleted(db: Database, household_id: str) -> bool:
    row = db.execute("SELECT deleted_at FROM households WHERE id = ?", [household_id]).fetchone()
    return bool(row and row[0])


def visits(db: Database, household_id: str) -> list[tuple[str, str]]:
    """(visit date, volunteer) of a household, newest first."""
    rows = db.execute(
        "SELECT visit_date, volunteer FROM visits WHERE household_id = ? AND deleted_at IS NULL"
        " ORDER BY visit_date DESC",
        [household_id],
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def child_ids(db: Database, household_id: str) -> dict[str, list[str]]:
    """Ids of every record belonging to a household, per table (deleted ones too), for the audit view."""
    result: dict[str, list[str]] = {"households": [household_id]}
    for table in ("members", "ppks_cases", "visits"):
        rows = db.execute(f"SELECT id FROM {table} WHERE household_id = ?", [household_id]).fetchall()
        result[table] = [r[0] for r in rows]
    return result


def head_label(members: list[MemberInput]) -> str:
    head = next((m for m in members if m.relation == ch.HEAD), None)
    return head.name if head else (members[0].name if members else "")

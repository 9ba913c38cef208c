"""KUBE groups, member families, grants, activities and the cash book: the SQL side.

Writes go through RecordWriter (the caller owns the transaction). The cash book has an insert
and reads only: a posted entry is never updated or deleted."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from psmdesk.domain.kube import ActivityInput, GrantInput, GroupInput, KubeMemberInput
from psmdesk.domain.kube_cash import CashEntry, CashInput
from psmdesk.storage.records import RecordWriter

GROUP_FIELDS = ("name", "business_type", "products", "kelurahan_code", "rw", "founded_on", "companion", "stage",
                "bank_name", "account_number", "account_holder", "status", "notes")
MEMBER_FIELDS = ("group_id", "household_id", "member_id", "role", "joined_on", "left_on")
GRANT_FIELDS = ("group_id", "source", "source_detail", "received_on", "amount", "in_kind", "notes")
ACTIVITY_FIELDS = ("group_id", "held_on", "kind", "topic", "result", "obstacles", "follow_up")
# A member counts while not left, or leaving later than the day asked about (domain.kube.is_active).
ACTIVE = "km.deleted_at IS NULL AND (km.joined_on IS NULL OR km.joined_on <= :on)" \
         " AND (km.left_on IS NULL OR km.left_on > :on)"


def _sql(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def read_date(value: str | None) -> date | None:
    """A stored date; a damaged one (hand-edited file) reads as missing instead of crashing a screen."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _rows(db: Database, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _upsert(writer: RecordWriter, table: str, record_id: str, values: dict[str, Any]) -> None:
    row = writer.db.execute(f"SELECT deleted_at FROM {table} WHERE id = ?", [record_id]).fetchone()
    if row is None:
        writer.insert(table, values, record_id=record_id)
        return
    if row[0]:
        writer.restore(table, record_id)
    writer.update(table, record_id, values)


def exists(db: Database, table: str, record_id: str) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL", [record_id]).fetchone() is not None


# --- groups ---------------------------------------------------------------------------------
def save_group(writer: RecordWriter, g: GroupInput, group_id: str) -> None:
    _upsert(writer, "kube_groups", group_id, {f: _sql(getattr(g, f)) for f in GROUP_FIELDS})


def load_group(db: Database, group_id: str) -> GroupInput | None:
    found = _rows(db, "SELECT * FROM kube_groups WHERE id = ? AND deleted_at IS NULL", [group_id])
    if not found:
        return None
    data = {f: found[0][f] for f in GROUP_FIELDS}
    data["founded_on"] = read_date(data["founded_on"])
    return GroupInput(id=group_id, **data)


@dataclass(frozen=True)
class OverviewRow:
    id: str
    name: str
    business_type: str
    products: str
    companion: str
    stage: str
    status: str
    kelurahan_code: str
    rw: str
    founded_on: date | None
    created_on: date | None
    members: int
    last_activity: date | None
    last_cash: date | None
    balance: int


def overview_rows(db: Database, on: date) -> list[OverviewRow]:
    """Every live group with its active families, latest activity and cash entry, and balance."""
    rows = db.execute(
        f"""SELECT g.id, g.name, g.business_type, g.products, g.companion, g.stage, g.status,
               g.kelurahan_code, g.rw, g.founded_on, substr(g.created_at, 1, 10),
               (SELECT COUNT(*) FROM kube_members km WHERE km.group_id = g.id AND {ACTIVE}),
               (SELECT MAX(held_on) FROM kube_activities a WHERE a.group_id = g.id AND a.deleted_at IS NULL),
               (SELECT MAX(entry_date) FROM kube_cash c WHERE c.group_id = g.id AND c.deleted_at IS NULL),
               (SELECT COALESCE(SUM(CASE c.direction WHEN 'in' THEN c.amount ELSE -c.amount END), 0)
                  FROM kube_cash c WHERE c.group_id = g.id AND c.deleted_at IS NULL)
        FROM kube_groups g WHERE g.deleted_at IS NULL ORDER BY g.name COLLATE NOCASE, g.id""",
        {"on": on.isoformat()},
    ).fetchall()
    return [OverviewRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], read_date(r[9]), read_date(r[10]),
                        r[11], read_date(r[12]), read_date(r[13]), int(r[14])) for r in rows]


def stage_counts(db: Database) -> dict[str, int]:
    """Live groups per development stage."""
    return {r[0]: int(r[1]) for r in db.execute(
        "SELECT stage, COUNT(*) FROM kube_groups WHERE deleted_at IS NULL GROUP BY stage")}


def cash_by_month(db: Database) -> dict[tuple[int, int], int]:
    """The signed cash of every live group together, per (year, month) of the entry a correction
    corrects (as `kube_cash.monthly_summary` counts it): one read for all groups, for Beranda."""
    rows = db.execute(
        "SELECT c.id, c.group_id, c.entry_date, c.reverses_id,"
        " CASE c.direction WHEN 'in' THEN c.amount ELSE -c.amount END"
        " FROM kube_cash c JOIN kube_groups g ON g.id = c.group_id"
        " WHERE c.deleted_at IS NULL AND g.deleted_at IS NULL").fetchall()
    found = {r[0]: r for r in rows}
    months: dict[tuple[int, int], int] = {}
    for row in rows:
        root, seen = row, {row[0]}
        while root[3] in found and root[3] not in seen and found[root[3]][1] == row[1]:
            root = found[root[3]]
            seen.add(root[0])
        key = (int(root[2][:4]), int(root[2][5:7]))
        months[key] = months.get(key, 0) + int(row[4])
    return months


def kelurahan_in_use(db: Database) -> list[str]:
    rows = db.execute("SELECT kelurahan_code FROM households WHERE deleted_at IS NULL UNION "
                      "SELECT kelurahan_code FROM kube_groups WHERE deleted_at IS NULL").fetchall()
    return sorted(r[0] for r in rows)


# --- members --------------------------------------------------------------------------------
def save_member(writer: RecordWriter, m: KubeMemberInput) -> None:
    _upsert(writer, "kube_members", m.id, {f: _sql(getattr(m, f)) for f in MEMBER_FIELDS})


def load_member(db: Database, kube_member_id: str) -> KubeMemberInput | None:
    found = _rows(db, "SELECT * FROM kube_members WHERE id = ? AND deleted_at IS NULL", [kube_member_id])
    if not found:
        return None
    row = found[0]
    return KubeMemberInput(id=kube_member_id, **{f: row[f] for f in MEMBER_FIELDS if f not in ("joined_on", "left_on")},
                           joined_on=read_date(row["joined_on"]), left_on=read_date(row["left_on"]))


@dataclass(frozen=True)
class Person:
    """A household member as the KUBE screens show them: enough to pick a representative."""

    id: str
    name: str
    sex: str | None
    birth_date: date | None
    age_years: int | None
    relation: str


@dataclass(frozen=True)
class MemberRow:
    id: str
    household_id: str
    member_id: str | None
    role: str
    joined_on: date | None
    left_on: date | None
    person: Person | None  # the representative, else the head of the family
    no_kk: str | None
    rt: str
    rw: str
    street: str


_PERSON_COLUMNS = "p.id, p.name, p.sex, p.birth_date, p.age_years, p.relation"
_PERSON = f"SELECT {_PERSON_COLUMNS} FROM members p"


def _person(row: tuple[Any, ...] | None) -> Person | None:
    if row is None:
        return None
    return Person(row[0], row[1], row[2], read_date(row[3]), row[4], row[5])


def representative(db: Database, household_id: str, member_id: str | None) -> Person | None:
    if member_id:
        found = db.execute(f"{_PERSON} WHERE p.id = ? AND p.deleted_at IS NULL", [member_id]).fetchone()
        if found:
            return _person(found)
    return _person(db.execute(
        f"{_PERSON} WHERE p.household_id = ? AND p.deleted_at IS NULL"
        " ORDER BY p.relation != 'kepala_keluarga', p.position LIMIT 1", [household_id]).fetchone())


def people_of(db: Database, household_id: str) -> set[str]:
    return {r[0] for r in db.execute("SELECT id FROM members WHERE household_id = ? AND deleted_at IS NULL",
                                     [household_id])}


def member_ids(db: Database, group_id: str) -> list[str]:
    return [r[0] for r in db.execute("SELECT id FROM kube_members WHERE group_id = ? AND deleted_at IS NULL",
                                     [group_id])]


def member_rows(db: Database, group_id: str) -> list[MemberRow]:
    """Live member families of a group (those who left too), in the order they joined."""
    rows = db.execute(
        "SELECT km.id, km.household_id, km.member_id, km.role, km.joined_on, km.left_on, h.no_kk, h.rt, h.rw,"
        " h.street FROM kube_members km JOIN households h ON h.id = km.household_id"
        " WHERE km.group_id = ? AND km.deleted_at IS NULL ORDER BY km.joined_on, km.created_at, km.id",
        [group_id],
    ).fetchall()
    return [MemberRow(r[0], r[1], r[2], r[3], read_date(r[4]), read_date(r[5]), representative(db, r[1], r[2]),
                      *r[6:]) for r in rows]


def other_groups(db: Database, household_id: str, group_id: str | None, on: date) -> list[str]:
    """Names of the other live, not dissolved groups the family is an active member of."""
    rows = db.execute(
        f"SELECT g.name FROM kube_members km JOIN kube_groups g ON g.id = km.group_id"
        f" WHERE km.household_id = :household AND g.id != :group AND g.deleted_at IS NULL"
        f" AND g.status != 'bubar' AND {ACTIVE} ORDER BY g.name",
        {"household": household_id, "group": group_id or "", "on": on.isoformat()},
    ).fetchall()
    return [r[0] for r in rows]


@dataclass(frozen=True)
class Family:
    household_id: str
    no_kk: str | None
    rt: str
    rw: str
    street: str
    people: tuple[Person, ...]  # the head first


def families(db: Database, kelurahan_code: str) -> list[Family]:
    """Live households of a kelurahan with their members, for choosing KUBE member families."""
    households = db.execute(
        "SELECT id, no_kk, rt, rw, street FROM households WHERE kelurahan_code = ? AND deleted_at IS NULL"
        " ORDER BY rw, rt, street, id", [kelurahan_code]).fetchall()
    people: dict[str, list[Person]] = {}
    for row in db.execute(
        f"SELECT p.household_id, {_PERSON_COLUMNS} FROM members p JOIN households h ON h.id = p.household_id"
        " WHERE h.kelurahan_code = ? AND p.deleted_at IS NULL ORDER BY p.relation != 'kepala_keluarga', p.position",
        [kelurahan_code],
    ):
        people.setdefault(row[0], []).append(_person(row[1:]))  # type: ignore[arg-type]
    return [Family(h[0], h[1], h[2], h[3], h[4], tuple(people.get(h[0], []))) for h in households]


# --- grants and activities ------------------------------------------------------------------
def save_grant(writer: RecordWriter, g: GrantInput, grant_id: str) -> None:
    _upsert(writer, "kube_grants", grant_id, {f: _sql(getattr(g, f)) for f in GRANT_FIELDS})


def load_grants(db: Database, group_id: str) -> list[GrantInput]:
    rows = _rows(db, "SELECT * FROM kube_grants WHERE group_id = ? AND deleted_at IS NULL"
                     " ORDER BY received_on, created_at", [group_id])
    return [GrantInput(id=r["id"], **{f: r[f] for f in GRANT_FIELDS if f != "received_on"},
                       received_on=read_date(r["received_on"])) for r in rows]


def save_activity(writer: RecordWriter, a: ActivityInput, activity_id: str) -> None:
    values = {f: _sql(getattr(a, f)) for f in ACTIVITY_FIELDS}
    values["participants"] = json.dumps(sorted(set(a.participants)))
    _upsert(writer, "kube_activities", activity_id, values)


def _participants(raw: str) -> list[str]:
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def load_activities(db: Database, group_id: str) -> list[ActivityInput]:
    """Newest first: the volunteer looks for the last meeting."""
    rows = _rows(db, "SELECT * FROM kube_activities WHERE group_id = ? AND deleted_at IS NULL"
                     " ORDER BY held_on DESC, created_at DESC", [group_id])
    return [ActivityInput(id=r["id"], **{f: r[f] for f in ACTIVITY_FIELDS if f != "held_on"},
                          held_on=read_date(r["held_on"]), participants=_participants(r["participants"]))
            for r in rows]


# --- cash book ------------------------------------------------------------------------------
def insert_cash(writer: RecordWriter, c: CashInput, reverses_id: str | None = None) -> str:
    return writer.insert("kube_cash", {
        "group_id": c.group_id, "entry_date": _sql(c.entry_date), "direction": c.direction,
        "category": c.category, "amount": c.amount, "description": c.description, "reverses_id": reverses_id,
    })


def _cash(rows: list[tuple[Any, ...]]) -> list[CashEntry]:
    entries = []
    for r in rows:
        entry_date = read_date(r[1])
        if entry_date is not None:
            entries.append(CashEntry(r[0], entry_date, r[2], r[3], int(r[4]), r[5], r[6], r[7]))
    return entries


_CASH_COLUMNS = "id, entry_date, direction, category, amount, description, reverses_id, created_at"
_CASH = f"SELECT {_CASH_COLUMNS} FROM kube_cash"


def load_cash(db: Database, group_id: str) -> list[CashEntry]:
    return _cash(db.execute(f"{_CASH} WHERE group_id = ? AND deleted_at IS NULL", [group_id]).fetchall())


def cash_entry(db: Database, entry_id: str) -> tuple[str, CashEntry] | None:
    """(group id, entry) of one live entry."""
    row = db.execute(f"SELECT group_id, {_CASH_COLUMNS} FROM kube_cash WHERE id = ? AND deleted_at IS NULL",
                     [entry_id]).fetchone()
    found = _cash([row[1:]]) if row else []
    return (row[0], found[0]) if row and found else None


def reversals_of(db: Database, entry_id: str) -> list[CashEntry]:
    return _cash(db.execute(f"{_CASH} WHERE reverses_id = ? AND deleted_at IS NULL", [entry_id]).fetchall())

"""Reading households for lists: ids in order (cheap, all at once) and rows for a visible page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from psmdesk.domain.names import name_key
from psmdesk.storage.search import match_expression

SORTS = {
    "address": "h.kelurahan_code, h.rw, h.rt, h.street, h.id",
    "updated": "h.updated_at DESC, h.id",
    "kk": "h.no_kk, h.id",
    "visit": "h.visit_date DESC, h.id",
    "head": "(SELECT m.name_key FROM members m WHERE m.household_id = h.id AND m.deleted_at IS NULL"
            " ORDER BY m.relation != 'kepala_keluarga', m.position LIMIT 1), h.id",
}


@dataclass(frozen=True)
class HouseholdFilter:
    text: str = ""
    kelurahan_code: str | None = None
    rw: str | None = None
    ppks_category: str | None = None
    programme: str | None = None
    desil: int | None = None
    deleted: bool = False  # True lists the tombstones instead (for undo/restore)


def _where(f: HouseholdFilter) -> tuple[str, list[Any]]:
    # An erased household (right to erasure) has nothing left to restore: not in the undo list.
    clauses = ["h.deleted_at IS NOT NULL AND h.deleted_reason IS NOT 'penghapusan atas permintaan'" if f.deleted
               else "h.deleted_at IS NULL"]
    params: list[Any] = []
    expression = match_expression(f.text)
    if expression:
        clauses.append("h.rowid IN (SELECT rowid FROM household_search WHERE household_search MATCH ?)")
        params.append(expression)
    if f.kelurahan_code:
        clauses.append("h.kelurahan_code = ?")
        params.append(f.kelurahan_code)
    if f.rw:
        clauses.append("h.rw = ?")
        params.append(f.rw)
    if f.ppks_category:
        clauses.append(
            "EXISTS (SELECT 1 FROM ppks_cases p WHERE p.household_id = h.id AND p.category = ?"
            " AND p.deleted_at IS NULL AND p.status != 'ditolak')"
        )
        params.append(f.ppks_category)
    if f.programme:
        clauses.append("EXISTS (SELECT 1 FROM json_each(h.programmes) WHERE value = ?)")
        params.append(f.programme)
    if f.desil is not None:
        clauses.append("h.desil = ?")
        params.append(f.desil)
    return " AND ".join(clauses), params


def household_ids(db: Database, f: HouseholdFilter, sort: str = "address") -> list[str]:
    where, params = _where(f)
    order = SORTS.get(sort, SORTS["address"])
    return [r[0] for r in db.execute(f"SELECT h.id FROM households h WHERE {where} ORDER BY {order}", params)]


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    no_kk: str | None
    head_name: str
    head_nik: str | None
    kelurahan_code: str
    rt: str
    rw: str
    street: str
    member_count: int
    ppks_count: int
    desil: int | None
    visit_date: str | None
    deleted_reason: str | None


def household_rows(db: Database, ids: list[str]) -> list[HouseholdRow]:
    """The list rows of `ids`, in the order given."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = db.execute(
        f"""SELECT h.id, h.no_kk,
               head.name, head.nik, h.kelurahan_code, h.rt, h.rw, h.street,
               (SELECT COUNT(*) FROM members m WHERE m.household_id = h.id AND m.deleted_at IS NULL),
               (SELECT COUNT(*) FROM ppks_cases p WHERE p.household_id = h.id AND p.deleted_at IS NULL
                  AND p.status != 'ditolak'),
               h.desil, h.visit_date, h.deleted_reason
        FROM households h
        LEFT JOIN members head ON head.id = (
            SELECT m.id FROM members m WHERE m.household_id = h.id AND m.deleted_at IS NULL
            ORDER BY m.relation != 'kepala_keluarga', m.position LIMIT 1)
        WHERE h.id IN ({marks})""",
        ids,
    ).fetchall()
    by_id = {r[0]: HouseholdRow(r[0], r[1], r[2] or "", *r[3:]) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


@dataclass(frozen=True)
class Duplicate:
    kind: str  # "nik", "kk" or "name"
    household_id: str
    member_name: str
    message: str


def find_duplicates(
    db: Database, household_id: str | None, no_kk: str | None,
    members: list[tuple[str, str | None, str, str | None]],
) -> list[Duplicate]:
    """Other live households sharing a member's NIK, the No. KK, or a member's normalised name
    together with the birth date. `members` holds (member id, nik, name, birth date ISO)."""
    found: list[Duplicate] = []
    me = household_id or ""
    live = "m.deleted_at IS NULL AND h.deleted_at IS NULL AND h.id != ?"
    for _member_id, nik, name, birth in members:
        if nik:
            for hid, other in db.execute(
                f"SELECT h.id, m.name FROM members m JOIN households h ON h.id = m.household_id"
                f" WHERE m.nik = ? AND {live}", [nik, me]
            ):
                found.append(Duplicate("nik", hid, other,
                                       f"NIK {name} sudah tercatat di keluarga lain (atas nama {other})."))
        if name and birth:
            for hid, other, other_nik in db.execute(
                f"SELECT h.id, m.name, m.nik FROM members m JOIN households h ON h.id = m.household_id"
                f" WHERE m.name_key = ? AND m.birth_date = ? AND {live}", [name_key(name), birth, me]
            ):
                if nik and other_nik == nik:
                    continue
                found.append(Duplicate("name", hid, other,
                                       f"{name}: nama dan tanggal lahir sama dengan {other} di keluarga lain."))
    if no_kk:
        for (hid,) in db.execute(
            "SELECT h.id FROM households h WHERE h.no_kk = ? AND h.deleted_at IS NULL AND h.id != ?",
            [no_kk, me],
        ):
            found.append(Duplicate("kk", hid, "", "No. KK ini sudah dipakai keluarga lain."))
    return found

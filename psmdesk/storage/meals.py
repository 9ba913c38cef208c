"""Permakanan: the SQL side of Pokmas, the roster, meal days and deliveries (writes and records).

Deliveries are append-only: nothing here updates or deletes one. The list and recap reads are in
`meal_queries`."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from psmdesk.domain.meals import PokmasInput
from psmdesk.storage.records import RecordWriter

POKMAS_SCALARS = ("name", "kecamatan_code", "leader", "contact_phone", "kitchen_address", "psm_name",
                  "unit_cost")
DAY_FIELDS = ("menu", "time_siap", "time_olah", "time_kemas", "time_antar")
# Live: no other entry names this one as the entry it supersedes.
LIVE = "NOT EXISTS (SELECT 1 FROM meal_deliveries s WHERE s.supersedes_id = d.id)"


def meal_day_id(pokmas_id: str, day: date | str) -> str:
    """Every laptop recording this Pokmas's day makes the same id: one record that merges per
    field, instead of two days that would both claim the menu."""
    text = day.isoformat() if isinstance(day, date) else day
    return hashlib.sha256(f"meal_day:{pokmas_id}:{text}".encode()).hexdigest()[:32]


def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# --- Pokmas -------------------------------------------------------------------------------------
def pokmas_values(p: PokmasInput) -> dict[str, Any]:
    values: dict[str, Any] = {f: getattr(p, f) for f in POKMAS_SCALARS}
    values["kelurahan_codes"] = json.dumps(sorted(set(p.kelurahan_codes)))
    values["active"] = int(p.active)
    return values


def save_pokmas(writer: RecordWriter, p: PokmasInput, pokmas_id: str) -> None:
    found = writer.db.execute("SELECT 1 FROM pokmas WHERE id = ?", [pokmas_id]).fetchone()
    if found:
        writer.update("pokmas", pokmas_id, pokmas_values(p))
    else:
        writer.insert("pokmas", pokmas_values(p), record_id=pokmas_id)


def _pokmas(row: dict[str, Any]) -> PokmasInput:
    return PokmasInput(
        id=row["id"], kelurahan_codes=json.loads(row["kelurahan_codes"]), active=bool(row["active"]),
        **{f: row[f] for f in POKMAS_SCALARS},
    )


def load_pokmas(db: Database, pokmas_id: str) -> PokmasInput | None:
    found = _rows(db, "SELECT * FROM pokmas WHERE id = ? AND deleted_at IS NULL", [pokmas_id])
    return _pokmas(found[0]) if found else None


def all_pokmas(db: Database, *, active_only: bool = False) -> list[PokmasInput]:
    sql = "SELECT * FROM pokmas WHERE deleted_at IS NULL"
    if active_only:
        sql += " AND active = 1"
    return [_pokmas(r) for r in _rows(db, sql + " ORDER BY name, id", [])]


# --- Roster -------------------------------------------------------------------------------------
def insert_beneficiary(writer: RecordWriter, values: dict[str, Any]) -> str:
    return writer.insert("meal_beneficiaries", values)


def update_beneficiary(writer: RecordWriter, beneficiary_id: str, values: dict[str, Any]) -> list[str]:
    return writer.update("meal_beneficiaries", beneficiary_id, values)


def beneficiary_record(db: Database, beneficiary_id: str) -> dict[str, Any] | None:
    found = _rows(db, "SELECT * FROM meal_beneficiaries WHERE id = ? AND deleted_at IS NULL", [beneficiary_id])
    return found[0] if found else None


def active_pokmas_of(db: Database, member_id: str, on: str) -> list[tuple[str, str, str]]:
    """(beneficiary id, Pokmas id, Pokmas name) where the person is on the roster on `on`."""
    rows = db.execute(
        "SELECT b.id, p.id, p.name FROM meal_beneficiaries b JOIN pokmas p ON p.id = b.pokmas_id"
        " WHERE b.member_id = ? AND b.deleted_at IS NULL AND (b.end_date IS NULL OR b.end_date >= ?)"
        " ORDER BY p.name",
        [member_id, on],
    ).fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


@dataclass(frozen=True)
class PersonFacts:
    """A mapped person as the eligibility check and the roster need them."""

    member_id: str
    household_id: str
    name: str
    nik: str | None
    sex: str | None
    birth_date: str | None
    age_years: int | None
    lives_alone: bool
    disability: str | None
    kelurahan_code: str
    rt: str
    rw: str
    street: str
    programmes: tuple[str, ...]


PERSON_COLUMNS = """m.id, m.household_id, m.name, m.nik, m.sex, m.birth_date, m.age_years, m.lives_alone,
    m.disability, h.kelurahan_code, h.rt, h.rw, h.street, h.programmes"""


def person_facts(row: tuple[Any, ...]) -> PersonFacts:
    mid, hid, name, nik, sex, birth, age, alone, disability, kel, rt, rw, street, programmes = row
    return PersonFacts(mid, hid, name, nik, sex, birth, age, bool(alone), disability, kel, rt, rw, street,
                       tuple(json.loads(programmes)))


def load_person(db: Database, member_id: str) -> PersonFacts | None:
    row = db.execute(
        f"SELECT {PERSON_COLUMNS} FROM members m JOIN households h ON h.id = m.household_id"
        " WHERE m.id = ? AND m.deleted_at IS NULL AND h.deleted_at IS NULL",
        [member_id],
    ).fetchone()
    return person_facts(row) if row else None


# --- Days and deliveries ------------------------------------------------------------------------
def save_meal_day(writer: RecordWriter, pokmas_id: str, day: str, values: dict[str, str]) -> None:
    """Changed fields only; a day with nothing typed yet gets no record."""
    day_id = meal_day_id(pokmas_id, day)
    if writer.db.execute("SELECT 1 FROM meal_days WHERE id = ?", [day_id]).fetchone():
        writer.update("meal_days", day_id, values)
    elif any(values.values()):
        writer.insert("meal_days", {"pokmas_id": pokmas_id, "date": day, **values}, record_id=day_id)


def load_meal_day(db: Database, pokmas_id: str, day: str) -> dict[str, str]:
    found = db.execute(
        f"SELECT {', '.join(DAY_FIELDS)} FROM meal_days WHERE pokmas_id = ? AND date = ? AND deleted_at IS NULL"
        " ORDER BY id = ? DESC, id LIMIT 1",
        [pokmas_id, day, meal_day_id(pokmas_id, day)],
    ).fetchone()
    return dict(zip(DAY_FIELDS, found or ("",) * len(DAY_FIELDS), strict=True))


def insert_delivery(writer: RecordWriter, values: dict[str, Any]) -> str:
    return writer.insert("meal_deliveries", values)


def insert_deliveries(writer: RecordWriter, rows: list[dict[str, Any]]) -> list[str]:
    """A day's new entries and corrections at once (200 rows: one statement, not 200)."""
    return writer.insert_many("meal_deliveries", rows)


@dataclass(frozen=True)
class DeliveryRecord:
    id: str
    pokmas_id: str
    beneficiary_id: str
    date: str
    outcome: str
    morning: bool
    midday: bool
    handed_by: str
    note: str
    supersedes_id: str | None
    hlc: str
    created_at: str
    origin_device: str
    live: bool


DELIVERY_COLUMNS = ("d.id, d.pokmas_id, d.beneficiary_id, d.date, d.outcome, d.morning, d.midday, d.handed_by, d.note,"
                    " d.supersedes_id, d.hlc, d.created_at, d.origin_device")


def _delivery(row: tuple[Any, ...]) -> DeliveryRecord:
    rid, pokmas, bid, day, outcome, morning, midday, handed, note, supersedes, hlc, created, device, live = row
    return DeliveryRecord(rid, pokmas, bid, day, outcome, bool(morning), bool(midday), handed, note, supersedes, hlc,
                          created, device, bool(live))


def live_deliveries_of_day(db: Database, pokmas_id: str, day: str) -> list[DeliveryRecord]:
    """The live entries of a Pokmas's day, oldest clock first (so the last one per person is newest)."""
    rows = db.execute(
        f"SELECT {DELIVERY_COLUMNS}, 1 FROM meal_deliveries d WHERE d.pokmas_id = ? AND d.date = ?"
        f" AND d.deleted_at IS NULL AND {LIVE} ORDER BY d.hlc",
        [pokmas_id, day],
    ).fetchall()
    return [_delivery(r) for r in rows]


def delivery_history(db: Database, beneficiary_id: str, day: str) -> list[DeliveryRecord]:
    """Every entry of one person's day, superseded ones included, oldest clock first."""
    rows = db.execute(
        f"SELECT {DELIVERY_COLUMNS}, {LIVE} FROM meal_deliveries d WHERE d.beneficiary_id = ? AND d.date = ?"
        " AND d.deleted_at IS NULL ORDER BY d.hlc",
        [beneficiary_id, day],
    ).fetchall()
    return [_delivery(r) for r in rows]


def device_name(db: Database, device_id: str) -> str | None:
    """The volunteer (or office) a device was enrolled for, when this database knows it."""
    row = db.execute("SELECT volunteer FROM devices WHERE device_id = ?", [device_id]).fetchone()
    return row[0] if row and row[0] else None


def delivery_record(db: Database, delivery_id: str) -> DeliveryRecord | None:
    row = db.execute(
        f"SELECT {DELIVERY_COLUMNS}, {LIVE} FROM meal_deliveries d WHERE d.id = ?", [delivery_id]
    ).fetchone()
    return _delivery(row) if row else None

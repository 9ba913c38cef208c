"""Casework and the PSM registry: the SQL side. Notes are kept in the local table
`case_notes_private`; `case_notes_shared` (synced) mirrors them only while a case shares them."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from sqlite_utils import Database

from psmdesk.storage.records import RecordWriter, utc_now


def _rows(db: Database, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def shared_note_id(case_id: str, key: str) -> str:
    """The same id on every device, so two laptops sharing one note update one record."""
    return hashlib.sha256(f"case-note:{case_id}:{key}".encode()).hexdigest()[:32]


# --- cases ------------------------------------------------------------------------------------
def insert_case(writer: RecordWriter, values: dict[str, Any], case_id: str) -> str:
    return writer.insert("case_files", values, record_id=case_id)


def update_case(writer: RecordWriter, case_id: str, values: dict[str, Any]) -> list[str]:
    return writer.update("case_files", case_id, values)


def get_case(db: Database, case_id: str) -> dict[str, Any] | None:
    found = _rows(
        db,
        "SELECT c.*, m.name AS person, m.nik, m.sex, m.birth_date, h.kelurahan_code, h.street, h.rt, h.rw"
        " FROM case_files c JOIN members m ON m.id = c.member_id JOIN households h ON h.id = c.household_id"
        " WHERE c.id = ?",
        [case_id],
    )
    return found[0] if found else None


def list_cases(db: Database, search: str = "") -> list[dict[str, Any]]:
    where, params = "c.deleted_at IS NULL", []
    if search.strip():
        where += " AND (m.name LIKE ? OR c.psm LIKE ? OR c.institution LIKE ?)"
        params = [f"%{search.strip()}%"] * 3
    return _rows(
        db,
        "SELECT c.id, c.stage, c.status, c.source, c.category, c.institution, c.psm, c.opened_on, c.closed_on,"
        " m.name AS person, m.birth_date, h.kelurahan_code,"
        " (SELECT COUNT(*) FROM case_sessions s WHERE s.case_id = c.id AND s.deleted_at IS NULL) AS sessions"
        " FROM case_files c JOIN members m ON m.id = c.member_id JOIN households h ON h.id = c.household_id"
        f" WHERE {where} ORDER BY c.status, c.opened_on DESC, m.name",
        params,
    )


def find_members(db: Database, search: str, limit: int = 50) -> list[dict[str, Any]]:
    like = f"%{search.strip()}%"
    return _rows(
        db,
        "SELECT m.id, m.name, m.nik, m.birth_date, m.household_id, h.kelurahan_code, h.street"
        " FROM members m JOIN households h ON h.id = m.household_id"
        " WHERE m.deleted_at IS NULL AND h.deleted_at IS NULL AND (m.name LIKE ? OR m.nik LIKE ?)"
        " ORDER BY m.name LIMIT ?",
        [like, like, limit],
    )


def member_household(db: Database, member_id: str) -> str | None:
    row = db.execute("SELECT household_id FROM members WHERE id = ? AND deleted_at IS NULL",
                     [member_id]).fetchone()
    return str(row[0]) if row else None


# --- sessions ---------------------------------------------------------------------------------
def add_session(writer: RecordWriter, case_id: str, held_on: date, kind: str, psm: str) -> str:
    return writer.insert("case_sessions", {"case_id": case_id, "held_on": held_on.isoformat(), "kind": kind,
                                           "psm": psm})


def sessions(db: Database, case_id: str) -> list[dict[str, Any]]:
    return _rows(db, "SELECT id, held_on, kind, psm FROM case_sessions WHERE case_id = ? AND deleted_at IS NULL"
                     " ORDER BY held_on, created_at", [case_id])


# --- notes ------------------------------------------------------------------------------------
def put_private_note(db: Database, case_id: str, key: str, body: str) -> None:
    db.execute(
        "INSERT INTO case_notes_private (case_id, note_key, body, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (case_id, note_key) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
        [case_id, key, body, utc_now()],
    )


def put_shared_note(writer: RecordWriter, case_id: str, key: str, body: str) -> None:
    note_id = shared_note_id(case_id, key)
    row = writer.db.execute("SELECT deleted_at FROM case_notes_shared WHERE id = ?", [note_id]).fetchone()
    if row is None:
        writer.insert("case_notes_shared", {"case_id": case_id, "note_key": key, "body": body}, record_id=note_id)
        return
    if row[0]:
        writer.restore("case_notes_shared", note_id)
    writer.update("case_notes_shared", note_id, {"body": body})


def unshare_notes(writer: RecordWriter, case_id: str) -> None:
    """Blanks, then tombstones, every shared note of the case: a tombstone carries no text."""
    for (note_id,) in writer.db.execute(
        "SELECT id FROM case_notes_shared WHERE case_id = ? AND deleted_at IS NULL", [case_id]
    ).fetchall():
        writer.update("case_notes_shared", note_id, {"body": ""})
        writer.delete("case_notes_shared", note_id, "catatan tidak lagi dibagikan")


def notes(db: Database, case_id: str) -> dict[str, str]:
    """Private notes, completed (and, when newer, replaced) by shared ones from other devices."""
    found: dict[str, tuple[str, str]] = {}
    for key, body, at in db.execute(
        "SELECT note_key, body, updated_at FROM case_notes_private WHERE case_id = ?", [case_id]
    ).fetchall():
        found[key] = (at, body)
    for key, body, at in db.execute(
        "SELECT note_key, body, updated_at FROM case_notes_shared WHERE case_id = ? AND deleted_at IS NULL",
        [case_id],
    ).fetchall():
        if key not in found or at > found[key][0]:
            found[key] = (at, body)
    return {k: v[1] for k, v in found.items()}


def private_notes(db: Database, case_id: str) -> dict[str, str]:
    return {k: b for k, b in db.execute(
        "SELECT note_key, body FROM case_notes_private WHERE case_id = ?", [case_id]).fetchall()}


# --- PSM registry -----------------------------------------------------------------------------
def save_volunteer(writer: RecordWriter, values: dict[str, Any], volunteer_id: str | None) -> str:
    if volunteer_id is None:
        return writer.insert("psm_volunteers", values)
    writer.update("psm_volunteers", volunteer_id, values)
    return volunteer_id


def volunteers(db: Database, name: str | None = None) -> list[dict[str, Any]]:
    where, params = "v.deleted_at IS NULL", []
    if name is not None:
        where += " AND lower(trim(v.name)) = lower(trim(?))"
        params.append(name)
    return _rows(
        db,
        "SELECT v.id, v.name, v.kelurahan_code, v.role, v.registered_on, v.status, v.phone,"
        " (SELECT COUNT(*) FROM psm_trainings t WHERE t.volunteer_id = v.id AND t.deleted_at IS NULL) AS trainings"
        f" FROM psm_volunteers v WHERE {where} ORDER BY v.kelurahan_code, v.role DESC, v.name",
        params,
    )


def add_training(writer: RecordWriter, volunteer_id: str, topic: str, held_on: date, mode: str) -> str:
    return writer.insert("psm_trainings", {"volunteer_id": volunteer_id, "topic": topic,
                                           "held_on": held_on.isoformat(), "mode": mode})


def trainings(db: Database, volunteer_id: str) -> list[dict[str, Any]]:
    return _rows(db, "SELECT id, topic, held_on, mode FROM psm_trainings WHERE volunteer_id = ?"
                     " AND deleted_at IS NULL ORDER BY held_on DESC", [volunteer_id])


def methods_json(methods: list[str]) -> str:
    return json.dumps(sorted(set(methods)))

"""Empowerment stages and welfare indicators: the SQL side."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlite_utils import Database

from psmdesk.domain.dates import parse_date
from psmdesk.domain.empowerment import DIMENSION_CODES, IndicatorInput, StageEntryInput, Subject
from psmdesk.storage.records import RecordWriter

STAGE_COLUMNS = ("group_id", "stage", "started_on", "ended_on", "activities", "supporting", "hindering", "psm")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# --- stages -----------------------------------------------------------------------------------
def save_stage(writer: RecordWriter, entry: StageEntryInput, entry_id: str, *, new: bool) -> None:
    values: dict[str, Any] = {
        "group_id": entry.group_id, "stage": entry.stage, "started_on": _iso(entry.started_on),
        "ended_on": _iso(entry.ended_on), "activities": entry.activities, "supporting": entry.supporting,
        "hindering": entry.hindering}
    if new:
        values["psm"] = entry.psm
        writer.insert("empowerment_stages", values, record_id=entry_id)
    else:
        writer.update("empowerment_stages", entry_id, values)


def _entry(row: dict[str, Any]) -> StageEntryInput:
    return StageEntryInput(id=row["id"], group_id=row["group_id"], stage=row["stage"],
                           started_on=parse_date(row["started_on"]), ended_on=parse_date(row["ended_on"]),
                           activities=row["activities"], supporting=row["supporting"], hindering=row["hindering"],
                           psm=row["psm"])


def stages(db: Database, group_id: str) -> list[StageEntryInput]:
    return [_entry(r) for r in _rows(
        db, f"SELECT id, {', '.join(STAGE_COLUMNS)} FROM empowerment_stages WHERE group_id = ? AND deleted_at IS NULL"
            " ORDER BY started_on, created_at", [group_id])]


def stage(db: Database, entry_id: str) -> StageEntryInput | None:
    found = _rows(db, f"SELECT id, {', '.join(STAGE_COLUMNS)} FROM empowerment_stages"
                      " WHERE id = ? AND deleted_at IS NULL", [entry_id])
    return _entry(found[0]) if found else None


def stage_exists(db: Database, entry_id: str) -> bool:
    return db.execute("SELECT 1 FROM empowerment_stages WHERE id = ?", [entry_id]).fetchone() is not None


def delete_stage(writer: RecordWriter, entry_id: str, reason: str) -> None:
    writer.delete("empowerment_stages", entry_id, reason)


def latest_stages(db: Database, group_ids: list[str]) -> dict[str, list[StageEntryInput]]:
    """Every live entry of these groups (the overview's stage column), by group."""
    found: dict[str, list[StageEntryInput]] = {g: [] for g in group_ids}
    if not group_ids:
        return found
    marks = ", ".join("?" * len(group_ids))
    for row in _rows(db, f"SELECT id, {', '.join(STAGE_COLUMNS)} FROM empowerment_stages"
                         f" WHERE deleted_at IS NULL AND group_id IN ({marks})", list(group_ids)):
        found[row["group_id"]].append(_entry(row))
    return found


# --- welfare indicators -----------------------------------------------------------------------
def save_indicators(writer: RecordWriter, subject: Subject, ind: IndicatorInput) -> str:
    record_id = subject.assessment_id(ind.phase)
    values: dict[str, Any] = {"group_id": subject.group_id, "kelurahan_code": subject.kelurahan_code,
                              "rw": subject.rw, "phase": ind.phase, "assessed_on": _iso(ind.assessed_on),
                              "assessor": ind.assessor}
    for code in DIMENSION_CODES:
        values[f"{code}_score"] = ind.scores.get(code)
        values[f"{code}_note"] = ind.notes.get(code, "")
    row = writer.db.execute("SELECT deleted_at FROM welfare_indicators WHERE id = ?", [record_id]).fetchone()
    if row is None:
        writer.insert("welfare_indicators", values, record_id=record_id)
        return record_id
    if row[0]:
        writer.restore("welfare_indicators", record_id)
    values.pop("assessor")  # who scored first stays on record; the audit log keeps later editors
    writer.update("welfare_indicators", record_id, values)
    return record_id


def indicators(db: Database, subject: Subject) -> dict[str, IndicatorInput]:
    """The live assessments of a subject, by phase."""
    found: dict[str, IndicatorInput] = {}
    for phase in ("awal", "evaluasi"):
        rows = _rows(db, "SELECT * FROM welfare_indicators WHERE id = ? AND deleted_at IS NULL",
                     [subject.assessment_id(phase)])
        if rows:
            r = rows[0]
            found[phase] = IndicatorInput(
                phase=r["phase"], assessed_on=parse_date(r["assessed_on"]), assessor=r["assessor"],
                scores={c: r[f"{c}_score"] for c in DIMENSION_CODES},
                notes={c: r[f"{c}_note"] for c in DIMENSION_CODES})
    return found


def assessed_rws(db: Database, kelurahan_codes: list[str] | None = None) -> list[tuple[str, str]]:
    """(kelurahan, RW) pairs that have an RW assessment."""
    rows = db.execute("SELECT DISTINCT kelurahan_code, rw FROM welfare_indicators"
                      " WHERE group_id IS NULL AND deleted_at IS NULL ORDER BY kelurahan_code, rw").fetchall()
    return [(str(k), str(r)) for k, r in rows if kelurahan_codes is None or k in kelurahan_codes]

"""Erasure on request (right to erasure): the SQL side.

Two halves, used both where the erasure is made and where it arrives by sync:
- `targets` finds the record and every row that carries the same person's content (PPKS,
  visits, the meal roster entry, KUBE membership, case files and their shared notes);
- `scrub` removes that content from this device's own copies: the personal fields (blanked
  directly, so a receiving device needs no new change of its own), the audit log (one `erase`
  entry is kept: who, when, which record, no content), the conflict queue (both values), private
  case notes, drafts, and then the search index.

The synced change itself (blank fields, then a tombstone with the erasure reason code) is written
through RecordWriter by services/erasure.py."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from sqlite_utils import Database

from psmdesk.domain.clock import Stamp
from psmdesk.domain.erasure import DERIVED_BLANKS, ERASABLE_TABLES, ERASE_ACTION, ERASURE_REASON, blank_values
from psmdesk.storage.records import RecordWriter
from psmdesk.storage.search import erase_from_search

Target = tuple[str, str]  # (table, record id)


def _ids(db: Database, sql: str, params: Sequence[object]) -> list[str]:
    return [r[0] for r in db.execute(sql, list(params)).fetchall()]


def _case_rows(db: Database, case_ids: list[str]) -> list[Target]:
    found: list[Target] = []
    for case_id in case_ids:
        found.append(("case_files", case_id))
        found += [("case_sessions", i) for i in _ids(db, "SELECT id FROM case_sessions WHERE case_id = ?", [case_id])]
        found += [("case_notes_shared", i)
                  for i in _ids(db, "SELECT id FROM case_notes_shared WHERE case_id = ?", [case_id])]
    return found


def _member_rows(db: Database, member_id: str) -> list[Target]:
    found: list[Target] = [("members", member_id)]
    for table in ("ppks_cases", "meal_beneficiaries", "kube_members"):
        found += [(table, i) for i in _ids(db, f"SELECT id FROM {table} WHERE member_id = ? ORDER BY id", [member_id])]
    found += _case_rows(db, _ids(db, "SELECT id FROM case_files WHERE member_id = ? ORDER BY id", [member_id]))
    return found


def targets(db: Database, table: str, record_id: str) -> list[Target]:
    """The record and every row holding the same person's (or household's) content, parents
    first, deleted ones included (a deleted row still holds its content)."""
    if table == "members":
        found = _member_rows(db, record_id)
    elif table == "households":
        found = [("households", record_id)]
        for member_id in _ids(db, "SELECT id FROM members WHERE household_id = ? ORDER BY position, id", [record_id]):
            found += _member_rows(db, member_id)
        for child in ("ppks_cases", "visits", "meal_beneficiaries", "kube_members"):
            found += [(child, i) for i in _ids(db, f"SELECT id FROM {child} WHERE household_id = ? ORDER BY id",
                                               [record_id])]
        found += _case_rows(db, _ids(db, "SELECT id FROM case_files WHERE household_id = ? ORDER BY id", [record_id]))
    else:
        raise ValueError(f"erasure starts at a household or a member, not {table}")
    return list(dict.fromkeys(found))


def household_of(db: Database, table: str, record_id: str) -> str | None:
    if table == "households":
        return record_id
    if table in ("members", "ppks_cases", "visits", "meal_beneficiaries", "kube_members", "case_files"):
        row = db.execute(f"SELECT household_id FROM {table} WHERE id = ?", [record_id]).fetchone()
        return str(row[0]) if row else None
    return None


def secrets_of(db: Database, found: Iterable[Target]) -> list[str]:
    """The NIKs and KK numbers among the targets (to find drafts that quote them)."""
    values: list[str] = []
    for table, record_id in found:
        column = {"members": "nik", "households": "no_kk"}.get(table)
        if column:
            row = db.execute(f"SELECT {column} FROM {table} WHERE id = ?", [record_id]).fetchone()
            if row and row[0]:
                values.append(str(row[0]))
    return values


def write_erasure(writer: RecordWriter, found: Iterable[Target]) -> None:
    """The synced change: personal fields set empty (a normal field update), then a tombstone
    with the erasure reason code. The caller owns the transaction."""
    for table, record_id in found:
        current = writer.get(table, record_id)
        blanks = {**blank_values(table), **DERIVED_BLANKS.get(table, {})}
        writer.update(table, record_id, {k: v for k, v in blanks.items() if k in current})
        writer.mark_erased(table, record_id, ERASURE_REASON)


def secure_delete(db: Database) -> None:
    """Freed pages are overwritten with zeros, so the old content does not linger in the file."""
    try:
        db.execute("PRAGMA secure_delete = ON")
    except Exception:  # noqa: BLE001 - a build without it still erases the content itself
        pass


def scrub(
    db: Database, found: Sequence[Target], *, device_id: str, actor: str, at: str, hlc: str,
    secrets: Iterable[str] = (), note: str | None = None, refresh: bool = True,
) -> set[str]:
    """Removes the content of erased records from this device's own copies; returns the
    households whose search documents were refreshed. Idempotent. `note` (the typed reason) goes
    on the first record's `erase` entry, on the device where the erasure was made only."""
    secure_delete(db)
    households: set[str] = set()
    for index, (table, record_id) in enumerate(found):
        if table not in ERASABLE_TABLES:
            continue
        household = household_of(db, table, record_id)
        if household:
            households.add(household)
        blanks = {**blank_values(table), **DERIVED_BLANKS.get(table, {})}
        if blanks:
            db.execute(f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in blanks)} WHERE id = ?",
                       [*blanks.values(), record_id])
        db.execute("DELETE FROM audit_log WHERE table_name = ? AND record_id = ? AND action != ?",
                   [table, record_id, ERASE_ACTION])
        marked = db.execute("SELECT 1 FROM audit_log WHERE table_name = ? AND record_id = ? AND action = ?",
                            [table, record_id, ERASE_ACTION]).fetchone()
        if not marked:
            db.execute(
                "INSERT INTO audit_log (at, hlc, device_id, actor, table_name, record_id, action, field, old_value,"
                " new_value) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)",
                [at, hlc, device_id, actor, table, record_id, ERASE_ACTION, note if index == 0 else None],
            )
        db.execute("DELETE FROM conflicts WHERE table_name = ? AND record_id = ?", [table, record_id])
        if table == "case_files":
            db.execute("DELETE FROM case_notes_private WHERE case_id = ?", [record_id])
        db.execute("INSERT OR IGNORE INTO erasures (table_name, record_id, erased_at, device_id, actor)"
                   " VALUES (?, ?, ?, ?, ?)", [table, record_id, at, device_id, actor])
    _scrub_drafts(db, [r for _, r in found] + sorted(households), list(secrets))
    if households and refresh:
        erase_from_search(db, households)
    return households


def _scrub_drafts(db: Database, ids: list[str], secrets: list[str]) -> None:
    """Unsaved form content that names an erased record (its id, its household's, a NIK or KK)."""
    needles = [n for n in dict.fromkeys([*ids, *secrets]) if n]
    if not needles:
        return
    db.execute(
        "DELETE FROM drafts WHERE record_id IN (SELECT value FROM json_each(?))"
        " OR EXISTS (SELECT 1 FROM json_each(?) WHERE instr(drafts.payload, value) > 0)",
        [json.dumps(ids), json.dumps(needles)],
    )


# --- arriving by sync -----------------------------------------------------------------------
def pending_erasures(db: Database) -> set[Target]:
    """Erasure tombstones waiting for their record (read before an import consumes them)."""
    return {(str(t), str(r)) for t, r in db.execute(
        "SELECT table_name, record_id FROM tombstones WHERE reason = ?", [ERASURE_REASON]).fetchall()}


def _erased_now(db: Database, table: str, ids: list[str]) -> list[str]:
    if not ids or table not in ERASABLE_TABLES:
        return []
    return _ids(db, f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(?)) AND deleted_reason = ?",
                [json.dumps(ids), ERASURE_REASON])


def known_erased(db: Database, table: str, ids: list[str]) -> list[str]:
    return _ids(db, "SELECT record_id FROM erasures WHERE table_name = ? AND record_id IN"
                " (SELECT value FROM json_each(?))", [table, json.dumps(ids)])


def scrub_arrived(
    db: Database, rows: dict[str, list[str]], stones: Iterable[tuple[str, str, str | None]],
    pending: set[Target], *, sender: str, at: str, bundle_id: str | None = None,
) -> int:
    """After an import merged: every record it touched that is now erased (an erasure that
    arrived, a row that met its waiting erasure, or an old copy of a record erased here) is
    scrubbed on this device too. `rows` maps a table to the ids of its incoming rows, `stones`
    are the incoming tombstones (table, id, reason). Returns how many of the conflicts this
    bundle raised went with them (the import report counts them no more)."""
    wanted: dict[str, set[str]] = {}
    for table, record_id, reason in stones:
        if reason == ERASURE_REASON:
            wanted.setdefault(table, set()).add(record_id)
    for table, record_id in pending:
        wanted.setdefault(table, set()).add(record_id)
    for table, ids in rows.items():
        if table in ERASABLE_TABLES and ids:
            wanted.setdefault(table, set()).update(known_erased(db, table, ids))
    removed = 0
    households: set[str] = set()
    for table, wanted_ids in wanted.items():
        for record_id in _erased_now(db, table, sorted(wanted_ids)):
            who = _eraser(db, table, record_id)
            found = [(table, record_id)]
            removed += _raised_by(db, table, record_id, bundle_id)
            households |= scrub(db, found, device_id=who, actor=sender, at=at,
                                hlc=_deleted_clock(db, table, record_id), secrets=secrets_of(db, found),
                                refresh=False)
    if households:
        erase_from_search(db, households)
    return removed


def _raised_by(db: Database, table: str, record_id: str, bundle_id: str | None) -> int:
    """Open conflicts of the record that this bundle raised and that were not dormant."""
    if bundle_id is None:
        return 0
    row = db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id]).fetchone()
    names = [d[0] for d in db.execute(f"SELECT * FROM {table} LIMIT 0").description]
    current = dict(zip(names, row, strict=True)) if row else {}
    raised = db.execute("SELECT field, value, kind FROM conflicts WHERE table_name = ? AND record_id = ?"
                        " AND bundle_id = ? AND status = 'open'", [table, record_id, bundle_id]).fetchall()
    return sum(1 for field, value, kind in raised if kind != "field" or not _same(field, value, current.get(field)))


def _same(field: str, value: object, current: object) -> bool:
    """As sync.conflicts.same_value (a dormant conflict offers the current value again)."""
    if field == "deleted_at":
        return (value is None) == (current is None)
    return (None if value is None else str(value)) == (None if current is None else str(current))


def _deleted_clock(db: Database, table: str, record_id: str) -> str:
    row = db.execute(f"SELECT json_extract(field_clocks, '$.deleted_at[0]'), hlc FROM {table} WHERE id = ?",
                     [record_id]).fetchone()
    return str(row[0] or row[1]) if row else ""


def _eraser(db: Database, table: str, record_id: str) -> str:
    """The device whose stamp made the erasure."""
    try:
        return Stamp.parse(_deleted_clock(db, table, record_id)).device
    except ValueError:
        return ""


def erased_ids(db: Database, table: str) -> set[str]:
    return set(_ids(db, "SELECT record_id FROM erasures WHERE table_name = ?", [table]))

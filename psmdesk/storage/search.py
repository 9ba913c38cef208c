"""Full-text search over households: one FTS5 document per household holding the No. KK, the
address, the members' names and NIKs, and the skills and assets typed for the household."""

from __future__ import annotations

import json
import re

from sqlite_utils import Database

_TOKEN = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+")


def _document(db: Database, household_id: str) -> str | None:
    row = db.execute(
        "SELECT no_kk, street, rt, rw, assets, deleted_at FROM households WHERE id = ?", [household_id]
    ).fetchone()
    if row is None or row[5] is not None:
        return None
    no_kk, street, rt, rw, assets, _ = row
    parts = [no_kk or "", street, f"rt{rt} rw{rw}", rt, rw]
    parts.extend(a.get("text", "") for a in json.loads(assets))
    members = db.execute(
        "SELECT name, nik FROM members WHERE household_id = ? AND deleted_at IS NULL", [household_id]
    ).fetchall()
    for name, nik in members:
        parts.extend([name, nik or ""])
    return " ".join(p for p in parts if p)


def refresh_household_search(db: Database, household_id: str) -> None:
    """Rebuilds the search document of one household (removes it when the household is deleted)."""
    db.execute("DELETE FROM household_search WHERE household_id = ?", [household_id])
    body = _document(db, household_id)
    if body is not None:
        db.execute("INSERT INTO household_search (household_id, body) VALUES (?, ?)", [household_id, body])


def rebuild_all(db: Database) -> None:
    db.execute("DELETE FROM household_search")
    db.execute(
        """INSERT INTO household_search (household_id, body)
        SELECT h.id,
               coalesce(h.no_kk, '') || ' ' || h.street || ' rt' || h.rt || ' rw' || h.rw || ' ' || h.rt
               || ' ' || h.rw || ' ' ||
               coalesce((SELECT group_concat(value ->> 'text', ' ') FROM json_each(h.assets)), '') || ' ' ||
               coalesce((SELECT group_concat(m.name || ' ' || coalesce(m.nik, ''), ' ') FROM members m
                         WHERE m.household_id = h.id AND m.deleted_at IS NULL), '')
        FROM households h WHERE h.deleted_at IS NULL"""
    )


def match_expression(text: str) -> str | None:
    """An FTS5 query where every word typed must match the start of a word in the document.
    'rizk 005' finds Rizky in RW 005. Returns None when nothing searchable was typed."""
    tokens = _TOKEN.findall(text.casefold())
    if not tokens:
        return None
    return " AND ".join(f'"{t}"*' for t in tokens[:8])

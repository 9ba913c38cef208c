"""Full-text search over households: one FTS5 document per household holding the No. KK, the
address, the members' names and NIKs, and the skills and assets typed for the household."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from sqlite_utils import Database

_TOKEN = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+")

# The search row of a household has the household's rowid, so that replacing or dropping it is
# an index look-up: deleting by the UNINDEXED household_id column would scan the whole index.
# VACUUM may renumber the rowids of a table without an INTEGER PRIMARY KEY: run `rebuild_all`
# after one.
_DOCUMENT = """
    SELECT h.rowid, h.id,
           coalesce(h.no_kk, '') || ' ' || h.street || ' rt' || h.rt || ' rw' || h.rw || ' ' || h.rt
           || ' ' || h.rw || ' ' ||
           coalesce((SELECT group_concat(value ->> 'text', ' ') FROM json_each(h.assets)), '') || ' ' ||
           coalesce((SELECT group_concat(m.name || ' ' || coalesce(m.nik, ''), ' ') FROM members m
                     WHERE m.household_id = h.id AND m.deleted_at IS NULL), '')
    FROM households h WHERE h.deleted_at IS NULL"""


def refresh_households(db: Database, household_ids: Iterable[str]) -> None:
    """Rebuilds the search documents of these households (drops those of deleted ones)."""
    ids = json.dumps(sorted(set(household_ids)))
    db.execute(
        "DELETE FROM household_search WHERE rowid IN"
        " (SELECT rowid FROM households WHERE id IN (SELECT value FROM json_each(?)))", [ids]
    )
    db.execute(
        f"INSERT INTO household_search (rowid, household_id, body) {_DOCUMENT}"
        " AND h.id IN (SELECT value FROM json_each(?))",
        [ids],
    )


def refresh_household_search(db: Database, household_id: str) -> None:
    refresh_households(db, [household_id])


def rebuild_all(db: Database) -> None:
    db.execute("DELETE FROM household_search")
    db.execute(f"INSERT INTO household_search (rowid, household_id, body) {_DOCUMENT}")


def erase_from_search(db: Database, household_ids: Iterable[str]) -> None:
    """After an erasure: rebuilds these documents with FTS5 'secure-delete' on, so the erased
    words leave the index segments at once (a plain delete leaves them there until a merge).
    An SQLite before 3.42 has no such option: the whole index is then merged ('optimize')."""
    try:
        db.execute("INSERT INTO household_search (household_search, rank) VALUES ('secure-delete', 1)")
    except Exception:  # noqa: BLE001 - the driver's OperationalError, whichever driver
        refresh_households(db, household_ids)
        db.execute("INSERT INTO household_search (household_search) VALUES ('optimize')")
        return
    try:
        refresh_households(db, household_ids)
    finally:
        db.execute("INSERT INTO household_search (household_search, rank) VALUES ('secure-delete', 0)")


def match_expression(text: str) -> str | None:
    """An FTS5 query where every word typed must match the start of a word in the document.
    'rizk 005' finds Rizky in RW 005. Returns None when nothing searchable was typed."""
    tokens = _TOKEN.findall(text.casefold())
    if not tokens:
        return None
    return " AND ".join(f'"{t}"*' for t in tokens[:8])

"""Meta, audit log, drafts and editable reference lists."""

from __future__ import annotations

from sqlite_utils import Database

from psmdesk.storage.migrations import migrations
from psmdesk.storage.schema import synced_table


@migrations(name="0001_core")
def core(db: Database) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT")
    db.execute(
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            hlc TEXT NOT NULL,
            device_id TEXT NOT NULL,
            actor TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            action TEXT NOT NULL,
            field TEXT,
            old_value TEXT,
            new_value TEXT
        ) STRICT"""
    )
    db.execute("CREATE INDEX audit_log_record ON audit_log (table_name, record_id, id)")
    db.execute(
        """CREATE TABLE drafts (
            key TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            record_id TEXT,
            title TEXT NOT NULL,
            payload TEXT NOT NULL,
            saved_at TEXT NOT NULL
        ) STRICT"""
    )
    db.execute(
        synced_table(
            "reference_items",
            """list TEXT NOT NULL,
            code TEXT NOT NULL,
            label TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1""",
        )
    )
    db.execute("CREATE UNIQUE INDEX reference_items_code ON reference_items (list, code)")

"""Privacy: the local register of erased records and an index for the coordinator's audit view."""

from __future__ import annotations

from sqlite_utils import Database

from psmdesk.storage.migrations import migrations


@migrations(name="0010_privacy")
def privacy(db: Database) -> None:
    # Local, never synced: which records this device knows to be erased (ids only, no content).
    # An import checks the rows it brings against it, so an erased record is scrubbed again when
    # an older copy of it arrives from a laptop that had not heard of the erasure yet.
    db.execute(
        """CREATE TABLE erasures (
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            erased_at TEXT NOT NULL,
            device_id TEXT NOT NULL,
            actor TEXT NOT NULL,
            PRIMARY KEY (table_name, record_id)
        ) STRICT"""
    )
    # The audit view filters a date range over logs of a million entries.
    db.execute("CREATE INDEX audit_log_at ON audit_log (at)")

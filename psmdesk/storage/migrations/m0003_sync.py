"""Sync ledger: devices, enrollments, bundles in and out, conflicts, early tombstones."""

from __future__ import annotations

from sqlite_utils import Database

from psmdesk.storage.migrations import migrations


@migrations(name="0003_sync")
def sync(db: Database) -> None:
    db.execute(
        """CREATE TABLE devices (
            device_id TEXT PRIMARY KEY,
            sign_public TEXT NOT NULL UNIQUE,
            enc_public TEXT NOT NULL,
            volunteer TEXT NOT NULL DEFAULT '',
            areas TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL CHECK (status IN ('approved', 'pending', 'revoked', 'office')),
            enrollment_id TEXT,
            first_seen TEXT NOT NULL,
            changed_at TEXT NOT NULL
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE enrollments (
            id TEXT PRIMARY KEY,
            volunteer TEXT NOT NULL,
            areas TEXT NOT NULL DEFAULT '[]',
            secret TEXT NOT NULL,
            created_at TEXT NOT NULL,
            device_id TEXT
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE bundles_in (
            bundle_id TEXT PRIMARY KEY,
            device_id TEXT NOT NULL,
            epoch TEXT NOT NULL,
            seq INTEGER NOT NULL,
            prev_bundle_id TEXT,
            prev_sha256 TEXT,
            sha256 TEXT NOT NULL,
            kind TEXT NOT NULL,
            clock_max TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            report TEXT NOT NULL
        ) STRICT"""
    )
    db.execute("CREATE INDEX bundles_in_device ON bundles_in (device_id, epoch, seq)")
    db.execute(
        """CREATE TABLE bundles_out (
            bundle_id TEXT PRIMARY KEY,
            recipient TEXT NOT NULL,
            epoch TEXT NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            rows INTEGER NOT NULL,
            clock_max TEXT NOT NULL,
            created_at TEXT NOT NULL,
            acked_at TEXT
        ) STRICT"""
    )
    db.execute("CREATE UNIQUE INDEX bundles_out_seq ON bundles_out (recipient, epoch, seq)")
    db.execute(
        """CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT,
            clock TEXT NOT NULL,
            base TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'field',
            bundle_id TEXT,
            detected_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'superseded')),
            chosen_value TEXT,
            comment TEXT NOT NULL DEFAULT '',
            resolved_by TEXT,
            resolved_at TEXT,
            UNIQUE (table_name, record_id, field, clock)
        ) STRICT"""
    )
    db.execute("CREATE INDEX conflicts_open ON conflicts (status, table_name, record_id)")
    db.execute(
        """CREATE TABLE tombstones (
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            clock TEXT NOT NULL,
            base TEXT NOT NULL,
            reason TEXT,
            deleted_at TEXT NOT NULL,
            PRIMARY KEY (table_name, record_id)
        ) STRICT"""
    )

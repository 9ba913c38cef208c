"""Spreadsheet import: the column mapping chosen for each file shape, remembered on this laptop
(local, never synced: another office's files have other shapes)."""

from __future__ import annotations

from sqlite_utils import Database

from psmdesk.storage.migrations import migrations


@migrations(name="0007_table_import")
def table_import(db: Database) -> None:
    db.execute(
        """CREATE TABLE import_mappings (
            target TEXT NOT NULL,
            shape TEXT NOT NULL,
            mapping TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (target, shape)
        ) STRICT"""
    )

"""Casework (pendampingan individu) and the PSM registry."""

from __future__ import annotations

from sqlite_utils import Database

from psmdesk.storage.migrations import migrations
from psmdesk.storage.schema import synced_table

# Case notes are sensitive (UU PDP: data on children and health). Two tables, not one:
# - case_notes_private is LOCAL (not synced, not in SYNC_ORDER): every note lives here, so an
#   export can never pick it up, whatever the bundle code does with synced tables;
# - case_notes_shared is synced, and rows are written to it only while the coordinator has
#   `share_notes` on for the case. Turning sharing off blanks and tombstones the shared rows.
# One synced table written only when sharing is on would keep the notes on the device when
# sharing is off, but then the device's own notes would sit in a synced table where a later
# export bug or a full re-export could carry them; a local table cannot leave by construction.


@migrations(name="0006_casework")
def casework(db: Database) -> None:
    db.execute(
        synced_table(
            "case_files",
            """member_id TEXT NOT NULL REFERENCES members (id),
            household_id TEXT NOT NULL REFERENCES households (id),
            source TEXT NOT NULL DEFAULT 'penjangkauan',
            institution TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            psm TEXT NOT NULL DEFAULT '',
            stage TEXT NOT NULL DEFAULT 'intake',
            status TEXT NOT NULL DEFAULT 'aktif',
            opened_on TEXT,
            closed_on TEXT,
            methods TEXT NOT NULL DEFAULT '[]',
            share_notes INTEGER NOT NULL DEFAULT 0""",
        )
    )
    db.execute("CREATE INDEX case_files_member ON case_files (member_id)")
    db.execute(
        synced_table(
            "case_sessions",
            """case_id TEXT NOT NULL REFERENCES case_files (id),
            held_on TEXT NOT NULL,
            kind TEXT NOT NULL,
            psm TEXT NOT NULL DEFAULT ''""",
        )
    )
    db.execute("CREATE INDEX case_sessions_case ON case_sessions (case_id, held_on)")
    db.execute(
        synced_table(
            "case_notes_shared",
            """case_id TEXT NOT NULL REFERENCES case_files (id),
            note_key TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT ''""",
        )
    )
    db.execute("CREATE INDEX case_notes_shared_case ON case_notes_shared (case_id)")
    db.execute(
        """CREATE TABLE case_notes_private (
            case_id TEXT NOT NULL,
            note_key TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (case_id, note_key)
        ) STRICT"""
    )
    db.execute(
        synced_table(
            "psm_volunteers",
            """name TEXT NOT NULL,
            kelurahan_code TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'anggota',
            registered_on TEXT,
            status TEXT NOT NULL DEFAULT 'aktif',
            phone TEXT NOT NULL DEFAULT ''""",
        )
    )
    db.execute(
        synced_table(
            "psm_trainings",
            """volunteer_id TEXT NOT NULL REFERENCES psm_volunteers (id),
            topic TEXT NOT NULL,
            held_on TEXT NOT NULL,
            mode TEXT NOT NULL DEFAULT 'tatap_muka'""",
        )
    )
    db.execute("CREATE INDEX psm_trainings_volunteer ON psm_trainings (volunteer_id, held_on)")

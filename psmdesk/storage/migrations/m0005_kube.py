"""KUBE: groups, member families, grants, activities and the append-only cash book."""

from __future__ import annotations

from sqlite_utils import Database

from psmdesk.storage.migrations import migrations
from psmdesk.storage.schema import synced_table

# No CHECK constraints: a synced row that broke one would fail an import with an SQL error
# instead of a reason; the services validate before writing.


@migrations(name="0005_kube")
def kube(db: Database) -> None:
    db.execute(
        synced_table(
            "kube_groups",
            """name TEXT NOT NULL,
            business_type TEXT NOT NULL DEFAULT '',
            products TEXT NOT NULL DEFAULT '',
            kelurahan_code TEXT NOT NULL,
            rw TEXT NOT NULL DEFAULT '',
            founded_on TEXT,
            companion TEXT NOT NULL DEFAULT '',
            stage TEXT NOT NULL DEFAULT '',
            bank_name TEXT NOT NULL DEFAULT '',
            account_number TEXT NOT NULL DEFAULT '',
            account_holder TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'aktif',
            notes TEXT NOT NULL DEFAULT ''""",
        )
    )
    db.execute("CREATE INDEX kube_groups_area ON kube_groups (kelurahan_code, rw)")
    db.execute(
        synced_table(
            "kube_members",
            """group_id TEXT NOT NULL REFERENCES kube_groups (id),
            household_id TEXT NOT NULL REFERENCES households (id),
            member_id TEXT REFERENCES members (id),
            role TEXT NOT NULL DEFAULT 'anggota',
            joined_on TEXT,
            left_on TEXT""",
        )
    )
    db.execute("CREATE INDEX kube_members_group ON kube_members (group_id)")
    db.execute("CREATE INDEX kube_members_household ON kube_members (household_id)")
    db.execute(
        synced_table(
            "kube_grants",
            """group_id TEXT NOT NULL REFERENCES kube_groups (id),
            source TEXT NOT NULL,
            source_detail TEXT NOT NULL DEFAULT '',
            received_on TEXT,
            amount INTEGER NOT NULL DEFAULT 0,
            in_kind TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''""",
        )
    )
    db.execute("CREATE INDEX kube_grants_group ON kube_grants (group_id)")
    db.execute(
        synced_table(
            "kube_activities",
            """group_id TEXT NOT NULL REFERENCES kube_groups (id),
            held_on TEXT NOT NULL,
            kind TEXT NOT NULL,
            topic TEXT NOT NULL DEFAULT '',
            participants TEXT NOT NULL DEFAULT '[]',
            result TEXT NOT NULL DEFAULT '',
            obstacles TEXT NOT NULL DEFAULT '',
            follow_up TEXT NOT NULL DEFAULT ''""",
        )
    )
    db.execute("CREATE INDEX kube_activities_group ON kube_activities (group_id, held_on)")
    # Append-only. reverses_id has no REFERENCES on purpose: rows of one table arrive in one
    # batch in id order, and a reversal made on a laptop whose clock runs behind can sort before
    # the entry it reverses. sync.tables.PARENTS still checks that the entry exists.
    db.execute(
        synced_table(
            "kube_cash",
            """group_id TEXT NOT NULL REFERENCES kube_groups (id),
            entry_date TEXT NOT NULL,
            direction TEXT NOT NULL,
            category TEXT NOT NULL,
            amount INTEGER NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            reverses_id TEXT""",
        )
    )
    db.execute("CREATE INDEX kube_cash_group ON kube_cash (group_id, entry_date)")
    db.execute("CREATE INDEX kube_cash_reverses ON kube_cash (reverses_id)")

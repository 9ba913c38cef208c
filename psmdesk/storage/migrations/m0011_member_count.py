"""The Beranda count of household members, at kota size (docs/benchmarks.md)."""

from __future__ import annotations

from sqlite_utils import Database

from psmdesk.storage.migrations import migrations


@migrations(name="0011_member_count")
def member_count(db: Database) -> None:
    # Beranda shows how many people are mapped: counted on this small partial index (like
    # households_live) instead of reading 600,000 member rows at every start, which took seconds
    # on a cold disk cache.
    db.execute("CREATE INDEX IF NOT EXISTS members_live ON members (id, deleted_at) WHERE deleted_at IS NULL")

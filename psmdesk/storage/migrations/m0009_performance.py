"""Indexes for reads at kota size (docs/benchmarks.md)."""

from __future__ import annotations

from sqlite_utils import Database

from psmdesk.storage.migrations import migrations


@migrations(name="0009_performance")
def performance(db: Database) -> None:
    # The Pokmas recap sums a year of entries (73,000) per person: in (person, date) order and
    # holding every column it reads, the index is the only thing the recap touches, and the
    # per-person totals stream out of it without a sort.
    # The household list shows how many households it holds: counted on this small index, not by
    # reading 150,000 table rows. Partial, like the list's sort indexes, so that the planner still
    # reads the list in a sort index's order instead of taking `deleted_at IS NULL` for a look-up.
    db.execute("CREATE INDEX households_live ON households (id, deleted_at) WHERE deleted_at IS NULL")
    db.execute("CREATE INDEX meal_deliveries_recap ON meal_deliveries"
               " (pokmas_id, beneficiary_id, date, outcome, morning, midday, deleted_at)")

"""Indexes for reads at kota size (docs/benchmarks.md)."""

from __future__ import annotations

from sqlite_utils import Database

from psmdesk.storage.migrations import migrations


@migrations(name="0009_performance")
def performance(db: Database) -> None:
    # The Pokmas recap sums a year of entries (73,000) per person: in (person, date) order and
    # holding every column it reads, the index is the only thing the recap touches, and the
    # per-person totals stream out of it without a sort.
    db.execute("CREATE INDEX meal_deliveries_recap ON meal_deliveries"
               " (pokmas_id, beneficiary_id, date, outcome, morning, midday, deleted_at)")

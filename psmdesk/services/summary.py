"""Figures for the Beranda page: what the database holds right now."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class Counts:
    households: int
    members: int


def counts(db: Database) -> Counts:
    """Live (not deleted) households and members."""
    households = db.execute("SELECT COUNT(*) FROM households WHERE deleted_at IS NULL").fetchone()[0]
    members = db.execute("SELECT COUNT(*) FROM members WHERE deleted_at IS NULL").fetchone()[0]
    return Counts(households=int(households), members=int(members))

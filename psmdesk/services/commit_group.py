"""Several bundles of one import in one write transaction, each bundle in its own savepoint.

At office size the commit costs more than a bundle's inserts: every page the bundle touched is
encrypted and written out, and with random ids consecutive bundles touch mostly the same index
pages. A group commits once per GROUP_ROWS rows or GROUP_SECONDS, so those pages are written once
for several bundles (120 bundles, 360,000 rows: 43-47 s -> 34 s, docs/benchmarks.md).

Each bundle stays atomic: applied whole inside its savepoint, or rolled back alone with its
rejection. A crash before the group's commit loses the group's bundles together, never part of
one; the ledger then does not know them either, so importing the same files again applies them.
When the group's transaction is lost (a commit that fails on a full disk, or SQLite rolling the
whole transaction back after an error), every bundle of the group is reported as rejected with
the reason: a report never says "applied" about rows that are not in the database."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from sqlite_utils import Database

from psmdesk.services.context import AppContext
from psmdesk.storage.errors import translate

log = logging.getLogger(__name__)
GROUP_ROWS = 40_000
# Also how long a form saved meanwhile in the window may wait for the write lock.
GROUP_SECONDS = 2.0
UNEXPECTED = "kesalahan tak terduga (lihat berkas log)"


class Outcome(Protocol):
    status: str
    reason: str
    added: int
    updated: int
    unchanged: int
    deleted: int
    conflicts: int
    tables: dict[str, dict[str, int]]


class CommitGroup:
    def __init__(self, ctx: AppContext) -> None:
        self.db = ctx.db
        self.members: list[Outcome] = []
        self.rows = 0
        self.started = 0.0

    @contextmanager
    def bundle(self) -> Iterator[Database]:
        """One bundle's writes: inside the group's transaction (opened here when none is)."""
        conn = self.db.conn
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            self.started = time.monotonic()
        conn.execute("SAVEPOINT bundle")
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled the whole transaction back already
                conn.execute("ROLLBACK TO bundle")
                conn.execute("RELEASE bundle")
            raise
        conn.execute("RELEASE bundle")

    def after(self, result: Outcome) -> None:
        """Called with each file's result, in order: commits when the group is full."""
        if self.members and not self.db.conn.in_transaction:
            self._lost(result.reason or UNEXPECTED)
            return
        if result.status == "applied":
            self.members.append(result)
            self.rows += result.added + result.updated + result.unchanged + result.deleted
        if self.rows >= GROUP_ROWS or (self.members and time.monotonic() - self.started >= GROUP_SECONDS):
            self.commit()

    def commit(self) -> None:
        conn = self.db.conn
        if not conn.in_transaction:
            if self.members:
                self._lost(UNEXPECTED)
            return
        try:
            conn.execute("COMMIT")
        except Exception as exc:  # noqa: BLE001 - the driver's error, whichever driver
            known = translate(exc)
            if known is None:
                log.exception("Committing a group of bundles failed")
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            self._lost(str(known) if known else UNEXPECTED)
            return
        self._reset()

    def _lost(self, reason: str) -> None:
        log.warning("A group of %d bundle(s) was not saved: %s", len(self.members), reason)
        for result in self.members:
            result.status = "rejected"
            result.reason = f"tidak tersimpan: {reason}"
            result.added = result.updated = result.unchanged = result.deleted = result.conflicts = 0
            result.tables = {}
        self._reset()

    def _reset(self) -> None:
        self.members = []
        self.rows = 0

"""Several bundles of one import in one write transaction.

At office size the commit costs more than a bundle's inserts: every page the bundle touched is
encrypted and written out, and with random NIKs and KK numbers consecutive bundles touch mostly
the same index pages. A group commits once per GROUP_ROWS rows or GROUP_SECONDS, so those pages
are written once for several bundles (docs/benchmarks.md).

Each bundle stays atomic without a savepoint (SQLCipher keeps a savepoint's journal in memory,
and with a large office file it grew the import's memory with the number of bundles):
- a bundle refused before it wrote anything (missing parents) leaves the group as it was; a
  refused one that wrote (a first-contact laptop registered as pending) commits the group, so
  that registration is never lost with it;
- a bundle that fails after writing (a full disk, a bug) rolls the whole group back; the
  group's earlier bundles are then applied again one by one, each in its own transaction, and
  only the failing one is reported as rejected;
- a commit that fails rolls back too, and the group's bundles are applied again one by one.
A crash before the group's commit loses its bundles together, never part of one; the ledger
then does not know them either, so importing the same files again applies them. A report never
says "applied" about rows that are not in the database."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from psmdesk.services.context import AppContext
from psmdesk.storage.errors import translate

if TYPE_CHECKING:
    from psmdesk.services.sync_import import ImportResult

log = logging.getLogger(__name__)
GROUP_ROWS = 40_000
# Also how long a form saved meanwhile in the window may wait for the write lock.
GROUP_SECONDS = 2.0


Again = Callable[[Path], "ImportResult"]  # imports one file again, alone in its own transaction


class CommitGroup:
    def __init__(self, ctx: AppContext, again: Again) -> None:
        self.db = ctx.db
        self.again = again
        self.members: list[tuple[Path, ImportResult]] = []
        self.rows = 0
        self.started = 0.0
        self.lost = False  # the current bundle wrote and failed: the group was rolled back
        self.changes = self.db.conn.total_changes  # as of the last file's result

    @contextmanager
    def bundle(self) -> Iterator[Database]:
        """One bundle's writes, inside the group's transaction (opened here when none is)."""
        conn = self.db.conn
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            self.started = time.monotonic()
        before = conn.total_changes
        try:
            yield self.db
        except BaseException:
            if conn.total_changes != before or not conn.in_transaction:
                self.lost = True
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            raise

    def after(self, path: Path, result: ImportResult) -> None:
        """Called with each file's result, in order: commits when the group is full."""
        if self.lost or (self.members and not self.db.conn.in_transaction):
            self.lost = False
            self._again()
            self.changes = self.db.conn.total_changes
            return
        if result.status == "applied":
            self.members.append((path, result))
            self.rows += result.added + result.updated + result.unchanged + result.deleted
        elif self.db.conn.total_changes != self.changes:
            # A refused file that still wrote: an unknown laptop registered as pending, so that
            # the coordinator can approve it. No file would bring that back if the group were
            # lost, so it is committed now (a first contact is rare).
            self.commit()
        if self.rows >= GROUP_ROWS or (self.members and time.monotonic() - self.started >= GROUP_SECONDS):
            self.commit()
        self.changes = self.db.conn.total_changes

    def commit(self) -> None:
        conn = self.db.conn
        if not conn.in_transaction:
            if self.members:
                self._again()
            return
        try:
            conn.execute("COMMIT")
        except Exception as exc:  # noqa: BLE001 - the driver's error, whichever driver
            if translate(exc) is None:
                log.exception("Committing a group of bundles failed")
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            self._again()
            return
        self._reset()

    def _again(self) -> None:
        """The group's transaction is gone: its bundles go in again, each on its own."""
        members = self.members
        self._reset()
        if members:
            log.warning("A group of %d bundle(s) was rolled back; applying them one by one", len(members))
        for path, result in members:
            vars(result).update(vars(self.again(path)))  # in place: the caller's list holds it

    def _reset(self) -> None:
        self.members = []
        self.rows = 0

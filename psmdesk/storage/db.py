"""The one function that opens a PSM Desk database."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from psmdesk.storage.errors import (
    DatabaseFromNewerVersion,
    DatabaseLocked,
    NotPsmDeskDatabase,
    translate,
)
from psmdesk.storage.migrations import migrations

log = logging.getLogger(__name__)

# "PSMD" in ASCII, written into the SQLite header so that a PSM Desk file can be told from others.
APPLICATION_ID = 0x50534D44
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == SQLITE_MAGIC


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; every write goes through db.atomic().
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return [r[0] for r in rows]


def backup_file(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (safe while the database is open)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def open_database(path: Path, *, backup_dir: Path | None = None, migrate: bool = True) -> Database:
    """Opens (creating if needed) and migrates the database at `path`.

    Refuses, leaving the file untouched, a file that is not SQLite, an SQLite file of another
    program, and a database written by a newer PSM Desk. The file is backed up into
    `backup_dir` before any migration runs on an existing database."""
    name = path.name
    existed = path.exists() and path.stat().st_size > 0
    if existed and not _looks_like_sqlite(path):
        raise NotPsmDeskDatabase(name)
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        raise translate(exc, name) or exc from exc
    try:
        _check_identity(conn, name, existed)
        _apply_pragmas(conn)
        db = Database(conn)
        _check_not_newer(db, name)
        if migrate:
            _migrate(db, path, backup_dir, existed)
        return db
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlite3.Error):
            raise translate(exc, name) or exc from exc
        raise


def _check_identity(conn: sqlite3.Connection, name: str, existed: bool) -> None:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = _user_tables(conn)
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc).lower():
            raise NotPsmDeskDatabase(name) from exc
        raise
    if app_id == APPLICATION_ID:
        return
    if existed and (app_id != 0 or tables):
        raise NotPsmDeskDatabase(name)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _apply_pragmas(conn: sqlite3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        # Another connection holds the file in a mode we cannot change: it is in use.
        raise DatabaseLocked()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _check_not_newer(db: Database, name: str) -> None:
    known = {m.name for m in migrations._migrations}
    applied = {m.name for m in migrations.applied(db)}
    if applied - known:
        raise DatabaseFromNewerVersion(name)


def _migrate(db: Database, path: Path, backup_dir: Path | None, existed: bool) -> None:
    pending = migrations.pending(db)
    if not pending:
        return
    if existed and backup_dir is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = backup_dir / f"sebelum-migrasi-{stamp}.db"
        backup_file(db.conn, target)
        log.info("Backed up before migrating %d step(s) to %s", len(pending), target.name)
    migrations.apply(db)
    log.info("Applied migrations: %s", ", ".join(m.name for m in pending))


def close_database(db: Database) -> None:
    try:
        db.conn.execute("PRAGMA optimize")
    except sqlite3.Error:
        pass
    db.conn.close()




@contextmanager
def immediate(db: Database, *, rollback: bool = False) -> Iterator[Database]:
    """A write transaction that takes the write lock at BEGIN, so two processes importing the
    same bundle serialise instead of both reading "not imported yet". `rollback=True` undoes
    everything at the end (a dry run)."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("ROLLBACK" if rollback else "COMMIT")

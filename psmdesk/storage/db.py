"""The one function that opens a PSM Desk database."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from psmdesk.storage import cipher
from psmdesk.storage.cipher import SQLITE_MAGIC, sqlite
from psmdesk.storage.errors import (
    DatabaseFromNewerVersion,
    DatabaseLocked,
    DatabaseNeedsKey,
    EncryptionCheckFailed,
    KeyDoesNotFit,
    NotPsmDeskDatabase,
    translate,
)
from psmdesk.storage.migrations import migrations

log = logging.getLogger(__name__)

# "PSMD" in ASCII, written into the SQLite header so that a PSM Desk file can be told from others.
APPLICATION_ID = 0x50534D44
BUSY_TIMEOUT_MS = 5000
ENCRYPTING_SUFFIX = ".enkripsi"

# The page cache of the window's own connection (lists, search, forms). Background jobs (imports,
# exports) keep SQLite's default: they stream, and their memory must not grow with what they read.
# A household row with its field clocks fills about half a 4 KB page, and every page read from
# the file is also decrypted: a search that reads a few thousand rows at kota size reads them from
# this cache the second time (p95 of the search benchmark 54 -> 37 ms at 150,000 households).
SCREEN_CACHE_MIB = 64
# An import (bundles or a spreadsheet) writes rows with random NIKs and KK numbers all over the
# indexes: with SQLite's default 8 MiB most of those pages are read and decrypted again for each
# bundle. Bounded whatever the number of files, and no larger than what ten bundles already fill,
# so the memory of a long import still does not grow with its length: peak RSS importing 300
# kota bundles against 10 was 123/111 MB with the default, 142/124 MB with 24 MiB (ratio 1.15,
# target 1.2; 136/124 once the name-key cache of sync/tables.py was bounded to 8,192 names) and
# 152/130 MB with 32 MiB (1.17).
IMPORT_CACHE_MIB = 24

__all__ = ["APPLICATION_ID", "IMPORT_CACHE_MIB", "SCREEN_CACHE_MIB", "SQLITE_MAGIC", "backup_file", "close_database",
           "immediate", "import_cache", "open_database", "use_screen_cache"]


def _connect(path: Path, key: bytes | None) -> sqlite.Connection:
    # isolation_level=None: no implicit transactions; every write goes through db.atomic().
    conn = cipher.connect(path, key=key, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                          check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def use_screen_cache(db: Database) -> None:
    """Gives the connection the window reads through its larger page cache (SCREEN_CACHE_MIB)."""
    db.execute(f"PRAGMA cache_size = -{SCREEN_CACHE_MIB * 1024}")


@contextmanager
def import_cache(db: Database) -> Iterator[Database]:
    """IMPORT_CACHE_MIB of page cache for the length of an import, then the connection's own."""
    before = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{max(IMPORT_CACHE_MIB * 1024, -before if before < 0 else 0)}")
    try:
        yield db
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")


def _user_tables(conn: sqlite.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return [r[0] for r in rows]


def backup_file(conn: sqlite.Connection, target: Path, key: bytes | None = None) -> Path:
    """A consistent copy through SQLite's backup API (safe while the database is open),
    encrypted with `key` (the database's own key: a backup leaks no more than the database)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = cipher.connect(target, key=key)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def open_database(path: Path, *, key: bytes | None = None, backup_dir: Path | None = None,
                  migrate: bool = True) -> Database:
    """Opens (creating if needed) and migrates the database at `path`, encrypted with `key`
    (None: a plain SQLite file, as earlier versions wrote and tests use).

    A plain database opened with a key is first encrypted in place (`encrypt_in_place`).
    Refuses, leaving the file untouched, a file that is not SQLite, an SQLite file of another
    program, an encrypted file without its key or with another key, and a database written by a
    newer PSM Desk. The file is backed up into `backup_dir` before any migration runs on an
    existing database."""
    name = path.name
    existed = path.exists() and path.stat().st_size > 0
    plain = existed and cipher.is_plain_file(path)
    if existed and not plain:
        if not cipher.looks_encrypted(path):
            raise NotPsmDeskDatabase(name)
        if key is None:
            raise DatabaseNeedsKey(name)
    if plain and key is not None:
        encrypt_in_place(path, key)
    try:
        conn = _connect(path, key)
    except sqlite.Error as exc:
        raise translate(exc, name) or exc from exc
    try:
        _check_identity(conn, name, existed, keyed=key is not None)
        _apply_pragmas(conn)
        db = Database(conn)
        _check_not_newer(db, name)
        if migrate:
            _migrate(db, path, backup_dir, existed, key)
        return db
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlite.Error):
            raise translate(exc, name) or exc from exc
        raise


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Turns a plain PSM Desk database into an encrypted one, safely: the encrypted copy is
    written beside it, checked (integrity, every table's row count), fsynced, and only then
    renamed over the plain file in one step. A crash at any point leaves the plain database as
    it was (and a stale `.enkripsi` file that the next attempt overwrites)."""
    name = path.name
    staged = path.with_name(path.name + ENCRYPTING_SUFFIX)
    for leftover in (staged, Path(f"{staged}-journal")):
        leftover.unlink(missing_ok=True)
    try:
        plain = _connect(path, None)
    except sqlite.Error as exc:
        raise translate(exc, name) or exc from exc
    try:
        _check_identity(plain, name, True, keyed=False)
        busy = plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise DatabaseLocked()  # another program has it open: never swap a file in use
        cipher.encrypt_into(plain, staged, key)
        counts = {t: plain.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in _user_tables(plain)}
    except BaseException as exc:
        plain.close()
        staged.unlink(missing_ok=True)
        if isinstance(exc, sqlite.Error):
            raise translate(exc, name) or exc from exc
        raise
    plain.close()  # the last connection: SQLite removes the (checkpointed, empty) -wal and -shm
    check = _connect(staged, key)
    try:
        sound = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and all(
            check.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] == n for t, n in counts.items())
    finally:
        check.close()
    if not sound:
        staged.unlink(missing_ok=True)
        raise EncryptionCheckFailed()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(staged, path)
    if os.name != "nt":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    log.info("Database encrypted in place (%d tables)", len(counts))


def _check_identity(conn: sqlite.Connection, name: str, existed: bool, *, keyed: bool = False) -> None:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = _user_tables(conn)
    except sqlite.DatabaseError as exc:
        if "not a database" in str(exc).lower():
            raise (KeyDoesNotFit(name) if keyed else NotPsmDeskDatabase(name)) from exc
        raise
    if app_id == APPLICATION_ID:
        return
    if existed and (app_id != 0 or tables):
        raise NotPsmDeskDatabase(name)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _apply_pragmas(conn: sqlite.Connection) -> None:
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


def _migrate(db: Database, path: Path, backup_dir: Path | None, existed: bool, key: bytes | None) -> None:
    pending = migrations.pending(db)
    if not pending:
        return
    if existed and backup_dir is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = backup_dir / f"sebelum-migrasi-{stamp}.db"
        backup_file(db.conn, target, key)
        log.info("Backed up before migrating %d step(s) to %s", len(pending), target.name)
    migrations.apply(db)
    log.info("Applied migrations: %s", ", ".join(m.name for m in pending))


def close_database(db: Database) -> None:
    try:
        db.conn.execute("PRAGMA optimize")
    except sqlite.Error:
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

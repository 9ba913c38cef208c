"""SQL-level backup and restore: copies through SQLite's backup API, written so that a crash at
any moment leaves either the old file or the complete new one, never half of one.

Nothing here knows about kinds, rotation or the UI: that is `services/backup.py`."""

from __future__ import annotations

import errno
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from psmdesk.storage import cipher
from psmdesk.storage.cipher import sqlite
from psmdesk.storage.db import APPLICATION_ID
from psmdesk.storage.errors import DatabaseLocked, StorageError
from psmdesk.storage.migrations import migrations
from psmdesk.storage.schema import SYNCED_TABLES

PART_SUFFIX = ".part"
PAGES_PER_STEP = 256
# How long a copy waits for a database another program holds locked before giving up.
LOCK_WAIT_SECONDS = 10.0

Progress = Callable[[int, int], None]


class NotABackup(StorageError):
    def __init__(self, name: str, why: str) -> None:
        super().__init__(f"Berkas {name} bukan cadangan PSM Desk ({why}). Tidak ada yang dipulihkan.")


class BackupKeyDoesNotFit(NotABackup):
    """An encrypted backup that the open database's key does not open: made on another laptop
    (or before the data folder was set up again). The `kunci.json` copied beside it opens it."""

    def __init__(self, name: str) -> None:
        super().__init__(name, "terenkripsi dengan kunci lain; mungkin dari laptop lain")


class BackupFolderReadOnly(StorageError):
    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"Cadangan tidak bisa dibuat: folder {folder} tidak bisa ditulisi (hanya-baca atau tanpa izin). "
            "Data Anda tidak berubah. Pilih folder lain atau periksa izin folder."
        )


class BackupDiskFull(StorageError):
    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"Cadangan tidak bisa dibuat: ruang penyimpanan di {folder} penuh. Data Anda dan cadangan "
            "lama tidak berubah. Kosongkan ruang disk, lalu coba lagi."
        )


@dataclass
class BackupContents:
    """What a backup file holds, read without changing it."""

    counts: dict[str, int] = field(default_factory=dict)  # synced table -> live rows
    last_change: str = ""  # ISO UTC of the newest change in any synced table
    profile_name: str = ""
    device_id: str = ""
    migrations: list[str] = field(default_factory=list)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy(source: Any, dest: Any, progress: Progress | None,
          cancelled: Callable[[], bool] | None) -> None:
    started = time.monotonic()

    def step(status: int, remaining: int, total: int) -> None:
        if status in (sqlite.SQLITE_BUSY, sqlite.SQLITE_LOCKED):
            if time.monotonic() - started > LOCK_WAIT_SECONDS:
                raise DatabaseLocked()
        elif progress is not None:
            progress(total - remaining, total)
        if cancelled is not None and cancelled():
            raise InterruptedError("backup cancelled")

    source.backup(dest, pages=PAGES_PER_STEP, progress=step)


def _translate_write_error(exc: BaseException, folder: Path) -> StorageError | None:
    if isinstance(exc, StorageError):
        return exc
    text = str(exc).lower()
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return BackupDiskFull(folder)
        if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
            return BackupFolderReadOnly(folder)
    if isinstance(exc, sqlite.OperationalError):
        if "full" in text:
            return BackupDiskFull(folder)
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return BackupFolderReadOnly(folder)
        if "locked" in text or "busy" in text:
            return DatabaseLocked()
    return None


def write_backup(source: Any, target: Path, *, key: bytes | None, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Path:
    """A consistent copy of `source` at `target`, encrypted with `key` (the database's own key;
    None only for a plain database): copied to `target.part`, made a single self-contained file
    (no -wal), fsynced, then renamed into place. On failure the partial file is removed and
    `target` does not exist."""
    folder = target.parent
    part = target.with_name(target.name + PART_SUFFIX)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        part.unlink(missing_ok=True)
        dest = cipher.connect(part, key=key, isolation_level=None)
        try:
            _copy(source, dest, progress, cancelled)
            # A backup is one file: it can be copied to a stick or opened read-only as it is.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        fsync_file(part)
        os.replace(part, target)
        fsync_dir(folder)
    except BaseException as exc:
        _remove_quietly(part)
        known = _translate_write_error(exc, folder)
        if known is not None and known is not exc:
            raise known from exc
        raise
    return target


def _remove_quietly(path: Path) -> None:
    for candidate in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            candidate.unlink(missing_ok=True)
        except OSError:
            pass


def key_for(path: Path, key: bytes | None) -> bytes | None:
    """The key to open `path` with: none for a plain file (from before encryption), else `key`."""
    return None if cipher.is_plain_file(path) else key


def open_read_only(path: Path, key: bytes | None) -> Any:
    """Opens a file for reading without writing a byte (no lock files, no journal)."""
    return cipher.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, key=key_for(path, key))


def inspect_backup(path: Path, key: bytes | None = None) -> BackupContents:
    """What a PSM Desk backup holds; raises NotABackup for anything else (or a damaged copy),
    BackupKeyDoesNotFit for an encrypted backup that `key` does not open."""
    name = path.name
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise NotABackup(name, "berkas tidak bisa dibaca") from exc
    if len(header) < 16:
        raise NotABackup(name, "bukan berkas basis data")
    encrypted = header != cipher.SQLITE_MAGIC
    if encrypted and key is None:
        raise BackupKeyDoesNotFit(name)
    try:
        conn = open_read_only(path, key)
    except sqlite.Error as exc:
        raise NotABackup(name, "berkas tidak bisa dibuka") from exc
    try:
        return _contents(conn, name)
    except sqlite.DatabaseError as exc:
        if encrypted and "not a database" in str(exc).lower():
            # Random bytes and a backup under another key look the same: say the likelier.
            raise BackupKeyDoesNotFit(name) from exc
        raise NotABackup(name, "berkas rusak") from exc
    finally:
        conn.close()


def _contents(conn: Any, name: str) -> BackupContents:
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise NotABackup(name, "berkas milik program lain")
    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise NotABackup(name, "berkas rusak")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "meta" not in tables or migrations.migrations_table not in tables:
        raise NotABackup(name, "berkas tidak lengkap")
    applied = [r[0] for r in conn.execute(
        f"SELECT name FROM {migrations.migrations_table} WHERE migration_set = ? ORDER BY rowid",
        [migrations.name])]
    known = {m.name for m in migrations._migrations}
    if set(applied) - known:
        raise NotABackup(name, "dibuat oleh PSM Desk versi yang lebih baru; pasang versi terbaru dulu")
    contents = BackupContents(migrations=applied)
    last = ""
    for table in SYNCED_TABLES:
        if table not in tables:
            continue
        count, newest = conn.execute(
            f"SELECT COUNT(*) - COUNT(deleted_at), MAX(updated_at) FROM {table}").fetchone()
        contents.counts[table] = int(count)
        last = max(last, newest or "")
    contents.last_change = last
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('profile', 'device_id')").fetchall())
    try:
        contents.profile_name = str(json.loads(meta.get("profile") or "null")["name"])
    except (TypeError, KeyError, ValueError):
        contents.profile_name = ""
    contents.device_id = meta.get("device_id") or ""
    return contents


def is_sound(path: Path, key: bytes | None = None) -> bool:
    """`PRAGMA quick_check` on the database file (read-only): False for a damaged file."""
    try:
        conn = cipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5, key=key_for(path, key))
    except sqlite.Error:
        return False
    try:
        return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except sqlite.OperationalError as exc:
        text = str(exc).lower()
        return "locked" in text or "busy" in text  # in use is not damaged
    except sqlite.DatabaseError:
        return False
    finally:
        conn.close()


def restore_in_place(backup: Path, database: Path, *, backup_key: bytes | None, key: bytes | None,
                     progress: Progress | None = None) -> None:
    """Replaces the content of a sound, open-able database by the backup's, in one transaction
    of the destination (other connections may stay open: they see the new data next read).
    The pages are re-encrypted on the way from `backup_key` to the database's `key`."""
    source = open_read_only(backup, backup_key)
    try:
        dest = cipher.connect(database, key=key, isolation_level=None, timeout=5)
        try:
            _copy(source, dest, progress, None)
            mode = dest.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise DatabaseLocked()
        finally:
            dest.close()
    finally:
        source.close()


def replace_file(backup: Path, database: Path, damaged_to: Path, *, backup_key: bytes | None,
                 key: bytes | None) -> None:
    """For a database that cannot be opened: moves it (and its -wal/-shm) to `damaged_to`, then
    puts a copy of the backup in its place (temp name, fsync, rename). Nothing may hold it open."""
    damaged_to.parent.mkdir(parents=True, exist_ok=True)
    source = open_read_only(backup, backup_key)
    try:
        staged = write_backup(source, database.with_name(database.name + ".restore"), key=key)
    finally:
        source.close()
    for suffix in ("", "-wal", "-shm"):
        old = Path(f"{database}{suffix}")
        if old.exists():
            os.replace(old, Path(f"{damaged_to}{suffix}"))
    os.replace(staged, database)
    fsync_dir(database.parent)

"""Backups and restore: daily and pre-import copies that rotate, a copy to a chosen folder,
and restoring a backup (after backing up what is there now). See docs/backup.md."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from psmdesk.domain.ids import new_id
from psmdesk.paths import AppPaths
from psmdesk.services.context import DEVICE_KEY, PROFILE_KEY, AppContext, open_app
from psmdesk.storage import cipher, meta
from psmdesk.storage.backup import (
    PART_SUFFIX,
    BackupContents,
    NotABackup,
    Progress,
    inspect_backup,
    is_sound,
    replace_file,
    restore_in_place,
    write_backup,
)
from psmdesk.storage.backup import (
    key_for as cipher_key,
)
from psmdesk.storage.db import close_database, open_database
from psmdesk.storage.errors import StorageError
from psmdesk.storage.records import CLOCK_KEY, Actor, load_clock
from psmdesk.sync import forks
from psmdesk.sync.identity import EPOCH

log = logging.getLogger(__name__)

DAILY, PRE_IMPORT, PRE_RESTORE, MANUAL, MIGRATION, COPY = (
    "harian", "sebelum-impor", "sebelum-pulihkan", "manual", "sebelum-migrasi", "salinan")
# How many of each kind are kept; the oldest go first. Migration backups are db.py's, kept as is.
KEEP = {DAILY: 7, PRE_IMPORT: 5, PRE_RESTORE: 5, MANUAL: 10}
COPY_FOLDER_KEY = "backup_copy_folder"
_NAME = re.compile(r"^(?:cadangan-(?P<kind>harian|sebelum-impor|sebelum-pulihkan|manual|salinan)|"
                   r"(?P<migration>sebelum-migrasi))-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str
    created: datetime
    size: int

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    contents: BackupContents
    kept_current: Path | None  # the backup of what was there before (or the damaged file moved aside)
    epoch: str

    def describe(self) -> str:
        counts = ", ".join(f"{table} {count}" for table, count in self.contents.counts.items() if count)
        lines = [f"Dipulihkan dari {self.restored.name} (profil: {self.contents.profile_name or '-'}; "
                 f"perubahan terakhir {self.contents.last_change or '-'})."]
        lines.append(f"Isi: {counts or 'kosong'}.")
        if self.kept_current is not None:
            lines.append(f"Data sebelumnya disimpan di {self.kept_current}.")
        lines.append("Nomor paket sinkron dimulai dari urutan baru.")
        return "\n".join(lines)


def parse_name(path: Path) -> tuple[str, datetime] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    kind = match["kind"] or MIGRATION
    return kind, datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")


def list_backups(folder: Path) -> list[Backup]:
    """The backups in a folder, newest first (half-written `.part` files are never listed)."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        parsed = parse_name(path)
        if parsed is None or not path.is_file():
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(Backup(path, parsed[0], parsed[1], size))
    return sorted(found, key=lambda b: (b.created, b.name), reverse=True)


def _target(folder: Path, kind: str, now: datetime) -> Path:
    base = f"cadangan-{kind}-{now:%Y%m%d-%H%M%S}"
    target = folder / f"{base}.db"
    n = 1
    while target.exists():  # never overwrite a good backup, even within the same second
        target = folder / f"{base}-{n}.db"
        n += 1
    return target


def rotate(folder: Path) -> list[Path]:
    """Deletes the oldest backups of each rotating kind beyond `KEEP`, and stale half-files."""
    removed = []
    by_kind: dict[str, list[Backup]] = {}
    for backup in list_backups(folder):
        by_kind.setdefault(backup.kind, []).append(backup)
    for kind, keep in KEEP.items():
        for old in by_kind.get(kind, [])[keep:]:
            try:
                old.path.unlink()
                removed.append(old.path)
            except OSError:
                log.warning("Could not remove an old backup %s", old.name)
    for stale in folder.glob(f"cadangan-*{PART_SUFFIX}*"):  # with its -journal
        try:
            stale.unlink()
        except OSError:
            pass
    return removed


def make_backup(ctx: AppContext, kind: str = MANUAL, *, now: datetime | None = None,
                folder: Path | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> Path:
    """A backup of the open database into the backups folder (or `folder`), then rotation."""
    now = now or datetime.now()
    rotating = folder is None
    folder = folder or ctx.paths.backups
    if rotating:
        rotate(folder)  # first the stale half-files of an interrupted backup
    target = write_backup(ctx.db.conn, _target(folder, kind, now), key=ctx.key, progress=progress,
                          cancelled=cancelled)
    if not rotating:
        _copy_keyfile(ctx, folder)
    log.info("Backup written: %s", target.name)
    if rotating:
        rotate(folder)
        if kind == DAILY:
            _copy_to_chosen_folder(ctx, now)
    return target


def copy_folder(ctx: AppContext) -> Path | None:
    value = meta.get(ctx.db, COPY_FOLDER_KEY)
    return Path(value) if value else None


def set_copy_folder(ctx: AppContext, folder: Path | None) -> None:
    with ctx.db.atomic():
        if folder is None:
            ctx.db.execute("DELETE FROM meta WHERE key = ?", [COPY_FOLDER_KEY])
        else:
            meta.put(ctx.db, COPY_FOLDER_KEY, str(folder))


def _copy_to_chosen_folder(ctx: AppContext, now: datetime) -> None:
    folder = copy_folder(ctx)
    if folder is None:
        return
    if not folder.is_dir():  # the stick is not plugged in: the next daily backup tries again
        log.info("Backup copy folder not available; skipped")
        return
    try:
        write_backup(ctx.db.conn, _target(folder, COPY, now), key=ctx.key)
        _copy_keyfile(ctx, folder)
    except (StorageError, OSError, cipher.sqlite.Error) as exc:
        log.warning("Backup copy to the chosen folder failed: %s", type(exc).__name__)


def backup_to_folder(ctx: AppContext, folder: Path, *, now: datetime | None = None) -> Path:
    """A fresh backup written directly into `folder` (a USB stick): not rotated there."""
    return make_backup(ctx, COPY, now=now, folder=folder)


def _copy_keyfile(ctx: AppContext, folder: Path) -> None:
    """A backup outside the data folder travels with a copy of the key file: on another laptop
    it opens with the passphrase or recovery code, and without them it stays noise."""
    if ctx.key is None or not ctx.paths.keyfile.exists():
        return
    # One per laptop: several laptops may back up to the same stick.
    target = folder / f"kunci-{ctx.device_id[-8:]}.json"
    try:
        data = ctx.paths.keyfile.read_bytes()
        if not target.exists() or target.read_bytes() != data:
            tmp = target.with_name(target.name + PART_SUFFIX)
            tmp.write_bytes(data)
            tmp.replace(target)
    except OSError:
        log.warning("Could not copy the key file beside the backup")


def keys_beside(file: Path) -> list[Path]:
    """Key files copied beside backups (one per laptop that backed up into that folder)."""
    try:
        return sorted(file.parent.glob("kunci*.json"))
    except OSError:
        return []


def open_backup_key(file: Path, candidates: list[Path], passphrase: str) -> bytes | None:
    """The key among `candidates` (key files) that `passphrase` unseals and that opens the backup;
    None if none does."""
    from psmdesk.storage import keyfile

    for candidate in candidates:
        try:
            key = keyfile.open_with_passphrase(candidate, passphrase)
            inspect_backup(file, key)
        except (StorageError, NotABackup):
            continue
        return key
    return None


def daily_backup_due(paths: AppPaths, today: datetime | None = None) -> bool:
    day = (today or datetime.now()).date()
    return not any(b.kind == DAILY and b.created.date() == day for b in list_backups(paths.backups))


def daily_backup(ctx: AppContext, *, now: datetime | None = None) -> Path | None:
    """The first start of a day makes the day's backup; later starts do nothing."""
    if not daily_backup_due(ctx.paths, now):
        return None
    return make_backup(ctx, DAILY, now=now)


def pre_import_backup(ctx: AppContext) -> Path | None:
    """Called before an import batch. A failure is logged, not raised: the import itself is one
    transaction per bundle, so nothing is lost without this copy; it only makes an undo possible."""
    try:
        return make_backup(ctx, PRE_IMPORT)
    except (StorageError, OSError, cipher.sqlite.Error) as exc:
        log.warning("Backup before import failed: %s", exc)
        return None


def database_sound(ctx: AppContext) -> bool:
    """`PRAGMA quick_check` of the open database (the start-up check)."""
    try:
        return bool(ctx.db.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except cipher.sqlite.DatabaseError:
        return False


def latest_good_backup(paths: AppPaths, key: bytes | None = None) -> Backup | None:
    """The newest backup that opens (with `key`) and holds a sound PSM Desk database."""
    for backup in list_backups(paths.backups):
        try:
            inspect_backup(backup.path, key)
        except NotABackup:
            continue
        return backup
    return None


def restore_backup(paths: AppPaths, file: Path, *, key: bytes | None = None, backup_key: bytes | None = None,
                   now: datetime | None = None, progress: Progress | None = None) -> RestoreResult:
    """Replaces the database with the backup's data. What is there now is first backed up
    (`cadangan-sebelum-pulihkan-...`), or, if it cannot be read, moved aside as `rusak-...`.
    Afterwards the database is migrated to this version and starts a new sync epoch.

    `key` is the database's key; `backup_key` the backup's when it differs (a backup from
    another laptop, opened with the `kunci.json` beside it): the copy is re-encrypted with `key`."""
    now = now or datetime.now()
    backup_key = backup_key or key
    contents = inspect_backup(file, backup_key)
    paths.ensure()
    database = paths.database
    if database.exists() and file.resolve() == database.resolve():
        raise NotABackup(file.name, "itu basis data yang sedang dipakai")
    kept: Path | None = None
    lost_clock: str | None = None
    if database.exists() and database.stat().st_size > 0 and is_sound(database, key):
        current = cipher.connect(database, key=cipher_key(database, key), timeout=5)
        try:
            kept = write_backup(current, _target(paths.backups, PRE_RESTORE, now), key=key)
            row = current.execute("SELECT value FROM meta WHERE key = ?", [CLOCK_KEY]).fetchone()
            lost_clock = str(row[0]) if row else None
        finally:
            current.close()
        restore_in_place(file, database, backup_key=backup_key, key=cipher_key(database, key), progress=progress)
    else:
        if database.exists():
            kept = paths.backups / f"rusak-{now:%Y%m%d-%H%M%S}.db"
        replace_file(file, database, kept or paths.backups / "rusak.db", backup_key=backup_key, key=key)
    db = open_database(database, key=key, backup_dir=paths.backups)
    try:
        epoch = new_id()
        with db.atomic():
            meta.put(db, EPOCH, epoch)
            device_id = meta.get(db, DEVICE_KEY)
            if device_id:  # its own edits since the backup are gone: they were not seen (sync/forks.py)
                forks.mark_restore(db, device_id, lost_clock, time.time_ns() // 1_000_000)
    finally:
        close_database(db)
    rotate(paths.backups)
    log.info("Restored the database from %s", file.name)
    return RestoreResult(file, contents, kept, epoch)


def after_restore(ctx: AppContext, result: RestoreResult) -> None:
    """The open context reads the restored data. Restored in place, its connection already sees
    it and only the cached identity is re-read; a replaced (damaged) file needs a new connection."""
    if result.kept_current is not None and result.kept_current.name.startswith("rusak-"):
        reopen(ctx)
        return
    device_id = meta.get(ctx.db, DEVICE_KEY) or ctx.device_id
    raw = meta.get_json(ctx.db, PROFILE_KEY)
    ctx.device_id = device_id
    ctx.actor = Actor(device_id=device_id, name=raw["name"] if raw else "PSM Desk",
                      clock=load_clock(ctx.db, device_id))


def reopen(ctx: AppContext) -> None:
    """After a restore: the context reads the restored database (new connection, device id, clock)."""
    close_database(ctx.db)
    fresh = open_app(ctx.paths, ctx.key)
    ctx.db, ctx.device_id = fresh.db, fresh.device_id
    ctx.actor = fresh.actor

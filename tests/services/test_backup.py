from __future__ import annotations

import errno
import os
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from psmdesk.paths import AppPaths
from psmdesk.services import backup as svc
from psmdesk.services.context import AppContext, open_app
from psmdesk.storage import backup as store
from psmdesk.storage import cipher, meta
from psmdesk.storage.errors import DatabaseLocked
from psmdesk.sync import identity

DAY = datetime(2026, 8, 17, 9, 30, 0)


def add_households(ctx: AppContext, n: int, members: int = 2) -> None:
    with ctx.transaction() as writer:
        for i in range(n):
            hid = writer.insert("households", {"kelurahan_code": "31.71.08.1001", "rt": f"{i:03d}", "rw": "002"})
            for m in range(members):
                writer.insert("members", {"household_id": hid, "name": f"Anggota {m}", "name_key": "a",
                                          "relation": "anak"})


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_backup_opens_and_holds_the_same_rows(ready_ctx: AppContext) -> None:
    add_households(ready_ctx, 3)
    path = svc.make_backup(ready_ctx, svc.MANUAL, now=DAY)
    assert path.name == "cadangan-manual-20260817-093000.db"
    assert path.parent == ready_ctx.paths.backups
    assert not list(path.parent.glob("*.part"))
    contents = store.inspect_backup(path)
    assert contents.counts["households"] == 3
    assert contents.counts["members"] == 6
    assert contents.profile_name == "Sari Wulandari"
    assert contents.last_change
    for table in ("households", "members", "meta", "audit_log"):
        assert count(path, table) == ready_ctx.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    # A single self-contained file: no -wal beside it, not in WAL mode.
    assert not Path(f"{path}-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_rotation_keeps_the_last_n_of_each_kind(ready_ctx: AppContext) -> None:
    for i in range(10):
        svc.make_backup(ready_ctx, svc.DAILY, now=DAY + timedelta(days=i))
    for i in range(7):
        svc.make_backup(ready_ctx, svc.PRE_IMPORT, now=DAY + timedelta(minutes=i))
    backups = svc.list_backups(ready_ctx.paths.backups)
    daily = [b for b in backups if b.kind == svc.DAILY]
    assert len(daily) == svc.KEEP[svc.DAILY] == 7
    assert daily[0].created == DAY + timedelta(days=9)  # the newest are kept
    assert daily[-1].created == DAY + timedelta(days=3)
    assert len([b for b in backups if b.kind == svc.PRE_IMPORT]) == svc.KEEP[svc.PRE_IMPORT]


def test_same_second_never_overwrites(ready_ctx: AppContext) -> None:
    first = svc.make_backup(ready_ctx, svc.MANUAL, now=DAY)
    second = svc.make_backup(ready_ctx, svc.MANUAL, now=DAY)
    assert first != second and first.exists() and second.exists()


def test_daily_backup_only_on_the_first_start_of_a_day(ready_ctx: AppContext) -> None:
    assert svc.daily_backup(ready_ctx, now=DAY) is not None
    assert svc.daily_backup(ready_ctx, now=DAY + timedelta(hours=3)) is None
    assert svc.daily_backup(ready_ctx, now=DAY + timedelta(days=1)) is not None


def test_daily_backup_also_goes_to_the_chosen_folder(ready_ctx: AppContext, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    svc.set_copy_folder(ready_ctx, stick)
    svc.daily_backup(ready_ctx, now=DAY)
    [copy] = svc.list_backups(stick)
    assert copy.kind == svc.COPY
    store.inspect_backup(copy.path)
    # An unplugged stick is not an error.
    svc.set_copy_folder(ready_ctx, tmp_path / "missing")
    assert svc.daily_backup(ready_ctx, now=DAY + timedelta(days=1)) is not None


def test_restore_replaces_data_and_starts_a_new_epoch(ready_ctx: AppContext) -> None:
    paths = ready_ctx.paths
    add_households(ready_ctx, 2)
    old_epoch = identity.epoch(ready_ctx.db)
    saved = svc.make_backup(ready_ctx, svc.MANUAL, now=DAY)
    add_households(ready_ctx, 5)
    assert ready_ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 7

    result = svc.restore_backup(paths, saved, now=DAY + timedelta(hours=1))
    assert result.kept_current is not None and result.kept_current.name.startswith("cadangan-sebelum-pulihkan-")
    assert store.inspect_backup(result.kept_current).counts["households"] == 7  # nothing lost
    svc.reopen(ready_ctx)
    assert ready_ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 2
    assert identity.epoch(ready_ctx.db) == result.epoch != old_epoch
    assert ready_ctx.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert ready_ctx.profile is not None
    assert "households 2" in result.describe()


def test_restore_with_another_connection_open_is_seen_by_it(ready_ctx: AppContext) -> None:
    add_households(ready_ctx, 1)
    saved = svc.make_backup(ready_ctx, svc.MANUAL, now=DAY)
    add_households(ready_ctx, 4)
    svc.restore_backup(ready_ctx.paths, saved, now=DAY)
    # The app's connection stayed open during the restore; it reads the restored data.
    assert ready_ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 1


@pytest.mark.parametrize("content", [b"", b"hello, not a database" * 100, None])
def test_a_file_that_is_not_a_backup_is_refused(ready_ctx: AppContext, tmp_path: Path,
                                                 content: bytes | None) -> None:
    add_households(ready_ctx, 2)
    other = tmp_path / "lain.db"
    if content is None:  # an SQLite file of another program
        conn = sqlite3.connect(other)
        conn.execute("CREATE TABLE t (x)")
        conn.close()
    else:
        other.write_bytes(content)
    with pytest.raises(store.NotABackup, match="bukan cadangan PSM Desk"):
        svc.restore_backup(ready_ctx.paths, other)
    assert ready_ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 2
    assert not [b for b in svc.list_backups(ready_ctx.paths.backups) if b.kind == svc.PRE_RESTORE]


def test_restore_over_a_damaged_database_moves_it_aside(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    ctx = open_app(paths)
    add_households(ctx, 2)
    saved = svc.make_backup(ctx, svc.DAILY, now=DAY)
    ctx.close()
    data = bytearray(paths.database.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)  # every page after the first is garbage
    paths.database.write_bytes(bytes(data))
    assert not store.is_sound(paths.database)
    assert svc.latest_good_backup(paths) is not None
    result = svc.restore_backup(paths, saved, now=DAY)
    assert result.kept_current is not None and result.kept_current.name.startswith("rusak-")
    assert result.kept_current.exists()
    ctx = open_app(paths)
    try:
        assert svc.database_sound(ctx)
        assert ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 2
    finally:
        ctx.close()


def test_latest_good_backup_skips_a_broken_one(ready_ctx: AppContext) -> None:
    good = svc.make_backup(ready_ctx, svc.DAILY, now=DAY)
    broken = ready_ctx.paths.backups / "cadangan-harian-20260818-090000.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    best = svc.latest_good_backup(ready_ctx.paths)
    assert best is not None and best.path == good


def test_a_rejected_bundle_or_a_preview_makes_no_backup(ready_ctx: AppContext, tmp_path: Path) -> None:
    """Nothing is written, so there is nothing to undo (tests/sync/test_import_backup.py shows
    the backup made before a bundle that is applied)."""
    from psmdesk.services.sync_import import import_files

    bogus = tmp_path / "paket.psmsync"
    bogus.write_bytes(b"not a bundle")
    [result] = import_files(ready_ctx, [bogus])
    assert result.status == "rejected"
    import_files(ready_ctx, [bogus], dry_run=True)
    assert svc.list_backups(ready_ctx.paths.backups) == []


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="POSIX permissions")
def test_read_only_backup_folder_is_a_clear_message(ready_ctx: AppContext, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(store.BackupFolderReadOnly, match="tidak bisa ditulisi"):
            svc.backup_to_folder(ready_ctx, folder, now=DAY)
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_full_disk_leaves_old_backups_and_no_half_file(ready_ctx: AppContext,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(svc.KEEP[svc.DAILY]):
        svc.make_backup(ready_ctx, svc.DAILY, now=DAY + timedelta(days=i))
    before = svc.list_backups(ready_ctx.paths.backups)

    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "fsync_file", full)
    with pytest.raises(store.BackupDiskFull, match="penuh"):
        svc.make_backup(ready_ctx, svc.DAILY, now=DAY + timedelta(days=30))
    assert svc.list_backups(ready_ctx.paths.backups) == before  # rotation did not run
    assert not list(ready_ctx.paths.backups.glob("*.part"))
    assert svc.database_sound(ready_ctx)


def test_locked_database_during_restore_is_a_clear_message(ready_ctx: AppContext,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    add_households(ready_ctx, 1)
    saved = svc.make_backup(ready_ctx, svc.MANUAL, now=DAY)
    monkeypatch.setattr(store, "LOCK_WAIT_SECONDS", 0.3)
    other = cipher.sqlite.connect(str(ready_ctx.paths.database), isolation_level=None)  # the app's driver
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        with pytest.raises(DatabaseLocked, match="sedang dipakai"):
            svc.restore_backup(ready_ctx.paths, saved, now=DAY + timedelta(hours=1))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert ready_ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 1
    assert meta.get(ready_ctx.db, "device_id") == ready_ctx.device_id


def test_read_only_folder_message_when_the_write_is_refused(ready_ctx: AppContext, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The same as the chmod test, for runs as root (where chmod cannot make a folder read-only)."""
    def refused(path: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(store, "fsync_file", refused)
    with pytest.raises(store.BackupFolderReadOnly, match="tidak bisa ditulisi"):
        svc.make_backup(ready_ctx, svc.DAILY, now=DAY)
    assert svc.list_backups(ready_ctx.paths.backups) == []
    assert not list(ready_ctx.paths.backups.glob("*.part"))

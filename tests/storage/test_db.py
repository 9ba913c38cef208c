from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from psmdesk.storage import cipher
from psmdesk.storage.db import APPLICATION_ID, close_database, open_database
from psmdesk.storage.errors import DatabaseFromNewerVersion, DatabaseLocked, NotPsmDeskDatabase
from psmdesk.storage.migrations import migrations


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_database_is_migrated_with_safe_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.db", backup_dir=tmp_path / "bk")
    try:
        assert {"households", "members", "audit_log", "meta"} <= set(db.table_names())
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'households'").fetchone()[0]
        assert sql.rstrip().endswith("STRICT")
        assert [m.name for m in migrations.applied(db)] == [m.name for m in migrations._migrations]
    finally:
        close_database(db)
    # Nothing to migrate on a fresh file: no backup.
    assert not (tmp_path / "bk").exists()


def test_reopening_keeps_data(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.db")
    with db.atomic():
        db.execute("INSERT INTO meta VALUES ('x', 'y')")
    close_database(db)
    db = open_database(tmp_path / "a.db")
    assert db.execute("SELECT value FROM meta WHERE key = 'x'").fetchone()[0] == "y"
    close_database(db)


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = open_database(path)
    with db.atomic():
        db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('psmdesk', '9999_from_the_future', '2030-01-01')"
        )
    close_database(db)
    before = digest(path)
    with pytest.raises(DatabaseFromNewerVersion) as err:
        open_database(path)
    assert "versi yang lebih baru" in str(err.value)
    assert digest(path) == before


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotPsmDeskDatabase) as err:
        open_database(path)
    assert "bukan basis data PSM Desk" in str(err.value)
    assert digest(path) == before


def test_non_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "psmdesk.db"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 10)
    before = digest(path)
    with pytest.raises(NotPsmDeskDatabase):
        open_database(path)
    assert digest(path) == before


def test_existing_database_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = open_database(path, migrate=False)
    migrations.apply(db, stop_before="0002_households")
    with db.atomic():
        db.execute("INSERT INTO meta VALUES ('device_id', 'abc')")
    close_database(db)

    db = open_database(path, backup_dir=tmp_path / "bk")
    assert "households" in db.table_names()
    close_database(db)
    backups = list((tmp_path / "bk").glob("sebelum-migrasi-*.db"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT value FROM meta").fetchone()[0] == "abc"
    assert "households" not in {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
    old.close()


def test_failed_migration_leaves_nothing_half_done(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.db"
    db = open_database(path, migrate=False)
    migrations.apply(db, stop_before="0002_households")
    close_database(db)

    step = next(m for m in migrations._migrations if m.name == "0002_households")
    original = step.fn

    def broken(database: object) -> None:
        original(database)  # type: ignore[arg-type]
        raise RuntimeError("power cut")

    monkeypatch.setattr(step, "fn", broken)
    with pytest.raises(RuntimeError):
        open_database(path)
    monkeypatch.setattr(step, "fn", original)
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "households" not in names
    db = open_database(path)  # and it migrates cleanly afterwards
    assert "households" in db.table_names()
    close_database(db)


def test_locked_database_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    close_database(open_database(path))
    holder = cipher.sqlite.connect(str(path), isolation_level=None)  # the app's driver: one lock table
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        import psmdesk.storage.db as dbmod

        original = dbmod.BUSY_TIMEOUT_MS
        dbmod.BUSY_TIMEOUT_MS = 200
        try:
            with pytest.raises(DatabaseLocked) as err:
                open_database(path)
        finally:
            dbmod.BUSY_TIMEOUT_MS = original
        assert "sedang dipakai" in str(err.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()

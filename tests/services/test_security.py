"""The encrypted data folder: setting the passphrase, unlocking, recovering, and encrypting a
plain database from an earlier version (with its backups), also when that is interrupted."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from psmdesk.datagen.households import HouseholdGenerator
from psmdesk.domain.issues import ValidationFailed
from psmdesk.paths import AppPaths
from psmdesk.services import backup as backups
from psmdesk.services import security
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.errors import UserError
from psmdesk.services.households import save_household
from psmdesk.services.security import DataState
from psmdesk.services.setup import setup
from psmdesk.storage import cipher, keyfile
from psmdesk.storage.backup import inspect_backup
from psmdesk.storage.errors import KeyDoesNotFit
from psmdesk.storage.keyfile import KeyFileMissing, WrongSecret
from tests.conftest import TEST_PASSPHRASE

TODAY = date(2026, 11, 22)
NEW_PASSPHRASE = "gado gado siram"


def fill(ctx: AppContext, n: int = 12, seed: int = 3) -> None:
    with ctx.db.atomic():
        for household in HouseholdGenerator(seed, ["31.71.08.1001"], TODAY, "Sari").households(n):
            save_household(ctx, household, confirmed=True, today=TODAY)


def snapshot(ctx: AppContext) -> dict[str, list[tuple[object, ...]]]:
    """Every row a volunteer entered (members with their NIK), to compare before and after."""
    return {
        "households": ctx.db.execute("SELECT id, no_kk, rt, rw FROM households ORDER BY id").fetchall(),
        "members": ctx.db.execute("SELECT id, household_id, name, nik FROM members ORDER BY id").fetchall(),
        "meta": ctx.db.execute("SELECT key, value FROM meta ORDER BY key").fetchall(),
    }


def names_and_niks(ctx: AppContext) -> list[bytes]:
    rows = ctx.db.execute("SELECT name, nik FROM members").fetchall()
    return [v.encode() for row in rows for v in row if v and len(v) >= 6]


def plain_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and cipher.is_plain_file(p))


def files_containing(folder: Path, needles: list[bytes]) -> list[tuple[str, bytes]]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [(path.name, n) for n in needles if n in data]
    return found


def protect(paths: AppPaths, passphrase: str = TEST_PASSPHRASE) -> str:
    ctx, code = security.protect(paths, passphrase)
    ctx.close()
    return code


@pytest.fixture
def plain(paths: AppPaths) -> Iterator[AppPaths]:
    """A data folder from before encryption: households, and plain backups of them."""
    ctx = open_app(paths)
    setup(ctx, "relawan", "Sari Wulandari", "31.71.08.1001")
    fill(ctx)
    backups.make_backup(ctx, backups.DAILY)
    backups.make_backup(ctx, backups.MANUAL)
    ctx.close()
    yield paths


@pytest.fixture
def locked(paths: AppPaths) -> tuple[AppPaths, str, dict[str, list[tuple[object, ...]]]]:
    """A protected folder with households in it: (paths, recovery code, rows)."""
    ctx, code = security.protect(paths, TEST_PASSPHRASE)
    setup(ctx, "relawan", "Sari Wulandari", "31.71.08.1001")
    fill(ctx)
    rows = snapshot(ctx)
    ctx.close()
    return paths, code, rows


def reopened_rows(paths: AppPaths, passphrase: str = TEST_PASSPHRASE) -> dict[str, list[tuple[object, ...]]]:
    ctx = security.open_unlocked(paths, passphrase)
    try:
        return snapshot(ctx)
    finally:
        ctx.close()


def frozen(paths: AppPaths) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(paths.data_dir.glob("*")) if p.is_file()}


# Setting the passphrase on a new folder ---------------------------------------------------------


def test_protect_fresh_folder_creates_an_encrypted_database(paths: AppPaths) -> None:
    assert security.data_state(paths) is DataState.FRESH
    ctx, code = security.protect(paths, TEST_PASSPHRASE, TEST_PASSPHRASE)
    assert ctx.key is not None and len(ctx.key) == 32
    setup(ctx, "relawan", "Sari Wulandari", "31.71.08.1001")
    fill(ctx, 3)
    key = ctx.key
    ctx.close()
    header = paths.database.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    assert cipher.looks_encrypted(paths.database)
    std = sqlite3.connect(paths.database)
    with pytest.raises(sqlite3.DatabaseError):
        std.execute("SELECT COUNT(*) FROM members").fetchone()
    std.close()
    assert security.data_state(paths) is DataState.LOCKED
    assert security.unlock(paths, TEST_PASSPHRASE) == key
    assert keyfile.open_with_recovery_code(paths.keyfile, code) == key
    assert reopened_rows(paths)["households"]


@pytest.mark.parametrize(("passphrase", "confirm", "says"), [
    ("pendek", None, "minimal 8 karakter"),
    ("", None, "Isi kata sandi"),
    ("password", None, "mudah ditebak"),
    ("12345678", None, "mudah ditebak"),
    (TEST_PASSPHRASE, TEST_PASSPHRASE + "x", "tidak sama"),
])
def test_a_weak_or_mistyped_passphrase_creates_nothing(paths: AppPaths, passphrase: str, confirm: str | None,
                                                       says: str) -> None:
    with pytest.raises(ValidationFailed) as info:
        security.protect(paths, passphrase, confirm)
    assert any(says in issue.message for issue in info.value.issues)
    assert not paths.keyfile.exists() and not paths.database.exists()
    assert security.data_state(paths) is DataState.FRESH


def test_protect_twice_is_refused(locked: tuple[AppPaths, str, dict[str, list[tuple[object, ...]]]]) -> None:
    paths, _code, _rows = locked
    before = frozen(paths)
    with pytest.raises(UserError, match="sudah dilindungi"):
        security.protect(paths, NEW_PASSPHRASE)
    assert frozen(paths) == before


def test_a_failure_while_creating_leaves_a_fresh_folder(paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    """The database was created under the new key, then something failed (the disk filled up):
    the key file must not be removed from under an encrypted database that nothing else opens."""
    real_open_app = security.open_app

    def fails_after_creating(p: AppPaths, key: bytes | None = None) -> AppContext:
        real_open_app(p, key).close()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(security, "open_app", fails_after_creating)
    with pytest.raises(OSError):
        security.protect(paths, TEST_PASSPHRASE)
    monkeypatch.undo()
    assert security.data_state(paths) is DataState.FRESH  # not KEY_MISSING: nothing is lost
    protect(paths)
    assert reopened_rows(paths)["meta"]


# Unlocking ---------------------------------------------------------------------------------------


def test_a_wrong_passphrase_is_refused_and_changes_nothing(
        locked: tuple[AppPaths, str, dict[str, list[tuple[object, ...]]]]) -> None:
    paths, code, rows = locked
    before = frozen(paths)
    for wrong in ("kopi tubruk siang", TEST_PASSPHRASE.upper(), code, ""):
        with pytest.raises(WrongSecret, match="Kata sandi salah"):
            security.unlock(paths, wrong)
        with pytest.raises(WrongSecret, match="Kata sandi salah"):
            security.open_unlocked(paths, wrong)
    with pytest.raises(UserError, match="PSMDESK_PASSPHRASE"):
        security.open_unlocked(paths, None)
    assert frozen(paths) == before
    assert reopened_rows(paths) == rows


def test_a_key_file_of_another_laptop_does_not_fit(
        locked: tuple[AppPaths, str, dict[str, list[tuple[object, ...]]]], tmp_path: Path) -> None:
    paths, _code, rows = locked
    other = AppPaths.resolve(tmp_path / "laptop-lain")
    protect(other)  # the same passphrase, another data key
    own = paths.keyfile.read_bytes()
    shutil.copyfile(other.keyfile, paths.keyfile)
    before = frozen(paths)
    with pytest.raises(KeyDoesNotFit, match="laptop lain"):
        security.open_unlocked(paths, TEST_PASSPHRASE)
    assert frozen(paths) == before
    paths.keyfile.write_bytes(own)
    assert reopened_rows(paths) == rows


# Recovery code, changing the passphrase ----------------------------------------------------------


def test_recover_sets_a_new_passphrase_and_keeps_the_data(
        locked: tuple[AppPaths, str, dict[str, list[tuple[object, ...]]]]) -> None:
    paths, code, rows = locked
    key = security.unlock(paths, TEST_PASSPHRASE)
    typed = code.lower().replace("-", " ")
    recovered, new_code = security.recover(paths, typed, NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert recovered == key and new_code != code
    with pytest.raises(WrongSecret):
        security.unlock(paths, TEST_PASSPHRASE)
    with pytest.raises(WrongSecret, match="Kode pemulihan"):
        security.recover(paths, code, "nasi goreng kampung")  # the used code was replaced
    assert keyfile.open_with_recovery_code(paths.keyfile, new_code) == key
    assert reopened_rows(paths, NEW_PASSPHRASE) == rows


def test_recover_with_a_wrong_code_or_weak_passphrase_changes_nothing(
        locked: tuple[AppPaths, str, dict[str, list[tuple[object, ...]]]]) -> None:
    paths, code, rows = locked
    before = frozen(paths)
    with pytest.raises(WrongSecret, match="Kode pemulihan tidak cocok"):
        security.recover(paths, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF", NEW_PASSPHRASE)
    with pytest.raises(ValidationFailed):
        security.recover(paths, code, "pendek")
    with pytest.raises(ValidationFailed):
        security.recover(paths, code, NEW_PASSPHRASE, "gado gado rebus")
    assert frozen(paths) == before
    assert reopened_rows(paths) == rows


def test_change_passphrase_and_replace_recovery_code(
        locked: tuple[AppPaths, str, dict[str, list[tuple[object, ...]]]]) -> None:
    paths, code, rows = locked
    ctx = security.open_unlocked(paths, TEST_PASSPHRASE)
    try:
        with pytest.raises(WrongSecret):
            security.change_passphrase(ctx, "bukan yang ini", NEW_PASSPHRASE)
        with pytest.raises(ValidationFailed):
            security.change_passphrase(ctx, TEST_PASSPHRASE, "pendek")
        assert security.passphrase_fits(ctx, TEST_PASSPHRASE)
        security.change_passphrase(ctx, TEST_PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
        assert security.passphrase_fits(ctx, NEW_PASSPHRASE)
        assert not security.passphrase_fits(ctx, TEST_PASSPHRASE)
        assert keyfile.open_with_recovery_code(paths.keyfile, code) == ctx.key  # the code stays
        with pytest.raises(WrongSecret):
            security.replace_recovery_code(ctx, TEST_PASSPHRASE)
        new_code = security.replace_recovery_code(ctx, NEW_PASSPHRASE)
        with pytest.raises(WrongSecret):
            keyfile.open_with_recovery_code(paths.keyfile, code)
        assert keyfile.open_with_recovery_code(paths.keyfile, new_code) == ctx.key
    finally:
        ctx.close()
    assert reopened_rows(paths, NEW_PASSPHRASE) == rows


def test_a_plain_folder_has_no_passphrase_to_change(ctx: AppContext) -> None:
    with pytest.raises(UserError, match="belum dilindungi"):
        security.change_passphrase(ctx, TEST_PASSPHRASE, NEW_PASSPHRASE)
    with pytest.raises(UserError, match="belum dilindungi"):
        security.replace_recovery_code(ctx, TEST_PASSPHRASE)


# A plain database from an earlier version --------------------------------------------------------


def test_a_plain_folder_is_encrypted_in_place_with_its_backups(plain: AppPaths) -> None:
    paths = plain
    assert security.data_state(paths) is DataState.PLAIN
    ctx = open_app(paths)
    rows, needles = snapshot(ctx), names_and_niks(ctx)
    ctx.close()
    assert len(needles) > 20
    plain_backups = sorted(paths.backups.glob("*.db"))
    assert len(plain_backups) == 2 and all(cipher.is_plain_file(b) for b in plain_backups)
    assert files_containing(paths.data_dir, needles)  # the search below can find them

    ctx, code = security.protect(paths, TEST_PASSPHRASE)
    key = ctx.key
    assert key is not None
    assert snapshot(ctx) == rows  # every row still there, in the open context
    ctx.close()

    assert security.data_state(paths) is DataState.LOCKED
    assert cipher.looks_encrypted(paths.database)
    # No plain copy anywhere in the folder: not the database, not a backup, not a staged or
    # safety copy (encrypt_in_place writes the encrypted copy beside the plain file and renames
    # it over it: no plain copy is made), not a -wal.
    assert plain_files(paths.data_dir) == []
    assert not list(paths.data_dir.rglob("*.enkripsi*"))
    assert files_containing(paths.data_dir, needles) == []
    assert sorted(paths.backups.glob("*.db")) == plain_backups  # the same backups, encrypted
    for path in plain_backups:
        assert cipher.looks_encrypted(path)
        assert inspect_backup(path, key).counts["households"] == len(rows["households"])
    assert reopened_rows(paths) == rows
    assert keyfile.open_with_recovery_code(paths.keyfile, code) == key


def test_a_foreign_file_is_not_protected(paths: AppPaths) -> None:
    """A file of another program where the database should be: refused, and no key file is left
    behind (it would ask a passphrase for a file that no passphrase opens)."""
    paths.ensure()
    paths.database.write_text("Nama;NIK\nbukan basis data\n")
    assert security.data_state(paths) is DataState.PLAIN
    with pytest.raises(Exception, match="bukan basis data PSM Desk"):
        security.protect(paths, TEST_PASSPHRASE)
    assert paths.database.read_text() == "Nama;NIK\nbukan basis data\n"
    assert not paths.keyfile.exists()
    assert security.data_state(paths) is DataState.PLAIN


def test_a_failure_during_encryption_leaves_the_plain_database(
        plain: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = plain
    ctx = open_app(paths)
    rows = snapshot(ctx)
    ctx.close()
    real = cipher.encrypt_into

    def half_then_fail(conn: object, target: Path, key: bytes) -> None:
        real(conn, target, key)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cipher, "encrypt_into", half_then_fail)
    with pytest.raises(Exception, match="[Rr]uang penyimpanan penuh|No space"):
        security.protect(paths, TEST_PASSPHRASE)
    monkeypatch.undo()
    assert cipher.is_plain_file(paths.database)
    assert not paths.keyfile.exists() and not list(paths.data_dir.glob("*.enkripsi*"))
    assert security.data_state(paths) is DataState.PLAIN
    ctx = open_app(paths)
    assert snapshot(ctx) == rows
    ctx.close()
    protect(paths)  # and it can be tried again
    assert reopened_rows(paths) == rows


CRASH = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from psmdesk.paths import AppPaths
    from psmdesk.services import security
    from psmdesk.storage import cipher, keyfile

    keyfile.SCRYPT_N = 2**10
    where = sys.argv[2]
    real = cipher.encrypt_into

    def crash(conn, target, key):
        if where == "database" or target.name.startswith("cadangan-"):
            real(conn, target, key)
            os._exit(9)  # the power goes: no cleanup, no finally, no atexit
        real(conn, target, key)

    cipher.encrypt_into = crash
    security.protect(AppPaths.resolve(sys.argv[1]), sys.argv[3])
    os._exit(0)
""")


@pytest.mark.parametrize("where", ["database", "backups"])
def test_a_crash_during_encryption_loses_nothing(plain: AppPaths, where: str) -> None:
    """The process dies after the key file is written, while the encrypted copy of the
    database (or of a backup) is complete but not yet renamed. The next start with the
    passphrase finishes the job: every row is there and no plain file is left."""
    paths = plain
    ctx = open_app(paths)
    rows, needles = snapshot(ctx), names_and_niks(ctx)
    ctx.close()
    result = subprocess.run([sys.executable, "-c", CRASH, str(paths.data_dir), where, TEST_PASSPHRASE],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 9, result.stderr
    assert paths.keyfile.exists()
    assert security.data_state(paths) is DataState.LOCKED
    if where == "database":
        assert cipher.is_plain_file(paths.database)  # interrupted before the rename
    else:
        assert cipher.looks_encrypted(paths.database)
        assert any(cipher.is_plain_file(b) for b in paths.backups.glob("*.db"))

    assert reopened_rows(paths) == rows
    assert cipher.looks_encrypted(paths.database)
    assert plain_files(paths.data_dir) == []
    assert files_containing(paths.data_dir, needles) == []
    key = security.unlock(paths, TEST_PASSPHRASE)
    for path in paths.backups.glob("*.db"):
        assert inspect_backup(path, key).counts["households"] == len(rows["households"])


# The key file goes missing -----------------------------------------------------------------------


def test_a_missing_key_file_is_said_plainly_and_the_usb_copy_brings_it_back(
        locked: tuple[AppPaths, str, dict[str, list[tuple[object, ...]]]], tmp_path: Path) -> None:
    paths, _code, rows = locked
    usb = tmp_path / "FLASHDISK"
    usb.mkdir()
    ctx = security.open_unlocked(paths, TEST_PASSPHRASE)
    backups.backup_to_folder(ctx, usb)
    ctx.close()
    copies = sorted(usb.glob("kunci-*.json"))
    assert len(copies) == 1

    paths.keyfile.unlink()
    assert security.data_state(paths) is DataState.KEY_MISSING
    before = frozen(paths)
    with pytest.raises(KeyFileMissing) as info:
        security.open_unlocked(paths, TEST_PASSPHRASE)
    assert "kunci.json" in str(info.value) and "flashdisk" in str(info.value)
    with pytest.raises(UserError, match="sudah dilindungi"):
        security.protect(paths, TEST_PASSPHRASE)  # never a new key over the old data
    assert frozen(paths) == before

    shutil.copyfile(copies[0], paths.keyfile)
    assert security.data_state(paths) is DataState.LOCKED
    assert reopened_rows(paths) == rows

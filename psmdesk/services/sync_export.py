"""Writing bundles: a volunteer's "Kirim ke Kantor", and the office's bundle back to a volunteer."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from psmdesk.domain.ids import new_id, short_id
from psmdesk.domain.profile import Role
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.roles import require_profile, require_role
from psmdesk.storage import meta
from psmdesk.storage.records import utc_now
from psmdesk.sync import forks, identity, ledger
from psmdesk.sync.bundle import Outgoing, build_bundle, sha256
from psmdesk.sync.crypto import KeyPair
from psmdesk.sync.export import Scope, collect
from psmdesk.sync.tables import OFFICE_OWNED, table_specs

SUFFIX = ".psmsync"
WATERMARK = "ack_watermark"


@dataclass(frozen=True)
class Written:
    path: Path
    bundle_id: str
    seq: int
    rows: int


def outbox(ctx: AppContext) -> Path:
    folder = ctx.paths.data_dir / "outbox"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _file_name(prefix: str, device_id: str, seq: int) -> str:
    # No personal data: who and what stays inside the encrypted bundle.
    return f"{prefix}-{short_id(device_id)}-{seq:04d}-{datetime.now(UTC):%Y%m%d}{SUFFIX}"


def _next_seq(ctx: AppContext, recipient: str, epoch: str) -> tuple[int, str | None, str | None]:
    row = ctx.db.execute(
        "SELECT seq, bundle_id, sha256 FROM bundles_out WHERE recipient = ? AND epoch = ? ORDER BY seq DESC LIMIT 1",
        [recipient, epoch],
    ).fetchone()
    return (row[0] + 1, row[1], row[2]) if row else (1, None, None)


def _write(ctx: AppContext, out: Outgoing, target_dir: Path, prefix: str, recipient: str,
           keys: KeyPair) -> Written:
    data, manifest = build_bundle(out, keys)
    name = _file_name(prefix, ctx.device_id, out.seq)
    kept = outbox(ctx) / name
    tmp = kept.with_name(name + ".tmp")
    with tmp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, kept)
    with ctx.db.atomic():
        ctx.db.execute(
            "INSERT INTO bundles_out (bundle_id, recipient, epoch, seq, kind, file_name, sha256, rows, clock_max,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [manifest.bundle_id, recipient, out.epoch, out.seq, out.kind, name, sha256(data),
             sum(f.rows for f in manifest.files), out.clock_max or "", utc_now()],
        )
    return Written(_deliver(kept, target_dir), manifest.bundle_id, out.seq, sum(f.rows for f in manifest.files))


def _deliver(kept: Path, target_dir: Path) -> Path:
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / kept.name
    if target.resolve() != kept.resolve():
        # Through a temporary name: a stick pulled or a laptop dying mid-copy leaves no
        # half bundle under a bundle's name (the office would only refuse it, but why send it).
        tmp = target.with_name(target.name + ".tmp")
        shutil.copyfile(kept, tmp)
        os.replace(tmp, target)
    return target


class ExportCancelled(UserError):  # noqa: N818 - a stop the user asked for
    def __init__(self) -> None:
        super().__init__("Pengiriman dibatalkan; tidak ada paket yang ditulis.")


def export_bundle(ctx: AppContext, target_dir: Path, *, progress: Callable[[int, int, str], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Written | None:
    """The next bundle with everything changed since the office's last acknowledgement.
    None when there is nothing the office has not already acknowledged. `progress` hears of each
    table collected; `cancelled` is asked between tables and before the file is written (then
    ExportCancelled, and nothing is written or recorded)."""

    def step(done: int, total: int, table: str) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled
        if progress is not None:
            progress(done, total + 1, "Mengumpulkan perubahan")

    profile = require_role(ctx, Role.RELAWAN, "mengirim paket ke kantor")
    office = identity.pinned_office(ctx.db)
    if office is None:
        raise UserError("Laptop ini belum terdaftar di kantor. Impor dulu berkas pendaftaran dari koordinator.")
    keys = identity.device_keys(ctx.db)
    since = meta.get(ctx.db, WATERMARK) or ""
    # Reference lists belong to the office; a volunteer never sends them back.
    tables = [t for t in table_specs(ctx.db) if t not in OFFICE_OWNED]
    collected = collect(ctx.db, table_specs(ctx.db), Scope(since=since, tables=tables), step)
    step(len(tables), len(tables), "")
    if not collected.files:
        return None
    epoch = identity.epoch(ctx.db)
    last = ctx.db.execute(
        "SELECT clock_max FROM bundles_out WHERE recipient = ? AND epoch = ? ORDER BY seq DESC LIMIT 1",
        [office.office_device_id, epoch]).fetchone()
    if last and collected.clock_max <= last[0]:
        return None  # nothing new since the last bundle; a lost one is written again with rewrite_bundle
    seq, prev_id, prev_sha = _next_seq(ctx, office.office_device_id, epoch)
    out = Outgoing(
        kind="data", bundle_id=new_id(), device_id=ctx.device_id, sender_name=profile.name,
        area=profile.kelurahan_code, recipient_enc_public=office.enc_public, epoch=epoch, seq=seq,
        prev_bundle_id=prev_id, prev_sha256=prev_sha, clock_min=collected.clock_min,
        clock_max=collected.clock_max, created_at=utc_now(), files=collected.files, acks=[],
        enrollment_id=office.enrollment_id,
        enrollment_proof=identity.enrollment_proof(office.secret, keys.sign_public), unseen=forks.known(ctx.db),
    )
    return _write(ctx, out, target_dir, "PSM", office.office_device_id, keys)


def office_bundle(ctx: AppContext, device_id: str, target_dir: Path) -> Written:
    """The office's bundle back to one volunteer: acknowledgements, reference lists and the
    records of the volunteer's areas."""
    profile = require_role(ctx, Role.KOORDINATOR, "mengirim paket ke relawan")
    device = ledger.get_device(ctx.db, device_id)
    if device is None or device.status != "approved":
        raise UserError("Perangkat itu belum disetujui atau tidak dikenal.")
    keys = identity.office_keys(ctx.db, create=True)
    assert keys is not None
    acks = [(str(r[0]), str(r[1]), int(r[2])) for r in ctx.db.execute(
        "SELECT device_id, epoch, seq FROM bundles_in WHERE device_id = ? ORDER BY epoch, seq", [device_id])]
    collected = collect(ctx.db, table_specs(ctx.db), Scope(areas=list(device.areas), volunteer=device.volunteer))
    epoch = identity.epoch(ctx.db)
    seq, prev_id, prev_sha = _next_seq(ctx, device_id, epoch)
    stamp = str(ctx.actor.clock.last)
    out = Outgoing(
        kind="reference", bundle_id=new_id(), device_id=ctx.device_id,
        sender_name=profile.office_name or profile.name, area=profile.kelurahan_code,
        recipient_enc_public=device.enc_public, epoch=epoch, seq=seq, prev_bundle_id=prev_id,
        prev_sha256=prev_sha, clock_min=collected.clock_min or stamp, clock_max=collected.clock_max or stamp,
        created_at=utc_now(), files=collected.files, acks=acks, unseen=forks.known(ctx.db),
    )
    return _write(ctx, out, target_dir, "KANTOR", device_id, keys)


@dataclass(frozen=True)
class SentBundle:
    bundle_id: str
    seq: int
    file_name: str
    rows: int
    created_at: str
    acked_at: str | None


def sent_bundles(ctx: AppContext) -> list[SentBundle]:
    rows = ctx.db.execute(
        "SELECT bundle_id, seq, file_name, rows, created_at, acked_at FROM bundles_out ORDER BY created_at DESC"
    ).fetchall()
    return [SentBundle(*r) for r in rows]


def rewrite_bundle(ctx: AppContext, bundle_id: str, target_dir: Path) -> Path:
    """The same bundle again (same id, so the office never applies it twice)."""
    require_profile(ctx)
    row = ctx.db.execute("SELECT file_name FROM bundles_out WHERE bundle_id = ?", [bundle_id]).fetchone()
    if row is None or not (outbox(ctx) / row[0]).exists():
        raise UserError("Salinan paket itu tidak ada lagi di laptop ini; buat paket baru.")
    return _deliver(outbox(ctx) / row[0], target_dir)


def unsent_changes(ctx: AppContext) -> int:
    """How many records changed since the office's last acknowledgement (for the header)."""
    since = meta.get(ctx.db, WATERMARK) or ""
    total = 0
    for table in ("households", "members", "ppks_cases", "visits"):
        total += ctx.db.execute(
            f"SELECT COUNT(*) FROM {table} WHERE hlc > ? AND substr(hlc, 21) = ?", [since, ctx.device_id]
        ).fetchone()[0]
    return int(total)

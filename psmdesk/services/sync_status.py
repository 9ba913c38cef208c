"""Read-only views of the sync state for the Sinkronisasi screens and the header: enrollment,
what is waiting to be sent, the device ledger with its gaps, and the conflict queue's size."""

from __future__ import annotations

from dataclasses import dataclass

from psmdesk.domain.clock import Stamp
from psmdesk.domain.ids import short_id
from psmdesk.domain.profile import Role
from psmdesk.services.conflicts import open_count
from psmdesk.services.context import AppContext
from psmdesk.services.sync_export import WATERMARK
from psmdesk.storage import meta
from psmdesk.storage.records import CLOCK_KEY
from psmdesk.sync import identity, ledger
from psmdesk.sync.crypto import fingerprint
from psmdesk.sync.tables import OFFICE_OWNED, table_specs


@dataclass(frozen=True)
class Enrollment:
    """What a volunteer's laptop pinned from the office's enrollment file."""

    office_name: str
    office_fingerprint: str
    volunteer: str
    areas: tuple[str, ...]


@dataclass(frozen=True)
class SyncSummary:
    role: Role | None
    enrolled: bool
    unsent: int  # own changes not in any bundle written yet (volunteer)
    awaiting_ack: int  # bundles written but not yet acknowledged by the office (volunteer)
    sent: int
    open_conflicts: int
    pending_devices: int  # devices waiting for the coordinator's approval (office)
    last_import: str | None


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    short_id: str
    volunteer: str
    areas: tuple[str, ...]
    status: str  # approved | pending | revoked | office
    fingerprint: str
    epochs: tuple[ledger.EpochState, ...]
    last_imported: str | None

    @property
    def received(self) -> tuple[int, ...]:
        return tuple(n for e in self.epochs for n in e.received)

    @property
    def missing(self) -> tuple[int, ...]:
        return tuple(n for e in self.epochs for n in e.missing)

    @property
    def forks(self) -> tuple[int, ...]:
        return tuple(n for e in self.epochs for n in e.forks)


def enrollment(ctx: AppContext) -> Enrollment | None:
    office = identity.pinned_office(ctx.db)
    if office is None:
        return None
    return Enrollment(office.office_name, fingerprint(office.sign_public), office.volunteer, office.areas)


def _own_tables(ctx: AppContext) -> list[str]:
    return [t for t in table_specs(ctx.db) if t not in OFFICE_OWNED]


def unsent_since_last_bundle(ctx: AppContext) -> int:
    """Own changes newer than everything already written into a bundle (or acknowledged)."""
    since = meta.get(ctx.db, WATERMARK) or ""
    epoch = meta.get(ctx.db, identity.EPOCH)  # read, never made here: this module only reads
    row = ctx.db.execute(
        "SELECT MAX(clock_max) FROM bundles_out WHERE kind = 'data' AND epoch = ?", [epoch or ""]
    ).fetchone()
    if row and row[0]:
        since = max(since, str(row[0]))
    total = 0
    for table in _own_tables(ctx):
        total += ctx.db.execute(
            f"SELECT COUNT(*) FROM {table} WHERE hlc > ? AND substr(hlc, 21) = ?", [since, ctx.device_id]
        ).fetchone()[0]
    return int(total)


def summary(ctx: AppContext) -> SyncSummary:
    profile = ctx.profile
    role = profile.role if profile else None
    conflicts = open_count(ctx)
    if role is Role.KOORDINATOR:
        pending = int(ctx.db.execute("SELECT COUNT(*) FROM devices WHERE status = 'pending'").fetchone()[0])
        last = ctx.db.execute("SELECT MAX(imported_at) FROM bundles_in").fetchone()[0]
        return SyncSummary(role, True, 0, 0, 0, conflicts, pending, last)
    sent, waiting = ctx.db.execute(
        "SELECT COUNT(*), COUNT(*) - COUNT(acked_at) FROM bundles_out WHERE kind = 'data'").fetchone()
    last = ctx.db.execute("SELECT MAX(imported_at) FROM bundles_in").fetchone()[0]
    return SyncSummary(role, identity.pinned_office(ctx.db) is not None, unsent_since_last_bundle(ctx),
                       int(waiting), int(sent), conflicts, 0, last)


def device_rows(ctx: AppContext) -> list[DeviceRow]:
    """The office's ledger: each volunteer laptop with the sequence numbers received."""
    rows = []
    for device in ledger.all_devices(ctx.db):
        if device.status == "office":
            continue
        epochs = tuple(ledger.device_ledger(ctx.db, device.device_id))
        last = max((e.last_imported for e in epochs), default=None)
        rows.append(DeviceRow(device.device_id, short_id(device.device_id), device.volunteer, device.areas,
                              device.status, fingerprint(device.sign_public), epochs, last))
    order = {"pending": 0, "approved": 1, "revoked": 2}
    rows.sort(key=lambda r: (order.get(r.status, 3), r.volunteer.casefold()))
    return rows


def catch_up_clock(ctx: AppContext) -> None:
    """After a background import (its own connection moved the stored clock past what it saw),
    the window's context moves its in-memory clock along, so its next edit is stamped later."""
    raw = meta.get(ctx.db, CLOCK_KEY)
    if raw:
        try:
            ctx.actor.clock.observe(Stamp.parse(raw))
        except ValueError:
            pass

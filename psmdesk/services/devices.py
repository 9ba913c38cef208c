"""Approving and revoking volunteers' laptops: the office's decision, enforced here so the
Sinkronisasi page, the CLI and any later caller cannot skip the role check."""

from __future__ import annotations

from psmdesk.domain.profile import Role
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.roles import require_role
from psmdesk.storage.records import utc_now
from psmdesk.sync import ledger

ACTION = "menyetujui atau mencabut perangkat"


def set_device_status(ctx: AppContext, device_id: str, status: str) -> None:
    require_role(ctx, Role.KOORDINATOR, ACTION)
    if status not in ("approved", "revoked"):
        raise UserError("Status perangkat hanya bisa disetujui atau dicabut.")
    if ledger.get_device(ctx.db, device_id) is None:
        raise UserError("Perangkat itu tidak dikenal di kantor ini.")
    with ctx.db.atomic():
        ledger.set_status(ctx.db, device_id, status, utc_now())


def approve_device(ctx: AppContext, device_id: str) -> None:
    set_device_status(ctx, device_id, "approved")


def revoke_device(ctx: AppContext, device_id: str) -> None:
    set_device_status(ctx, device_id, "revoked")

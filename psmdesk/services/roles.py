"""Role checks shared by the services: some actions belong to the office only."""

from __future__ import annotations

from psmdesk.domain.profile import Profile, Role
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError


def require_profile(ctx: AppContext) -> Profile:
    profile = ctx.profile
    if profile is None:
        raise UserError("PSM Desk belum disiapkan. Jalankan penyiapan awal dulu.")
    return profile


def require_role(ctx: AppContext, role: Role, action: str) -> Profile:
    profile = require_profile(ctx)
    if profile.role is not role:
        raise UserError(f"Hanya {role.label} yang dapat {action}.")
    return profile

"""The office letterhead printed on every document (set in Pengaturan)."""

from __future__ import annotations

import shutil
from pathlib import Path

from psmdesk.domain.profile import Role
from psmdesk.domain.regions import get_region
from psmdesk.reports.template import Letterhead
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.storage import meta

KEY = "letterhead"
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


def default_office_name(ctx: AppContext) -> str:
    profile = ctx.profile
    if profile is None:
        return "PSM Desk"
    if profile.role is Role.KOORDINATOR:
        return profile.office_name or profile.name
    village = get_region(profile.kelurahan_code)
    return f"Pekerja Sosial Masyarakat Kelurahan {village.name}" if village else "Pekerja Sosial Masyarakat"


def get_letterhead(ctx: AppContext) -> Letterhead:
    stored = meta.get_json(ctx.db, KEY) or {}
    logo = ctx.paths.data_dir / stored["logo"] if stored.get("logo") else None
    return Letterhead(stored.get("office_name") or default_office_name(ctx), stored.get("address", ""), logo)


def set_letterhead(ctx: AppContext, office_name: str, address: str, logo: Path | None = None,
                   remove_logo: bool = False) -> Letterhead:
    stored = meta.get_json(ctx.db, KEY) or {}
    stored["office_name"], stored["address"] = office_name.strip(), address.strip()
    if logo is not None:
        if logo.suffix.lower() not in LOGO_SUFFIXES:
            raise UserError("Logo harus berkas gambar PNG atau JPG.")
        if logo.stat().st_size > 5 * 1024 * 1024:
            raise UserError("Berkas logo terlalu besar (maksimal 5 MB).")
        target = f"logo-kop{logo.suffix.lower()}"
        shutil.copyfile(logo, ctx.paths.data_dir / target)
        stored["logo"] = target
    elif remove_logo:
        stored.pop("logo", None)
    with ctx.db.atomic():
        meta.put_json(ctx.db, KEY, stored)
    return get_letterhead(ctx)

"""Printing use cases: gather the data, then hand it to the document module. Shared by the
Laporan page and `psmdesk print`."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from psmdesk.domain.regions import get_region, is_village_code, region_label
from psmdesk.reports import households_recap
from psmdesk.reports.template import DocInfo, Paper
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.letterhead import get_letterhead
from psmdesk.services.setup import reference_list
from psmdesk.storage.household_recap import rw_counts


def _info(ctx: AppContext, title: str, period: str = "", subtitle: str = "") -> DocInfo:
    profile = ctx.profile
    return DocInfo(title=title, period=period, subtitle=subtitle, printed_by=profile.name if profile else "",
                   printed_at=datetime.now())


def print_households_recap(ctx: AppContext, kelurahan_code: str, out: Path, *, paper: Paper = "A4",
                           today: date | None = None) -> Path:
    if not is_village_code(kelurahan_code):
        raise UserError(f"Kode kelurahan {kelurahan_code} tidak dikenal.")
    rows = rw_counts(ctx.db, kelurahan_code, (today or date.today()).isoformat())
    if not rows:
        raise UserError(f"Belum ada keluarga yang didata di {region_label(kelurahan_code)}.")
    village = get_region(kelurahan_code)
    data = households_recap.HouseholdRecap(
        kelurahan_label=region_label(kelurahan_code), rows=rows,
        ppks_labels=dict(reference_list(ctx, "ppks", active_only=False)),
    )
    name = village.name if village else kelurahan_code
    info = _info(ctx, "REKAP PEMETAAN KELUARGA", subtitle=f"Kelurahan {name} — {region_label(kelurahan_code)}",
                 period=f"Keadaan per {(today or date.today()).strftime('%d/%m/%Y')}")
    return households_recap.build(data, out, letterhead=get_letterhead(ctx), info=info, paper=paper)


def print_blank_household_form(ctx: AppContext, out: Path, *, paper: Paper = "A4") -> Path:
    from psmdesk.reports import blank_household

    info = _info(ctx, "FORMULIR PEMETAAN KELUARGA", subtitle="Isi dengan huruf cetak; NIK dan No. KK sesuai kartu")
    return blank_household.build(out, letterhead=get_letterhead(ctx), info=info,
                                 ppks=reference_list(ctx, "ppks"), programmes=reference_list(ctx, "programme"),
                                 paper=paper)

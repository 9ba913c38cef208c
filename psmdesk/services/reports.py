"""Printing use cases: gather the data, then hand it to the document module. Shared by the
Laporan page and `psmdesk print`."""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

from psmdesk.domain.dates import format_date, format_date_long, format_month
from psmdesk.domain.meals import PokmasInput
from psmdesk.domain.regions import get_region, is_village_code, region_label
from psmdesk.reports import households_recap
from psmdesk.reports.template import DocInfo, Paper
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.letterhead import get_letterhead
from psmdesk.services.setup import reference_list
from psmdesk.services.sync_import import ImportResult
from psmdesk.storage.household_recap import rw_counts


@contextlib.contextmanager
def writing_to(out: Path) -> Iterator[None]:
    """Turns a PDF that cannot be written at `out` into a message saying why (the path is the
    user's own choice, so it may be shown); a half-written temporary file is removed."""
    if not out.parent.is_dir():
        raise UserError(f"Folder {out.parent} tidak ada. Buat foldernya dulu atau pilih lokasi lain.")
    if out.is_dir():
        raise UserError(f"{out} adalah folder. Tulis nama berkas PDF, misalnya {out / 'laporan.pdf'}.")
    try:
        yield
    except OSError as exc:
        out.with_name(out.name + ".tmp").unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise UserError("Ruang penyimpanan penuh; PDF tidak jadi ditulis. Kosongkan ruang disk, "
                            "lalu cetak lagi.") from None
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT):
            raise UserError(f"Berkas {out.name} tidak bisa ditulis di {out.parent} (folder hanya-baca, atau "
                            "berkasnya sedang terbuka di program lain). Tutup berkasnya atau pilih folder "
                            "lain.") from None
        raise


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
        place_date=place_date(ctx, kelurahan_code, today or date.today()),
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


# --- Permakanan, KUBE, import (the Laporan page and `psmdesk print`) ---------------------------
Orientation = Literal["portrait", "landscape"]


def place_date(ctx: AppContext, kelurahan_code: str, on: date) -> str:
    """"Jakarta Pusat, 22 November 2026" above the signatures."""
    from psmdesk.services.report_data import city_of

    city = city_of(kelurahan_code)
    return f"{city}, {format_date_long(on).split(', ', 1)[1]}" if city else format_date_long(on).split(", ", 1)[1]


def _pokmas_subtitle(pokmas: PokmasInput) -> str:
    from psmdesk.services.report_data import village_name

    names = ", ".join(village_name(c) for c in pokmas.kelurahan_codes)
    return escape(f"{pokmas.name} — Kelurahan {names}" if names else pokmas.name)


def _period(start: date, end: date) -> str:
    if start == end:
        return format_date_long(start)
    whole = start.day == 1 and (end + timedelta(days=1)).day == 1 and (start.year, start.month) == (end.year, end.month)
    if whole:
        return f"Bulan {format_month(start.year, start.month)}"
    return f"{format_date_long(start)} s.d. {format_date_long(end)}"


def print_distribution(ctx: AppContext, pokmas_id: str, start: date, end: date, out: Path, *, paper: Paper = "A4",
                       orientation: Orientation = "portrait", blank: bool = False) -> Path:
    """Daftar Penerima Permakanan (one section per day); `blank` prints the field form instead."""
    from psmdesk.reports import distribution
    from psmdesk.services import meals
    from psmdesk.services.report_data import distribution_list

    pokmas = meals.get_pokmas(ctx, pokmas_id)
    data = distribution_list(ctx, pokmas_id, start, end, blank=blank)
    data = replace(data, leader=escape(data.leader), psm_name=escape(data.psm_name))
    title = "FORMULIR PENGANTARAN PERMAKANAN" if blank else "DAFTAR PENERIMA PERMAKANAN LANSIA"
    info = _info(ctx, title, subtitle=_pokmas_subtitle(pokmas), period=_period(start, end))
    return distribution.build(data, out, letterhead=get_letterhead(ctx), info=info, paper=paper,
                              orientation=orientation)


def print_meal_recap(ctx: AppContext, pokmas_id: str, year: int, month: int, out: Path, *, paper: Paper = "A4",
                     orientation: Orientation = "landscape", today: date | None = None) -> Path:
    from psmdesk.reports import meals_recap
    from psmdesk.services import meals
    from psmdesk.services.report_data import daily_counts, village_name

    pokmas = meals.get_pokmas(ctx, pokmas_id)
    recap = meals.monthly_recap(ctx, pokmas_id, year, month)
    if not recap.rows:
        raise UserError(f"{pokmas.name} belum punya penerima pada {recap.title}.")
    data = meals_recap.MealRecapDoc(
        recap, daily_counts(ctx, pokmas_id, recap.start, recap.end), pokmas.leader, pokmas.psm_name,
        [village_name(c) for c in pokmas.kelurahan_codes],
        place_date(ctx, pokmas.kelurahan_codes[0] if pokmas.kelurahan_codes else "", today or date.today()))
    info = _info(ctx, "REKAP BULANAN PERMAKANAN LANSIA", subtitle=_pokmas_subtitle(pokmas),
                 period=f"Bulan {format_month(year, month)}")
    return meals_recap.build(data, out, letterhead=get_letterhead(ctx), info=info, paper=paper,
                             orientation=orientation)


def print_kube_profile(ctx: AppContext, group_id: str, out: Path, *, paper: Paper = "A4",
                       orientation: Orientation = "portrait", today: date | None = None) -> Path:
    from psmdesk.reports import kube_profile
    from psmdesk.services.empowerment import report_data as empowerment_report
    from psmdesk.services.kube_book import group_profile
    from psmdesk.services.report_data import village_name

    on = today or date.today()
    profile = group_profile(ctx, group_id, today=on)
    code = profile.group.kelurahan_code
    info = _info(ctx, "PROFIL DAN BUKU KAS KUBE", subtitle=escape(f"{profile.group.name} — {profile.region}"),
                 period=f"Keadaan per {format_date(on)}")
    return kube_profile.build(profile, out, letterhead=get_letterhead(ctx), info=info, paper=paper,
                              orientation=orientation, place_date=place_date(ctx, code, on),
                              lurah_of=village_name(code), empowerment=empowerment_report(ctx, group_id))


def print_import_report(ctx: AppContext, results: Sequence[ImportResult], out: Path, *, paper: Paper = "A4",
                        made_at: datetime | None = None) -> Path:
    """The coordinator's import, bundle by bundle; the import screen passes its results."""
    from psmdesk.reports import import_report

    if not results:
        raise UserError("Tidak ada paket yang diimpor pada tanggal itu.")
    when = made_at or datetime.now()
    profile = ctx.profile
    info = _info(ctx, "LAPORAN IMPOR PAKET SINKRON",
                 subtitle=escape(profile.office_name or profile.name) if profile else "",
                 period=f"Diimpor {format_date_long(when.date())}")
    place = place_date(ctx, profile.kelurahan_code if profile else "", when.date())
    return import_report.build(results, out, letterhead=get_letterhead(ctx), info=info, paper=paper,
                               signer=escape(profile.name) if profile else "", place_date=place)

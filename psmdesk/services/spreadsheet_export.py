"""Lists to spreadsheets: XLSX (openpyxl) or CSV, chosen by the file's suffix.

- NIK, No. KK, RT/RW and phone numbers are text: Excel keeps only 15 significant digits of a
  number, so in XLSX every such cell is a string cell with the text format "@".
- Nothing a spreadsheet opens runs: XLSX string cells are typed as strings even when they start
  with "=" (openpyxl would otherwise store a formula); in CSV a cell starting with =, +, -, @, a
  tab or a carriage return gets a leading apostrophe.
- CSV is UTF-8 with a byte-order mark, comma-separated, CRLF: Excel on Windows opens it with the
  accents right. Excel still reads a 16-digit NIK in a CSV as a number: XLSX is the format for Excel.

The three lists the Laporan page exports (households, a Pokmas roster, KUBE groups) are built
here too; NIK and No. KK are masked unless `full_nik` (a coordinator's own working file)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from psmdesk.domain.dates import format_date
from psmdesk.domain.nik import mask_nik
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError

SUFFIXES = (".xlsx", ".csv")
TEXT_FORMAT = "@"
DATE_FORMAT = "DD/MM/YYYY"
RISKY_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # XML 1.0 refuses these in a cell


@dataclass(frozen=True)
class Column:
    title: str
    text: bool = False  # always text (identity numbers, RT/RW, phone), never a number
    width: int = 14  # characters, for XLSX


@dataclass(frozen=True)
class Listing:
    title: str  # the sheet's name and the start of the suggested file name
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    has_nik: bool = False


def _column(c: Column | str) -> Column:
    return c if isinstance(c, Column) else Column(c)


def neutralise(text: str) -> str:
    """A CSV cell that Excel would read as a formula becomes plain text."""
    return "'" + text if text.startswith(RISKY_START) else text


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, int | float):
        return str(value)
    return neutralise(str(value))


def export_rows(columns: Sequence[Column | str], rows: Iterable[Sequence[object]], path: Path, *,
                sheet: str = "Data") -> Path:
    """Writes the rows to `path` (.xlsx or .csv), atomically; returns the path."""
    cols = [_column(c) for c in columns]
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError("Pilih nama berkas yang berakhiran .xlsx (Excel) atau .csv.")
    tmp = path.with_name(path.name + ".tmp")
    try:
        if suffix == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, dialect="excel")  # comma, CRLF, quotes where needed
                writer.writerow([neutralise(c.title) for c in cols])
                writer.writerows([_csv_value(v) for v in row] for row in rows)
        else:
            _write_xlsx(cols, rows, tmp, sheet)
        tmp.replace(path)
    except PermissionError:
        tmp.unlink(missing_ok=True)
        raise UserError("Berkas tidak bisa ditulis di sana (mungkin sedang dibuka di Excel). "
                        "Tutup berkasnya atau pilih folder lain.") from None
    except BaseException:  # a full disk, a pulled USB stick: no half-written file left behind
        tmp.unlink(missing_ok=True)
        raise
    return path


def _write_xlsx(cols: list[Column], rows: Iterable[Sequence[object]], path: Path, sheet: str) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    book = Workbook(write_only=True)
    ws = book.create_sheet(_ILLEGAL.sub("", sheet)[:31] or "Data")
    for index, c in enumerate(cols, start=1):
        dimension = ws.column_dimensions[get_column_letter(index)]
        dimension.width = c.width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(value: object, text: bool) -> Any:
        if isinstance(value, bool):
            value = "Ya" if value else "Tidak"
        if text and value is not None and not isinstance(value, str):
            value = str(value)
        if isinstance(value, str):
            c = WriteOnlyCell(ws, value=_ILLEGAL.sub("", value))
            c.data_type = "s"  # never a formula, whatever the first character
            c.number_format = TEXT_FORMAT
            return c
        c = WriteOnlyCell(ws, value=value)
        if isinstance(value, date):
            c.number_format = DATE_FORMAT
        return c

    header = []
    for c in cols:
        title = cell(c.title, True)
        title.font = bold
        header.append(title)
    ws.append(header)
    for row in rows:
        ws.append([cell(v, c.text) for v, c in zip(row, cols, strict=False)])
    book.save(path)


def export_listing(listing: Listing, path: Path) -> Path:
    return export_rows(listing.columns, listing.rows, path, sheet=listing.title)


# --- the lists ---------------------------------------------------------------------------------
def _nik(value: str | None, full: bool) -> str:
    return (value or "") if full else mask_nik(value)


def _date(value: str | date | None) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def household_list(ctx: AppContext, kelurahan_code: str | None = None, *, full_nik: bool = False) -> Listing:
    from psmdesk.services.report_data import village_name
    from psmdesk.storage.household_queries import HouseholdFilter, household_ids, household_rows

    columns = [Column("No", width=6), Column("No. KK", True, 20), Column("Kepala Keluarga", width=28),
               Column("NIK Kepala Keluarga", True, 20), Column("Alamat", width=34), Column("RT", True, 6),
               Column("RW", True, 6), Column("Kelurahan", width=18), Column("Jumlah anggota", width=10),
               Column("PPKS", width=8), Column("Desil", width=8), Column("Tanggal kunjungan", width=14)]
    listing = Listing("Daftar Keluarga", columns, has_nik=True)
    ids = household_ids(ctx.db, HouseholdFilter(kelurahan_code=kelurahan_code))
    for start in range(0, len(ids), 500):
        for r in household_rows(ctx.db, ids[start:start + 500]):
            listing.rows.append([len(listing.rows) + 1, _nik(r.no_kk, full_nik), r.head_name,
                                 _nik(r.head_nik, full_nik), r.street, r.rt, r.rw, village_name(r.kelurahan_code),
                                 r.member_count, r.ppks_count, r.desil, _date(r.visit_date)])
    return listing


def roster_list(ctx: AppContext, pokmas_id: str, *, full_nik: bool = False) -> Listing:
    from psmdesk.domain.choices import label
    from psmdesk.domain.meals import END_REASONS
    from psmdesk.services import meals
    from psmdesk.services.report_data import village_name

    pokmas = meals.get_pokmas(ctx, pokmas_id)
    columns = [Column("No", width=6), Column("Nama", width=28), Column("NIK", True, 20), Column("L/P", width=5),
               Column("Umur", width=6), Column("Alamat", width=34), Column("RT", True, 6), Column("RW", True, 6),
               Column("Kelurahan", width=18), Column("Mulai", width=12), Column("Berhenti", width=12),
               Column("Alasan berhenti", width=18), Column("Catatan makanan", width=28),
               Column("Memenuhi syarat", width=10)]
    listing = Listing(f"Penerima {pokmas.name}"[:31], columns, has_nik=True)
    for i, entry in enumerate(meals.roster(ctx, pokmas_id), start=1):
        row, p = entry.row, entry.row.person
        listing.rows.append([i, p.name, _nik(p.nik, full_nik), p.sex or "", entry.age, p.street, p.rt, p.rw,
                             village_name(p.kelurahan_code), _date(row.start_date), _date(row.end_date),
                             label(END_REASONS, row.end_reason), row.diet_notes, entry.eligible])
    return listing


def kube_list(ctx: AppContext, *, today: date | None = None) -> Listing:
    from psmdesk.domain import choices as ch
    from psmdesk.domain import kube as rules
    from psmdesk.services import kube

    business, stages = dict(kube.business_types(ctx)), dict(kube.stages(ctx))
    columns = [Column("No", width=6), Column("Nama kelompok", width=30), Column("Jenis usaha", width=18),
               Column("Tahap", width=14), Column("Status", width=10), Column("Kelurahan", width=18),
               Column("RW", True, 6), Column("Keluarga aktif", width=10), Column("Kegiatan terakhir", width=14),
               Column("Catatan kas terakhir", width=14), Column("Saldo kas (Rp)", width=16),
               Column("Tanpa catatan 60 hari", width=12)]
    listing = Listing("Kelompok KUBE", columns)
    for i, g in enumerate(kube.overview(ctx, today=today), start=1):
        listing.rows.append([i, g.name, business.get(g.business_type, g.business_type), stages.get(g.stage, g.stage),
                             ch.label(rules.GROUP_STATUS, g.status), g.kelurahan_name, g.rw, g.members,
                             g.last_activity, g.last_cash, g.balance, g.stalled])
    return listing

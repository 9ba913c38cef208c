"""`psmdesk import-table`: a spreadsheet (.xlsx or .csv) into households, a Permakanan roster, KUBE
members or the PSM registry, with the same preview, validation and matching as the import wizard.

Exit codes: 0 every row was imported or already here, 1 a row was rejected or the file cannot be
read (message in Indonesian), 2 wrong usage. Rejections are printed with their row number and
reason, never with the NIK."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from psmdesk.services.context import AppContext
from psmdesk.tableimport.plan import Action, ImportPlan, summary_line
from psmdesk.tableimport.targets import TARGET_KEYS

EXIT_OK, EXIT_REJECTED = 0, 1

_EPILOG = """\
Berkas pemetaan (--mapping) berisi JSON {"isian": "judul kolom"}, mis.
  {"nik": "NIK", "name": "Nama Lengkap", "no_kk": "No. KK", "rt_rw": "RT/RW"}
Isian households: no_kk, household_key, kelurahan, rt_rw, rt, rw, street, desil, nik, name, sex,
  birth_date, age, relation, marital_status, education, occupation, disability, chronic_illness,
  lives_alone, phone.
Isian roster: nik, name, birth_date, pokmas, start_date, diet_notes, health_notes, override_reason.
Isian kube-members: nik, name, birth_date, no_kk, group, role, joined_on.
Isian psm: nik, name, kelurahan, role, registered_on, status, phone.
Sasaran roster dan kube-members hanya mencari orang yang sudah ada di data keluarga; impor dulu
berkasnya sebagai households. Sasaran psm (Daftar PSM, khusus Koordinator) mencocokkan PSM yang
sudah terdaftar menurut nama dan kelurahan; NIK hanya dipakai untuk memeriksa baris ganda.
Tanpa --mapping dipakai pemetaan yang diingat untuk berkas berbentuk sama, atau tebakan dari judul kolom."""


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import-table",
        help="impor berkas Excel (.xlsx) atau CSV (keluarga, penerima Permakanan, anggota KUBE, Daftar PSM)",
        description="Impor berkas Excel (.xlsx) atau CSV. Setiap baris diperiksa seperti formulir: yang "
                    "sudah ada dicocokkan (NIK, No. KK, nama + tanggal lahir) dan tidak digandakan; yang "
                    "bermasalah ditolak dengan alasannya. Semua disimpan dalam satu transaksi.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", metavar="FILE", type=Path, help="berkas .xlsx atau .csv")
    p.add_argument("--target", required=True, choices=TARGET_KEYS, help="jenis data yang diimpor")
    p.add_argument("--mapping", metavar="FILE", type=Path, help="berkas JSON pemetaan kolom (menimpa tebakan)")
    p.add_argument("--dry-run", action="store_true",
                   help="uji coba: tampilkan apa yang akan terjadi tanpa menyimpan apa pun")
    p.add_argument("--sheet", metavar="NAMA", help="lembar Excel yang diimpor (bawaan: lembar aktif)")
    p.add_argument("--kelurahan", metavar="CODE",
                   help="kelurahan untuk baris tanpa kolom kelurahan (bawaan: kelurahan profil)")
    p.add_argument("--rejected-out", metavar="FOLDER", type=Path,
                   help="tulis baris yang ditolak ke FOLDER/<berkas>-ditolak.xlsx untuk diperbaiki")
    p.add_argument("--preview-out", metavar="FILE", type=Path,
                   help="tulis hasil setiap baris (baru, cocok, diperbarui, ditolak dan alasannya; NIK "
                        "disamarkan) ke FILE.xlsx atau FILE.csv, misalnya untuk diperiksa sebelum impor sungguhan")


def _print_plan(plan: ImportPlan, *, dry_run: bool) -> None:
    counts = plan.counts()
    households = plan.groups
    print(f"Hasil{' uji coba' if dry_run else ''}: {summary_line(plan)} (baris).")
    if plan.target == "households" and (households[Action.CREATE] or households[Action.UPDATE]):
        print(f"Keluarga: {households[Action.CREATE]} baru, {households[Action.UPDATE]} diperbarui, "
              f"{households[Action.MATCH]} sudah ada, {households[Action.REJECT]} ditolak.")
    if counts[Action.REJECT]:
        print("Baris ditolak:")
        for row in plan.rejected:
            print(f"  baris {row.row}: {'; '.join(row.reasons)}")


def cmd_import_table(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.services import table_import as service

    prepared = service.prepare(ctx, args.file, args.target, sheet=args.sheet, mapping_file=args.mapping)
    layout = prepared.layout
    where = f", lembar '{prepared.source.sheet}'" if prepared.source.sheet else ""
    print(f"Berkas: {prepared.source.name}{where}; judul kolom di baris {layout.spreadsheet_rows}.")
    origin = {service.REMEMBERED: "diingat dari impor sebelumnya", service.FROM_FILE: "dari --mapping",
              service.SUGGESTED: "ditebak dari judul kolom"}[prepared.origin]
    print(f"Pemetaan kolom ({origin}):")
    for spec in prepared.target.fields:
        if spec.key in prepared.mapping:
            print(f"  {spec.label} <- {layout.columns[prepared.mapping[spec.key]].title}")
    options = service.options_for(ctx, prepared.source.name, kelurahan=args.kelurahan)

    def progress(done: int, total: int, message: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{message} {done}/{total}   ", end="", file=sys.stderr, flush=True)

    if args.dry_run:
        plan = service.preview(ctx, prepared, prepared.mapping, options, progress)
    else:
        plan = service.apply(ctx, prepared, prepared.mapping, options, progress).plan
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _print_plan(plan, dry_run=args.dry_run)
    if args.dry_run:
        print("Uji coba (--dry-run): tidak ada yang disimpan.")
    if args.rejected_out is not None and plan.rejected:
        path = service.write_rejected_report(prepared, prepared.mapping, plan, args.rejected_out)
        print(f"Baris yang ditolak ditulis ke {path}")
    if args.preview_out is not None:
        print(f"Hasil setiap baris ditulis ke {write_preview(plan, args.preview_out)}")
    return EXIT_REJECTED if plan.rejected else EXIT_OK


def write_preview(plan: ImportPlan, path: Path) -> Path:
    """Every row of the file with what happens to it, as the wizard's preview shows it."""
    from psmdesk.domain.nik import mask_nik
    from psmdesk.services.spreadsheet_export import Column, export_rows

    columns = [Column("Baris", width=7), Column("Hasil", width=14), Column("Nama", width=28),
               Column("NIK", text=True, width=18), Column("Keluarga / kelompok", width=28),
               Column("Keterangan", width=60)]
    rows = ([r.row, r.action.label, r.name, mask_nik(r.nik) if r.nik else "", r.group,
             "; ".join([*r.reasons, *r.notes])] for r in plan.rows)
    return export_rows(columns, rows, path, sheet="Hasil impor")


COMMANDS = {"import-table": cmd_import_table}

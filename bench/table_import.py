"""`python -m bench.table_import [--rows N] [--profile]`: spreadsheet import throughput against the
bundle import of the same run (issue 12: within 3x of the bundle-import throughput).

Writes a households file of N member rows as .xlsx (openpyxl, with date cells, as Excel saves them)
and as a ";"-separated cp1252 .csv, imports each into a fresh office database through
`services.table_import.apply` (what the wizard and `psmdesk import-table` run), and compares rows
per second with importing the small bundle dataset (`bench.dataset`) into another fresh office.
`--profile` writes a pyinstrument profile of the xlsx import (HTML) next to the printed table."""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from bench.dataset import TODAY, build, office_context
from bench.scenarios import _import_all
from psmdesk.datagen.households import HouseholdGenerator
from psmdesk.domain import choices as ch
from psmdesk.domain.regions import children

HEADER = ["No", "No KK", "NIK", "Nama Lengkap", "Jenis Kelamin", "Tanggal Lahir", "Hubungan", "Alamat",
          "RT/RW", "Kelurahan", "Pendidikan", "Pekerjaan", "No HP"]
RELATION = dict(ch.RELATION)
EDUCATION = dict(ch.EDUCATION)


def member_rows(count: int, seed: int = 3) -> Iterator[list[object]]:
    """`count` member rows of whole households (the last household may be cut short)."""
    kelurahan = [v.code for k in children("31.71.08") for v in children(k.code)] or ["31.71.08.1001"]
    generator = HouseholdGenerator(seed, kelurahan, TODAY)
    done = 0
    while done < count:
        h = generator.household()
        for m in h.members:
            if done >= count:
                return
            done += 1
            yield [done, h.no_kk, m.nik, m.name, m.sex.value if m.sex else "", m.birth_date,
                   RELATION.get(m.relation, ""), h.street, f"RT {h.rt}/RW {h.rw}", h.kelurahan_code,
                   EDUCATION.get(m.education or "", ""), m.occupation, m.phone or ""]


def write_xlsx(path: Path, count: int) -> Path:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook(write_only=True)
    ws = book.create_sheet("Data Keluarga")
    ws.append(["DAFTAR KELUARGA KECAMATAN JOHAR BARU"])
    ws.append([])
    ws.append(HEADER)
    for row in member_rows(count):
        ws.append(row)
    book.save(path)
    return path


def write_csv(path: Path, count: int) -> Path:
    with path.open("w", encoding="cp1252", errors="replace", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(HEADER)
        for row in member_rows(count):
            writer.writerow([v.strftime("%d/%m/%Y") if isinstance(v, date) else v for v in row])
    return path


def import_file(root: Path, path: Path, profile: Path | None = None) -> tuple[float, str]:
    from psmdesk.services import table_import as service

    office = office_context(root)
    try:
        started = time.perf_counter()
        profiler = None
        if profile is not None:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.005)
            profiler.start()
        prepared = service.prepare(office, path, "households")
        result = service.apply(office, prepared, prepared.mapping,
                               service.options_for(office, path.name, today=TODAY))
        seconds = time.perf_counter() - started
        if profiler is not None and profile is not None:
            profiler.stop()
            profile.write_text(profiler.output_html(), encoding="utf-8")
            print(profiler.output_text(unicode=False, color=False, show_all=False), file=sys.stderr)
        counts = result.plan.counts()
        return seconds, ", ".join(f"{n} {a.value}" for a, n in counts.items())
    finally:
        office.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.table_import")
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--profile", type=Path, default=None, help="write a pyinstrument HTML profile here")
    parser.add_argument("--only", choices=("xlsx", "csv"), default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="psmdesk-bench-table-") as tmp:
        root = Path(tmp)
        data = build(root / "bundles", "small")
        bundle_seconds = time.perf_counter()
        _import_all(data)
        bundle_seconds = time.perf_counter() - bundle_seconds
        bundle_rate = data.row_count / bundle_seconds
        data.office.close()
        lines = [f"bundle import: {data.row_count:,} rows in {bundle_seconds:.1f} s = {bundle_rate:,.0f} rows/s"]
        for kind in ("xlsx", "csv"):
            if args.only and kind != args.only:
                continue
            made = time.perf_counter()
            path = (write_xlsx if kind == "xlsx" else write_csv)(root / f"keluarga.{kind}", args.rows)
            made = time.perf_counter() - made
            seconds, counts = import_file(root / f"office-{kind}", path,
                                          args.profile if kind == "xlsx" else None)
            rate = args.rows / seconds
            lines.append(f"{kind}: {args.rows:,} rows in {seconds:.1f} s = {rate:,.0f} rows/s; "
                         f"ratio {bundle_rate / rate:.2f} (target <= 3); {counts}; file written in {made:.1f} s")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of the Daftar Penerima Permakanan: 2,000 recipients on one day, against a bare
reportlab `Table` of the same rows (same embedded font, default page, no letterhead, no row
heights, no page numbers) built in the same run. Target: ours <= 2x the floor.

    from bench.distribution import bench_distribution
    ours, floor, pages = bench_distribution(ctx_or_lines, out_dir)"""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from datetime import date
from itertools import cycle, islice
from pathlib import Path

from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from psmdesk.domain.nik import mask_nik
from psmdesk.reports import distribution as doc
from psmdesk.reports.render import page_count
from psmdesk.reports.template import FONT, DocInfo, Letterhead, register_fonts
from psmdesk.services.context import AppContext

RECIPIENTS = 2_000
DAY = date(2026, 8, 17)


def lines_from(ctx: AppContext, count: int = RECIPIENTS) -> list[doc.Line]:
    """`count` printed rows from the mapped people of a database (repeated when it has fewer)."""
    rows = ctx.db.execute(
        "SELECT m.name, m.nik, h.street, h.rt, h.rw, h.kelurahan_code FROM members m"
        " JOIN households h ON h.id = m.household_id WHERE m.deleted_at IS NULL AND h.deleted_at IS NULL"
        " ORDER BY h.kelurahan_code, h.rw, h.rt, m.name LIMIT ?", [count]).fetchall()
    if not rows:
        raise ValueError("the database has no mapped people to print")
    from psmdesk.services.report_data import address, village_name

    people = list(islice(cycle(rows), count))
    return [doc.Line(i, name, mask_nik(nik), address(street, rt, rw), village_name(kel), i % 7 != 0, i % 7 != 0,
                     "" if i % 7 else "Tidak di rumah", "Relawan Antar")
            for i, (name, nik, street, rt, rw, kel) in enumerate(people, start=1)]


def _ours(lines: list[doc.Line], out: Path) -> None:
    data = doc.DistributionList("Pokmas Benchmark", "Ketua Pokmas", "Pendamping PSM", "", "Jakarta Pusat",
                                [doc.Day(DAY, lines, recorded=True)])
    doc.build(data, out, letterhead=Letterhead("Dinas Sosial Benchmark", "Jl. Contoh No. 1"),
              info=DocInfo("DAFTAR PENERIMA PERMAKANAN LANSIA", period="Senin, 17 Agustus 2026"))


def _floor(lines: list[doc.Line], out: Path) -> None:
    register_fonts()
    rows = [["No", "Nama", "NIK", "Alamat", "Kelurahan", "Pagi", "Siang", "Tanda Tangan", "Keterangan"]]
    rows += [[str(x.no), x.name, x.nik_masked, x.address, x.kelurahan, doc.TICKED if x.morning else doc.BOX,
              doc.TICKED if x.midday else doc.BOX, "", x.note] for x in lines]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 7),
                               ("GRID", (0, 0), (-1, -1), 0.5, "#555555")]))
    SimpleDocTemplate(str(out)).build([table])


def bench_distribution(ctx_or_rows: AppContext | Sequence[doc.Line], out_dir: Path, *,
                       repeat: int = 3) -> tuple[float, float, int]:
    """(our seconds, the floor's seconds, our page count): medians of `repeat` runs each,
    alternating, so both see the same machine state."""
    lines = lines_from(ctx_or_rows) if isinstance(ctx_or_rows, AppContext) else list(ctx_or_rows)
    out_dir.mkdir(parents=True, exist_ok=True)
    ours_out, floor_out = out_dir / "distribution-ours.pdf", out_dir / "distribution-floor.pdf"
    ours, floor = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        _ours(lines, ours_out)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        _floor(lines, floor_out)
        floor.append(time.perf_counter() - start)
    return statistics.median(ours), statistics.median(floor), page_count(ours_out)


if __name__ == "__main__":  # python -m bench.distribution DATA_DIR OUT_DIR
    import sys

    from bench.dataset import open_data

    context = open_data(Path(sys.argv[1]))
    ours_s, floor_s, pages = bench_distribution(context, Path(sys.argv[2]))
    print(f"ours {ours_s:.2f} s, floor {floor_s:.2f} s, ratio {ours_s / floor_s:.2f}, {pages} pages")

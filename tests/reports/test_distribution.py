from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from psmdesk.reports import distribution
from psmdesk.reports.template import page_size
from psmdesk.services import meals
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.report_data import find_pokmas
from psmdesk.services.reports import print_distribution
from tests.reports.conftest import TODAY, pdf_text

DAY = TODAY - timedelta(days=2)
MASKED = re.compile(r"\d{6}\*{6}\d{4}")


def _pokmas(ctx: AppContext) -> str:
    pokmas_id = find_pokmas(ctx, "dapur sehat").id
    assert pokmas_id
    return pokmas_id


def _page_size(path: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    assert match
    return float(match[1]), float(match[2])


def test_a_day_lists_everyone_masked_with_headers_on_every_page(demo_ctx: AppContext, tmp_path: Path) -> None:
    pokmas_id = _pokmas(demo_ctx)
    out = print_distribution(demo_ctx, pokmas_id, DAY, DAY, tmp_path / "daftar.pdf")
    pages = pdf_text(out)
    text = "\n".join(pages)
    day = meals.load_day(demo_ctx, pokmas_id, DAY)  # the daily log: another path to the same records
    assert day.rows
    for row in day.rows:
        assert row.name.split()[0] in text
    assert not re.search(r"\d{16}", text)
    assert len(MASKED.findall(text)) == len(day.rows)
    received = sum(1 for r in day.rows if r.entry and r.entry.outcome == "diterima")
    assert f"Jumlah penerima: {len(day.rows)} orang. Diterima: {received} orang" in text
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
        if MASKED.search(page):  # a page of the table: the day and the column headers on it
            assert "Hari/Tanggal: Jumat, 20 November 2026" in page
            assert "Tanda Tangan /" in page and "NIK" in page and "Keterangan" in page
    assert len(pages) * 16 >= len(day.rows)  # 14 mm rows: at most 16 on a page
    for role in ("Mengetahui,", "Ketua Pokmas", "PSM Pendamping", "Sari Wulandari"):
        assert role in pages[-1]
    assert round(_page_size(out)[1]) == 842


def test_rows_are_tall_and_the_thumbprint_column_wide_on_every_paper() -> None:
    row_height = distribution.ROW_HEIGHT
    assert row_height >= 14 * mm
    for blank in (False, True):
        for paper in ("A4", "F4"):
            for orientation in ("portrait", "landscape"):
                frame = page_size(paper, orientation)[0] - distribution.MARGINS  # type: ignore[arg-type]
                widths = distribution.column_widths(blank, frame)
                titles = [c.title for c in distribution.columns(blank)]
                assert widths[titles.index("Tanda Tangan / Cap Jempol")] >= 25 * mm
                assert abs(sum(widths) - frame) < 0.5
                assert min(widths) >= 8 * mm


def test_printed_rows_really_are_14_mm_apart(demo_ctx: AppContext, tmp_path: Path) -> None:
    out = print_distribution(demo_ctx, _pokmas(demo_ctx), DAY, DAY, tmp_path / "daftar.pdf", paper="F4")
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    tops = sorted(float(m[1]) for m in re.finditer(r'yMin="([\d.]+)"[^>]*>(\d{6}\*{6}\d{4})<', bbox))
    assert len(tops) >= 10
    gaps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    assert min(gaps) >= 14 * mm - 0.5
    assert round(_page_size(out)[1]) == 935  # F4: 330 mm


def test_a_month_prints_one_section_per_day(demo_ctx: AppContext, tmp_path: Path) -> None:
    out = print_distribution(demo_ctx, _pokmas(demo_ctx), date(2026, 10, 1), date(2026, 10, 31),
                             tmp_path / "bulan.pdf", orientation="landscape")
    pages = pdf_text(out)
    text = "\n".join(pages)
    days = set(re.findall(r"Hari/Tanggal: (\w+, \d+ Oktober 2026)", text))
    assert len(days) == 31
    assert text.count("Jumlah penerima:") == 31
    assert "Bulan Oktober 2026" in pages[0]
    assert not re.search(r"\d{16}", text)
    width, _ = _page_size(out)
    assert round(width) == 842  # landscape A4
    for page in pages:
        if MASKED.search(page):
            assert "Hari/Tanggal:" in page and "Tanda Tangan /" in page


def test_blank_delivery_form_has_empty_boxes_and_the_result_letters(demo_ctx: AppContext, tmp_path: Path) -> None:
    tomorrow = TODAY + timedelta(days=1)
    out = print_distribution(demo_ctx, _pokmas(demo_ctx), tomorrow, tomorrow, tmp_path / "form.pdf", blank=True)
    text = "\n".join(pdf_text(out))
    assert "FORMULIR PENGANTARAN PERMAKANAN" in text and "Hasil*" in text
    assert "D = Diterima, T = Tidak di rumah" in text
    assert distribution.TICKED not in text
    assert not re.search(r"\d{16}", text)


def test_a_period_without_recipients_says_so(demo_ctx: AppContext, tmp_path: Path) -> None:
    long_ago = date(2020, 1, 1)
    with pytest.raises(UserError, match="Tidak ada penerima"):
        print_distribution(demo_ctx, _pokmas(demo_ctx), long_ago, long_ago, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_pokmas_names_the_known_ones(demo_ctx: AppContext) -> None:
    with pytest.raises(UserError, match="Pokmas yang ada: Pokmas Dapur Sehat Johar Baru"):
        find_pokmas(demo_ctx, "Pokmas Entah")

from __future__ import annotations

import re
from pathlib import Path

import pytest

from psmdesk.domain.dates import format_rupiah
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.meals import monthly_recap
from psmdesk.services.report_data import daily_counts, find_pokmas, month_range
from psmdesk.services.reports import print_meal_recap
from psmdesk.storage.meals import LIVE
from tests.reports.conftest import TODAY, pdf_text


def _pokmas(ctx: AppContext) -> str:
    pokmas_id = find_pokmas(ctx, "Pokmas Dapur Sehat Johar Baru").id
    assert pokmas_id
    return pokmas_id


def _delivered_days(ctx: AppContext, pokmas_id: str) -> int:
    """Person-days with a live "diterima" entry in October, straight from the table."""
    row = ctx.db.execute(
        "SELECT COUNT(DISTINCT d.beneficiary_id || d.date) FROM meal_deliveries d WHERE d.pokmas_id = ?"
        f" AND d.date BETWEEN '2026-10-01' AND '2026-10-31' AND d.outcome = 'diterima' AND d.deleted_at IS NULL"
        f" AND {LIVE}", [pokmas_id]).fetchone()
    return int(row[0])


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_recap_totals_equal_the_database(demo_ctx: AppContext, tmp_path: Path, paper: str) -> None:
    pokmas_id = _pokmas(demo_ctx)
    out = print_meal_recap(demo_ctx, pokmas_id, 2026, 10, tmp_path / "rekap.pdf", paper=paper,  # type: ignore[arg-type]
                           today=TODAY)
    pages = pdf_text(out)
    text = "\n".join(pages)
    recap = monthly_recap(demo_ctx, pokmas_id, 2026, 10)
    delivered = _delivered_days(demo_ctx, pokmas_id)
    assert recap.days_delivered == delivered > 0
    total = re.search(r"^\s*Jumlah\s+(\d[\d.]*)\s+(\d[\d.]*)\s+(\d[\d.]*)\s.*?(Rp[\d.]+)\s*$", text, re.MULTILINE)
    assert total, text
    assert int(total[1].replace(".", "")) == delivered
    assert (int(total[2].replace(".", "")), int(total[3].replace(".", ""))) == (recap.morning, recap.midday)
    assert total[4] == format_rupiah(delivered * 30_000)
    assert f"Jumlah biaya {format_rupiah(recap.cost)}" in " ".join(text.split())
    for row in recap.rows:
        assert row.name.split()[0] in text
    assert not re.search(r"\d{16}", text)
    assert len(re.findall(r"\d{6}\*{6}\d{4}", text)) == len(recap.rows)
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
        if re.search(r"\d{6}\*{6}\d{4}", page):
            assert "Nama" in page and "Biaya" in page
    assert "Bulan Oktober 2026" in pages[0] and "Penerima per hari" in pages[0]


def test_daily_counts_cover_every_day_and_add_up(demo_ctx: AppContext) -> None:
    pokmas_id = _pokmas(demo_ctx)
    start, end = month_range(2026, 10)
    days = daily_counts(demo_ctx, pokmas_id, start, end)
    assert len(days) == 31 and days[0][0] == start and days[-1][0] == end
    assert sum(received for _, received, _ in days) == _delivered_days(demo_ctx, pokmas_id)


def test_a_month_before_the_roster_is_refused(demo_ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="belum punya penerima"):
        print_meal_recap(demo_ctx, _pokmas(demo_ctx), 2024, 1, tmp_path / "x.pdf")

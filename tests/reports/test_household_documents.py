from __future__ import annotations

import re
from pathlib import Path

import pytest

from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.reports import print_blank_household_form, print_households_recap
from tests.reports.conftest import TODAY, pdf_text


def test_households_recap_totals_equal_the_database(demo_ctx: AppContext, tmp_path: Path) -> None:
    out = print_households_recap(demo_ctx, "31.71.08.1003", tmp_path / "rekap.pdf", today=TODAY)
    pages = pdf_text(out)
    text = "\n".join(pages)
    assert "REKAP PEMETAAN KELUARGA" in text and "Kelurahan Galur" in text
    households, people = demo_ctx.db.execute(
        "SELECT COUNT(DISTINCT h.id), COUNT(m.id) FROM households h JOIN members m ON m.household_id = h.id"
        " WHERE h.kelurahan_code = '31.71.08.1003' AND h.deleted_at IS NULL AND m.deleted_at IS NULL").fetchone()
    totals = re.search(r"^\s*Jumlah\s+(\d+)\s+(\d+)", text, re.MULTILINE)
    assert totals and (int(totals[1]), int(totals[2])) == (households, people)
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
    assert not re.search(r"\d{16}", text)  # no NIK or No. KK on a recap


@pytest.mark.parametrize("paper,height", [("A4", 842), ("F4", 935)])
def test_blank_form_prints_on_a4_and_f4(demo_ctx: AppContext, tmp_path: Path, paper: str, height: int) -> None:
    out = print_blank_household_form(demo_ctx, tmp_path / f"form-{paper}.pdf", paper=paper)  # type: ignore[arg-type]
    pages = pdf_text(out)
    text = "\n".join(pages)
    for heading in ("A. Kartu Keluarga dan Alamat", "B. Kondisi Rumah", "D. Anggota Keluarga", "E. PPKS"):
        assert heading in text
    assert "Lanjut Usia Terlantar" in text and "Milik Sendiri" in text
    assert f"Halaman 1 dari {len(pages)}" in pages[0]
    assert round(_page_height(out)) == height


def _page_height(path: Path) -> float:
    import subprocess

    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    assert match
    return float(match[2])


def test_recap_of_an_empty_kelurahan_says_so(demo_ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Belum ada keluarga"):
        print_households_recap(demo_ctx, "31.71.01.1001", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()

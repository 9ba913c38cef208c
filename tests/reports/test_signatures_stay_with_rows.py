"""Signatures never stand alone on a page: whatever the number of rows, the page that carries
the signature blocks also carries rows of the list they sign for (issue 7: no orphaned
signature page a Lurah would be asked to sign without seeing whom it is for)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from psmdesk.reports import distribution, households_recap
from psmdesk.reports.template import DocInfo, Letterhead
from psmdesk.storage.household_recap import RwCounts
from tests.reports.conftest import pdf_text

MASKED = re.compile(r"\d{6}\*{6}\d{4}")
LETTERHEAD = Letterhead("Dinas Sosial Kota Jakarta Pusat", "Jl. Tanah Abang I No. 1")


def _list(count: int) -> distribution.DistributionList:
    lines = [distribution.Line(i, f"Penerima Ke-{i}", f"317108******{i:04d}", f"Jl. Kenari No. {i}, RT 003/RW 005",
                               "Johar Baru") for i in range(1, count + 1)]
    return distribution.DistributionList("Pokmas Melati", "Siti Aminah", "Sari Wulandari", "Johar Baru",
                                         "Jakarta Pusat", [distribution.Day(date(2026, 11, 20), lines)])


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_distribution_signatures_always_share_a_page_with_recipients(tmp_path: Path, paper: str) -> None:
    info = DocInfo("Daftar Penerima Permakanan", "20 November 2026", "Sari Wulandari")
    moved = 0
    for count in range(8, 40):
        out = distribution.build(_list(count), tmp_path / f"d{count}.pdf", letterhead=LETTERHEAD, info=info,
                                 paper=paper)  # type: ignore[arg-type]
        pages = pdf_text(out)
        text = "\n".join(pages)
        assert len(MASKED.findall(text)) == count, count  # no row lost or printed twice
        signed = [p for p in pages if "Ketua Pokmas" in p]
        assert len(signed) == 1 and pages[-1] is signed[0], count
        assert MASKED.search(signed[0]), f"{count} penerima: tanda tangan sendirian di halaman terakhir"
        assert "Tanda Tangan /" in signed[0]  # the column headers above the rows carried over
        numbers = [int(n) for n in re.findall(r"Penerima Ke-(\d+)", text)]
        assert numbers == list(range(1, count + 1)), count  # in order, each once
        if len(pages) > 1 and len(MASKED.findall(pages[-1])) <= 3:
            moved += 1
    assert moved  # some count did fill a page exactly: rows went over with the signatures


def test_households_recap_signatures_share_a_page_with_the_table(tmp_path: Path) -> None:
    labels = {"FM": "Fakir miskin", "LU": "Lanjut usia terlantar", "DIS": "Penyandang disabilitas"}
    for rws in range(1, 30):
        with_ppks = rws % 2 == 0
        counts = [RwCounts(f"{i:03d}", households=10 + i, people=40 + i,
                           ppks={"FM": i, "LU": i % 4, "DIS": i % 3} if with_ppks else {})
                  for i in range(1, rws + 1)]
        data = households_recap.HouseholdRecap("Johar Baru", counts, labels,
                                               place_date="Jakarta Pusat, 22 November 2026")
        out = households_recap.build(data, tmp_path / f"r{rws}.pdf", letterhead=LETTERHEAD,
                                     info=DocInfo("Rekap Pemetaan Keluarga", "November 2026", "Sari"))
        pages = pdf_text(out)
        assert "Mengetahui" in pages[-1] and "22 November 2026" in pages[-1]
        if with_ppks:  # the PPKS table (its header repeated) ends the document, above the signatures
            assert "Kategori PPKS" in pages[-1] and any(label in pages[-1] for label in labels.values()), rws
        else:
            assert re.search(r"^\s*0\d\d\s", pages[-1], re.M) or "Jumlah" in pages[-1], rws

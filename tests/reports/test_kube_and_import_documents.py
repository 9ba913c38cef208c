from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from psmdesk.domain.dates import format_rupiah
from psmdesk.reports.charts import cash_chart, daily_chart, nice_range, short_rupiah
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.kube_book import balance, cash_book, group_profile
from psmdesk.services.report_data import find_kube, imported_on
from psmdesk.services.reports import print_import_report, print_kube_profile
from psmdesk.services.sync_import import ImportResult
from tests.reports.conftest import TODAY, pdf_text


def test_kube_profile_cash_book_and_balance_equal_the_database(demo_ctx: AppContext, tmp_path: Path) -> None:
    group_id = find_kube(demo_ctx, "kube singkong sejahtera")
    out = print_kube_profile(demo_ctx, group_id, tmp_path / "kube.pdf", today=TODAY)
    pages = pdf_text(out)
    text = "\n".join(pages)
    profile = group_profile(demo_ctx, group_id, today=TODAY)
    assert "PROFIL DAN BUKU KAS KUBE" in pages[0] and "KUBE Singkong Sejahtera" in pages[0]
    for member in profile.members:
        assert member.name.split()[0] in text
    closing = re.escape(format_rupiah(balance(demo_ctx, group_id)))
    assert re.search(rf"Jumlah / saldo akhir\s+Rp[\d.]+\s+Rp[\d.]+\s+{closing}", text)
    lines = cash_book(demo_ctx, group_id)
    assert re.search(rf"^\s*{len(lines)}\s+\d\d/\d\d/\d{{4}}", text, re.MULTILINE)  # every entry numbered
    assert "[dikoreksi]" in text and "Koreksi entri" in text  # the demo's reversed typo: both entries kept
    for section in ("A. Profil Kelompok", "B. Anggota Kelompok", "C. Bantuan Stimulan", "E. Buku Kas",
                    "F. Ringkasan per Bulan", "Bendahara"):
        assert section in text
    assert not re.search(r"\d{16}", text)
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page


def test_unknown_or_ambiguous_kube_names(demo_ctx: AppContext) -> None:
    with pytest.raises(UserError, match="tidak ditemukan"):
        find_kube(demo_ctx, "KUBE Tidak Ada")
    with pytest.raises(UserError, match="tulis nama lengkapnya"):
        find_kube(demo_ctx, "kube")


def _results() -> list[ImportResult]:
    return [
        ImportResult("psm-sari-0003.psmsync", "applied", sender="Sari Wulandari", seq=3, added=120, updated=4,
                     unchanged=10, deleted=1, conflicts=2,
                     tables={"households": {"added": 20, "updated": 2, "unchanged": 5, "deleted": 1},
                             "meal_deliveries": {"added": 100, "updated": 2, "unchanged": 5, "deleted": 0}}),
        ImportResult("psm-budi-0007.psmsync", "rejected", reason="tanda tangan paket tidak cocok",
                     sender="Budi Santoso", seq=7),
        ImportResult("psm-ani-0002.psmsync", "already", sender="Ani Rahma", seq=2),
    ]


def test_import_report_lists_each_bundle_and_why_one_was_refused(demo_ctx: AppContext, tmp_path: Path) -> None:
    out = print_import_report(demo_ctx, _results(), tmp_path / "impor.pdf")
    text = "\n".join(pdf_text(out))
    assert "LAPORAN IMPOR PAKET SINKRON" in text
    assert "3 berkas: 1 paket diterapkan, 1 ditolak, 1 sudah pernah diimpor" in text
    for sender in ("Sari Wulandari", "Budi Santoso", "Ani Rahma"):
        assert sender in text
    assert "tanda tangan paket tidak cocok" in text and "DITOLAK" in text
    assert "Pengantaran Permakanan" in text  # per-table detail with Indonesian table names
    assert "2 konflik" in text


def _utc(local: datetime) -> str:
    return local.astimezone().astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_import_report_of_a_day_reads_the_bundle_ledger(demo_ctx: AppContext, tmp_path: Path) -> None:
    summary = {"sender": "Sari Wulandari", "device_id": "dev1", "seq": 4, "added": 7, "updated": 1, "unchanged": 0,
               "deleted": 0, "conflicts": 0, "tables": {"households": {"added": 7, "updated": 1}}}
    with demo_ctx.db.atomic():
        demo_ctx.db.execute(
            "INSERT INTO bundles_in (bundle_id, device_id, epoch, seq, sha256, kind, clock_max, imported_at,"
            " file_name, report) VALUES ('b4', 'dev1', 'e1', 4, 'x', 'data', '', ?, 'sari-0004.psmsync', ?)",
            [_utc(datetime(2026, 11, 21, 9, 30)), json.dumps(summary)])
    results = imported_on(demo_ctx, date(2026, 11, 21))
    assert [(r.file, r.seq, r.added, r.status) for r in results] == [("sari-0004.psmsync", 4, 7, "applied")]
    assert imported_on(demo_ctx, date(2026, 11, 20)) == []
    with pytest.raises(UserError, match="Tidak ada paket"):
        print_import_report(demo_ctx, [], tmp_path / "x.pdf")


def test_charts_draw_with_and_without_data(demo_ctx: AppContext) -> None:
    assert nice_range([0, 12]) == (0, 15, 5)
    low, high, step = nice_range([-3_000, 25_000_000])
    assert low <= -3_000 and high >= 25_000_000 and (high - low) / step <= 6
    assert short_rupiah(1_500_000) == "Rp1,5 jt" and short_rupiah(-750_000) == "-Rp750 rb"
    months = group_profile(demo_ctx, find_kube(demo_ctx, "singkong"), today=TODAY).months
    assert cash_chart(months, width=400).contents
    assert daily_chart([], width=300).contents  # "Belum ada data." instead of an error


def test_a_long_bundle_file_name_wraps_inside_its_column(demo_ctx: AppContext, tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics

    from psmdesk.reports.template import FONT, register_fonts, wrap_text

    name = "psmdesk-johar-baru-7f3a9c2e41b8-000123-dikirim-ulang-lewat-whatsapp(2).psmsync"
    register_fonts()
    lines = wrap_text(name, 46 * 2.8346, size=8, lines=3).split("\n")
    assert len(lines) > 1 and all(pdfmetrics.stringWidth(line, FONT, 8) <= 46 * 2.8346 - 6 for line in lines)
    assert "".join(lines) == name  # cut, not lost
    result = ImportResult(name, "applied", sender="Sari Wulandari", seq=123, added=4)
    text = "\n".join(pdf_text(print_import_report(demo_ctx, [result], tmp_path / "impor.pdf")))
    assert all(chunk in text for chunk in lines)
    # the sender stands clear of the file name, not printed over it
    assert any(re.search(re.escape(chunk) + r"\s{2,}Sari Wulandari", text) for chunk in lines)

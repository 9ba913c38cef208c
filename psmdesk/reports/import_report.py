"""Laporan Impor Paket Sinkron: what a coordinator's import did, bundle by bundle (sender,
number, counts, the reason a bundle was refused), with the per-table detail and a signature."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from psmdesk.reports.template import (
    FONT_BOLD,
    DocInfo,
    Letterhead,
    Paper,
    Styles,
    build_pdf,
    data_table,
    header_block,
    page_size,
    signature_blocks,
    wrap_text,
)
from psmdesk.services.sync_import import ImportResult

STATUS = {"applied": "Diterapkan", "already": "Sudah pernah diimpor", "rejected": "DITOLAK",
          "preview": "Pratinjau (belum diterapkan)", "skipped": "Tidak diterapkan (dibatalkan)"}
TABLE_NAMES = {"households": "Keluarga", "members": "Anggota Keluarga", "ppks_cases": "PPKS", "visits": "Kunjungan",
               "reference_items": "Daftar Rujukan", "pokmas": "Pokmas", "meal_beneficiaries": "Penerima Permakanan",
               "meal_days": "Hari Permakanan", "meal_deliveries": "Pengantaran Permakanan",
               "kube_groups": "Kelompok KUBE", "kube_members": "Anggota KUBE", "kube_grants": "Bantuan KUBE",
               "kube_activities": "Kegiatan KUBE", "kube_cash": "Buku Kas KUBE"}
COUNTS = ("added", "updated", "unchanged", "deleted", "conflicts")


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def headline(results: Sequence[ImportResult]) -> str:
    def count(status: str) -> int:
        return sum(1 for r in results if r.status == status)

    parts = [f"{count('applied')} paket diterapkan"]
    for status, text in (("rejected", "ditolak"), ("already", "sudah pernah diimpor"),
                         ("skipped", "tidak diterapkan karena impor dibatalkan")):
        if count(status):
            parts.append(f"{count(status)} {text}")
    applied = [r for r in results if r.status == "applied"]
    totals = ", ".join(f"{_n(sum(getattr(r, k) for r in applied))} {word}" for k, word in
                       (("added", "baru"), ("updated", "diperbarui"), ("deleted", "dihapus"),
                        ("conflicts", "konflik")))
    return f"{len(results)} berkas: " + ", ".join(parts) + f". Jumlah perubahan: {totals}."


def _reason(r: ImportResult) -> str:
    if r.status == "rejected":
        return f"{r.reason}. Tidak ada yang diterapkan."
    if r.status == "applied" and r.conflicts:
        return f"{r.conflicts} konflik: putuskan di Sinkronisasi > Konflik."
    if r.status == "applied" and not (r.added or r.updated or r.deleted):
        return "Tidak ada yang baru."
    return ""


def build(results: Sequence[ImportResult], out_path: Path, *, letterhead: Letterhead, info: DocInfo,
          paper: Paper = "A4", orientation: Literal["portrait", "landscape"] = "landscape",
          signer: str = "", place_date: str = "") -> Path:
    styles = Styles()
    width = page_size(paper, orientation)[0] - 30 * mm
    story: list[Flowable] = header_block(info, styles)
    story.append(Paragraph(headline(results), styles.body))
    story.append(Paragraph("A. Paket per berkas", styles.heading))
    widths = [8 * mm, 46 * mm, 38 * mm, 13 * mm, 26 * mm, *([16 * mm] * 5), 0.0]
    widths[-1] = width - sum(widths)
    rows = [["No", "Berkas", "Pengirim", "No.\nurut", "Status", "Baru", "Diper-\nbarui", "Sama", "Dihapus", "Konflik",
             "Keterangan /\nalasan penolakan"]]
    for i, r in enumerate(results, start=1):
        rows.append([str(i), wrap_text(r.file, widths[1], size=8, lines=3),
                     wrap_text(r.sender or "-", widths[2], size=8, lines=2), str(r.seq) if r.seq else "-",
                     wrap_text(STATUS.get(r.status, r.status), widths[4], size=8, lines=2),
                     *(_n(getattr(r, k)) for k in COUNTS),
                     wrap_text(_reason(r), widths[-1], size=8, lines=5)])
    extra = [("FONTSIZE", (0, 1), (-1, -1), 8), ("LEADING", (0, 1), (-1, -1), 9.6),
             ("ALIGN", (5, 1), (9, -1), "RIGHT"), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
             ("ALIGN", (3, 1), (3, -1), "CENTER")]
    for i, r in enumerate(results, start=1):
        if r.status == "rejected":
            extra += [("FONTNAME", (4, i), (4, i), FONT_BOLD),
                      ("TEXTCOLOR", (4, i), (4, i), colors.HexColor("#B00020"))]
    story.append(data_table(rows, widths, extra=extra))
    detail = [["Berkas no.", "Tabel", "Baru", "Diperbarui", "Sama", "Dihapus"]]
    for i, r in enumerate(results, start=1):
        for table, counts in r.tables.items():
            if any(counts.get(k, 0) for k in ("added", "updated", "deleted")):
                detail.append([str(i), TABLE_NAMES.get(table, table),
                               *(_n(counts.get(k, 0)) for k in ("added", "updated", "unchanged", "deleted"))])
    if len(detail) > 1:
        story.append(Paragraph("B. Rincian per tabel (paket yang diterapkan)", styles.heading))
        story.append(data_table(detail, [22 * mm, 60 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm],
                                extra=[("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER")]))
    story.append(signature_blocks([("Mengetahui,<br/>Kepala Bidang/Seksi", ""), ("<br/>Koordinator", signer)], styles,
                                  place_date=place_date))
    return build_pdf(out_path, story, letterhead=letterhead, info=info, paper=paper, orientation=orientation)

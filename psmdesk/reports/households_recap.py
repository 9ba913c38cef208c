"""Rekap Pemetaan Keluarga: per RW of one kelurahan, households, people, PPKS and programmes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from psmdesk.reports.charts import ranked_bars
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
)
from psmdesk.storage.household_recap import PROGRAMME_CODES, RwCounts

PROGRAMME_HEADERS = {"pkh": "PKH", "bpnt": "BPNT", "pbi_jkn": "PBI-JKN", "kip": "KIP", "klj": "KLJ"}


@dataclass(frozen=True)
class HouseholdRecap:
    kelurahan_label: str
    rows: list[RwCounts]
    ppks_labels: dict[str, str]
    signer_title: str = "Ketua PSM Kelurahan"
    place_date: str = ""  # "Jakarta Pusat, 22 November 2026" above the signatures


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _frame_width(paper: Paper, orientation: Literal["portrait", "landscape"]) -> float:
    width: float = page_size(paper, orientation)[0] - 30 * mm
    return width


def build(data: HouseholdRecap, out_path: Path, *, letterhead: Letterhead, info: DocInfo, paper: Paper = "A4",
          orientation: Literal["portrait", "landscape"] = "landscape") -> Path:
    styles = Styles()
    story: list[Flowable] = header_block(info, styles)
    story.append(Paragraph("A. Keluarga, jiwa dan program bantuan per RW", styles.heading))
    header = ["RW", "KK", "Jiwa", "L", "P", "Lansia 60+", "Disabilitas", "PPKS",
              *(PROGRAMME_HEADERS[c] for c in PROGRAMME_CODES)]
    body = []
    for r in data.rows:
        body.append([r.rw, _n(r.households), _n(r.people), _n(r.male), _n(r.female), _n(r.elderly), _n(r.disabled),
                     _n(sum(r.ppks.values())), *(_n(r.programmes.get(c, 0)) for c in PROGRAMME_CODES)])
    totals = ["Jumlah", *(_n(sum(getattr(r, f) for r in data.rows)) for f in
                          ("households", "people", "male", "female", "elderly", "disabled")),
              _n(sum(sum(r.ppks.values()) for r in data.rows)),
              *(_n(sum(r.programmes.get(c, 0) for r in data.rows)) for c in PROGRAMME_CODES)]
    widths = [18 * mm] + [20 * mm] * (len(header) - 1)
    story.append(data_table([header, *body, totals], widths, extra=[
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("ALIGN", (1, 0), (-1, 0), "CENTER"),
        ("FONTNAME", (0, len(body) + 1), (-1, -1), FONT_BOLD)]))

    categories = [c for c in data.ppks_labels if any(r.ppks.get(c) for r in data.rows)]
    if categories:  # the overview first, so the per-RW table stays next to the signatures it ends with
        chart = ranked_bars("Jumlah PPKS menurut kategori (semua RW)",
                            [(data.ppks_labels[c], sum(r.ppks.get(c, 0) for r in data.rows)) for c in categories],
                            width=min(190 * mm, _frame_width(paper, orientation)))
        story += [CondPageBreak(chart.height + 16 * mm),
                  Paragraph("B. PPKS menurut kategori (Permensos 08/2012)", styles.heading), chart, Spacer(1, 3 * mm)]
    else:
        story.append(Paragraph("B. PPKS menurut kategori (Permensos 08/2012)", styles.heading))
    if categories:
        story += _ppks_tables(data, categories, styles, _frame_width(paper, orientation))
    else:
        story.append(Paragraph("Belum ada PPKS yang diidentifikasi di kelurahan ini.", styles.body))
    story.append(Spacer(1, 4 * mm))
    story.append(signature_blocks([("Mengetahui, Lurah", ""), (data.signer_title, "")], styles,
                                  place_date=data.place_date))
    return build_pdf(out_path, story, letterhead=letterhead, info=info, paper=paper, orientation=orientation)


def _ppks_tables(data: HouseholdRecap, categories: list[str], styles: Styles, frame: float) -> list[Flowable]:
    """Categories down, RWs across; a kelurahan with more RWs than fit the page width gets its RWs
    in several tables one under another (never a table wider than the paper), the last with the totals."""
    first, col = 62 * mm, 13 * mm
    per_table = max(1, int((frame - first) // col) - 1)
    chunks = [data.rows[i:i + per_table] for i in range(0, len(data.rows), per_table)] or [[]]
    out: list[Flowable] = []
    for index, rows in enumerate(chunks):
        last = index == len(chunks) - 1
        header = ["Kategori PPKS  \\  RW", *(r.rw for r in rows), *(["Jumlah"] if last else [])]
        body = [[Paragraph(data.ppks_labels[c], styles.cell), *(_n(r.ppks.get(c, 0)) for r in rows),
                 *([_n(sum(r.ppks.get(c, 0) for r in data.rows))] if last else [])] for c in categories]
        if index:
            out.append(Spacer(1, 3 * mm))
        out.append(data_table([header, *body], [first] + [col] * (len(header) - 1),
                              extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("ALIGN", (1, 0), (-1, 0), "CENTER")]))
    return out

"""Rekap Pemetaan Keluarga: per RW of one kelurahan, households, people, PPKS and programmes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from psmdesk.reports.template import (
    FONT_BOLD,
    DocInfo,
    Letterhead,
    Paper,
    Styles,
    build_pdf,
    data_table,
    header_block,
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


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


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

    story.append(Paragraph("B. PPKS menurut kategori (Permensos 08/2012)", styles.heading))
    categories = [c for c in data.ppks_labels if any(r.ppks.get(c) for r in data.rows)]
    if categories:
        rws = [r.rw for r in data.rows]
        ppks_header = ["Kategori PPKS  \\  RW", *rws, "Jumlah"]
        ppks_rows = [[Paragraph(data.ppks_labels[c], styles.cell), *(_n(r.ppks.get(c, 0)) for r in data.rows),
                      _n(sum(r.ppks.get(c, 0) for r in data.rows))] for c in categories]
        first = 70 * mm
        rest = max(12 * mm, min(20 * mm, (250 * mm - first) / (len(rws) + 1)))
        story.append(data_table([ppks_header, *ppks_rows], [first] + [rest] * (len(rws) + 1),
                                extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("ALIGN", (1, 0), (-1, 0), "CENTER")]))
    else:
        story.append(Paragraph("Belum ada PPKS yang diidentifikasi di kelurahan ini.", styles.body))
    story.append(Spacer(1, 4 * mm))
    story.append(signature_blocks([("Mengetahui, Lurah", ""), (data.signer_title, "")], styles))
    return build_pdf(out_path, story, letterhead=letterhead, info=info, paper=paper, orientation=orientation)

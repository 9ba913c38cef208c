"""Rekap Bulanan Permakanan per Pokmas: per beneficiary the days delivered and missed (by
reason), the meals, the cost; the month's totals, and a chart of the days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from psmdesk.domain.choices import label
from psmdesk.domain.dates import format_date, format_rupiah
from psmdesk.domain.meals import END_REASONS
from psmdesk.reports.charts import daily_chart
from psmdesk.reports.template import (
    FONT,
    FONT_BOLD,
    DocInfo,
    Letterhead,
    Paper,
    Styles,
    build_pdf,
    data_table,
    header_block,
    page_size,
    section,
    signature_blocks,
    wrap_text,
)
from psmdesk.services.meal_recap import MISS_REASONS, MonthlyRecap


@dataclass(frozen=True)
class MealRecapDoc:
    recap: MonthlyRecap
    days: list[tuple[date, int, int]]  # (day, received, not received) for the chart
    leader: str
    psm_name: str
    kelurahan: list[str]  # names of the served kelurahan
    place_date: str


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


SHORT_REASON = {"tidak_di_rumah": "Tidak di rumah", "dirawat_rs": "Dirawat di RS", "meninggal": "Meninggal",
                "pindah": "Pindah", "tidak_tercatat": "Tidak tercatat"}


def _summary(data: MealRecapDoc, styles: Styles, width: float) -> Table:
    r = data.recap
    missed = r.missed
    rows = [
        ("Pokmas", r.pokmas_name),
        ("Kelurahan yang dilayani", ", ".join(data.kelurahan)),
        ("Periode", f"{format_date(r.start)} s.d. {format_date(r.end)} ({r.title})"),
        ("Jumlah penerima manfaat", f"{_n(r.beneficiaries)} orang"),
        ("Hari pengantaran tercatat", f"{_n(r.recorded_days)} hari"),
        ("Hari-orang diterima", f"{_n(r.days_delivered)} (makan pagi {_n(r.morning)}, makan siang {_n(r.midday)})"),
        ("Hari-orang tidak diterima", f"{_n(sum(missed.values()))} ("
         + ", ".join(f"{SHORT_REASON[k]} {_n(v)}" for k, v in missed.items() if v) + ")"
         if sum(missed.values()) else "0"),
        ("Biaya satuan", f"{format_rupiah(r.unit_cost)} per orang per hari"),
        ("Jumlah biaya", f"{format_rupiah(r.cost)} ({_n(r.days_delivered)} hari-orang x {format_rupiah(r.unit_cost)})"),
    ]
    if r.doubles:
        rows.append(("Kemungkinan pengantaran ganda", f"{_n(r.doubles)} hari-orang (periksa di Catatan Harian)"))
    table = Table([[Paragraph(k, styles.cell), Paragraph(escape(v), styles.cell)] for k, v in rows],
                  colWidths=[55 * mm, width - 55 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return table


def _rows(data: MealRecapDoc, name_width: float) -> list[list[str]]:
    header = ["No", "Nama", "NIK", "Kelurahan", "RT/RW", "Hari\nditerima", "Makan\npagi", "Makan\nsiang",
              *(wrap_text(SHORT_REASON[k], 16 * mm, size=7, lines=2, font=FONT_BOLD) for k in MISS_REASONS),
              "Jumlah\ntidak\nditerima", "Biaya"]
    rows = [header]
    for b in data.recap.rows:
        name = b.name
        if b.end_date:
            name += f" (berhenti {format_date(date.fromisoformat(b.end_date))}"
            name += f": {label(END_REASONS, b.end_reason) or b.end_reason})" if b.end_reason else ")"
        rows.append([str(b.no), wrap_text(name, name_width, size=8, lines=3), b.nik_masked,
                     wrap_text(b.kelurahan_name, 21 * mm, size=8, lines=2), f"{b.rt}/{b.rw}", _n(b.days_delivered),
                     _n(b.morning), _n(b.midday), *(_n(b.missed[k]) for k in MISS_REASONS), _n(b.days_missed),
                     format_rupiah(b.cost)])
    r = data.recap
    rows.append(["", "Jumlah", "", "", "", _n(r.days_delivered), _n(r.morning), _n(r.midday),
                 *(_n(r.missed[k]) for k in MISS_REASONS), _n(sum(r.missed.values())), format_rupiah(r.cost)])
    return rows


def build(data: MealRecapDoc, out_path: Path, *, letterhead: Letterhead, info: DocInfo, paper: Paper = "A4",
          orientation: Literal["portrait", "landscape"] = "landscape") -> Path:
    styles = Styles()
    width = page_size(paper, orientation)[0] - 30 * mm
    numbers = [13 * mm] * 3 + [16 * mm] * len(MISS_REASONS) + [15 * mm, 25 * mm]
    fixed = 8 * mm + 31 * mm + 21 * mm + 14 * mm + sum(numbers)
    name_width = max(width - fixed, 30 * mm)
    story: list[Flowable] = header_block(info, styles)
    story += section("A. Ringkasan", styles)
    story.append(_summary(data, styles, width))
    story.append(Spacer(1, 3 * mm))
    story.append(daily_chart([(str(d.day), received, missed) for d, received, missed in data.days],
                             width=width))
    story += section("B. Rincian per penerima manfaat", styles, room=45 * mm)
    rows = _rows(data, name_width)
    last = len(rows) - 1
    story.append(data_table(rows, [8 * mm, name_width, 31 * mm, 21 * mm, 14 * mm, *numbers], extra=[
        ("FONTSIZE", (0, 0), (-1, -1), 8), ("LEADING", (0, 0), (-1, -1), 9.6),
        ("FONTSIZE", (0, 0), (-1, 0), 7), ("LEADING", (0, 0), (-1, 0), 8.4), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (5, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("FONTNAME", (0, last), (-1, last), FONT_BOLD),
        ("BACKGROUND", (0, last), (-1, last), colors.HexColor("#F2F2F2")),
    ]))
    story.append(Paragraph(
        "Hari diterima: hari dengan makanan yang diterima. Tidak tercatat: hari Pokmas mencatat pengantaran, "
        "tetapi penerima ini tidak ada catatannya. Biaya = hari diterima x biaya satuan.", styles.small))
    lurah = "Mengetahui,<br/>Lurah" + (f" {escape(data.kelurahan[0])}" if len(data.kelurahan) == 1 else "")
    story.append(signature_blocks(
        [(lurah, ""), ("<br/>Ketua Pokmas", escape(data.leader)),
         ("<br/>PSM Pendamping", escape(data.psm_name))],
        styles, place_date=data.place_date))
    return build_pdf(out_path, story, letterhead=letterhead, info=info, paper=paper, orientation=orientation)

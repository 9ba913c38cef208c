"""Daftar Penerima Permakanan: the list beneficiaries sign or thumb-print when the meals arrive,
and its blank twin, the delivery form for days the laptop cannot go along.

One section per day, each starting on a new page with its own signatures: a signed list is
filed per day, and a thumbprint needs a cell no narrower than 25 mm on a row no lower than 14 mm,
which a column per day could not give on any paper. The day's heading is part of the repeated
table header, so every page says which day it belongs to. Cells are plain strings wrapped here
(not Paragraphs): a 2,000-person list stays within twice the time of a bare reportlab table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from psmdesk.domain.dates import format_date_long
from psmdesk.reports.template import (
    FONT,
    FONT_BOLD,
    DocInfo,
    Letterhead,
    Paper,
    Styles,
    build_pdf,
    header_block,
    page_size,
    signature_blocks,
    wrap_text,
)

SIGN_WIDTH = 27 * mm  # >= 25 mm: room for a thumbprint
ROW_HEIGHT = 14 * mm  # >= 14 mm: room for a signature or a thumbprint
MARGINS = 30 * mm  # left + right page margins of the template
BOX, TICKED = "\u2610", "\u2611"
OUTCOME_CODES = "D = Diterima, T = Tidak di rumah, R = Dirawat di RS, M = Meninggal, P = Pindah"
CELL_SIZE = 7.8


@dataclass(frozen=True)
class Line:
    """One printed row. `morning`/`midday` are None while the day is not recorded (empty boxes)."""

    no: int
    name: str
    nik_masked: str
    address: str  # "Jl. Kenari II No. 5, RT 003/RW 005"
    kelurahan: str
    morning: bool | None = None
    midday: bool | None = None
    note: str = ""  # keterangan: the outcome when it was not received
    handed_by: str = ""  # who handed the meals over (named once, under the day's table)


@dataclass(frozen=True)
class Day:
    day: date
    lines: list[Line]
    recorded: bool = False

    @property
    def received(self) -> int:
        return sum(1 for line in self.lines if line.morning or line.midday)


@dataclass(frozen=True)
class DistributionList:
    pokmas_name: str
    leader: str
    psm_name: str
    lurah_of: str  # the kelurahan's name when the Pokmas serves one, else ""
    place: str  # "Jakarta Pusat": the place line above the signatures
    days: list[Day]
    blank: bool = False  # the field form: empty boxes and a result column to fill in


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # fixed width (points), or 0 for a share of what is left
    share: float = 0.0
    align: str = "LEFT"


def columns(blank: bool) -> list[Column]:
    cols = [Column("No", 8 * mm, align="CENTER"), Column("Nama", 0, 29), Column("NIK", 29 * mm),
            Column("Alamat (RT/RW)", 0, 34 if blank else 29)]
    if not blank:
        cols.append(Column("Kelurahan", 0, 19))
    cols += [Column("Pagi", 9 * mm, align="CENTER"), Column("Siang", 9 * mm, align="CENTER")]
    if blank:
        cols.append(Column("Hasil*", 11 * mm, align="CENTER"))
    cols += [Column("Tanda Tangan / Cap Jempol", SIGN_WIDTH), Column("Keterangan", 0, 18 if blank else 20)]
    return cols


def column_widths(blank: bool, frame_width: float) -> list[float]:
    cols = columns(blank)
    fixed = sum(c.width for c in cols)
    shares = sum(c.share for c in cols)
    return [c.width or (frame_width - fixed) * c.share / shares for c in cols]


def _wrap(text: str, width: float, lines: int = 4, size: float = CELL_SIZE) -> str:
    return wrap_text(text, width, size=size, lines=lines, padding=9)


def _box(value: bool | None) -> str:
    return TICKED if value else BOX


def _header_rows(day: Day, data: DistributionList, widths: Sequence[float]) -> list[list[str]]:
    count = len(widths)
    title = f"Hari/Tanggal: {format_date_long(day.day)}     Pokmas: {data.pokmas_name}"
    header = [_wrap(c.title, w, 3, 7.5) for c, w in zip(columns(data.blank), widths, strict=True)]
    return [[title] + [""] * (count - 1), header]


def day_table(day: Day, data: DistributionList, widths: Sequence[float]) -> Table:
    cols = columns(data.blank)
    w = dict(zip((c.title for c in cols), widths, strict=True))
    rows = _header_rows(day, data, widths)
    for line in day.lines:
        row = [str(line.no), _wrap(line.name, w["Nama"]), line.nik_masked]
        if data.blank:
            row.append(_wrap(f"{line.address}, {line.kelurahan}", w["Alamat (RT/RW)"]))
            row += [BOX, BOX, "", "", ""]
        else:
            row += [_wrap(line.address, w["Alamat (RT/RW)"]), _wrap(line.kelurahan, w["Kelurahan"])]
            row += [_box(line.morning), _box(line.midday), "", _wrap(line.note, w["Keterangan"], size=7)]
        rows.append(row)
    heights: list[float | None] = [None, None] + [ROW_HEIGHT] * len(day.lines)
    # The day's title row has no grid and its text simply runs across the empty cells to its
    # right. A SPAN would do the same, but reportlab recomputes spans over the whole table at
    # every page split: with one, 2,000 rows took four times as long.
    table = Table(rows, colWidths=list(widths), rowHeights=heights, repeatRows=2)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_SIZE + 1.6),
        ("FONTNAME", (0, 0), (-1, 1), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, 0), 9),
        ("FONTSIZE", (0, 1), (-1, 1), 7.5),
        ("LEADING", (0, 1), (-1, 1), 9),
        ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#E6E6E6")),
        ("ALIGN", (0, 1), (-1, 1), "CENTER"),
        ("GRID", (0, 1), (-1, -1), 0.5, colors.HexColor("#555555")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("FONTSIZE", (0, 2), (-1, -1), CELL_SIZE),
        ("FONTSIZE", (0, 0), (-1, 0), 9),
    ]
    for index, col in enumerate(cols):
        if col.align != "LEFT":
            style.append(("ALIGN", (index, 2), (index, -1), col.align))
    for title in ("Pagi", "Siang"):
        index = [c.title for c in cols].index(title)
        style.append(("FONTSIZE", (index, 2), (index, -1), 13))
    table.setStyle(TableStyle(style))
    return table


def _summary(day: Day, data: DistributionList, styles: Styles) -> Paragraph:
    if data.blank:
        return Paragraph(f"* Hasil: tulis satu huruf. {OUTCOME_CODES}. Jumlah penerima: {len(day.lines)} orang.",
                         styles.small)
    if not day.recorded:
        return Paragraph(f"Jumlah penerima: {len(day.lines)} orang. Pengantaran hari ini belum dicatat.",
                         styles.small)
    morning = sum(1 for line in day.lines if line.morning)
    midday = sum(1 for line in day.lines if line.midday)
    couriers = sorted({line.handed_by for line in day.lines if line.handed_by})
    by = f" Diantar oleh: {escape(', '.join(couriers))}." if couriers else ""
    return Paragraph(f"Jumlah penerima: {len(day.lines)} orang. Diterima: {day.received} orang "
                     f"(makan pagi {morning}, makan siang {midday}). Tidak diterima: "
                     f"{len(day.lines) - day.received} orang.{by}", styles.small)


def signatures(data: DistributionList, on: date, styles: Styles, before: Sequence[Flowable] = ()) -> Flowable:
    lurah = f"Mengetahui,<br/>Lurah {escape(data.lurah_of)}" if data.lurah_of else "Mengetahui,<br/>Lurah"
    place = f"{data.place}, {format_date_long(on).split(', ', 1)[1]}" if data.place else ""
    return signature_blocks([(lurah, ""), ("<br/>Ketua Pokmas", escape(data.leader)),
                             ("<br/>PSM Pendamping", escape(data.psm_name))],
                            styles, place_date=place, before=before)


def story(data: DistributionList, frame_width: float, info: DocInfo, styles: Styles) -> list[Flowable]:
    widths = column_widths(data.blank, frame_width)
    parts: list[Flowable] = []
    for index, day in enumerate(data.days):
        if index:
            parts.append(PageBreak())
        parts += header_block(info, styles)
        parts.append(day_table(day, data, widths))
        parts.append(Spacer(1, 2 * mm))
        parts.append(signatures(data, day.day, styles, before=[_summary(day, data, styles)]))
    return parts


def build(data: DistributionList, out_path: Path, *, letterhead: Letterhead, info: DocInfo, paper: Paper = "A4",
          orientation: Literal["portrait", "landscape"] = "portrait") -> Path:
    styles = Styles()
    frame_width = page_size(paper, orientation)[0] - MARGINS
    return build_pdf(out_path, story(data, frame_width, info, styles), letterhead=letterhead, info=info,
                     paper=paper, orientation=orientation)

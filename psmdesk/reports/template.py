"""The page every PSM Desk document is printed on: letterhead, title and period, "Halaman X
dari Y", who printed it and when, on A4 or F4 (215 x 330 mm), portrait or landscape, with an
embedded TrueType font so the PDF looks the same on every office computer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from psmdesk.domain.dates import format_date

Paper = Literal["A4", "F4"]
F4 = (215 * mm, 330 * mm)
FONT, FONT_BOLD = "PSMSans", "PSMSans-Bold"
_registered = False


def register_fonts() -> None:
    """DejaVu Sans (shipped in resources/fonts) covers every character an Indonesian name or a
    form's check box needs; embedding it keeps every PDF the same on every office computer."""
    global _registered
    if _registered:
        return
    from psmdesk.paths import resource_path

    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    # A table cell's font when no style names one: reportlab's default is Helvetica, which is
    # not embedded and would make the PDF depend on the office computer's fonts.
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = FONT
    _registered = True


@dataclass(frozen=True)
class Letterhead:
    office_name: str
    address: str = ""
    logo: Path | None = None


@dataclass(frozen=True)
class DocInfo:
    title: str
    period: str = ""
    printed_by: str = ""
    printed_at: datetime = field(default_factory=datetime.now)
    subtitle: str = ""


def page_size(paper: Paper, orientation: Literal["portrait", "landscape"] = "portrait") -> tuple[float, float]:
    size = F4 if paper == "F4" else A4
    result = landscape(size) if orientation == "landscape" else portrait(size)
    return float(result[0]), float(result[1])


class Styles:
    def __init__(self) -> None:
        register_fonts()
        self.body = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=9, leading=11.5)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=7.5, leading=9)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=FONT_BOLD)
        self.title = ParagraphStyle("title", parent=self.body, fontName=FONT_BOLD, fontSize=13, leading=16,
                                    alignment=1, spaceAfter=2)
        self.subtitle = ParagraphStyle("subtitle", parent=self.body, fontSize=9.5, leading=12, alignment=1)
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=FONT_BOLD, fontSize=10.5, leading=13,
                                      spaceBefore=8, spaceAfter=4)


def _numbered_canvas(letterhead: Letterhead, info: DocInfo) -> type[pdfcanvas.Canvas]:
    """A canvas that knows the page count when it draws each page's footer (two passes)."""

    class NumberedCanvas(pdfcanvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT  # no unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _draw_frame(self, letterhead, info, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_frame(c: pdfcanvas.Canvas, letterhead: Letterhead, info: DocInfo, page: int, total: int) -> None:
    width, height = c._pagesize
    left, right, top = 15 * mm, width - 15 * mm, height - 12 * mm
    text_left = left
    if letterhead.logo and letterhead.logo.exists():
        c.drawImage(str(letterhead.logo), left, top - 14 * mm, width=14 * mm, height=14 * mm,
                    preserveAspectRatio=True, mask="auto")
        text_left = left + 17 * mm
    c.setFont(FONT_BOLD, 11)
    c.drawString(text_left, top - 5 * mm, letterhead.office_name.upper()[:90])
    c.setFont(FONT, 8)
    if letterhead.address:
        c.drawString(text_left, top - 10 * mm, letterhead.address[:140])
    c.setLineWidth(1.2)
    c.line(left, top - 16 * mm, right, top - 16 * mm)
    c.setLineWidth(0.4)
    c.line(left, top - 16.8 * mm, right, top - 16.8 * mm)
    c.setFont(FONT, 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    printed = f"Dicetak {format_date(info.printed_at.date())} {info.printed_at:%H:%M}"
    if info.printed_by:
        printed += f" oleh {info.printed_by}"
    c.drawString(left, 9 * mm, f"{info.title} · {printed}"[:150])
    c.drawRightString(right, 9 * mm, f"Halaman {page} dari {total}")
    c.setFillColor(colors.black)


def header_block(info: DocInfo, styles: Styles) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph(info.title, styles.title)]
    if info.subtitle:
        parts.append(Paragraph(info.subtitle, styles.subtitle))
    if info.period:
        parts.append(Paragraph(info.period, styles.subtitle))
    parts.append(Spacer(1, 4 * mm))
    return parts


def section(title: str, styles: Styles, *, room: float = 35 * mm) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page: with less than `room`
    left, the section starts on the next page."""
    return [CondPageBreak(room), Paragraph(title, styles.heading)]


GRID = TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
])


def data_table(rows: Sequence[Sequence[object]], widths: Sequence[float], *, row_height: float | None = None,
               extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A table whose header row repeats on every page; reportlab never splits a row across pages."""
    heights = None if row_height is None else [None] + [row_height] * (len(rows) - 1)
    table = Table(list(rows), colWidths=list(widths), rowHeights=heights, repeatRows=1)
    table.setStyle(GRID)
    if extra:
        table.setStyle(TableStyle(list(extra)))
    return table


def wrap_text(text: str, width: float, *, size: float = 8.5, lines: int = 4, font: str = FONT,
              padding: float = 6) -> str:
    """Plain text broken into at most `lines` lines that fit `width` (a table cell with the given
    padding), ending with an ellipsis when cut. Much cheaper than a Paragraph in long tables."""
    from reportlab.lib.utils import simpleSplit

    room = width - padding
    parts: list[str] = []
    for part in simpleSplit(text, font, size, room):
        while pdfmetrics.stringWidth(part, font, size) > room and len(part) > 1:  # a long file name: cut it
            cut = len(part) - 1
            while cut > 1 and pdfmetrics.stringWidth(part[:cut], font, size) > room:
                cut -= 1
            parts.append(part[:cut])
            part = part[cut:]
        parts.append(part)
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: max(len(parts[-1]) - 1, 1)] + "\u2026"
    return "\n".join(parts)


def signature_blocks(roles: Sequence[tuple[str, str]], styles: Styles, place_date: str = "",
                     before: Sequence[Flowable] = ()) -> Flowable:
    """Side by side: each (title, name line) with room to sign and stamp. `before` (e.g. the
    day's totals) stays on the same page: KeepTogether must not be nested (reportlab then
    pushes the block to a page of its own)."""
    cells = []
    for title, name in roles:
        cells.append([Paragraph(title, styles.cell), Spacer(1, 18 * mm),
                      Paragraph(f"( {name or '.' * 32} )", styles.cell)])
    table = Table([cells], colWidths=None)
    table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    parts: list[Flowable] = [*before, Spacer(1, 6 * mm)]
    if place_date:
        parts.append(Paragraph(place_date, ParagraphStyle("pd", parent=styles.cell, alignment=2)))
    parts.append(table)
    return Closing(parts)


class Closing(KeepTogether):  # type: ignore[misc]
    """The signatures (and what must stay with them) that end a document or a day's list."""


def _height(flowables: Sequence[Flowable], canv: Any, width: float) -> float:
    total = 0.0
    for f in flowables:
        if isinstance(f, KeepTogether):
            total += _height(f._content, canv, width)
        else:
            total += f.wrapOn(canv, width, 0xFFFFFF)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


class TableThenClosing(Flowable):  # type: ignore[misc]
    """A long table and its closing signatures: the signatures never stand alone on a page.
    When the table fits a page but its signatures do not, the last `keep` rows go over with
    them (under the repeated header), so every signature sits under rows it vouches for."""

    def __init__(self, table: Table, closing: Sequence[Flowable], keep: int = 3) -> None:
        super().__init__()
        self.table, self.closing, self.keep = table, list(closing), keep

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        return aW, 0xFFFFFF  # always asks to be split, like KeepTogether

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        from reportlab.platypus.doctemplate import FrameBreak

        table_h = self.table.wrapOn(self.canv, aW, aH)[1]
        closing_h = _height(self.closing, self.canv, aW)
        if table_h + closing_h <= aH:
            return [self.table, *self.closing]
        if table_h > aH:  # the table goes on over the page: this page takes what fits
            parts = self.table.split(aW, aH)
            if not parts:  # nothing fits here: [] tells reportlab to try this flowable on the next page
                return []
            if len(parts) == 1:
                return [parts[0], *self.closing]
            return [parts[0], TableThenClosing(parts[1], self.closing, self.keep)]
        heights = list(self.table._rowHeights)
        data_rows = len(heights) - self.table.repeatRows
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        if data_rows <= self.keep:
            return [self.table, *self.closing] if at_top else [FrameBreak(), self.table, *self.closing]
        parts = self.table.split(aW, table_h - sum(heights[-self.keep:]) + 0.01)
        if len(parts) < 2:
            return [self.table, *self.closing]
        return [parts[0], FrameBreak(), parts[1], *self.closing]


def _keep_closings_with_tables(story: list[Flowable]) -> list[Flowable]:
    """Each Closing takes the table just before it (and the notes between) along with it."""
    out: list[Flowable] = []
    for item in story:
        if isinstance(item, Closing):
            back = len(out) - 1
            while back >= 0 and len(out) - back <= 4 and isinstance(out[back], Spacer | Paragraph):
                back -= 1
            if back >= 0 and type(out[back]) is Table and len(out) - back <= 4:
                table, between = out[back], out[back + 1:]
                del out[back:]
                out.append(TableThenClosing(table, [*between, item]))
                continue
        out.append(item)
    return out


def build_pdf(out_path: Path, story: list[Flowable], *, letterhead: Letterhead, info: DocInfo, paper: Paper = "A4",
              orientation: Literal["portrait", "landscape"] = "portrait") -> Path:
    """Writes the PDF atomically (a half-written file never replaces a good one)."""
    register_fonts()
    tmp = out_path.with_name(out_path.name + ".tmp")
    doc = SimpleDocTemplate(
        str(tmp), pagesize=page_size(paper, orientation), leftMargin=15 * mm, rightMargin=15 * mm,
        topMargin=32 * mm, bottomMargin=16 * mm, title=info.title, author=letterhead.office_name,
        creator="PSM Desk",
    )
    doc.build(_keep_closings_with_tables(story), canvasmaker=_numbered_canvas(letterhead, info))
    tmp.replace(out_path)
    return out_path

"""Charts on paper (reportlab graphics, no Qt): the same pictures Beranda draws with QPainter.

Every chart is a `Drawing` flowable sized to the frame: a title, a legend, value ticks with
short rupiah or plain numbers, and bars (side by side or stacked) with an optional line on the
same scale (the KUBE month-end balance over its income and expense)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from psmdesk.domain.dates import MONTHS_ID
from psmdesk.domain.kube_cash import MonthSummary
from psmdesk.reports.template import FONT, FONT_BOLD, register_fonts

PRIMARY = colors.HexColor("#1f6f8b")
AMBER = colors.HexColor("#d08a3c")
DARK = colors.HexColor("#0b2f3c")
GRID_GREY = colors.HexColor("#cccccc")
TEXT_GREY = colors.HexColor("#444444")


def short_rupiah(amount: int) -> str:
    """Tick labels: "Rp25 jt", "Rp750 rb", "-Rp1,5 jt" (juta, ribu)."""
    sign, value = ("-" if amount < 0 else ""), abs(amount)
    if value >= 1_000_000:
        number = f"{value / 1_000_000:.1f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{sign}Rp{number} jt"
    if value >= 1_000:
        return f"{sign}Rp{value // 1_000} rb"
    return f"{sign}Rp{value}"


def plain(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def nice_range(values: Sequence[int]) -> tuple[int, int, int]:
    """(low, high, step): zero included, 3-5 round ticks."""
    top, bottom = max(0, *values), min(0, *values)
    raw = max(top - bottom, 1) / 4
    magnitude = 10 ** (len(str(int(raw))) - 1)
    step = next((int(f * magnitude) for f in (1, 2, 2.5, 5, 10) if raw <= f * magnitude), 10 * magnitude)
    step = max(step, 1)
    high = -(-top // step) * step if top > 0 else step
    low = (bottom // step) * step
    return int(low), int(high), int(step)


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[int]
    color: colors.Color


def _legend(d: Drawing, x: float, y: float, items: Sequence[tuple[str, colors.Color, bool]]) -> None:
    for name, color, is_line in items:
        if is_line:
            d.add(Line(x, y + 3, x + 12, y + 3, strokeColor=color, strokeWidth=2))
        else:
            d.add(Rect(x, y, 9, 7, fillColor=color, strokeColor=None))
        d.add(String(x + 15, y, name, fontName=FONT, fontSize=7.5, fillColor=TEXT_GREY))
        x += 28 + len(name) * 4.2


def bar_chart(title: str, categories: Sequence[str], bars: Sequence[Series], *, width: float,
              height: float = 62 * mm, stacked: bool = False, line: Series | None = None,
              ticks: Callable[[int], str] = plain, label_every: int = 1) -> Drawing:
    """Bars per category (side by side, or stacked), and optionally a line on the same scale."""
    register_fonts()
    d = Drawing(width, height, initialFontName=FONT)  # no unembedded Helvetica in the PDF
    d.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=9))
    legend = [(s.name, s.color, False) for s in bars] + ([(line.name, line.color, True)] if line else [])
    _legend(d, 0, height - 24, legend)
    if not categories:
        d.add(String(width / 2, height / 2, "Belum ada data.", fontName=FONT, fontSize=8, textAnchor="middle"))
        return d
    if stacked:
        sums = [sum(s.values[i] for s in bars) for i in range(len(categories))]
        values = sums + [min(0, *(v for s in bars for v in s.values))]
    else:
        values = [v for s in bars for v in s.values]
    if line:
        values += list(line.values)
    low, high, step = nice_range(values)
    left = max(len(ticks(v)) for v in (low, high, step)) * 4.3 + 6
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = left, 14, width - left - 4, height - 46
    chart.data = [list(s.values) for s in bars]
    for index, s in enumerate(bars):
        chart.bars[index].fillColor = s.color
        chart.bars[index].strokeColor = None
    chart.categoryAxis.categoryNames = [c if i % label_every == 0 else "" for i, c in enumerate(categories)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dy = -2
    if stacked:
        chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = low, high, step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = ticks
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID_GREY
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.barSpacing = 0.5
    chart.groupSpacing = 3 if len(categories) > 15 else 6
    d.add(chart)
    if line:
        slot = chart.width / len(categories)
        points: list[float] = []
        for index, value in enumerate(line.values):
            points += [chart.x + slot * (index + 0.5), chart.y + (value - low) / (high - low) * chart.height]
        d.add(PolyLine(points, strokeColor=line.color, strokeWidth=1.8))
        for px, py in zip(points[::2], points[1::2], strict=True):
            d.add(Circle(px, py, 1.8, fillColor=line.color, strokeColor=None))
    return d


def month_label(year: int, month: int) -> str:
    return f"{MONTHS_ID[month - 1][:3]} {str(year)[2:]}"


def cash_chart(months: Sequence[MonthSummary], *, width: float, height: float = 62 * mm) -> Drawing:
    """The last twelve months of a KUBE's cash: income and expense bars, month-end balance line."""
    shown = list(months)[-12:]
    return bar_chart(
        "Pemasukan, pengeluaran dan saldo per bulan", [month_label(m.year, m.month) for m in shown],
        [Series("Pemasukan", [m.income for m in shown], PRIMARY),
         Series("Pengeluaran", [m.expense for m in shown], AMBER)],
        line=Series("Saldo akhir bulan", [m.balance_end for m in shown], DARK),
        width=width, height=height, ticks=short_rupiah)


def daily_chart(days: Sequence[tuple[str, int, int]], *, width: float, height: float = 55 * mm) -> Drawing:
    """Per day (label, delivered, not delivered), stacked: a month of Permakanan at a glance."""
    return bar_chart(
        "Penerima per hari", [d[0] for d in days],
        [Series("Diterima", [d[1] for d in days], PRIMARY),
         Series("Tidak diterima / tidak tercatat", [d[2] for d in days], AMBER)],
        width=width, height=height, stacked=True, label_every=2 if len(days) > 16 else 1)


def ranked_bars(title: str, items: Sequence[tuple[str, int]], *, width: float, label_width: float = 70 * mm,
                row: float = 5.2 * mm) -> Drawing:
    """Long category names read best as horizontal bars, largest first, each with its number
    (the recap's "households by PPKS category", as Beranda shows it)."""
    register_fonts()
    shown = sorted((i for i in items if i[1] > 0), key=lambda i: (-i[1], i[0]))
    height = 16 + max(len(shown), 1) * row
    d = Drawing(width, height, initialFontName=FONT)  # no unembedded Helvetica in the PDF
    d.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=9))
    if not shown:
        d.add(String(0, height - 24, "Belum ada data.", fontName=FONT, fontSize=8))
        return d
    top = max(n for _label, n in shown)
    room = width - label_width - 30
    for index, (label, count) in enumerate(shown):
        y = height - 18 - (index + 1) * row
        text = label if len(label) <= 48 else label[:47] + "\u2026"
        d.add(String(label_width - 4, y + 1.5, text, fontName=FONT, fontSize=7.5, textAnchor="end",
                     fillColor=TEXT_GREY))
        bar = max(room * count / top, 1.5)
        d.add(Rect(label_width, y, bar, row * 0.7, fillColor=PRIMARY, strokeColor=None))
        d.add(String(label_width + bar + 3, y + 1.5, plain(count), fontName=FONT, fontSize=7.5))
    return d

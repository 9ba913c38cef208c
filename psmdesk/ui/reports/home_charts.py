"""Beranda's pictures, drawn with QPainter (QtCharts is in PySide6-Addons, too large for the
installer): today's meal coverage per Pokmas, households by PPKS category, KUBE groups by stage,
and the cash of all KUBE together over twelve months. The printed recaps draw the same kind of
charts with reportlab (psmdesk/reports/charts.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from psmdesk.services.context import AppContext
from psmdesk.services.report_data import HomeFigures, home_figures
from psmdesk.ui.style import BORDER, MUTED, PRIMARY, TEXT, label

ACCENT = QColor("#d08a3c")
TRACK = QColor("#e3e9ed")


def short_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def short_rupiah(amount: int) -> str:
    sign, value = ("-" if amount < 0 else ""), abs(amount)
    if value >= 1_000_000:
        number = f"{value / 1_000_000:.1f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{sign}Rp{number} jt"
    if value >= 1_000:
        return f"{sign}Rp{value // 1_000} rb"
    return f"{sign}Rp{value}"


class ChartBox(QWidget):
    """A small chart with a caption-less body; `empty` is shown when there is nothing to draw."""

    def __init__(self, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = empty
        self.setMinimumSize(220, 130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(260, 150)

    def _start(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        return painter

    def _empty(self, painter: QPainter) -> None:
        painter.setPen(QColor(MUTED))
        painter.drawText(self.rect().adjusted(6, 6, -6, -6), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         self.empty)


class BarsChart(ChartBox):
    """Horizontal bars: (label, value, of) where `of` > 0 draws a track (e.g. received of planned)."""

    def __init__(self, empty: str, color: QColor | str = PRIMARY, rows: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(empty, parent)
        self.color = QColor(color)
        self.rows = rows
        self.items: list[tuple[str, int, int]] = []

    def set_items(self, items: list[tuple[str, int, int]]) -> None:
        self.items = items[: self.rows]
        self.setToolTip("\n".join(f"{name}: {short_number(v)}" + (f" / {short_number(of)}" if of else "")
                                  for name, v, of in items))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._start()
        if not self.items:
            self._empty(painter)
            return
        metrics = painter.fontMetrics()
        line = metrics.height()
        slot = min((self.height() - 4) / len(self.items), line * 2.2)
        top = max(self.items, key=lambda i: i[2] or i[1])
        scale = max(top[2] or top[1], 1)
        for index, (name, value, of) in enumerate(self.items):
            y = 2 + index * slot
            figure = f"{short_number(value)}" + (f" / {short_number(of)}" if of else "")
            painter.setPen(QColor(TEXT))
            width = self.width() - metrics.horizontalAdvance(figure) - 10
            painter.drawText(QRectF(0, y, width, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(width)))
            painter.drawText(QRectF(0, y, self.width(), line), Qt.AlignmentFlag.AlignRight, figure)
            bar = QRectF(0, y + line + 2, self.width(), max(slot - line - 6, 4))
            if of:
                painter.fillRect(bar, TRACK)
            painter.fillRect(QRectF(bar.x(), bar.y(), bar.width() * value / scale, bar.height()), self.color)


class TrendChart(ChartBox):
    """A line of monthly values (label, value) with the first and last figure written out."""

    def __init__(self, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(empty, parent)
        self.points: list[tuple[str, int]] = []

    def set_points(self, points: list[tuple[str, int]]) -> None:
        self.points = points if any(v for _, v in points) else []
        self.setToolTip("\n".join(f"{m}: {short_rupiah(v)}" for m, v in self.points))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._start()
        if not self.points:
            self._empty(painter)
            return
        line = painter.fontMetrics().height()
        plot = QRectF(4, line + 6, self.width() - 8, self.height() - line * 2 - 12)
        values = [v for _, v in self.points]
        low, high = min(0, *values), max(values) or 1
        span = (high - low) or 1

        def at(index: int, value: int) -> QPointF:
            x = plot.left() + plot.width() * index / max(len(values) - 1, 1)
            return QPointF(x, plot.bottom() - (value - low) / span * plot.height())

        painter.setPen(QPen(QColor(BORDER), 1))
        painter.drawLine(QPointF(plot.left(), at(0, 0).y()), QPointF(plot.right(), at(0, 0).y()))
        path = QPainterPath(at(0, values[0]))
        for index, value in enumerate(values[1:], start=1):
            path.lineTo(at(index, value))
        painter.setPen(QPen(QColor(PRIMARY), 2.5))
        painter.drawPath(path)
        painter.setPen(QColor(TEXT))
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignRight,
                         short_rupiah(values[-1]))
        painter.setPen(QColor(MUTED))
        bottom = QRectF(0, self.height() - line - 2, self.width(), line)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, self.points[0][0])
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, self.points[-1][0])


class HomeCharts(QFrame):
    """Four small charts in one row, hidden while the database has nothing to draw."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("HomeCharts")
        self.setProperty("role", "card")
        self.today: date | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 12, 20, 14)
        box.setSpacing(6)
        box.addWidget(label(self.tr("At a glance"), "subheading"))
        row = QHBoxLayout()
        row.setSpacing(18)
        self.coverage = BarsChart(self.tr("No Pokmas yet."), rows=4)
        self.coverage.setObjectName("CoverageChart")
        self.ppks = BarsChart(self.tr("No PPKS recorded yet."), ACCENT)
        self.ppks.setObjectName("PpksChart")
        self.stages = BarsChart(self.tr("No KUBE group yet."), "#4f8a3c")
        self.stages.setObjectName("StagesChart")
        self.cash = TrendChart(self.tr("No KUBE cash entries yet."))
        self.cash.setObjectName("CashChart")
        for title, chart in ((self.tr("Meals received today"), self.coverage),
                             (self.tr("PPKS by category"), self.ppks),
                             (self.tr("KUBE groups by stage"), self.stages),
                             (self.tr("KUBE cash, all groups (12 months)"), self.cash)):
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addWidget(label(title, "muted", wrap=True))
            column.addWidget(chart)
            row.addLayout(column, 1)
        box.addLayout(row)
        self.figures: HomeFigures | None = None

    def refresh(self) -> None:
        figures = home_figures(self.ctx, self.today)
        self.figures = figures
        self.coverage.set_items([(name, received, planned) for name, received, planned in figures.coverage])
        self.ppks.set_items([(name, n, 0) for name, n in figures.ppks])
        self.stages.set_items([(name, n, 0) for name, n in figures.stages if n])
        self.cash.set_points(figures.cash)
        self.setVisible(bool(figures.coverage or figures.ppks or any(n for _, n in figures.stages)))

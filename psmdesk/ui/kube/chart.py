"""The monthly chart of a group's cash: the month-end balance as a line above, income and expense
as bars below, each band on its own scale. Drawn with QPainter (QtCharts is not in
PySide6-Essentials); the printed profile draws the same figures from `kube_book.monthly_summary`
with reportlab."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from psmdesk.domain.dates import MONTHS_ID
from psmdesk.domain.kube_cash import MonthSummary
from psmdesk.ui.i18n import translate
from psmdesk.ui.style import BORDER, MUTED, PRIMARY, TEXT

INCOME = QColor(PRIMARY)
EXPENSE = QColor("#d08a3c")
BALANCE = QColor("#0b2f3c")
MONTHS_SHOWN = 12


def short_rupiah(amount: int) -> str:
    """Axis labels: "Rp25 jt", "Rp750 rb", "-Rp1,5 jt" (juta, ribu), short enough for a tick."""
    sign, value = ("-" if amount < 0 else ""), abs(amount)
    if value >= 1_000_000:
        number = f"{value / 1_000_000:.1f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{sign}Rp{number} jt"
    if value >= 1_000:
        return f"{sign}Rp{value // 1_000} rb"
    return f"{sign}Rp{value}"


def _nice_step(span: int) -> int:
    """A round tick step giving 3-5 ticks over `span`."""
    raw = max(span, 1) / 4
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


class MonthlyChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KubeChart")
        self.months: list[MonthSummary] = []
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("KubeChart", "Monthly income, expense and balance"))

    def sizeHint(self) -> QSize:
        return QSize(380, 230)

    def set_months(self, months: Sequence[MonthSummary]) -> None:
        self.months = list(months)[-MONTHS_SHOWN:]
        self.setToolTip("\n".join(
            f"{MONTHS_ID[m.month - 1][:3]} {m.year}: "
            + translate("KubeChart", "in %1, out %2, balance %3").replace("%1", short_rupiah(m.income))
            .replace("%2", short_rupiah(m.expense)).replace("%3", short_rupiah(m.balance_end))
            for m in self.months))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = painter.fontMetrics()
        line = metrics.height()
        if not self.months:
            painter.setPen(QColor(MUTED))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("KubeChart", "The chart appears after the first cash entry."))
            return
        self._legend(painter, line)
        # Two bands on one month axis, each with its own scale: the balance (tens of millions)
        # above, the month's income and expense (a few millions) below. On one shared scale the
        # bars were a thin strip under the line, and a month of poor sales could not be seen.
        balances = [m.balance_end for m in self.months]
        flows = [v for m in self.months for v in (m.income, m.expense)]
        labels = [short_rupiah(v) for v in (max(balances), min(balances), max(flows), min(flows))]
        axis_width = max(metrics.horizontalAdvance(t) for t in labels) + 16
        left, right = axis_width + 4, self.width() - 8
        area_top, area_bottom = line * 3 + 12, self.height() - line - 8
        gap = line * 1.6
        split = area_top + (area_bottom - area_top - gap) * 0.55
        upper = QRectF(left, area_top, right - left, split - area_top)
        lower = QRectF(left, split + gap, right - left, area_bottom - split - gap)
        y_balance = self._scale(painter, upper, balances, axis_width, line)
        y_flow = self._scale(painter, lower, flows, axis_width, line)
        slot = upper.width() / len(self.months)
        bar = max(2.0, slot * 0.32)
        zero = y_flow(0)
        points: list[QPointF] = []
        for index, m in enumerate(self.months):
            centre = left + slot * (index + 0.5)
            painter.fillRect(QRectF(centre - bar, y_flow(m.income), bar - 1, zero - y_flow(m.income)), INCOME)
            painter.fillRect(QRectF(centre, y_flow(m.expense), bar - 1, zero - y_flow(m.expense)), EXPENSE)
            points.append(QPointF(centre, y_balance(m.balance_end)))
            if len(self.months) <= 6 or index % 2 == (len(self.months) - 1) % 2:  # every other label when crowded
                painter.setPen(QColor(TEXT))
                painter.drawText(QRectF(centre - slot, lower.bottom() + 2, slot * 2, line),
                                 Qt.AlignmentFlag.AlignCenter, MONTHS_ID[m.month - 1][:3])
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(BALANCE, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(BALANCE)
        for point in points:
            painter.drawEllipse(point, 3, 3)

    @staticmethod
    def _scale(painter: QPainter, plot: QRectF, values: list[int], axis_width: float,
               line: int) -> Callable[[int], float]:
        """Draws a band's grid and axis labels; returns its value -> y."""
        top, bottom = max(0, *values), min(0, *values)
        step = _nice_step(top - bottom)
        top = -(-top // step) * step if top else step
        bottom = (bottom // step) * step

        def y_of(value: int) -> float:
            return plot.bottom() - (value - bottom) / (top - bottom) * plot.height()

        tick = bottom
        while tick <= top:
            y = y_of(tick)
            painter.setPen(QPen(QColor(BORDER), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(0, y - line / 2, axis_width, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, short_rupiah(tick))
            tick += step
        return y_of

    def _legend(self, painter: QPainter, line: int) -> None:
        x = 6.0
        for color, text, is_line in ((INCOME, translate("KubeChart", "Income"), False),
                                     (EXPENSE, translate("KubeChart", "Expense"), False),
                                     (BALANCE, translate("KubeChart", "Balance at month end"), True)):
            if is_line:
                painter.setPen(QPen(color, 2.5))
                painter.drawLine(QPointF(x, line * 0.8), QPointF(x + 14, line * 0.8))
            else:
                painter.fillRect(QRectF(x, line * 0.35, 12, 12), color)
            painter.setPen(QColor(TEXT))
            painter.drawText(QPointF(x + 18, line * 1.1), text)
            x += 30 + painter.fontMetrics().horizontalAdvance(text)
        first, last = self.months[0], self.months[-1]
        span = f"{MONTHS_ID[first.month - 1][:3]} {first.year} – {MONTHS_ID[last.month - 1][:3]} {last.year}"
        painter.setPen(QColor(MUTED))
        painter.drawText(QPointF(6, line * 2.3), span)

"""Rekap Bulanan: per beneficiary the days received and missed (with the reason), per Pokmas the
totals and the cost in rupiah. The same figures feed the printed recap (services.meal_recap)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain.dates import MONTHS_ID, format_rupiah
from psmdesk.services import meals as service
from psmdesk.services.context import AppContext
from psmdesk.services.meal_recap import MISS_REASONS
from psmdesk.ui.meals.common import outcome_text, thousands
from psmdesk.ui.style import label
from psmdesk.ui.widgets.list_export import offer_export

Index = QModelIndex | QPersistentModelIndex
# Column widths; the name takes what is left. Headers wrap, so the words stay whole.
WIDTHS = (40, 0, 125, 72, 56, 56, *(84 for _ in MISS_REASONS), 110)
NUMBERS_FROM = 3


class RecapTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.recap: service.MonthlyRecap | None = None
        self.titles: list[str] = []
        self.total_word = "Total"

    def set_recap(self, recap: service.MonthlyRecap | None) -> None:
        self.beginResetModel()
        self.recap = recap
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self.recap is None or not self.recap.rows:
            return 0
        return len(self.recap.rows) + 1  # the last row holds the totals

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(WIDTHS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section] if section < len(self.titles) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.recap is None:
            return None
        total = index.row() == len(self.recap.rows)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._total(index.column()) if total else self._cell(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= NUMBERS_FROM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _cell(self, row: int, column: int) -> str:
        assert self.recap is not None
        r = self.recap.rows[row]
        numbers = (r.days_delivered, r.morning, r.midday, *(r.missed[m] for m in MISS_REASONS))
        if column == 0:
            return str(r.no)
        if column == 1:
            return r.name
        if column == 2:
            return r.kelurahan_name
        if column == len(WIDTHS) - 1:
            return format_rupiah(r.cost)
        value = numbers[column - NUMBERS_FROM]
        return thousands(value) if value else "-"

    def _total(self, column: int) -> str:
        assert self.recap is not None
        rc = self.recap
        missed = rc.missed
        numbers = (rc.days_delivered, rc.morning, rc.midday, *(missed[m] for m in MISS_REASONS))
        if column == 1:
            return self.total_word
        if column == len(WIDTHS) - 1:
            return format_rupiah(rc.cost)
        if column >= NUMBERS_FROM:
            return thousands(numbers[column - NUMBERS_FROM])
        return ""


class RecapView(QWidget):
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecapView")
        self.ctx = ctx
        self.pokmas_id: str | None = None
        self.current: service.MonthlyRecap | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        today = date.today()
        self.month = QComboBox()
        self.month.setObjectName("RecapMonth")
        english = ctx.settings.language == "en"
        for number in range(1, 13):
            name = QLocale(QLocale.Language.English).monthName(number) if english else MONTHS_ID[number - 1]
            self.month.addItem(name, number)
        self.month.addItem(self.tr("Whole year"), 0)
        self.month.setCurrentIndex(today.month - 1)
        self.year = QSpinBox()
        self.year.setObjectName("RecapYear")
        self.year.setRange(2015, 2100)
        self.year.setValue(today.year)
        self.year.setFixedWidth(100)
        caption = QLabel(self.tr("&Month"))
        caption.setBuddy(self.month)
        top.addWidget(caption)
        top.addWidget(self.month)
        top.addWidget(self.year)
        top.addSpacing(16)
        self.heading = label("", "subheading")
        self.heading.setObjectName("RecapHeading")
        top.addWidget(self.heading, 1)
        outer.addLayout(top)
        self.model = RecapTableModel()
        self.model.total_word = self.tr("Total")
        self.model.titles = [self.tr("No"), self.tr("Name"), self.tr("Kelurahan"), self.tr("Days received"),
                             self.tr("Morning"), self.tr("Midday"), *(outcome_text(m) for m in MISS_REASONS),
                             self.tr("Cost")]
        self.table = QTableView()
        offer_export(self.table, "Rekap Bulanan Permakanan")
        self.table.setObjectName("RecapTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)  # type: ignore[arg-type]
        header.setMinimumHeight(46)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(WIDTHS):
            if width:
                self.table.setColumnWidth(column, width)
        outer.addWidget(self.table, 1)
        self.empty = label("", "muted", wrap=True)
        outer.addWidget(self.empty)
        self.totals = label("", wrap=True)
        self.totals.setObjectName("RecapTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.totals)
        self.doubles = label("", "error", wrap=True)
        self.doubles.setObjectName("RecapDoubles")
        outer.addWidget(self.doubles)
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.year.valueChanged.connect(lambda _v: self.reload())

    def set_pokmas(self, pokmas_id: str | None) -> None:
        self.pokmas_id = pokmas_id
        self.reload()

    def period(self) -> tuple[date, date]:
        year, month = self.year.value(), int(self.month.currentData())
        if month == 0:
            return date(year, 1, 1), date(year, 12, 31)
        following = date(year + (month == 12), month % 12 + 1, 1)
        return date(year, month, 1), date.fromordinal(following.toordinal() - 1)

    def reload(self) -> None:
        if self.pokmas_id is None:
            self.current = None
        else:
            start, end = self.period()
            self.current = service.recap(self.ctx, self.pokmas_id, start, end)
        self.show_recap(self.current)

    def show_recap(self, recap: service.MonthlyRecap | None) -> None:
        self.model.set_recap(recap)
        has_rows = bool(recap and recap.rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.setText(self.tr("Nothing recorded for this period yet."))
        self.heading.setText(f"{recap.pokmas_name} \u00b7 {recap.title}" if recap else "")
        if recap is None:
            self.totals.setText("")
            self.doubles.setText("")
            return
        missed = sum(v for v in recap.missed.values())
        self.totals.setText(
            self.tr("<b>%1</b> beneficiaries \u00b7 <b>%2</b> days received \u00b7 <b>%3</b> days missed \u00b7 "
                    "recorded on <b>%4</b> days \u00b7 cost <b>%5</b> (%6 per person per day)")
            .replace("%1", thousands(recap.beneficiaries)).replace("%2", thousands(recap.days_delivered))
            .replace("%3", thousands(missed)).replace("%4", str(recap.recorded_days))
            .replace("%5", format_rupiah(recap.cost)).replace("%6", format_rupiah(recap.unit_cost)))
        self.doubles.setVisible(recap.doubles > 0)
        self.doubles.setText(self.tr("%1 days with a possible double delivery: check them in the daily log before "
                                     "reporting.").replace("%1", str(recap.doubles)))

"""The parameters of the chosen document: only the fields it needs are shown (Pokmas and a
period, a month, a kelurahan, a KUBE group), and always the paper (A4 or F4)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QWidget

from psmdesk.domain.dates import MONTHS_ID
from psmdesk.services.context import AppContext
from psmdesk.ui.reports.documents import (
    DAY,
    KELURAHAN,
    KUBE,
    MONTH,
    ORIENTATION,
    PERIOD,
    POKMAS,
    Document,
    Params,
)
from psmdesk.ui.style import form_label, label

ONE_DAY, DAYS, WHOLE_MONTH = "day", "days", "month"
MONTHS_BACK = 24


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setDate(QDate(value.year, value.month, value.day))
    edit.setMinimumWidth(130)
    return edit


class ParamsForm(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = date.today()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(6)
        self.pokmas = self._combo("PokmasCombo")
        self.period = self._combo("PeriodCombo")
        for code, text in ((ONE_DAY, self.tr("One day")), (DAYS, self.tr("Several days")),
                           (WHOLE_MONTH, self.tr("Whole month"))):
            self.period.addItem(text, code)
        self.start = date_edit(self.today)
        self.start.setObjectName("StartDate")
        self.end = date_edit(self.today)
        self.end.setObjectName("EndDate")
        self.end_row = QWidget()
        end_box = QHBoxLayout(self.end_row)
        end_box.setContentsMargins(0, 0, 0, 0)
        end_box.addWidget(self.end)
        end_box.addStretch(1)
        self.month = self._combo("MonthCombo")
        self.kelurahan = self._combo("KelurahanCombo")
        self.kube = self._combo("KubeCombo")
        self.paper = self._combo("PaperCombo")
        self.paper.addItem(self.tr("A4 (210 x 297 mm)"), "A4")
        self.paper.addItem(self.tr("F4 (215 x 330 mm)"), "F4")
        self.orientation = self._combo("OrientationCombo")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.empty = label("", "muted", wrap=True)
        self.empty.setObjectName("ParamsHint")
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, caption, widget in (
            (POKMAS, self.tr("Pokmas"), self.pokmas), (PERIOD, self.tr("Period"), self.period),
            ("start", self.tr("Date"), self.start), ("end", self.tr("Until"), self.end_row),
            (MONTH, self.tr("Month"), self.month), (KELURAHAN, self.tr("Kelurahan"), self.kelurahan),
            (KUBE, self.tr("KUBE group"), self.kube), ("paper", self.tr("Paper"), self.paper),
            (ORIENTATION, self.tr("Orientation"), self.orientation),
        ):
            caption_label = form_label(caption, widget)
            caption_label.setMinimumWidth(90)
            self.form.addRow(caption_label, widget)
            self.rows[key] = (caption_label, widget)
        self.form.addRow(self.empty)
        self.period.currentIndexChanged.connect(self._period_changed)
        for signal in (self.start.dateChanged, self.end.dateChanged):
            signal.connect(self.changed)
        self.document: Document | None = None
        self.reload()

    def set_today(self, day: date) -> None:
        """Tests (and a demo at a fixed date) choose what "today" is."""
        self.today = day
        for edit in (self.start, self.end):
            edit.setDate(QDate(day.year, day.month, day.day))
        self.reload()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumWidth(180)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(keep)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def reload(self) -> None:
        """Re-reads the Pokmas, kelurahan and KUBE lists (the page calls it when it is shown)."""
        from psmdesk.services import kube, meals
        from psmdesk.services.report_data import kelurahan_in_use

        self._fill(self.pokmas, [(p.name, p.id) for p in meals.list_pokmas(self.ctx)])
        self._fill(self.kelurahan, [(name, code) for code, name in kelurahan_in_use(self.ctx)])
        self._fill(self.kube, [(g.name, g.id) for g in kube.overview(self.ctx)])
        months = []
        year, month = self.today.year, self.today.month
        for _ in range(MONTHS_BACK):
            months.append((f"{MONTHS_ID[month - 1]} {year}", f"{year}-{month:02d}"))  # a string: findData works
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        self._fill(self.month, months)
        if self.document is not None:
            self.show_for(self.document)

    def show_for(self, document: Document) -> None:
        self.document = document
        needs = set(document.needs)
        wants_day = DAY in needs or PERIOD in needs
        mode = self.period.currentData() if PERIOD in needs else ONE_DAY
        visible = {POKMAS: POKMAS in needs, PERIOD: PERIOD in needs,
                   "start": wants_day and mode != WHOLE_MONTH, "end": PERIOD in needs and mode == DAYS,
                   MONTH: MONTH in needs or (PERIOD in needs and mode == WHOLE_MONTH),
                   KELURAHAN: KELURAHAN in needs, KUBE: KUBE in needs, "paper": True,
                   ORIENTATION: ORIENTATION in needs}
        for key, (caption, widget) in self.rows.items():
            caption.setVisible(visible[key])
            widget.setVisible(visible[key])
        self.rows["start"][0].setText(self.tr("From") if visible["end"] else self.tr("Date"))
        self.orientation.blockSignals(True)
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(document.orientation)))
        self.orientation.blockSignals(False)
        self.empty.setText(self.missing_text())
        self.empty.setVisible(bool(self.empty.text()))

    def _period_changed(self) -> None:
        if self.document is not None:
            self.show_for(self.document)
        self.changed.emit()

    def missing_text(self) -> str:
        """Why the document cannot be made yet (no Pokmas, no KUBE, ...), or ""."""
        needs = set(self.document.needs if self.document else ())
        if POKMAS in needs and self.pokmas.count() == 0:
            return self.tr("There is no Pokmas yet. Add one on the Elderly Meals page first.")
        if KUBE in needs and self.kube.count() == 0:
            return self.tr("There is no KUBE group yet. Add one on the KUBE page first.")
        if KELURAHAN in needs and self.kelurahan.count() == 0:
            return self.tr("No household has been mapped yet.")
        return ""

    def params(self) -> Params:
        needs = set(self.document.needs if self.document else ())
        mode = self.period.currentData() if PERIOD in needs else ONE_DAY
        dated = (DAY in needs or PERIOD in needs) and mode != WHOLE_MONTH
        start: date | None = to_date(self.start.date()) if dated else None
        end = (to_date(self.end.date()) if mode == DAYS else start) if dated else None
        month = self.month.currentData() if MONTH in needs or mode == WHOLE_MONTH else None
        return Params(
            pokmas_id=(self.pokmas.currentData() or "") if POKMAS in needs else "",
            start=start,
            end=end,
            month=(int(month[:4]), int(month[5:])) if month else None,
            kelurahan=(self.kelurahan.currentData() or "") if KELURAHAN in needs else "",
            kube_id=(self.kube.currentData() or "") if KUBE in needs else "",
            paper=self.paper.currentData(),
            orientation=self.orientation.currentData() if ORIENTATION in needs else (
                self.document.orientation if self.document else "portrait"),
        )

    def check(self) -> str:
        """A problem with the chosen values, in words, or ""."""
        missing = self.missing_text()
        if missing:
            return missing
        p = self.params()
        if p.start and p.end and p.end < p.start:
            return self.tr("The last day comes before the first day.")
        if p.start and p.end and (p.end - p.start).days > 62:
            return self.tr("Choose at most two months of days; for a whole month choose \"Whole month\".")
        return ""

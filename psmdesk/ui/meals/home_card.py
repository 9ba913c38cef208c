"""Beranda's Permakanan strip: today's coverage per Pokmas (received / on the roster) at a glance,
one line each, with a button to the daily log. Kept to a line: Beranda must fit a 1366x768 laptop
together with the other modules' cards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from psmdesk.services import meals as service
from psmdesk.services.context import AppContext
from psmdesk.ui.style import label


class MealsCoverageCard(QFrame):
    def __init__(self, ctx: AppContext, open_daily_log: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MealsCoverage")
        self.setProperty("role", "card")
        self.ctx = ctx
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 8, 16, 8)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(2)
        self.grid.addWidget(label(self.tr("Elderly meals today"), "subheading"), 0, 0)
        self.grid.setColumnStretch(4, 1)  # the words sit right after the figure, the button far right
        self.open_button = QPushButton(self.tr("Open the daily log"))
        self.open_button.setObjectName("OpenDailyLog")
        self.open_button.clicked.connect(open_daily_log)
        self.grid.addWidget(self.open_button, 0, 5)
        self._rows: list[QWidget] = []
        self.refresh()

    def refresh(self) -> None:
        for widget in self._rows:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._rows = []
        rows = service.today_coverage(self.ctx)
        self.setVisible(bool(rows))
        for i, c in enumerate(rows):
            if c.recorded == 0:
                state = self.tr("not recorded yet")
            elif c.recorded < c.planned:
                state = self.tr("%1 not filled in").replace("%1", str(c.planned - c.recorded))
            else:
                state = self.tr("complete")
            figure = label(f"{c.delivered} / {c.planned}", "subheading")
            figure.setObjectName(f"Coverage_{i}")
            widgets = (QLabel(c.name), figure, label(self.tr("received \u00b7 %1").replace("%1", state), "muted"))
            for column, widget in enumerate(widgets, start=1):
                self.grid.addWidget(widget, i, column)
            self._rows.extend(widgets)

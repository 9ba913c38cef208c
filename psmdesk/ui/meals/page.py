"""Permakanan: one Pokmas at a time, four tabs. The daily log opens first: it is the screen a
volunteer uses every day; the roster, the monthly recap and the Pokmas profile sit beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from psmdesk.services import meals as service
from psmdesk.services.context import AppContext
from psmdesk.ui.meals.day_view import DailyLogView
from psmdesk.ui.meals.pokmas_view import PokmasView
from psmdesk.ui.meals.recap_view import RecapView
from psmdesk.ui.meals.roster_view import RosterView
from psmdesk.ui.style import label

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow

DAILY, ROSTER, RECAP, POKMAS = range(4)


class MealsPage(QWidget):
    def __init__(self, ctx: AppContext, window: MainWindow | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.setObjectName("MealsPage")
        self.last_message = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 8)
        outer.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Elderly Meals"), "heading"))
        top.addSpacing(24)
        self.pokmas = QComboBox()
        self.pokmas.setObjectName("PokmasChoice")
        self.pokmas.setMinimumWidth(320)
        caption = QLabel(self.tr("P&okmas"))
        caption.setBuddy(self.pokmas)
        top.addWidget(caption)
        top.addWidget(self.pokmas)
        top.addStretch(1)
        outer.addLayout(top)

        self.daily = DailyLogView(ctx)
        self.roster = RosterView(ctx)
        self.recap = RecapView(ctx)
        self.profile = PokmasView(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("MealsTabs")
        self.tabs.addTab(self.daily, self.tr("Daily &log"))
        self.tabs.addTab(self.roster, self.tr("&Roster"))
        self.tabs.addTab(self.recap, self.tr("Monthly re&cap"))
        self.tabs.addTab(self.profile, self.tr("&Pokmas profile"))
        outer.addWidget(self.tabs, 1)

        for view in (self.daily, self.roster, self.recap, self.profile):
            view.message.connect(self.message)
        self.daily.roster_changed.connect(self.roster.reload)
        self.roster.changed.connect(self._roster_changed)
        self.profile.saved.connect(self._pokmas_saved)
        self.pokmas.activated.connect(self._pokmas_chosen)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._current: str | None = None
        self._use(None)
        self.fill_pokmas()

    # --- shell hooks ----------------------------------------------------------------------
    def on_shown(self) -> None:
        self.fill_pokmas()
        if self.tabs.currentIndex() == DAILY:
            self.daily.focus_grid()

    def can_close(self) -> bool:
        return self.daily.maybe_leave()

    def message(self, text: str) -> None:
        self.last_message = text
        if self.window_ is not None:
            self.window_.show_message(text)

    # --- the Pokmas in use ----------------------------------------------------------------
    def fill_pokmas(self, select: str | None = None) -> None:
        """Re-reads the Pokmas list, keeping (or switching to `select`) the one in use."""
        choices = service.list_pokmas(self.ctx)
        self.pokmas.blockSignals(True)
        self.pokmas.clear()
        for p in choices:
            text = p.name if p.active else self.tr("%1 (inactive)").replace("%1", p.name)
            self.pokmas.addItem(text, p.id)
        wanted = select or self._current
        index = self.pokmas.findData(wanted) if wanted else -1
        if index < 0 and choices:
            index = next((i for i, p in enumerate(choices) if p.active), 0)
        self.pokmas.setCurrentIndex(index)
        self.pokmas.blockSignals(False)
        chosen = self.pokmas.currentData() if index >= 0 else None
        if chosen != self._current:
            self._use(chosen)
        else:
            if not self.daily.is_dirty():
                self.daily.load()
            self.roster.reload()
        if not choices:
            self.tabs.setCurrentIndex(POKMAS)

    def _use(self, pokmas_id: str | None) -> None:
        self._current = pokmas_id
        self.daily.set_pokmas(pokmas_id)
        self.roster.set_pokmas(pokmas_id)
        self.recap.set_pokmas(pokmas_id)
        self.profile.set_pokmas(pokmas_id)

    def _pokmas_chosen(self, index: int) -> None:
        chosen = self.pokmas.itemData(index)
        if chosen == self._current:
            return
        if not self.daily.maybe_leave():
            self.pokmas.setCurrentIndex(self.pokmas.findData(self._current))
            return
        self._use(chosen)

    def _pokmas_saved(self, pokmas_id: str) -> None:
        self.fill_pokmas(pokmas_id)

    def _roster_changed(self) -> None:
        if not self.daily.is_dirty():
            self.daily.load()

    def _tab_changed(self, index: int) -> None:
        if index == DAILY:
            if not self.daily.is_dirty():
                self.daily.load()
            self.daily.focus_grid()
        elif index == ROSTER:
            self.roster.reload()
            self.roster.focus_search()
        elif index == RECAP:
            self.recap.reload()

    def open_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

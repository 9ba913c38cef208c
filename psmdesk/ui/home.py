"""Beranda: a greeting, today's date, and what the database holds, with the next step to take."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from psmdesk.domain.dates import format_date_long
from psmdesk.services.context import AppContext
from psmdesk.services.summary import counts
from psmdesk.ui.header import profile_area, role_text
from psmdesk.ui.style import label, primary_button

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # Indonesian grouping: 12.345


class HomePage(QWidget):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.setObjectName("HomePage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.setSpacing(6)

        self.greeting = label("", "heading")
        self.greeting.setObjectName("Greeting")
        self.today = label("", "subheading")
        self.today.setObjectName("Today")
        self.role_area = label("", "muted", wrap=True)
        self.role_area.setObjectName("RoleArea")
        outer.addWidget(self.greeting)
        outer.addWidget(self.today)
        outer.addWidget(self.role_area)
        outer.addSpacing(18)

        cards = QHBoxLayout()
        cards.setSpacing(16)
        self.households_value, households_card = self._card(self.tr("Households"))
        self.members_value, members_card = self._card(self.tr("Household members"))
        self.households_value.setObjectName("HouseholdCount")
        self.members_value.setObjectName("MemberCount")
        cards.addWidget(households_card)
        cards.addWidget(members_card)
        cards.addStretch(1)
        outer.addLayout(cards)
        outer.addSpacing(18)

        self.empty_state = QFrame()
        self.empty_state.setObjectName("EmptyState")
        self.empty_state.setProperty("role", "card")
        self.empty_state.setMaximumWidth(640)
        empty = QVBoxLayout(self.empty_state)
        empty.setContentsMargins(24, 18, 24, 20)
        empty.setSpacing(10)
        empty.addWidget(label(self.tr("No households yet."), "subheading"))
        empty.addWidget(label(self.tr("Start with the family card (KK) of the first household you visit."),
                              wrap=True))
        self.add_first = primary_button(self.tr("Add the first household (Ctrl+N)"))
        self.add_first.setObjectName("AddFirstHousehold")
        self.add_first.clicked.connect(self.add_household)
        empty.addWidget(self.add_first, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.empty_state)
        from psmdesk.ui.meals.home_card import MealsCoverageCard  # Permakanan: today's coverage per Pokmas

        self.meals_card = MealsCoverageCard(ctx, lambda: self.window_.open_page("meals"))
        outer.addSpacing(12)
        outer.addWidget(self.meals_card)
        from psmdesk.ui.reports.home_charts import HomeCharts  # Laporan: the pictures of Beranda

        self.charts = HomeCharts(ctx)
        outer.addSpacing(12)
        outer.addWidget(self.charts)
        outer.addStretch(1)

        # Window-wide, so it works while the navigation list has the focus; Qt ignores the
        # shortcuts of hidden widgets, so on the Keluarga page its own Ctrl+N takes over.
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.add_household)
        # Filled by on_shown, which the main window calls as soon as it shows the page: counting
        # a kota database twice at every start cost seconds.

    def _card(self, caption: str) -> tuple[QLabel, QFrame]:
        card = QFrame()
        card.setProperty("role", "card")
        card.setMinimumWidth(200)
        box = QVBoxLayout(card)
        box.setContentsMargins(20, 14, 20, 16)
        value = label("0", "figure")
        box.addWidget(value)
        box.addWidget(label(caption, "muted"))
        return value, card

    def on_shown(self) -> None:
        self.refresh()

    def _greeting(self) -> str:
        hour = datetime.now().hour
        if hour < 11:
            text = self.tr("Good morning, %1")
        elif hour < 15:
            text = self.tr("Good afternoon, %1")
        elif hour < 18:
            text = self.tr("Good late afternoon, %1")
        else:
            text = self.tr("Good evening, %1")
        profile = self.ctx.profile
        return text.replace("%1", profile.name if profile else "")

    def _today(self) -> str:
        today = date.today()
        if self.ctx.settings.language == "en":
            return QLocale(QLocale.Language.English).toString(today, "dddd, d MMMM yyyy")
        return format_date_long(today)

    def refresh(self) -> None:
        profile = self.ctx.profile
        self.greeting.setText(self._greeting())
        self.today.setText(self._today())
        if profile is not None:
            self.role_area.setText(
                self.tr("You work as %1 in %2.")
                .replace("%1", role_text(profile.role))
                .replace("%2", profile_area(profile))
            )
        figures = counts(self.ctx.db)
        self.households_value.setText(_thousands(figures.households))
        self.members_value.setText(_thousands(figures.members))
        self.empty_state.setVisible(figures.households == 0)
        self.meals_card.refresh()
        self.charts.refresh()

    def add_household(self) -> None:
        page = self.window_.open_page("households")
        new_record = getattr(page, "new_record", None)
        if callable(new_record):
            new_record()

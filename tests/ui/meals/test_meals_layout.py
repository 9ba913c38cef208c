"""The Permakanan page with data on a 1366x768 laptop: no tab needs more room than the window
has, and no grid scrolls sideways (the Indonesian words are the long ones)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea

from psmdesk.services.context import AppContext
from psmdesk.ui.meals.page import MealsPage
from tests.ui.meals.world import World, nov, record_five_days

USABLE_WIDTH, USABLE_HEIGHT = 1366, 768 - 32 - 40  # minus the title bar and the Windows taskbar


def test_every_tab_fits_without_sideways_scrolling(qtbot, window, ready_ctx: AppContext,  # type: ignore[no-untyped-def]
                                                   world: World) -> None:
    record_five_days(ready_ctx, world)
    window.resize(USABLE_WIDTH, USABLE_HEIGHT)
    page = window.open_page("meals")
    assert isinstance(page, MealsPage)
    page.daily.go_to_day(nov(2))
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        assert hint.width() <= USABLE_WIDTH and hint.height() <= USABLE_HEIGHT, index
        for area in page.tabs.currentWidget().findChildren(QAbstractScrollArea):
            assert not area.horizontalScrollBar().isVisible(), (index, area.objectName())

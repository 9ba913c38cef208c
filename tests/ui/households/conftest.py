"""The household page on a set-up database (the volunteer of tests/conftest.py's ready_ctx)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from psmdesk.services.context import AppContext
from psmdesk.ui.households.page import HouseholdsPage


@pytest.fixture
def page(qtbot, ready_ctx: AppContext) -> Iterator[HouseholdsPage]:
    widget = HouseholdsPage(ready_ctx, None)
    qtbot.addWidget(widget)
    widget.resize(1156, 700)  # 1366 minus the navigation
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    yield widget
    widget.controller.deactivate()
    # A widget shown before it had a parent pops up as its own window: never acceptable.
    stray = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not widget]
    assert stray == []


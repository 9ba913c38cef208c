"""The Permakanan page on a database holding the small known world (tests/ui/meals/world.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from psmdesk.services.context import AppContext
from psmdesk.ui.meals.page import MealsPage
from tests.ui.meals.world import World, make_world


@pytest.fixture
def world(ready_ctx: AppContext) -> World:
    return make_world(ready_ctx)


@pytest.fixture
def page(qtbot, ready_ctx: AppContext, world: World, indonesian: None) -> Iterator[MealsPage]:
    widget = MealsPage(ready_ctx, None)
    qtbot.addWidget(widget)
    widget.resize(1156, 700)  # 1366x768 minus the navigation, header and status bar
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    yield widget
    stray = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not widget]
    assert stray == []


def in_modal(handle: Callable[[QWidget], None]) -> list[QWidget]:
    """Runs `handle(dialog)` on the next modal dialog (exec() blocks the test otherwise)."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        try:
            handle(dialog)
        except BaseException:
            dialog.close()  # never leave a modal open: the test would hang instead of failing
            raise

    QTimer.singleShot(0, poll)
    return seen

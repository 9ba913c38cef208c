from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from psmdesk.services.context import AppContext
from psmdesk.ui.i18n import install_translators
from psmdesk.ui.main_window import MainWindow
from psmdesk.ui.style import apply_style


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    """The UI as users see it: Indonesian translations and the house style."""
    apply_style(qapp)
    install_translators(qapp, "id")
    yield
    install_translators(qapp, "en")  # removes them again


@pytest.fixture
def window(qtbot, ready_ctx: AppContext, indonesian: None) -> Iterator[MainWindow]:
    from psmdesk.app import build_main_window

    win = build_main_window(ready_ctx)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    win.close()

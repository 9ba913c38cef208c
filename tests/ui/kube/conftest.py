from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from psmdesk.services.context import AppContext
from psmdesk.ui.kube.page import KubePage
from tests.ui.kube.helpers import TODAY


@pytest.fixture
def kube_page(qtbot, ready_ctx: AppContext) -> Iterator[KubePage]:  # type: ignore[no-untyped-def]
    widget = KubePage(ready_ctx, None)
    widget.set_today(TODAY)
    qtbot.addWidget(widget)
    widget.resize(1156, 690)  # 1366x768 minus the navigation, header and status bar
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    yield widget
    stray = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not widget]
    assert stray == []

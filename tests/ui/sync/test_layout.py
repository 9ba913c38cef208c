"""Every tab of both roles fits a 1366x768 laptop (minus title bar and taskbar) without sideways
scrolling, and every visible button is a comfortable click target."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton

from psmdesk.services.households import save_household
from psmdesk.services.sync_export import export_bundle
from tests.sync.helpers import TODAY, household

USABLE_WIDTH, USABLE_HEIGHT = 1366, 768 - 32 - 40


def check_fits(qtbot, window, page) -> None:
    window.resize(USABLE_WIDTH, USABLE_HEIGHT)
    for index in range(page.tabs.count()):
        if not page.tabs.isTabVisible(index):
            continue
        page.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        assert hint.width() <= USABLE_WIDTH and hint.height() <= USABLE_HEIGHT, page.tabs.tabText(index)
        tab = page.tabs.widget(index)
        for area in tab.findChildren(QAbstractScrollArea):
            assert not area.horizontalScrollBar().isVisible(), page.tabs.tabText(index)
        for button in tab.findChildren(QPushButton):
            if button.isVisible():
                assert button.height() >= 28, button.text()
        for text in tab.findChildren(QLabel):  # a wrapped line cut at the top or bottom is unreadable
            if text.isVisible() and text.wordWrap() and text.text():
                assert text.height() >= text.heightForWidth(text.width()) - 2, text.text()[:40]


def test_volunteer_tabs_fit(qtbot, volunteer, enrolled, usb, open_sync) -> None:
    save_household(volunteer, household(), today=TODAY)
    export_bundle(volunteer, usb)
    window, page = open_sync(volunteer)
    check_fits(qtbot, window, page)


def test_office_tabs_fit_with_a_preview_on_screen(qtbot, office, volunteer, enrolled, usb, open_sync) -> None:
    save_household(volunteer, household(), today=TODAY)
    written = export_bundle(volunteer, usb)
    (usb / "PSM-rusak-0001.psmsync").write_bytes(b"rusak")
    window, page = open_sync(office)
    page.importer.preview_paths([usb])
    qtbot.waitUntil(lambda: page.importer.stack.currentWidget() is page.importer.preview, timeout=10_000)
    assert written is not None
    check_fits(qtbot, window, page)

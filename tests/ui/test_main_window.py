from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from psmdesk.ui.coming_later import ComingLaterPage
from psmdesk.ui.main_window import MainWindow
from psmdesk.ui.navigation import PAGES
from psmdesk.ui.settings.page import SettingsPage

INDONESIAN_TITLES = ["Beranda", "Keluarga", "Permakanan", "KUBE", "Pendampingan", "Sinkronisasi",
                     "Laporan", "Pengaturan"]
# 1366x768 minus a window title bar and the Windows taskbar.
USABLE_WIDTH, USABLE_HEIGHT = 1366, 768 - 32 - 40


def test_navigation_titles_are_indonesian(window: MainWindow) -> None:
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == INDONESIAN_TITLES


@pytest.mark.parametrize("row", range(len(PAGES)))
def test_every_entry_opens_its_page_in_indonesian(window: MainWindow, row: int) -> None:
    window.nav.setCurrentRow(row)
    spec = PAGES[row]
    page = window.page(spec.key)
    assert page is not None and window.stack.currentWidget() is page
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    if isinstance(page, ComingLaterPage | SettingsPage):
        assert INDONESIAN_TITLES[row] in texts
    assert "later version" not in texts and "Settings" not in texts


def test_pages_are_built_once_and_lazily(window: MainWindow) -> None:
    assert window.page("settings") is None
    first = window.open_page("settings")
    window.open_page("home")
    assert window.open_page("settings") is first
    assert window.stack.count() == 2


def test_ctrl_number_jumps_to_entries(qtbot, window: MainWindow) -> None:
    for number in range(1, len(PAGES) + 1):
        qtbot.keyClick(window.nav, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key == PAGES[number - 1].key


def test_header_names_the_volunteer_and_the_sync_state(window: MainWindow) -> None:
    assert window.header.who.text() == "Sari Wulandari"
    assert window.header.detail.text().startswith("Relawan")
    assert "Kel. Johar Baru" in window.header.detail.text()
    assert window.header.sync_state.text() == "Belum ada paket dikirim"


def test_window_fits_a_1366x768_laptop(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QTabWidget

    for spec in PAGES:
        page = window.open_page(spec.key)
        qtbot.wait(10)
        for tabs in [None, *page.findChildren(QTabWidget)]:  # every tab of the page, not only the first
            for index in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                    qtbot.wait(1)
                where = f"{spec.key} {tabs.tabText(index) if tabs is not None else ''}"
                hint = window.minimumSizeHint()
                assert hint.width() <= USABLE_WIDTH, where
                assert hint.height() <= USABLE_HEIGHT, where
            if tabs is not None:
                tabs.setCurrentIndex(0)
    window.resize(USABLE_WIDTH, USABLE_HEIGHT)
    for spec in PAGES:
        page = window.open_page(spec.key)
        qtbot.wait(10)
        for area in page.findChildren(QAbstractScrollArea):
            assert not area.horizontalScrollBar().isVisible(), spec.key


def test_base_font_and_click_targets(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication, QPushButton

    assert QApplication.font().pointSizeF() >= 10
    window.open_page("settings")
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisible()]
    assert buttons
    for button in buttons:
        assert button.height() >= 28, button.text()
    for row in range(window.nav.count()):
        assert window.nav.visualItemRect(window.nav.item(row)).height() >= 28


def test_status_bar_message(window: MainWindow) -> None:
    window.show_message("Profil disimpan.")
    assert window.statusBar().currentMessage() == "Profil disimpan."


def test_f1_opens_about(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = []
    monkeypatch.setattr("psmdesk.ui.about.AboutDialog.exec", lambda self: shown.append(self) or 0)
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    assert len(shown) == 1
    text = " ".join(label.text() for label in shown[0].findChildren(QLabel))
    assert shown[0].windowTitle() == "Tentang PSM Desk"
    assert window.ctx.device_id[:8] in text
    assert "cahyadsn/wilayah" in text


def test_a_page_with_unsaved_work_can_keep_the_window_open(window: MainWindow) -> None:
    page = window.open_page("settings")
    page.can_close = lambda: False
    window.close()
    assert window.isVisible()
    page.can_close = lambda: True
    window.close()
    assert not window.isVisible()

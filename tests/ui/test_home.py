from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from psmdesk.domain.dates import format_date_long
from psmdesk.services.demo import fill_demo
from psmdesk.services.summary import counts
from psmdesk.ui.home import HomePage
from psmdesk.ui.main_window import MainWindow


def test_home_greets_with_name_date_and_area(window: MainWindow) -> None:
    home = window.page("home")
    assert isinstance(home, HomePage)
    assert home.greeting.text().endswith(", Sari Wulandari")
    assert home.greeting.text().startswith("Selamat ")
    assert home.today.text() == format_date_long(date.today())
    assert home.role_area.text().startswith("Anda bertugas sebagai Relawan di ")
    assert "Kel. Johar Baru" in home.role_area.text()


def test_empty_database_offers_the_first_household(qtbot, window: MainWindow) -> None:
    home = window.page("home")
    assert home.households_value.text() == "0"
    assert not home.empty_state.isHidden()
    assert home.add_first.text() == "Tambah keluarga pertama (Ctrl+N)"
    qtbot.mouseClick(home.add_first, Qt.MouseButton.LeftButton)
    assert window.current_key == "households"


def test_counts_come_from_the_database(window: MainWindow) -> None:
    fill_demo(window.ctx, size="small")
    expected = counts(window.ctx.db)
    assert expected.households > 0
    window.open_page("settings")
    window.open_page("home")  # counts are read again each time Beranda opens
    home = window.page("home")
    assert home.households_value.text() == f"{expected.households:,}".replace(",", ".")
    assert home.members_value.text() == f"{expected.members:,}".replace(",", ".")
    assert home.empty_state.isHidden()


def test_ctrl_n_on_beranda_goes_to_keluarga(qtbot, window: MainWindow) -> None:
    window.nav.setFocus()  # where the focus is after choosing Beranda
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "households"

from __future__ import annotations

from psmdesk.settings import Settings
from psmdesk.ui.main_window import MainWindow
from psmdesk.ui.settings.page import SettingsPage


def _page(window: MainWindow) -> SettingsPage:
    page = window.open_page("settings")
    assert isinstance(page, SettingsPage)
    return page


def test_profile_is_prefilled_and_saved(window: MainWindow) -> None:
    page = _page(window)
    assert page.form.name.text() == "Sari Wulandari"
    assert page.form.region.code() == "31.71.08.1001"
    page.form.name.setText("Sari Wulandari Putri")
    page.form.region.set_code("31.71.08.1003")
    page.save_profile()
    assert window.ctx.profile.name == "Sari Wulandari Putri"
    assert window.ctx.profile.kelurahan_code == "31.71.08.1003"
    assert window.header.who.text() == "Sari Wulandari Putri"
    assert window.statusBar().currentMessage() == "Profil disimpan."


def test_invalid_profile_is_not_saved(window: MainWindow) -> None:
    page = _page(window)
    page.form.name.setText("")
    page.save_profile()
    assert not page.form.name_error.isHidden()
    assert window.ctx.profile.name == "Sari Wulandari"


def test_language_is_stored_for_the_next_start(window: MainWindow) -> None:
    page = _page(window)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert Settings.load(window.ctx.paths.settings).language == "en"
    assert "dibuka lagi" in window.statusBar().currentMessage()


def test_autosave_interval_is_stored(window: MainWindow) -> None:
    page = _page(window)
    page.autosave.setValue(30)
    page.autosave.editingFinished.emit()
    assert Settings.load(window.ctx.paths.settings).autosave_seconds == 30


def test_shows_where_the_files_are(window: MainWindow) -> None:
    page = _page(window)
    texts = [w.text() for w in page.findChildren(type(page.form.name)) if w.isReadOnly()]
    assert str(window.ctx.paths.data_dir) in texts
    assert str(window.ctx.paths.log_file) in texts

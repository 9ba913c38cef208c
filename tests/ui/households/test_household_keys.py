from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from psmdesk.paths import resource_path
from psmdesk.ui.households.page import HouseholdsPage
from tests.ui.households.helpers import FAMILY, answer, fill_household, type_into

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def focused():
    return QApplication.focusWidget()


def test_the_keyboard_reaches_every_step(qtbot, page) -> None:
    page.on_shown()
    assert focused() is page.list.search

    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    assert page.form_open and focused() is page.form.address.no_kk

    qtbot.keyClick(focused(), Qt.Key.Key_A, ALT)
    assert len(page.form.members.cards) == 2
    assert focused() is page.form.members.cards[1].editors["nik"]
    qtbot.keyClick(focused(), Qt.Key.Key_Up, ALT)
    assert page.form.members.cards[0].editors["nik"] is focused()

    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)  # nothing typed yet: marked, not saved
    assert page.form_open and "Not saved yet" in page.last_message

    answer("UnsavedDiscard")
    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL)
    assert not page.form_open
    # Offscreen Qt does not give the window back its activation after a dialog; the window's
    # own focus widget is what gets the keyboard when it does.
    assert page.focusWidget() is page.list.search


def test_tab_follows_the_paper_form_also_for_added_members(qtbot, page) -> None:
    page.new_record()
    form = page.form
    form.address.no_kk.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() in (form.address.region.combos[0], form.address.region.combos[0].lineEdit())
    second = form.members.add_member()
    qtbot.wait(10)  # the new card is shown on the next turn of the event loop
    form.members.cards[0].remove_button.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is second.editors["nik"]


def test_enter_in_the_list_opens_the_household(qtbot, page) -> None:
    fill_household(qtbot, page, FAMILY[:1])
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert not page.form_open
    type_into(qtbot, page.list.search, "budi")
    qtbot.keyClick(page.list.search, Qt.Key.Key_Return)
    assert focused() is page.list.table
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    assert page.form_open and page.form.members.cards[0].editors["name"].text() == "Budi Santoso"


@pytest.mark.usefixtures("indonesian")
def test_the_screens_speak_indonesian(qtbot, ready_ctx) -> None:
    page = HouseholdsPage(ready_ctx, None)
    qtbot.addWidget(page)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "Keluarga" in texts
    assert page.list.new_button.text() == "Tambah Keluarga (Ctrl+N)"
    assert "Belum ada keluarga" in page.list.empty_text.text()
    page.new_record()
    buttons = {button.text() for button in page.form.findChildren(QPushButton)}
    assert {"Simpan (Ctrl+S)", "Batal", "Tambah Anggota (Alt+A)"} <= buttons
    titles = {label.text() for label in page.form.findChildren(QLabel)}
    assert {"Kartu Keluarga & Alamat", "Anggota Keluarga", "Kondisi Rumah", "Riwayat"} <= titles
    page.controller.deactivate()


def test_every_string_has_an_indonesian_translation() -> None:
    root = ET.parse(resource_path("i18n", "households_id.ts")).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 150
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, message.findtext("source")
        assert (translation.text or "").strip(), message.findtext("source")


@pytest.mark.usefixtures("indonesian")
def test_nothing_needs_horizontal_scrolling_at_1366x768(qtbot, ready_ctx) -> None:
    page = HouseholdsPage(ready_ctx, None)
    qtbot.addWidget(page)
    page.resize(1366 - 210, 768 - 32 - 40 - 60)  # minus navigation, title bar, taskbar, header
    page.show()
    assert page.list.minimumSizeHint().width() <= page.width()
    page.new_record()
    form = page.form
    form.members.add_member()
    form.ppks.add_row()
    form.assets.add_row()
    qtbot.wait(10)
    assert form.minimumSizeHint().width() <= page.width()
    assert form.scroll.widget().minimumSizeHint().width() <= form.scroll.viewport().width()
    page.controller.deactivate()

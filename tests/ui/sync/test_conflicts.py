"""Konflik: both values side by side; the chosen one lands in the database; the queue empties."""

from __future__ import annotations

import pytest

from psmdesk.services import conflicts
from psmdesk.services.households import delete_household, get_household, save_household
from tests.sync.conftest import Pair
from tests.sync.helpers import TODAY, edit, household, send


@pytest.fixture
def pair(office, volunteer, enrolled, usb) -> Pair:
    return Pair(office, volunteer, usb)


def shared_household(pair: Pair) -> str:
    hid = save_household(pair.volunteer, household(), today=TODAY)
    send(pair.volunteer, pair.office, pair.drop)
    send(pair.office, pair.volunteer, pair.drop)
    return hid


def street_conflict(pair: Pair) -> str:
    hid = shared_household(pair)
    edit(pair.office, hid, street="Jl. Versi Kantor")
    edit(pair.volunteer, hid, street="Jl. Versi Relawan")  # later: wins, the office's value is kept aside
    assert send(pair.volunteer, pair.office, pair.drop).conflicts == 1
    return hid


def test_keep_this_value_on_the_other_side_puts_it_in_the_database(qtbot, pair: Pair, open_sync) -> None:
    hid = street_conflict(pair)
    window, page = open_sync(pair.office)
    assert window.header.sync_state.text() == "1 konflik menunggu"
    index = page.tabs.indexOf(page.conflicts)
    assert page.tabs.tabText(index) == "Konflik (1)"
    page.tabs.setCurrentIndex(index)
    detail = page.conflicts.detail
    assert detail.record.text() == "Keluarga Budi Santoso (RT 003/RW 005)"
    assert detail.field.text() == "Kolom: Jalan dan Nomor Rumah"
    assert detail.current_value.text() == "Jl. Versi Relawan"
    assert detail.other_value.text() == "Jl. Versi Kantor"
    assert detail.current_who.text().startswith("oleh Sari Wulandari, ")
    assert detail.other_who.text().startswith("oleh kantor ini, ")
    assert detail.use_other.text() == detail.use_current.text() == "Pakai nilai ini"

    detail.comment.setText("Sesuai KK terbaru")
    detail.use_other.click()
    assert get_household(pair.office, hid).street == "Jl. Versi Kantor"
    assert conflicts.open_count(pair.office) == 0
    row = pair.office.db.execute("SELECT chosen_value, comment FROM conflicts").fetchone()
    assert tuple(row) == ("Jl. Versi Kantor", "Sesuai KK terbaru")
    assert page.conflicts.stack.currentWidget() is page.conflicts.empty
    assert page.conflicts.empty.text() == "Tidak ada konflik. Semua data sudah sepakat."
    assert page.tabs.tabText(index) == "Konflik"
    assert window.header.sync_state.text().startswith("Impor terakhir ")


def test_a_typed_value_is_checked_then_used(pair: Pair, open_sync) -> None:
    hid = shared_household(pair)
    edit(pair.office, hid, rt="004")
    edit(pair.volunteer, hid, rt="006")
    send(pair.volunteer, pair.office, pair.drop)
    _, page = open_sync(pair.office)
    detail = page.conflicts.detail
    assert not detail.typed.isHidden()
    detail.typed.setText("RT ke lima")
    detail.use_typed.click()
    assert detail.typed_error.text() == "RT dan RW berupa 1 sampai 3 angka, mis. 5 atau 005."
    assert conflicts.open_count(pair.office) == 1
    detail.typed.setText("5")
    detail.use_typed.click()
    assert get_household(pair.office, hid).rt == "005"
    assert conflicts.open_count(pair.office) == 0


def test_delete_versus_edit_offers_restore(pair: Pair, open_sync) -> None:
    hid = shared_household(pair)
    edit(pair.office, hid, notes="Kantor memperbarui catatan")
    delete_household(pair.volunteer, hid, "Data ganda")
    send(pair.volunteer, pair.office, pair.drop)
    _, page = open_sync(pair.office)
    detail = page.conflicts.detail
    assert detail.values.isHidden() and not detail.deleted.isHidden()
    assert "Data ganda" in detail.deleted_text.text() and "Sari Wulandari" in detail.deleted_text.text()
    assert detail.restore_button.text() == "Pulihkan" and detail.keep_deleted_button.text() == "Tetap dihapus"
    detail.restore_button.click()
    assert pair.office.db.execute("SELECT deleted_at FROM households WHERE id = ?", [hid]).fetchone()[0] is None
    assert conflicts.open_count(pair.office) == 0


def test_a_volunteer_sees_the_conflicts_tab_only_when_she_has_conflicts(pair: Pair, open_sync) -> None:
    hid = shared_household(pair)
    edit(pair.volunteer, hid, street="Jl. Versi Relawan")
    edit(pair.office, hid, street="Jl. Versi Kantor")  # later: wins at the volunteer's
    send(pair.office, pair.volunteer, pair.drop)
    assert conflicts.open_count(pair.volunteer) == 1
    _, page = open_sync(pair.volunteer)
    index = page.tabs.indexOf(page.conflicts)
    assert page.tabs.isTabVisible(index) and page.tabs.tabText(index) == "Konflik (1)"

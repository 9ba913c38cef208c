from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from psmdesk.domain.enums import Sex
from psmdesk.services import households as service
from psmdesk.services.drafts import drafts
from psmdesk.storage.household_queries import HouseholdFilter, household_ids
from tests.ui.households.helpers import FAMILY, NO_KK, answer, choose, fill_household, make_household, type_into


def saved_ids(page) -> list[str]:
    return household_ids(page.ctx.db, HouseholdFilter())


def test_four_members_are_saved_and_reopen_unchanged(qtbot, page) -> None:
    fill_household(qtbot, page)
    form = page.form
    choose(form.housing.editors["tenure"], "kontrak")
    type_into(qtbot, form.housing.editors["floor_area"], "36,5")
    choose(form.housing.editors["electricity_va"], "900")
    form.programmes.checks.checks["pkh"].click()
    choose(form.programmes.desil, "3")
    row = form.ppks.add_row()
    choose(row.editors["member_id"], form.members.cards[3].member_id)
    choose(row.editors["category"], "akd")
    form.assets.add_row()
    type_into(qtbot, form.assets.rows[0].text, "Memasak untuk hajatan")
    type_into(qtbot, form.notes.notes, "Rumah di gang sempit.")
    typed, problems = form.collect()
    assert problems == []

    form.save_button.click()

    ids = saved_ids(page)
    assert len(ids) == 1 and page.stack.currentWidget() is page.list
    assert "Budi Santoso" in page.last_message
    stored = service.get_household(page.ctx, ids[0])
    assert [m.name for m in stored.members] == [name for _, name, _, _ in FAMILY]
    assert [m.id for m in stored.members] == [m.id for m in typed.members]
    assert stored.members[1].sex == Sex.P and stored.members[1].birth_date == date(1975, 11, 30)
    assert (stored.no_kk, stored.rt, stored.rw) == (NO_KK, "003", "005")
    assert stored.floor_area == 36.5 and stored.electricity_va == 900 and stored.desil == 3
    assert stored.programmes == ["pkh"]
    assert stored.ppks[0].member_id == stored.members[3].id and stored.ppks[0].category == "akd"
    assert stored.assets[0].text == "Memasak untuk hajatan"

    page.list.table.setFocus()
    page.list.table.selectRow(0)
    page.list.open_button.click()
    assert page.form_open
    reopened, problems = page.form.collect()
    assert problems == []
    assert reopened == stored
    assert not page.controller.is_dirty()
    assert page.form.history.table.rowCount() > 0
    assert "Sari Wulandari" in page.form.history.visits.text()


def test_an_invalid_nik_is_marked_red_and_blocks_saving(qtbot, page) -> None:
    fill_household(qtbot, page, FAMILY[:1])
    nik = page.form.members.cards[0].editors["nik"]
    nik.clear()
    type_into(qtbot, nik, "31710814057")
    box = page.form.members.cards[0].boxes["nik"]
    qtbot.waitUntil(lambda: box.issue is not None, timeout=2000)
    assert box.message.isVisible() and box.message.property("role") == "error"
    assert box.message.text() == "NIK harus 16 angka"
    assert nik.property("invalid") is True

    page.form.save_button.click()

    assert saved_ids(page) == []
    assert page.form_open
    assert QApplication.focusWidget() is nik
    assert "1" in page.last_message


def test_a_valid_nik_offers_sex_and_birth_date(qtbot, page) -> None:
    page.new_record()
    card = page.form.members.cards[0]
    type_into(qtbot, card.editors["nik"], "3171087011750002")
    assert card.editors["sex"].value() == "P"
    assert card.editors["birth_date"].text() == "30/11/1975"
    assert "NIK" in card.boxes["nik"].message.text() and card.boxes["nik"].message.isVisible()
    assert page.last_message  # told quietly in the status bar too


def test_a_duplicate_nik_asks_before_saving_and_links_the_other_household(qtbot, page) -> None:
    other = make_household(page.ctx, "Budi Santoso", FAMILY[0][0], birth=date(1971, 5, 14))
    page.show_list()
    fill_household(qtbot, page, FAMILY[:2])
    qtbot.waitUntil(lambda: page.form.duplicates.isVisible(), timeout=2000)
    assert page.form.duplicates.buttons  # flagged in the form already, with "Open"

    seen = answer("BackToForm")
    page.form.save_button.click()
    assert seen and seen[0].objectName() == "ConfirmSaveDialog"
    texts = " ".join(label.text() for label in seen[0].findChildren(QLabel))
    assert "sudah tercatat di keluarga lain" in texts
    assert seen[0].findChild(QPushButton, f"OpenDuplicate_{other}") is not None
    assert saved_ids(page) == [other]

    answer("SaveAnyway")
    page.form.save_button.click()
    assert len(saved_ids(page)) == 2


def test_open_from_the_duplicate_dialog_keeps_the_typing_as_a_draft(qtbot, page) -> None:
    other = make_household(page.ctx, "Budi Santoso", FAMILY[0][0], birth=date(1971, 5, 14))
    fill_household(qtbot, page, FAMILY[:1])
    answer(f"OpenDuplicate_{other}")
    page.form.save_button.click()
    assert page.form_open and page.form.household_id == other
    kept = drafts(page.ctx, "household")
    assert [d.title for d in kept] == ["Budi Santoso"] and kept[0].record_id is None


def test_leaving_with_unsaved_changes_asks(qtbot, page) -> None:
    page.new_record()
    type_into(qtbot, page.form.members.cards[0].editors["name"], "Siti Aminah")
    answer("UnsavedCancel")
    page.form.back_button.click()
    assert page.form_open

    answer("UnsavedDiscard")
    page.form.back_button.click()
    assert not page.form_open
    assert saved_ids(page) == []
    assert not page.list.drafts.isVisible()


def test_members_can_be_moved_and_removed(qtbot, page) -> None:
    fill_household(qtbot, page, FAMILY[:3])
    members = page.form.members
    third = members.cards[2]
    third.up_button.click()
    assert members.cards[1] is third
    assert members.cards[1].heading.text().startswith("Member 2")
    members.cards[0].remove_button.click()
    assert [c.display_name() for c in members.cards] == ["Rizky Pratama", "Siti Aminah"]

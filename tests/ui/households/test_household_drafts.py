from __future__ import annotations

from psmdesk.services.context import open_app
from psmdesk.services.drafts import drafts
from psmdesk.storage.household_queries import HouseholdFilter, household_ids
from psmdesk.ui.households.page import HouseholdsPage
from tests.ui.households.helpers import FAMILY, answer, fill_household, make_household, type_into


def test_a_draft_survives_a_crash_and_is_offered_back(qtbot, ready_ctx, paths) -> None:
    ready_ctx.settings.autosave_seconds = 1
    page = HouseholdsPage(ready_ctx, None)
    qtbot.addWidget(page)
    page.show()
    fill_household(qtbot, page, FAMILY[:2])
    card = page.form.members.cards[1]
    card.editors["occupation"].clear()
    type_into(qtbot, card.editors["occupation"], "Penjahit")
    type_into(qtbot, page.form.housing.editors["floor_area"], "21")
    type_into(qtbot, page.form.members.add_member().editors["birth_date"], "17/08/19")  # half typed
    typed, _ = page.form.collect()
    now = page.controller._draft_payload()
    qtbot.waitUntil(lambda: [d.payload for d in drafts(ready_ctx, "household")] == [now], timeout=3000)

    # The crash: no save, no leaving, no cleanup. Only what autosave wrote is on disk.
    page.controller.deactivate()
    page.deleteLater()
    qtbot.wait(1)

    restarted = open_app(paths)  # a fresh connection, as after a power cut
    try:
        again = HouseholdsPage(restarted, None)
        qtbot.addWidget(again)
        again.show()
        assert again.list.drafts.isVisible()
        assert len(again.list.drafts.resume_buttons) == 1
        again.list.drafts.resume_buttons[0].click()

        assert again.form_open
        restored, problems = again.form.collect()
        assert restored == typed
        assert again.form.members.cards[2].editors["birth_date"].text() == "17/08/19"
        assert problems  # the half-typed date is still there to finish
        assert again.controller.is_dirty()

        again.form.members.cards[2].remove_button.click()
        again.form.save_button.click()
        assert household_ids(restarted.db, HouseholdFilter()) != []
        assert drafts(restarted, "household") == []  # saved: the draft is gone
        again.controller.deactivate()
    finally:
        restarted.close()


def test_a_draft_can_be_discarded_from_the_list(qtbot, page) -> None:
    page.new_record()
    type_into(qtbot, page.form.members.cards[0].editors["name"], "Siti Aminah")
    page.controller.keep_draft()
    page.controller.deactivate()
    page.show_list()
    assert page.list.drafts.isVisible()
    page.list.drafts.findChild(type(page.list.drafts.resume_buttons[0]), "DiscardDraftButton").click()
    assert drafts(page.ctx, "household") == []
    assert not page.list.drafts.isVisible()


def test_opening_a_household_with_a_waiting_draft_offers_it(qtbot, page) -> None:
    household_id = make_household(page.ctx, "Budi Santoso", None)
    page.open_household(household_id)
    name = page.form.members.cards[0].editors["name"]
    name.clear()
    type_into(qtbot, name, "Budi Santosa")
    page.controller.keep_draft()
    page.controller.deactivate()
    page.show_list()

    answer("ResumeDraft")
    page.open_household(household_id)
    assert page.form.members.cards[0].editors["name"].text() == "Budi Santosa"
    assert page.controller.is_dirty()


def test_a_full_disk_on_save_says_so_and_loses_nothing_typed(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from psmdesk.ui.households import form_controller

    shown: list[str] = []
    monkeypatch.setattr(form_controller, "show_storage_error", lambda parent, exc: shown.append(str(exc)))
    fill_household(qtbot, page, FAMILY[:2])
    typed, _ = page.form.collect()
    db = page.ctx.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "database or disk is full"
    try:
        page.form.save_button.click()
        assert len(shown) == 1 and "Ruang penyimpanan penuh" in shown[0]
        assert page.form_open and page.form.collect()[0] == typed  # the form still holds every field
        assert household_ids(db, HouseholdFilter()) == []
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.execute("PRAGMA max_page_count = 1073741823")
    page.form.save_button.click()  # room again: the same form saves
    assert len(shown) == 1 and not page.form_open
    assert len(household_ids(db, HouseholdFilter())) == 1

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from psmdesk.domain import choices as ch
from psmdesk.domain.enums import Sex
from psmdesk.domain.household import HouseholdInput, MemberInput
from psmdesk.domain.nik import mask_nik
from psmdesk.services.households import save_household
from psmdesk.storage.household_queries import HouseholdFilter, household_ids, household_rows
from psmdesk.ui.households.table_model import CHUNK
from tests.ui.households.helpers import JOHAR_BARU, answer, make_household, type_into


def test_the_empty_list_says_what_it_is_for(page) -> None:
    page.on_shown()
    assert page.list.stack.currentWidget() is page.list.empty
    assert "Ctrl+N" in page.list.empty_text.text()
    assert page.list.empty_button.isVisible()
    assert QApplication.focusWidget() is page.list.search
    page.list.empty_button.click()
    assert page.form_open


def test_search_finds_a_household_by_part_of_a_name(qtbot, page) -> None:
    make_household(page.ctx, "Budi Santoso", None)
    wanted = make_household(page.ctx, "Sri Wahyuningsih", None, rw="007")
    make_household(page.ctx, "Ahmad Fauzi", None)
    page.show_list()
    assert page.model.rowCount() == 3

    type_into(qtbot, page.list.search, "wahyu")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=1000)
    assert page.model.id_at(0) == wanted
    assert page.model.index(0, 1).data() == "Sri Wahyuningsih"
    assert page.model.index(0, 3).data() == "Jl. Uji RT 001/RW 007"
    assert page.model.index(0, 4).data() == "Johar Baru"

    page.list.search.clear()
    type_into(qtbot, page.list.search, "zzzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=1000)
    assert "No household matches" in page.list.empty_text.text()


def test_delete_asks_for_a_reason_and_can_be_undone(qtbot, page) -> None:
    household_id = make_household(page.ctx, "Budi Santoso", None)
    page.show_list()
    page.list.table.selectRow(0)

    def give_reason(dialog) -> None:
        dialog.reason.setEditText("Pindah ke Bekasi")

    answer("ConfirmDelete", before=give_reason)
    page.list.delete_button.click()
    assert household_ids(page.ctx.db, HouseholdFilter()) == []
    assert page.model.rowCount() == 0
    assert page.list.undo.isVisible() and "Budi Santoso" in page.list.undo.text.text()
    deleted = household_rows(page.ctx.db, household_ids(page.ctx.db, HouseholdFilter(deleted=True)))
    assert deleted[0].deleted_reason == "Pindah ke Bekasi"

    page.list.undo.button.click()
    assert household_ids(page.ctx.db, HouseholdFilter()) == [household_id]
    assert page.model.rowCount() == 1 and not page.list.undo.isVisible()
    assert "Budi Santoso" in page.last_message


def test_the_lazy_model_fetches_rows_in_chunks_and_stays_correct(qtbot, page) -> None:
    count = 2000
    with page.ctx.db.atomic():
        for i in range(count):
            letters = "".join(chr(97 + int(c)) for c in f"{i:04d}")
            save_household(page.ctx, HouseholdInput(
                no_kk=f"317108010120{i + 1:04d}", kelurahan_code=JOHAR_BARU, rt="001", rw=f"{i % 10 + 1:03d}",
                members=[MemberInput(name=f"Warga {letters}", sex=Sex.P, age_years=40, relation=ch.HEAD)],
            ), confirmed=True)
    page.show_list()
    qtbot.wait(10)
    model = page.model
    assert model.rowCount() == count
    assert model.chunk_fetches <= 2  # only what the first screen shows

    order = household_ids(page.ctx.db, HouseholdFilter(), "address")
    for row in (0, CHUNK - 1, CHUNK, CHUNK + 1, 1234, count - 1):
        expected = household_rows(page.ctx.db, [order[row]])[0]
        assert model.index(row, 0).data() == mask_nik(expected.no_kk)  # never the full number in a list
        assert model.index(row, 1).data() == expected.head_name
    page.list.table.scrollToBottom()
    qtbot.wait(10)
    assert model.chunk_fetches < count // CHUNK  # never everything

    page.list.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    # Sorted by the full number, shown masked: the last family saved comes first.
    assert (model.index(0, 0).data(), model.index(0, 1).data()) == ("317108******2000", "Warga bjjj")
    page.list.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.AscendingOrder)
    assert page.list.table.horizontalHeader().sortIndicatorSection() == 0  # members cannot sort


def test_filters_narrow_the_list(qtbot, page) -> None:
    make_household(page.ctx, "Budi Santoso", None, rw="001")
    make_household(page.ctx, "Sri Wahyuningsih", None, rw="007")
    page.show_list()
    type_into(qtbot, page.list.rw, "7")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=1000)
    assert page.model.index(0, 1).data() == "Sri Wahyuningsih"

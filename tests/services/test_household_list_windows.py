"""The household list reads its ids in windows (HouseholdIds): every window, in every sort order
and direction and under filters, must be exactly the slice of the whole ordered list."""

from __future__ import annotations

from datetime import date

from psmdesk.datagen.households import HouseholdGenerator
from psmdesk.services.context import AppContext
from psmdesk.services.households import delete_household, save_household
from psmdesk.storage.household_queries import SORT_TERMS, HouseholdFilter, HouseholdIds, household_ids

TODAY = date(2026, 11, 22)


def _fill(ctx: AppContext, n: int = 90) -> list[str]:
    generator = HouseholdGenerator(3, ["31.71.08.1001", "31.71.08.1002"], TODAY, "Sari")
    ids = []
    with ctx.db.atomic():
        for i, h in enumerate(generator.households(n)):
            if i % 7 == 0:
                h.no_kk = None  # NULLs sort first ascending, last descending
            if i % 5 == 0:
                h.visit_date = None
            ids.append(save_household(ctx, h, confirmed=True, today=TODAY))
    return ids


def test_windows_are_slices_of_the_whole_list(volunteer: AppContext) -> None:
    ids = _fill(volunteer)
    delete_household(volunteer, ids[3], "Pindah ke Bekasi")
    filters = [HouseholdFilter(), HouseholdFilter(kelurahan_code="31.71.08.1002"), HouseholdFilter(text="a"),
               HouseholdFilter(deleted=True)]
    for f in filters:
        for sort in SORT_TERMS:
            whole = household_ids(volunteer.db, f, sort)
            assert household_ids(volunteer.db, f, sort, descending=True) == whole[::-1]
            assert household_ids(volunteer.db, f, sort, in_order=True) == whole  # the other plan, same list
            window = HouseholdIds(volunteer.db, f, sort, block=7)
            assert len(window) == len(whole)
            assert list(window) == whole, (f, sort)
            assert list(window[::-1]) == whole[::-1]
            assert window[5:23] == whole[5:23] and window[-1] == whole[-1] if whole else True
            for position in (0, len(whole) // 2, len(whole) - 1):
                if whole:
                    fresh = HouseholdIds(volunteer.db, f, sort, block=7)  # nothing read yet: asks SQL
                    assert fresh.index(whole[position]) == position
                    assert fresh[::-1].index(whole[position]) == len(whole) - 1 - position
    first = HouseholdIds(volunteer.db, HouseholdFilter(), "address", block=10)
    assert first[0:10] and first.block_reads == 1  # the first screen reads one window, not every id
    assert ids[3] not in first and ids[4] in first


def test_a_text_search_counts_on_the_search_index_exactly_the_live_matches(volunteer: AppContext) -> None:
    """A text-only search is counted on the search index alone; after deleting, restoring and
    saving, that count must still be the list's own number of rows."""
    from psmdesk.services.households import restore_household
    from psmdesk.storage.household_queries import household_count

    ids = _fill(volunteer, 40)
    delete_household(volunteer, ids[1], "Pindah ke Bekasi")
    delete_household(volunteer, ids[2], "Data ganda")
    restore_household(volunteer, ids[2])
    for text in ("a", "sari", "31", "rw001", "zzzz"):
        f = HouseholdFilter(text=text)
        assert household_count(volunteer.db, f) == len(household_ids(volunteer.db, f))
    everyone = household_count(volunteer.db, HouseholdFilter(text="31"))
    assert everyone == len(ids) - 1  # every NIK starts with 31; the deleted one is left out

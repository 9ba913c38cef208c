from __future__ import annotations

from datetime import date

import pytest

from psmdesk.domain.enums import Sex
from psmdesk.domain.household import AssetInput, HouseholdInput, MemberInput, PpksInput
from psmdesk.domain.issues import ValidationFailed
from psmdesk.services.context import AppContext
from psmdesk.services.households import (
    NeedsConfirmation,
    delete_household,
    get_household,
    history,
    restore_household,
    save_household,
)
from psmdesk.storage.household_queries import HouseholdFilter, household_ids, household_rows

TODAY = date(2026, 11, 22)


def family(nik_head: str = "3171080507800003", kk: str = "3171081203150007") -> HouseholdInput:
    head = MemberInput(nik=nik_head, name="  budi   santoso ", sex=Sex.L, birth_date=date(1980, 7, 5),
                       relation="kepala_keluarga", marital_status="kawin")
    wife = MemberInput(nik="3171085010830002", name="Siti Aminah", sex=Sex.P, birth_date=date(1983, 10, 10),
                       relation="istri", marital_status="kawin")
    child = MemberInput(name="Rizky Pratama", sex=Sex.L, birth_date=date(2015, 1, 3), relation="anak")
    return HouseholdInput(
        no_kk=kk, kelurahan_code="31.71.08.1001", rt="3", rw="5", street="Jl. Johar Baru III No. 12",
        visit_date=TODAY, volunteer="Sari", tenure="kontrak", floor_area=24, programmes=["pbi_jkn", "pkh"],
        members=[head, wife, child], assets=[AssetInput(kind="keterampilan", text="membuat kue")],
        ppks=[PpksInput(category="fm", status="diusulkan", status_date=TODAY)],
    )


def test_save_and_reopen_gives_back_what_was_typed(volunteer: AppContext) -> None:
    hid = save_household(volunteer, family(), today=TODAY)
    loaded = get_household(volunteer, hid)
    assert loaded.rt == "003" and loaded.rw == "005"
    assert [m.name for m in loaded.members] == ["Budi Santoso", "Siti Aminah", "Rizky Pratama"]
    assert loaded.members[0].birth_date == date(1980, 7, 5)
    assert loaded.programmes == ["pbi_jkn", "pkh"]
    assert loaded.assets[0].text == "membuat kue"
    assert loaded.ppks[0].category == "fm"
    # Saving it again unchanged changes nothing.
    versions = volunteer.db.execute("SELECT SUM(version) FROM members").fetchone()[0]
    save_household(volunteer, loaded, today=TODAY)
    assert volunteer.db.execute("SELECT SUM(version) FROM members").fetchone()[0] == versions


def test_invalid_nik_blocks_saving_with_an_indonesian_message(volunteer: AppContext) -> None:
    h = family(nik_head="3171080507800000")  # serial 0000
    with pytest.raises(ValidationFailed) as err:
        save_household(volunteer, h, today=TODAY)
    assert any(i.field == "members[0].nik" for i in err.value.issues)
    assert volunteer.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 0


def test_nik_that_disagrees_with_sex_is_an_error(volunteer: AppContext) -> None:
    h = family()
    h.members[0].sex = Sex.P
    with pytest.raises(ValidationFailed) as err:
        save_household(volunteer, h, today=TODAY)
    assert any("Jenis kelamin" in i.message for i in err.value.issues)


def test_duplicate_nik_in_another_household_asks_for_confirmation(volunteer: AppContext) -> None:
    first = save_household(volunteer, family(), today=TODAY)
    other = family(kk="3171081203150008")
    for m in other.members:
        m.id = MemberInput().id
    with pytest.raises(NeedsConfirmation) as err:
        save_household(volunteer, other, today=TODAY)
    found = {(d.kind, d.household_id, d.member_name) for d in err.value.check.duplicates}
    # Head and wife match by NIK (not reported twice by name); the child, who has no NIK, by
    # name and birth date.
    assert found == {("nik", first, "Budi Santoso"), ("nik", first, "Siti Aminah"),
                     ("name", first, "Rizky Pratama")}
    assert "3171080507800003" not in str(err.value)  # no NIK in messages
    save_household(volunteer, other, confirmed=True, today=TODAY)
    assert volunteer.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 2


def test_search_finds_by_part_of_a_name_nik_prefix_and_kk(volunteer: AppContext) -> None:
    hid = save_household(volunteer, family(), today=TODAY)
    assert household_ids(volunteer.db, HouseholdFilter(text="rizk")) == [hid]
    assert household_ids(volunteer.db, HouseholdFilter(text="317108507")) == []
    assert household_ids(volunteer.db, HouseholdFilter(text="31710850")) == [hid]
    assert household_ids(volunteer.db, HouseholdFilter(text="kue")) == [hid]
    assert household_ids(volunteer.db, HouseholdFilter(text="siti 005")) == [hid]
    assert household_ids(volunteer.db, HouseholdFilter(text="bambang")) == []
    assert household_ids(volunteer.db, HouseholdFilter(ppks_category="fm", programme="pkh")) == [hid]
    row = household_rows(volunteer.db, [hid])[0]
    assert (row.head_name, row.member_count, row.ppks_count) == ("Budi Santoso", 3, 1)


def test_removing_a_member_leaves_a_tombstone(volunteer: AppContext) -> None:
    hid = save_household(volunteer, family(), today=TODAY)
    h = get_household(volunteer, hid)
    gone = h.members.pop()
    save_household(volunteer, h, today=TODAY)
    row = volunteer.db.execute("SELECT deleted_at, deleted_reason FROM members WHERE id = ?", [gone.id]).fetchone()
    assert row[0] and row[1] == "dihapus dari keluarga"
    assert household_ids(volunteer.db, HouseholdFilter(text="rizky")) == []


def test_delete_needs_a_reason_and_can_be_undone(volunteer: AppContext) -> None:
    hid = save_household(volunteer, family(), today=TODAY)
    with pytest.raises(ValidationFailed):
        delete_household(volunteer, hid, "  ")
    delete_household(volunteer, hid, "Pindah ke Bekasi")
    assert household_ids(volunteer.db, HouseholdFilter()) == []
    assert household_ids(volunteer.db, HouseholdFilter(deleted=True)) == [hid]
    restore_household(volunteer, hid)
    assert household_ids(volunteer.db, HouseholdFilter(text="budi")) == [hid]


def test_history_shows_who_changed_what(volunteer: AppContext) -> None:
    hid = save_household(volunteer, family(), today=TODAY)
    h = get_household(volunteer, hid)
    h.rt = "004"
    h.members[2].occupation = "Pelajar"
    save_household(volunteer, h, today=TODAY)
    entries = history(volunteer, hid)
    changes = {(e.table, e.field, e.old_value, e.new_value) for e in entries if e.action == "update"}
    assert ("households", "rt", "003", "004") in changes
    assert ("members", "occupation", "", "Pelajar") in changes
    assert all(e.actor == "Sari Wulandari" for e in entries)

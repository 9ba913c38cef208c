from __future__ import annotations

from datetime import date, timedelta

import pytest

from psmdesk.domain.enums import Sex
from psmdesk.domain.issues import ValidationFailed
from psmdesk.domain.meals import DeliveryInput, PokmasInput
from psmdesk.services import meals as service
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from tests.ui.meals.world import (
    EXPECTED,
    EXPECTED_TOTAL,
    OVERRIDE,
    TODAY,
    make_world,
    missed,
    nov,
    received,
    record_five_days,
)


def test_pokmas_is_checked_and_saved(volunteer: AppContext) -> None:
    with pytest.raises(ValidationFailed) as err:
        service.save_pokmas(volunteer, PokmasInput(name="P", kecamatan_code="31.71.08",
                                                   kelurahan_codes=["31.74.09.1006"], unit_cost=0))
    fields = {i.field for i in err.value.issues}
    assert fields == {"name", "kelurahan_codes", "unit_cost"}
    pid = service.save_pokmas(volunteer, PokmasInput(name="  Pokmas   Melati ", kecamatan_code="31.71.08",
                                                     kelurahan_codes=["31.71.08.1002", "31.71.08.1001"],
                                                     contact_phone="081234567890"))
    saved = service.get_pokmas(volunteer, pid)
    assert saved.name == "Pokmas Melati" and saved.unit_cost == 30_000 and saved.active
    assert saved.kelurahan_codes == ["31.71.08.1001", "31.71.08.1002"]
    assert saved.contact_phone == "0812-3456-7890"


def test_eligibility_lines_and_the_written_override(volunteer: AppContext) -> None:
    w = make_world(volunteer, roster=())
    siti = service.eligibility(volunteer, w.pokmas_id, w.members["siti"], today=TODAY)
    assert siti.eligible and siti.age == 76
    assert [line.code for line in siti.lines] == ["age", "alone", "programme", "other_pokmas", "nik"]
    warsini = service.eligibility(volunteer, w.pokmas_id, w.members["warsini"], today=TODAY)
    assert not warsini.eligible
    assert [line.message for line in warsini.lines if not line.passed] == ["Keluarga menerima BPNT/Sembako."]
    joko = service.eligibility(volunteer, w.pokmas_id, w.members["joko"], today=TODAY)
    assert [line.message for line in joko.lines if not line.passed] == ["Umur 51 tahun, di bawah batas 60 tahun."]

    with pytest.raises(ValidationFailed) as err:
        service.enrol(volunteer, w.pokmas_id, w.members["warsini"], TODAY, today=TODAY)
    assert err.value.issues[0].code == "override_required"
    bid = service.enrol(volunteer, w.pokmas_id, w.members["warsini"], TODAY, override_reason=OVERRIDE, today=TODAY)
    [entry] = service.roster(volunteer, w.pokmas_id, today=TODAY)
    assert entry.row.id == bid and entry.row.override_reason == OVERRIDE and not entry.eligible
    with pytest.raises(ValidationFailed, match="sudah ada di daftar"):
        service.enrol(volunteer, w.pokmas_id, w.members["warsini"], TODAY, override_reason=OVERRIDE, today=TODAY)

    # The threshold is a programme rule: raised to 80, Siti (76) no longer passes the age check.
    service.set_age_threshold(volunteer, 80)
    assert service.age_threshold(volunteer) == 80
    assert not service.eligibility(volunteer, w.pokmas_id, w.members["siti"], today=TODAY).eligible


def test_active_in_another_pokmas_fails_the_check(volunteer: AppContext) -> None:
    w = make_world(volunteer)
    other = service.save_pokmas(volunteer, PokmasInput(name="Pokmas Kenanga", kecamatan_code="31.71.08",
                                                       kelurahan_codes=["31.71.08.1001"]))
    check = service.eligibility(volunteer, other, w.members["siti"], today=TODAY)
    assert [line.message for line in check.lines if not line.passed] == ["Sudah aktif di Pokmas Pokmas Sehat Bersama."]


def test_find_people_lists_lone_people_of_the_served_kelurahan(volunteer: AppContext) -> None:
    w = make_world(volunteer, roster=("siti",))
    found = service.find_people(volunteer, w.pokmas_id, today=TODAY)
    names = [e.person.name for e in found]
    assert names[0] == "Ani Suryani"  # oldest first
    assert {"Siti Rahmah", "Joko Susilo"} <= set(names)
    assert next(e for e in found if e.person.name == "Siti Rahmah").on_this_roster
    assert [e.person.name for e in service.find_people(volunteer, w.pokmas_id, "bamb", today=TODAY)] == \
        ["Bambang Sutrisno"]
    assert [e.person.name for e in service.find_people(volunteer, w.pokmas_id, "31710852", today=TODAY)] == \
        ["Siti Rahmah"]


def test_a_day_is_recorded_corrected_and_its_history_kept(volunteer: AppContext) -> None:
    w = make_world(volunteer)
    s, b = w.ids["siti"], w.ids["bambang"]
    first = service.save_day(volunteer, w.pokmas_id, nov(1), [received(s), received(b)], menu=" Nasi,  ayam ",
                             times={"siap": "5.30", "olah": "6", "kemas": "", "antar": "0900"}, today=TODAY)
    assert (first.added, first.corrected, first.unchanged) == (2, 0, 0)
    log = service.load_day(volunteer, w.pokmas_id, nov(1))
    assert log.menu == "Nasi, ayam" and log.times == {"siap": "05:30", "olah": "06:00", "kemas": "", "antar": "09:00"}
    again = service.save_day(volunteer, w.pokmas_id, nov(1), [received(s), missed(b, "tidak_di_rumah")], today=TODAY)
    assert (again.added, again.corrected, again.unchanged) == (0, 1, 1)
    history = service.delivery_history(volunteer, b, nov(1))
    assert [(h.record.outcome, h.record.live) for h in history] == [("diterima", False), ("tidak_di_rumah", True)]
    assert history[1].record.supersedes_id == history[0].record.id and history[0].by == "Laptop ini"
    row = next(r for r in service.load_day(volunteer, w.pokmas_id, nov(1)).rows if r.beneficiary_id == b)
    assert row.entry is not None and row.entry.outcome == "tidak_di_rumah" and row.entry.corrected
    # Nothing was updated in place: every delivery row still has version 1.
    assert volunteer.db.execute("SELECT MAX(version) FROM meal_deliveries").fetchone()[0] == 1


def test_recording_is_refused_with_reasons(volunteer: AppContext) -> None:
    w = make_world(volunteer)
    s = w.ids["siti"]
    with pytest.raises(ValidationFailed, match="belum terjadi"):
        service.save_day(volunteer, w.pokmas_id, TODAY + timedelta(days=1), [received(s)], today=TODAY)
    with pytest.raises(ValidationFailed, match="tidak dicentang"):
        service.save_day(volunteer, w.pokmas_id, nov(1), [DeliveryInput(s, "diterima", False, False)], today=TODAY)
    with pytest.raises(ValidationFailed, match="hanya dicentang bila diterima"):
        service.save_day(volunteer, w.pokmas_id, nov(1), [DeliveryInput(s, "pindah", True, False)], today=TODAY)
    with pytest.raises(ValidationFailed, match="tidak terdaftar"):
        service.save_day(volunteer, w.pokmas_id, date(2026, 9, 1), [received(s)], today=TODAY)
    with pytest.raises(ValidationFailed, match="Jam olah"):
        service.save_day(volunteer, w.pokmas_id, nov(1), [received(s)], times={"olah": "25.00"}, today=TODAY)
    assert volunteer.db.execute("SELECT COUNT(*) FROM meal_deliveries").fetchone()[0] == 0


def test_a_second_delivery_is_flagged_never_merged_and_can_be_withdrawn(volunteer: AppContext) -> None:
    w = make_world(volunteer)
    b = w.ids["bambang"]
    service.save_day(volunteer, w.pokmas_id, nov(5), [received(b)], today=TODAY)
    # Only the midday meal, which the first delivery already brought: a possible double.
    with pytest.raises(service.PossibleDouble) as err:
        service.add_delivery(volunteer, w.pokmas_id, nov(5), received(b, morning=False), today=TODAY)
    assert "siang" in str(err.value) and "Bambang Sutrisno" in str(err.value)
    extra = service.add_delivery(volunteer, w.pokmas_id, nov(5), received(b, morning=False), confirmed=True,
                                 today=TODAY)
    doubles = service.double_deliveries(volunteer, w.pokmas_id, nov(1), nov(30))
    assert [(d.name, d.day, d.meals) for d in doubles] == [("Bambang Sutrisno", "2026-11-05", ("siang",))]
    assert volunteer.db.execute("SELECT COUNT(*) FROM meal_deliveries").fetchone()[0] == 2
    row = next(r for r in service.load_day(volunteer, w.pokmas_id, nov(5)).rows if r.beneficiary_id == b)
    assert row.doubles == ("siang",)

    with pytest.raises(ValidationFailed):
        service.void_delivery(volunteer, extra, "  ")
    service.void_delivery(volunteer, extra, "Tercatat dua kali oleh Tono")
    assert service.double_deliveries(volunteer, w.pokmas_id, nov(1), nov(30)) == []
    with pytest.raises(UserError):
        service.void_delivery(volunteer, extra, "sekali lagi dibatalkan")
    states = [(h.record.outcome, h.record.live) for h in service.delivery_history(volunteer, b, nov(5))]
    assert states == [("diterima", True), ("diterima", False), ("batal", True)]


def test_died_or_moved_proposes_ending_and_ending_keeps_the_record(volunteer: AppContext) -> None:
    w = make_world(volunteer)
    a = w.ids["ani"]
    saved = service.save_day(volunteer, w.pokmas_id, nov(3), [missed(a, "meninggal")], today=TODAY)
    assert [(p.name, p.day, p.reason) for p in saved.proposals] == [("Ani Suryani", nov(3), "meninggal")]
    service.end_beneficiary(volunteer, a, nov(3), "meninggal")
    # The last day still lists her (with the outcome that ended her); the next day does not.
    assert a in {r.beneficiary_id for r in service.load_day(volunteer, w.pokmas_id, nov(3)).rows}
    assert a not in {r.beneficiary_id for r in service.load_day(volunteer, w.pokmas_id, nov(4)).rows}
    again = service.save_day(volunteer, w.pokmas_id, nov(3), [missed(a, "meninggal")], today=TODAY)
    assert again.proposals == [] and again.unchanged == 1
    with pytest.raises(ValidationFailed, match="sebelum tanggal mulai"):
        service.end_beneficiary(volunteer, a, date(2026, 9, 1), "meninggal")
    service.resume_beneficiary(volunteer, a)
    assert a in {r.beneficiary_id for r in service.load_day(volunteer, w.pokmas_id, nov(4)).rows}


def test_monthly_recap_matches_the_hand_computed_figures(volunteer: AppContext) -> None:
    w = make_world(volunteer)
    record_five_days(volunteer, w)
    recap = service.monthly_recap(volunteer, w.pokmas_id, 2026, 11)
    assert recap.title == "November 2026" and recap.recorded_days == 5 and recap.unit_cost == 30_000
    by_name = {r.beneficiary_id: r for r in recap.rows}
    for key, expected in EXPECTED.items():
        row = by_name[w.ids[key]]
        missed_expected = {reason: 0 for reason in row.missed} | dict(expected["missed"])  # type: ignore[arg-type]
        assert (row.days_delivered, row.morning, row.midday, row.missed, row.doubles, row.cost) == (
            expected["days"], expected["morning"], expected["midday"], missed_expected, expected["doubles"],
            expected["cost"]), key
    assert (recap.days_delivered, recap.morning, recap.midday, recap.cost) == (
        EXPECTED_TOTAL["days"], EXPECTED_TOTAL["morning"], EXPECTED_TOTAL["midday"], EXPECTED_TOTAL["cost"])
    assert recap.missed == EXPECTED_TOTAL["missed"]
    assert [r.no for r in recap.rows] == [1, 2, 3, 4] and recap.rows[0].nik_masked.startswith("317108******")
    # October: on the roster, nothing recorded, so nothing counted as missed either.
    october = service.monthly_recap(volunteer, w.pokmas_id, 2026, 10)
    assert october.recorded_days == 0 and october.days_delivered == 0 and october.missed["tidak_tercatat"] == 0


def test_distribution_rows_for_the_printed_list(volunteer: AppContext) -> None:
    w = make_world(volunteer)
    record_five_days(volunteer, w)
    rows = service.distribution_rows(volunteer, w.pokmas_id, nov(2), nov(4))
    day2 = [r for r in rows if r.date == nov(2)]
    assert [r.no for r in day2] == [1, 2, 3, 4]
    warsini = next(r for r in day2 if r.name == "Warsini")
    assert (warsini.morning, warsini.midday, warsini.outcome, warsini.kelurahan_name) == (True, False, "diterima",
                                                                                          "Galur")
    assert warsini.nik_masked == "317108******0001" and warsini.rt == "003"
    # Ani's last day is the 3rd; on the 4th she is no longer listed.
    assert "Ani Suryani" in {r.name for r in rows if r.date == nov(3)}
    assert "Ani Suryani" not in {r.name for r in rows if r.date == nov(4)}
    blank = service.distribution_rows(volunteer, w.pokmas_id, nov(20), nov(20))
    assert len(blank) == 3 and all(r.morning is None and r.outcome is None for r in blank)


def test_todays_coverage_for_beranda(volunteer: AppContext) -> None:
    w = make_world(volunteer)
    [c] = service.today_coverage(volunteer, nov(2))
    assert (c.name, c.planned, c.recorded, c.delivered) == ("Pokmas Sehat Bersama", 4, 0, 0)
    service.save_day(volunteer, w.pokmas_id, nov(2), [received(w.ids["siti"]), missed(w.ids["bambang"], "pindah")],
                     today=TODAY)
    [c] = service.today_coverage(volunteer, nov(2))
    assert (c.planned, c.recorded, c.delivered) == (4, 2, 1)


def test_a_new_person_is_mapped_with_the_minimum_household_data(volunteer: AppContext) -> None:
    w = make_world(volunteer, roster=())
    with pytest.raises(ValidationFailed, match="Jenis kelamin"):
        service.map_new_person(volunteer, service.NewPerson(name="Sumirah", kelurahan_code="31.71.08.1004",
                                                             rt="7", rw="2", age_years=81), today=TODAY)
    member_id = service.map_new_person(volunteer, service.NewPerson(
        name="mbah  sumirah", kelurahan_code="31.71.08.1004", rt="7", rw="2", sex=Sex.P, age_years=81), today=TODAY)
    check = service.eligibility(volunteer, w.pokmas_id, member_id, today=TODAY)
    assert check.person.name == "Mbah Sumirah" and check.person.rt == "007" and check.person.lives_alone
    assert [line.code for line in check.lines if not line.passed] == ["nik"]  # no NIK yet: an override is needed

from __future__ import annotations

from datetime import date

import pytest

from psmdesk.domain.meals import (
    Candidate,
    DeliveryInput,
    LiveEntry,
    PokmasInput,
    check_delivery,
    check_eligibility,
    check_end,
    check_enrolment,
    check_pokmas,
    double_meals,
    is_active,
    normalise_time,
    person_age,
)

TODAY = date(2026, 11, 22)


def candidate(**changes: object) -> Candidate:
    values: dict[str, object] = {"birth_date": date(1950, 3, 12), "nik": "3171085203500001", "age_years": None,
                                 "lives_alone": True, "disability": None, "programmes": ()}
    values.update(changes)
    return Candidate(**values)  # type: ignore[arg-type]


def failed(c: Candidate, threshold: int = 60) -> list[str]:
    return [line.code for line in check_eligibility(c, threshold=threshold, today=TODAY) if not line.passed]


def test_every_rule_passes_for_a_lone_elderly_person() -> None:
    lines = check_eligibility(candidate(), threshold=60, today=TODAY)
    assert all(line.passed for line in lines) and lines[0].message == "Umur 76 tahun (batas 60 tahun)."


@pytest.mark.parametrize(("changes", "codes"), [
    ({"lives_alone": False}, ["alone"]),
    ({"programmes": ("pkh", "pbi_jkn")}, ["programme"]),
    ({"programmes": ("bpnt",)}, ["programme"]),
    ({"programmes": ("klj", "pbi_jkn")}, []),
    ({"other_pokmas": ("Pokmas Melati",)}, ["other_pokmas"]),
    ({"nik": None}, ["nik"]),
    ({"birth_date": date(1970, 1, 1)}, ["age"]),
    ({"birth_date": date(1970, 1, 1), "disability": "fisik"}, []),  # lone disabled: any age
    ({"birth_date": None, "nik": None, "age_years": None}, ["age", "nik"]),
])
def test_each_failed_rule_is_its_own_line(changes: dict[str, object], codes: list[str]) -> None:
    assert failed(candidate(**changes)) == codes


def test_age_comes_from_birth_date_else_nik_else_the_stated_age() -> None:
    assert person_age(date(1950, 3, 12), None, None, TODAY) == 76
    assert person_age(None, "3171085203500001", None, TODAY) == 76
    assert person_age(None, None, 81, TODAY) == 81
    assert failed(candidate(birth_date=None), threshold=75) == []
    assert failed(candidate(birth_date=None), threshold=80) == ["age"]


def test_a_failed_check_needs_a_written_reason() -> None:
    lines = check_eligibility(candidate(lives_alone=False), threshold=60, today=TODAY)
    assert [i.code for i in check_enrolment(lines, "  ", TODAY, today=TODAY)] == ["override_required"]
    assert check_enrolment(lines, "Tinggal dengan cucu yang bekerja di luar kota", TODAY, today=TODAY) == []
    assert [i.code for i in check_enrolment(lines, "alasan cukup", None, today=TODAY)] == ["required"]


def test_pokmas_and_end_checks() -> None:
    ok = PokmasInput(name="Pokmas Melati", kecamatan_code="31.71.08", kelurahan_codes=["31.71.08.1001"])
    assert check_pokmas(ok) == []
    assert {i.field for i in check_pokmas(ok.model_copy(update={"contact_phone": "12"}))} == {"contact_phone"}
    assert [i.code for i in check_end(TODAY, TODAY, "pindah")] == []
    assert {i.code for i in check_end(TODAY, date(2026, 1, 1), "liburan")} == {"before_start", "required"}


@pytest.mark.parametrize(("text", "expected"), [
    ("5.30", "05:30"), ("05:30", "05:30"), ("0530", "05:30"), ("6", "06:00"), (" 17.05 ", "17:05"), ("", ""),
    ("24.00", None), ("7.75", None), ("jam 5", None),
])
def test_stage_times(text: str, expected: str | None) -> None:
    assert normalise_time(text) == expected


def test_meals_count_only_when_received() -> None:
    assert check_delivery(DeliveryInput("b", "diterima", True, False)) == []
    assert check_delivery(DeliveryInput("b", "diterima", False, False), "Siti")[0].message.startswith("Siti: ")
    assert check_delivery(DeliveryInput("b", "tidak_di_rumah", False, True))[0].code == "meal_not_received"
    assert check_delivery(DeliveryInput("b", "batal", False, False))[0].code == "outcome"


def test_double_meals_are_found_per_person_day_and_meal() -> None:
    def e(i: str, bid: str, day: str, outcome: str, morning: bool, midday: bool) -> LiveEntry:
        return LiveEntry(i, bid, day, outcome, morning, midday, i)

    entries = [e("1", "a", "d1", "diterima", True, True), e("2", "a", "d1", "diterima", False, True),
               e("3", "a", "d2", "diterima", True, False), e("4", "a", "d2", "diterima", False, True),
               e("5", "b", "d1", "diterima", True, True), e("6", "b", "d1", "batal", False, False)]
    assert double_meals(entries) == {("a", "d1"): ("siang",)}


def test_the_end_date_is_the_last_day_on_the_roster() -> None:
    assert is_active("2026-11-01", None, "2026-11-30")
    assert is_active("2026-11-01", "2026-11-03", "2026-11-03")
    assert not is_active("2026-11-01", "2026-11-03", "2026-11-04")
    assert not is_active("2026-11-01", None, "2026-10-31")

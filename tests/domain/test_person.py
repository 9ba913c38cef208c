from __future__ import annotations

from datetime import date

import pytest

from psmdesk.domain.enums import Sex
from psmdesk.domain.issues import Issue, Severity, ValidationFailed, errors, has_errors, warnings
from psmdesk.domain.person import PersonInput, check_person, suggest_from_nik

TODAY = date(2026, 8, 17)
NIK = "3171084507800003"  # woman born 05/07/1980


def person(**changes: object) -> PersonInput:
    base: dict[str, object] = {
        "nik": NIK, "name": "Siti Aminah", "sex": Sex.P, "birth_date": date(1980, 7, 5), "phone": "081234567890",
    }
    base.update(changes)
    return PersonInput.model_validate(base)


def by_field(issues: list[Issue]) -> dict[str, str]:
    return {i.field: i.code for i in issues}


def test_a_complete_person_is_clean() -> None:
    assert check_person(person(), today=TODAY) == []


def test_only_a_name_sex_and_age_are_needed() -> None:
    p = PersonInput(name="Mbah Karto", sex=Sex.L, age_years=82)
    assert check_person(p, today=TODAY) == []


def test_required_fields() -> None:
    issues = check_person(PersonInput(), today=TODAY)
    assert by_field(issues) == {"name": "required", "sex": "required", "birth_date": "required"}
    assert [i.message for i in issues] == [
        "Nama wajib diisi", "Jenis kelamin wajib dipilih", "Tanggal lahir atau umur wajib diisi",
    ]


@pytest.mark.parametrize("age", [-1, 121, 500])
def test_age_range(age: int) -> None:
    issues = check_person(person(nik=None, birth_date=None, age_years=age), today=TODAY)
    assert by_field(issues) == {"age_years": "range"}


@pytest.mark.parametrize("age", [0, 120])
def test_age_bounds_are_allowed(age: int) -> None:
    assert check_person(person(nik=None, birth_date=None, age_years=age), today=TODAY) == []


def test_birth_date_in_the_future_or_too_old() -> None:
    future = check_person(person(nik=None, birth_date=date(2026, 8, 18)), today=TODAY)
    assert by_field(future) == {"birth_date": "future"}
    old = check_person(person(nik=None, birth_date=date(1900, 1, 1)), today=TODAY)
    assert by_field(old) == {"birth_date": "too_old"}


def test_nik_must_agree_with_the_form() -> None:
    issues = check_person(person(sex=Sex.L, birth_date=date(1980, 7, 6)), today=TODAY)
    assert [i.code for i in issues] == ["birth_date_mismatch", "sex_mismatch"]
    assert all(i.field == "nik" and i.severity is Severity.ERROR for i in issues)


def test_bad_nik_and_phone() -> None:
    issues = check_person(person(nik="123", phone="12345"), today=TODAY)
    assert [(i.field, i.message) for i in issues] == [
        ("nik", "NIK harus 16 angka"),
        ("phone", "Nomor HP tidak valid (contoh: 0812-3456-7890)"),
    ]


def test_stated_age_is_compared_with_the_nik() -> None:
    agrees = check_person(person(birth_date=None, age_years=46), today=TODAY)
    assert agrees == []
    off = check_person(person(birth_date=None, age_years=60), today=TODAY)
    assert [(i.field, i.code, i.severity) for i in off] == [("age_years", "age_mismatch", Severity.WARNING)]
    assert "05/07/1980" in off[0].message


def test_a_century_apart_is_not_an_age_mismatch() -> None:
    # Born 01/01/1925: the NIK's "25" reads as 2025, but 101 is what the volunteer was told.
    p = person(nik="3171080101250001", sex=Sex.L, birth_date=None, age_years=101)
    assert check_person(p, today=TODAY) == []


def test_unknown_region_is_a_warning_only() -> None:
    issues = check_person(person(nik="3171994507800003"), today=TODAY)
    assert not has_errors(issues)
    assert [i.code for i in warnings(issues)] == ["wilayah_unknown"]


def test_suggest_from_nik() -> None:
    assert suggest_from_nik(NIK, today=TODAY) == (Sex.P, date(1980, 7, 5))
    assert suggest_from_nik("3171 0805 0780 0003", today=TODAY) == (Sex.L, date(1980, 7, 5))
    assert suggest_from_nik("3171994507800003", today=TODAY) == (Sex.P, date(1980, 7, 5))
    assert suggest_from_nik("3171087207800003", today=TODAY) == (None, None)
    assert suggest_from_nik("3171084507800000", today=TODAY) == (None, None)
    assert suggest_from_nik("", today=TODAY) == (None, None)
    assert suggest_from_nik(None) == (None, None)


def test_person_input_accepts_form_strings() -> None:
    p = PersonInput.model_validate({"name": "  Siti ", "sex": "P", "birth_date": "1980-07-05"})
    assert (p.name, p.sex, p.birth_date) == ("Siti", Sex.P, date(1980, 7, 5))


def test_validation_failed_summarises_errors_in_indonesian() -> None:
    issues = check_person(PersonInput(nik=NIK, sex=Sex.L, age_years=46), today=TODAY)
    failure = ValidationFailed(issues)
    assert failure.issues == issues
    assert str(failure) == (
        "Data belum bisa disimpan: Nama wajib diisi; "
        "Jenis kelamin tidak sesuai dengan NIK (NIK menunjukkan perempuan)"
    )
    assert NIK not in str(failure)
    single = ValidationFailed([Issue("name", "required", "Nama wajib diisi")])
    assert str(single) == "Nama wajib diisi"
    assert str(ValidationFailed([])) == "Data belum bisa disimpan."


def test_errors_and_warnings_split() -> None:
    warning = Issue("nik", "wilayah_unknown", "w", Severity.WARNING)
    error = Issue("name", "required", "e")
    assert errors([warning, error]) == [error]
    assert warnings([warning, error]) == [warning]
    assert error.is_error and not warning.is_error
    # Services compare with plain strings.
    assert error.severity == "error"

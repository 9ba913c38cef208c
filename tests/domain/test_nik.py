from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psmdesk.domain.enums import Sex
from psmdesk.domain.issues import Severity, ValidationFailed
from psmdesk.domain.nik import check_nik, looks_excel_damaged, mask_nik, normalise_nik

TODAY = date(2026, 8, 17)
VALID = "3171084507800003"  # woman born 05/07/1980, Kec. Johar Baru

KNOWN_CODES = {
    "required", "format", "excel_damaged", "province", "wilayah", "wilayah_unknown", "birth_date",
    "birth_date_future", "serial", "sex_mismatch", "birth_date_mismatch",
}


def codes(value: str, **kwargs: object) -> list[str]:
    return [i.code for i in check_nik(value, today=TODAY, **kwargs).issues]  # type: ignore[arg-type]


def test_valid_nik_is_decoded() -> None:
    check = check_nik(VALID, today=TODAY)
    assert check.ok
    assert check.issues == ()
    assert check.nik == VALID
    assert check.sex is Sex.P
    assert check.birth_date == date(1980, 7, 5)
    assert check.kecamatan_code == "31.71.08"


@pytest.mark.parametrize(
    "typed",
    ["3171 0845 0780 0003", "3171.0845.0780.0003", "3171-0845-0780-0003", "  3171084507800003\n",
     "3171\u00a00845\u00a00780\u00a00003", "３１７１０８４５０７８００００３"],
)
def test_separators_and_full_width_digits_are_normalised(typed: str) -> None:
    check = check_nik(typed, today=TODAY)
    assert check.ok
    assert check.nik == VALID


def test_empty_is_fine_unless_required() -> None:
    assert check_nik("", today=TODAY).ok
    assert check_nik(None, today=TODAY).nik is None
    assert check_nik("   ", today=TODAY).issues == ()
    required = check_nik(" ", required=True, today=TODAY)
    assert not required.ok
    assert [i.message for i in required.issues] == ["NIK wajib diisi"]


@pytest.mark.parametrize("typed", ["317108450780000", "31710845078000031", "31710845O7800003", "NIK saya"])
def test_not_sixteen_digits(typed: str) -> None:
    check = check_nik(typed, today=TODAY)
    assert [i.message for i in check.issues] == ["NIK harus 16 angka"]
    assert check.nik is None


def test_men_keep_the_day_and_women_add_forty() -> None:
    man = check_nik("3171080507800003", today=TODAY)
    assert (man.sex, man.birth_date) == (Sex.L, date(1980, 7, 5))
    woman = check_nik("3171084107800003", today=TODAY)
    assert (woman.sex, woman.birth_date) == (Sex.P, date(1980, 7, 1))


def test_day_71_is_the_31st_for_a_woman() -> None:
    check = check_nik("3171087107800003", today=TODAY)
    assert check.ok
    assert (check.sex, check.birth_date) == (Sex.P, date(1980, 7, 31))


@pytest.mark.parametrize("ddmmyy", ["720780", "400780", "000780", "320780", "311180", "051380", "050080"])
def test_impossible_dates(ddmmyy: str) -> None:
    check = check_nik(f"317108{ddmmyy}0003", today=TODAY)
    assert not check.ok
    assert "Tanggal lahir di NIK tidak valid" in [i.message for i in check.issues]
    assert check.birth_date is None


@pytest.mark.parametrize(
    ("ddmmyy", "expected"),
    [("290200", date(2000, 2, 29)), ("690200", date(2000, 2, 29)), ("290296", date(1996, 2, 29)),
     ("690296", date(1996, 2, 29))],
)
def test_29_february_in_leap_years(ddmmyy: str, expected: date) -> None:
    check = check_nik(f"317108{ddmmyy}0003", today=TODAY)
    assert check.ok
    assert check.birth_date == expected


@pytest.mark.parametrize("ddmmyy", ["290201", "690201", "290290", "690299"])
def test_29_february_in_common_years(ddmmyy: str) -> None:
    assert codes(f"317108{ddmmyy}0003") == ["birth_date"]


def test_serial_0000() -> None:
    assert codes("3171084507800000") == ["serial"]


@pytest.mark.parametrize("nik", ["3100084507800003", "3171004507800003"])
def test_kab_or_kecamatan_00_is_an_error_without_a_region_warning(nik: str) -> None:
    assert codes(nik) == ["wilayah"]
    assert check_nik(nik, today=TODAY).kecamatan_code is None


def test_unknown_province() -> None:
    assert codes("9971084507800003") == ["province"]
    assert codes("0071084507800003") == ["province"]


def test_unknown_kecamatan_is_only_a_warning() -> None:
    check = check_nik("3171994507800003", today=TODAY)
    assert check.ok
    assert [(i.code, i.severity) for i in check.issues] == [("wilayah_unknown", Severity.WARNING)]
    assert check.kecamatan_code == "31.71.99"


@pytest.mark.parametrize(
    "cell",
    ["3.17101E+15", "3,17108E+15", "3.17108e+15", "3.171084508E15", " 3,17108E+15 ", "3171084507800000E+15",
     "3.17108 E+15", "3171084507800003.0", "317108450780000,00"],
)
def test_excel_damaged_forms_are_never_repaired(cell: str) -> None:
    assert looks_excel_damaged(cell)
    check = check_nik(cell, today=TODAY)
    assert check.nik is None
    assert [(i.code, i.message) for i in check.issues] == [
        ("excel_damaged", "NIK rusak karena tersimpan sebagai angka di Excel. Ketik ulang dari Kartu Keluarga.")
    ]


@pytest.mark.parametrize("value", [VALID, "3171.0845.0780.0003", "", "abc", "3171 0845 0780 0003", "E+15"])
def test_ordinary_values_do_not_look_excel_damaged(value: str) -> None:
    assert not looks_excel_damaged(value)


def test_sex_must_agree() -> None:
    assert check_nik(VALID, sex=Sex.P, today=TODAY).ok
    check = check_nik(VALID, sex=Sex.L, today=TODAY)
    assert [i.message for i in check.issues] == [
        "Jenis kelamin tidak sesuai dengan NIK (NIK menunjukkan perempuan)"
    ]
    man = check_nik("3171080507800003", sex=Sex.P, today=TODAY)
    assert man.issues[0].message.endswith("(NIK menunjukkan laki-laki)")


def test_birth_date_must_agree() -> None:
    assert check_nik(VALID, birth_date=date(1980, 7, 5), today=TODAY).ok
    check = check_nik(VALID, birth_date=date(1980, 7, 6), today=TODAY)
    assert [i.message for i in check.issues] == ["Tanggal lahir tidak sesuai dengan NIK (NIK: 05/07/1980)"]


def test_birth_date_in_the_future_is_an_error() -> None:
    # Today's year digits make lokal pick this century: 01/12/2026 has not happened yet.
    check = check_nik("3171080112260001", today=TODAY)
    assert codes("3171080112260001") == ["birth_date_future"]
    assert check.birth_date is None
    assert check_nik("3171080108260001", today=TODAY).birth_date == date(2026, 8, 1)


def test_the_forms_century_wins_when_the_digits_agree() -> None:
    # A 99-year-old: the NIK cannot tell 1926 from 2026, the form can.
    check = check_nik("3171080112260001", birth_date=date(1926, 12, 1), today=TODAY)
    assert check.ok
    assert check.birth_date == date(1926, 12, 1)
    older = check_nik("3171080101250001", birth_date=date(1925, 1, 1), today=TODAY)
    assert older.ok and older.birth_date == date(1925, 1, 1)


def test_century_follows_today() -> None:
    assert check_nik("3171080101300001", today=TODAY).birth_date == date(1930, 1, 1)
    assert check_nik("3171080101300001", today=date(2031, 1, 1)).birth_date == date(2030, 1, 1)


def test_messages_never_contain_the_nik() -> None:
    bad = ["3171084507800000", "3100084507800003", "9971087207800003", "3171994507800003"]
    for nik in bad:
        check = check_nik(nik, sex=Sex.L, birth_date=date(1970, 1, 1), today=TODAY)
        text = str(ValidationFailed(check.issues))
        assert nik not in text
        assert not re.search(r"\d{6}", text)


def test_mask() -> None:
    assert mask_nik(VALID) == "317108******0003"
    assert mask_nik("3171 0845 0780 0003") == "317108******0003"
    assert mask_nik("12345") == "****************"
    assert mask_nik("3.17101E+15") == "****************"
    assert mask_nik(None) == ""
    assert mask_nik("") == ""


def test_normalise_nik() -> None:
    assert normalise_nik("3171-0845-0780-0003") == VALID
    assert normalise_nik("317108") is None


@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_mask_never_reveals_the_middle_digits(nik: str) -> None:
    masked = mask_nik(nik)
    assert masked == nik[:6] + "******" + nik[12:]


@given(st.text(max_size=40))
def test_mask_of_any_text_is_safe(value: str) -> None:
    masked = mask_nik(value)
    digits = normalise_nik(value)
    if digits is None:
        assert masked in ("", "*" * 16)
    else:
        assert masked == digits[:6] + "******" + digits[12:]


@settings(max_examples=300)
@given(
    st.text(alphabet="0123456789", min_size=16, max_size=16),
    st.sampled_from([None, Sex.L, Sex.P]),
    st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=TODAY)),
)
def test_any_sixteen_digits_pass_or_give_indonesian_issues(
    nik: str, sex: Sex | None, birth: date | None
) -> None:
    check = check_nik(nik, sex=sex, birth_date=birth, today=TODAY)
    assert check.nik == nik
    for issue in check.issues:
        assert issue.code in KNOWN_CODES
        assert issue.field == "nik"
        assert nik not in issue.message
        assert "NIK" in issue.message or "Tanggal lahir" in issue.message or "Jenis kelamin" in issue.message
    assert check.ok == (not any(i.severity is Severity.ERROR for i in check.issues))
    if check.ok:
        assert check.sex is not None and check.birth_date is not None


@given(st.text(max_size=30))
def test_any_text_never_raises(value: str) -> None:
    check = check_nik(value, today=TODAY)
    assert all(i.code in KNOWN_CODES for i in check.issues)

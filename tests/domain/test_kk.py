from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psmdesk.domain.issues import Severity
from psmdesk.domain.kk import check_kk

TODAY = date(2026, 8, 17)
VALID = "3171081507200012"  # recorded 15/07/2020 in Kec. Johar Baru


def messages(value: str) -> list[str]:
    return [i.message for i in check_kk(value, today=TODAY).issues]


def test_valid_kk() -> None:
    check = check_kk(VALID, today=TODAY)
    assert check.ok and check.issues == ()
    assert check.no_kk == VALID
    assert check.kecamatan_code == "31.71.08"
    assert check.recorded_on == date(2020, 7, 15)


def test_separators() -> None:
    assert check_kk("3171 0815 0720 0012", today=TODAY).no_kk == VALID
    assert check_kk("3171.0815.0720.0012", today=TODAY).ok


def test_empty_and_required() -> None:
    assert check_kk("", today=TODAY).ok
    assert check_kk(None, today=TODAY).no_kk is None
    check = check_kk("", required=True, today=TODAY)
    assert [(i.field, i.message) for i in check.issues] == [("no_kk", "No. KK wajib diisi")]


def test_field_name_is_used() -> None:
    assert check_kk("123", field="kk", today=TODAY).issues[0].field == "kk"


def test_not_sixteen_digits() -> None:
    assert messages("317108150720001") == ["No. KK harus 16 angka"]


def test_no_plus_forty_in_a_kk_date() -> None:
    # 55 would be a woman's 15th in a NIK; in a No. KK it is no date at all.
    check = check_kk("3171085507200012", today=TODAY)
    assert not check.ok
    assert [i.code for i in check.issues] == ["date"]
    assert check.recorded_on is None


@pytest.mark.parametrize("ddmmyy", ["290219", "310420", "001220", "151320"])
def test_impossible_dates(ddmmyy: str) -> None:
    assert [i.code for i in check_kk(f"317108{ddmmyy}0012", today=TODAY).issues] == ["date"]


def test_leap_day() -> None:
    assert check_kk("3171082902200012", today=TODAY).recorded_on == date(2020, 2, 29)


def test_serial_and_area() -> None:
    assert messages("3171081507200000") == ["4 angka terakhir No. KK tidak boleh 0000"]
    assert messages("3100081507200012") == ["Kode kabupaten/kota dan kecamatan di No. KK tidak boleh 00"]
    assert messages("9971081507200012") == ["Kode provinsi di No. KK (2 angka pertama) tidak dikenal"]


def test_unknown_kecamatan_is_a_warning() -> None:
    check = check_kk("3171991507200012", today=TODAY)
    assert check.ok
    assert [(i.code, i.severity) for i in check.issues] == [("wilayah_unknown", Severity.WARNING)]


@pytest.mark.parametrize("cell", ["3.17108E+15", "3,17108E+15", "3171081507200012.0"])
def test_excel_damage(cell: str) -> None:
    check = check_kk(cell, today=TODAY)
    assert check.no_kk is None
    assert [i.code for i in check.issues] == ["excel_damaged"]
    assert check.issues[0].message.startswith("No. KK rusak karena tersimpan sebagai angka di Excel.")


@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_any_sixteen_digits_never_raise_nor_leak(kk: str) -> None:
    check = check_kk(kk, today=TODAY)
    assert check.no_kk == kk
    assert all(kk not in i.message and "No. KK" in i.message for i in check.issues)

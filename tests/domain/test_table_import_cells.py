"""Cell rules of the spreadsheet import (psmdesk.domain.tabular)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from psmdesk.domain.nik import EXCEL_DAMAGED_CODE
from psmdesk.domain.tabular import (
    cell_text,
    excel_serial_date,
    header_key,
    parse_date_cell,
    parse_identity,
    parse_whole_number,
    split_rt_rw,
)

TODAY = date(2026, 11, 22)
NIK = "3171080507800003"


@pytest.mark.parametrize("value", [
    3.17108e15,  # a number cell as Excel keeps it (15 significant digits at most)
    3171080507800000,  # the 16th digit zeroed by Excel, read back as a whole number
    3171080507800000.0,
    "3,17108E+15",  # what an Indonesian Excel shows, copied as text
    "3.17108E+15",
    "3171080507800003.0",  # a number cell saved by a script
    1.5e16,
])
def test_excel_damaged_nik_is_flagged_never_repaired(value: object) -> None:
    parsed = parse_identity(value, "NIK")  # type: ignore[arg-type]
    assert parsed.value is None and parsed.code == EXCEL_DAMAGED_CODE
    assert parsed.problem is not None and parsed.problem.startswith("NIK rusak oleh Excel (tersimpan sebagai angka")
    assert "3171" not in parsed.problem


@pytest.mark.parametrize("value", [int(NIK), float(NIK), NIK, f"'{NIK}", f" {NIK} ", "3171 0805 0780 0003"])
def test_whole_niks_are_kept(value: object) -> None:
    parsed = parse_identity(value, "NIK")  # type: ignore[arg-type]
    assert parsed.problem is None and str(parsed.value).replace(" ", "") == NIK


def test_other_identity_cells() -> None:
    assert parse_identity(None, "NIK").value is None and parse_identity("  ", "NIK").problem is None
    assert parse_identity(12345, "No. KK").problem == "No. KK harus 16 angka"
    assert parse_identity(date(2020, 1, 1), "NIK").code == "format"
    assert parse_identity("31710805078", "NIK").value == "31710805078"  # the household check says why


@pytest.mark.parametrize(("text", "expected"), [
    ("17/08/1960", date(1960, 8, 17)),
    ("17-08-1960", date(1960, 8, 17)),
    ("17.08.1960", date(1960, 8, 17)),
    ("1960-08-17", date(1960, 8, 17)),
    ("17 Agustus 1960", date(1960, 8, 17)),
    ("17 agt 1960", date(1960, 8, 17)),
    ("Rabu, 17 Agustus 1960", date(1960, 8, 17)),
    ("Jakarta, 17-08-1960", date(1960, 8, 17)),  # a "Tempat/Tgl Lahir" column
    ("17081960", date(1960, 8, 17)),
    ("19600817", date(1960, 8, 17)),
    ("17-08-60", date(1960, 8, 17)),
    ("17/08/60", date(1960, 8, 17)),
    ("17-Agu-60", date(1960, 8, 17)),
    ("01-01-20", date(2020, 1, 1)),
    ("22-11-26", date(2026, 11, 22)),  # today is not the future
    ("23-11-26", date(1926, 11, 23)),  # tomorrow would be: a century back
])
def test_dates_as_offices_type_them(text: str, expected: date) -> None:
    parsed = parse_date_cell(text, label="Tanggal lahir", today=TODAY)
    assert parsed.value == expected and parsed.problem is None
    two_digit = len(text) <= 9 and text[-3] in "-/"
    assert (parsed.note is not None) == two_digit


def test_two_digit_year_is_explained() -> None:
    parsed = parse_date_cell("17-08-60", label="Tanggal lahir", today=TODAY)
    assert parsed.note == "Tahun dua angka '60' dibaca 1960; periksa bila orangnya lebih tua."


def test_excel_serial_numbers_and_date_cells() -> None:
    assert excel_serial_date(1) == date(1900, 1, 1)
    assert excel_serial_date(59) == date(1900, 2, 28)
    assert excel_serial_date(60) is None  # 29/02/1900, Lotus 1-2-3's leap-year bug kept by Excel
    assert excel_serial_date(61) == date(1900, 3, 1)
    assert excel_serial_date(22145) == date(1960, 8, 17)
    assert excel_serial_date(45000.75) == date(2023, 3, 15)  # a time of day is dropped
    assert excel_serial_date(0) is None and excel_serial_date(float("nan")) is None
    read = parse_date_cell
    assert read(22145, label="Tanggal lahir", today=TODAY).value == date(1960, 8, 17)
    assert read(datetime(1960, 8, 17, 0, 0), label="Tanggal lahir", today=TODAY).value == date(1960, 8, 17)
    assert read(date(1960, 8, 17), label="Tanggal lahir", today=TODAY).value == date(1960, 8, 17)
    assert read(1960, label="Tanggal lahir", today=TODAY).problem == \
        "Tanggal lahir hanya berisi tahun (1960); tulis tanggal lengkap"
    assert read(time(8, 0), label="Tanggal lahir", today=TODAY).code == "date"


@pytest.mark.parametrize("text", ["31/02/1960", "17/13/1960", "kemarin", "60", "1960"])
def test_unreadable_dates_are_rejected_with_the_cell(text: str) -> None:
    parsed = parse_date_cell(text, label="Tanggal lahir", today=TODAY)
    assert parsed.value is None and f"'{text}'" in (parsed.problem or "")


@pytest.mark.parametrize(("text", "expected"), [
    ("RT 003/RW 005", ("003", "005")),
    ("RT 03 / RW 05", ("003", "005")),
    ("003/005", ("003", "005")),
    ("3/5", ("003", "005")),
    ("3-5", ("003", "005")),
    ("RT.3 RW.5", ("003", "005")),
    ("rt 3 rw 5", ("003", "005")),
    ("RT003RW005", ("003", "005")),
    ("RT/RW 003/005", ("003", "005")),
    ("Rt. 012 Rw. 03", ("012", "003")),
    ("RT 3", None),
    ("000/005", None),
    ("Jl. Kenari 12/3", None),
    ("", None),
])
def test_rt_rw_in_one_column(text: str, expected: tuple[str, str] | None) -> None:
    assert split_rt_rw(text) == expected


def test_small_helpers() -> None:
    assert header_key("No. K.K.") == "no k k" and header_key("Tgl_Lahir") == "tgl lahir"
    assert header_key("DÉSA") == "desa" and header_key(None) == ""
    assert cell_text(12.0) == "12" and cell_text(datetime(1960, 8, 17)) == "17/08/1960"
    assert cell_text(3.17108e15) == "3.17108E+15" and cell_text("  a   b ") == "a b"
    assert parse_whole_number("7 tahun", label="Umur", low=0, high=120).value == 7
    assert parse_whole_number(11, label="Desil", low=1, high=10).problem == "Desil harus angka 1 sampai 10"

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psmdesk.domain.dates import (
    MONTHS_ID,
    WEEKDAYS_ID,
    age_on,
    format_date,
    format_date_long,
    format_month,
    format_rupiah,
    parse_date,
    parse_rupiah,
)

AUG_17 = date(2026, 8, 17)


def test_formats() -> None:
    assert format_date(AUG_17) == "17/08/2026"
    assert format_date(date(2026, 1, 5)) == "05/01/2026"
    assert format_date_long(AUG_17) == "Senin, 17 Agustus 2026"
    assert format_date_long(date(2026, 8, 23)) == "Minggu, 23 Agustus 2026"
    assert format_date_long(date(2026, 8, 21)) == "Jumat, 21 Agustus 2026"
    assert format_month(2026, 8) == "Agustus 2026"
    assert format_month(2026, 12) == "Desember 2026"


def test_name_lists() -> None:
    assert len(MONTHS_ID) == 12 and MONTHS_ID[0] == "Januari" and MONTHS_ID[4] == "Mei"
    assert len(WEEKDAYS_ID) == 7 and WEEKDAYS_ID[0] == "Senin" and WEEKDAYS_ID[6] == "Minggu"


@pytest.mark.parametrize(
    "typed",
    [
        "17/08/2026", "17-08-2026", "17.08.2026", "2026-08-17", "2026/08/17", "17 Agustus 2026",
        "17 agustus 2026", "17 AGUSTUS 2026", "17 Agu 2026", "17 Agt 2026", "17 Ags 2026", "17 Aug 2026",
        "17 August 2026", "August 17, 2026", "Aug 17 2026", "17-Aug-2026", "17-Agu-2026",
        "Senin, 17 Agustus 2026", " 17/8/2026 ", "2026-08-17T10:30:00", "2026-08-17 00:00:00",
    ],
)
def test_parse_date(typed: str) -> None:
    assert parse_date(typed) == AUG_17


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1 Mei 2026", date(2026, 5, 1)), ("1 May 2026", date(2026, 5, 1)), ("10 Okt 2026", date(2026, 10, 10)),
     ("10 Oct 2026", date(2026, 10, 10)), ("25 Des 2026", date(2026, 12, 25)),
     ("10 Nopember 1945", date(1945, 11, 10)), ("29/02/2024", date(2024, 2, 29))],
)
def test_parse_month_spellings(typed: str, expected: date) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize(
    "typed", ["", None, "31/02/2026", "17/13/2026", "29/02/2026", "17 Agustusan 2026", "17/08/26", "besok", "2026"]
)
def test_parse_date_refuses(typed: str | None) -> None:
    assert parse_date(typed) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_formats_parse_back(d: date) -> None:
    assert parse_date(format_date(d)) == d
    assert parse_date(format_date_long(d)) == d
    assert parse_date(d.isoformat()) == d


def test_age_on() -> None:
    birth = date(1980, 7, 5)
    assert age_on(birth, date(2026, 7, 4)) == 45
    assert age_on(birth, date(2026, 7, 5)) == 46
    assert age_on(birth, birth) == 0
    assert age_on(birth, date(1980, 7, 4)) == -1


def test_age_on_leap_day_birthday() -> None:
    leapling = date(2000, 2, 29)
    assert age_on(leapling, date(2025, 2, 28)) == 24
    assert age_on(leapling, date(2025, 3, 1)) == 25
    assert age_on(leapling, date(2024, 2, 29)) == 24


@pytest.mark.parametrize(
    ("n", "text"),
    [(1_500_000, "Rp1.500.000"), (0, "Rp0"), (999, "Rp999"), (1000, "Rp1.000"), (-1500, "-Rp1.500"),
     (20_000_000, "Rp20.000.000")],
)
def test_format_rupiah(n: int, text: str) -> None:
    assert format_rupiah(n) == text


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("Rp1.500.000", 1_500_000), ("Rp 1.500.000,00", 1_500_000), ("Rp 1.500.000,-", 1_500_000),
        ("1500000", 1_500_000), ("1,5 juta", 1_500_000), ("Rp. 30.000", 30_000), ("-Rp1.500", -1500),
        ("- Rp 1.500", -1500), ("(Rp1.500)", -1500), ("1 500 000", 1_500_000), ("0", 0), ("Rp20 juta", 20_000_000),
    ],
)
def test_parse_rupiah(typed: str, amount: int) -> None:
    assert parse_rupiah(typed) == amount


@pytest.mark.parametrize("typed", ["", None, "abc", "Rp", "1.500,50", "2jtan", "1.000.000.000.000.000.000.000"])
def test_parse_rupiah_refuses(typed: str | None) -> None:
    assert parse_rupiah(typed) is None


def test_parse_rupiah_approximate_when_allowed() -> None:
    assert parse_rupiah("2jtan", allow_approximate=True) == 2_000_000


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_rupiah_round_trip(n: int) -> None:
    assert parse_rupiah(format_rupiah(n)) == n

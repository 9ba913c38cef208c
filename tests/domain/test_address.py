from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from psmdesk.domain.address import Address, build_address, check_address, normalise_rt_rw, parse_latlon
from psmdesk.domain.issues import Issue

GALUR = "31.71.08.1003"


def fields(issues: list[Issue]) -> list[tuple[str, str]]:
    return [(i.field, i.message) for i in issues]


def test_a_good_address_has_no_issues() -> None:
    assert check_address(GALUR, "3", "12") == []
    assert check_address(GALUR, "003", "012", -6.1834, 106.8560) == []


def test_kelurahan_required_and_known() -> None:
    assert fields(check_address("", "1", "1")) == [("kelurahan_code", "Kelurahan wajib dipilih")]
    assert fields(check_address(None, "1", "1")) == [("kelurahan_code", "Kelurahan wajib dipilih")]
    assert fields(check_address("31.71.08.9999", "1", "1")) == [("kelurahan_code", "Kode kelurahan tidak dikenal")]
    # A kecamatan is not a kelurahan.
    assert fields(check_address("31.71.08", "1", "1")) == [("kelurahan_code", "Kode kelurahan tidak dikenal")]


@pytest.mark.parametrize(("typed", "normal"), [
    ("3", "003"), ("03", "003"), ("003", "003"), (" 12 ", "012"), ("RT 3", "003"), ("rw.05", "005"),
    ("RT/007", "007"), (7, "007"), ("999", "999"),
])
def test_rt_rw_normalised(typed: str | int, normal: str) -> None:
    assert normalise_rt_rw(typed) == normal


@pytest.mark.parametrize("typed", ["", None, "0", "000", "1234", "3a", "tiga", "-3"])
def test_rt_rw_refused(typed: str | None) -> None:
    assert normalise_rt_rw(typed) is None


def test_rt_rw_issues() -> None:
    assert fields(check_address(GALUR, "", " ")) == [("rt", "RT wajib diisi"), ("rw", "RW wajib diisi")]
    issues = check_address(GALUR, "1234", "0")
    assert [i.field for i in issues] == ["rt", "rw"]
    assert all("1 sampai 3" in i.message for i in issues)


def test_point_must_be_in_indonesia() -> None:
    assert [i.field for i in check_address(GALUR, "1", "1", 48.85, 2.35)] == ["latitude", "longitude"]
    assert [i.field for i in check_address(GALUR, "1", "1", 106.85, -6.18)] == ["latitude", "longitude"]
    assert [i.field for i in check_address(GALUR, "1", "1", -6.18, 150.0)] == ["longitude"]
    assert [i.field for i in check_address(GALUR, "1", "1", math.nan, 106.8)] == ["latitude"]
    # Corners of the box are inside: Rote, Sabang, Merauke.
    assert check_address(GALUR, "1", "1", -10.9, 140.9) == []
    assert check_address(GALUR, "1", "1", 5.9, 95.3) == []


def test_point_needs_both_numbers() -> None:
    assert [i.field for i in check_address(GALUR, "1", "1", -6.18, None)] == ["longitude"]
    assert [i.field for i in check_address(GALUR, "1", "1", None, 106.8)] == ["latitude"]


def test_build_address_normalises() -> None:
    address, issues = build_address(GALUR, "3", "RW 12", "  Jl.  Galur   Sari ", -6.18, 106.85)
    assert issues == []
    assert address == Address(
        kelurahan_code=GALUR, rt="003", rw="012", street="Jl. Galur Sari", latitude=-6.18, longitude=106.85
    )


def test_build_address_with_problems() -> None:
    address, issues = build_address("", "3", "12")
    assert address is None
    assert [i.field for i in issues] == ["kelurahan_code"]


def test_model_checks_the_shape_only() -> None:
    # A code lokal no longer knows must still load from the database.
    kept = Address(kelurahan_code="31.71.08.9999", rt="1", rw="2")
    assert (kept.rt, kept.rw) == ("001", "002")
    with pytest.raises(ValidationError):
        Address(kelurahan_code="3171081003", rt="1", rw="2")
    with pytest.raises(ValidationError):
        Address(kelurahan_code=GALUR, rt="0", rw="2")
    with pytest.raises(ValidationError):
        Address(kelurahan_code=GALUR, rt="1", rw="2", latitude=50.0, longitude=106.0)


def test_model_is_frozen() -> None:
    address = Address(kelurahan_code=GALUR, rt="1", rw="2")
    with pytest.raises(ValidationError):
        address.rt = "5"  # type: ignore[misc]


@pytest.mark.parametrize(
    "pasted",
    [
        "-6.1834, 106.8560",
        "-6.1834 106.8560",
        "-6.1834,106.8560",
        "  -6.1834 ,  106.8560 ",
        "@-6.1834,106.8560,17z",
        "https://www.google.com/maps/@-6.1834,106.8560,17z",
        "https://www.google.com/maps/place/Galur/@-6.19,106.85,15z/data=!3m1!4b1!8m2!3d-6.1834!4d106.856",
        "https://maps.google.com/?q=-6.1834,106.8560",
        "-6,1834; 106,8560",
    ],
)
def test_parse_latlon(pasted: str) -> None:
    assert parse_latlon(pasted) == (-6.1834, 106.856)


def test_parse_latlon_degrees_minutes_seconds() -> None:
    point = parse_latlon("6°11'00.2\"S 106°51'21.6\"E")
    assert point is not None
    assert point == pytest.approx((-6.18339, 106.856), abs=1e-4)
    assert parse_latlon("106°51'21.6\"T 6°11'00.2\"S") == pytest.approx(point)


@pytest.mark.parametrize("pasted", ["", None, "abc", "Jl. Kenari 12, 3", "95.0, 200.0", "-6.18"])
def test_parse_latlon_refuses(pasted: str | None) -> None:
    assert parse_latlon(pasted) is None


@given(st.text(max_size=60))
def test_parse_latlon_never_raises(text: str) -> None:
    point = parse_latlon(text)
    if point is not None:
        assert -90 <= point[0] <= 90 and -180 <= point[1] <= 180

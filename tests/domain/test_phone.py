from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psmdesk.domain.issues import Severity
from psmdesk.domain.phone import check_phone

INVALID = "Nomor HP tidak valid (contoh: 0812-3456-7890)"


@pytest.mark.parametrize(
    "typed",
    ["0812-3456-7890", "081234567890", "+62 812 3456 7890", "6281234567890", "+62-812-3456-7890",
     "0812 3456 7890", " 0812.3456.7890 ", "812-3456-7890"],
)
def test_mobile_forms(typed: str) -> None:
    check = check_phone(typed)
    assert check.ok and check.issues == ()
    assert check.phone == "0812-3456-7890"
    assert check.whatsapp == "6281234567890"


def test_normalised_value_is_stable() -> None:
    once = check_phone("+6281234567890").phone
    assert once is not None
    assert check_phone(once).phone == once


def test_landline_is_accepted() -> None:
    check = check_phone("021-555-1234")
    assert check.ok
    assert check.phone == "(021) 5551234"
    assert check.whatsapp is None


@pytest.mark.parametrize("empty", ["", "   ", None])
def test_empty_is_ok(empty: str | None) -> None:
    check = check_phone(empty)
    assert check.ok and check.phone is None and check.issues == ()


@pytest.mark.parametrize("typed", ["12345", "08123", "0812345678901234", "abc", "0812-ABCD-7890", "+1 555 1234"])
def test_invalid(typed: str) -> None:
    check = check_phone(typed, field="hp")
    assert not check.ok
    assert check.phone is None
    assert [(i.field, i.message) for i in check.issues] == [("hp", INVALID)]


def test_unknown_prefix_is_a_warning() -> None:
    check = check_phone("0810-1234-5678")
    assert check.ok
    assert check.phone == "0810-1234-5678"
    assert [i.severity for i in check.issues] == [Severity.WARNING]


@given(st.text(max_size=25))
def test_never_raises(value: str) -> None:
    check = check_phone(value)
    assert (check.phone is None) or check.ok

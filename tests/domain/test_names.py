from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psmdesk.domain.names import clean_name, name_error, name_key

RIZKY = "muhammad rizky pratama"


@pytest.mark.parametrize(
    "written",
    [
        "H. Moh. Rizky  Pratama, S.Pd.",
        "muhammad rizky pratama",
        "MUHAMMAD RIZKY PRATAMA",
        "Muhamad Rizky Pratama",
        "Mohammad Rizky Pratama",
        "Mohamad Rizky Pratama",
        "Muhammed Rizky Pratama",
        "Moch. Rizky Pratama",
        "Mochammad Rizky Pratama",
        "Muh. Rizky Pratama",
        "Mhd. Rizky Pratama",
        "M. Rizky Pratama",
        "M Rizky Pratama",
        "Moh.Rizky Pratama",
        "Dr. H. M. Rizky Pratama, S.E., M.M.",
        "Prof. Dr. Ir. Muhammad Rizky Pratama, M.Sc.",
        "Haji Muhammad Rizky Pratama",
        "Drs. Muhammad Rizky Pratama",
        "Muhammad Rizky Pratama, S.Kom",
        "Muhammad Rizky Pratama S.H.",
        "Muhammad Rizky Pratama, A.Md.",
        "  muhammad\trizky\u00a0pratama ",
    ],
)
def test_muhammad_and_title_variants_share_a_key(written: str) -> None:
    assert name_key(written) == RIZKY


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hj. Siti Nur'aini, S.Pd.", "siti nuraini"),
        ("Hajjah Siti Nur’aini", "SITI NURAINI"),
        ("Abd. Rahman", "Abdul Rahman"),
        ("Abd Rahman", "ABDUL RAHMAN"),
        ("Siti-Aminah", "Siti Aminah"),
        ("José Ñandú", "jose nandu"),
        ("dr. Ayu Lestari", "Ayu Lestari"),
        ("Dra. Ayu Lestari", "Ayu Lestari"),
    ],
)
def test_equivalent_spellings(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_different_people_keep_different_keys() -> None:
    assert name_key("Muhammad Rizky") != name_key("Rizky Pratama")
    assert name_key("Siti Aminah") != name_key("Siti Aminah Putri")
    # "M" is Muhammad only as the first word.
    assert name_key("Rizky M Pratama") == "rizky m pratama"


def test_a_lone_title_word_is_kept() -> None:
    assert name_key("Haji") == "haji"
    assert name_key("") == ""
    assert name_key(None) == ""


def test_text_after_a_comma_that_is_not_a_degree_is_kept() -> None:
    assert name_key("Pratama, Rizky") == "pratama rizky"


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("  Siti   Aminah ", "Siti Aminah"),
        ("siti aminah", "Siti Aminah"),
        ("SITI AMINAH", "SITI AMINAH"),
        ("siti AMINAH", "siti AMINAH"),
        ("siti nur'aini", "Siti Nur'aini"),
        ("siti-aminah binti ahmad", "Siti-Aminah binti Ahmad"),
        ("h. moh. rizky, s.pd.", "H. Moh. Rizky, S.Pd."),
        ("Siti\u200bAminah\x00", "Siti Aminah"),
        ("Siti\tAminah\n", "Siti Aminah"),
        ("", ""),
        (None, ""),
    ],
)
def test_clean_name(typed: str | None, clean: str) -> None:
    assert clean_name(typed) == clean


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Nama wajib diisi"),
        ("   ", "Nama wajib diisi"),
        (None, "Nama wajib diisi"),
        ("A", "Nama terlalu pendek"),
        ("A.", "Nama terlalu pendek"),
        ("Siti 2", "Nama tidak boleh berisi angka"),
        ("x" * 101, "Nama terlalu panjang (paling banyak 100 huruf)"),
    ],
)
def test_name_error(typed: str | None, message: str) -> None:
    issue = name_error(typed, field="nama")
    assert issue is not None
    assert (issue.field, issue.message) == ("nama", message)


@pytest.mark.parametrize("ok", ["Jo", "Siti Aminah", "H. Moh. Rizky Pratama, S.Pd.", "Nur'aini", "Sukarno"])
def test_acceptable_names(ok: str) -> None:
    assert name_error(ok) is None


@given(st.text(max_size=60))
def test_clean_name_is_idempotent_and_keys_never_raise(text: str) -> None:
    once = clean_name(text)
    assert clean_name(once) == once
    assert name_key(text) == name_key(text).strip()
    assert "  " not in name_key(text)


@given(st.text(alphabet="AaBbDdHhIiJjKkMmNnOoRrSsUuYyZz ", max_size=40)
       | st.lists(st.sampled_from(["H", "Hj", "Moh", "Muhamad", "M", "Abd", "Siti", "Nur", "SE", "Dr", "  "]),
                  max_size=5).map(" ".join))
def test_plain_names_take_the_short_path_to_the_same_key(text: str) -> None:
    """ASCII letters and spaces are keyed without folding: the words must be what the general
    path makes of them (a bundle import keys every member it receives through this path)."""
    from psmdesk.domain.names import _folded_tokens

    assert text.lower().split() == _folded_tokens(text)

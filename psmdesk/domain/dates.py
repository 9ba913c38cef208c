"""Dates and money the Indonesian way, without the OS locale: an old Windows laptop set to English
must still print "Senin, 17 Agustus 2026" and "Rp1.500.000"."""

from __future__ import annotations

import re
from datetime import date

MONTHS_ID: tuple[str, ...] = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
# Monday first, the order of date.weekday().
WEEKDAYS_ID: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

_MONTH_WORDS: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(MONTHS_ID, start=1)},
    **{name.lower()[:3]: i for i, name in enumerate(MONTHS_ID, start=1)},
    # Old spellings and the abbreviations seen on letters and spreadsheets.
    "pebruari": 2, "peb": 2, "agt": 8, "ags": 8, "agst": 8, "sept": 9, "nopember": 11, "nop": 11,
    # English: spreadsheets exported on English Windows.
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "oct": 10, "december": 12, "dec": 12, "aug": 8,
}

_DMY = re.compile(r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})", re.ASCII)
_YMD = re.compile(r"(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?:[t ][0-9:.]*)?", re.ASCII)
_D_MONTH_Y = re.compile(r"(\d{1,2})[\s./-]*([a-z]+)\.?[\s./-]*(\d{4})", re.ASCII)
_MONTH_D_Y = re.compile(r"([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", re.ASCII)
_WEEKDAY_PREFIX = re.compile(r"^[a-z']+,\s*", re.ASCII)

# Far beyond any amount this app records; also keeps float noise from huge inputs out.
_MAX_RUPIAH = 10**15
_SPACED_THOUSANDS = re.compile(r"(?<=\d)\s+(?=\d{3}(?!\d))", re.ASCII)
_MINUS = re.compile(r"^[-\u2212\u2013]\s*")


def format_date(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_date_long(d: date) -> str:
    return f"{WEEKDAYS_ID[d.weekday()]}, {d.day} {MONTHS_ID[d.month - 1]} {d.year}"


def format_month(year: int, month: int) -> str:
    return f"{MONTHS_ID[month - 1]} {year}"


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(s: str | None) -> date | None:
    """Reads the ways people type a date: 17/08/2026, 17-08-2026, 2026-08-17, 17 Agustus 2026,
    17 Agu 2026, Senin, 17 Agustus 2026, 17 August 2026, Aug 17, 2026. Two-digit years are refused:
    for the elderly the century is exactly what matters."""
    if s is None:
        return None
    text = " ".join(str(s).split()).lower()
    if not text:
        return None
    if m := _DMY.fullmatch(text):
        return _make(int(m[4]), int(m[3]), int(m[1]))
    if m := _YMD.fullmatch(text):
        return _make(int(m[1]), int(m[3]), int(m[4]))
    text = _WEEKDAY_PREFIX.sub("", text)
    if (m := _D_MONTH_Y.fullmatch(text)) and m[2] in _MONTH_WORDS:
        return _make(int(m[3]), _MONTH_WORDS[m[2]], int(m[1]))
    if (m := _MONTH_D_Y.fullmatch(text)) and m[1] in _MONTH_WORDS:
        return _make(int(m[3]), _MONTH_WORDS[m[1]], int(m[2]))
    return None


def age_on(birth: date, on: date) -> int:
    """Completed years. Someone born on 29 February turns a year older on 1 March in common years.
    Negative when `on` is before the birth date."""
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


def format_rupiah(n: int) -> str:
    """1500000 -> "Rp1.500.000", -1500 -> "-Rp1.500" (PUEBI: no space, dot thousands)."""
    import lokal  # lazy: see nik.parse_with_lokal

    return lokal.format_rupiah(int(n))


def parse_rupiah(s: str | None, *, allow_approximate: bool = False) -> int | None:
    """Whole rupiah from "Rp1.500.000", "Rp 1.500.000,-", "1,5 juta", "-Rp1.500", "(Rp1.500)".
    None for empty or unreadable text, for sen ("1.500,50": money here is whole rupiah), and for
    approximate amounts ("2jtan") unless allowed."""
    import lokal

    if s is None:
        return None
    text = " ".join(str(s).split())
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1].strip()
    if m := _MINUS.match(text):
        negative, text = True, text[m.end():]
    text = _SPACED_THOUSANDS.sub("", text)
    if not text:
        return None
    parsed = lokal.parse_rupiah(text)
    if parsed is None or (parsed.approximate and not allow_approximate):
        return None
    amount = parsed.amount
    if isinstance(amount, float):
        if not amount.is_integer():
            return None
        amount = int(amount)
    if abs(amount) > _MAX_RUPIAH:
        return None
    return -amount if negative else amount

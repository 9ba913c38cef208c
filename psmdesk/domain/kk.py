"""No. KK (Kartu Keluarga number): the NIK's area code and serial layout, but digits 7-12 are the
date the card was recorded, with no +40. It changes when the family changes: never use it as a key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from psmdesk.domain.issues import Issue, Severity
from psmdesk.domain.nik import (
    area_serial_issues,
    excel_damaged_issue,
    looks_excel_damaged,
    parse_with_lokal,
    prepare_number_text,
)

NOUN = "No. KK"


@dataclass(frozen=True)
class KkCheck:
    no_kk: str | None
    issues: tuple[Issue, ...] = ()
    kecamatan_code: str | None = None
    #: The recording date in the number; the century is a guess (two-digit year).
    recorded_on: date | None = None

    @property
    def ok(self) -> bool:
        return not any(i.severity == Severity.ERROR for i in self.issues)


def _recorded_on(digits: str, today: date) -> date | None:
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    year = 2000 + yy if yy <= today.year % 100 else 1900 + yy
    try:
        return date(year, month, day)
    except ValueError:
        return None


def check_kk(
    value: str | None, *, field: str = "no_kk", required: bool = False, today: date | None = None
) -> KkCheck:
    text = prepare_number_text(value)
    if not text:
        return KkCheck(None, (Issue(field, "required", "No. KK wajib diisi"),) if required else ())
    if looks_excel_damaged(text):
        return KkCheck(None, (excel_damaged_issue(field, NOUN),))
    today = today or date.today()
    # lokal has no KK parser; its NIK parser checks the same area code and serial. Its date and sex
    # findings are ignored because a KK date has no +40.
    info = parse_with_lokal(text, today)
    if info.nik is None:
        return KkCheck(None, (Issue(field, "format", "No. KK harus 16 angka"),))
    digits = info.nik
    issues = area_serial_issues(info, field=field, noun=NOUN)
    recorded = _recorded_on(digits, today)
    if recorded is None:
        issues.append(Issue(field, "date", "Tanggal pencatatan di No. KK (angka ke-7 s.d. 12) tidak valid"))
    codes = {e.code for e in info.errors}
    kecamatan = info.district_code if not codes & {"province", "wilayah"} else None
    return KkCheck(digits, tuple(issues), kecamatan, recorded)

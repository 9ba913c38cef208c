"""One person as typed on a form (household member, beneficiary, KUBE member), and the checks that
tie name, sex, birth date or age, phone and NIK together."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from psmdesk.domain.dates import age_on, format_date
from psmdesk.domain.enums import Sex
from psmdesk.domain.issues import Issue, Severity
from psmdesk.domain.names import name_error
from psmdesk.domain.nik import check_nik
from psmdesk.domain.phone import check_phone

MAX_AGE = 120


class PersonInput(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    nik: str | None = None
    name: str = ""
    sex: Sex | None = None
    birth_date: date | None = None
    #: Only when the birth date is unknown, which is common for the elderly.
    age_years: int | None = None
    phone: str | None = None


def _ages_agree(stated: int, from_nik: int) -> bool:
    # A NIK's two-digit year cannot tell 1925 from 2025, so an age off by a century still agrees.
    return any(abs(stated - from_nik - shift) <= 1 for shift in (0, 100, -100))


def _birth_issues(p: PersonInput, today: date) -> list[Issue]:
    if p.birth_date is not None:
        if p.birth_date > today:
            return [Issue("birth_date", "future", "Tanggal lahir tidak boleh di masa depan")]
        if age_on(p.birth_date, today) > MAX_AGE:
            message = f"Umur lebih dari {MAX_AGE} tahun. Periksa tanggal lahir."
            return [Issue("birth_date", "too_old", message)]
        return []
    if p.age_years is None:
        return [Issue("birth_date", "required", "Tanggal lahir atau umur wajib diisi")]
    if not 0 <= p.age_years <= MAX_AGE:
        return [Issue("age_years", "range", f"Umur harus 0 sampai {MAX_AGE} tahun")]
    return []


def check_person(p: PersonInput, *, today: date) -> list[Issue]:
    """Errors block saving; warnings (region code unknown, age not matching the NIK) ask to confirm.
    Fields are named like PersonInput's attributes."""
    issues: list[Issue] = []
    problem = name_error(p.name, field="name")
    if problem is not None:
        issues.append(problem)
    if p.sex is None:
        issues.append(Issue("sex", "required", "Jenis kelamin wajib dipilih"))
    issues += _birth_issues(p, today)

    nik = check_nik(p.nik, field="nik", sex=p.sex, birth_date=p.birth_date, today=today)
    issues += nik.issues
    if (
        nik.ok and nik.birth_date is not None and p.birth_date is None and p.age_years is not None
        and not _ages_agree(p.age_years, age_on(nik.birth_date, today))
    ):
        issues.append(Issue(
            "age_years",
            "age_mismatch",
            f"Umur tidak sesuai dengan tanggal lahir di NIK ({format_date(nik.birth_date)})",
            Severity.WARNING,
        ))
    issues += check_phone(p.phone, field="phone").issues
    return issues


def suggest_from_nik(nik: str | None, *, today: date | None = None) -> tuple[Sex | None, date | None]:
    """Sex and birth date a valid NIK implies, for the form to offer (never to overwrite silently).
    The century is a guess: someone born in 1925 gets 2025 and the user must correct it."""
    check = check_nik(nik, today=today)
    if check.nik is None or not check.ok:
        return None, None
    return check.sex, check.birth_date

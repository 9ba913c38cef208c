"""Permakanan Lansia use cases: the Pokmas, the roster and its eligibility, Beranda's coverage.

The daily log lives in `meal_log`, the recap and the printed list's rows in `meal_recap`; they are
re-exported here so callers (screens, CLI, the printing module) import one module."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from psmdesk.domain import choices as ch
from psmdesk.domain.enums import Sex
from psmdesk.domain.household import HouseholdInput, MemberInput
from psmdesk.domain.ids import new_id
from psmdesk.domain.issues import Issue, ValidationFailed, has_errors
from psmdesk.domain.meals import (
    DEFAULT_AGE_THRESHOLD,
    Candidate,
    DeliveryInput,
    EligibilityLine,
    PokmasInput,
    check_eligibility,
    check_end,
    check_enrolment,
    check_pokmas,
    is_eligible,
    person_age,
)
from psmdesk.domain.names import clean_name
from psmdesk.domain.phone import check_phone
from psmdesk.domain.regions import kecamatan_of
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.households import check as check_household
from psmdesk.services.households import save_household
from psmdesk.services.meal_log import (
    DayEntry,
    DayLog,
    DayRow,
    DaySaved,
    DoubleDelivery,
    EndProposal,
    HistoryItem,
    PossibleDouble,
    add_delivery,
    delivery_history,
    double_deliveries,
    load_day,
    save_day,
    void_delivery,
)
from psmdesk.services.meal_recap import (
    BeneficiaryRecap,
    DistributionRow,
    MonthlyRecap,
    distribution_rows,
    monthly_recap,
    recap,
)
from psmdesk.storage import meal_queries as queries
from psmdesk.storage import meals as repo
from psmdesk.storage import meta
from psmdesk.storage.meals import PersonFacts

THRESHOLD_KEY = "meal_age_threshold"

__all__ = [  # the daily log and the recap are re-exported: one module for screens, CLI and printing
    "BeneficiaryRecap", "Coverage", "DayEntry", "DayLog", "DayRow", "DaySaved", "DeliveryInput",
    "DistributionRow", "DoubleDelivery", "Eligibility", "EligibilityLine", "EndProposal", "HistoryItem",
    "MonthlyRecap", "NewPerson", "PokmasInput", "PossibleDouble", "RosterEntry", "add_delivery", "age_threshold",
    "default_kecamatan", "delivery_history", "distribution_rows", "double_deliveries", "eligibility",
    "end_beneficiary", "enrol", "find_people", "get_pokmas", "list_pokmas", "load_day", "map_new_person",
    "monthly_recap", "recap", "resume_beneficiary", "roster", "save_day", "save_pokmas", "set_age_threshold",
    "today_coverage", "update_notes", "void_delivery",
]


# --- Programme rule -----------------------------------------------------------------------------
def age_threshold(ctx: AppContext) -> int:
    raw = meta.get(ctx.db, THRESHOLD_KEY)
    return int(raw) if raw and raw.isdigit() else DEFAULT_AGE_THRESHOLD


def set_age_threshold(ctx: AppContext, years: int) -> None:
    if not 40 <= years <= 100:
        raise ValidationFailed([Issue("threshold", "range", "Batas umur harus antara 40 dan 100 tahun.")])
    with ctx.db.atomic():
        meta.put(ctx.db, THRESHOLD_KEY, str(years))


# --- Pokmas -------------------------------------------------------------------------------------
def default_kecamatan(ctx: AppContext) -> str:
    profile = ctx.profile
    region = kecamatan_of(profile.kelurahan_code) if profile else None
    return region.code if region else ""


def save_pokmas(ctx: AppContext, p: PokmasInput) -> str:
    p = p.model_copy(update={"name": " ".join(p.name.split()), "leader": clean_name(p.leader),
                             "psm_name": clean_name(p.psm_name),
                             "kitchen_address": " ".join(p.kitchen_address.split())})
    issues = check_pokmas(p)
    if has_errors(issues):
        raise ValidationFailed(issues)
    p.contact_phone = check_phone(p.contact_phone).phone or ""
    pokmas_id = p.id or new_id()
    with ctx.transaction() as writer:
        repo.save_pokmas(writer, p, pokmas_id)
    return pokmas_id


def get_pokmas(ctx: AppContext, pokmas_id: str) -> PokmasInput:
    found = repo.load_pokmas(ctx.db, pokmas_id)
    if found is None:
        raise UserError("Pokmas tidak ditemukan.")
    return found


def list_pokmas(ctx: AppContext, *, active_only: bool = False) -> list[PokmasInput]:
    return repo.all_pokmas(ctx.db, active_only=active_only)


# --- Roster -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Eligibility:
    person: PersonFacts
    age: int | None
    lines: list[EligibilityLine]
    on_this_roster: bool = False

    @property
    def eligible(self) -> bool:
        return is_eligible(self.lines)


def _eligibility(ctx: AppContext, person: PersonFacts, pokmas_id: str, today: date,
                 threshold: int) -> Eligibility:
    elsewhere = repo.active_pokmas_of(ctx.db, person.member_id, today.isoformat())
    birth = date.fromisoformat(person.birth_date) if person.birth_date else None
    candidate = Candidate(
        birth_date=birth, nik=person.nik, age_years=person.age_years, lives_alone=person.lives_alone,
        disability=person.disability, programmes=person.programmes,
        other_pokmas=tuple(name for _, pid, name in elsewhere if pid != pokmas_id),
    )
    return Eligibility(person, person_age(birth, person.nik, person.age_years, today),
                       check_eligibility(candidate, threshold=threshold, today=today),
                       any(pid == pokmas_id for _, pid, _ in elsewhere))


def eligibility(ctx: AppContext, pokmas_id: str, member_id: str, *, today: date | None = None) -> Eligibility:
    person = repo.load_person(ctx.db, member_id)
    if person is None:
        raise UserError("Orang ini tidak ada lagi di data keluarga.")
    return _eligibility(ctx, person, pokmas_id, today or date.today(), age_threshold(ctx))


def find_people(ctx: AppContext, pokmas_id: str, text: str = "", *, today: date | None = None,
                limit: int = 100) -> list[Eligibility]:
    """Mapped people of the served kelurahan who could join, with their checks: an empty search
    lists those living alone, oldest first."""
    pokmas = get_pokmas(ctx, pokmas_id)
    people = queries.candidates(ctx.db, pokmas.kelurahan_codes, text, limit=limit, alone_only=not text.strip())
    threshold, today = age_threshold(ctx), today or date.today()
    return [_eligibility(ctx, p, pokmas_id, today, threshold) for p in people]


def enrol(ctx: AppContext, pokmas_id: str, member_id: str, start: date | None, *, override_reason: str = "",
          diet_notes: str = "", health_notes: str = "", today: date | None = None) -> str:
    """Adds a mapped person to the roster. A failed check needs a written override reason."""
    today = today or date.today()
    check = eligibility(ctx, pokmas_id, member_id, today=today)
    get_pokmas(ctx, pokmas_id)
    if check.on_this_roster:
        raise ValidationFailed([Issue("member_id", "already", f"{check.person.name} sudah ada di daftar penerima.")])
    issues = check_enrolment(check.lines, override_reason, start, today=today)
    if has_errors(issues) or start is None:
        raise ValidationFailed(issues)
    values = {
        "pokmas_id": pokmas_id, "member_id": member_id, "household_id": check.person.household_id,
        "start_date": start.isoformat(), "end_date": None, "end_reason": "",
        # An eligible person needs no reason; keeping a stray one would read as an exception.
        "override_reason": "" if check.eligible else override_reason.strip(),
        "diet_notes": diet_notes.strip(), "health_notes": health_notes.strip(),
    }
    with ctx.transaction() as writer:
        return repo.insert_beneficiary(writer, values)


@dataclass(frozen=True)
class RosterEntry:
    row: queries.RosterRow
    age: int | None
    lines: list[EligibilityLine]

    @property
    def eligible(self) -> bool:
        return is_eligible(self.lines)


def roster(ctx: AppContext, pokmas_id: str, *, include_ended: bool = True,
           today: date | None = None) -> list[RosterEntry]:
    today, threshold = today or date.today(), age_threshold(ctx)
    result = []
    for row in queries.roster(ctx.db, pokmas_id, include_ended=include_ended):
        check = _eligibility(ctx, row.person, pokmas_id, today, threshold)
        result.append(RosterEntry(row, check.age, check.lines))
    return result


def _beneficiary(ctx: AppContext, beneficiary_id: str) -> dict[str, object]:
    found = repo.beneficiary_record(ctx.db, beneficiary_id)
    if found is None:
        raise UserError("Penerima tidak ditemukan.")
    return found


def update_notes(ctx: AppContext, beneficiary_id: str, *, diet_notes: str, health_notes: str) -> list[str]:
    _beneficiary(ctx, beneficiary_id)
    with ctx.transaction() as writer:
        return repo.update_beneficiary(writer, beneficiary_id, {"diet_notes": diet_notes.strip(),
                                                                "health_notes": health_notes.strip()})


def end_beneficiary(ctx: AppContext, beneficiary_id: str, end: date | None, reason: str) -> None:
    """The last day on the roster and why; the record and its deliveries stay."""
    record = _beneficiary(ctx, beneficiary_id)
    issues = check_end(date.fromisoformat(str(record["start_date"])), end, reason)
    if has_errors(issues) or end is None:
        raise ValidationFailed(issues)
    with ctx.transaction() as writer:
        repo.update_beneficiary(writer, beneficiary_id, {"end_date": end.isoformat(), "end_reason": reason})


def resume_beneficiary(ctx: AppContext, beneficiary_id: str) -> None:
    """Undoes an end recorded by mistake."""
    _beneficiary(ctx, beneficiary_id)
    with ctx.transaction() as writer:
        repo.update_beneficiary(writer, beneficiary_id, {"end_date": None, "end_reason": ""})


@dataclass(frozen=True)
class NewPerson:
    """The minimum household data to map a person found through the Pokmas."""

    name: str
    kelurahan_code: str
    rt: str
    rw: str
    street: str = ""
    nik: str | None = None
    sex: Sex | None = None
    birth_date: date | None = None
    age_years: int | None = None
    no_kk: str | None = None
    lives_alone: bool = True


def map_new_person(ctx: AppContext, person: NewPerson, *, confirmed: bool = False,
                   today: date | None = None) -> str:
    """A one-member household through the household service (same checks, same duplicate
    search); returns the new member's id. Raises NeedsConfirmation on possible duplicates."""
    profile = ctx.profile
    member = MemberInput(nik=person.nik or None, name=person.name, sex=person.sex, birth_date=person.birth_date,
                         age_years=None if person.birth_date else person.age_years, relation=ch.HEAD,
                         lives_alone=person.lives_alone,
                         marital_status="cerai_mati" if person.lives_alone else None)
    household = HouseholdInput(no_kk=person.no_kk or None, kelurahan_code=person.kelurahan_code,
                               rt=person.rt, rw=person.rw,
                               street=person.street, visit_date=today or date.today(),
                               volunteer=profile.name if profile else "", members=[member],
                               notes="Didata dari Permakanan Lansia.")
    found = check_household(ctx, household, today=today)
    # The minimum data has no No. KK yet: that warning is expected here, a possible duplicate is not.
    expected = all(i.code == "kk_missing" for i in found.warnings) and not found.duplicates
    save_household(ctx, household, confirmed=confirmed or expected, today=today)
    return member.id


# --- Beranda ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Coverage:
    pokmas_id: str
    name: str
    planned: int
    recorded: int
    delivered: int


def today_coverage(ctx: AppContext, day: date | None = None) -> list[Coverage]:
    counts = queries.day_counts(ctx.db, (day or date.today()).isoformat())
    return [Coverage(p.id, p.name, c.planned, c.recorded, c.delivered)
            for p in list_pokmas(ctx, active_only=True) if p.id and (c := counts.get(p.id)) is not None]

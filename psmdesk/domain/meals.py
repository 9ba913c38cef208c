"""Permakanan Lansia: the Pokmas, who may join the roster, and what a day's delivery record means.

No Qt and no SQL: services hand these functions plain values. Deliveries are append-only (a
correction is a new entry naming the one it supersedes), so the rules here work on the *live*
entries, the last of each chain."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel, Field

from psmdesk.domain.choices import Choices, codes, label
from psmdesk.domain.dates import age_on
from psmdesk.domain.issues import Issue
from psmdesk.domain.nik import check_nik
from psmdesk.domain.phone import check_phone

RECEIVED = "diterima"
OUTCOMES: Choices = (
    (RECEIVED, "Diterima"),
    ("tidak_di_rumah", "Tidak di rumah"),
    ("dirawat_rs", "Dirawat di RS"),
    ("meninggal", "Meninggal"),
    ("pindah", "Pindah"),
)
# A correction that withdraws an entry, e.g. one half of a double delivery recorded by mistake.
# Never typed as an outcome: the history dialog creates it, with the reason as its note.
VOID = "batal"
NOT_RECORDED = "tidak_tercatat"
# The volunteer's one keystroke per row (Indonesian initials).
OUTCOME_KEYS: dict[str, str] = {"D": RECEIVED, "T": "tidak_di_rumah", "R": "dirawat_rs", "M": "meninggal",
                                "P": "pindah"}
END_REASONS: Choices = (
    ("meninggal", "Meninggal"),
    ("pindah", "Pindah"),
    ("dirawat_lama", "Dirawat lama"),
    ("mengundurkan_diri", "Mengundurkan diri"),
    ("tidak_memenuhi_syarat", "Tidak memenuhi syarat"),
)
# Outcomes that mean the person will not be served again: the day's save proposes ending them.
ENDING_OUTCOMES: dict[str, str] = {"meninggal": "meninggal", "pindah": "pindah"}
STAGES: Choices = (("siap", "Siap"), ("olah", "Olah"), ("kemas", "Kemas"), ("antar", "Antar"))
DEFAULT_UNIT_COST = 30_000  # national unit cost, rupiah per person per day (two meals)
DEFAULT_AGE_THRESHOLD = 60  # local practice 60-80, national 2023 criteria 75: a setting
BLOCKING_PROGRAMMES: Choices = (("pkh", "PKH"), ("bpnt", "BPNT/Sembako"))
MAX_UNIT_COST = 1_000_000

_KECAMATAN = re.compile(r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}", re.ASCII)
_TIME = re.compile(r"([0-9]{1,2})(?:\s*[:.]?\s*([0-9]{2}))?", re.ASCII)


def outcome_label(code: str | None) -> str:
    if code == VOID:
        return "Dibatalkan"
    if code == NOT_RECORDED:
        return "Tidak tercatat"
    return label(OUTCOMES, code)


# --- Pokmas -------------------------------------------------------------------------------------
class PokmasInput(BaseModel):
    id: str | None = None
    name: str = ""
    kecamatan_code: str = ""
    kelurahan_codes: list[str] = Field(default_factory=list)
    leader: str = ""
    contact_phone: str = ""
    kitchen_address: str = ""
    psm_name: str = ""
    unit_cost: int = DEFAULT_UNIT_COST
    active: bool = True


def check_pokmas(p: PokmasInput) -> list[Issue]:
    issues: list[Issue] = []
    if len(" ".join(p.name.split())) < 3:
        issues.append(Issue("name", "name", "Nama Pokmas wajib diisi."))
    if not _KECAMATAN.fullmatch(p.kecamatan_code):
        issues.append(Issue("kecamatan_code", "kecamatan", "Pilih kecamatan Pokmas."))
    if not p.kelurahan_codes:
        issues.append(Issue("kelurahan_codes", "kelurahan", "Pilih minimal satu kelurahan yang dilayani."))
    elif any(not k.startswith(p.kecamatan_code + ".") for k in p.kelurahan_codes):
        issues.append(Issue("kelurahan_codes", "kelurahan", "Kelurahan yang dilayani harus di kecamatan Pokmas."))
    if not 0 < p.unit_cost <= MAX_UNIT_COST:
        issues.append(Issue("unit_cost", "unit_cost", "Biaya per orang per hari harus antara Rp1 dan Rp1.000.000."))
    issues.extend(check_phone(p.contact_phone, field="contact_phone").issues)
    return issues


def normalise_time(text: str | None) -> str | None:
    """"5.30", "05:30", "0530" -> "05:30", "6" -> "06:00"; "" -> ""; None when not a time of day."""
    value = (text or "").strip()
    if not value:
        return ""
    m = _TIME.fullmatch(value)
    minutes = m[2] or "00" if m else ""
    if not m or int(m[1]) > 23 or int(minutes) > 59:
        return None
    return f"{int(m[1]):02d}:{minutes}"


def check_times(times: dict[str, str]) -> list[Issue]:
    issues = []
    for stage, title in STAGES:
        if normalise_time(times.get(stage, "")) is None:
            issues.append(Issue(f"time_{stage}", "time", f"Jam {title.lower()} tidak dikenali (contoh: 05.30)."))
    return issues


# --- Roster eligibility -------------------------------------------------------------------------
@dataclass(frozen=True)
class Candidate:
    """What the roster knows about a person when checking eligibility."""

    birth_date: date | None
    nik: str | None
    age_years: int | None
    lives_alone: bool
    disability: str | None
    programmes: tuple[str, ...]
    other_pokmas: tuple[str, ...] = ()  # names of other Pokmas where the person is active


@dataclass(frozen=True)
class EligibilityLine:
    code: str
    passed: bool
    message: str


def person_age(birth_date: date | None, nik: str | None, age_years: int | None, today: date) -> int | None:
    """From the birth date, else from the NIK's date part, else the age the volunteer wrote down."""
    if birth_date is not None:
        return age_on(birth_date, today)
    if nik:
        born = check_nik(nik, today=today).birth_date
        if born is not None:
            return age_on(born, today)
    return age_years


def check_eligibility(c: Candidate, *, threshold: int, today: date) -> list[EligibilityLine]:
    """One pass/fail line per rule, each with its Indonesian explanation."""
    lines: list[EligibilityLine] = []
    age = person_age(c.birth_date, c.nik, c.age_years, today)
    if age is None:
        lines.append(EligibilityLine("age", False, "Umur tidak diketahui: isi tanggal lahir atau NIK."))
    elif age >= threshold:
        lines.append(EligibilityLine("age", True, f"Umur {age} tahun (batas {threshold} tahun)."))
    elif c.disability:
        # The programme also serves lone disabled people, whatever their age.
        lines.append(EligibilityLine("age", True,
                                     f"Umur {age} tahun; penyandang disabilitas, batas umur tidak berlaku."))
    else:
        lines.append(EligibilityLine("age", False, f"Umur {age} tahun, di bawah batas {threshold} tahun."))
    if c.lives_alone:
        lines.append(EligibilityLine("alone", True, "Tinggal sendiri."))
    else:
        lines.append(EligibilityLine("alone", False, "Tidak tercatat tinggal sendiri (lihat data keluarga)."))
    on = [title for code, title in BLOCKING_PROGRAMMES if code in c.programmes]
    if on:
        lines.append(EligibilityLine("programme", False, f"Keluarga menerima {', '.join(on)}."))
    else:
        lines.append(EligibilityLine("programme", True, "Tidak menerima PKH atau BPNT/Sembako."))
    if c.other_pokmas:
        lines.append(EligibilityLine("other_pokmas", False, f"Sudah aktif di Pokmas {', '.join(c.other_pokmas)}."))
    else:
        lines.append(EligibilityLine("other_pokmas", True, "Belum terdaftar di Pokmas lain."))
    if c.nik:
        lines.append(EligibilityLine("nik", True, "NIK tercatat."))
    else:
        lines.append(EligibilityLine("nik", False, "NIK belum diisi (perlu untuk daftar penerima)."))
    return lines


def is_eligible(lines: Iterable[EligibilityLine]) -> bool:
    return all(line.passed for line in lines)


def check_enrolment(lines: list[EligibilityLine], override_reason: str, start: date | None,
                    *, today: date) -> list[Issue]:
    """A failed check may be overridden only with a written reason."""
    issues: list[Issue] = []
    if not is_eligible(lines) and len(override_reason.strip()) < 5:
        issues.append(Issue("override_reason", "override_required",
                            "Ada syarat yang tidak terpenuhi: tuliskan alasan pengecualian."))
    if start is None:
        issues.append(Issue("start_date", "required", "Tanggal mulai wajib diisi."))
    elif (start - today).days > 31:
        issues.append(Issue("start_date", "future", "Tanggal mulai paling lambat sebulan dari hari ini."))
    return issues


def check_end(start: date, end: date | None, reason: str) -> list[Issue]:
    issues: list[Issue] = []
    if end is None:
        issues.append(Issue("end_date", "required", "Tanggal berhenti wajib diisi."))
    elif end < start:
        issues.append(Issue("end_date", "before_start", "Tanggal berhenti tidak boleh sebelum tanggal mulai."))
    if reason not in codes(END_REASONS):
        issues.append(Issue("end_reason", "required", "Pilih alasan berhenti."))
    return issues


def is_active(start: str, end: str | None, day: str) -> bool:
    """ISO dates. The end date is the last day on the roster: a person who died on the day of
    delivery still appears on that day's checklist, with the outcome that ended them."""
    return start <= day and (not end or day <= end)


# --- Deliveries ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class DeliveryInput:
    beneficiary_id: str
    outcome: str
    morning: bool
    midday: bool
    handed_by: str = ""
    note: str = ""


def check_delivery(d: DeliveryInput, name: str = "") -> list[Issue]:
    who = f"{name}: " if name else ""
    field = f"delivery[{d.beneficiary_id}]"
    if d.outcome not in codes(OUTCOMES):
        return [Issue(field, "outcome", f"{who}hasil pengantaran tidak dikenal.")]
    if d.outcome == RECEIVED and not (d.morning or d.midday):
        return [Issue(field, "no_meal", f"{who}diterima, tetapi makan pagi dan siang tidak dicentang.")]
    if d.outcome != RECEIVED and (d.morning or d.midday):
        return [Issue(field, "meal_not_received", f"{who}makanan hanya dicentang bila diterima.")]
    return []


@dataclass(frozen=True)
class LiveEntry:
    """A delivery entry no other entry supersedes."""

    id: str
    beneficiary_id: str
    date: str
    outcome: str
    morning: bool
    midday: bool
    hlc: str


def double_meals(entries: Iterable[LiveEntry]) -> dict[tuple[str, str], tuple[str, ...]]:
    """(beneficiary, date) -> the meals ("pagi", "siang") that two or more live entries both
    claim: a possible double distribution, shown to a person and never merged away."""
    counts: dict[tuple[str, str], list[int]] = {}
    for e in entries:
        if e.outcome == VOID:
            continue
        pair = counts.setdefault((e.beneficiary_id, e.date), [0, 0])
        pair[0] += e.morning
        pair[1] += e.midday
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for key, (morning, midday) in counts.items():
        meals = tuple(m for m, n in (("pagi", morning), ("siang", midday)) if n > 1)
        if meals:
            found[key] = meals
    return found

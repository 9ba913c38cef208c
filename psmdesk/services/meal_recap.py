"""The monthly recap and the rows of the printed distribution list, as plain dataclasses.

The screen and the printing module read the same figures. Counting rules, per person and day,
over the live entries (withdrawn ones count as nothing):
- delivered: some entry says diterima; its meals are counted once each, however many entries;
- missed: no diterima entry; the reason is the outcome of the newest entry;
- not recorded: the Pokmas recorded that day, the person was on the roster, and no entry exists;
- cost: days delivered x the Pokmas's unit cost (rupiah per person per day)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from psmdesk.domain.dates import MONTHS_ID, format_date
from psmdesk.domain.meals import NOT_RECORDED, OUTCOMES, RECEIVED, VOID, is_active
from psmdesk.domain.nik import mask_nik
from psmdesk.domain.regions import get_region
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.storage import meal_queries as queries
from psmdesk.storage import meals as repo
from psmdesk.storage.meal_queries import RosterRow

MISS_REASONS: tuple[str, ...] = (*(code for code, _ in OUTCOMES if code != RECEIVED), NOT_RECORDED)


@lru_cache(maxsize=512)
def kelurahan_name(code: str) -> str:
    region = get_region(code)
    return region.name if region else code


@dataclass(frozen=True)
class BeneficiaryRecap:
    no: int
    beneficiary_id: str
    name: str
    nik_masked: str
    kelurahan_code: str
    kelurahan_name: str
    rt: str
    rw: str
    street: str
    start_date: str
    end_date: str | None
    end_reason: str
    days_delivered: int
    morning: int
    midday: int
    missed: dict[str, int]  # reason (MISS_REASONS) -> days
    doubles: int  # days with a possible double distribution
    cost: int

    @property
    def days_missed(self) -> int:
        return sum(self.missed.values())


@dataclass(frozen=True)
class MonthlyRecap:
    pokmas_id: str
    pokmas_name: str
    kecamatan_code: str
    kelurahan_codes: tuple[str, ...]
    unit_cost: int
    start: date
    end: date
    recorded_days: int  # days the Pokmas recorded anything
    rows: list[BeneficiaryRecap] = field(default_factory=list)

    @property
    def title(self) -> str:
        """"Mei 2026" for a calendar month, else the two dates."""
        whole = self.start.day == 1 and (self.end + timedelta(days=1)).day == 1 and self.start.month == self.end.month
        if whole:
            return f"{MONTHS_ID[self.start.month - 1]} {self.start.year}"
        return f"{format_date(self.start)} - {format_date(self.end)}"

    @property
    def beneficiaries(self) -> int:
        return len(self.rows)

    @property
    def days_delivered(self) -> int:
        return sum(r.days_delivered for r in self.rows)

    @property
    def morning(self) -> int:
        return sum(r.morning for r in self.rows)

    @property
    def midday(self) -> int:
        return sum(r.midday for r in self.rows)

    @property
    def missed(self) -> dict[str, int]:
        return {reason: sum(r.missed[reason] for r in self.rows) for reason in MISS_REASONS}

    @property
    def doubles(self) -> int:
        return sum(r.doubles for r in self.rows)

    @property
    def cost(self) -> int:
        return sum(r.cost for r in self.rows)


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    if not 1 <= month <= 12:
        raise UserError("Bulan harus 1 sampai 12.")
    start = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return start, following - timedelta(days=1)


def monthly_recap(ctx: AppContext, pokmas_id: str, year: int, month: int) -> MonthlyRecap:
    start, end = _month_bounds(year, month)
    return recap(ctx, pokmas_id, start, end)


def _in_period(b: RosterRow, start: str, end: str) -> bool:
    return b.start_date <= end and (not b.end_date or b.end_date >= start)


def recap(ctx: AppContext, pokmas_id: str, start: date, end: date) -> MonthlyRecap:
    """Per beneficiary and in total, for any date range (a month, or a year for the benchmark)."""
    pokmas = repo.load_pokmas(ctx.db, pokmas_id)
    if pokmas is None or pokmas.id is None:
        raise UserError("Pokmas tidak ditemukan.")
    s, e = start.isoformat(), end.isoformat()
    counts = queries.recap_counts(ctx.db, pokmas_id, s, e)
    recorded = sorted(queries.recorded_days(ctx.db, pokmas_id, s, e))
    result = MonthlyRecap(pokmas.id, pokmas.name, pokmas.kecamatan_code, tuple(pokmas.kelurahan_codes),
                          pokmas.unit_cost, start, end, len(recorded))
    people = [b for b in queries.roster(ctx.db, pokmas_id) if b.id in counts or _in_period(b, s, e)]
    for number, b in enumerate(people, start=1):
        c = counts.get(b.id) or queries.RecapCounts(0, 0, 0, 0, {}, 0)
        # Recorded days while on the roster, minus those with an entry: days nobody wrote down.
        on_roster = bisect_right(recorded, b.end_date or "9999-12-31") - bisect_left(recorded, b.start_date)
        reasons = {reason: c.missed.get(reason, 0) for reason in MISS_REASONS}
        reasons[NOT_RECORDED] = max(on_roster - c.days_on_roster, 0)
        p = b.person
        result.rows.append(BeneficiaryRecap(
            number, b.id, p.name, mask_nik(p.nik), p.kelurahan_code, kelurahan_name(p.kelurahan_code), p.rt, p.rw,
            p.street, b.start_date, b.end_date, b.end_reason, c.days_delivered, c.morning, c.midday,
            reasons, c.doubles, c.days_delivered * pokmas.unit_cost,
        ))
    return result


@dataclass(frozen=True)
class DistributionRow:
    """One line of the printed distribution list (signed or thumb-printed on delivery).
    The meal and outcome fields are None while the day is not recorded yet (a blank form)."""

    no: int
    date: date
    beneficiary_id: str
    name: str
    nik_masked: str
    street: str
    rt: str
    rw: str
    kelurahan_code: str
    kelurahan_name: str
    morning: bool | None
    midday: bool | None
    outcome: str | None
    handed_by: str


def distribution_rows(ctx: AppContext, pokmas_id: str, start: date, end: date) -> list[DistributionRow]:
    """Per date, everyone on the roster that day in route order, numbered from 1 each day."""
    if end < start or (end - start).days > 366:
        raise UserError("Rentang tanggal daftar distribusi tidak sah (paling lama satu tahun).")
    s, e = start.isoformat(), end.isoformat()
    newest: dict[tuple[str, str], tuple[str, bool, bool]] = {}
    for entry in queries.live_entries(ctx.db, pokmas_id, s, e):
        if entry.outcome != VOID:
            old = newest.get((entry.beneficiary_id, entry.date))
            # Several live entries (a double): the meals of all of them, the newest outcome.
            newest[(entry.beneficiary_id, entry.date)] = (
                entry.outcome if not old or old[0] != RECEIVED else old[0],
                entry.morning or bool(old and old[1]), entry.midday or bool(old and old[2]))
    handed = queries.handed_by(ctx.db, pokmas_id, s, e)
    people = queries.roster(ctx.db, pokmas_id)
    rows: list[DistributionRow] = []
    day = start
    while day <= end:
        iso = day.isoformat()
        number = 0
        for b in people:
            found = newest.get((b.id, iso))
            if not (is_active(b.start_date, b.end_date, iso) or found):
                continue
            number += 1
            p = b.person
            rows.append(DistributionRow(
                number, day, b.id, p.name, mask_nik(p.nik), p.street, p.rt, p.rw, p.kelurahan_code,
                kelurahan_name(p.kelurahan_code), found[1] if found else None, found[2] if found else None,
                found[0] if found else None, handed.get((b.id, iso), ""),
            ))
        day += timedelta(days=1)
    return rows


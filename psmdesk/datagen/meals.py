"""Invented Permakanan days: menus, stage times, who hands the meals over, and the misses a Pokmas
meets (not at home, a stay in hospital, a move away). Deterministic for a seed.

Also the two measurements of the meals module, for the benchmark harness to call:
`measure_meals(root)` records a 200-delivery day and recaps a Pokmas-year (73,000 deliveries)."""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from psmdesk.datagen import names as n
from psmdesk.domain.meals import RECEIVED, DeliveryInput

if TYPE_CHECKING:
    from psmdesk.services.context import AppContext
    from psmdesk.services.meal_recap import MonthlyRecap

MAINS = ("ayam goreng", "ikan bandeng presto", "telur balado", "pepes ikan", "semur daging", "ayam bakar",
         "ikan kembung goreng", "perkedel daging", "ayam kecap", "tahu isi")
SIDES = ("tempe orek", "tahu bacem", "sayur asem", "sayur bening bayam", "capcay", "sayur lodeh", "tumis kangkung",
         "sop sayur", "oseng buncis", "urap sayur")
FRUITS = ("pisang", "pepaya", "jeruk", "semangka", "melon")


@dataclass
class DayPlan:
    menu: str
    times: dict[str, str]
    entries: list[DeliveryInput] = field(default_factory=list)


class MealDayGenerator:
    """Outcomes per person and day: mostly received; now and then not at home; a few stays in
    hospital lasting several days. `moves` holds (beneficiary, date) of a move away."""

    def __init__(self, seed: int, beneficiary_ids: list[str], *, moves: dict[str, date] | None = None) -> None:
        self.rng = random.Random(seed)
        self.ids = beneficiary_ids
        self.moves = moves or {}
        self.handers = [f"{self.rng.choice(n.FEMALE_FIRST)} {self.rng.choice(n.FAMILY)}" for _ in range(3)]
        self._hospital: dict[str, int] = {}  # days of stay left

    def menu(self) -> str:
        rng = self.rng
        return f"Nasi, {rng.choice(MAINS)}, {rng.choice(SIDES)}, {rng.choice(FRUITS)}"

    def times(self) -> dict[str, str]:
        start = 5 * 60 + self.rng.randint(0, 40)
        steps = (0, self.rng.randint(20, 40), self.rng.randint(120, 160), self.rng.randint(170, 210))
        return {stage: f"{(start + s) // 60:02d}:{(start + s) % 60:02d}"
                for stage, s in zip(("siap", "olah", "kemas", "antar"), steps, strict=True)}

    def outcome(self, beneficiary_id: str, day: date) -> str:
        moved = self.moves.get(beneficiary_id)
        if moved is not None and day == moved:
            return "pindah"
        left = self._hospital.get(beneficiary_id, 0)
        if left:
            self._hospital[beneficiary_id] = left - 1
            return "dirawat_rs"
        roll = self.rng.random()
        if roll < 0.002:
            self._hospital[beneficiary_id] = self.rng.randint(2, 6)
            return "dirawat_rs"
        return "tidak_di_rumah" if roll < 0.03 else RECEIVED

    def day(self, day: date, active: list[str]) -> DayPlan:
        plan = DayPlan(self.menu(), self.times())
        hander = self.rng.choice(self.handers)
        for bid in active:
            outcome = self.outcome(bid, day)
            received = outcome == RECEIVED
            plan.entries.append(DeliveryInput(bid, outcome, received, received, hander if received else "",
                                              "" if received or outcome != "tidak_di_rumah" else "Rumah terkunci"))
        return plan


# --- Measurements -------------------------------------------------------------------------------
@dataclass
class MealTimings:
    """Medians in milliseconds, each with its floor measured in the same run (see performance.md)."""

    record_day_ms: float  # save_day of `beneficiaries` deliveries into a database holding a year
    record_floor_ms: float  # plain executemany of the same number of rows + commit
    month_recap_ms: float  # monthly_recap of one month
    year_recap_ms: float  # recap over the whole year (every delivery of the Pokmas)
    recap_floor_ms: float  # plain SELECT of the year's delivery rows, no supersession, no counting
    show_year_ms: float | None  # the year recap plus the screen's rendering, when `show` was given
    deliveries: int

    def table(self) -> str:
        rows = [("record a day", self.record_day_ms, self.record_floor_ms, 100.0),
                ("recap a Pokmas-year", self.year_recap_ms, self.recap_floor_ms, 300.0)]
        lines = ["| scenario | ours ms | floor ms | ratio | target ms |", "|---|---|---|---|---|"]
        lines += [f"| {name} | {ours:.1f} | {floor:.1f} | {ours / floor:.1f} | <= {target:.0f} |"
                  for name, ours, floor, target in rows]
        return "\n".join(lines)


def build_year(ctx: AppContext, *, beneficiaries: int = 200, days: int = 365, seed: int = 1,
               first_day: date = date(2025, 1, 1)) -> tuple[str, list[str]]:
    """A Pokmas with `beneficiaries` lone elderly people and `days` days recorded through the
    services, one save per day. Returns (Pokmas id, beneficiary ids)."""
    from psmdesk.datagen.households import HouseholdGenerator
    from psmdesk.domain.enums import Sex
    from psmdesk.domain.household import HouseholdInput
    from psmdesk.domain.meals import PokmasInput
    from psmdesk.services.households import save_household
    from psmdesk.services.meals import enrol, save_day, save_pokmas

    kelurahan = ["31.71.08.1001", "31.71.08.1002", "31.71.08.1003", "31.71.08.1004"]
    pokmas_id = save_pokmas(ctx, PokmasInput(name="Pokmas Uji Kinerja", kecamatan_code="31.71.08",
                                             kelurahan_codes=kelurahan))
    people = HouseholdGenerator(seed, kelurahan, first_day)
    rng = random.Random(seed)
    ids: list[str] = []
    with ctx.db.atomic():
        for i in range(beneficiaries):
            kel = kelurahan[i % len(kelurahan)]
            member = people.person(kel, Sex.P if rng.random() < 0.6 else Sex.L, rng.randint(60, 88),
                                   "kepala_keluarga", None)
            member.lives_alone = True
            save_household(ctx, HouseholdInput(kelurahan_code=kel, rt=f"{rng.randint(1, 15):03d}",
                                               rw=f"{rng.randint(1, 12):03d}", members=[member]),
                           confirmed=True, today=first_day)
            ids.append(enrol(ctx, pokmas_id, member.id, first_day, override_reason="data uji kinerja",
                             today=first_day))
    generator = MealDayGenerator(seed, ids)
    last = first_day + timedelta(days=days - 1)
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        plan = generator.day(day, ids)
        save_day(ctx, pokmas_id, day, plan.entries, menu=plan.menu, times=plan.times, today=last)
    return pokmas_id, ids


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure_meals(root: Path | None = None, *, beneficiaries: int = 200, days: int = 365, seed: int = 1,
                  runs: int = 5, show: Callable[[MonthlyRecap], None] | None = None) -> MealTimings:
    """Builds a Pokmas-year in a fresh data folder (all but the last `runs` days), then times
    recording each remaining day and the recaps, each against a floor. `show` is the screen's
    rendering of a recap (the benchmark passes the Qt table's fill) so "on screen" includes it."""
    from psmdesk.domain.regions import warm_up
    from psmdesk.paths import AppPaths
    from psmdesk.services.context import open_app
    from psmdesk.services.meals import monthly_recap, recap, save_day
    from psmdesk.services.setup import setup

    warm_up()  # region names are loaded at app start, not on the first recap
    folder = Path(tempfile.mkdtemp(prefix="psmdesk-meals-")) if root is None else root
    ctx = open_app(AppPaths.resolve(folder / "meals-bench"))
    try:
        setup(ctx, "relawan", "Bench Relawan", "31.71.08.1001")
        first = date(2025, 1, 1)
        pokmas_id, ids = build_year(ctx, beneficiaries=beneficiaries, days=days - runs, seed=seed, first_day=first)
        last = first + timedelta(days=days - 1)
        generator = MealDayGenerator(seed + 1, ids)
        record, floor = [], []
        columns = [r[1] for r in ctx.db.execute("PRAGMA table_info(meal_deliveries)")]
        ctx.db.execute("CREATE TEMP TABLE floor_rows AS SELECT * FROM meal_deliveries WHERE 0")
        sample = ctx.db.execute(f"SELECT * FROM meal_deliveries LIMIT {beneficiaries}").fetchall()
        for offset in range(runs):
            day = last - timedelta(days=runs - 1 - offset)
            plan = generator.day(day, ids)
            started = time.perf_counter()
            save_day(ctx, pokmas_id, day, plan.entries, menu=plan.menu, times=plan.times, today=last)
            record.append((time.perf_counter() - started) * 1000)

            def plain() -> None:
                with ctx.db.atomic():
                    ctx.db.conn.executemany(f"INSERT INTO floor_rows VALUES ({', '.join('?' * len(columns))})",
                                            sample)
            floor.append(_median_ms(plain, 1))
        month_ms = _median_ms(lambda: monthly_recap(ctx, pokmas_id, 2025, 7), runs)
        year_ms = _median_ms(lambda: recap(ctx, pokmas_id, first, last), runs)
        recap_floor = _median_ms(lambda: ctx.db.execute(
            "SELECT beneficiary_id, date, outcome, morning, midday FROM meal_deliveries WHERE pokmas_id = ?"
            " AND date BETWEEN ? AND ?", [pokmas_id, first.isoformat(), last.isoformat()]).fetchall(), runs)
        show_ms = None
        if show is not None:
            show_ms = _median_ms(lambda: show(recap(ctx, pokmas_id, first, last)), runs)
        year = recap(ctx, pokmas_id, first, last)
        deliveries = sum(r.days_delivered + r.days_missed for r in year.rows)
        return MealTimings(statistics.median(record), statistics.median(floor), month_ms, year_ms, recap_floor,
                           show_ms, deliveries)
    finally:
        ctx.close()
        if root is None:
            shutil.rmtree(folder, ignore_errors=True)  # a Pokmas-year is ~240 MB with its audit log

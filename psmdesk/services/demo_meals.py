"""Demo Permakanan data: the Johar Baru Pokmas, a roster of lone elderly people taken from the
demo households of its four kelurahan, and about four months of days recorded through the same
services as the screens, with misses, one correction and one beneficiary who moved away.

Deterministic for a seed (names, roster, outcomes); today is left for the volunteer to record."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from psmdesk.datagen import names as n
from psmdesk.datagen.meals import MealDayGenerator
from psmdesk.domain.meals import DeliveryInput, PokmasInput
from psmdesk.services.context import AppContext
from psmdesk.services.meals import (
    end_beneficiary,
    enrol,
    find_people,
    load_day,
    save_day,
    save_pokmas,
)

JOHAR_BARU_POKMAS = ["31.71.08.1001", "31.71.08.1002", "31.71.08.1003", "31.71.08.1004"]
DAYS = 120
ROSTER = 24
CHUNK_DAYS = 30  # one commit per month of days: an fsync per day would dominate


@dataclass
class MealsDemoSummary:
    pokmas: int = 0
    beneficiaries: int = 0
    deliveries: int = 0


def fill_meals_demo(ctx: AppContext, *, seed: int = 1, today: date | None = None,
                    cancelled: Callable[[], bool] | None = None) -> MealsDemoSummary:
    summary = MealsDemoSummary()
    today = today or date.today()
    rng = random.Random(seed * 7919)
    profile = ctx.profile
    pokmas_id = save_pokmas(ctx, PokmasInput(
        name="Pokmas Dapur Sehat Johar Baru", kecamatan_code="31.71.08", kelurahan_codes=JOHAR_BARU_POKMAS,
        leader=f"{rng.choice(n.FEMALE_FIRST)} {rng.choice(n.FAMILY)}",
        contact_phone=f"0813{rng.randint(10**7, 10**8 - 1)}",
        kitchen_address=f"Jl. Johar Baru V No. {rng.randint(2, 90)}, RT 004/RW 006",
        psm_name=profile.name if profile else "", unit_cost=30_000,
    ))
    summary.pokmas = 1
    first = today - timedelta(days=DAYS)
    people = find_people(ctx, pokmas_id, today=first)
    chosen = [p for p in people if p.eligible][:ROSTER - 1]
    # One exception, as the field sees them: on BPNT, yet served with a written reason.
    exception = next((p for p in people if not p.eligible and all(
        line.passed or line.code == "programme" for line in p.lines)), None)
    ids: list[str] = []
    starts: dict[str, date] = {}
    for index, person in enumerate(chosen):
        start = first if index % 6 else first + timedelta(days=rng.randint(10, 60))  # some joined later
        bid = enrol(ctx, pokmas_id, person.person.member_id, start, today=start)
        ids.append(bid)
        starts[bid] = start
    if exception is not None:
        bid = enrol(ctx, pokmas_id, exception.person.member_id, first,
                    override_reason="BPNT keluarga sudah berhenti sejak bulan lalu; menunggu pemutakhiran data.",
                    diet_notes="Makanan lunak, tanpa sambal.", today=first)
        ids.append(bid)
        starts[bid] = first
    summary.beneficiaries = len(ids)
    if not ids:
        return summary
    mover = next(b for b in ids[len(ids) // 2:] + ids if starts[b] == first)
    moved_on = first + timedelta(days=rng.randint(40, 70))
    generator = MealDayGenerator(seed, ids, moves={mover: moved_on})
    day = first
    while day < today:
        if cancelled and cancelled():
            return summary
        with ctx.db.atomic():
            for _ in range(CHUNK_DAYS):
                if day >= today:
                    break
                active = [b for b in ids if starts[b] <= day and not (b == mover and day > moved_on)]
                plan = generator.day(day, active)
                save_day(ctx, pokmas_id, day, plan.entries, menu=plan.menu, times=plan.times, today=today)
                summary.deliveries += len(plan.entries)
                if day == moved_on:
                    end_beneficiary(ctx, mover, moved_on, "pindah")
                day += timedelta(days=1)
    _correct_one(ctx, pokmas_id, today - timedelta(days=3), today)
    return summary


def _correct_one(ctx: AppContext, pokmas_id: str, day: date, today: date) -> None:
    """A correction as volunteers make them: the first person was in fact not at home."""
    log = load_day(ctx, pokmas_id, day)
    row = next((r for r in log.rows if r.entry and r.entry.outcome == "diterima"), None)
    if row is not None:
        save_day(ctx, pokmas_id, day, [DeliveryInput(row.beneficiary_id, "tidak_di_rumah", False, False, "",
                                                     "Koreksi: ternyata sedang ke rumah anaknya")], today=today)

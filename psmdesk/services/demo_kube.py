"""KUBE demo data, through the KUBE services: the cassava group of Cipedak with a year of records
and a dozen groups in Kecamatan Johar Baru that grow, stall or have just started. Members are
families of the demo households, so household mapping must have run first."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import date, timedelta

from psmdesk.datagen.kube import CIPEDAK, KubeGenerator, Plan
from psmdesk.domain.kube import MAX_AGE, MIN_AGE, KubeMemberInput
from psmdesk.domain.kube_cash import CashInput
from psmdesk.services import kube as service
from psmdesk.services import kube_book as book
from psmdesk.services.context import AppContext
from psmdesk.services.kube import FamilyChoice

log = logging.getLogger(__name__)


def _representative(family: FamilyChoice, rng: random.Random, elder: bool) -> str | None:
    """The head or the spouse, whoever is of working age; an elder on purpose for one group."""
    people = family.people[:2]
    if elder:
        return next((pid for pid, _, age in people if age and age > MAX_AGE), None)
    fit = [pid for pid, _, age in people if age is not None and MIN_AGE <= age <= MAX_AGE]
    if not fit:
        return None
    return fit[-1] if len(fit) > 1 and rng.random() < 0.6 else fit[0]


def fill_demo_kube(ctx: AppContext, *, seed: int, today: date, cancelled: Callable[[], bool] | None = None) -> int:
    """Creates the demo groups and returns how many; skips a group whose kelurahan has too few
    demo households (the "kota" demo has no Cipedak)."""
    profile = ctx.profile
    generator = KubeGenerator(seed, today, profile.name if profile else "")
    rng = random.Random(seed * 31 + 7)
    pools: dict[str, list[FamilyChoice]] = {}
    used: set[str] = set()
    made = 0
    first_members: dict[str, list[str]] = {}  # kelurahan -> households of its first group (overlap demo)
    has_cipedak = bool(service.families(ctx, CIPEDAK, today=today))
    for index, (plan, kelurahan) in enumerate(generator.plans(has_cipedak)):
        if cancelled and cancelled():
            break
        if kelurahan not in pools:
            # Sorted by what the seed decides (address, names), never by the random record ids.
            pools[kelurahan] = sorted(service.families(ctx, kelurahan, today=today),
                                      key=lambda f: (f.label, [p[1] for p in f.people]))
        chosen = _choose(pools[kelurahan], used, plan, rng, elder=plan.group.name.startswith("KUBE Keset"))
        if len(chosen) < plan.families:
            log.info("Demo KUBE %s skipped: too few households in %s", plan.group.name, kelurahan)
            continue
        used.update(hid for hid, _ in chosen)
        if plan.group.name.startswith("KUBE Lele") and first_members.get(kelurahan):
            chosen[-1] = (first_members[kelurahan][0], None)  # a family in two KUBE, for the warning
        with ctx.db.atomic():  # one commit per group: the demo writes hundreds of entries
            _make_group(ctx, generator, plan, chosen, today, seed_cassava=index == 0 and has_cipedak)
        first_members.setdefault(kelurahan, [hid for hid, _ in chosen])
        made += 1
    return made


def _choose(pool: list[FamilyChoice], used: set[str], plan: Plan, rng: random.Random,
            elder: bool) -> list[tuple[str, str | None]]:
    """(household, representative) of `plan.families` unused families; with `elder`, the last
    one is represented by someone past working age (the demo shows that warning too)."""
    candidates = [f for f in pool if f.household_id not in used]
    rng.shuffle(candidates)
    older: tuple[str, str | None] | None = None
    if elder:
        for family in candidates:
            person = _representative(family, rng, elder=True)
            if person is not None:
                older = (family.household_id, person)
                candidates.remove(family)
                break
    wanted = plan.families - (older is not None)
    chosen: list[tuple[str, str | None]] = []
    for family in candidates:
        if len(chosen) == wanted:
            break
        person = _representative(family, rng, elder=False)
        if person is not None:
            chosen.append((family.household_id, person))
    return chosen + ([older] if older else [])


def _make_group(ctx: AppContext, generator: KubeGenerator, plan: Plan, chosen: list[tuple[str, str | None]],
                today: date, *, seed_cassava: bool) -> None:
    group_id = service.save_group(ctx, plan.group, confirmed=True, today=today)
    founded = plan.group.founded_on or today
    roles = generator.roles(plan)
    members = []
    for (household_id, member_id), role in zip(chosen, roles, strict=True):
        members.append(service.save_member(ctx, KubeMemberInput(
            group_id=group_id, household_id=household_id, member_id=member_id, role=role, joined_on=founded,
        ), confirmed=True, today=today))
    if plan.state == "stalled":  # the ketua left and nobody took over
        leaver = service.get_member(ctx, members[0])
        service.save_member(ctx, leaver.model_copy(update={"left_on": today - timedelta(days=40)}),
                            confirmed=True, today=today)
    until = generator.last_day(plan)
    grant = generator.grant(plan, group_id)
    if seed_cassava and grant is not None:  # the field example: a Kemensos grant with a machine
        grant = grant.model_copy(update={"source": "kemensos", "source_detail": "",
                                         "in_kind": "Mesin perajang singkong"})
    if grant is not None:
        service.save_grant(ctx, grant, post_to_cash=True, confirmed=True, today=today)
    for activity in generator.activities(plan, group_id, members, until):
        service.save_activity(ctx, activity, confirmed=True, today=today)
    first = grant.received_on if grant and grant.received_on else founded
    for entry in generator.cash(plan, group_id, until, first + timedelta(days=1)):
        book.post_cash(ctx, entry, confirmed=True, today=today)
    if seed_cassava:
        _correction(ctx, group_id, today)


def _correction(ctx: AppContext, group_id: str, today: date) -> None:
    """A typo the volunteer corrected, so the demo book shows a reversal and its original."""
    day = today - timedelta(days=75)
    wrong = book.post_cash(ctx, CashInput(group_id=group_id, entry_date=day, direction="out", category="bahan_baku",
                                          amount=3_500_000, description="Belanja singkong 50 kg"),
                           confirmed=True, today=today)
    book.reverse_cash(ctx, wrong, "Salah ketik, seharusnya Rp350.000", on=day + timedelta(days=1), today=today)
    book.post_cash(ctx, CashInput(group_id=group_id, entry_date=day, direction="out", category="bahan_baku",
                                  amount=350_000, description="Belanja singkong 50 kg"), confirmed=True, today=today)

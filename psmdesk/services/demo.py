"""`psmdesk demo`: fill the database with invented, realistic data through the same services
the screens use, so the demo exercises the real validation and storage paths."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from psmdesk.datagen.households import HouseholdGenerator
from psmdesk.domain.regions import children
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.households import save_household
from psmdesk.storage import meta

log = logging.getLogger(__name__)

JOHAR_BARU = ["31.71.08.1001", "31.71.08.1002", "31.71.08.1003", "31.71.08.1004"]
CIPEDAK = "31.74.09.1006"
DEMO_KEY = "demo_loaded"
CHUNK = 250

Progress = Callable[[int, int, str], None]


class DemoAlreadyLoaded(UserError):
    def __init__(self) -> None:
        super().__init__("Data contoh sudah pernah diisi ke basis data ini; tidak diisi dua kali.")


@dataclass
class DemoSummary:
    households: int = 0
    members: int = 0
    cancelled: bool = False

    def describe(self) -> str:
        text = f"Data contoh: {self.households} keluarga dengan {self.members} anggota."
        return text + (" (dibatalkan sebelum selesai)" if self.cancelled else "")


def demo_plan(size: str) -> list[tuple[str, int]]:
    """(kelurahan code, households) per kelurahan for a demo size."""
    if size == "small":
        return [(code, 60) for code in JOHAR_BARU] + [(CIPEDAK, 60)]
    if size == "kota":
        # Kota Administrasi Jakarta Pusat: every kelurahan, 150,000 households in all.
        kelurahan = [v.code for k in children("31.71") for v in children(k.code)]
        per = 150_000 // len(kelurahan)
        return [(code, per) for code in kelurahan]
    raise ValueError(f"unknown demo size {size}")


def fill_demo(
    ctx: AppContext, *, size: str = "small", seed: int = 1, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None, today: date | None = None,
) -> DemoSummary:
    if meta.get(ctx.db, DEMO_KEY):
        raise DemoAlreadyLoaded()
    profile = ctx.profile
    volunteer = profile.name if profile else ""
    plan = demo_plan(size)
    total = sum(count for _, count in plan)
    summary = DemoSummary()
    report = progress or (lambda done, total, message: None)
    for index, (kelurahan, count) in enumerate(plan):
        generator = HouseholdGenerator(seed * 1000 + index, [kelurahan], today or date.today(), volunteer)
        remaining = count
        while remaining:
            if cancelled and cancelled():
                summary.cancelled = True
                return summary
            batch = min(CHUNK, remaining)
            with ctx.db.atomic():  # one commit per chunk: fsync per household would dominate
                for household in generator.households(batch):
                    save_household(ctx, household, confirmed=True, today=today)
                    summary.members += len(household.members)
                if not meta.get(ctx.db, DEMO_KEY):
                    meta.put(ctx.db, DEMO_KEY, f"{size}:{seed}")
            remaining -= batch
            summary.households += batch
            report(summary.households, total, "Mengisi data contoh")
    # Later modules add their demo data here, each through its own services, in one call:
    # Permakanan (Pokmas Johar Baru), KUBE (Cipedak), ...
    from psmdesk.services.demo_meals import fill_meals_demo  # here, not at the top: less merge noise

    fill_meals_demo(ctx, seed=seed, today=today or date.today(), cancelled=cancelled)
    from psmdesk.services.demo_kube import fill_demo_kube  # here, not at the top: less merge noise

    fill_demo_kube(ctx, seed=seed, today=today or date.today(), cancelled=cancelled)
    from psmdesk.services.demo_casework import fill_demo_casework  # here, not at the top: less merge noise

    fill_demo_casework(ctx, seed=seed, today=today or date.today())
    log.info("Demo data loaded: %d households", summary.households)
    return summary

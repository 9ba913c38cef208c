"""The household screens' reads, in one place: the widgets call these, never SQL."""

from __future__ import annotations

from functools import lru_cache

from psmdesk.domain.regions import children, get_region, kecamatan_of
from psmdesk.services import households as service
from psmdesk.services.context import AppContext
from psmdesk.services.setup import reference_list
from psmdesk.storage import households as repo
from psmdesk.storage.household_queries import HouseholdFilter, HouseholdIds, HouseholdRow, household_rows
from psmdesk.storage.records import AuditEntry


def list_ids(ctx: AppContext, f: HouseholdFilter, sort: str) -> HouseholdIds:
    """The list's ids, read in windows as the view scrolls (one count up front)."""
    return HouseholdIds(ctx.db, f, sort)


def list_rows(ctx: AppContext, ids: list[str]) -> list[HouseholdRow]:
    return household_rows(ctx.db, ids)


@lru_cache(maxsize=4096)
def village_name(code: str) -> str:
    region = get_region(code)
    return region.name if region else code


def kelurahan_choices(ctx: AppContext) -> list[tuple[str, str]]:
    """The villages of the volunteer's kecamatan, for the list filter."""
    profile = ctx.profile
    if profile is None:
        return []
    kecamatan = kecamatan_of(profile.kelurahan_code)
    if kecamatan is None:
        return [(profile.kelurahan_code, village_name(profile.kelurahan_code))]
    return [(r.code, r.name) for r in children(kecamatan.code)]


def references(ctx: AppContext) -> dict[str, dict[str, str]]:
    return {name: dict(reference_list(ctx, name, active_only=False)) for name in ("ppks", "programme")}


def history_data(
    ctx: AppContext, household_id: str
) -> tuple[list[tuple[str, str]], list[AuditEntry], dict[str, str], dict[str, dict[str, str]]]:
    household = service.get_household(ctx, household_id)
    names = {m.id: m.name for m in household.members}
    return repo.visits(ctx.db, household_id), service.history(ctx, household_id), names, references(ctx)

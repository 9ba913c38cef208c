"""Read-only data the printed documents and Beranda's charts need beyond what the modules'
services already return: lookups by name (for `psmdesk print`), the distribution list's days,
per-day delivery counts, the bundles imported on a day, and Beranda's figures.

Nothing here writes. The Permakanan and KUBE figures come from their own services
(`meal_recap.distribution_rows`, `kube_book.group_profile`), so paper and screen agree."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from psmdesk.domain.meals import RECEIVED, PokmasInput, outcome_label
from psmdesk.domain.regions import get_region
from psmdesk.services import meals
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError

if TYPE_CHECKING:  # reportlab and the sync stack load when a document or the import log is asked for
    from psmdesk.reports import distribution as doc
    from psmdesk.services.sync_import import ImportResult

_CITY_PREFIXES = ("Kota Administrasi ", "Kabupaten Administrasi ", "Kota ", "Kabupaten ")


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def find_pokmas(ctx: AppContext, name: str) -> PokmasInput:
    """A Pokmas by its name (case and spacing ignored); a unique partial name is enough."""
    everything = meals.list_pokmas(ctx)
    wanted = _key(name)
    exact = [p for p in everything if _key(p.name) == wanted]
    partial = [p for p in everything if wanted and wanted in _key(p.name)]
    found = exact or (partial if len(partial) == 1 else [])
    if not found:
        known = ", ".join(p.name for p in everything) or "belum ada"
        raise UserError(f"Pokmas \"{name}\" tidak ditemukan. Pokmas yang ada: {known}.")
    return found[0]


def find_kube(ctx: AppContext, name: str) -> str:
    """The id of a KUBE group by its name (case and spacing ignored; a unique partial name works)."""
    from psmdesk.services.kube import overview

    groups = overview(ctx)
    wanted = _key(name)
    exact = [g for g in groups if _key(g.name) == wanted]
    partial = [g for g in groups if wanted and wanted in _key(g.name)]
    found = exact or (partial if len(partial) == 1 else [])
    if not found:
        hint = f" Ada {len(partial)} kelompok yang namanya memuat kata itu; tulis nama lengkapnya." if partial else ""
        raise UserError(f"KUBE \"{name}\" tidak ditemukan.{hint}")
    return found[0].id


def city_of(kelurahan_code: str) -> str:
    """"Jakarta Pusat" for a village of Kota Administrasi Jakarta Pusat: the place above signatures."""
    region = get_region(kelurahan_code[:5]) if kelurahan_code else None
    if region is None:
        return ""
    for prefix in _CITY_PREFIXES:
        if region.name.startswith(prefix):
            return region.name[len(prefix):]
    return region.name


def month_range(year: int, month: int) -> tuple[date, date]:
    """The first and the last day of a month."""
    if not 1 <= month <= 12:
        raise UserError("Bulan harus 1 sampai 12.")
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, 1), following - timedelta(days=1)


def village_name(code: str) -> str:
    region = get_region(code)
    return region.name if region else code


def address(street: str, rt: str, rw: str) -> str:
    rt_rw = f"RT {rt}/RW {rw}" if rt or rw else ""
    return ", ".join(part for part in (street.strip(), rt_rw) if part)


def distribution_list(ctx: AppContext, pokmas_id: str, start: date, end: date, *,
                      blank: bool = False) -> doc.DistributionList:
    """The printed list's days (each with everyone on the roster that day, in route order)."""
    from psmdesk.reports import distribution as doc
    pokmas = meals.get_pokmas(ctx, pokmas_id)
    by_day: dict[date, list[doc.Line]] = {}
    recorded: set[date] = set()
    for r in meals.distribution_rows(ctx, pokmas_id, start, end):
        if blank:
            line = doc.Line(r.no, r.name, r.nik_masked, address(r.street, r.rt, r.rw), r.kelurahan_name)
        else:
            if r.outcome is not None:
                recorded.add(r.date)
            note = outcome_label(r.outcome) if r.outcome and r.outcome != RECEIVED else ""
            line = doc.Line(r.no, r.name, r.nik_masked, address(r.street, r.rt, r.rw), r.kelurahan_name,
                            r.morning, r.midday, note, r.handed_by)
        by_day.setdefault(r.date, []).append(line)
    if not by_day:
        raise UserError(f"Tidak ada penerima {pokmas.name} pada tanggal yang dipilih.")
    codes = pokmas.kelurahan_codes
    return doc.DistributionList(
        pokmas.name, pokmas.leader, pokmas.psm_name, village_name(codes[0]) if len(codes) == 1 else "",
        city_of(codes[0]) if codes else "", [doc.Day(d, lines, d in recorded) for d, lines in sorted(by_day.items())],
        blank=blank)


def daily_counts(ctx: AppContext, pokmas_id: str, start: date, end: date) -> list[tuple[date, int, int]]:
    """(day, received, on the roster but not received) for every day of the period."""
    received: Counter[date] = Counter()
    listed: Counter[date] = Counter()
    for r in meals.distribution_rows(ctx, pokmas_id, start, end):
        listed[r.date] += 1
        if r.outcome == RECEIVED:
            received[r.date] += 1
    days, day = [], start
    while day <= end:
        days.append((day, received[day], listed[day] - received[day]))
        day += timedelta(days=1)
    return days


def imported_on(ctx: AppContext, day: date) -> list[ImportResult]:
    """The bundles imported on a day, as the import screen reported them. Refused bundles are
    not recorded (nothing of them was applied): they appear only on the report printed right
    after an import, from the import screen."""
    def utc(moment: date) -> str:  # the local day's bounds as the UTC stamps the ledger stores
        local = datetime.combine(moment, time()).astimezone()
        return local.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")

    from psmdesk.services.sync_import import ImportResult

    rows = ctx.db.execute(
        "SELECT file_name, report FROM bundles_in WHERE imported_at >= ? AND imported_at < ?"
        " ORDER BY imported_at, seq", [utc(day), utc(day + timedelta(days=1))]).fetchall()
    results = []
    for file_name, raw in rows:
        stored = json.loads(raw)
        fields = {k: stored[k] for k in ("sender", "device_id", "seq", "added", "updated", "unchanged", "deleted",
                                         "conflicts", "tables") if k in stored}
        results.append(ImportResult(file=file_name, status="applied", **fields))
    return results


@dataclass(frozen=True)
class HomeFigures:
    coverage: list[tuple[str, int, int]]  # Pokmas, received today, on the roster today
    ppks: list[tuple[str, int]]  # PPKS category label, open cases; most first
    stages: list[tuple[str, int]]  # KUBE stage label, groups
    cash: list[tuple[str, int]]  # month label, the month-end balance of all KUBE together


def home_figures(ctx: AppContext, today: date | None = None) -> HomeFigures:
    from psmdesk.domain.dates import MONTHS_ID
    from psmdesk.services import kube
    from psmdesk.services.setup import reference_list
    from psmdesk.storage import kube as kube_repo

    today = today or date.today()
    coverage = [(c.name, c.delivered, c.planned) for c in meals.today_coverage(ctx, today)]
    labels = dict(reference_list(ctx, "ppks", active_only=False))
    counts = ctx.db.execute(
        "SELECT c.category, COUNT(*) FROM ppks_cases c JOIN households h ON h.id = c.household_id"
        " WHERE c.deleted_at IS NULL AND h.deleted_at IS NULL AND c.status != 'ditolak' GROUP BY c.category"
    ).fetchall()
    ppks = sorted(((labels.get(code, code), n) for code, n in counts), key=lambda item: (-item[1], item[0]))
    # Straight from storage: Beranda needs no village names (loading the region data would hold
    # the first paint) and one read of the cash for all groups, not one per group.
    per_stage = kube_repo.stage_counts(ctx.db)
    stages = [(label, per_stage.get(code, 0)) for code, label in kube.stages(ctx)]
    by_month = sorted(kube_repo.cash_by_month(ctx.db).items()) if sum(per_stage.values()) else []
    cash: list[tuple[str, int]] = []
    for back in range(11, -1, -1) if by_month else ():
        months = today.year * 12 + today.month - 1 - back
        year, month = months // 12, months % 12 + 1
        cash.append((MONTHS_ID[month - 1][:3], sum(n for key, n in by_month if key <= (year, month))))
    return HomeFigures(coverage, ppks, stages, cash)


def kelurahan_in_use(ctx: AppContext) -> list[tuple[str, str]]:
    """(code, name) of every kelurahan with mapped households, and the volunteer's own, by name."""
    codes = {r[0] for r in ctx.db.execute("SELECT DISTINCT kelurahan_code FROM households WHERE deleted_at IS NULL")}
    profile = ctx.profile
    if profile is not None:
        codes.add(profile.kelurahan_code)
    return sorted(((c, village_name(c)) for c in codes if c), key=lambda item: (item[1], item[0]))

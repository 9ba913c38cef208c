from __future__ import annotations

from datetime import date
from pathlib import Path

from psmdesk.paths import AppPaths
from psmdesk.services import meals as service
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.demo import fill_demo
from psmdesk.services.setup import setup

TODAY = date(2026, 11, 22)


def roster_names(ctx: AppContext) -> list[tuple[str, str, str | None, str]]:
    [pokmas] = service.list_pokmas(ctx)
    return [(e.row.name, e.row.person.kelurahan_code, e.row.end_date, e.row.end_reason)
            for e in service.roster(ctx, pokmas.id or "", today=TODAY)]


def test_demo_has_the_johar_baru_pokmas_with_months_of_realistic_days(volunteer: AppContext, tmp_path: Path) -> None:
    fill_demo(volunteer, today=TODAY)
    [pokmas] = service.list_pokmas(volunteer)
    assert pokmas.name == "Pokmas Dapur Sehat Johar Baru"
    assert pokmas.kelurahan_codes == ["31.71.08.1001", "31.71.08.1002", "31.71.08.1003", "31.71.08.1004"]
    roster = service.roster(volunteer, pokmas.id or "", today=TODAY)
    assert len(roster) >= 12
    assert {e.row.person.kelurahan_code for e in roster} == set(pokmas.kelurahan_codes)
    assert all(e.age is not None and e.age >= 60 and e.row.person.lives_alone for e in roster)
    assert [e.row.end_reason for e in roster if e.row.end_date] == ["pindah"]
    assert all(e.eligible or e.row.override_reason for e in roster)
    # About four months recorded up to yesterday, with misses of every everyday kind.
    months = [service.monthly_recap(volunteer, pokmas.id or "", 2026, m) for m in (8, 9, 10, 11)]
    assert sum(r.days_delivered for r in months) > 1500
    missed = {k: sum(r.missed[k] for r in months) for k in ("tidak_di_rumah", "dirawat_rs", "pindah")}
    assert missed["tidak_di_rumah"] > 10 and missed["dirawat_rs"] > 0 and missed["pindah"] == 1
    assert months[-1].recorded_days == 21  # 1-21 November: today is left for the volunteer
    [coverage] = service.today_coverage(volunteer, TODAY)
    assert coverage.recorded == 0 and coverage.planned == len([e for e in roster if not e.row.end_date])

    # Deterministic: the same seed gives the same invented people and the same outcomes.
    other = open_app(AppPaths.resolve(tmp_path / "other"))
    try:
        setup(other, "relawan", "Dewi", "31.71.08.1002")
        fill_demo(other, today=TODAY)
        assert roster_names(other) == roster_names(volunteer)
        [other_pokmas] = service.list_pokmas(other)
        again = service.monthly_recap(other, other_pokmas.id or "", 2026, 10)
        assert [(r.name, r.days_delivered, r.missed) for r in again.rows] == \
            [(r.name, r.days_delivered, r.missed) for r in months[2].rows]
    finally:
        other.close()


def test_the_benchmark_measurement_runs_at_a_smoke_size(tmp_path: Path) -> None:
    """Not a timed test: the harness's function still works (sizes as small as they go)."""
    from psmdesk.datagen.meals import measure_meals

    shown: list[int] = []
    timings = measure_meals(tmp_path, beneficiaries=4, days=5, runs=2, show=lambda r: shown.append(len(r.rows)))
    assert timings.deliveries == 20 and shown == [4, 4]
    assert timings.record_day_ms > 0 and timings.recap_floor_ms > 0 and "record a day" in timings.table()

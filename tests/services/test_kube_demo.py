from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from psmdesk.paths import AppPaths
from psmdesk.services import kube as service
from psmdesk.services import kube_book as book
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.demo import fill_demo
from psmdesk.services.setup import setup

TODAY = date(2026, 11, 22)


def fingerprint(ctx: AppContext) -> list[tuple[object, ...]]:
    return [(r.name, r.members, r.balance, r.last_activity, r.last_cash, r.stalled)
            for r in service.overview(ctx, today=TODAY)]


def test_demo_has_the_cassava_group_and_groups_in_every_state(volunteer: AppContext, tmp_path: Path) -> None:
    fill_demo(volunteer, today=TODAY)
    rows = service.overview(volunteer, today=TODAY)
    assert len(rows) == 13
    [cassava] = [r for r in rows if r.name == "KUBE Singkong Sejahtera"]
    assert cassava.kelurahan_code == "31.74.09.1006" and cassava.members == 10 and not cassava.stalled
    profile = book.group_profile(volunteer, cassava.id, today=TODAY)
    assert profile.warnings == [] and profile.total_grants == 20_000_000
    assert min(a.held_on for a in profile.activities if a.held_on) <= TODAY - timedelta(days=360)
    assert len(profile.months) >= 13 and profile.balance > 0
    assert sum(1 for line in profile.cash if line.reversed_by) == 1  # the corrected typo

    others = [r for r in rows if r is not cassava]
    assert {r.kelurahan_code for r in others} == {"31.71.08.1001", "31.71.08.1002", "31.71.08.1003",
                                                  "31.71.08.1004"}
    assert sum(r.stalled for r in others) >= 3
    assert sum(1 for r in others if r.members < 5) >= 1  # a new group still recruiting
    warnings = {i.code for r in others for i in book.group_warnings(volunteer, r.id, today=TODAY)}
    assert {"too_few", "too_many", "no_ketua", "two_groups", "age"} <= warnings

    other = open_app(AppPaths.resolve(tmp_path / "other"))
    setup(other, "relawan", "Sari Wulandari", "31.71.08.1001")
    try:
        fill_demo(other, today=TODAY)
        assert fingerprint(other) == fingerprint(volunteer)  # deterministic from the seed
    finally:
        other.close()

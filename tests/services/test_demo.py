from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from psmdesk.datagen.households import HouseholdGenerator
from psmdesk.domain.household import check_household
from psmdesk.domain.issues import has_errors
from psmdesk.domain.nik import check_nik
from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.demo import DemoAlreadyLoaded, fill_demo
from psmdesk.services.setup import setup

TODAY = date(2026, 11, 22)


def test_generator_is_deterministic_and_valid() -> None:
    a = list(HouseholdGenerator(7, ["31.71.08.1003"], TODAY).households(40))
    b = list(HouseholdGenerator(7, ["31.71.08.1003"], TODAY).households(40))
    assert [m.nik for h in a for m in h.members] == [m.nik for h in b for m in h.members]
    niks = [m.nik for h in a for m in h.members if m.nik]
    assert len(niks) == len(set(niks))
    for h in a:
        assert not has_errors(check_household(h, today=TODAY)), h
        for m in h.members:
            if m.nik:
                result = check_nik(m.nik, sex=m.sex, birth_date=m.birth_date, today=TODAY)
                assert result.ok and result.kecamatan_code == "31.71.08"
    sizes = {len(h.members) for h in a}
    assert 1 in sizes and max(sizes) >= 5


def test_demo_fills_johar_baru_and_cipedak_once(volunteer: AppContext, tmp_path: Path) -> None:
    seen: list[int] = []
    summary = fill_demo(volunteer, progress=lambda done, total, msg: seen.append(done), today=TODAY)
    assert summary.households == 300 and seen[-1] == 300
    per_kel = dict(volunteer.db.execute(
        "SELECT kelurahan_code, COUNT(*) FROM households GROUP BY kelurahan_code").fetchall())
    assert set(per_kel) == {"31.71.08.1001", "31.71.08.1002", "31.71.08.1003", "31.71.08.1004", "31.74.09.1006"}
    with pytest.raises(DemoAlreadyLoaded):
        fill_demo(volunteer, today=TODAY)

    other = open_app(AppPaths.resolve(tmp_path / "other"))
    setup(other, "relawan", "Dewi", "31.71.08.1002")
    try:
        fill_demo(other, today=TODAY)
        query = "SELECT nik FROM members WHERE nik IS NOT NULL ORDER BY nik"
        assert volunteer.db.execute(query).fetchall() == other.db.execute(query).fetchall()
    finally:
        other.close()


def test_demo_can_be_cancelled(volunteer: AppContext) -> None:
    summary = fill_demo(volunteer, cancelled=lambda: True, today=TODAY)
    assert summary.cancelled and summary.households == 0

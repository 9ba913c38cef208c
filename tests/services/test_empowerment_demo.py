"""The demo shows KUBE groups at different empowerment stages, with welfare before and after,
an RW assessment in Johar Baru, and a registry with training history."""

from __future__ import annotations

from datetime import date

from psmdesk.domain import empowerment as emp
from psmdesk.services import casework, empowerment, kube
from psmdesk.services.context import AppContext
from psmdesk.services.demo import fill_demo

TODAY = date(2026, 11, 22)


def test_demo_groups_stand_at_different_stages_with_indicators(volunteer: AppContext) -> None:
    fill_demo(volunteer, today=TODAY)
    groups = sorted(kube.overview(volunteer, today=TODAY), key=lambda g: g.name)
    progress = [empowerment.progress(volunteer, g.id) for g in groups[:4]]
    assert [p.current for p in progress] == ["terminasi", "evaluasi", "rencana_aksi", "asesmen"]
    assert progress[0].finished and not progress[1].finished
    done = empowerment.welfare(volunteer, empowerment.group_subject(volunteer, groups[0].id))
    assert done.start is not None and done.evaluation is not None
    assert all(r.change is not None and r.change >= 0 for r in done.rows)
    assert empowerment.welfare(volunteer, empowerment.group_subject(volunteer, groups[3].id)).evaluation is None
    rw = empowerment.welfare(volunteer, emp.rw_subject("31.71.08.1001", "3"))
    assert {r.code: r.change for r in rw.rows}["perumahan"] == 1
    assert volunteer.db.execute("SELECT COUNT(*) FROM psm_trainings").fetchone()[0] >= 12
    assert casework.registry(volunteer)[0]["name"] == "Sari Wulandari"

"""A PSM records a KUBE's empowerment stages and scores its welfare before and after."""

from __future__ import annotations

from datetime import date

import pytest

from psmdesk.domain import empowerment as emp
from psmdesk.domain.issues import ValidationFailed
from psmdesk.domain.kube import GroupInput
from psmdesk.services import empowerment as svc
from psmdesk.services import kube
from psmdesk.services.context import AppContext
from psmdesk.services.kube import KubeNeedsConfirmation

TODAY = date(2026, 11, 22)


def make_group(ctx: AppContext, kelurahan: str = "31.71.08.1001", name: str = "KUBE Rempeyek Johar") -> str:
    return kube.save_group(ctx, GroupInput(name=name, business_type="kuliner", kelurahan_code=kelurahan, rw="2",
                                           founded_on=date(2026, 1, 5), stage="penumbuhan"), today=TODAY)


def stage(group_id: str, code: str, start: date, end: date | None = None) -> emp.StageEntryInput:
    return emp.StageEntryInput(group_id=group_id, stage=code, started_on=start, ended_on=end,
                               activities=f"Kegiatan {code}", supporting="Warga antusias",
                               hindering="Modal terbatas")


def test_stages_move_the_group_forward_and_can_be_corrected(ready_ctx: AppContext) -> None:
    gid = make_group(ready_ctx)
    assert svc.progress(ready_ctx, gid).current is None
    first = svc.save_stage_entry(ready_ctx, stage(gid, "persiapan", date(2026, 1, 10), date(2026, 1, 31)), today=TODAY)
    svc.save_stage_entry(ready_ctx, stage(gid, "asesmen", date(2026, 2, 1)), today=TODAY)
    assert svc.progress(ready_ctx, gid).current == "asesmen"
    entries = svc.stage_entries(ready_ctx, gid)
    assert [e.stage for e in entries] == ["persiapan", "asesmen"] and entries[0].psm == "Sari Wulandari"
    fixed = svc.get_stage_entry(ready_ctx, first).model_copy(update={"hindering": "Hujan   deras\n"})
    assert svc.save_stage_entry(ready_ctx, fixed, today=TODAY) == first
    assert svc.get_stage_entry(ready_ctx, first).hindering == "Hujan   deras"
    with pytest.raises(ValidationFailed, match="apa yang dilakukan"):
        svc.save_stage_entry(ready_ctx, emp.StageEntryInput(group_id=gid, stage="pelaksanaan",
                                                            started_on=TODAY), today=TODAY)
    early = stage(gid, "pelaksanaan", date(2025, 6, 1))
    with pytest.raises(KubeNeedsConfirmation):
        svc.save_stage_entry(ready_ctx, early, today=TODAY)
    svc.save_stage_entry(ready_ctx, early, confirmed=True, today=TODAY)
    assert svc.progress(ready_ctx, gid).current == "pelaksanaan"
    svc.delete_stage_entry(ready_ctx, svc.stage_entries(ready_ctx, gid)[-1].id or "", "salah tanggal")
    assert svc.progress(ready_ctx, gid).current == "asesmen"


def test_welfare_before_and_after_of_a_group_and_an_rw(ready_ctx: AppContext) -> None:
    gid = make_group(ready_ctx)
    subject = svc.group_subject(ready_ctx, gid)
    assert subject.rw == "002" and svc.welfare(ready_ctx, subject).empty
    svc.save_indicators(ready_ctx, subject, emp.IndicatorInput(
        phase="awal", assessed_on=date(2026, 2, 1), scores={"kesehatan": 2, "kemiskinan": 1},
        notes={"kesehatan": "Banyak  balita kurang gizi"}), today=TODAY)
    with pytest.raises(ValidationFailed, match="sesudah penilaian awal"):
        svc.save_indicators(ready_ctx, subject, emp.IndicatorInput(
            phase="evaluasi", assessed_on=date(2026, 1, 1), scores={"kesehatan": 3}), today=TODAY)
    svc.save_indicators(ready_ctx, subject, emp.IndicatorInput(
        phase="evaluasi", assessed_on=date(2026, 11, 1), scores={"kesehatan": 4, "kemiskinan": 3}), today=TODAY)
    # scoring the start again updates the one record
    svc.save_indicators(ready_ctx, subject, emp.IndicatorInput(
        phase="awal", assessed_on=date(2026, 2, 1), scores={"kesehatan": 2, "kemiskinan": 2}), today=TODAY)
    assert ready_ctx.db.execute("SELECT COUNT(*) FROM welfare_indicators").fetchone()[0] == 2
    rows = {r.code: r for r in svc.welfare(ready_ctx, subject).rows}
    assert (rows["kesehatan"].before, rows["kesehatan"].after, rows["kesehatan"].change) == (2, 4, 2)
    assert rows["kemiskinan"].change == 1 and rows["kesehatan"].note_before == ""

    rw = emp.rw_subject("31.71.08.1001", "7")
    with pytest.raises(ValidationFailed, match="RW wajib"):
        svc.save_indicators(ready_ctx, emp.rw_subject("31.71.08.1001", ""), emp.IndicatorInput(
            assessed_on=TODAY, scores={"pendidikan": 3}), today=TODAY)
    svc.save_indicators(ready_ctx, rw, emp.IndicatorInput(assessed_on=TODAY, scores={"pendidikan": 3}), today=TODAY)
    assert svc.assessed_rws(ready_ctx) == [("31.71.08.1001", "007")]
    report = svc.report_data(ready_ctx, gid)
    assert report.progress.current is None and report.welfare.start is not None

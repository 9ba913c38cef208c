"""Empowerment stages and welfare indicators: the rules."""

from __future__ import annotations

from datetime import date

from psmdesk.domain import empowerment as emp

TODAY = date(2026, 11, 22)


def entry(stage: str, start: date | None = date(2026, 3, 1), end: date | None = None,
          done: str = "Pertemuan warga") -> emp.StageEntryInput:
    return emp.StageEntryInput(group_id="g", stage=stage, started_on=start, ended_on=end, activities=done)


def test_a_stage_entry_needs_a_stage_a_start_and_what_was_done() -> None:
    issues = emp.check_stage_entry(emp.StageEntryInput(group_id="g", stage="x"), today=TODAY)
    assert {i.field for i in issues} == {"stage", "started_on", "activities"}
    assert all(i.is_error for i in issues)
    late = emp.check_stage_entry(entry("asesmen", date(2026, 5, 1), date(2026, 4, 1)), today=TODAY)
    assert [i.message for i in late] == ["Tanggal selesai tidak boleh sebelum tanggal mulai."]
    future = emp.check_stage_entry(entry("asesmen", date(2026, 12, 1)), today=TODAY)
    assert future[0].code == "future"
    warned = emp.check_stage_entry(entry("pelaksanaan", date(2025, 1, 1)), today=TODAY, founded_on=date(2026, 1, 1))
    assert [i.is_error for i in warned] == [False]


def test_progress_is_the_furthest_stage_and_ends_with_termination() -> None:
    assert emp.progress([]).current is None and emp.progress([]).label == "Belum dimulai"
    p = emp.progress([entry("persiapan", end=date(2026, 3, 5)), entry("rencana_aksi", date(2026, 5, 1)),
                      entry("asesmen", date(2026, 4, 1))])
    assert p.current == "rencana_aksi" and p.started_on == date(2026, 5, 1) and not p.finished
    assert p.done("persiapan") and p.done("alternatif") and not p.done("rencana_aksi") and not p.done("evaluasi")
    assert emp.progress([entry("terminasi")]).finished is False
    ended = emp.progress([entry("terminasi", end=date(2026, 11, 1))])
    assert ended.finished and ended.done("terminasi") and ended.label == "Selesai (Terminasi)"


def test_indicators_scores_from_one_to_five_and_dates_in_order() -> None:
    good = emp.IndicatorInput(phase="evaluasi", assessed_on=date(2026, 10, 1), scores={"kesehatan": 4})
    assert emp.check_indicators(good, today=TODAY, start=date(2026, 3, 1)) == []
    before = emp.check_indicators(good, today=TODAY, start=date(2026, 10, 5))
    assert [i.message for i in before] == ["Tanggal evaluasi harus sesudah penilaian awal."]
    bad = emp.IndicatorInput(phase="awal", assessed_on=TODAY, scores={"kesehatan": 7})
    assert [i.field for i in emp.check_indicators(bad, today=TODAY)] == ["kesehatan_score"]
    empty = emp.IndicatorInput(phase="awal", assessed_on=TODAY)
    assert "minimal satu" in emp.check_indicators(empty, today=TODAY)[0].message
    foreign = emp.check_indicators(emp.IndicatorInput(scores={"agama": 3}, assessed_on=TODAY), today=TODAY)
    assert [(i.field, i.code) for i in foreign] == [("scores", "unknown"), ("kependudukan_score", "required")]


def test_comparison_shows_the_change_per_dimension() -> None:
    start = emp.IndicatorInput(phase="awal", scores={"kesehatan": 2, "pendidikan": 3, "kemiskinan": 2})
    end = emp.IndicatorInput(phase="evaluasi", scores={"kesehatan": 4, "pendidikan": 3, "kemiskinan": 1})
    rows = {r.code: r for r in emp.compare(start, end)}
    assert len(rows) == 8
    assert rows["kesehatan"].change == 2 and emp.change_text(2) == "▲ naik 2"
    assert rows["pendidikan"].change == 0 and emp.change_text(0) == "= tetap"
    assert rows["kemiskinan"].change == -1 and emp.change_text(-1) == "▼ turun 1"
    assert rows["kependudukan"].change is None and emp.change_text(None) == "—"


def test_one_assessment_id_per_subject_and_phase_on_every_device() -> None:
    rw = emp.rw_subject("31.71.08.1001", "5")
    assert rw.rw == "005" and rw.assessment_id("awal") == emp.rw_subject("31.71.08.1001", "005").assessment_id("awal")
    assert rw.assessment_id("awal") != rw.assessment_id("evaluasi")
    group = emp.Subject("31.71.08.1001", "005", "a" * 32)
    assert group.assessment_id("awal") != rw.assessment_id("awal") and len(group.assessment_id("awal")) == 32

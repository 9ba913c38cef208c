from __future__ import annotations

from psmdesk.domain import casework as cw


def test_each_stage_needs_its_fields_before_moving_on() -> None:
    facts = cw.CaseFacts(stage="intake")
    assert {i.field for i in cw.check_stage(facts)} == {"agreement", "opened_on"}
    facts = cw.CaseFacts(stage="asesmen", notes={"bio": "x", "psycho": "x", "social": "x", "spiritual": " "})
    assert {i.field for i in cw.check_stage(facts)} == {"spiritual", "methods"}
    assert [i.field for i in cw.check_stage(cw.CaseFacts(stage="intervensi"))] == ["sessions"]
    assert cw.can_advance(cw.CaseFacts(stage="intervensi", sessions=1))
    assert cw.next_stage("terminasi") is None and cw.next_stage("intake") == "asesmen"
    assert not cw.can_advance(cw.CaseFacts(stage="terminasi", notes={"exit_plan": "a", "follow_up": "b"}))


def test_only_the_assigned_psm_or_a_coordinator_reads_notes() -> None:
    assert cw.may_read_notes(is_coordinator=False, viewer="sari  wulandari", psm="Sari Wulandari")
    assert not cw.may_read_notes(is_coordinator=False, viewer="Rina", psm="Sari Wulandari")
    assert cw.may_read_notes(is_coordinator=True, viewer="Dinas", psm="Sari Wulandari")

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from psmdesk.domain.casework import CaseInput, VolunteerInput
from psmdesk.domain.enums import Sex
from psmdesk.domain.household import HouseholdInput, MemberInput
from psmdesk.domain.issues import ValidationFailed
from psmdesk.services import casework as svc
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.households import save_household
from tests.reports.conftest import pdf_text

TODAY = date(2026, 11, 22)


def street_child(ctx: AppContext) -> str:
    h = HouseholdInput(kelurahan_code="31.71.08.1001", rt="004", rw="002", street="Kolong jembatan Jl. Tanah Tinggi",
                       members=[MemberInput(nik="3171081505140002", name="Rizky Pratama", sex=Sex.L,
                                            birth_date=date(2014, 5, 15), relation="kepala_keluarga")])
    household_id = save_household(ctx, h, confirmed=True, today=TODAY)
    return str(ctx.db.execute("SELECT id FROM members WHERE household_id = ?", [household_id]).fetchone()[0])


def run_to_termination(ctx: AppContext, case_id: str) -> None:
    svc.save_notes(ctx, case_id, {"agreement": "Bersedia didampingi dan tinggal di rumah singgah."})
    assert svc.advance_stage(ctx, case_id) == "asesmen"
    svc.save_notes(ctx, case_id, {"bio": "Kurang gizi", "psycho": "Cemas", "social": "Putus sekolah",
                                  "spiritual": "Rajin mengaji"}, methods=["wawancara", "observasi"])
    assert svc.advance_stage(ctx, case_id) == "rencana"
    svc.save_notes(ctx, case_id, {"goals": "Kembali sekolah", "plan": "Konseling, kunjungan keluarga"})
    assert svc.advance_stage(ctx, case_id) == "intervensi"
    svc.add_session(ctx, case_id, date(2026, 10, 3), "konseling", "Sesi pertama RAHASIA-SESI", today=TODAY)
    assert svc.advance_stage(ctx, case_id) == "evaluasi"
    svc.save_notes(ctx, case_id, {"evaluation": "Tujuan tercapai"})
    assert svc.advance_stage(ctx, case_id) == "terminasi"
    svc.save_notes(ctx, case_id, {"exit_plan": "Pulang ke orang tua", "follow_up": "Kunjungan bulanan"})
    svc.terminate_case(ctx, case_id, date(2026, 11, 20), today=TODAY)


def test_case_round_trip_through_every_stage(ready_ctx: AppContext, tmp_path: Path) -> None:
    member = street_child(ready_ctx)
    case_id = svc.open_case(ready_ctx, CaseInput(member_id=member, source="penjangkauan", category="aj",
                                                 institution="Rumah Singgah", opened_on=date(2026, 9, 1)), today=TODAY)
    with pytest.raises(ValidationFailed, match="Kesepakatan"):
        svc.advance_stage(ready_ctx, case_id)
    run_to_termination(ready_ctx, case_id)
    view = svc.get_case(ready_ctx, case_id)
    assert view.closed and view.stage == "terminasi" and view.row["psm"] == "Sari Wulandari"
    assert view.notes["follow_up"] == "Kunjungan bulanan" and len(view.sessions) == 1
    with pytest.raises(UserError):
        svc.save_notes(ready_ctx, case_id, {"evaluation": "x"})
    [row] = svc.list_cases(ready_ctx)
    assert "agreement" not in row and row["person"] == "Rizky Pratama"
    out = svc.print_case(ready_ctx, case_id, tmp_path / "kasus.pdf")
    text = "\n".join(pdf_text(out))
    assert "Kel. Johar Baru" in text and "31.71.08.1001" not in text  # the kelurahan in words
    assert "Kunjungan bulanan" in text and re.search(r"\d{6}\*{6}\d{4}", text)
    last = pdf_text(out)[-1]  # signed by the PSM who accompanied the case, read by the coordinator
    assert "PSM Pendamping" in last and "( Sari Wulandari )" in last and "Mengetahui," in last
    # notes stayed local: nothing in the synced shared table
    assert ready_ctx.db.execute("SELECT COUNT(*) FROM case_notes_shared").fetchone()[0] == 0


def test_sessions_only_in_intervention_and_registry_is_for_the_office(ready_ctx: AppContext) -> None:
    case_id = svc.open_case(ready_ctx, CaseInput(member_id=street_child(ready_ctx), opened_on=TODAY), today=TODAY)
    with pytest.raises(ValidationFailed):
        svc.add_session(ready_ctx, case_id, TODAY, "konseling", today=TODAY)
    with pytest.raises(UserError):
        svc.save_volunteer(ready_ctx, VolunteerInput(name="X", kelurahan_code="31.71.08.1001"))
    with pytest.raises(UserError):
        svc.set_share_notes(ready_ctx, case_id, True)
    assert svc.registry(ready_ctx) == []

"""What an office bundle gives a volunteer: casework, the registry and empowerment records of
the volunteer's own areas only (and only their own registry record); and empowerment records
travel from a volunteer to the office."""

from __future__ import annotations

from datetime import date

from psmdesk.domain import empowerment as emp
from psmdesk.domain.casework import CaseInput, VolunteerInput
from psmdesk.domain.enums import Sex
from psmdesk.domain.household import HouseholdInput, MemberInput
from psmdesk.services import casework as cases
from psmdesk.services import empowerment as svc
from psmdesk.services.context import AppContext
from psmdesk.services.households import save_household
from tests.services.test_empowerment_services import make_group, stage
from tests.sync.conftest import Pair
from tests.sync.helpers import send

TODAY = date(2026, 11, 22)
OWN, OTHER = "31.71.08.1001", "31.71.08.1003"  # the volunteer is enrolled for 1001 and 1002


def person(ctx: AppContext, kelurahan: str, name: str, nik: str) -> str:
    h = HouseholdInput(kelurahan_code=kelurahan, rt="001", rw="001", street="Gg. Haji Ung",
                       members=[MemberInput(nik=nik, name=name, sex=Sex.L, birth_date=date(2013, 4, 2),
                                            relation="kepala_keluarga")])
    hid = save_household(ctx, h, confirmed=True, today=TODAY)
    return str(ctx.db.execute("SELECT id FROM members WHERE household_id = ?", [hid]).fetchone()[0])


def count(ctx: AppContext, table: str) -> int:
    return int(ctx.db.execute(f"SELECT COUNT(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0])


def fill_office(office: AppContext) -> dict[str, str]:
    ids: dict[str, str] = {}
    for where, name, nik in ((OWN, "Rizky Pratama", "3171080204130001"), (OTHER, "Bayu Anggara", "3171080204130003")):
        case_id = cases.open_case(office, CaseInput(member_id=person(office, where, name, nik), opened_on=TODAY),
                                  today=TODAY)
        ids[f"case {where}"] = case_id
    for where in (OWN, OTHER):
        gid = make_group(office, where, f"KUBE {where}")
        svc.save_stage_entry(office, stage(gid, "persiapan", date(2026, 2, 1)), today=TODAY)
        svc.save_indicators(office, svc.group_subject(office, gid), emp.IndicatorInput(
            assessed_on=date(2026, 2, 1), scores={"kesehatan": 2}), today=TODAY)
        svc.save_indicators(office, emp.rw_subject(where, "4"), emp.IndicatorInput(
            assessed_on=date(2026, 2, 1), scores={"pendidikan": 3}), today=TODAY)
        ids[f"group {where}"] = gid
    for name, where in (("Sari Wulandari", OWN), ("Sari Wulandari", OTHER), ("Endang Susilowati", OWN)):
        vid = cases.save_volunteer(office, VolunteerInput(name=name, kelurahan_code=where,
                                                          registered_on=date(2021, 1, 4)), today=TODAY)
        cases.add_training(office, vid, "Pendataan DTSEN", date(2024, 5, 2), "daring", today=TODAY)
        ids[f"{name} {where}"] = vid
    return ids


def test_an_office_bundle_carries_only_the_volunteers_areas_and_own_record(pair: Pair) -> None:
    person(pair.volunteer, OWN, "Dedi Kurniawan", "3171080204130002")
    send(pair.volunteer, pair.office, pair.drop)  # the office learns the device
    ids = fill_office(pair.office)
    send(pair.office, pair.volunteer, pair.drop)
    vol = pair.volunteer

    assert [r[0] for r in vol.db.execute("SELECT id FROM case_files")] == [ids[f"case {OWN}"]]
    assert [r[0] for r in vol.db.execute("SELECT id FROM kube_groups")] == [ids[f"group {OWN}"]]
    assert [r[0] for r in vol.db.execute("SELECT group_id FROM empowerment_stages")] == [ids[f"group {OWN}"]]
    welfare = vol.db.execute("SELECT kelurahan_code, group_id FROM welfare_indicators").fetchall()
    assert sorted((r[0], r[1] or "") for r in welfare) == sorted([(OWN, ids[f"group {OWN}"]), (OWN, "")])
    # Her own record only: not the namesake in another kelurahan, not a colleague's.
    assert [r[0] for r in vol.db.execute("SELECT id FROM psm_volunteers")] == [ids[f"Sari Wulandari {OWN}"]]
    assert count(vol, "psm_trainings") == 1
    [own] = cases.registry(vol)
    assert own["trainings"] == 1
    assert svc.progress(vol, ids[f"group {OWN}"]).current == "persiapan"


def test_stages_and_indicators_travel_from_the_volunteer(pair: Pair) -> None:
    gid = make_group(pair.volunteer)
    svc.save_stage_entry(pair.volunteer, stage(gid, "persiapan", date(2026, 2, 1), date(2026, 2, 20)), today=TODAY)
    svc.save_stage_entry(pair.volunteer, stage(gid, "asesmen", date(2026, 3, 1)), today=TODAY)
    subject = svc.group_subject(pair.volunteer, gid)
    svc.save_indicators(pair.volunteer, subject, emp.IndicatorInput(
        assessed_on=date(2026, 3, 1), scores={"kesehatan": 2, "pola_pikir": 1}, notes={"pola_pikir": "Belum pakai HP"}),
        today=TODAY)
    result = send(pair.volunteer, pair.office, pair.drop)
    assert result.conflicts == 0
    assert svc.progress(pair.office, gid).current == "asesmen"
    at_office = svc.welfare(pair.office, subject).start
    assert at_office is not None and at_office.scores["pola_pikir"] == 1
    assert at_office.notes["pola_pikir"] == "Belum pakai HP"
    # The office scores the evaluation; both sides then hold the same two records.
    svc.save_indicators(pair.office, subject, emp.IndicatorInput(
        phase="evaluasi", assessed_on=date(2026, 11, 1), scores={"kesehatan": 4}), today=TODAY)
    send(pair.office, pair.volunteer, pair.drop)
    rows = {r.code: r for r in svc.welfare(pair.volunteer, subject).rows}
    assert rows["kesehatan"].change == 2

"""Case notes stay on the volunteer's laptop unless the coordinator shares them."""

from __future__ import annotations

from datetime import date

from psmdesk.domain.casework import CaseInput, VolunteerInput
from psmdesk.services import casework as svc
from psmdesk.services.sync_export import export_bundle
from psmdesk.services.sync_import import import_files, inspect_bundle
from psmdesk.sync.bundle import open_payload, read_envelope
from psmdesk.sync.identity import office_keys
from psmdesk.sync.staging import expected_file
from tests.services.test_casework_services import TODAY, run_to_termination, street_child
from tests.sync.conftest import Pair
from tests.sync.helpers import send

SECRET = "RAHASIA-SESI"


def _payload_text(pair: Pair, path: object) -> str:
    opened = read_envelope(path.read_bytes())  # type: ignore[attr-defined]
    keys = office_keys(pair.office.db)
    assert keys is not None
    files = open_payload(opened, opened.manifest.sign_public, keys, expected_file)
    return "\n".join(data.decode() for data in files.values())


def test_private_notes_never_leave_unless_shared(pair: Pair) -> None:
    vol, office = pair.volunteer, pair.office
    case_id = svc.open_case(vol, CaseInput(member_id=street_child(vol), opened_on=date(2026, 9, 1)), today=TODAY)
    run_to_termination(vol, case_id)
    written = export_bundle(vol, pair.drop)
    assert written is not None
    _, counts = inspect_bundle(office, written.path)
    assert counts.get("case_files.csv") == 1 and counts.get("case_sessions.csv") == 1
    assert "case_notes_shared.csv" not in counts and "case_notes_private.csv" not in counts
    text = _payload_text(pair, written.path)
    assert SECRET not in text and "Pulang ke orang tua" not in text
    [result] = import_files(office, [written.path])
    assert result.ok, result.reason
    at_office = svc.get_case(office, case_id)
    assert at_office.may_read and at_office.notes == {} and at_office.closed

    # The coordinator shares the notes; the flag travels to the volunteer, whose notes then travel.
    svc.set_share_notes(office, case_id, True)
    send(office, vol, pair.drop)
    assert svc.publish_shared_notes(vol) >= 10
    back = export_bundle(vol, pair.drop)
    assert back is not None
    assert SECRET in _payload_text(pair, back.path)
    [result] = import_files(office, [back.path])
    assert result.ok, result.reason
    notes = svc.get_case(office, case_id).notes
    assert notes["exit_plan"] == "Pulang ke orang tua" and any(SECRET in v for v in notes.values())


def test_the_registry_travels_from_the_office(pair: Pair) -> None:
    street_child(pair.volunteer)
    send(pair.volunteer, pair.office, pair.drop)  # the office learns the device
    vid = svc.save_volunteer(pair.office, VolunteerInput(name="Sari Wulandari", kelurahan_code="31.71.08.1001",
                                                         role="ketua", registered_on=date(2020, 3, 1)), today=TODAY)
    svc.add_training(pair.office, vid, "Pendampingan anak jalanan", date(2025, 5, 12), "daring", today=TODAY)
    svc.save_volunteer(pair.office, VolunteerInput(name="Lain Orang", kelurahan_code="31.71.08.1002"), today=TODAY)
    send(pair.office, pair.volunteer, pair.drop)
    [own] = svc.registry(pair.volunteer)
    assert own["name"] == "Sari Wulandari" and own["trainings"] == 1
    assert [d.volunteer for d in svc.devices_of(pair.office, "sari wulandari")] == ["Sari Wulandari"]

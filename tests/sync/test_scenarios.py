"""The guarantees of sync.md, through real bundles between an office and a volunteer."""

from __future__ import annotations

from psmdesk.services import conflicts
from psmdesk.services.households import delete_household, get_household, save_household
from psmdesk.services.sync_export import export_bundle, sent_bundles
from psmdesk.services.sync_import import import_files, inspect_bundle
from psmdesk.sync.ledger import device_ledger
from tests.sync.conftest import Pair
from tests.sync.helpers import TODAY, edit, household, send


def shared_household(pair: Pair) -> str:
    hid = save_household(pair.volunteer, household(), today=TODAY)
    send(pair.volunteer, pair.office, pair.drop)
    send(pair.office, pair.volunteer, pair.drop)
    return hid


def test_edits_of_different_fields_merge_without_conflict(pair: Pair) -> None:
    hid = shared_household(pair)
    edit(pair.volunteer, hid, street="Jl. Galur Raya No. 9")
    edit(pair.office, hid, notes="Diverifikasi kantor")
    result = send(pair.volunteer, pair.office, pair.drop)
    assert result.updated >= 1 and result.conflicts == 0
    merged = get_household(pair.office, hid)
    assert merged.street == "Jl. Galur Raya No. 9" and merged.notes == "Diverifikasi kantor"
    assert conflicts.open_count(pair.office) == 0


def test_same_field_conflict_keeps_the_losing_value_for_the_coordinator(pair: Pair) -> None:
    hid = shared_household(pair)
    edit(pair.office, hid, street="Jl. Versi Kantor")
    edit(pair.volunteer, hid, street="Jl. Versi Relawan")  # later stamp: wins
    result = send(pair.volunteer, pair.office, pair.drop)
    assert result.conflicts == 1
    assert get_household(pair.office, hid).street == "Jl. Versi Relawan"
    [view] = conflicts.list_open(pair.office)
    assert (view.field, view.current_value, view.other_value) == ("street", "Jl. Versi Relawan", "Jl. Versi Kantor")
    assert view.current_by == "Sari Wulandari" and view.other_by == "kantor ini"
    # The coordinator chooses the office's value; the queue empties, the history keeps both.
    conflicts.resolve(pair.office, view.id, use_other=True, comment="Sesuai KK terbaru")
    assert get_household(pair.office, hid).street == "Jl. Versi Kantor"
    assert conflicts.open_count(pair.office) == 0
    # The choice travels back to the volunteer as an ordinary newer edit.
    send(pair.office, pair.volunteer, pair.drop)
    assert get_household(pair.volunteer, hid).street == "Jl. Versi Kantor"


def test_deletes_travel_as_tombstones_without_personal_data(pair: Pair) -> None:
    hid = shared_household(pair)
    delete_household(pair.volunteer, hid, "Pindah ke Bekasi")
    written = export_bundle(pair.volunteer, pair.drop)
    assert written is not None
    _, rows = inspect_bundle(pair.office, written.path)
    assert rows.get("tombstones.csv") == 1 and "households.csv" not in rows
    [result] = import_files(pair.office, [written.path])
    assert result.deleted == 1
    row = pair.office.db.execute("SELECT deleted_at, deleted_reason FROM households WHERE id = ?", [hid]).fetchone()
    assert row[0] and row[1] == "Pindah ke Bekasi"


def test_delete_versus_concurrent_edit_is_a_conflict(pair: Pair) -> None:
    hid = shared_household(pair)
    edit(pair.office, hid, notes="Kantor memperbarui catatan")
    delete_household(pair.volunteer, hid, "Data ganda")
    result = send(pair.volunteer, pair.office, pair.drop)
    assert result.conflicts == 1
    [view] = conflicts.list_open(pair.office)
    assert view.kind == "delete"
    conflicts.resolve(pair.office, view.id, use_other=True)  # restore it
    assert pair.office.db.execute("SELECT deleted_at FROM households WHERE id = ?", [hid]).fetchone()[0] is None


def test_acknowledged_bundles_are_not_sent_again(pair: Pair) -> None:
    shared_household(pair)
    assert all(b.acked_at for b in sent_bundles(pair.volunteer))
    assert export_bundle(pair.volunteer, pair.drop) is None


def test_unacknowledged_changes_are_sent_again_and_applied_once(pair: Pair) -> None:
    hid = save_household(pair.volunteer, household(), today=TODAY)
    first = export_bundle(pair.volunteer, pair.drop)
    edit(pair.volunteer, hid, rt="004")
    second = export_bundle(pair.volunteer, pair.drop)
    assert first and second and second.seq == 2 and second.rows >= first.rows
    results = import_files(pair.office, [second.path, first.path])  # out of order
    assert [r.status for r in results] == ["applied", "applied"]
    assert get_household(pair.office, hid).rt == "004"
    [state] = device_ledger(pair.office.db, pair.volunteer.device_id)
    assert state.received == (1, 2) and state.missing == () and state.forks == ()


def test_gaps_are_visible_in_the_ledger(pair: Pair) -> None:
    hid = save_household(pair.volunteer, household(), today=TODAY)
    export_bundle(pair.volunteer, pair.drop)
    edit(pair.volunteer, hid, rt="004")
    second = export_bundle(pair.volunteer, pair.drop)
    assert second is not None
    import_files(pair.office, [second.path])
    [state] = device_ledger(pair.office.db, pair.volunteer.device_id)
    assert state.received == (2,) and state.missing == (1,)


def test_dry_run_changes_nothing(pair: Pair) -> None:
    save_household(pair.volunteer, household(), today=TODAY)
    written = export_bundle(pair.volunteer, pair.drop)
    assert written is not None
    [preview] = import_files(pair.office, [written.path], dry_run=True)
    assert preview.status == "preview" and preview.added > 0
    assert pair.office.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 0
    assert pair.office.db.execute("SELECT COUNT(*) FROM bundles_in").fetchone()[0] == 0
    [real] = import_files(pair.office, [written.path])
    assert real.status == "applied" and real.added == preview.added

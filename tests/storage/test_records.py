from __future__ import annotations

import json

import pytest
from sqlite_utils import Database

from psmdesk.storage.records import RecordNotFound, RecordWriter, audit_trail


def make_household(writer: RecordWriter) -> str:
    return writer.insert(
        "households", {"kelurahan_code": "31.71.08.1001", "rt": "003", "rw": "005", "no_kk": "3171080101090001"}
    )


def test_insert_stamps_every_sync_field(db: Database, writer: RecordWriter) -> None:
    with db.atomic():
        hid = make_household(writer)
    row = writer.get("households", hid)
    assert len(hid) == 32 and row["version"] == 1
    assert row["origin_device"] == "d" * 32
    assert row["created_at"] == row["updated_at"] and row["created_at"].endswith("Z")
    clocks = json.loads(row["field_clocks"])
    assert set(clocks) == {"kelurahan_code", "rt", "rw", "no_kk"}
    assert all(c == [row["hlc"], ""] for c in clocks.values())
    assert row["deleted_at"] is None


def test_update_changes_only_what_changed_and_is_audited(db: Database, writer: RecordWriter) -> None:
    with db.atomic():
        hid = make_household(writer)
    before = writer.get("households", hid)
    with db.atomic():
        changed = writer.update("households", hid, {"rt": "004", "rw": "005"})
    assert changed == ["rt"]
    after = writer.get("households", hid)
    assert after["version"] == 2 and after["hlc"] > before["hlc"]
    clocks = json.loads(after["field_clocks"])
    # This laptop edited its own value: the base stays what it had seen from elsewhere (nothing).
    assert clocks["rt"] == [after["hlc"], ""] and clocks["rw"] == [before["hlc"], ""]
    with db.atomic():
        assert writer.update("households", hid, {"rt": "004"}) == []
    assert writer.get("households", hid)["version"] == 2
    trail = audit_trail(db, "households", [hid])
    updates = [(e.field, e.old_value, e.new_value, e.actor) for e in trail if e.action == "update"]
    assert updates == [("rt", "003", "004", "Sari")]


def test_delete_is_a_tombstone_that_can_be_undone(db: Database, writer: RecordWriter) -> None:
    with db.atomic():
        hid = make_household(writer)
        writer.delete("households", hid, "pindah ke luar kota")
    row = writer.get("households", hid)
    assert row["deleted_at"] and row["deleted_reason"] == "pindah ke luar kota" and row["version"] == 2
    with db.atomic():
        writer.restore("households", hid)
    row = writer.get("households", hid)
    assert row["deleted_at"] is None and row["version"] == 3
    actions = [e.action for e in audit_trail(db, "households", [hid])]
    assert actions[-2:] == ["delete", "restore"]


def test_writer_refuses_to_be_handed_sync_fields(db: Database, writer: RecordWriter) -> None:
    with pytest.raises(ValueError):
        writer.insert("households", {"id": "x", "kelurahan_code": "31.71.08.1001", "rt": "1", "rw": "1"})
    with pytest.raises(RecordNotFound):
        writer.get("households", "nope")


def test_a_failed_unit_of_work_leaves_no_trace(db: Database, writer: RecordWriter) -> None:
    with pytest.raises(RuntimeError), db.atomic():
        make_household(writer)
        raise RuntimeError("crash")
    assert db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == 0

from __future__ import annotations

import pytest
from sqlite_utils import Database

from psmdesk.storage.meals import meal_day_id
from psmdesk.storage.records import RecordWriter, dump_clocks


def test_insert_many_writes_what_insert_writes(db: Database, writer: RecordWriter) -> None:
    """The batch insert of the daily log stamps and audits each row exactly as `insert` does."""
    values = {"list": "x", "code": "a", "label": "A", "position": 0, "active": 1}
    with db.atomic():
        single = writer.insert("reference_items", values)
        many = writer.insert_many("reference_items", [{**values, "code": c} for c in ("b", "c")])
    rows = {r[0]: r for r in db.execute("SELECT id, hlc, version, field_clocks, origin_device FROM reference_items")}
    assert set(rows) == {single, *many}
    stamps = [rows[i][1] for i in (single, *many)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3  # each row its own, increasing stamp
    for rid in many:
        _, hlc, version, clocks, device = rows[rid]
        assert version == 1 and device == "d" * 32
        assert clocks == dump_clocks({k: (hlc, "") for k in values})  # byte for byte what insert writes
    audit = db.execute("SELECT record_id, action, COUNT(*) FROM audit_log GROUP BY record_id").fetchall()
    assert sorted(a[2] for a in audit) == [5, 5, 5] and {a[1] for a in audit} == {"create"}
    assert db.execute("SELECT value FROM meta WHERE key = 'hlc_last'").fetchone()[0] == stamps[-1]


def test_insert_many_refuses_mixed_columns_and_sync_fields(writer: RecordWriter) -> None:
    with pytest.raises(ValueError):
        writer.insert_many("reference_items", [{"list": "x", "code": "a", "label": "A"}, {"list": "x", "code": "b"}])
    with pytest.raises(ValueError):
        writer.insert_many("reference_items", [{"list": "x", "code": "a", "label": "A", "hlc": "1"}])
    assert writer.insert_many("reference_items", []) == []


def test_meal_day_ids_are_the_same_on_every_laptop() -> None:
    a = meal_day_id("f" * 32, "2026-11-01")
    assert a == meal_day_id("f" * 32, "2026-11-01") and len(a) == 32
    assert a != meal_day_id("f" * 32, "2026-11-02") and a != meal_day_id("e" * 32, "2026-11-01")

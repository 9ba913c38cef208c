from __future__ import annotations

from datetime import date

from psmdesk.services.demo import fill_demo
from psmdesk.services.sync_export import export_bundle
from psmdesk.services.sync_import import import_files
from tests.sync.conftest import Pair

TODAY = date(2026, 11, 22)
TABLES = ("households", "members", "ppks_cases", "visits")


def snapshot(ctx, table: str) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    columns = [r[1] for r in ctx.db.execute(f"PRAGMA table_info({table})") if r[1] not in ("version", "updated_at")]
    return ctx.db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id").fetchall()


def test_office_gets_exactly_the_volunteers_records_once(pair: Pair) -> None:
    fill_demo(pair.volunteer, today=TODAY)
    written = export_bundle(pair.volunteer, pair.drop)
    assert written is not None and written.seq == 1
    assert "Sari" not in written.path.name and written.path.suffix == ".psmsync"

    [result] = import_files(pair.office, [written.path])
    assert result.status == "applied", result.reason
    assert result.added == written.rows and result.conflicts == 0
    for table in TABLES:
        assert snapshot(pair.office, table) == snapshot(pair.volunteer, table), table

    [again] = import_files(pair.office, [written.path])
    assert again.status == "already"
    for table in TABLES:
        assert snapshot(pair.office, table) == snapshot(pair.volunteer, table), table

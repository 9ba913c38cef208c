"""A dry run changes nothing at all, even for a laptop's first bundle: no laptop is approved, no
enrollment is used up; the real import afterwards approves it as usual."""

from __future__ import annotations

from psmdesk.services.households import save_household
from psmdesk.services.sync_export import export_bundle
from psmdesk.services.sync_import import import_files
from psmdesk.sync.ledger import all_devices
from tests.sync.conftest import Pair
from tests.sync.helpers import TODAY, household


def _fingerprint(pair: Pair) -> dict[str, list[tuple[object, ...]]]:
    db = pair.office.db
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                        " AND name NOT LIKE '%search%' AND name NOT LIKE 'sqlite_%'")]
    return {t: sorted(map(tuple, db.execute(f"SELECT * FROM {t}").fetchall()), key=repr) for t in tables}


def test_a_dry_run_of_a_first_contact_changes_nothing(pair: Pair) -> None:
    save_household(pair.volunteer, household(), confirmed=True, today=TODAY)
    written = export_bundle(pair.volunteer, pair.drop)
    assert written is not None
    before = _fingerprint(pair)
    [preview] = import_files(pair.office, [written.path], dry_run=True)
    assert preview.status == "preview" and preview.added >= 2, preview.reason
    assert _fingerprint(pair) == before
    assert [d for d in all_devices(pair.office.db) if d.device_id == pair.volunteer.device_id] == []

    [applied] = import_files(pair.office, [written.path])
    assert applied.status == "applied" and applied.added == preview.added
    [device] = [d for d in all_devices(pair.office.db) if d.device_id == pair.volunteer.device_id]
    assert device.status == "approved"

"""The backup before an import is the undo of that import: made once per batch, just before the
first bundle that changes something, and not pushed out of the rotation by retries of files
that change nothing (already imported, rejected)."""

from __future__ import annotations

from psmdesk.services import backup as svc
from psmdesk.services.households import save_household
from psmdesk.services.sync_export import export_bundle
from psmdesk.services.sync_import import import_files
from psmdesk.storage.backup import inspect_backup
from tests.sync.conftest import Pair
from tests.sync.helpers import TODAY, household


def _pre_import(pair: Pair) -> list[svc.Backup]:
    return [b for b in svc.list_backups(pair.office.paths.backups) if b.kind == svc.PRE_IMPORT]


def test_retries_of_known_or_bad_files_keep_the_backup_of_the_real_import(pair: Pair) -> None:
    save_household(pair.volunteer, household(), confirmed=True, today=TODAY)
    written = export_bundle(pair.volunteer, pair.drop)
    assert written is not None
    bad = pair.drop / "rusak.psmsync"
    bad.write_bytes(written.path.read_bytes()[:200])

    [first] = import_files(pair.office, [written.path])
    assert first.status == "applied"
    [undo] = _pre_import(pair)
    for _ in range(svc.KEEP[svc.PRE_IMPORT] + 2):  # a coordinator trying again and again
        results = import_files(pair.office, [written.path, bad])
        assert [r.status for r in results] == ["already", "rejected"]
    assert _pre_import(pair) == [undo]
    # It holds the office's data from before the import.
    assert inspect_backup(undo.path, pair.office.key).counts["households"] == 0

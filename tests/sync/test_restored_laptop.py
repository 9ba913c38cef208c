"""A laptop restored from a backup forgets the edits it made after the backup. What it types
next did not see them: an edit of the same field is a concurrent one, so the value typed before
the restore (already at the office, or in an old bundle forwarded late) lands in the conflict
queue instead of being silently overwritten, whatever order the bundles arrive in."""

from __future__ import annotations

from datetime import datetime

import pytest

from psmdesk.services import backup, conflicts
from psmdesk.services.households import get_household
from psmdesk.services.sync_export import export_bundle
from psmdesk.services.sync_import import import_files
from psmdesk.sync.ledger import device_ledger
from tests.sync.conftest import Pair
from tests.sync.helpers import edit, send
from tests.sync.test_scenarios import shared_household


def _restore(pair: Pair, saved: object) -> None:
    result = backup.restore_backup(pair.volunteer.paths, saved, now=datetime(2026, 11, 23, 9))  # type: ignore[arg-type]
    backup.after_restore(pair.volunteer, result)


@pytest.mark.parametrize("late", [False, True], ids=["lost-edit-first", "lost-edit-forwarded-late"])
def test_an_edit_lost_with_a_restore_is_kept_as_a_conflict(pair: Pair, late: bool) -> None:
    hid = shared_household(pair)
    saved = backup.make_backup(pair.volunteer, backup.MANUAL, now=datetime(2026, 11, 22, 18))
    edit(pair.volunteer, hid, street="Jl. Sebelum Laptop Rusak")
    lost = export_bundle(pair.volunteer, pair.drop)
    assert lost is not None
    if not late:
        [first] = import_files(pair.office, [lost.path])
        assert first.ok and get_household(pair.office, hid).street == "Jl. Sebelum Laptop Rusak"

    _restore(pair, saved)  # the disk died; yesterday evening's backup comes back
    assert get_household(pair.volunteer, hid).street != "Jl. Sebelum Laptop Rusak"
    edit(pair.volunteer, hid, street="Jl. Setelah Dipulihkan")
    send(pair.volunteer, pair.office, pair.drop)
    if late:
        [forwarded] = import_files(pair.office, [lost.path])
        assert forwarded.ok and forwarded.conflicts == 1

    assert get_household(pair.office, hid).street == "Jl. Setelah Dipulihkan"  # the newer edit wins
    [view] = conflicts.list_open(pair.office)
    assert (view.field, view.current_value, view.other_value) == (
        "street", "Jl. Setelah Dipulihkan", "Jl. Sebelum Laptop Rusak")
    assert len(device_ledger(pair.office.db, pair.volunteer.device_id)) == 2  # two epochs: the fork shows


def test_after_a_restore_the_laptop_still_sees_its_own_new_edits(pair: Pair) -> None:
    hid = shared_household(pair)
    saved = backup.make_backup(pair.volunteer, backup.MANUAL, now=datetime(2026, 11, 22, 18))
    _restore(pair, saved)
    edit(pair.volunteer, hid, street="Jl. Pertama Setelah Pulih")
    send(pair.volunteer, pair.office, pair.drop)
    edit(pair.volunteer, hid, street="Jl. Kedua Setelah Pulih")  # the same laptop, one edit after the other
    result = send(pair.volunteer, pair.office, pair.drop)
    assert result.conflicts == 0 and conflicts.open_count(pair.office) == 0
    assert get_household(pair.office, hid).street == "Jl. Kedua Setelah Pulih"

"""Bundles of one import share a commit (services/commit_group.py), yet each stays whole: a bundle
refused before it writes leaves the others in the group; one that fails after writing takes the
group's transaction down, and the bundles before it are applied again one by one; a report never
calls "applied" what is not in the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from psmdesk.services import sync_import
from psmdesk.services.households import save_household
from psmdesk.services.sync_export import export_bundle
from psmdesk.services.sync_import import import_files
from psmdesk.storage.cipher import sqlite
from psmdesk.sync.bundle import BundleRejected
from tests.sync.conftest import Pair
from tests.sync.helpers import TODAY, household


def _three_bundles(pair: Pair) -> list[Path]:
    paths = []
    for n, nik in enumerate(("3171080507800003", "3171080507800004", "3171080507800005"), start=1):
        save_household(pair.volunteer, household(rt=f"00{n}", nik=nik), confirmed=True, today=TODAY)
        written = export_bundle(pair.volunteer, pair.drop)
        assert written is not None
        paths.append(written.path)
    return paths


def _fail_on(monkeypatch: pytest.MonkeyPatch, call: int, fail: Any) -> list[int]:
    """Makes the `call`-th bundle fail once it has written (and been recorded in the ledger);
    returns the list of calls, one per bundle applied or attempted."""
    real = sync_import._after_apply
    calls: list[int] = []

    def after_apply(ctx: Any, *args: Any) -> None:
        real(ctx, *args)
        calls.append(1)
        if len(calls) == call:
            fail(ctx)

    monkeypatch.setattr(sync_import, "_after_apply", after_apply)
    return calls


def _received(pair: Pair) -> list[int]:
    return [r[0] for r in pair.office.db.execute("SELECT seq FROM bundles_in ORDER BY seq").fetchall()]


def test_a_bundle_refused_before_writing_leaves_the_group_alone(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _three_bundles(pair)
    real = sync_import.apply_staged
    seen: list[int] = []

    def apply_staged(db: Any, staged: Any, specs: Any, source: Any) -> Any:
        seen.append(1)
        if len(seen) == 2:
            raise BundleRejected("households.csv merujuk 1 data yang tidak ada")
        return real(db, staged, specs, source)

    monkeypatch.setattr(sync_import, "apply_staged", apply_staged)
    results = import_files(pair.office, paths)
    assert [r.status for r in results] == ["applied", "rejected", "applied"]
    assert len(seen) == 3  # nothing applied twice: the group went on
    assert _received(pair) == [1, 3]
    assert pair.office.db.execute("SELECT count(*) FROM households").fetchone()[0] == 3


def test_a_bundle_failing_after_writing_is_rolled_back_alone(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _three_bundles(pair)

    def reject(ctx: Any) -> None:
        raise BundleRejected("data tidak bisa diterapkan")

    calls = _fail_on(monkeypatch, 2, reject)
    results = import_files(pair.office, paths)
    assert [r.status for r in results] == ["applied", "rejected", "applied"]
    assert results[1].reason == "data tidak bisa diterapkan"
    assert len(calls) == 4  # the first bundle went in again, on its own
    assert _received(pair) == [1, 3]  # nothing of the second bundle stayed, not even its ledger entry
    assert pair.office.db.execute("SELECT count(*) FROM households").fetchone()[0] == 3
    assert results[0].tables["households"]["added"] == 1 and results[0].tables["members"]["added"] == 1


def test_a_full_disk_mid_group_applies_the_bundles_before_it_and_refuses_the_rest(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _three_bundles(pair)

    def disk_full(ctx: Any) -> None:
        ctx.db.conn.execute("ROLLBACK")  # what SQLite may do itself on a full disk
        raise sqlite.OperationalError("database or disk is full")

    _fail_on(monkeypatch, 3, disk_full)
    results = import_files(pair.office, paths)
    assert [r.status for r in results] == ["applied", "applied", "rejected"]
    assert results[2].reason.startswith("Ruang penyimpanan penuh")
    assert "DITOLAK" in results[2].describe()
    assert _received(pair) == [1, 2]
    assert pair.office.db.execute("SELECT count(*) FROM households").fetchone()[0] == 2

    monkeypatch.undo()
    again = import_files(pair.office, paths)
    assert [r.status for r in again] == ["already", "already", "applied"]
    assert _received(pair) == [1, 2, 3]
    assert pair.office.db.execute("SELECT count(*) FROM households").fetchone()[0] == 3


def test_the_group_commits_as_it_goes_so_other_windows_see_the_rows(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    from psmdesk.services import commit_group

    monkeypatch.setattr(commit_group, "GROUP_ROWS", 1)  # every bundle fills a group
    paths = _three_bundles(pair)
    seen = []
    real = sync_import.import_file

    def import_file(ctx: Any, path: Path, **kwargs: Any) -> Any:
        seen.append(ctx.db.conn.in_transaction)  # nothing left open from the bundle before
        return real(ctx, path, **kwargs)

    monkeypatch.setattr(sync_import, "import_file", import_file)
    assert [r.status for r in import_files(pair.office, paths)] == ["applied"] * 3
    assert seen == [False, False, False]
    assert not pair.office.db.conn.in_transaction

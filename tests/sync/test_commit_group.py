"""Bundles of one import share a commit (services/commit_group.py), yet each stays whole: a bundle
that fails is rolled back alone, and when the shared transaction itself is lost every bundle of
it is reported as not saved, never as applied, and importing the same files again applies them."""

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


def _fail_on(monkeypatch: pytest.MonkeyPatch, call: int, fail: Any) -> None:
    real = sync_import._after_apply
    calls = []

    def after_apply(ctx: Any, *args: Any) -> None:
        real(ctx, *args)  # the bundle is recorded in the ledger, then it fails
        calls.append(1)
        if len(calls) == call:
            fail(ctx)

    monkeypatch.setattr(sync_import, "_after_apply", after_apply)


def _received(pair: Pair) -> list[int]:
    return [r[0] for r in pair.office.db.execute("SELECT seq FROM bundles_in ORDER BY seq").fetchall()]


def test_a_bundle_failing_inside_the_group_is_rolled_back_alone(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _three_bundles(pair)

    def reject(ctx: Any) -> None:
        raise BundleRejected("data tidak bisa diterapkan")

    _fail_on(monkeypatch, 2, reject)
    results = import_files(pair.office, paths)
    assert [r.status for r in results] == ["applied", "rejected", "applied"]
    assert results[1].reason == "data tidak bisa diterapkan"
    assert _received(pair) == [1, 3]  # the second bundle's ledger entry went with its savepoint
    assert pair.office.db.execute("SELECT count(*) FROM households").fetchone()[0] == 3


def test_a_lost_group_reports_every_bundle_not_saved_and_a_retry_applies_them(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _three_bundles(pair)

    def disk_full(ctx: Any) -> None:
        ctx.db.conn.execute("ROLLBACK")  # what SQLite may do itself on a full disk
        raise sqlite.OperationalError("database or disk is full")

    _fail_on(monkeypatch, 3, disk_full)
    results = import_files(pair.office, paths)
    assert [r.status for r in results] == ["rejected"] * 3
    assert results[0].reason.startswith("tidak tersimpan: Ruang penyimpanan penuh")
    assert results[0].added == 0 and "DITOLAK" in results[0].describe()
    assert results[2].reason.startswith("Ruang penyimpanan penuh")
    assert _received(pair) == []
    assert pair.office.db.execute("SELECT count(*) FROM households").fetchone()[0] == 0

    monkeypatch.undo()
    again = import_files(pair.office, paths)
    assert [r.status for r in again] == ["applied"] * 3
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

"""A full disk while saving: the Indonesian message that says so (never an unexpected error),
nothing half-written, and the same save succeeds once there is room again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

import pytest

from psmdesk.domain.kube import GroupInput
from psmdesk.domain.kube_cash import CashInput
from psmdesk.services import kube, kube_book
from psmdesk.services.context import AppContext
from psmdesk.services.households import save_household
from psmdesk.storage.errors import DiskFull
from tests.sync.helpers import household

TODAY = date(2026, 11, 22)


@contextmanager
def full(ctx: AppContext) -> Iterator[None]:
    pages = ctx.db.execute("PRAGMA page_count").fetchone()[0]
    ctx.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "database or disk is full"
    try:
        yield
    finally:
        ctx.db.execute("PRAGMA max_page_count = 1073741823")


def _household(ctx: AppContext) -> str:
    return save_household(ctx, household(), today=TODAY)


def _cash(ctx: AppContext) -> str:
    group = kube.save_group(ctx, GroupInput(name="KUBE Mawar", business_type="kuliner",
                                            kelurahan_code="31.71.08.1001", founded_on=date(2025, 1, 1),
                                            stage="penumbuhan"), today=TODAY)
    with full(ctx), pytest.raises(DiskFull):
        kube_book.post_cash(ctx, CashInput(group_id=group, entry_date=TODAY, direction="in", category="penjualan",
                                           amount=150_000, description="Jual kue " * 300), today=TODAY)
    return group


def test_a_household_saved_on_a_full_disk_says_so_and_saves_later(ready_ctx: AppContext) -> None:
    save: Callable[[AppContext], str] = _household
    before = ready_ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0]
    with full(ready_ctx):
        with pytest.raises(DiskFull, match="Ruang penyimpanan penuh"):
            save(ready_ctx)
        assert ready_ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == before
    assert ready_ctx.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    save(ready_ctx)
    assert ready_ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == before + 1


def test_a_cash_entry_on_a_full_disk_is_not_half_posted(ready_ctx: AppContext) -> None:
    group = _cash(ready_ctx)
    assert ready_ctx.db.execute("SELECT COUNT(*) FROM kube_cash WHERE group_id = ?", [group]).fetchone()[0] == 0
    assert ready_ctx.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

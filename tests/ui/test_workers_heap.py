"""A running job keeps the heap that existed before it out of full collections, and gives it
back when the last job ends (psmdesk/ui/workers.py, docs/benchmarks.md)."""

from __future__ import annotations

import gc

from psmdesk.ui.workers import frozen_heap


def test_the_heap_is_frozen_only_while_jobs_run() -> None:
    before = gc.get_freeze_count()
    with frozen_heap():
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with frozen_heap():  # a second job at the same time changes nothing
            assert gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen
    assert gc.get_freeze_count() == before == 0

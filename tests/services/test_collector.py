"""The garbage collector is paused while imports run and back on when the last one ends, also
when an import fails; a collector the user had switched off stays off."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from psmdesk.services.collector import paused_collector
from psmdesk.services.context import AppContext
from psmdesk.services.sync_import import import_files


def test_overlapping_imports_keep_it_paused_until_the_last_ends() -> None:
    assert gc.isenabled()
    with paused_collector():
        assert not gc.isenabled()
        with paused_collector():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failing_import_turns_it_back_on() -> None:
    with pytest.raises(RuntimeError), paused_collector():
        raise RuntimeError("rusak")
    assert gc.isenabled()


def test_a_collector_switched_off_stays_off() -> None:
    gc.disable()
    try:
        with paused_collector():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_bundle_import_leaves_the_collector_on(ready_ctx: AppContext, tmp_path: Path) -> None:
    bogus = tmp_path / "paket.psmsync"
    bogus.write_bytes(b"bukan paket")
    [result] = import_files(ready_ctx, [bogus])
    assert result.status == "rejected"
    assert gc.isenabled()

"""Kirim ke Kantor runs as a background job: it reports its progress, and a cancel stops it with
nothing written, so the next send is the same bundle number."""

from __future__ import annotations

import pytest

from psmdesk.services.households import save_household
from psmdesk.services.sync_export import ExportCancelled, export_bundle, sent_bundles
from tests.sync.conftest import Pair
from tests.sync.helpers import TODAY, household


def test_a_cancelled_send_writes_nothing_and_the_next_one_is_whole(pair: Pair) -> None:
    save_household(pair.volunteer, household(), confirmed=True, today=TODAY)
    asked: list[int] = []

    def cancel_after_two() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(ExportCancelled, match="dibatalkan"):
        export_bundle(pair.volunteer, pair.drop, cancelled=cancel_after_two)
    assert sent_bundles(pair.volunteer) == [] and list(pair.drop.glob("*.psmsync")) == []

    seen: list[tuple[int, int]] = []
    written = export_bundle(pair.volunteer, pair.drop, progress=lambda done, total, _: seen.append((done, total)))
    assert written is not None and written.seq == 1
    assert seen and [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1][0] < seen[-1][1]

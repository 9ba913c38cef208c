"""What a laptop restored from a backup never saw of its own edits.

A laptop always sees its own earlier edits, so merging takes a newer edit of the same laptop as
an update, never as a concurrent one (`merge.py`). A restore breaks that: the edits made after
the backup was taken, and perhaps already sent to the office, are gone from the laptop, and what
it types next did not see them. So a restore records an interval of its own stamps it has not
seen: after the restored clock and before the first stamp after the restore. Bundles carry every
interval the sender knows (of any device); the receiver keeps them, so an edit from before the
restore that arrives later (a forwarded old bundle) is still recognised as concurrent, whatever
the order the bundles come in. Intervals only ever grow; there are a handful per laptop life."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlite_utils import Database

from psmdesk.domain.clock import Stamp
from psmdesk.storage import meta

UNSEEN_KEY = "sync_unseen_own"
MAX_PER_DEVICE = 100

Intervals = Mapping[str, Sequence[tuple[str, str]]]  # device id -> (after, before) stamps


def known(db: Database) -> dict[str, list[tuple[str, str]]]:
    raw = meta.get_json(db, UNSEEN_KEY) or {}
    return {device: [(a, b) for a, b in spans] for device, spans in raw.items()}


def remember(db: Database, intervals: Intervals) -> dict[str, list[tuple[str, str]]]:
    """Adds `intervals` to what this database knows (call inside the caller's transaction)."""
    current = known(db)
    changed = False
    for device, spans in intervals.items():
        mine = set(current.get(device, []))
        new = {(a, b) for a, b in spans} - mine
        if new:
            current[device] = sorted(mine | new)[-MAX_PER_DEVICE:]
            changed = True
    if changed:
        meta.put_json(db, UNSEEN_KEY, {d: [list(s) for s in spans] for d, spans in current.items()})
    return current


def mark_restore(db: Database, device_id: str, lost_clock: str | None, now_ms: int) -> tuple[str, str]:
    """After a restore: own stamps between the restored clock and now were never seen here.
    The clock moves past the interval so every later edit is known to come after it."""
    from psmdesk.storage.records import CLOCK_KEY

    restored = meta.get(db, CLOCK_KEY) or ""
    end = str(Stamp(now_ms, 0, device_id))
    if lost_clock and lost_clock > end and Stamp.parse(lost_clock).device == device_id:
        end = lost_clock  # the replaced database's clock ran ahead of this one's wall clock
    if end > restored:
        meta.put(db, CLOCK_KEY, end)
    span = (restored, end)
    remember(db, {device_id: [span]})
    return span


def saw(earlier: str, later: str, spans: Sequence[tuple[str, str]]) -> bool:
    """Whether the laptop's edit stamped `later` was made knowing its own edit `earlier`."""
    return not any(after < earlier < before <= later for after, before in spans)

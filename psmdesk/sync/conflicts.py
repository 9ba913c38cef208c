"""The conflict queue: losing values of concurrent edits, kept until the coordinator decides.

After each merge the open conflicts of a field are tidied so that the queue depends only on
what has been received, not on the order it arrived in: a value that a later edit had seen, or
that its own device has since replaced, is no longer a live alternative."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from psmdesk.domain.clock import Stamp
from psmdesk.sync.forks import Intervals, saw
from psmdesk.sync.merge import NO_FORKS, Loser


def _device(clock: str) -> str:
    try:
        return Stamp.parse(clock).device
    except ValueError:
        return ""


def record_losers(
    db: Database, table: str, record_id: str, losers: list[Loser], bundle_id: str | None, now_iso: str,
    current: dict[str, object],
) -> int:
    """Stores the losers; returns how many the coordinator will see (not equal to the current value)."""
    added = 0
    for loser in losers:
        cursor = db.execute(
            "INSERT INTO conflicts (table_name, record_id, field, value, clock, base, kind, bundle_id, detected_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [table, record_id, loser.field, _text(loser.value), loser.clock, loser.base, loser.kind, bundle_id,
             now_iso],
        )
        if loser.kind != "field" or not same_value(loser.field, loser.value, current.get(loser.field)):
            added += cursor.rowcount
    return added


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def same_value(field: str, value: object, current: object) -> bool:
    """Whether a kept value says the same as the current one. For deletion only the state
    counts: two deletions at different times agree."""
    if field == "deleted_at":
        return (value is None) == (current is None)
    return _text(value) == _text(current)


def tidy(db: Database, table: str, record_id: str, fields: dict[str, tuple[object, str, str]],
         unseen: Intervals = NO_FORKS) -> None:
    """Drops open field conflicts that are no longer live alternatives to the current value.
    `fields` maps a field name to its current (value, clock, base); `unseen`, what laptops
    restored from a backup never saw of their own edits (their later edits replaced nothing)."""
    rows = db.execute(
        "SELECT id, field, value, clock, base FROM conflicts WHERE table_name = ? AND record_id = ?"
        " AND status = 'open' AND kind = 'field'",
        [table, record_id],
    ).fetchall()
    stale: list[int] = []
    for name, (_value, win_clock, win_base) in fields.items():
        mine = [r for r in rows if r[1] == name]
        if not mine:
            continue
        seen = {win_base} | {r[4] for r in mine}
        newest: dict[str, str] = {_device(win_clock): win_clock}
        for _, _, _, clock, _ in mine:
            newest[_device(clock)] = max(newest.get(_device(clock), ""), clock)
        # The same value offered by two laptops stays stored twice (shown once, see `shown_once`):
        # dropping one now would lose it for good if the other is replaced by its laptop later,
        # and the queue would then depend on the import order.
        stale.extend(
            cid for cid, _, _, clock, _ in mine
            if clock == win_clock
            or clock in seen  # a later edit had seen this value
            or (clock != newest[_device(clock)]  # its own laptop replaced it since, knowing it
                and saw(clock, newest[_device(clock)], unseen.get(_device(clock), ())))
        )
    if stale:
        db.execute(f"DELETE FROM conflicts WHERE id IN ({', '.join('?' * len(stale))})", stale)


def alternative_key(field: str, kind: str, value: object) -> tuple[str, str, object]:
    """Open conflicts with equal keys offer the same alternative: the queue shows one of them
    (the newest) and deciding it decides all."""
    if kind == "field" and field == "deleted_at":
        return (field, kind, value is None)
    return (field, kind, _text(value))


@dataclass(frozen=True)
class OpenConflict:
    id: int
    table: str
    record_id: str
    field: str
    value: str | None
    clock: str
    kind: str
    detected_at: str


def is_dormant(db: Database, conflict: OpenConflict) -> bool:
    """A field conflict whose value is the current value: nothing to decide (yet)."""
    if conflict.kind != "field":
        return False
    row = db.execute(f"SELECT {conflict.field} FROM {conflict.table} WHERE id = ?", [conflict.record_id]).fetchone()
    return row is not None and same_value(conflict.field, conflict.value, row[0])


def open_conflicts(db: Database, limit: int = 1000) -> list[OpenConflict]:
    rows = db.execute(
        "SELECT id, table_name, record_id, field, value, clock, kind, detected_at FROM conflicts"
        " WHERE status = 'open' ORDER BY detected_at, id LIMIT ?",
        [limit],
    ).fetchall()
    return [OpenConflict(*r) for r in rows]

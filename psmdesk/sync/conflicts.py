"""The conflict queue: losing values of concurrent edits, kept until the coordinator decides.

After each merge the open conflicts of a field are tidied so that the queue depends only on
what has been received, not on the order it arrived in: a value that a later edit had seen, or
that its own device has since replaced, is no longer a live alternative."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from psmdesk.domain.clock import Stamp
from psmdesk.sync.merge import Loser


def _device(clock: str) -> str:
    try:
        return Stamp.parse(clock).device
    except ValueError:
        return ""


def record_losers(
    db: Database, table: str, record_id: str, losers: list[Loser], clocks: dict[str, tuple[str, str]],
    bundle_id: str | None, now_iso: str,
) -> int:
    added = 0
    for loser in losers:
        cursor = db.execute(
            "INSERT INTO conflicts (table_name, record_id, field, value, clock, base, kind, bundle_id, detected_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [table, record_id, loser.field, None if loser.value is None else str(loser.value), loser.clock,
             loser.base, loser.kind, bundle_id, now_iso],
        )
        added += cursor.rowcount
    for name in {loser.field for loser in losers if loser.kind == "field"}:
        tidy(db, table, record_id, name, clocks.get(name, ("", "")))
    return added


def tidy(db: Database, table: str, record_id: str, field: str, winner: tuple[str, str]) -> None:
    rows = db.execute(
        "SELECT id, clock, base FROM conflicts WHERE table_name = ? AND record_id = ? AND field = ?"
        " AND status = 'open' AND kind = 'field'",
        [table, record_id, field],
    ).fetchall()
    win_clock, win_base = winner
    seen = {win_base} | {base for _, _, base in rows}
    newest: dict[str, str] = {_device(win_clock): win_clock}
    for _, clock, _ in rows:
        device = _device(clock)
        newest[device] = max(newest.get(device, ""), clock)
    stale = [
        cid for cid, clock, _ in rows
        if clock == win_clock or clock in seen or clock != newest[_device(clock)]
    ]
    if stale:
        db.execute(
            f"DELETE FROM conflicts WHERE id IN ({', '.join('?' * len(stale))})", stale
        )


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


def open_conflicts(db: Database, limit: int = 1000) -> list[OpenConflict]:
    rows = db.execute(
        "SELECT id, table_name, record_id, field, value, clock, kind, detected_at FROM conflicts"
        " WHERE status = 'open' ORDER BY detected_at, id LIMIT ?",
        [limit],
    ).fetchall()
    return [OpenConflict(*r) for r in rows]

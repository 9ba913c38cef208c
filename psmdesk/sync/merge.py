"""Per-field last-writer-wins with visible losers.

For each field both sides carry (stamp of the last change, stamp of the value it replaced).
The greater stamp wins, so every import order ends in the same value. When neither side had
seen the other's change (a concurrent edit), the losing value is kept as a conflict for the
coordinator. A stamp before 2020 or far in the future never wins and is flagged."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from psmdesk.domain.clock import Stamp, is_plausible
from psmdesk.domain.erasure import is_erasure
from psmdesk.sync.forks import Intervals, saw

NO_FORKS: Mapping[str, Sequence[tuple[str, str]]] = {}

FieldState = tuple[object, str, str]  # (value, clock, base)


class Outcome(Enum):
    KEEP = "keep"  # local value stays, nothing to record
    TAKE = "take"  # remote value replaces local
    KEEP_CONFLICT = "keep_conflict"  # local stays; remote value recorded as a loser
    TAKE_CONFLICT = "take_conflict"  # remote replaces local; local value recorded as a loser
    KEEP_FLAGGED = "keep_flagged"  # remote stamp implausible: local stays, remote recorded


def _plausible(clock: str, now_ms: int) -> bool:
    if not clock:
        return True
    try:
        return is_plausible(Stamp.parse(clock), now_ms)
    except ValueError:
        return False


def _device(clock: str) -> str:
    return clock.split("-", 2)[2] if clock.count("-") >= 2 else ""


def merge_field(local: FieldState, remote: FieldState, now_ms: int, unseen: Intervals = NO_FORKS) -> Outcome:
    """Which value stays, and whether the other is a concurrent edit to keep. A kept value equal
    to the current one is dormant: not shown to the coordinator until the current value changes.

    An edit "saw" the value it replaced when its base is that value's stamp, or when both come
    from the same laptop (a laptop always sees its own earlier edits), unless the earlier one
    falls in what that laptop lost with a restore from backup (`unseen`, see forks.py)."""
    l_value, l_clock, l_base = local
    r_value, r_clock, r_base = remote
    if r_clock == l_clock:
        return Outcome.KEEP
    if not _plausible(r_clock, now_ms):
        return Outcome.KEEP_FLAGGED if r_value != l_value else Outcome.KEEP
    device = _device(r_clock)
    same_device = bool(l_clock) and _device(l_clock) == device and (
        saw(min(l_clock, r_clock), max(l_clock, r_clock), unseen.get(device, ())))
    if r_clock > l_clock or not _plausible(l_clock, now_ms):
        # Concurrent edits are kept even when both typed the same value: if the winner's laptop
        # later changes it, the other laptop's value becomes a live alternative again.
        concurrent = bool(l_clock) and r_base != l_clock and not same_device
        return Outcome.TAKE_CONFLICT if concurrent else Outcome.TAKE
    concurrent = l_base != r_clock and not same_device
    return Outcome.KEEP_CONFLICT if concurrent else Outcome.KEEP


@dataclass
class Loser:
    field: str
    value: object
    clock: str
    base: str
    kind: str = "field"


@dataclass
class RowMerge:
    values: dict[str, object]  # fields to write (changed ones only)
    clocks: dict[str, tuple[str, str]]  # the merged field clocks (all fields)
    losers: list[Loser]

    @property
    def changed(self) -> bool:
        return bool(self.values)


def merge_row(
    local: Mapping[str, object], local_clocks: Mapping[str, tuple[str, str]],
    remote: Mapping[str, object], remote_clocks: Mapping[str, tuple[str, str]],
    fields: list[str], now_ms: int, unseen: Intervals = NO_FORKS,
) -> RowMerge:
    """Merges every field of `fields` (deleted_at travels with deleted_reason under one clock)."""
    values: dict[str, object] = {}
    clocks = dict(local_clocks)
    losers: list[Loser] = []
    for name in fields:
        l_clock, l_base = local_clocks.get(name, ("", ""))
        r_clock, r_base = remote_clocks.get(name, ("", ""))
        if not r_clock:
            continue  # the sender has no change of this field to offer
        if name == "deleted_at" and _erased(local) != _erased(remote):
            # An erasure (right to erasure) is final: it wins over any deletion state that is not
            # one, whatever the stamps, and leaves no alternative to choose (docs/sync.md).
            if _erased(remote):
                values.update(deleted_at=remote.get("deleted_at"), deleted_reason=remote.get("deleted_reason"))
                clocks[name] = (r_clock, r_base)
            continue
        outcome = merge_field((local.get(name), l_clock, l_base), (remote.get(name), r_clock, r_base), now_ms,
                              unseen)
        if name == "deleted_at" and _erased(local) and outcome is not Outcome.KEEP:
            outcome = Outcome.TAKE if outcome in (Outcome.TAKE, Outcome.TAKE_CONFLICT) else Outcome.KEEP
        if outcome in (Outcome.TAKE, Outcome.TAKE_CONFLICT):
            if remote.get(name) != local.get(name):
                values[name] = remote.get(name)
            if name == "deleted_at" and remote.get("deleted_reason") != local.get("deleted_reason"):
                values["deleted_reason"] = remote.get("deleted_reason")
            clocks[name] = (r_clock, r_base)
            if outcome is Outcome.TAKE_CONFLICT:
                losers.append(Loser(name, local.get(name), l_clock, l_base))
        elif outcome is Outcome.KEEP_CONFLICT:
            losers.append(Loser(name, remote.get(name), r_clock, r_base))
        elif outcome is Outcome.KEEP_FLAGGED:
            losers.append(Loser(name, remote.get(name), r_clock, r_base, kind="clock"))
    return RowMerge(values, clocks, losers)


def _erased(row: Mapping[str, object]) -> bool:
    return row.get("deleted_at") is not None and is_erasure(row.get("deleted_reason"))

"""Hybrid logical clock (Kulkarni et al. 2014): wall-clock-like stamps that never go backwards
on a device, and that move past every stamp the device has seen in an imported bundle.

A stamp is text, `MMMMMMMMMMMMM-CCCCC-DEVICE`: milliseconds since 1970 (13 digits), a counter
(5 digits) and the device id. Fixed width makes plain string comparison the clock order, with
the device id breaking ties deterministically."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

# Before 2020 no PSM Desk existed; a stamp before then comes from a laptop with a dead CMOS battery.
EARLIEST_MS = 1_577_836_800_000
# A stamp more than a day ahead of the receiver's clock is not trusted to win a merge.
MAX_FUTURE_MS = 24 * 3600 * 1000


@dataclass(frozen=True, order=True)
class Stamp:
    ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.ms:013d}-{self.counter:05d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        ms, counter, device = text.split("-", 2)
        if len(ms) != 13 or len(counter) != 5 or not device:
            raise ValueError("bad clock stamp")
        return cls(int(ms), int(counter), device)


def is_plausible(stamp: Stamp, now_ms: int) -> bool:
    """False for stamps before 2020 or far in the future: they are flagged and cannot win."""
    return EARLIEST_MS <= stamp.ms <= now_ms + MAX_FUTURE_MS


class HybridClock:
    def __init__(
        self,
        device: str,
        last: Stamp | None = None,
        wall_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
    ) -> None:
        self.device = device
        self._wall_ms = wall_ms
        self._ms = last.ms if last else 0
        self._counter = last.counter if last else 0

    @property
    def last(self) -> Stamp:
        return Stamp(self._ms, self._counter, self.device)

    def tick(self) -> Stamp:
        """A new stamp for a local change, greater than every stamp seen so far."""
        wall = self._wall_ms()
        if wall > self._ms:
            self._ms, self._counter = wall, 0
        else:
            self._counter += 1
            if self._counter > 99_999:  # keeps the stamp fixed-width; borrows a millisecond
                self._ms, self._counter = self._ms + 1, 0
        return self.last

    def observe(self, remote: Stamp) -> None:
        """Move past a stamp received from another device (unless it is implausible)."""
        wall = self._wall_ms()
        if not is_plausible(remote, wall):
            return
        if remote.ms > self._ms:
            self._ms, self._counter = remote.ms, remote.counter
        elif remote.ms == self._ms:
            self._counter = max(self._counter, remote.counter)

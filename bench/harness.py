"""Result rows and the results table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    scenario: str
    ours: str
    floor: str
    ratio: float | None
    target: str
    passed: bool
    note: str = ""


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)


def table(results: list[Result], header: str) -> str:
    lines = [header, "", "| scenario | ours | floor (same run) | ratio | target | result |",
             "|---|---|---|---|---|---|"]
    for r in results:
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}"
        verdict = "pass" if r.passed else "FAIL"
        note = f" ({r.note})" if r.note else ""
        lines.append(f"| {r.scenario} | {r.ours} | {r.floor} | {ratio} | {r.target} | {verdict}{note} |")
    return "\n".join(lines) + "\n"


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM belongs to the process image, so a child forked
    from a large parent does not inherit the parent's figure (ru_maxrss does, on Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

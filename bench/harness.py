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

"""Start-up times of PSM Desk, frozen beside unfrozen: the figures of docs/installers.md.

    python installers/measure_start.py --frozen /opt/psmdesk/psmdesk [--runs 5] [--cold]

Measures, for the frozen executable and for `python -m psmdesk` from the source tree:
  version   `--version` (process start, imports up to argparse: the floor of any command)
  selftest  `--self-test` without a window (every service, the database, a PDF)
  window    time until the main window is on the X screen (needs DISPLAY, e.g. under Xvfb, and
            xwininfo from x11-utils), with an already set-up data folder
--cold empties the page cache before every run (root only, Linux: /proc/sys/vm/drop_caches), which
is what a laptop sees on the first start after booting; otherwise the runs are warm. Prints a
Markdown table of medians."""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


CPU: dict[tuple[str, str], list[float]] = {}


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall time; the CPU time (user + system) of the child goes to CPU, which a busy machine skews less."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    key = (command[-1], "source" if command[1:2] == ["-m"] else "frozen")
    CPU.setdefault(key, []).append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def window_shown(command: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            while time.perf_counter() - started < timeout:
                tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env).stdout
                if '"PSM Desk"' in tree:
                    return time.perf_counter() - started
                if process.poll() is not None:
                    errors.seek(0)
                    raise SystemExit(f"{command[0]} exited with {process.returncode} before showing a window:\n"
                                     + errors.read().decode(errors="replace")[-2000:])
                time.sleep(0.02)
            raise SystemExit(f"no window within {timeout} s")
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frozen", required=True, help="the frozen executable, e.g. /opt/psmdesk/psmdesk")
    parser.add_argument("--python", default=sys.executable, help="the interpreter for the unfrozen runs")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before every run (root)")
    args = parser.parse_args(argv)

    data = Path(tempfile.mkdtemp(prefix="psmdesk-start-"))
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    subprocess.run([args.frozen, "--data-dir", str(data), "setup", "--role", "relawan", "--name", "Sari Wulandari",
                    "--kelurahan", "31.71.08.1001"], env=env, stdout=subprocess.DEVNULL, check=True)
    variants = {"frozen": [args.frozen], "source": [args.python, "-m", "psmdesk"]}
    measures = {
        "version": (timed, ["--version"]),
        "selftest": (timed, ["--self-test"]),
    }
    if env.get("DISPLAY") and shutil.which("xwininfo"):
        measures["window"] = (window_shown, ["--data-dir", str(data)])
    results: dict[tuple[str, str], float] = {}
    try:
        for name, (measure, extra) in measures.items():
            for variant, command in variants.items():
                samples = []
                for _ in range(args.runs):
                    if args.cold:
                        drop_caches()
                    samples.append(measure(command + extra, env))
                results[(name, variant)] = statistics.median(samples)
    finally:
        shutil.rmtree(data, ignore_errors=True)

    print(f"| {'cold' if args.cold else 'warm'} start, median of {args.runs} | frozen | source |")
    print("|---|---:|---:|")
    for name, (_, extra) in measures.items():
        cells = []
        for variant in variants:
            cell = f"{results[(name, variant)]:.2f} s"
            cpu = CPU.get((extra[-1], variant))
            if cpu:
                cell += f" (CPU {statistics.median(cpu):.2f} s)"
            cells.append(cell)
        print(f"| {name} | {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

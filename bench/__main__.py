"""`python -m bench [--size small|kota] [--only NAME ...] [--keep DIR]`: runs every scenario, prints
the table and writes it to bench/results-<size>.md (commit it with the change that moved a figure).

`--keep DIR` builds the dataset (and imports it) into DIR once and reuses it on later runs, so a
single scenario can be measured again at kota size in minutes; the import scenario always builds
afresh. Results written from a kept dataset go to bench/results-<size>-partial.md unless --out."""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from bench import scenarios
from bench.dataset import SIZES, build, build_kept
from bench.harness import Result, table

DATA_SCENARIOS = {
    "import": scenarios.import_bundles,
    "search": scenarios.search,
    "list": scenarios.first_screen,
    "save": scenarios.save_six,
    "export": scenarios.export_rows,
    "startup": scenarios.cold_start,
}
SIZED_SCENARIOS = {  # on the same dataset, sized by --size
    "distribution": scenarios.distribution,
    "table-import": scenarios.table_import,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    names = ", ".join([*DATA_SCENARIOS, *SIZED_SCENARIOS, "meals", "memory", "stall"])
    parser.add_argument("--only", nargs="*", default=None, help=f"scenario names: {names}")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="build the imported dataset here once, reuse it")
    args = parser.parse_args(argv)
    wanted = args.only or [*DATA_SCENARIOS, *SIZED_SCENARIOS, "meals", "memory", "stall"]
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="psmdesk-bench-") as tmp:
        root = Path(tmp)
        if any(name in wanted for name in (*DATA_SCENARIOS, *SIZED_SCENARIOS)):
            started = time.perf_counter()
            print(f"Building the {args.size} dataset...", file=sys.stderr, flush=True)
            kept = args.keep is not None and "import" not in wanted
            data = build_kept(args.keep, args.size, scenarios._import_all) if kept else build(root, args.size)
            print(f"  {len(data.bundles)} bundles, {data.row_count:,} rows in {time.perf_counter() - started:.0f} s",
                  file=sys.stderr, flush=True)
            if "import" not in wanted and not kept:
                scenarios._import_all(data)
            for name, scenario in DATA_SCENARIOS.items():
                if name in wanted:
                    print(f"Running {name}...", file=sys.stderr, flush=True)
                    results.append(scenario(data, root))
            for name, sized in SIZED_SCENARIOS.items():
                if name in wanted:
                    print(f"Running {name}...", file=sys.stderr, flush=True)
                    results.append(sized(data, root, args.size))
            data.office.close()
        if "meals" in wanted:
            print("Running meals...", file=sys.stderr, flush=True)
            results.extend(scenarios.meals(args.size, root))
        if "memory" in wanted:
            print("Running memory...", file=sys.stderr, flush=True)
            results.append(scenarios.memory(args.size, root / "memory"))
        if "stall" in wanted:
            print("Running stall...", file=sys.stderr, flush=True)
            results.append(scenarios.event_loop_stall(args.size, root / "stall"))
    header = (f"# Benchmarks, size {args.size}\n\n{datetime.now():%Y-%m-%d %H:%M}, Python {platform.python_version()}, "
              f"{platform.machine()}, {platform.system()}; floors measured in the same run.")
    text = table(results, header)
    print(text)
    partial = args.only is not None or args.keep is not None
    out = args.out or Path(__file__).parent / f"results-{args.size}{'-partial' if partial else ''}.md"
    out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

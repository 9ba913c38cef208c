"""Child process for the memory scenario.

`build SIZE COUNT ROOT` writes an office database and COUNT bundles; `import ROOT` imports them
in a fresh process and prints its peak RSS in MB, so generation never counts."""

from __future__ import annotations

import sys
from pathlib import Path

from bench.dataset import SIZES, build, open_data
from bench.harness import peak_rss_mb
from psmdesk.services.sync_import import import_files


def main() -> None:
    if sys.argv[1] == "build":
        size, count, root = sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
        SIZES["probe"] = (count, SIZES[size][1])
        build(root, "probe").office.close()
        return
    root = Path(sys.argv[2])
    office = open_data(root / "office")
    import_files(office, sorted((root / "bundles").glob("*.psmsync")))
    office.close()
    print(peak_rss_mb())


if __name__ == "__main__":
    main()

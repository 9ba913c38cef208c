"""Child process for the cold-start scenario: show a window, let it paint, print RSS in MB."""

from __future__ import annotations

import sys

from bench.harness import peak_rss_mb

BENCH_PASSPHRASE = "bangku kayu jati"  # bench.dataset's, not imported from there (see below)


def main() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    if sys.argv[1] == "bare":
        window = QMainWindow()
    else:
        from pathlib import Path

        from psmdesk.app import build_main_window
        from psmdesk.paths import AppPaths
        from psmdesk.services.security import open_unlocked

        # What the unlock screen does; not bench.dataset, whose data generator the app never loads.
        ctx = open_unlocked(AppPaths.resolve(Path(sys.argv[2])), BENCH_PASSPHRASE)
        window = build_main_window(ctx)
    window.resize(1366, 768)
    window.show()
    for _ in range(5):
        app.processEvents()
    print(peak_rss_mb())


if __name__ == "__main__":
    main()

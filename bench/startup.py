"""Child process for the cold-start scenario: show a window, let it paint, print RSS in MB."""

from __future__ import annotations

import sys

from bench.harness import peak_rss_mb


def main() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    if sys.argv[1] == "bare":
        window = QMainWindow()
    else:
        from pathlib import Path

        from bench.dataset import open_data
        from psmdesk.app import build_main_window

        ctx = open_data(Path(sys.argv[2]))
        window = build_main_window(ctx)
    window.resize(1366, 768)
    window.show()
    for _ in range(5):
        app.processEvents()
    print(peak_rss_mb())


if __name__ == "__main__":
    main()

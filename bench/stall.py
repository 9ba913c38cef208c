"""Child process for the event-loop stall scenario: import bundles through the app's own
background Job (as the Sinkronisasi page does) while a 10 ms timer on the UI thread records the
longest gap between its ticks, with the main window open on the office data.
Prints "<longest gap ms> <import seconds>"."""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> None:
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from bench.dataset import open_data
    from psmdesk.services.sync_import import import_files
    from psmdesk.ui.workers import Job

    app = QApplication([])
    root = Path(sys.argv[1])
    bundles = sorted((root / "bundles").glob("*.psmsync"))
    gaps: list[float] = []
    last = [time.perf_counter()]
    finished = [0.0]
    failed: list[str] = []
    # The main window open on the office data, as when a coordinator imports from Sinkronisasi:
    # its heap is what a full garbage collection walks while the import runs.
    from psmdesk.app import build_main_window

    office = open_data(root / "office")
    window = build_main_window(office)
    window.resize(1366, 768)
    window.show()
    for _ in range(5):
        app.processEvents()
    paths, db_key = office.paths, office.key

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    job = Job("bench-import", paths,
              lambda ctx, progress, cancelled: import_files(ctx, bundles, progress=progress, cancelled=cancelled),
              db_key=db_key)
    started = time.perf_counter()

    def done(_: object) -> None:
        finished[0] = time.perf_counter() - started
        app.quit()

    job.signals.done.connect(done)
    job.signals.failed.connect(lambda message: (failed.append(message), app.quit()))
    QThreadPool.globalInstance().start(job)
    app.exec()
    window.close()
    office.close()
    if failed:  # a stall measured around a failed import would be a false pass
        sys.exit(f"the import failed: {failed[0]}")
    print(f"{max(gaps[1:] or [0]) * 1000:.1f} {finished[0]:.2f}")


if __name__ == "__main__":
    main()

"""Child process for the event-loop stall scenario: import bundles through the app's own
background Job (as the Sinkronisasi page does) while a 10 ms timer on the UI thread records the
longest gap between its ticks. Prints "<longest gap ms> <import seconds>"."""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> None:
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from psmdesk.paths import AppPaths
    from psmdesk.services.sync_import import import_files
    from psmdesk.ui.workers import Job

    app = QApplication([])
    root = Path(sys.argv[1])
    bundles = sorted((root / "bundles").glob("*.psmsync"))
    gaps: list[float] = []
    last = [time.perf_counter()]
    finished = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    job = Job("bench-import", AppPaths.resolve(root / "office"),
              lambda ctx, progress, cancelled: import_files(ctx, bundles, progress=progress, cancelled=cancelled))
    started = time.perf_counter()

    def done(_: object) -> None:
        finished[0] = time.perf_counter() - started
        app.quit()

    job.signals.done.connect(done)
    job.signals.failed.connect(lambda message: (print(message, file=sys.stderr), app.quit()))
    QThreadPool.globalInstance().start(job)
    app.exec()
    print(f"{max(gaps[1:] or [0]) * 1000:.1f} {finished[0]:.2f}")


if __name__ == "__main__":
    main()

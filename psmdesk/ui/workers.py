"""Long work off the UI thread, with progress and a cooperative cancel.

A job runs `fn(ctx, progress, cancelled)` on Qt's thread pool. It opens its own AppContext from
the paths (an SQLite connection belongs to the thread that opened it) and closes it afterwards.
The signals object is created on the UI thread, so its signals arrive there as queued calls."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.errors import UserError
from psmdesk.storage.errors import StorageError
from psmdesk.storage.errors import translate as storage_translate
from psmdesk.ui.i18n import translate

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
JobFn = Callable[[AppContext, ProgressFn, CancelledFn], Any]


_frozen_jobs = 0
_freeze_lock = threading.Lock()


@contextmanager
def frozen_heap() -> Iterator[None]:
    """While a job runs, the objects that existed before it (the window, its pages, the modules)
    are kept out of Python's full garbage collections. A full collection walks every object while
    holding the GIL: with the app's heap it took 35-50 ms (120 ms on a loaded machine), the UI's
    longest stall during a 60-bundle import (bench/stall.py). Walking only what the job made is a
    few ms. Nothing is lost: the frozen objects return to the collector when the last job ends."""
    global _frozen_jobs
    with _freeze_lock:
        if _frozen_jobs == 0:
            gc.freeze()
        _frozen_jobs += 1
    try:
        yield
    finally:
        with _freeze_lock:
            _frozen_jobs -= 1
            if _frozen_jobs == 0:
                gc.unfreeze()


class JobSignals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    def __init__(self, key: str, paths: AppPaths, fn: JobFn, db_key: bytes | None = None) -> None:
        super().__init__()
        self.db_key = db_key  # the data key of an encrypted database (the window's ctx.key)
        # Python keeps the job alive (MainWindow holds it until it ends); Qt must not delete it.
        self.setAutoDelete(False)
        self.key = key
        self.paths = paths
        self.fn = fn
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, message: str) -> None:
        self.signals.progress.emit(int(done), int(total), message)

    def run(self) -> None:
        try:
            ctx = open_app(self.paths, self.db_key)
        except Exception as exc:
            self._fail(exc)
            return
        try:
            with frozen_heap():
                result = self.fn(ctx, self._progress, self.is_cancelled)
        except Exception as exc:
            self._fail(exc)
            return
        finally:
            ctx.close()
        self.signals.done.emit(result)

    def _fail(self, exc: Exception) -> None:
        # StorageError and UserError carry a message written for the user; anything else is a bug.
        problem = exc if isinstance(exc, StorageError | UserError) else storage_translate(exc)
        if problem is not None:
            log.warning("Job %s stopped: %s", self.key, type(problem).__name__)
            self.signals.failed.emit(str(problem))
            return
        log.error("Job %s failed", self.key, exc_info=exc)
        self.signals.failed.emit(
            translate(
                "Workers",
                "The task stopped because of an unexpected error. Data that was already saved "
                "is safe. Technical notes were saved in:\n%1",
            ).replace("%1", str(self.paths.log_file))
        )

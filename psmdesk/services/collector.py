"""Python's cyclic garbage collector paused for the length of a long import.

An import makes millions of small objects that stay alive for a while (the spreadsheet's rows
and their plan, a bundle's staged rows), and each time their number grows by a quarter the
collector walks every object of the process, to find nothing: an import makes no reference
cycles. A 100,000-row spreadsheet: 65 full collections, 8.4 s of a 44 s import; peak RSS 457 MB
with the collector and 456 MB without. Reference counting still frees everything as usual, and
the collector is back on when the last import running in the process ends."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0
_was_enabled = False


@contextmanager
def paused_collector() -> Iterator[None]:
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()

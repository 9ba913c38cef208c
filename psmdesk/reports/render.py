"""PDF pages to pixels with pypdfium2, for the Laporan page's preview and for printing.

QtPdf would do this but lives in PySide6-Addons, far too large for the installer; pypdfium2 is
a small wheel for Windows, macOS and Linux (docs/reports.md). No Qt here: the worker thread
renders to plain RGB bytes, the screen turns them into a QImage. PDFium is not thread-safe, so
every call holds one lock."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

_LOCK = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    stride: int  # bytes per row (PDFium may pad rows)
    data: bytes  # RGB, 8 bits per channel
    page: int  # 0-based page number


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    with _LOCK:
        pdf = pdfium.PdfDocument(str(path))
        try:
            return len(pdf)
        finally:
            pdf.close()


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """Each page's size in points (1/72 inch)."""
    import pypdfium2 as pdfium

    with _LOCK:
        pdf = pdfium.PdfDocument(str(path))
        try:
            return [(float(w), float(h)) for w, h in (pdf.get_page_size(i) for i in range(len(pdf)))]
        finally:
            pdf.close()


def render_pages(path: Path, *, dpi: float = 72, first: int = 0, count: int | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Iterator[PageImage]:
    """Pages `first`..`first + count - 1` at `dpi`, one at a time (a long document never sits
    in memory as pixels all at once). The lock is held per page, so a preview and a print job
    can take turns."""
    import pypdfium2 as pdfium

    with _LOCK:
        pdf = pdfium.PdfDocument(str(path))
        total = len(pdf)
    try:
        last = total if count is None else min(total, first + count)
        for index in range(first, last):
            if cancelled and cancelled():
                return
            with _LOCK:
                page = pdf[index]
                try:
                    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, draw_annots=False)
                    image = PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer), index)
                    bitmap.close()
                finally:
                    page.close()
            yield image
    finally:
        with _LOCK:
            pdf.close()

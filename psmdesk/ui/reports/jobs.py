"""The Laporan page's background work (`window.run_job`): build a document and render its
first pages for the preview, print the pages onto a QPrinter (QPainter may paint on a printer
from a worker thread), save a PDF, export a list."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from psmdesk.reports.render import PageImage, page_count, render_pages
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.reports import writing_to
from psmdesk.ui.i18n import translate
from psmdesk.ui.reports.documents import Document, Params
from psmdesk.ui.workers import CancelledFn, JobFn, ProgressFn

PREVIEW_PAGES = 30  # the rest is in the PDF and on paper; pixels of 130 pages would not fit in memory
PRINT_DPI = 300


@dataclass(frozen=True)
class Preview:
    key: tuple[str, Params]
    pdf: Path
    total: int
    pages: list[PageImage]


def preview_folder(ctx_data_dir: Path) -> Path:
    """Where previews are written: inside the data folder (personal data stays where it lives)."""
    return ctx_data_dir / "laporan-pratinjau"


def clear_previews(folder: Path) -> None:
    if folder.is_dir():
        for old in folder.glob("*.pdf"):
            old.unlink(missing_ok=True)


def image_of(page: PageImage) -> QImage:
    return QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGB888).copy()


def preview_job(document: Document, params: Params, folder: Path, dpi: float) -> JobFn:
    def run(ctx: AppContext, progress: ProgressFn, cancelled: CancelledFn) -> Preview:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"pratinjau-{uuid.uuid4().hex[:12]}.pdf"
        progress(0, 0, translate("ReportJobs", "Preparing the document…"))
        document.build(ctx, params, path)
        total = page_count(path)
        shown = min(total, PREVIEW_PAGES)
        pages = []
        for page in render_pages(path, dpi=dpi, count=shown, cancelled=cancelled):
            pages.append(page)
            progress(len(pages), shown, translate("ReportJobs", "Drawing the pages…"))
        return Preview((document.key, params), path, total, pages)

    return run


def save_job(document: Document, params: Params, target: Path, ready: Path | None) -> JobFn:
    """Copies the previewed PDF when it matches, else builds the document straight into `target`."""

    def run(ctx: AppContext, progress: ProgressFn, cancelled: CancelledFn) -> Path:
        # A file open in another program, a full disk, a vanished folder: a message, no leftovers.
        with writing_to(target):
            if ready is not None and ready.exists():
                tmp = target.with_name(target.name + ".tmp")
                shutil.copyfile(ready, tmp)
                tmp.replace(target)
                return target
            return document.build(ctx, params, target)

    return run


def print_job(document: Document, params: Params, printer: QPrinter, ready: Path | None, folder: Path) -> JobFn:
    def run(ctx: AppContext, progress: ProgressFn, cancelled: CancelledFn) -> int:
        path = ready
        if path is None or not path.exists():
            folder.mkdir(parents=True, exist_ok=True)
            path = document.build(ctx, params, folder / f"cetak-{uuid.uuid4().hex[:12]}.pdf")
        total = page_count(path)
        dpi = min(max(printer.resolution(), 150), PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(translate("ReportJobs", "The printer could not be started. Check that it is "
                                                    "switched on and chosen in the print dialog."))
        try:
            for page in render_pages(path, dpi=dpi, cancelled=cancelled):
                if page.page > 0 and not printer.newPage():
                    raise UserError(translate("ReportJobs", "The printer stopped accepting pages."))
                paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                scale = min(paper.width() / page.width, paper.height() / page.height)
                width, height = page.width * scale, page.height * scale
                target = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
                painter.drawImage(target, image_of(page))
                progress(page.page + 1, total, translate("ReportJobs", "Printing…"))
            if cancelled():
                printer.abort()
        finally:
            painter.end()
        return total

    return run


def export_job(document: Document, params: Params, target: Path, full_nik: bool) -> JobFn:
    def run(ctx: AppContext, progress: ProgressFn, cancelled: CancelledFn) -> tuple[Path, int]:
        from psmdesk.services.spreadsheet_export import export_listing

        if document.export is None:
            raise UserError(translate("ReportJobs", "This document has no list to export."))
        progress(0, 0, translate("ReportJobs", "Reading the list…"))
        listing = document.export(ctx, params, full_nik)
        export_listing(listing, target)
        return target, len(listing.rows)

    return run

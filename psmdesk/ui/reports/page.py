"""Laporan: pick a document and its parameters, preview it, print it through the system print
dialog, save it as PDF, open the folder it went to, or export its list to Excel/CSV.

Building and rendering run off the UI thread (`window.run_job`); the preview is a PDF in the
data folder rendered by pypdfium2, so what is seen is exactly what is printed and saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPageLayout, QPageSize, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from psmdesk.services.context import AppContext
from psmdesk.ui.errors import show_problem
from psmdesk.ui.reports import dialogs
from psmdesk.ui.reports.documents import DOCUMENTS, Document, Params
from psmdesk.ui.reports.jobs import (
    Preview,
    clear_previews,
    export_job,
    preview_folder,
    preview_job,
    print_job,
    save_job,
)
from psmdesk.ui.reports.params import ParamsForm
from psmdesk.ui.reports.preview import PreviewArea
from psmdesk.ui.style import label, primary_button

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow

PANEL_WIDTH = 420
ROW_HEIGHT = 26
PAPER_MM = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.setObjectName("ReportsPage")
        self.preview: Preview | None = None
        self.saved_folder: Path | None = None
        self.folder = preview_folder(ctx.paths.data_dir)
        clear_previews(self.folder)

        row = QHBoxLayout(self)
        row.setContentsMargins(24, 18, 24, 18)
        row.setSpacing(18)
        panel_scroll = QScrollArea()
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel_scroll.setFixedWidth(PANEL_WIDTH)
        panel = QWidget()
        panel_scroll.setWidget(panel)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 14, 0)
        box.setSpacing(6)
        box.addWidget(label(self.tr("Reports"), "heading"))
        self.list = QListWidget()
        self.list.setObjectName("DocumentList")
        for document in DOCUMENTS:
            item = QListWidgetItem(document.display_title)
            item.setData(Qt.ItemDataRole.UserRole, document.key)
            item.setSizeHint(QSize(PANEL_WIDTH - 40, ROW_HEIGHT))
            self.list.addItem(item)
        self.list.setFixedHeight(ROW_HEIGHT * len(DOCUMENTS) + 6)
        box.addWidget(self.list)
        self.params = ParamsForm(ctx)
        box.addWidget(self.params)
        box.addSpacing(4)
        box.addLayout(self._buttons())
        self.saved_label = label("", "muted", wrap=True)
        self.saved_label.setObjectName("SavedLabel")
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.saved_label)
        box.addStretch(1)
        row.addWidget(panel_scroll)
        right = QVBoxLayout()
        right.setSpacing(4)
        self.description = label("", "muted", wrap=True)
        self.description.setObjectName("DocumentDescription")
        right.addWidget(self.description)
        self.preview_area = PreviewArea()
        right.addWidget(self.preview_area, 1)
        row.addLayout(right, 1)

        self.list.currentRowChanged.connect(self._document_changed)
        self.params.changed.connect(self._params_changed)
        self.list.setCurrentRow(0)

    def _buttons(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        self.preview_button = primary_button(self.tr("Preview (F5)"))
        self.preview_button.setObjectName("PreviewButton")
        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"))
        self.print_button.setObjectName("PrintButton")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("SavePdfButton")
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.folder_button.setObjectName("OpenFolderButton")
        self.folder_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("Export to Excel/CSV…"))
        self.export_button.setObjectName("ExportButton")
        grid.addWidget(self.preview_button, 0, 0, 1, 2)
        grid.addWidget(self.print_button, 1, 0)
        grid.addWidget(self.save_button, 1, 1)
        grid.addWidget(self.export_button, 2, 0)
        grid.addWidget(self.folder_button, 2, 1)
        self.preview_button.clicked.connect(self.make_preview)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        self.folder_button.clicked.connect(self.open_folder)
        self.export_button.clicked.connect(self.export_list)
        for keys, slot in (("F5", self.make_preview), ("Ctrl+P", self.print_document)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return grid

    # --- state ----------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.params.reload()

    def set_today(self, day: date) -> None:
        self.params.set_today(day)

    def select(self, key: str) -> None:
        """Chooses a document by its key (e.g. "distribution")."""
        self.list.setCurrentRow(next(i for i, d in enumerate(DOCUMENTS) if d.key == key))

    @property
    def document(self) -> Document:
        return DOCUMENTS[max(self.list.currentRow(), 0)]

    def current_key(self) -> tuple[str, Params]:
        return self.document.key, self.params.params()

    def ready_pdf(self) -> Path | None:
        """The previewed PDF, when it is the document now chosen with the same parameters."""
        if self.preview is not None and self.preview.key == self.current_key() and self.preview.pdf.exists():
            return self.preview.pdf
        return None

    def _document_changed(self) -> None:
        document = self.document
        self.description.setText(document.display_description)
        self.params.show_for(document)
        self.export_button.setVisible(document.export is not None)
        self._params_changed()

    def _params_changed(self) -> None:
        problem = self.params.check()
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not problem)
        self.export_button.setEnabled(not self.params.missing_text())
        if self.preview is not None and self.ready_pdf() is None:
            self.preview_area.status.setText(
                self.tr("The choices changed: press Preview (F5) to see the new document."))
        elif problem and self.preview is None:
            self.preview_area.status.setText(problem)

    def _problem(self) -> bool:
        problem = self.params.check()
        if problem:
            show_problem(self, problem)
        return bool(problem)

    # --- preview --------------------------------------------------------------------------
    def make_preview(self) -> None:
        if self._problem():
            return
        params = self.params.params()
        width_mm, height_mm = PAPER_MM.get(params.paper, PAPER_MM["A4"])
        if params.orientation == "landscape":
            width_mm, height_mm = height_mm, width_mm
        ratio = self.devicePixelRatioF() or 1.0
        dpi = min(max(self.preview_area.page_width() / (width_mm / 25.4), 40), 110) * ratio
        job = self.window_.run_job(self.tr("Preview"), preview_job(self.document, params, self.folder, dpi),
                                   self._preview_done, key="reports-preview")
        if job is not None:
            self.preview_area.clear(self.tr("Preparing the preview…"))
            job.signals.failed.connect(lambda _message: self.preview_area.clear(
                self.tr("The preview could not be made. Change the choices and press Preview (F5) again.")))

    def _preview_done(self, preview: Preview | None) -> None:
        if preview is None:
            return
        old = self.preview
        self.preview = preview
        if old is not None and old.pdf != preview.pdf:
            old.pdf.unlink(missing_ok=True)
        self.preview_area.show_preview(preview)
        self.window_.show_message(self.tr("Preview ready: %1 page(s).").replace("%1", str(preview.total)))

    # --- print ----------------------------------------------------------------------------
    def configure_printer(self, printer: QPrinter, params: Params) -> None:
        width, height = PAPER_MM.get(params.paper, PAPER_MM["A4"])
        size = QPageSize(QPageSize.PageSizeId.A4) if params.paper == "A4" else QPageSize(
            QSizeF(width, height), QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch)
        orientation = (QPageLayout.Orientation.Landscape if params.orientation == "landscape"
                       else QPageLayout.Orientation.Portrait)
        printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)  # the document has its own margins
        printer.setDocName(self.document.file_name(params))

    def print_document(self) -> None:
        if self._problem():
            return
        params = self.params.params()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.configure_printer(printer, params)
        if not dialogs.print_dialog(self, printer):
            return
        self._printer = printer  # alive until the job ends
        self.window_.run_job(self.tr("Printing"), print_job(self.document, params, printer, self.ready_pdf(),
                                                            self.folder), self._printed, key="reports-print")

    def _printed(self, pages: int | None) -> None:
        self._printer = None
        if pages:
            self.window_.show_message(self.tr("Sent %1 page(s) to the printer.").replace("%1", str(pages)))

    # --- save and export ------------------------------------------------------------------
    def _start_folder(self) -> Path:
        return self.saved_folder if self.saved_folder and self.saved_folder.is_dir() else dialogs.documents_folder()

    def save_pdf(self) -> None:
        if self._problem():
            return
        params = self.params.params()
        target = dialogs.save_pdf_path(self, self._start_folder() / self.document.file_name(params))
        if target is None:
            return
        self.window_.run_job(self.tr("Save as PDF"), save_job(self.document, params, target, self.ready_pdf()),
                             self._saved, key="reports-save")

    def _saved(self, path: Path | None) -> None:
        if path is None:
            return
        self.saved_folder = path.parent
        self.folder_button.setEnabled(True)
        self.saved_label.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self.window_.show_message(self.tr("Saved: %1").replace("%1", str(path)))

    def open_folder(self) -> None:
        if self.saved_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_folder)))

    def export_list(self) -> None:
        document = self.document
        if document.export is None or self.params.missing_text():
            return
        choice = dialogs.ask_export(self, document.display_export_title, document.export_nik)
        if choice is None:
            return
        params = self.params.params()
        suggested = self._start_folder() / document.file_name(params, document.export_stem, choice.suffix)
        target = dialogs.save_sheet_path(self, suggested, choice.suffix)
        if target is None:
            return
        self.window_.run_job(self.tr("Export to Excel/CSV"),
                             export_job(document, params, target, choice.full_nik),
                             self._exported, key="reports-export")

    def _exported(self, result: tuple[Path, int] | None) -> None:
        if result is None:
            return
        path, rows = result
        self._saved(path)
        self.window_.show_message(self.tr("Exported %1 row(s) to %2").replace("%1", str(rows))
                                  .replace("%2", str(path)))

"""Impor Paket: choose files or a folder (or drop them), see a dry-run preview of every file, then
apply the good ones in the background and keep the report on screen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from psmdesk.services import sync_status
from psmdesk.services.context import AppContext
from psmdesk.services.sync_import import ImportResult, expand, import_files
from psmdesk.ui.style import label, primary_button
from psmdesk.ui.sync import dialogs
from psmdesk.ui.sync.common import card, default_folder, documents_folder
from psmdesk.ui.sync.import_report import SKIPPED, ImportReport, as_html, as_text, headline
from psmdesk.ui.sync.preview_table import PreviewTable

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow

JOB_KEY = "sync-import"


class ImportPanel(QWidget):
    applied = Signal()  # data changed: the page refreshes its counts
    previewed = Signal()  # a first-contact laptop may now wait for approval
    show_devices = Signal()
    show_conflicts = Signal()

    def __init__(self, ctx: AppContext, window: MainWindow, *, from_office: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_ = window
        self.from_office = from_office
        self.setObjectName("ImportPanel")
        self.files: list[Path] = []
        self.report: ImportReport | None = None
        self._last_folder: Path | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)

        top = QHBoxLayout()
        title = self.tr("Import a bundle from the office") if from_office else self.tr("Import sync bundles")
        text = QVBoxLayout()
        text.addWidget(label(title, "subheading"))
        text.addWidget(label(self.tr(
            "Drop .psmsync files or a folder here, or choose them. You always see a preview first: "
            "nothing changes until you press Apply."), "muted", wrap=True))
        top.addLayout(text, 1)
        self.files_button = QPushButton(self.tr("Choose files…"))
        self.files_button.setObjectName("ChooseFiles")
        self.files_button.setToolTip("Ctrl+O")
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.setObjectName("ChooseFolder")
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        top.addWidget(self.files_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._busy_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._report_page())
        outer.addWidget(self.stack, 1)

    # --- pages ----------------------------------------------------------------------------
    def _empty_page(self) -> QWidget:
        self.empty = QWidget()
        box = QVBoxLayout(self.empty)
        box.addStretch(1)
        frame, inner = card()
        frame.setObjectName("DropZone")
        frame.setStyleSheet("QFrame#DropZone { border: 2px dashed #9fb3bf; }")
        frame.setFixedWidth(600)
        inner.setContentsMargins(28, 24, 28, 24)
        self.empty_text = label(
            self.tr("No bundle chosen yet. Drag the bundle files (or their folder) from the USB stick or the "
                    "chat download folder onto this page, or choose them."), "subheading", wrap=True)
        self.empty_text.setObjectName("EmptyState")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(self.empty_text)
        # A centred fixed-width card does not ask a wrapped label for its height at that width:
        # reserve it, or the lines are cut at the top and bottom.
        self.empty_text.ensurePolished()
        self.empty_text.setMinimumHeight(self.empty_text.heightForWidth(600 - 56))
        first = primary_button(self.tr("Choose bundle files…"))
        first.setDefault(False)
        first.setObjectName("ChooseFilesFirst")
        first.clicked.connect(self.choose_files)
        inner.addWidget(first, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(frame, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        return self.empty

    def _busy_page(self) -> QWidget:
        self.busy = QWidget()
        box = QVBoxLayout(self.busy)
        self.busy_text = label("", "subheading", wrap=True)
        self.busy_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addStretch(1)
        box.addWidget(self.busy_text)
        box.addStretch(2)
        return self.busy

    def _preview_page(self) -> QWidget:
        self.preview = QWidget()
        box = QVBoxLayout(self.preview)
        box.setContentsMargins(0, 0, 0, 0)
        self.pending_bar, bar = card()
        self.pending_bar.setObjectName("PendingBar")
        row = QHBoxLayout()
        self.pending_text = label(self.tr(
            "A new laptop sent a bundle and waits for approval. Compare its fingerprint with the volunteer by "
            "phone, approve it in the Devices tab, then press Check again."), "warning", wrap=True)
        row.addWidget(self.pending_text, 1)
        open_devices = QPushButton(self.tr("Open Devices"))
        open_devices.setObjectName("OpenDevices")
        open_devices.clicked.connect(self.show_devices)
        row.addWidget(open_devices)
        bar.addLayout(row)
        box.addWidget(self.pending_bar)

        self.table = PreviewTable()
        self.model = self.table.results_model
        box.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.summary = label("", wrap=True)
        self.summary.setObjectName("PreviewSummary")
        bottom.addWidget(self.summary, 1)
        self.again_button = QPushButton(self.tr("Check again"))
        self.again_button.setObjectName("CheckAgain")
        self.again_button.clicked.connect(lambda: self.preview_paths(self.files))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("CancelPreview")
        self.cancel_button.clicked.connect(self.reset)
        self.apply_button = primary_button(self.tr("Apply"))
        self.apply_button.setObjectName("ApplyImport")
        self.apply_button.clicked.connect(self.apply)
        for button in (self.again_button, self.cancel_button, self.apply_button):
            bottom.addWidget(button)
        box.addLayout(bottom)
        return self.preview

    def _report_page(self) -> QWidget:
        self.report_page = QWidget()
        box = QVBoxLayout(self.report_page)
        box.setContentsMargins(0, 0, 0, 0)
        self.report_view = QTextBrowser()
        self.report_view.setObjectName("ImportReport")
        self.report_view.setAcceptDrops(False)
        self.report_view.setFrameShape(QFrame.Shape.StyledPanel)
        box.addWidget(self.report_view, 1)
        bottom = QHBoxLayout()
        self.conflicts_button = QPushButton()
        self.conflicts_button.setObjectName("OpenConflicts")
        self.conflicts_button.clicked.connect(self.show_conflicts)
        bottom.addWidget(self.conflicts_button)
        bottom.addStretch(1)
        save = QPushButton(self.tr("Save report…"))
        save.setObjectName("SaveReport")
        save.clicked.connect(self.save_report)
        more = QPushButton(self.tr("Import more bundles…"))
        more.setObjectName("ImportMore")
        more.clicked.connect(self.choose_files)
        bottom.addWidget(save)
        bottom.addWidget(more)
        box.addLayout(bottom)
        return self.report_page

    # --- choosing -------------------------------------------------------------------------
    def choose_files(self) -> None:
        files = dialogs.choose_bundle_files(self, default_folder(self._last_folder))
        if files:
            self._last_folder = files[0].parent
            self.preview_paths(files)

    def choose_folder(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Folder with sync bundles"), default_folder(self._last_folder))
        if folder:
            self._last_folder = folder
            self.preview_paths([folder])

    def reset(self) -> None:
        """Back to where the last report (if any) is shown, or to the empty state."""
        self.files = []
        self.stack.setCurrentWidget(self.report_page if self.report else self.empty)

    # --- preview --------------------------------------------------------------------------
    def preview_paths(self, paths: list[Path]) -> None:
        files = expand(paths)
        if not files:
            self._message(self.tr("There is no sync bundle (.psmsync) there."))
            return
        checking = self.tr("Checking %1 (%2 of %3)")

        def work(ctx: AppContext, progress: Any, cancelled: Any) -> tuple[list[ImportResult], bool]:
            def step(done: int, total: int, name: str) -> None:
                progress(done, total, checking.replace("%1", name).replace("%2", str(done + 1))
                         .replace("%3", str(total)) if name else "")

            results = import_files(ctx, files, dry_run=True, progress=step, cancelled=cancelled)
            return results, bool(cancelled())

        job = self.window_.run_job(self.tr("Checking bundles"), work, self._previewed, key=JOB_KEY)
        if job is not None:
            # The window shows the message; the panel leaves its busy state. (import_files reports a
            # bad file as a result, so only a database that cannot be opened ends up here.)
            job.signals.failed.connect(lambda _message: self.reset())
            self.files = files
            self.busy_text.setText(self.tr("Checking %1 file(s)…").replace("%1", str(len(files))))
            self.stack.setCurrentWidget(self.busy)

    def _previewed(self, outcome: tuple[list[ImportResult], bool]) -> None:
        results, cancelled = outcome
        if cancelled:
            self.reset()
            return
        self.table.set_results(results)
        ready = sum(1 for r in results if r.status == "preview")
        refused = len(self.model.rejected_rows())
        parts = [self.tr("%1 bundle(s) ready to apply").replace("%1", str(ready))]
        if refused:
            parts.append(self.tr("%1 refused (red; they stay as they are)").replace("%1", str(refused)))
        if len(results) - ready - refused:
            parts.append(self.tr("%1 imported before").replace("%1", str(len(results) - ready - refused)))
        self.summary.setText("  \u00b7  ".join(parts))
        self.apply_button.setEnabled(ready > 0)
        self.apply_button.setText(self.tr("Apply %1 bundle(s)").replace("%1", str(ready)) if ready
                                  else self.tr("Nothing to apply"))
        pending = {d.device_id for d in sync_status.device_rows(self.ctx) if d.status == "pending"} \
            if not self.from_office else set()
        self.pending_bar.setVisible(any(r.status == "rejected" and r.device_id in pending for r in results))
        self.stack.setCurrentWidget(self.preview)
        (self.apply_button if ready else self.table).setFocus()
        self.previewed.emit()

    # --- apply ----------------------------------------------------------------------------
    def apply(self) -> None:
        previewed = self.model.results
        ready = [path for path, result in zip(self.files, previewed, strict=False) if result.status == "preview"]
        if not ready:
            return
        applying = self.tr("Applying %1 (%2 of %3)")

        def work(ctx: AppContext, progress: Any, cancelled: Any) -> tuple[list[ImportResult], bool]:
            def step(done: int, total: int, name: str) -> None:
                progress(done, total, applying.replace("%1", name).replace("%2", str(done + 1))
                         .replace("%3", str(total)) if name else "")

            results = import_files(ctx, ready, progress=step, cancelled=cancelled)
            return results, bool(cancelled()) and len(results) < len(ready)

        job = self.window_.run_job(self.tr("Importing bundles"), work, self._applied, key=JOB_KEY)
        if job is not None:
            job.signals.failed.connect(lambda _message: self.stack.setCurrentWidget(self.preview))
            self.busy_text.setText(self.tr("Applying %1 bundle(s)… You can keep working; the window stays usable.")
                                   .replace("%1", str(len(ready))))
            self.stack.setCurrentWidget(self.busy)

    def _applied(self, outcome: tuple[list[ImportResult], bool]) -> None:
        applied, cancelled = outcome
        done = iter(applied)  # in the order of the files that were ready
        merged = []
        for result in self.model.results:
            fresh = next(done, None) if result.status == "preview" else result
            if fresh is not None:
                merged.append(fresh)
            else:
                merged.append(ImportResult(result.file, SKIPPED, sender=result.sender, device_id=result.device_id,
                                           seq=result.seq))
        self.report = ImportReport(merged, cancelled=cancelled)
        self.report_view.setHtml(as_html(self.report))
        conflicts = self.report.total("conflicts")
        self.conflicts_button.setText(self.tr("Decide %1 conflict(s)…").replace("%1", str(conflicts)))
        self.conflicts_button.setVisible(conflicts > 0)
        self.files = []
        self.stack.setCurrentWidget(self.report_page)
        sync_status.catch_up_clock(self.ctx)
        self._message(self.tr("Import finished: %1").replace("%1", headline(self.report)))
        self.applied.emit()

    def save_report(self) -> None:
        if self.report is None:
            return
        stamp = self.report.made_at.strftime("%Y%m%d-%H%M")
        suggested = (self._last_folder or documents_folder()) / f"laporan-impor-{stamp}.txt"
        target = dialogs.save_file(self, self.tr("Save import report"), suggested, self.tr("Text files"), ".txt")
        if target is None:
            return
        profile = self.ctx.profile
        office = (profile.office_name or profile.name) if profile else ""
        try:
            target.write_text(as_text(self.report, office), encoding="utf-8-sig", newline="")
        except OSError:
            self._message(self.tr("The report could not be saved there. Choose another folder."))
            return
        self._message(self.tr("Report saved: %1").replace("%1", str(target)))

    def _message(self, text: str) -> None:
        self.window_.show_message(text)

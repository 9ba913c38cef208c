"""Impor dari Excel/CSV: file -> columns -> preview -> import, one dialog.

Reading, previewing and importing run off the UI thread as jobs with their own database
connection (psmdesk.ui.workers.Job); the dialog shows their progress and can stop them. Nothing is
written before the last step, and the last step writes in one transaction."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from psmdesk.services import table_import as service
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.tableimport.plan import Cancelled, ImportOptions, ImportPlan, ImportResult
from psmdesk.ui.i18n import translate
from psmdesk.ui.style import label, primary_button
from psmdesk.ui.tableimport import dialogs
from psmdesk.ui.tableimport.apply_page import ApplyPage
from psmdesk.ui.tableimport.busy import BusyRow
from psmdesk.ui.tableimport.file_page import FilePage
from psmdesk.ui.tableimport.mapping_page import MappingPage
from psmdesk.ui.tableimport.preview_page import PreviewPage
from psmdesk.ui.tableimport.texts import ORIGIN_TEXT, STEP_TITLES
from psmdesk.ui.workers import CancelledFn, Job, JobFn, ProgressFn

log = logging.getLogger(__name__)

FILE, MAPPING, PREVIEW, APPLY = range(4)
# Jobs outlive a closed dialog until they reach a safe point; keep them referenced until then.
_RUNNING: set[Job] = set()


class ImportWizard(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 on_imported: Callable[[], None] | None = None, target: str = "households") -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("Import from Excel/CSV"))
        self.ctx = ctx
        self.on_imported = on_imported
        self.prepared: service.Prepared | None = None
        self.options: ImportOptions | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.job: Job | None = None
        self.job_kind = ""
        self.imported = False
        profile = ctx.profile
        assert profile is not None
        start = Path.home() / "Documents"
        self.file_page = FilePage(profile, start if start.is_dir() else Path.home())
        self.file_page.choose_target(target)
        self.mapping_page = MappingPage()
        self.preview_page = PreviewPage()
        self.apply_page = ApplyPage()
        self.pages = QStackedWidget()
        for page in (self.file_page, self.mapping_page, self.preview_page, self.apply_page):
            self.pages.addWidget(page)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        outer.addWidget(label(self.tr("Import from Excel/CSV"), "heading"))
        self.step = label("", "subheading")
        self.step.setObjectName("WizardStep")
        outer.addWidget(self.step)
        outer.addWidget(self.pages, 1)
        self.error = label("", "error", wrap=True)
        self.error.setObjectName("WizardError")
        self.error.hide()
        outer.addWidget(self.error)
        self.busy = BusyRow()
        self.busy.stop.connect(self.stop_job)
        outer.addWidget(self.busy)
        outer.addLayout(self._buttons())

        self.file_page.changed.connect(self._update_buttons)
        self.mapping_page.changed.connect(self._mapping_changed)
        self.mapping_page.sheet.currentTextChanged.connect(self._sheet_changed)
        self.preview_page.save_report.connect(self.save_report)
        self.apply_page.save_report.connect(self.save_report)
        self.apply_page.stop.connect(self.stop_job)
        # Besides the buttons' own Alt+letter: the browser's keys for back and forward.
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.back)
        QShortcut(QKeySequence("Alt+Right"), self, activated=self.next)
        self.resize(1120, 660)
        self._show(FILE)

    # --- building -------------------------------------------------------------------------
    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setObjectName("WizardBack")
        self.back_button.clicked.connect(self.back)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("WizardCancel")
        self.cancel_button.clicked.connect(self.reject)
        self.next_button = primary_button(self.tr("&Next >"))
        self.next_button.setObjectName("WizardNext")
        self.next_button.clicked.connect(self.next)
        for button in (self.back_button, self.cancel_button, self.next_button):
            row.addWidget(button)
        return row

    # --- navigation -----------------------------------------------------------------------
    @property
    def current(self) -> int:
        return self.pages.currentIndex()

    def _show(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        title = translate("ImportWizard", STEP_TITLES[step])
        self.step.setText(self.tr("Step %1 of 4: %2").replace("%1", str(step + 1)).replace("%2", title))
        self.set_error("")
        self._update_buttons()
        page = self.pages.currentWidget()
        focus = getattr(page, "focus_first", None)
        if callable(focus):
            focus()

    def _update_buttons(self) -> None:
        step, busy = self.current, self.job is not None
        self.back_button.setEnabled(not busy and step in (MAPPING, PREVIEW))
        self.back_button.setVisible(step != APPLY)
        self.next_button.setVisible(step != APPLY)
        self.next_button.setText(self.tr("&Import") if step == PREVIEW else self.tr("&Next >"))
        ready = {FILE: self.file_page.source() is not None, MAPPING: not self._mapping_problems(),
                 PREVIEW: self.plan is not None}.get(step, False)
        self.next_button.setEnabled(not busy and ready)
        finished = step == APPLY and not busy
        self.cancel_button.setText(self.tr("&Close") if finished else self.tr("Cancel"))
        self.cancel_button.setProperty("primary", finished)
        self.cancel_button.setDefault(finished)
        self.cancel_button.style().unpolish(self.cancel_button)
        self.cancel_button.style().polish(self.cancel_button)
        self.cancel_button.setEnabled(not (busy and self.job_kind == "apply"))

    def back(self) -> None:
        if self.job is None and self.current in (MAPPING, PREVIEW):
            self._show(self.current - 1)

    def next(self) -> None:
        if self.job is not None or not self.next_button.isEnabled():
            return
        if self.current == FILE:
            self.read_file()
        elif self.current == MAPPING:
            self.make_preview()
        elif self.current == PREVIEW:
            self.start_import()

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # --- step 1 -> 2: read the file -------------------------------------------------------
    def read_file(self, sheet: str | None = None) -> None:
        path, target = self.file_page.source(), self.file_page.target()
        if path is None:
            return
        try:
            self.options = service.options_for(self.ctx, path.name, kelurahan=self.file_page.default_kelurahan())
        except UserError as exc:
            self.set_error(str(exc))
            return

        def work(ctx: AppContext, progress: ProgressFn, cancelled: CancelledFn) -> service.Prepared:
            progress(0, 0, translate("ImportWizard", "Reading the file…"))
            return service.prepare(ctx, path, target, sheet=sheet)

        self._run("read", work, self._read_done)

    def _read_done(self, prepared: service.Prepared) -> None:
        self.prepared = prepared
        self.plan = None
        self.mapping_page.show_prepared(prepared, translate("ImportWizard", ORIGIN_TEXT[prepared.origin]))
        self._show(MAPPING)
        self._mapping_changed()

    def _sheet_changed(self, sheet: str) -> None:
        if self.prepared is not None and sheet and sheet != self.prepared.source.sheet and self.job is None:
            self.read_file(sheet)

    # --- step 2 -> 3: preview -------------------------------------------------------------
    def _mapping_problems(self) -> list[str]:
        if self.prepared is None or self.options is None:
            return [""]
        return service.mapping_problems(self.prepared, self.mapping_page.mapping(), self.options)

    def _mapping_changed(self) -> None:
        problems = self._mapping_problems()
        self.mapping_page.show_problems([p for p in problems if p])
        self._update_buttons()

    def make_preview(self) -> None:
        prepared, options, mapping = self.prepared, self.options, self.mapping_page.mapping()
        assert prepared is not None and options is not None

        def work(ctx: AppContext, progress: ProgressFn, cancelled: CancelledFn) -> ImportPlan | None:
            try:
                plan = service.preview(ctx, prepared, mapping, options, progress, cancelled)
            except Cancelled:
                return None
            plan.work.clear()  # the import plans again under the write lock; only the rows are shown
            return plan

        self._run("preview", work, self._preview_done)

    def _preview_done(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.preview_page.show_plan(plan)
        self._show(PREVIEW)

    # --- step 3 -> 4: import --------------------------------------------------------------
    def start_import(self) -> None:
        prepared, options, mapping = self.prepared, self.options, self.mapping_page.mapping()
        assert prepared is not None and options is not None

        def work(ctx: AppContext, progress: ProgressFn, cancelled: CancelledFn) -> ImportResult:
            return service.apply(ctx, prepared, mapping, options, progress, cancelled)

        self._show(APPLY)
        self.apply_page.start()
        self._run("apply", work, self._import_done)

    def _import_done(self, result: ImportResult) -> None:
        self.result = result
        if not result.cancelled:
            self.plan = result.plan
            self.imported = True
            log.info("Spreadsheet import: %d rows in %.1f s", len(result.plan.rows), result.seconds)
        self.apply_page.finished(result)

    # --- the rejected rows ----------------------------------------------------------------
    def save_report(self) -> None:
        prepared, plan = self.prepared, self.plan
        if prepared is None or plan is None or self.job is not None:
            return
        folder = dialogs.choose_report_folder(self, prepared.source.path.parent)
        if folder is None:
            return
        mapping = self.mapping_page.mapping()

        def work(ctx: AppContext, progress: ProgressFn, cancelled: CancelledFn) -> Path:
            progress(0, 0, translate("ImportWizard", "Writing the report…"))
            return service.write_rejected_report(prepared, mapping, plan, folder)

        self._run("report", work, self._report_done)

    def _report_done(self, path: Path) -> None:
        self.last_report = path
        text = self.tr("Report saved: %1. Fix the rows in Excel and import that file again.").replace("%1", str(path))
        self.error.setProperty("role", "muted")
        self.set_error(text)
        self.error.style().unpolish(self.error)
        self.error.style().polish(self.error)

    # --- jobs -----------------------------------------------------------------------------
    def _run(self, kind: str, work: JobFn, on_done: Callable[[Any], None]) -> None:
        self.set_error("")
        self.error.setProperty("role", "error")
        job = Job(f"table-import-{kind}", self.ctx.paths, work, self.ctx.key)
        self.job, self.job_kind = job, kind
        _RUNNING.add(job)
        job.signals.done.connect(lambda _result, j=job: _RUNNING.discard(j))
        job.signals.failed.connect(lambda _message, j=job: _RUNNING.discard(j))
        job.signals.progress.connect(self._on_progress)
        job.signals.done.connect(self._on_done)
        job.signals.failed.connect(self._on_failed)
        self._pending = on_done
        if kind != "apply":
            self.busy.start()
        self._update_buttons()
        QThreadPool.globalInstance().start(job)

    def _finish_job(self) -> None:
        self.job, self.job_kind = None, ""
        self.busy.hide()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.job_kind == "apply":
            self.apply_page.set_progress(done, total, message)
            return
        self.busy.report(done, total, message)

    def _on_done(self, result: Any) -> None:
        stopped = self.job is not None and self.job.is_cancelled() and self.job_kind != "apply"
        self._finish_job()
        if not stopped and result is not None:
            self._pending(result)
        self._update_buttons()

    def _on_failed(self, message: str) -> None:
        kind = self.job_kind
        self._finish_job()
        if kind == "apply":
            self.apply_page.failed()
        self.set_error(message)
        self._update_buttons()

    def stop_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.busy.stopping()
            if self.job_kind == "apply":
                self.apply_page.stopping()

    # --- closing --------------------------------------------------------------------------
    def reject(self) -> None:
        if self.job is not None and self.job_kind == "apply":
            return  # the import stops through its own button, then the dialog closes
        if self.job is not None:
            self.job.cancel()
        if self.imported and self.on_imported is not None:
            self.on_imported()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None and self.job_kind == "apply":
            event.ignore()
            return
        super().closeEvent(event)


def open_import_wizard(ctx: AppContext, parent: QWidget | None,
                       on_imported: Callable[[], None] | None = None, target: str = "households") -> ImportWizard:
    wizard = ImportWizard(ctx, parent, on_imported, target)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard

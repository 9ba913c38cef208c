"""The navigation shell: left navigation, header, pages built on first open, status bar.

Pages come from `navigation.PAGES`; this window knows nothing about any module's content."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QSize, QThreadPool, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from psmdesk.services.context import AppContext
from psmdesk.ui.errors import show_problem
from psmdesk.ui.header import Header
from psmdesk.ui.navigation import PAGES, page_spec
from psmdesk.ui.style import NAV_ITEM_HEIGHT
from psmdesk.ui.workers import Job, JobFn

log = logging.getLogger(__name__)

NAV_WIDTH = 210
MESSAGE_MS = 8000


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowTitle("PSM Desk")
        self._pages: dict[str, QWidget] = {}
        self._jobs: dict[str, Job] = {}
        self._shown_job: Job | None = None

        self.nav = QListWidget()
        self.nav.setObjectName("Navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setIconSize(QSize(22, 22))
        for number, spec in enumerate(PAGES, start=1):
            item = QListWidgetItem(spec.load_icon(), spec.display_title)
            item.setToolTip(f"{spec.display_title} (Ctrl+{number})")
            # A size hint, not a style sheet min-height: item heights from ::item rules are
            # ignored by the list's layout and the rows overlap.
            item.setSizeHint(QSize(NAV_WIDTH - 8, NAV_ITEM_HEIGHT))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav_row)

        self.header = Header()
        self.stack = QStackedWidget()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.header)
        right.addWidget(self.stack, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addLayout(right, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self._build_shortcuts()
        self.refresh_header()
        self._restore_geometry()
        self.nav.setCurrentRow(0)
        from psmdesk.ui.security.idle_lock import IdleLock

        self.idle_lock = IdleLock(ctx, self)

    # --- building -------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.job_label = QLabel()
        self.job_progress = QProgressBar()
        self.job_progress.setFixedWidth(220)
        self.job_cancel = QPushButton(self.tr("Cancel"))
        self.job_cancel.setObjectName("JobCancel")
        self.job_cancel.clicked.connect(self._cancel_shown_job)
        for widget in (self.job_label, self.job_progress, self.job_cancel):
            bar.addPermanentWidget(widget)
            widget.hide()

    def _build_shortcuts(self) -> None:
        for number in range(1, len(PAGES) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.nav.setCurrentRow(row))
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q"), QKeySequence("Alt+F4")])
        quit_action.triggered.connect(self.close)
        about_action = QAction(self.tr("About PSM Desk"), self)
        about_action.setShortcut(QKeySequence("F1"))
        about_action.triggered.connect(self.show_about)
        self.addActions([quit_action, about_action])

    def _settings_store(self) -> QSettings:
        # Window state is per data folder, beside settings.json, so tests and portable installs
        # never touch the user's registry.
        return QSettings(str(self.ctx.paths.data_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._settings_store().value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)

    # --- pages ----------------------------------------------------------------------------
    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self._show_page(PAGES[row].key)

    def _show_page(self, key: str) -> QWidget:
        page = self._pages.get(key)
        if page is None:
            spec = page_spec(key)
            page = spec.factory(self.ctx, self)
            page.setObjectName(page.objectName() or f"Page_{key}")
            self._pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        on_shown = getattr(page, "on_shown", None)
        if callable(on_shown):
            on_shown()
        return page

    def open_page(self, key: str) -> QWidget:
        """Selects the page's navigation entry (which builds and shows the page) and returns it."""
        row = next(i for i, spec in enumerate(PAGES) if spec.key == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
            return self._pages[key]
        return self._show_page(key)

    def refresh_current_page(self) -> None:
        """After background work changed the data (e.g. sample data), the open page re-reads it."""
        on_shown = getattr(self.stack.currentWidget(), "on_shown", None)
        if callable(on_shown):
            on_shown()

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    @property
    def current_key(self) -> str:
        return PAGES[self.nav.currentRow()].key

    # --- header and messages --------------------------------------------------------------
    def refresh_header(self) -> None:
        self.header.set_profile(self.ctx.profile)
        # After the first paint: the sync summary needs the sync stack, which the window does not.
        QTimer.singleShot(0, self.refresh_sync_state)

    def refresh_sync_state(self) -> None:
        """The header's sync line from the data ("3 perubahan belum dikirim"); at start-up and after jobs."""
        from psmdesk.ui.sync.state import sync_state_text

        if self.ctx.profile is not None:
            self.set_sync_state(sync_state_text(self.ctx))

    def set_sync_state(self, text: str) -> None:
        self.header.set_sync_state(text)

    def show_message(self, text: str, timeout_ms: int = MESSAGE_MS) -> None:
        """A quiet confirmation ("Profil disimpan."): never a modal "Berhasil!" box."""
        self.statusBar().showMessage(text, timeout_ms)

    def show_about(self) -> None:
        from psmdesk.ui.about import AboutDialog

        AboutDialog(self.ctx, self).exec()

    # --- background jobs ------------------------------------------------------------------
    def run_job(
        self, title: str, fn: JobFn, on_done: Callable[[Any], None] | None = None, *, key: str | None = None
    ) -> Job | None:
        """Runs `fn(ctx, progress, cancelled)` off the UI thread; one job per key at a time."""
        key = key or title
        if key in self._jobs:
            self.show_message(self.tr("%1 is already running.").replace("%1", title))
            return None
        job = Job(key, self.ctx.paths, fn, self.ctx.key)
        self._jobs[key] = job
        job.signals.progress.connect(lambda done, total, text: self._on_progress(job, done, total, text))
        job.signals.done.connect(lambda result: self._on_job_done(job, title, result, on_done))
        job.signals.failed.connect(lambda message: self._on_job_failed(job, message))
        self._show_job(job, title)
        QThreadPool.globalInstance().start(job)
        return job

    def _show_job(self, job: Job | None, title: str = "") -> None:
        self._shown_job = job
        visible = job is not None
        if visible:
            self.job_label.setText(title)
            self.job_progress.setRange(0, 0)  # busy until the first progress report
            self.job_cancel.setEnabled(True)
        for widget in (self.job_label, self.job_progress, self.job_cancel):
            widget.setVisible(visible)

    def _on_progress(self, job: Job, done: int, total: int, message: str) -> None:
        if job is not self._shown_job:
            return
        self.job_progress.setRange(0, max(total, 0))
        self.job_progress.setValue(min(done, total) if total > 0 else 0)
        if message:
            self.statusBar().showMessage(message)

    def _cancel_shown_job(self) -> None:
        if self._shown_job is not None:
            self._shown_job.cancel()
            self.job_cancel.setEnabled(False)
            self.statusBar().showMessage(self.tr("Stopping..."))

    def _finish_job(self, job: Job) -> None:
        self._jobs.pop(job.key, None)
        if job is self._shown_job:
            self._show_job(None)
            self.statusBar().clearMessage()

    def _on_job_done(self, job: Job, title: str, result: Any, on_done: Callable[[Any], None] | None) -> None:
        self._finish_job(job)
        self.refresh_sync_state()
        if job.is_cancelled():
            self.show_message(self.tr("%1: cancelled.").replace("%1", title))
        if on_done is not None:
            on_done(result)

    def _on_job_failed(self, job: Job, message: str) -> None:
        self._finish_job(job)
        show_problem(self, message)

    def running_jobs(self) -> list[str]:
        return list(self._jobs)

    # --- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        # A page with unsaved work may ask the user first (Simpan / Buang / Batal).
        for page in self._pages.values():
            can_close = getattr(page, "can_close", None)
            if callable(can_close) and not can_close():
                event.ignore()
                return
        self._settings_store().setValue("geometry", self.saveGeometry())
        for job in self._jobs.values():
            job.cancel()
        # Let a cancelled job reach a safe point: its writes are transactions, but a clean stop
        # also closes its database connection before the process ends.
        QThreadPool.globalInstance().waitForDone(15000)
        super().closeEvent(event)

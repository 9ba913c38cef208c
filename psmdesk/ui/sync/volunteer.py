"""Kirim ke Kantor: enrollment first, then one big action that writes the next bundle, and the
history of what was sent with the office's receipts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from psmdesk.services import sync_status
from psmdesk.services.context import AppContext
from psmdesk.services.enrollment import accept_enrollment, device_fingerprint
from psmdesk.services.errors import UserError
from psmdesk.services.sync_export import Written, export_bundle, rewrite_bundle, sent_bundles
from psmdesk.ui.errors import show_problem
from psmdesk.ui.style import label, primary_button
from psmdesk.ui.sync import dialogs
from psmdesk.ui.sync.common import card, default_folder, fingerprint_label, open_folder, thousands, village_label
from psmdesk.ui.sync.sent_model import DATE, FILE, RECEIVED, ROWS, SEQ, SentBundlesModel
from psmdesk.ui.widgets.list_export import offer_export

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow

JOB_KEY = "sync-export"


class SendPanel(QWidget):
    changed = Signal()
    import_requested = Signal()

    def __init__(self, ctx: AppContext, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_ = window
        self.setObjectName("SendPanel")
        self.last_written: Path | None = None
        self._last_folder: Path | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self._enroll_page())
        self.stack.addWidget(self._send_page())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(self.stack)
        self.refresh()

    # --- not enrolled yet -----------------------------------------------------------------
    def _enroll_page(self) -> QWidget:
        self.enroll_page = QWidget()
        box = QVBoxLayout(self.enroll_page)
        frame, inner = card(self.tr("First step: register this laptop with the office"))
        frame.setMaximumWidth(760)
        inner.setSpacing(10)
        inner.addWidget(label(self.tr(
            "Your coordinator makes an enrollment file (.psmdaftar) for you. Copy it to this laptop (USB stick or "
            "WhatsApp), then import it here. After that you can send your data to the office."), wrap=True))
        self.enroll_button = primary_button(self.tr("Import the enrollment file from the office…"))
        self.enroll_button.setObjectName("ImportEnrollment")
        self.enroll_button.clicked.connect(self.choose_enrollment)
        inner.addWidget(self.enroll_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addSpacing(8)
        inner.addWidget(label(self.tr("Fingerprint of this laptop (read it to the coordinator when asked):"),
                              "muted", wrap=True))
        self.own_fingerprint_first = fingerprint_label("", 2)
        inner.addWidget(self.own_fingerprint_first)
        box.addWidget(frame)
        box.addStretch(1)
        return self.enroll_page

    # --- enrolled ---------------------------------------------------------------------------
    def _send_page(self) -> QWidget:
        self.send_page = QWidget()
        box = QVBoxLayout(self.send_page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(self._office_card(), 1)
        row.addWidget(self._send_card(), 1)
        box.addLayout(row)

        box.addWidget(label(self.tr("Bundles sent"), "subheading"))
        self.model = SentBundlesModel()
        self.table = QTableView()
        offer_export(self.table, "Paket Terkirim")
        self.table.setObjectName("SentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        for column in (SEQ, DATE, ROWS, RECEIVED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        self.history_empty = label(self.tr(
            "No bundle sent yet. Press Send to office to write the first one."), "muted", wrap=True)
        self.history_empty.setObjectName("HistoryEmpty")
        self.history = QStackedWidget()
        self.history.addWidget(self.table)
        self.history.addWidget(self.history_empty)
        box.addWidget(self.history, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(label(self.tr("Lost a bundle on the way? Write the same bundle again:"), "muted"))
        self.rewrite_button = QPushButton(self.tr("Write again…"))
        self.rewrite_button.setObjectName("RewriteBundle")
        self.rewrite_button.clicked.connect(self.rewrite_selected)
        bottom.addWidget(self.rewrite_button)
        bottom.addStretch(1)
        box.addLayout(bottom)
        return self.send_page

    def _office_card(self) -> QWidget:
        frame, inner = card(self.tr("Office"))
        self.office_name = label("", wrap=True)
        self.office_name.setObjectName("OfficeName")
        self.office_name.setStyleSheet("font-weight: bold;")
        self.enrolled_as = label("", "muted", wrap=True)
        inner.addWidget(self.office_name)
        inner.addWidget(self.enrolled_as)
        inner.addWidget(label(self.tr("Office fingerprint (compare it with the coordinator by phone):"),
                              "muted", wrap=True))
        self.office_fingerprint = fingerprint_label("")
        self.office_fingerprint.setObjectName("OfficeFingerprint")
        inner.addWidget(self.office_fingerprint)
        inner.addWidget(label(self.tr("Fingerprint of this laptop:"), "muted"))
        self.own_fingerprint = fingerprint_label("", 1)
        self.own_fingerprint.setObjectName("OwnFingerprint")
        inner.addWidget(self.own_fingerprint)
        inner.addStretch(1)
        return frame

    def _send_card(self) -> QWidget:
        frame, inner = card(self.tr("Send to office"))
        self.pending_text = label("", wrap=True)
        self.pending_text.setObjectName("PendingChanges")
        inner.addWidget(self.pending_text)
        self.send_button = primary_button(self.tr("Send to office"))
        self.send_button.setObjectName("SendToOffice")
        self.send_button.setMinimumHeight(46)
        self.send_button.setStyleSheet("font-size: 13pt;")
        self.send_button.clicked.connect(self.send)
        inner.addWidget(self.send_button)
        self.written_row = QWidget()
        written = QHBoxLayout(self.written_row)
        written.setContentsMargins(0, 0, 0, 0)
        self.written_text = QLabel()
        self.written_text.setObjectName("WrittenPath")
        self.written_text.setWordWrap(True)
        self.written_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        written.addWidget(self.written_text, 1)
        open_button = QPushButton(self.tr("Open folder"))
        open_button.setObjectName("OpenFolder")
        open_button.clicked.connect(self.open_written_folder)
        written.addWidget(open_button)
        self.written_row.hide()
        inner.addWidget(self.written_row)
        inner.addStretch(1)
        self.import_button = QPushButton(self.tr("Import a bundle from the office…"))
        self.import_button.setObjectName("ImportFromOffice")
        self.import_button.clicked.connect(self.import_requested)
        inner.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    # --- state ------------------------------------------------------------------------------
    def refresh(self) -> None:
        enrollment = sync_status.enrollment(self.ctx)
        own = device_fingerprint(self.ctx)
        if enrollment is None:
            self.own_fingerprint_first.setText(own)
            self.stack.setCurrentWidget(self.enroll_page)
            return
        self.stack.setCurrentWidget(self.send_page)
        self.office_name.setText(enrollment.office_name)
        self.enrolled_as.setText(self.tr("Registered as %1 for %2").replace("%1", enrollment.volunteer)
                                 .replace("%2", ", ".join(village_label(a) for a in enrollment.areas)))
        self.office_fingerprint.setText(enrollment.office_fingerprint)
        self.own_fingerprint.setText(own)
        summary = sync_status.summary(self.ctx)
        if summary.unsent:
            text = self.tr("%1 change(s) not sent yet.").replace("%1", thousands(summary.unsent))
        elif summary.awaiting_ack:
            text = self.tr("Everything is in a bundle; the office has not confirmed %1 bundle(s) yet.").replace(
                "%1", str(summary.awaiting_ack))
        else:
            text = self.tr("No new changes.")
        self.pending_text.setText(text)
        self.model.set_bundles(sent_bundles(self.ctx))
        has_history = self.model.rowCount() > 0
        self.history.setCurrentWidget(self.table if has_history else self.history_empty)
        self.rewrite_button.setEnabled(has_history)
        if has_history and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    # --- enrollment -----------------------------------------------------------------------
    def choose_enrollment(self) -> None:
        path = dialogs.choose_enrollment_file(self, default_folder(self._last_folder))
        if path is not None:
            self.enroll_from(path)

    def enroll_from(self, path: Path) -> None:
        try:
            office = accept_enrollment(self.ctx, path)
        except UserError as exc:
            show_problem(self, str(exc))
            return
        self.refresh()
        self.changed.emit()
        self.window_.show_message(self.tr("This laptop is registered with %1. Compare the office fingerprint "
                                          "with the coordinator.").replace("%1", office.office_name))

    # --- sending --------------------------------------------------------------------------
    def send(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Where should the bundle be saved? (a USB stick)"),
                                       default_folder(self._last_folder))
        if folder is None:
            return
        self._last_folder = folder

        def work(ctx: AppContext, progress: Any, cancelled: Any) -> Written | None:
            return export_bundle(ctx, folder, progress=progress, cancelled=cancelled)

        self.window_.run_job(self.tr("Writing the sync bundle"), work, self._sent, key=JOB_KEY)

    def _sent(self, written: Written | None) -> None:
        self.refresh()
        self.changed.emit()
        if written is None:
            self.pending_text.setText(self.tr("No new changes: the office already has everything."))
            self.window_.show_message(self.tr("No new changes."))
            return
        self._show_written(written.path, self.tr("Bundle no. %1 (%2 rows) saved in %3:").replace(
            "%1", str(written.seq)).replace("%2", thousands(written.rows)).replace("%3", str(written.path.parent)))
        self.window_.show_message(self.tr("Bundle no. %1 saved. Give it to the office.").replace(
            "%1", str(written.seq)))

    def open_written_folder(self) -> None:
        if self.last_written is not None:
            open_folder(self.last_written)

    def _show_written(self, path: Path, text: str) -> None:
        self.last_written = path
        self.written_text.setText(f"{text}\n{path.name}")
        self.written_text.setToolTip(str(path))
        self.written_row.show()

    def rewrite_selected(self) -> None:
        bundle = self.model.bundle_at(self.table.currentIndex().row())
        if bundle is None:
            return
        folder = dialogs.choose_folder(self, self.tr("Where should the copy be saved?"),
                                       default_folder(self._last_folder))
        if folder is None:
            return
        self._last_folder = folder

        def work(ctx: AppContext, progress: Any, cancelled: Any) -> Path:
            return rewrite_bundle(ctx, bundle.bundle_id, folder)

        def done(path: Path) -> None:
            self._show_written(path, self.tr("Bundle no. %1 written again in %2:").replace(
                "%1", str(bundle.seq)).replace("%2", str(path.parent)))
            self.window_.show_message(self.tr("Bundle no. %1 written again.").replace("%1", str(bundle.seq)))

        self.window_.run_job(self.tr("Writing the bundle again"), work, done, key=JOB_KEY)

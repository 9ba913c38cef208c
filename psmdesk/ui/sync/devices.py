"""Perangkat: the office's ledger of volunteer laptops, approving and revoking them, enrollment
files for new volunteers, and bundles back to the volunteers."""

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
from psmdesk.services.devices import set_device_status
from psmdesk.services.enrollment import office_fingerprint
from psmdesk.services.errors import UserError
from psmdesk.services.sync_export import Written, office_bundle
from psmdesk.ui.style import label, primary_button
from psmdesk.ui.sync import dialogs, enroll_dialog
from psmdesk.ui.sync.common import card, default_folder, mono_font, open_folder
from psmdesk.ui.sync.device_model import ATTENTION, FINGERPRINT, LAST, RECEIVED, STATUS, VOLUNTEER, DeviceModel
from psmdesk.ui.widgets.list_export import offer_export

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow

JOB_KEY = "sync-export"


class DevicesPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_ = window
        self.setObjectName("DevicesPanel")
        self._folder: Path | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)

        top = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(label(self.tr("Volunteer laptops"), "subheading"))
        line = QHBoxLayout()
        line.addWidget(label(self.tr("Office fingerprint:"), "muted"))
        self.office_line = QLabel()
        self.office_line.setObjectName("OfficeFingerprint")
        self.office_line.setFont(mono_font(1, bold=True))
        self.office_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line.addWidget(self.office_line)
        line.addWidget(label(self.tr("(read it to volunteers when they enroll)"), "muted"))
        line.addStretch(1)
        text.addLayout(line)
        top.addLayout(text, 1)
        self.enroll_button = QPushButton(self.tr("New enrollment file…"))
        self.enroll_button.setObjectName("NewEnrollment")
        self.enroll_button.clicked.connect(self.new_enrollment)
        top.addWidget(self.enroll_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        self.info_bar, info = card()
        self.info_bar.setObjectName("DevicesInfo")
        row = QHBoxLayout()
        self.info_text = label("", wrap=True)
        self.info_text.setObjectName("DevicesInfoText")
        self.info_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.info_text, 1)
        self.info_open = QPushButton(self.tr("Open folder"))
        self.info_open.clicked.connect(self.open_info_folder)
        row.addWidget(self.info_open)
        info.addLayout(row)
        self.info_bar.hide()
        outer.addWidget(self.info_bar)

        self.model = DeviceModel()
        self.table = QTableView()
        offer_export(self.table, "Perangkat Relawan")
        self.table.setObjectName("DeviceTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # long notes are shortened; the tooltip has them in full
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        for column in (VOLUNTEER, STATUS, FINGERPRINT, RECEIVED, LAST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ATTENTION, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = label(self.tr(
            "No volunteer laptop yet. Make an enrollment file for the first volunteer (New enrollment file), "
            "then import her first bundle."), "subheading", wrap=True)
        self.empty.setObjectName("EmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        outer.addWidget(self.stack, 1)

        bottom = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.setObjectName("ApproveDevice")
        self.approve_button.clicked.connect(self.approve_selected)
        self.revoke_button = QPushButton(self.tr("Revoke permission…"))
        self.revoke_button.setObjectName("RevokeDevice")
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.send_button = primary_button(self.tr("Send to volunteers…"))
        self.send_button.setDefault(False)
        self.send_button.setObjectName("SendToVolunteers")
        self.send_button.clicked.connect(self.send_to_volunteers)
        bottom.addWidget(self.approve_button)
        bottom.addWidget(self.revoke_button)
        bottom.addStretch(1)
        bottom.addWidget(self.send_button)
        outer.addLayout(bottom)
        self.refresh()

    # --- state ------------------------------------------------------------------------------
    def refresh(self, *, prefer_pending: bool = False) -> None:
        """Re-reads the ledger; keeps the selection, or selects a laptop awaiting approval."""
        selected = {d.device_id for d in self.selected()}
        self.office_line.setText(office_fingerprint(self.ctx) or self.tr("made with the first enrollment file"))
        self.model.set_devices(sync_status.device_rows(self.ctx))
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        pending = [d.device_id for d in self.model.devices if d.status == "pending"]
        if prefer_pending and pending:
            selected = {pending[0]}
        self.table.clearSelection()
        for row, device in enumerate(self.model.devices):
            if device.device_id in selected:
                self.table.selectRow(row)
        if not self.selected() and self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> list[sync_status.DeviceRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [d for d in (self.model.device_at(r) for r in rows) if d is not None]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.approve_button.setEnabled(len(chosen) == 1 and chosen[0].status != "approved")
        self.revoke_button.setEnabled(len(chosen) == 1 and chosen[0].status != "revoked")
        self.send_button.setEnabled(any(d.status == "approved" for d in self.model.devices))

    def open_info_folder(self) -> None:
        if self._folder is not None:
            open_folder(self._folder)

    def _show_info(self, text: str, folder: Path | None) -> None:
        self._folder = folder
        self.info_text.setText(text)
        self.info_open.setVisible(folder is not None)
        self.info_bar.show()

    # --- approve and revoke ---------------------------------------------------------------
    def _set_status(self, device: sync_status.DeviceRow, status: str) -> bool:
        try:
            set_device_status(self.ctx, device.device_id, status)
        except UserError as exc:
            self.window_.show_message(str(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def approve_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].status == "approved":
            return
        device = chosen[0]
        if dialogs.confirm_approve(self, device.volunteer, device.fingerprint) and self._set_status(device, "approved"):
            self.window_.show_message(self.tr("%1's laptop is approved. Import its bundles again.")
                                      .replace("%1", device.volunteer))

    def revoke_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].status == "revoked":
            return
        device = chosen[0]
        if dialogs.confirm_revoke(self, device.volunteer) and self._set_status(device, "revoked"):
            self.window_.show_message(self.tr("Permission of %1's laptop revoked. Approve it again to undo.")
                                      .replace("%1", device.volunteer))

    # --- enrollment and bundles back --------------------------------------------------------
    def new_enrollment(self) -> None:
        written = enroll_dialog.ask_enrollment(self.ctx, self)
        if written is None:
            return
        self.refresh()
        self._show_info(self.tr("Enrollment file saved: %1\nGive it to the volunteer. When she imports it, "
                                "read her the office fingerprint: %2").replace("%1", str(written))
                        .replace("%2", office_fingerprint(self.ctx) or ""), written.parent)
        self.window_.show_message(self.tr("Enrollment file saved."))

    def send_to_volunteers(self) -> None:
        approved = [d for d in self.model.devices if d.status == "approved"]
        if not approved:
            return
        chosen = enroll_dialog.ask_devices(approved, {d.device_id for d in self.selected()}, self)
        if not chosen:
            return
        folder = dialogs.choose_folder(self, self.tr("Where should the bundles be saved?"),
                                       default_folder(self._folder))
        if folder is None:
            return
        self._folder = folder
        names = {d.device_id: d.volunteer for d in approved}
        writing = self.tr("Writing the bundle for %1")

        def work(ctx: AppContext, progress: Any, cancelled: Any) -> list[Written]:
            written = []
            for number, device_id in enumerate(chosen):
                if cancelled():
                    break
                progress(number, len(chosen), writing.replace("%1", names.get(device_id, "")))
                written.append(office_bundle(ctx, device_id, folder))
            progress(len(chosen), len(chosen), "")
            return written

        self.window_.run_job(self.tr("Writing bundles for volunteers"), work, self._sent, key=JOB_KEY)

    def _sent(self, written: list[Written]) -> None:
        if not written:
            return
        text = self.tr("%1 bundle(s) for volunteers saved in %2").replace("%1", str(len(written))).replace(
            "%2", str(written[0].path.parent))
        self._show_info(text, written[0].path.parent)
        self.window_.show_message(text)

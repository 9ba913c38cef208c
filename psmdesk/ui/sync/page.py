"""Sinkronisasi: the page the shell shows. The role decides the tabs: a volunteer sends to the
office and imports what the office sends back; the office imports, keeps the device ledger and
decides conflicts. Files dropped anywhere on the page are imported (after a preview)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from psmdesk.domain.profile import Role
from psmdesk.services import sync_status
from psmdesk.services.context import AppContext
from psmdesk.ui.style import label
from psmdesk.ui.sync.common import ENROLLMENT_SUFFIX
from psmdesk.ui.sync.conflicts_view import ConflictsPanel
from psmdesk.ui.sync.import_panel import ImportPanel
from psmdesk.ui.sync.state import sync_state_text

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow
    from psmdesk.ui.sync.devices import DevicesPanel
    from psmdesk.ui.sync.volunteer import SendPanel


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    if not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.setObjectName("SyncPage")
        self.setAcceptDrops(True)
        profile = ctx.profile
        self.role = profile.role if profile else Role.RELAWAN
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 14, 24, 8)
        outer.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Sync"), "heading"))
        top.addStretch(1)
        outer.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("SyncTabs")
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)

        self.send: SendPanel | None = None
        self.devices: DevicesPanel | None = None
        if self.role is Role.KOORDINATOR:
            from psmdesk.ui.sync.devices import DevicesPanel

            self.importer = ImportPanel(ctx, window, from_office=False)
            self.devices = DevicesPanel(ctx, window)
            self.tabs.addTab(self.importer, self.tr("Import bundles"))
            self.tabs.addTab(self.devices, self.tr("Devices"))
            self.devices.changed.connect(self.refresh_state)
            self.importer.show_devices.connect(self.show_devices)
        else:
            from psmdesk.ui.sync.volunteer import SendPanel

            self.send = SendPanel(ctx, window)
            self.importer = ImportPanel(ctx, window, from_office=True)
            self.tabs.addTab(self.send, self.tr("Send to office"))
            self.tabs.addTab(self.importer, self.tr("Import from office"))
            self.send.changed.connect(self.refresh_state)
            self.send.import_requested.connect(self.import_files)
        self.conflicts = ConflictsPanel(ctx, window)
        self.tabs.addTab(self.conflicts, "")
        if self.role is Role.KOORDINATOR:  # Jejak Audit: the coordinator's only (docs/sync.md)
            from psmdesk.ui.audit.panel import add_to

            self.audit = add_to(self.tabs, ctx, window)
        self.importer.applied.connect(self._after_import)
        self.importer.show_conflicts.connect(self.show_conflicts)
        self.importer.previewed.connect(self._after_preview)
        self.conflicts.changed.connect(self.refresh_state)
        shortcut = QShortcut(QKeySequence("Ctrl+O"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.import_files)
        self.refresh_state()

    # --- shell hooks ----------------------------------------------------------------------
    def on_shown(self) -> None:
        if self.send is not None:
            self.send.refresh()
        if self.devices is not None:
            self.devices.refresh(prefer_pending=True)
        self.conflicts.refresh(self.conflicts.list.currentRow())
        self.refresh_state()
        self.focus_main_action()

    def focus_main_action(self) -> None:
        """The keyboard starts on the page's main action (Kirim ke Kantor, Pilih berkas, ...)."""
        current = self.tabs.currentWidget()
        if current is self.send and self.send is not None:
            enrolled = self.send.stack.currentWidget() is self.send.send_page
            (self.send.send_button if enrolled else self.send.enroll_button).setFocus()
        elif current is self.importer and self.importer.stack.currentWidget() is self.importer.empty:
            self.importer.files_button.setFocus()

    # --- tabs -----------------------------------------------------------------------------
    def refresh_state(self) -> None:
        summary = sync_status.summary(self.ctx)
        index = self.tabs.indexOf(self.conflicts)
        conflicts = summary.open_conflicts
        self.tabs.setTabText(index, self.tr("Conflicts (%1)").replace("%1", str(conflicts)) if conflicts
                             else self.tr("Conflicts"))
        # A volunteer sees the tab only while she has conflicts (or is looking at it).
        self.tabs.setTabVisible(index, self.role is Role.KOORDINATOR or conflicts > 0
                                or self.tabs.currentIndex() == index)
        if self.devices is not None:
            pending = summary.pending_devices
            self.tabs.setTabText(self.tabs.indexOf(self.devices),
                                 self.tr("Devices (%1 waiting)").replace("%1", str(pending)) if pending
                                 else self.tr("Devices"))
        self.window_.set_sync_state(sync_state_text(self.ctx))

    def _after_import(self) -> None:
        if self.send is not None:
            self.send.refresh()
        if self.devices is not None:
            self.devices.refresh()
        self.conflicts.refresh()
        self.refresh_state()

    def _after_preview(self) -> None:
        if self.devices is not None:
            self.devices.refresh(prefer_pending=True)
        self.refresh_state()

    def show_devices(self) -> None:
        if self.devices is not None:
            self.devices.refresh(prefer_pending=True)
            self.tabs.setCurrentWidget(self.devices)
            self.devices.table.setFocus()

    def show_conflicts(self) -> None:
        self.conflicts.refresh()
        self.tabs.setTabVisible(self.tabs.indexOf(self.conflicts), True)
        self.tabs.setCurrentWidget(self.conflicts)

    def import_files(self) -> None:
        self.tabs.setCurrentWidget(self.importer)
        self.importer.choose_files()

    # --- drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_paths(paths)

    def open_paths(self, paths: list[Path]) -> None:
        enrollment = [p for p in paths if p.suffix.lower() == ENROLLMENT_SUFFIX]
        if enrollment and self.send is not None:
            self.tabs.setCurrentWidget(self.send)
            self.send.enroll_from(enrollment[0])
            return
        self.tabs.setCurrentWidget(self.importer)
        self.importer.preview_paths(paths)

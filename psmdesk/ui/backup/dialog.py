"""Pengaturan > Cadangan & Pulihkan: the backups on this computer, what each one holds, making a
backup now, copying one to a folder or USB stick, and restoring one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psmdesk.services import backup as svc
from psmdesk.services.context import AppContext
from psmdesk.storage.backup import BackupContents, NotABackup, inspect_backup
from psmdesk.storage.errors import StorageError
from psmdesk.ui.errors import show_problem
from psmdesk.ui.i18n import translate
from psmdesk.ui.style import label, primary_button

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow


def format_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def format_time(moment: datetime) -> str:
    return f"{moment:%d/%m/%Y %H:%M}"  # dates in fields and tables as 17/08/2026 (ui.md)


def local_time(iso_utc: str) -> str:
    try:
        return format_time(datetime.fromisoformat(iso_utc.replace("Z", "+00:00")).astimezone())
    except ValueError:
        return iso_utc


class BackupDialog(QDialog):
    def __init__(self, ctx: AppContext, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.ctx = ctx
        self.window_ = window
        self.setObjectName("BackupDialog")
        self.setWindowTitle(self.tr("Backups and restore"))
        self.resize(1000, 600)
        self.backups: list[svc.Backup] = []
        self.contents: BackupContents | None = None
        self._last_folder: Path | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(10)
        outer.addWidget(label(self.tr("Backups and restore"), "heading"))
        outer.addWidget(label(self.tr(
            "A backup is a copy of all the data on this computer. PSM Desk makes one every day when it "
            "starts and one before every import of a Sync Package. If data gets lost or damaged, choose a "
            "backup below and restore it."), "muted", wrap=True))

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(self._list_column(), 3)
        body.addWidget(self._detail_card(), 2)
        outer.addLayout(body, 1)
        outer.addLayout(self._copy_row())

        bottom = QHBoxLayout()
        self.status = label("", "muted", wrap=True)
        self.status.setObjectName("BackupStatus")
        bottom.addWidget(self.status, 1)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("CloseBackups")
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        outer.addLayout(bottom)
        self.reload()

    # --- building -------------------------------------------------------------------------
    def _list_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(label(self.tr("Backups on this computer (newest first)"), "subheading"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("BackupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Why it was made"), self.tr("Size")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        column.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.backup_now = QPushButton(self.tr("Back up now"))
        self.backup_now.setObjectName("BackupNow")
        self.backup_now.clicked.connect(self.make_backup)
        row.addWidget(self.backup_now)
        self.copy_button = QPushButton(self.tr("Copy to folder..."))
        self.copy_button.setObjectName("CopyToFolder")
        self.copy_button.setToolTip(self.tr("Writes a fresh backup to a folder you choose, e.g. a USB stick"))
        self.copy_button.clicked.connect(self.copy_to_folder)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        column.addLayout(row)
        return column

    def _detail_card(self) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        box = QVBoxLayout(card)
        box.setContentsMargins(18, 12, 18, 14)
        box.setSpacing(6)
        box.addWidget(label(self.tr("What this backup holds"), "subheading"))
        self.detail = label("", wrap=True)
        self.detail.setObjectName("BackupDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The counts scroll inside the card: with every module in use they are ~20 lines, which
        # would make the dialog taller than a 1366x768 screen.
        scroll = QScrollArea()
        scroll.setObjectName("BackupDetailScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.detail)
        scroll.setMinimumHeight(120)
        box.addWidget(scroll, 1)
        self.file_field = QLineEdit()
        self.file_field.setObjectName("BackupFile")
        self.file_field.setReadOnly(True)
        box.addWidget(QLabel(self.tr("File")))
        box.addWidget(self.file_field)
        box.addWidget(label(self.tr(
            "Restoring replaces the data now on this computer with the data in this backup. What is "
            "there now is first saved as a backup, so a restore can be undone."), "muted", wrap=True))
        self.restore_button = primary_button(self.tr("Restore this backup..."))
        self.restore_button.setObjectName("RestoreBackup")
        self.restore_button.setDefault(False)
        self.restore_button.clicked.connect(self.restore_selected)
        box.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignRight)
        return card

    def _copy_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.daily_copy = QCheckBox()
        self.daily_copy.setObjectName("DailyCopy")
        self.daily_copy.toggled.connect(self._daily_copy_toggled)
        row.addWidget(self.daily_copy, 1)
        self._show_copy_folder()
        return row

    # --- list and details -----------------------------------------------------------------
    def reload(self, select: Path | None = None) -> None:
        self.backups = svc.list_backups(self.ctx.paths.backups)
        self.table.setRowCount(len(self.backups))
        chosen = 0
        for row, backup in enumerate(self.backups):
            cells = (format_time(backup.created), self.kind_label(backup.kind), format_size(backup.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if select is not None and backup.path == select:
                chosen = row
        if self.backups:
            self.table.selectRow(chosen)
        else:
            self._show_contents(None, self.tr("There is no backup yet. Press \"Back up now\" to make one."))

    def kind_label(self, kind: str) -> str:
        labels = {
            svc.DAILY: self.tr("Daily backup"),
            svc.PRE_IMPORT: self.tr("Before importing a Sync Package"),
            svc.PRE_RESTORE: self.tr("Before a restore"),
            svc.MANUAL: self.tr("Made by hand"),
            svc.MIGRATION: self.tr("Before updating PSM Desk"),
            svc.COPY: self.tr("Copy"),
        }
        return labels.get(kind, kind)

    def table_label(self, table: str) -> str:
        labels = {
            "households": self.tr("Households"),
            "members": self.tr("Household members"),
            "ppks_cases": self.tr("PPKS cases"),
            "visits": self.tr("Visits"),
            "pokmas": self.tr("Pokmas groups"),
            "meal_beneficiaries": self.tr("Meal recipients"),
            "meal_days": self.tr("Meal days"),
            "meal_deliveries": self.tr("Meal deliveries"),
            "kube_groups": self.tr("KUBE groups"),
            "kube_members": self.tr("KUBE members"),
            "kube_grants": self.tr("KUBE grants"),
            "kube_activities": self.tr("KUBE activities"),
            "kube_cash": self.tr("KUBE cash-book entries"),
            "psm_volunteers": self.tr("PSM volunteers"),
            "psm_trainings": self.tr("PSM trainings"),
            "case_files": self.tr("Case files"),
            "case_sessions": self.tr("Case sessions"),
            "case_notes_shared": self.tr("Shared case notes"),
        }
        return labels.get(table, table)

    def selected(self) -> svc.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        backup = self.selected()
        if backup is None:
            self._show_contents(None, self.tr("Choose a backup in the list."))
            return
        self.file_field.setText(str(backup.path))
        self.file_field.setCursorPosition(0)
        try:
            contents = inspect_backup(backup.path, self.ctx.key)
        except NotABackup as exc:
            self._show_contents(None, self.tr("This file cannot be restored: %1").replace("%1", str(exc)))
            return
        self._show_contents(contents)

    def _show_contents(self, contents: BackupContents | None, message: str = "") -> None:
        self.contents = contents
        self.restore_button.setEnabled(contents is not None)
        if contents is None:
            self.detail.setText(message)
            if not self.backups:
                self.file_field.clear()
            return
        backup = self.selected()
        lines = [
            self.tr("Made on: %1 (%2)").replace("%1", format_time(backup.created)).replace(
                "%2", self.kind_label(backup.kind)) if backup else "",
            self.tr("Profile: %1").replace("%1", contents.profile_name or self.tr("(not set up)")),
            self.tr("Last change: %1").replace(
                "%1", local_time(contents.last_change) if contents.last_change else self.tr("none")),
            "",
        ]
        # The office's reference lists are set up on every computer: no news for a volunteer.
        shown = [(t, n) for t, n in contents.counts.items()
                 if (n or t in ("households", "members")) and t != "reference_items"]
        lines += [f"{self.table_label(t)}: {n}" for t, n in shown]
        self.detail.setText("\n".join(lines))

    # --- actions --------------------------------------------------------------------------
    def confirm(self, text: str) -> bool:
        """Separate so tests can answer it (a modal box would block them)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore backup"), text, parent=self)
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def choose_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder or USB stick for the copy"))
        return Path(folder) if folder else None

    def _busy(self, busy: bool) -> None:
        for button in (self.backup_now, self.copy_button):
            button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.contents is not None)

    def _run(self, title: str, work: Any, done: Any) -> None:
        def finished(result: Any) -> None:
            self._busy(False)
            done(result)

        job = self.window_.run_job(title, work, finished, key="backup")
        if job is None:
            return
        self._busy(True)
        job.signals.failed.connect(lambda _message: self._busy(False))

    def make_backup(self) -> None:
        def work(ctx: AppContext, progress: Any, cancelled: Any) -> Path:
            return svc.make_backup(ctx, svc.MANUAL, progress=lambda d, t: progress(d, t, ""),
                                   cancelled=cancelled)

        def done(path: Path | None) -> None:
            if path is None:
                return
            self.reload(select=path)
            self._say(self.tr("Backup made: %1").replace("%1", path.name))

        self._run(self.tr("Making a backup"), work, done)

    def copy_to_folder(self) -> None:
        folder = self.choose_folder()
        if folder is None:
            return

        def work(ctx: AppContext, progress: Any, cancelled: Any) -> Path:
            return svc.backup_to_folder(ctx, folder)

        def done(path: Path | None) -> None:
            if path is None:
                return
            if self.daily_copy.isChecked():
                svc.set_copy_folder(self.ctx, folder)
            self._last_folder = folder
            self._show_copy_folder(folder)
            self._say(self.tr("Copy saved: %1").replace("%1", str(path)))

        self._run(self.tr("Copying a backup"), work, done)

    def _show_copy_folder(self, chosen: Path | None = None) -> None:
        stored = svc.copy_folder(self.ctx)
        folder = stored or chosen or self._last_folder
        self.daily_copy.blockSignals(True)
        self.daily_copy.setChecked(stored is not None)
        self.daily_copy.setEnabled(folder is not None)
        if folder is None:
            self.daily_copy.setText(self.tr(
                "Also copy each daily backup to a folder or USB stick (first use \"Copy to folder...\")"))
        else:
            self.daily_copy.setText(self.tr("Also copy each daily backup to %1 (when it is plugged in)")
                                    .replace("%1", str(folder)))
        self.daily_copy.setProperty("folder", str(folder) if folder else "")
        self.daily_copy.blockSignals(False)

    def _daily_copy_toggled(self, checked: bool) -> None:
        folder = self.daily_copy.property("folder")
        try:
            svc.set_copy_folder(self.ctx, Path(folder) if checked and folder else None)
        except StorageError as exc:
            show_problem(self, str(exc))

    def restore_selected(self) -> None:
        backup, contents = self.selected(), self.contents
        if backup is None or contents is None:
            return
        others = [job for job in self.window_.running_jobs() if job != "backup"]
        if others:
            show_problem(self, self.tr("Wait until the work running now has finished (%1), then restore.")
                         .replace("%1", ", ".join(others)))
            return
        text = self.tr(
            "Restore the backup made on %1?\n\nThe data now on this computer will be replaced by the data "
            "in the backup (%2 households, %3 household members). Changes made after %1 will no longer "
            "be shown.\n\nWhat is there now is first saved as a backup, so you can undo this.") \
            .replace("%1", format_time(backup.created)) \
            .replace("%2", str(contents.counts.get("households", 0))) \
            .replace("%3", str(contents.counts.get("members", 0)))
        if not self.confirm(text):
            return

        def work(ctx: AppContext, progress: Any, cancelled: Any) -> svc.RestoreResult:
            return svc.restore_backup(ctx.paths, backup.path, key=ctx.key,
                                      progress=lambda d, t: progress(d, t, ""))

        def done(result: svc.RestoreResult | None) -> None:
            if result is None:
                return
            svc.after_restore(self.ctx, result)
            self.window_.refresh_header()
            self.window_.refresh_current_page()
            self.reload(select=backup.path)
            message = self.tr("Backup of %1 restored. The data from before was saved as a backup.") \
                .replace("%1", format_time(backup.created))
            self._say(message)

        self._run(self.tr("Restoring a backup"), work, done)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.window_.show_message(text)


def backup_button(ctx: AppContext, window: MainWindow) -> QPushButton:
    """The "Cadangan & Pulihkan" button of the settings page (its words live in this package)."""
    # "Cadangan & Pulihkan...": a single & on a button marks the shortcut letter ("_Pulihkan").
    button = QPushButton(translate("Backup", "Backups and restore...").replace("&", "&&"))
    button.setObjectName("OpenBackups")
    button.setToolTip(translate("Backup", "See the backups, make one now, or restore one"))
    button.clicked.connect(lambda: BackupDialog(ctx, window).exec())
    return button

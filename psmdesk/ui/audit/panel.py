"""Jejak Audit: who changed what, when and from which laptop, with filters and a CSV export.

Koordinator only (the Sinkronisasi page adds it for a coordinator; the services refuse anyone
else). NIK and No. KK are masked and sensitive notes are never shown (services/audit.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from psmdesk.services import audit
from psmdesk.services.audit import AuditFilter
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.ui.audit.model import AFTER, BEFORE, AuditModel, action_label, table_label
from psmdesk.ui.i18n import translate
from psmdesk.ui.style import label, primary_button
from psmdesk.ui.widgets.list_export import offer_export

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow

NO_LIMIT = QDate(2020, 1, 1)  # the date fields' "any" value
BIG_EXPORT = 20_000  # more entries than this are exported in the background


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class AuditPanel(QWidget):
    def __init__(self, ctx: AppContext, window: MainWindow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuditPanel")
        self.ctx = ctx
        self.window_ = window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 10, 0, 0)
        outer.setSpacing(8)
        intro = label(self.tr("Who changed what, when, and from which laptop. NIK and family card numbers are "
                              "masked; case notes and health notes are never shown here."), "muted", wrap=True)
        outer.addWidget(intro)
        outer.addLayout(self._filters())

        top = QHBoxLayout()
        self.count = label("", "subheading")
        self.count.setObjectName("AuditCount")
        top.addWidget(self.count, 1)
        self.export_button = primary_button(self.tr("Export to CSV…"))
        self.export_button.setObjectName("AuditExport")
        self.export_button.setDefault(False)
        self.export_button.setToolTip(self.tr("Save the entries shown (with the filters) as a CSV file. "
                                              "NIK stays masked."))
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.export_button)
        outer.addLayout(top)

        self.model = AuditModel(ctx, self)
        self.table = QTableView()
        offer_export(self.table, "Jejak Audit")
        self.table.setObjectName("AuditTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        fit = QHeaderView.ResizeMode.ResizeToContents  # at most one page of rows is measured
        for column, width in enumerate((0, 190, 0, 0, 200)):
            header.setSectionResizeMode(column, fit if not width else QHeaderView.ResizeMode.Interactive)
            if width:
                self.table.setColumnWidth(column, width)
        for column in (BEFORE, AFTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.table, 1)
        self.empty = label(self.tr("No entries match these filters."), "muted")
        self.empty.setObjectName("AuditEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.empty)
        self._loaded = False

    # --- building -------------------------------------------------------------------------
    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_LIMIT)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_LIMIT)
        edit.setMinimumWidth(130)
        edit.dateChanged.connect(self.apply_filters)
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumWidth(170)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def _filters(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.start = self._date("AuditFrom")
        self.end = self._date("AuditTo")
        self.device = self._combo("AuditDevice")
        self.table_filter = self._combo("AuditData")
        self.action = self._combo("AuditAction")
        self.reset_button = QPushButton(self.tr("Show all"))
        self.reset_button.setObjectName("AuditReset")
        self.reset_button.clicked.connect(self.reset_filters)
        fields: list[tuple[str, QWidget]] = [
            (self.tr("&From"), self.start), (self.tr("&To"), self.end), (self.tr("D&evice / person"), self.device),
            (self.tr("&Data"), self.table_filter), (self.tr("&Action"), self.action),
        ]
        for column, (text, widget) in enumerate(fields):
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.reset_button, 1, len(fields))
        grid.setColumnStretch(len(fields) + 1, 1)
        return grid

    # --- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-reads the filter choices (new devices, tables) and the entries."""
        try:
            choices = audit.filter_choices(self.ctx)
        except UserError as exc:
            self.count.setText(str(exc))
            self.setEnabled(False)
            return
        self._loaded = False
        for combo, everything, items in (
            (self.device, self.tr("All devices"),
             [(f"{name} · …{device[-8:]}", device) for device, name in choices.devices]),
            (self.table_filter, self.tr("All data"), [(table_label(t), t) for t in choices.tables]),
            (self.action, self.tr("All actions"), [(action_label(a), a) for a in choices.actions]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)
        self._loaded = True
        self.apply_filters()

    def on_shown(self) -> None:
        self.refresh()

    def current_filter(self) -> AuditFilter:
        def day(edit: QDateEdit) -> date | None:
            value = edit.date()
            return None if value == NO_LIMIT else date(value.year(), value.month(), value.day())

        return AuditFilter(start=day(self.start), end=day(self.end), device_id=self.device.currentData(),
                           table=self.table_filter.currentData(), action=self.action.currentData())

    def apply_filters(self) -> None:
        if not self._loaded:
            return
        f = self.current_filter()
        self.model.set_filter(f)
        total = audit.count(self.ctx, f)
        self.count.setText(self.tr("%1 entries").replace("%1", _thousands(total)))
        self.empty.setVisible(total == 0)
        self.export_button.setEnabled(total > 0)

    def reset_filters(self) -> None:
        self._loaded = False
        for edit in (self.start, self.end):
            edit.setDate(NO_LIMIT)
        for combo in (self.device, self.table_filter, self.action):
            combo.setCurrentIndex(0)
        self._loaded = True
        self.apply_filters()

    # --- export ---------------------------------------------------------------------------
    def export(self) -> None:
        suggested = str(Path.home() / f"jejak-audit-{date.today().isoformat()}.csv")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), suggested,
                                                self.tr("CSV files (*.csv)"))
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> None:
        f = self.current_filter()
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        done_text = self.tr("%1 entries saved to %2.")
        if self.window_ is not None and audit.count(self.ctx, f) > BIG_EXPORT:
            self.window_.run_job(self.tr("Exporting the audit trail"),
                                 lambda ctx, progress, cancelled: audit.export_csv(ctx, f, path),
                                 lambda n: self._message(done_text.replace("%1", _thousands(int(n)))
                                                         .replace("%2", path.name)))
            return
        n = audit.export_csv(self.ctx, f, path)
        self._message(done_text.replace("%1", _thousands(n)).replace("%2", path.name))

    def _message(self, text: str) -> None:
        if self.window_ is not None:
            self.window_.show_message(text)
        else:
            self.count.setToolTip(text)


def tab_title() -> str:
    return translate("AuditPanel", "Audit trail")


def add_to(tabs: QTabWidget, ctx: AppContext, window: MainWindow | None) -> AuditPanel:
    """The Sinkronisasi page's hook: a tab that reloads each time it is opened."""
    panel = AuditPanel(ctx, window)
    panel.setProperty("tabTitle", tab_title())
    tabs.addTab(panel, tab_title())
    tabs.currentChanged.connect(lambda index: panel.refresh() if tabs.widget(index) is panel else None)
    return panel

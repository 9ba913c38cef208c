"""Daftar Penerima: the roster with each person's eligibility, notes and end.

Health notes are specific personal data (UU PDP): they stay hidden until asked for, and never
appear in the list or the daily log."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain.issues import ValidationFailed
from psmdesk.domain.names import name_key
from psmdesk.services import meals as service
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.ui.errors import show_problem
from psmdesk.ui.meals import roster_dialogs
from psmdesk.ui.meals.common import check_lines, end_reason_text, short_date, village_name
from psmdesk.ui.style import label, primary_button
from psmdesk.ui.tableimport.entry import add_import_button
from psmdesk.ui.widgets.list_export import offer_export

DETAIL_WIDTH = 340


class RosterView(QWidget):
    message = Signal(str)
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RosterView")
        self.ctx = ctx
        self.pokmas_id: str | None = None
        self.entries: list[service.RosterEntry] = []
        self.shown: list[service.RosterEntry] = []
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        left = QVBoxLayout()
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("RosterSearch")
        self.search.setPlaceholderText(self.tr("Search a name (Ctrl+F)"))
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(self._apply_filter)
        self.show_ended = QCheckBox(self.tr("Show &ended"))
        self.show_ended.toggled.connect(self._apply_filter)
        self.count = label("", "muted")
        self.add_button = primary_button(self.tr("Add beneficiary (Ctrl+N)"))
        self.add_button.setObjectName("RosterAdd")
        self.add_button.setDefault(False)
        self.add_button.clicked.connect(self.add)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_ended)
        top.addWidget(self.count)
        top.addWidget(self.add_button)
        left.addLayout(top)
        self.table = QTableWidget(0, 5)
        offer_export(self.table, "Penerima Permakanan")
        self.table.setObjectName("RosterTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Age"), self.tr("Address"), self.tr("Status"),
                                              self.tr("Checks")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        left.addWidget(self.table, 1)
        self.empty = label(self.tr("Nobody on the roster yet. Add the first beneficiary (Ctrl+N) from the "
                                   "people mapped in the served kelurahan."), "muted", wrap=True)
        left.addWidget(self.empty)
        below = QHBoxLayout()  # the top row has no room left on a 1366-pixel screen
        self.import_button = add_import_button(below, ctx, on_imported=self.reload, target="roster")
        below.addStretch(1)
        left.addLayout(below)
        outer.addLayout(left, 1)
        outer.addWidget(self._detail_panel())
        for keys, slot in (("Ctrl+N", self.add), ("Ctrl+F", self.focus_search)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _detail_panel(self) -> QFrame:
        panel = QFrame()
        panel.setProperty("role", "card")
        panel.setFixedWidth(DETAIL_WIDTH)
        box = QVBoxLayout(panel)
        box.setContentsMargins(16, 12, 16, 12)
        self.d_name = label("", "subheading", wrap=True)
        self.d_address = label("", "muted", wrap=True)
        self.d_period = label("", wrap=True)
        self.d_checks = label("", wrap=True)
        self.d_checks.setObjectName("RosterChecks")
        self.d_checks.setTextFormat(Qt.TextFormat.RichText)
        self.d_override = label("", "warning", wrap=True)
        self.d_override.setObjectName("RosterOverride")
        for widget in (self.d_name, self.d_address, self.d_period, self.d_checks, self.d_override):
            box.addWidget(widget)
        box.addWidget(label(self.tr("Diet notes (shown to the kitchen and in the daily log)"), "muted", wrap=True))
        self.diet = QPlainTextEdit()
        self.diet.setObjectName("RosterDiet")
        self.diet.setFixedHeight(56)
        box.addWidget(self.diet)
        self.health_toggle = QPushButton(self.tr("Show health notes"))
        self.health_toggle.setObjectName("RosterHealthToggle")
        self.health_toggle.setCheckable(True)
        self.health_toggle.toggled.connect(self._toggle_health)
        box.addWidget(self.health_toggle)
        self.health = QPlainTextEdit()
        self.health.setObjectName("RosterHealth")
        self.health.setFixedHeight(56)
        self.health.hide()
        box.addWidget(self.health)
        box.addStretch(1)
        row = QHBoxLayout()
        self.end_button = QPushButton(self.tr("End\u2026"))
        self.end_button.setObjectName("RosterEnd")
        self.end_button.clicked.connect(self.end_current)
        self.save_notes = primary_button(self.tr("Save notes"))
        self.save_notes.setObjectName("RosterSaveNotes")
        self.save_notes.setDefault(False)
        self.save_notes.clicked.connect(self._save_notes)
        row.addWidget(self.end_button)
        row.addStretch(1)
        row.addWidget(self.save_notes)
        box.addLayout(row)
        self.detail = panel
        return panel

    # --- data -----------------------------------------------------------------------------
    def set_pokmas(self, pokmas_id: str | None) -> None:
        self.pokmas_id = pokmas_id
        self.reload()

    def reload(self, select: str | None = None) -> None:
        current = select or self.current_id()
        self.entries = service.roster(self.ctx, self.pokmas_id) if self.pokmas_id else []
        self.add_button.setEnabled(self.pokmas_id is not None)
        self._apply_filter()
        if current:
            self.select(current)

    def _visible(self) -> list[service.RosterEntry]:
        key = name_key(self.search.text())
        today = date.today().isoformat()
        return [e for e in self.entries
                if (self.show_ended.isChecked() or not e.row.end_date or e.row.end_date >= today)
                and (not key or key in name_key(e.row.name))]

    def _apply_filter(self) -> None:
        self.shown = self._visible()
        self.table.setRowCount(len(self.shown))
        for i, e in enumerate(self.shown):
            p = e.row.person
            status = (self.tr("Ended (%1)").replace("%1", end_reason_text(e.row.end_reason)) if e.row.end_date
                      else self.tr("Active"))
            checks = (self.tr("Meets") if e.eligible else
                      self.tr("Exception") if e.row.override_reason else self.tr("Fails"))
            cells = (p.name, "" if e.age is None else str(e.age),
                     f"RT {p.rt}/RW {p.rw} \u00b7 {village_name(p.kelurahan_code)}", status, checks)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.row.id)
                self.table.setItem(i, column, item)
        active = sum(1 for e in self.entries if not e.row.end_date)
        self.count.setText(self.tr("%1 active").replace("%1", str(active)))
        self.table.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)
        self.detail.setEnabled(bool(self.shown))
        if self.shown:
            self.table.selectRow(0)
        self._show_detail(self.table.currentRow())

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        return self.shown[row].row.id if 0 <= row < len(self.shown) else None

    def select(self, beneficiary_id: str) -> None:
        for i, e in enumerate(self.shown):
            if e.row.id == beneficiary_id:
                self.table.selectRow(i)
                return

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.selectAll()

    def _show_detail(self, row: int) -> None:
        self.health_toggle.setChecked(False)
        if not 0 <= row < len(self.shown):
            for widget in (self.d_name, self.d_address, self.d_period, self.d_checks, self.d_override):
                widget.setText("")
            self.diet.setPlainText("")
            return
        e = self.shown[row]
        p = e.row.person
        self.d_name.setText(p.name)
        street = f"{p.street}, " if p.street else ""
        self.d_address.setText(f"{street}RT {p.rt}/RW {p.rw}, {village_name(p.kelurahan_code)}")
        period = self.tr("On the roster since %1").replace("%1", short_date(e.row.start_date))
        if e.row.end_date:
            period += self.tr(", ended %1: %2").replace("%1", short_date(e.row.end_date)).replace(
                "%2", end_reason_text(e.row.end_reason))
        self.d_period.setText(period)
        self.d_checks.setText(check_lines(e.lines))
        self.d_override.setText(self.tr("Exception: %1").replace("%1", e.row.override_reason)
                                if e.row.override_reason else "")
        self.d_override.setVisible(bool(e.row.override_reason))
        self.diet.setPlainText(e.row.diet_notes)
        self.health.setPlainText(e.row.health_notes)
        self.end_button.setText(self.tr("Undo end") if e.row.end_date else self.tr("End\u2026"))

    def _toggle_health(self, on: bool) -> None:
        self.health.setVisible(on)
        self.health_toggle.setText(self.tr("Hide health notes") if on else self.tr("Show health notes"))

    # --- actions --------------------------------------------------------------------------
    def add(self) -> None:
        if self.pokmas_id is None:
            return
        added = roster_dialogs.add_beneficiary(self, self.ctx, self.pokmas_id)
        if added:
            self.reload(select=added)
            self.message.emit(self.tr("Beneficiary added to the roster."))
            self.changed.emit()

    def _save_notes(self) -> None:
        bid = self.current_id()
        if bid is None:
            return
        try:
            changed = service.update_notes(self.ctx, bid, diet_notes=self.diet.toPlainText(),
                                           health_notes=self.health.toPlainText())
        except UserError as exc:
            show_problem(self, str(exc))
            return
        self.reload(select=bid)
        self.message.emit(self.tr("Notes saved.") if changed else self.tr("Nothing changed."))

    def end_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.shown):
            return
        e = self.shown[row]
        try:
            if e.row.end_date:
                service.resume_beneficiary(self.ctx, e.row.id)
                self.message.emit(self.tr("%1 is on the roster again.").replace("%1", e.row.name))
            else:
                chosen = roster_dialogs.ask_end(self, e.row.name, date.fromisoformat(e.row.start_date))
                if chosen is None:
                    return
                service.end_beneficiary(self.ctx, e.row.id, chosen[0], chosen[1])
                self.message.emit(self.tr("%1 ended on the roster.").replace("%1", e.row.name))
        except (ValidationFailed, UserError) as exc:
            show_problem(self, str(exc))
            return
        self.reload(select=e.row.id)
        self.changed.emit()

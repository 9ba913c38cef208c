"""Buku Kas: post money in and out, read the book with its running balance, correct a wrong
entry by reversing it (the entry stays, crossed out), and see the months at a glance."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from psmdesk.domain import choices as ch
from psmdesk.domain import kube_cash as rules
from psmdesk.domain.dates import MONTHS_ID, format_date, format_rupiah
from psmdesk.domain.issues import Issue
from psmdesk.domain.kube_cash import CashInput, CashLine
from psmdesk.services import kube_book as book
from psmdesk.services.context import AppContext
from psmdesk.ui.households.fields import ChoiceCombo, DateField, FieldBox, SectionMessage, TextField
from psmdesk.ui.kube import dialogs
from psmdesk.ui.kube.chart import MonthlyChart
from psmdesk.ui.kube.common import (
    Cell,
    MoneyField,
    RowsModel,
    WarningPanel,
    attempt,
    current_id,
    make_table,
    show_field_issues,
    unreadable,
)
from psmdesk.ui.style import label, primary_button


class CashTab(QWidget):
    changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KubeCash")
        self.ctx = ctx
        self.today: date | None = None
        self.group_id = ""
        self.lines: list[CashLine] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 10, 0, 0)
        outer.setSpacing(8)
        # Two views of one book: the daily book beside a chart leaves neither enough width at
        # 1366 px, so a switch chooses between them; the balance stays in view in both.
        switch = QHBoxLayout()
        self.book_button = QPushButton(self.tr("Daily book"))
        self.months_button = QPushButton(self.tr("Monthly summary and chart"))
        for name, button in (("ShowBook", self.book_button), ("ShowMonths", self.months_button)):
            button.setObjectName(name)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            switch.addWidget(button)
        self.book_button.setChecked(True)
        self.book_button.toggled.connect(self._switch)
        switch.addStretch(1)
        self.balance = label("", "subheading")
        self.balance.setObjectName("CashBalance")
        switch.addWidget(self.balance)
        outer.addLayout(switch)
        self.views = QStackedWidget()
        self.views.addWidget(self._book_view())
        self.views.addWidget(self._summary_view())
        outer.addWidget(self.views, 1)
        self._switch(True)

    def _switch(self, book_shown: bool) -> None:
        self.views.setCurrentIndex(0 if book_shown else 1)
        # The house style has no "checked" look; the view in use takes the primary one.
        for button, active in ((self.book_button, book_shown), (self.months_button, not book_shown)):
            button.setProperty("primary", active)
            button.style().unpolish(button)
            button.style().polish(button)

    def _book_view(self) -> QWidget:
        view = QWidget()
        left = QVBoxLayout(view)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(8)
        left.addWidget(self._entry_form())
        self.warnings = WarningPanel("CashWarnings")
        left.addWidget(self.warnings)
        self.model = RowsModel([self.tr("Date"), self.tr("Description"), self.tr("Category"), self.tr("In"),
                                self.tr("Out"), self.tr("Balance"), self.tr("Note")])
        self.table = make_table(self.model, "CashTable", [10, None, 15, 12, 12, 13, 11])
        self.table.selectionModel().currentRowChanged.connect(lambda _new, _old: self._selection_changed())
        left.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.reverse_button = QPushButton(self.tr("Correct (reverse) this entry…"))
        self.reverse_button.setObjectName("ReverseEntry")
        self.reverse_button.clicked.connect(self.reverse_current)
        bottom.addWidget(self.reverse_button)
        bottom.addWidget(label(self.tr("Posted entries are never changed or deleted: a wrong one is reversed and "
                                       "stays in the book, crossed out."), "muted", wrap=True), 1)
        left.addLayout(bottom)
        return view

    # --- building -------------------------------------------------------------------------
    def _entry_form(self) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        box = QVBoxLayout(card)
        box.setContentsMargins(14, 8, 14, 8)
        box.setSpacing(2)
        self.problems = SectionMessage()
        box.addWidget(self.problems)
        self.editors: dict[str, Any] = {
            "entry_date": DateField(), "direction": ChoiceCombo(rules.DIRECTIONS, empty_text=""),
            "category": ChoiceCombo(rules.CATEGORIES), "amount": MoneyField(),
            "description": TextField(max_length=200),
        }
        titles = {"entry_date": self.tr("Date"), "direction": self.tr("In or out"),
                  "category": self.tr("Category"), "amount": self.tr("Amount (Rp)"),
                  "description": self.tr("Description")}
        self.boxes = {name: FieldBox(titles[name], editor, required=True) for name, editor in self.editors.items()}
        self.editors["description"].setPlaceholderText(self.tr("e.g. sold 20 packs of chips at the bazaar"))
        self.editors["category"].activated.connect(lambda _i: self._category_chosen())
        for combo in ("direction", "category"):  # their longest label, no more: the book needs the width
            self.editors[combo].setMinimumContentsLength(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(0)
        for column, name in enumerate(("entry_date", "category", "direction", "amount")):
            grid.addWidget(self.boxes[name], 0, column)
        grid.addWidget(self.boxes["description"], 1, 0, 1, 3)
        for column, stretch in enumerate((0, 2, 1, 2)):
            grid.setColumnStretch(column, stretch)
        self.post_button = primary_button(self.tr("Post entry (Ctrl+S)"))
        self.post_button.setObjectName("PostCash")
        self.post_button.clicked.connect(self.post)
        grid.addWidget(self.post_button, 1, 3, Qt.AlignmentFlag.AlignBottom)
        box.addLayout(grid)
        return card

    def _summary_view(self) -> QWidget:
        view = QWidget()
        row = QHBoxLayout(view)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        self.chart = MonthlyChart()
        row.addWidget(self.chart, 1)
        column = QVBoxLayout()
        self.months_model = RowsModel([self.tr("Month"), self.tr("Income"), self.tr("Expense"),
                                       self.tr("Balance")])
        self.months_table = make_table(self.months_model, "MonthTable", [None, 12, 12, 12])
        column.addWidget(self.months_table, 1)
        column.addWidget(label(self.tr("A correction counts in the month of the entry it corrects."), "muted",
                               wrap=True))
        row.addLayout(column)
        self.months_table.setMinimumWidth(self.months_table.fontMetrics().horizontalAdvance("0") * 62)
        return view

    # --- data -----------------------------------------------------------------------------
    def load(self, group_id: str) -> None:
        self.group_id = group_id
        self.clear_form()
        self.reload()

    def clear_form(self) -> None:
        for name, editor in self.editors.items():
            editor.set_value((self.today or date.today()) if name == "entry_date" else None)
        self.editors["direction"].set_value("in")
        for box in self.boxes.values():
            box.show_issue(None)
        self.problems.show_issue(None)

    def reload(self, select: str | None = None) -> None:
        self.lines = book.cash_book(self.ctx, self.group_id)
        rows = []
        for line in self.lines:
            e = line.entry
            note, tone = "", ""
            if line.reversed_by:
                note, tone = self.tr("Cancelled"), "muted"
            elif line.extra_reversal:
                note, tone = "\u26a0 " + self.tr("Twice"), "warning"
            elif line.reverses is not None:
                note, tone = self.tr("Correction"), "muted"
            amount = format_rupiah(e.amount)
            struck = bool(line.reversed_by)
            rows.append((e.id, [Cell(format_date(e.entry_date), tone=tone, struck=struck),
                                Cell(e.description, tone=tone, struck=struck),
                                Cell(ch.label(rules.CATEGORIES, e.category), tone=tone, struck=struck),
                                Cell(amount if e.direction == "in" else "", True, tone, struck),
                                Cell(amount if e.direction == "out" else "", True, tone, struck),
                                Cell(format_rupiah(line.balance), True, "error" if line.balance < 0 else ""),
                                Cell(note, tone=tone)]))
        self.model.set_rows(rows)
        if rows:
            target = self.model.ids.index(select) if select in self.model.ids else len(rows) - 1
            self.table.selectRow(target)
            self.table.scrollTo(self.model.index(target, 0))
        total = self.lines[-1].balance if self.lines else 0
        self.balance.setText(self.tr("Balance: %1").replace("%1", format_rupiah(total)))
        months = book.monthly_summary(self.ctx, self.group_id, today=self.today)
        self.chart.set_months(months)
        self.months_model.set_rows([(f"{m.year}-{m.month}", [
            Cell(f"{MONTHS_ID[m.month - 1]} {m.year}"), Cell(format_rupiah(m.income), True),
            Cell(format_rupiah(m.expense), True), Cell(format_rupiah(m.balance_end), True),
        ]) for m in reversed(months)])
        self.warnings.set_issues(rules.book_issues(self.lines))
        self._selection_changed()

    def has_typing(self) -> bool:
        """An entry typed but not posted yet (the date and direction are always filled in)."""
        return bool(self.editors["amount"].text().strip() or self.editors["description"].text().strip())

    def _selection_changed(self) -> None:
        line = self._current_line()
        self.reverse_button.setEnabled(line is not None and line.reversed_by is None)

    def _current_line(self) -> CashLine | None:
        entry_id = current_id(self.table)
        return next((line for line in self.lines if line.entry.id == entry_id), None)

    def _category_chosen(self) -> None:
        usual = rules.USUAL_DIRECTION.get(self.editors["category"].value() or "")
        if usual:
            self.editors["direction"].set_value(usual)

    # --- actions --------------------------------------------------------------------------
    def new_record(self) -> None:
        self.book_button.setChecked(True)
        self.editors["entry_date"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show(self, issues: list[Issue]) -> None:
        first = show_field_issues(self.boxes, self.problems, issues)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def post(self) -> bool:
        if not self.book_button.isChecked():  # Ctrl+S while the chart is in view: show the form first
            self.new_record()
            return False
        problems = unreadable(self.boxes)
        if problems:
            self._show(problems)
            return False
        values = {name: editor.value() for name, editor in self.editors.items()}
        for text in ("direction", "category"):  # an empty choice reads as None; the rules want text
            values[text] = values[text] or ""
        entry = CashInput(group_id=self.group_id, **values)
        saved = attempt(self, lambda ok: book.post_cash(self.ctx, entry, confirmed=ok, today=self.today), self._show)
        if saved is None:
            return False
        self.clear_form()
        self.reload(select=saved)
        self.editors["entry_date"].setFocus(Qt.FocusReason.OtherFocusReason)
        direction = self.tr("in") if entry.direction == "in" else self.tr("out")
        self.changed.emit(self.tr("Posted: %1 %2, %3.").replace("%1", format_rupiah(entry.amount or 0))
                          .replace("%2", direction).replace("%3", entry.description.strip()))
        return True

    def reverse_current(self) -> None:
        line = self._current_line()
        if line is None or line.reversed_by:
            return
        e = line.entry
        text = f"{format_date(e.entry_date)}  {e.description}  {format_rupiah(e.amount)}"
        reason = dialogs.ask_reversal(self, text)
        if reason is None:
            return
        reversal = attempt(self, lambda _ok: book.reverse_cash(self.ctx, e.id, reason, today=self.today), self._show)
        if reversal is None:
            return
        self.reload(select=reversal)
        self.changed.emit(self.tr("Entry of %1 reversed; the balance is now %2.").replace("%1", format_date(
            e.entry_date)).replace("%2", format_rupiah(self.lines[-1].balance if self.lines else 0)))

"""Adding to the roster (from mapped people, or mapping a new one on the spot) and ending."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain.issues import ValidationFailed
from psmdesk.services import meals as service
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.ui.errors import show_problem
from psmdesk.ui.i18n import translate
from psmdesk.ui.meals.common import END_REASON_TEXT, check_lines, date_edit, end_reason_text, to_date, village_name
from psmdesk.ui.meals.new_person import map_new_person
from psmdesk.ui.style import form_label, label, primary_button


class AddBeneficiaryDialog(QDialog):
    def __init__(self, ctx: AppContext, pokmas_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AddBeneficiaryDialog")
        self.setWindowTitle(self.tr("Add beneficiary"))
        self.ctx, self.pokmas_id = ctx, pokmas_id
        self.people: list[service.Eligibility] = []
        self.added: str | None = None
        box = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("PeopleSearch")
        self.search.setPlaceholderText(self.tr("Name or NIK; empty lists the people living alone, oldest first"))
        self.search.textChanged.connect(self._find)
        new_person = QPushButton(self.tr("Map a new person\u2026"))
        new_person.setObjectName("MapNewPerson")
        new_person.clicked.connect(self._new_person)
        top.addWidget(self.search, 1)
        top.addWidget(new_person)
        box.addLayout(top)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("PeopleTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Age"), self.tr("Address"), self.tr("Checks")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        box.addWidget(self.table, 1)
        self.checks = label("", wrap=True)
        self.checks.setObjectName("PersonChecks")
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.checks)
        form = QFormLayout()
        self.start = date_edit()
        self.start.setObjectName("StartDate")
        self.override = QLineEdit()
        self.override.setObjectName("OverrideReason")
        self.override.setMaxLength(300)
        self.override.setPlaceholderText(self.tr("required when a check fails: why this person is served anyway"))
        self.diet = QLineEdit()
        self.diet.setObjectName("DietNotes")
        self.diet.setPlaceholderText(self.tr("e.g. soft food, no salt"))
        form.addRow(form_label(self.tr("&Start date"), self.start), self.start)
        form.addRow(form_label(self.tr("E&xception reason"), self.override), self.override)
        form.addRow(form_label(self.tr("&Diet notes"), self.diet), self.diet)
        box.addLayout(form)
        self.error = label("", "error", wrap=True)
        self.error.setObjectName("AddError")
        self.error.hide()
        box.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.ok = primary_button(self.tr("Add to roster"))
        self.ok.setObjectName("AddToRoster")
        self.ok.clicked.connect(self._add)
        row.addWidget(cancel)
        row.addWidget(self.ok)
        box.addLayout(row)
        self.resize(960, 600)
        self._find()

    def _find(self) -> None:
        self.people = service.find_people(self.ctx, self.pokmas_id, self.search.text())
        self.table.setRowCount(len(self.people))
        for i, e in enumerate(self.people):
            p = e.person
            checks = (self.tr("On this roster") if e.on_this_roster else
                      self.tr("Eligible") if e.eligible else self.tr("Check failed"))
            for column, text in enumerate((p.name, "" if e.age is None else str(e.age),
                                           f"RT {p.rt}/RW {p.rw} \u00b7 {village_name(p.kelurahan_code)}", checks)):
                self.table.setItem(i, column, QTableWidgetItem(text))
        if self.people:
            self.table.selectRow(0)
        self._show(self.table.currentRow())

    def _show(self, row: int) -> None:
        chosen = self.people[row] if 0 <= row < len(self.people) else None
        self.checks.setText(check_lines(chosen.lines) if chosen else self.tr("Nobody found. Map a new person?"))
        self.override.setEnabled(bool(chosen and not chosen.eligible))
        self.ok.setEnabled(bool(chosen and not chosen.on_this_roster))

    def select_member(self, member_id: str) -> None:
        for i, e in enumerate(self.people):
            if e.person.member_id == member_id:
                self.table.selectRow(i)
                return

    def _new_person(self) -> None:
        member_id = map_new_person(self, self.ctx, self.pokmas_id)
        if member_id:
            person = service.eligibility(self.ctx, self.pokmas_id, member_id).person
            self.search.setText(person.name)  # re-runs the search
            self.select_member(member_id)

    def _add(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.people):
            return
        try:
            self.added = service.enrol(self.ctx, self.pokmas_id, self.people[row].person.member_id,
                                       to_date(self.start.date()), override_reason=self.override.text(),
                                       diet_notes=self.diet.text())
        except ValidationFailed as exc:
            self.error.setText(exc.summary())
            self.error.show()
            return
        except UserError as exc:
            show_problem(self, str(exc))
            return
        self.accept()


def add_beneficiary(parent: QWidget, ctx: AppContext, pokmas_id: str) -> str | None:
    dialog = AddBeneficiaryDialog(ctx, pokmas_id, parent)
    dialog.exec()
    return dialog.added


class EndDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EndDialog")
        self.setWindowTitle(self.tr("End beneficiary"))
        box = QVBoxLayout(self)
        box.addWidget(label(self.tr("%1 leaves the roster after the last day below. The deliveries so far stay "
                                    "in the records; this can be undone.").replace("%1", name), wrap=True))
        form = QFormLayout()
        self.last_day = date_edit()
        self.last_day.setObjectName("EndDate")
        self.reason = QComboBox()
        self.reason.setObjectName("EndReason")
        for code in END_REASON_TEXT:
            self.reason.addItem(end_reason_text(code), code)
        form.addRow(form_label(self.tr("&Last day"), self.last_day), self.last_day)
        form.addRow(form_label(self.tr("&Reason"), self.reason), self.reason)
        box.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        ok = primary_button(self.tr("End"))
        ok.clicked.connect(self.accept)
        row.addWidget(cancel)
        row.addWidget(ok)
        box.addLayout(row)


def ask_end(parent: QWidget, name: str, start: date) -> tuple[date, str] | None:
    dialog = EndDialog(name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = to_date(dialog.last_day.date())
    if chosen < start:
        QMessageBox.warning(parent, dialog.windowTitle(),
                            translate("MealDialogs", "The last day cannot be before the start date."))
        return None
    return chosen, str(dialog.reason.currentData())


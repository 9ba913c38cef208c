"""Opening a case: find the person among the mapped household members, then the source."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain import casework as cw
from psmdesk.domain.issues import ValidationFailed
from psmdesk.domain.nik import mask_nik
from psmdesk.services import casework as svc
from psmdesk.services.context import AppContext
from psmdesk.services.setup import reference_list
from psmdesk.storage.casework import find_members
from psmdesk.ui.casework.case_view import date_edit, picked
from psmdesk.ui.style import ERROR, label


class NewCaseDialog(QDialog):
    def __init__(self, ctx: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        self.case_id = ""
        self.setWindowTitle(self.tr("New case"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name or NIK of a household member"))
        self.search.textChanged.connect(self.find)
        self.people = QListWidget()
        self.source = QComboBox()
        for code, text in cw.SOURCES:
            self.source.addItem(text, code)
        self.category = QComboBox()
        self.category.addItem("—", "")  # chosen on purpose, not the first of 26 by default
        for code, text in reference_list(ctx, "ppks"):
            self.category.addItem(text, code)
        self.institution = QLineEdit()
        self.opened_on = date_edit(today)
        self.errors = label("", wrap=True)
        self.errors.setStyleSheet(f"color: {ERROR};")
        form = QFormLayout()
        form.addRow(self.tr("Person *"), self.search)
        form.addRow("", self.people)
        form.addRow(self.tr("Source *"), self.source)
        form.addRow(self.tr("PPKS category"), self.category)
        form.addRow(self.tr("Institution involved"), self.institution)
        form.addRow(self.tr("Start date *"), self.opened_on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def find(self, text: str) -> None:
        self.people.clear()
        if len(text.strip()) < 2:
            return
        for m in find_members(self.ctx.db, text):
            born = m["birth_date"]
            shown = f"{born[8:10]}/{born[5:7]}/{born[:4]}" if born else "—"
            item = QListWidgetItem(f"{m['name']} · {shown} · {mask_nik(m['nik']) or '—'} · {m['street']}")
            item.setToolTip(item.text())
            item.setData(256, m["id"])
            self.people.addItem(item)
        # Only a single match is taken for granted: with several, the PSM picks the person (a
        # pre-selected first match opened a case for the wrong "Rizky").
        if self.people.count() == 1:
            self.people.setCurrentRow(0)

    def save(self) -> None:
        item = self.people.currentItem()
        case = cw.CaseInput(member_id=item.data(256) if item else "", source=str(self.source.currentData()),
                            category=str(self.category.currentData() or ""), institution=self.institution.text(),
                            opened_on=picked(self.opened_on))
        try:
            self.case_id = svc.open_case(self.ctx, case, today=self.today)
        except ValidationFailed as exc:
            self.errors.setText(str(exc))
            return
        self.accept()

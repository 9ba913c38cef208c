"""Mapping a person met through the Pokmas with the minimum household data: a one-member
household saved through the household service (the same checks, the same duplicate search)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain.dates import parse_date
from psmdesk.domain.enums import Sex
from psmdesk.domain.issues import ValidationFailed
from psmdesk.services import meals as service
from psmdesk.services.context import AppContext
from psmdesk.services.households import NeedsConfirmation
from psmdesk.ui.i18n import translate
from psmdesk.ui.meals.common import village_name
from psmdesk.ui.style import form_label, label, primary_button


class NewPersonDialog(QDialog):
    def __init__(self, kelurahan: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewPersonDialog")
        self.setWindowTitle(self.tr("Map a new person"))
        box = QVBoxLayout(self)
        box.addWidget(label(self.tr("The minimum to put a person on the roster. The household can be completed "
                                    "later on the Households page (No. KK, housing, programmes)."), "muted",
                            wrap=True))
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("NewName")
        self.sex = QComboBox()
        self.sex.setObjectName("NewSex")
        self.sex.addItem("", None)
        self.sex.addItem(self.tr("Male"), Sex.L.value)
        self.sex.addItem(self.tr("Female"), Sex.P.value)
        self.nik = QLineEdit()
        self.nik.setObjectName("NewNik")
        self.nik.setMaxLength(20)
        self.birth = QLineEdit()
        self.birth.setObjectName("NewBirth")
        self.birth.setPlaceholderText(self.tr("dd/mm/yyyy, or leave empty and give the age"))
        self.age = QLineEdit()
        self.age.setObjectName("NewAge")
        self.age.setMaxLength(3)
        self.kelurahan = QComboBox()
        self.kelurahan.setObjectName("NewKelurahan")
        for code in kelurahan:
            self.kelurahan.addItem(village_name(code), code)
        self.rt = QLineEdit()
        self.rt.setObjectName("NewRt")
        self.rt.setMaxLength(3)
        self.rw = QLineEdit()
        self.rw.setObjectName("NewRw")
        self.rw.setMaxLength(3)
        self.street = QLineEdit()
        self.street.setObjectName("NewStreet")
        self.alone = QCheckBox(self.tr("Lives &alone"))
        self.alone.setChecked(True)
        for text, widget in ((self.tr("&Name *"), self.name), (self.tr("&Sex *"), self.sex),
                             (self.tr("NI&K"), self.nik),
                             (self.tr("&Birth date"), self.birth), (self.tr("Age (&years)"), self.age),
                             (self.tr("&Kelurahan *"), self.kelurahan), (self.tr("R&T *"), self.rt),
                             (self.tr("R&W *"), self.rw), (self.tr("S&treet"), self.street)):
            form.addRow(form_label(text, widget), widget)
        form.addRow("", self.alone)
        box.addLayout(form)
        self.error = label("", "error", wrap=True)
        self.error.setObjectName("NewPersonError")
        self.error.hide()
        box.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.ok = primary_button(self.tr("Save person"))
        self.ok.setObjectName("SaveNewPerson")
        row.addWidget(cancel)
        row.addWidget(self.ok)
        box.addLayout(row)
        self.setMinimumWidth(560)

    def person(self) -> service.NewPerson:
        age = self.age.text().strip()
        sex = self.sex.currentData()
        return service.NewPerson(
            name=self.name.text(), kelurahan_code=str(self.kelurahan.currentData() or ""), rt=self.rt.text(),
            rw=self.rw.text(), street=self.street.text(), nik=self.nik.text().strip() or None,
            sex=Sex(sex) if sex else None, birth_date=parse_date(self.birth.text()),
            age_years=int(age) if age.isdigit() else None, lives_alone=self.alone.isChecked(),
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def map_new_person(parent: QWidget, ctx: AppContext, pokmas_id: str) -> str | None:
    """The new member's id, or None when cancelled."""
    dialog = NewPersonDialog(service.get_pokmas(ctx, pokmas_id).kelurahan_codes, parent)
    result: list[str] = []

    def save() -> None:
        if dialog.birth.text().strip() and dialog.person().birth_date is None:
            dialog.show_error(translate("MealDialogs", "The birth date is not a date (e.g. 17/08/1950)."))
            return
        try:
            result.append(service.map_new_person(ctx, dialog.person()))
        except NeedsConfirmation as exc:
            question = translate("MealDialogs", "%1\n\nSave this person anyway?").replace("%1", str(exc))
            answer = QMessageBox.question(dialog, translate("MealDialogs", "Possible duplicate"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
            result.append(service.map_new_person(ctx, dialog.person(), confirmed=True))
        except ValidationFailed as exc:
            dialog.show_error(exc.summary())
            return
        dialog.accept()

    dialog.ok.clicked.connect(save)
    dialog.exec()
    return result[0] if result else None

"""Questions the daily log asks: unsaved marks, ending people who died or moved, a day's history
(with withdrawing one entry of a double), and an extra delivery."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
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
from psmdesk.domain.meals import RECEIVED, VOID, DeliveryInput
from psmdesk.services import meals as service
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.ui.errors import show_problem
from psmdesk.ui.i18n import translate
from psmdesk.ui.meals.common import end_reason_text, long_date, outcome_text
from psmdesk.ui.style import label, primary_button


def ask_unsaved(parent: QWidget, day_text: str) -> str:
    """"save", "discard" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("MealDialogs", "Unsaved marks"))
    box.setText(translate("MealDialogs", "The marks for %1 are not saved yet.").replace("%1", day_text))
    save = box.addButton(translate("MealDialogs", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("MealDialogs", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("MealDialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> tuple[QHBoxLayout, QPushButton]:
    row = QHBoxLayout()
    row.addStretch(1)
    cancel = QPushButton(cancel_text)
    cancel.clicked.connect(dialog.reject)
    ok = primary_button(ok_text)
    ok.clicked.connect(dialog.accept)
    row.addWidget(cancel)
    row.addWidget(ok)  # the main action right-most
    return row, ok


class EndProposalDialog(QDialog):
    """After saving: the people recorded as died or moved, each ticked to be ended that day."""

    def __init__(self, proposals: list[service.EndProposal], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EndProposalDialog")
        self.setWindowTitle(self.tr("End beneficiaries?"))
        self.proposals = proposals
        box = QVBoxLayout(self)
        box.addWidget(label(self.tr("These people were recorded as died or moved. End them on the roster? "
                                    "Their deliveries so far stay in the records."), wrap=True))
        self.checks: list[QCheckBox] = []
        for p in proposals:
            check = QCheckBox(self.tr("%1: last day %2, reason: %3").replace("%1", p.name)
                              .replace("%2", long_date(p.day, language)).replace("%3", end_reason_text(p.reason)))
            check.setChecked(True)
            box.addWidget(check)
            self.checks.append(check)
        row, self.ok = _buttons(self, self.tr("End the ticked ones"), self.tr("Not now"))
        box.addLayout(row)

    def chosen(self) -> list[service.EndProposal]:
        return [p for p, check in zip(self.proposals, self.checks, strict=True) if check.isChecked()]


def propose_ends(parent: QWidget, ctx: AppContext, proposals: list[service.EndProposal]) -> bool:
    """True when at least one person was ended."""
    dialog = EndProposalDialog(proposals, ctx.settings.language, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    chosen = dialog.chosen()
    for p in chosen:
        try:
            service.end_beneficiary(ctx, p.beneficiary_id, p.day, p.reason)
        except (ValidationFailed, UserError) as exc:
            show_problem(parent, str(exc))
            return False
    return bool(chosen)


class ReasonDialog(QDialog):
    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        box = QVBoxLayout(self)
        box.addWidget(label(question, wrap=True))
        self.reason = QLineEdit()
        self.reason.setObjectName("Reason")
        self.reason.setMaxLength(300)
        box.addWidget(self.reason)
        row, self.ok = _buttons(self, self.tr("Withdraw entry"), self.tr("Cancel"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(len(text.strip()) >= 5))
        box.addLayout(row)
        self.setMinimumWidth(480)


def local_time(stamp: str) -> str:
    """The UTC record time as the laptop's clock shows it: 22/11/2026 12:48."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%d/%m/%Y %H:%M")


class HistoryDialog(QDialog):
    """Every entry of one person's day, newest last; a live entry can be withdrawn with a reason."""

    def __init__(self, ctx: AppContext, beneficiary_id: str, name: str, day: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("HistoryDialog")
        self.ctx, self.beneficiary_id, self.day = ctx, beneficiary_id, day
        self.changed = False
        self.setWindowTitle(self.tr("History of %1").replace("%1", name))
        box = QVBoxLayout(self)
        box.addWidget(label(long_date(day, ctx.settings.language), "subheading"))
        box.addWidget(label(self.tr("Entries are never changed: a correction is a new entry that replaces the "
                                    "old one, and both stay here."), "muted", wrap=True))
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("HistoryTable")
        self.table.setHorizontalHeaderLabels([self.tr("Recorded at"), self.tr("Outcome"), self.tr("Meals"),
                                              self.tr("Handed over by"), self.tr("Note"), self.tr("By"),
                                              self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        box.addWidget(self.table)
        row = QHBoxLayout()
        self.withdraw = QPushButton(self.tr("Withdraw selected entry\u2026"))
        self.withdraw.setObjectName("Withdraw")
        self.withdraw.clicked.connect(self._withdraw)
        close = primary_button(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.withdraw)
        row.addStretch(1)
        row.addWidget(close)
        box.addLayout(row)
        self.resize(900, 380)
        self._fill()

    def _fill(self) -> None:
        self.items = service.delivery_history(self.ctx, self.beneficiary_id, self.day)
        self.table.setRowCount(len(self.items))
        for i, item in enumerate(self.items):
            r = item.record
            meals = " + ".join(t for t, on in ((self.tr("morning"), r.morning), (self.tr("midday"), r.midday)) if on)
            state = (self.tr("In force") if r.live and r.outcome != VOID else
                     self.tr("Withdrawal") if r.outcome == VOID else self.tr("Replaced"))
            for column, text in enumerate((local_time(r.created_at), outcome_text(r.outcome), meals,
                                           r.handed_by, r.note, item.by, state)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, r.id)
                self.table.setItem(i, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the note takes what is left
        live = [i for i, item in enumerate(self.items) if item.record.live and item.record.outcome != VOID]
        self.withdraw.setEnabled(bool(live))
        if live:
            self.table.selectRow(live[-1])

    def _withdraw(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        record = self.items[row].record
        if not record.live or record.outcome == VOID:
            show_problem(self, self.tr("Only an entry in force can be withdrawn."))
            return
        dialog = ReasonDialog(self.tr("Withdraw entry"), self.tr("Why is this entry wrong? (e.g. recorded twice, "
                                                                 "the meal was delivered once)"), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            service.void_delivery(self.ctx, record.id, dialog.reason.text())
        except (ValidationFailed, UserError) as exc:
            show_problem(self, str(exc))
            return
        self.changed = True
        self._fill()


def show_history(parent: QWidget, ctx: AppContext, beneficiary_id: str, name: str, day: date) -> bool:
    """True when an entry was withdrawn (the day must be re-read)."""
    dialog = HistoryDialog(ctx, beneficiary_id, name, day, parent)
    dialog.exec()
    return dialog.changed


class ExtraDeliveryDialog(QDialog):
    """A second delivery on the same day, kept as its own entry (not a correction)."""

    def __init__(self, name: str, day_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExtraDeliveryDialog")
        self.setWindowTitle(self.tr("Extra delivery"))
        box = QVBoxLayout(self)
        box.addWidget(label(self.tr("A separate delivery to %1 on %2, in addition to the one on the list. "
                                    "To change the list's entry, mark the row instead.").replace("%1", name)
                            .replace("%2", day_text), wrap=True))
        self.morning = QCheckBox(self.tr("&Morning meal"))
        self.midday = QCheckBox(self.tr("M&idday meal"))
        self.handed_by = QLineEdit()
        self.handed_by.setPlaceholderText(self.tr("handed over by"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("note"))
        for widget in (self.morning, self.midday, self.handed_by, self.note):
            box.addWidget(widget)
        row, self.ok = _buttons(self, self.tr("Save delivery"), self.tr("Cancel"))
        self.ok.setEnabled(False)
        for check in (self.morning, self.midday):
            check.toggled.connect(lambda _on: self.ok.setEnabled(self.morning.isChecked() or self.midday.isChecked()))
        box.addLayout(row)
        self.setMinimumWidth(520)

    def entry(self, beneficiary_id: str) -> DeliveryInput:
        return DeliveryInput(beneficiary_id, RECEIVED, self.morning.isChecked(), self.midday.isChecked(),
                             self.handed_by.text(), self.note.text())


def record_extra(parent: QWidget, ctx: AppContext, pokmas_id: str, beneficiary_id: str, name: str,
                 day: date) -> bool:
    dialog = ExtraDeliveryDialog(name, long_date(day, ctx.settings.language), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    entry = dialog.entry(beneficiary_id)
    try:
        service.add_delivery(ctx, pokmas_id, day, entry)
    except service.PossibleDouble as exc:
        if not confirm_double(parent, str(exc)):
            return False
        service.add_delivery(ctx, pokmas_id, day, entry, confirmed=True)
    except (ValidationFailed, UserError) as exc:
        show_problem(parent, str(exc))
        return False
    return True


def confirm_double(parent: QWidget, text: str) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("DoubleWarning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("MealDialogs", "Possible double delivery"))
    box.setText(text)
    box.setInformativeText(translate("MealDialogs", "Save it anyway? It stays marked as a possible double "
                                                    "delivery until one entry is withdrawn."))
    keep = box.addButton(translate("MealDialogs", "Save anyway"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("MealDialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is keep


"""Indikator RW: the welfare of one RW scored at the start of a community programme and at its
evaluation, side by side and as a chart (the same panel as a KUBE group's)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from psmdesk.domain import empowerment as emp
from psmdesk.services import empowerment as svc
from psmdesk.services import kube
from psmdesk.services.context import AppContext
from psmdesk.ui.casework.welfare import WelfarePanel
from psmdesk.ui.households.fields import ChoiceCombo, TextField
from psmdesk.ui.style import label


class RwWelfareView(QWidget):
    message = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("RwWelfare")
        self.ctx = ctx
        self.kelurahan = ChoiceCombo(kube.kelurahan_choices(ctx))
        self.kelurahan.setObjectName("RwKelurahan")
        self.rw = TextField(max_length=3)
        self.rw.setObjectName("RwNumber")
        self.rw.setPlaceholderText(self.tr("e.g. 005"))
        self.rw.setMaximumWidth(90)
        self.rw.returnPressed.connect(self.show_rw)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("ShowRw")
        self.show_button.clicked.connect(self.show_rw)
        self.assessed = label("", "muted", wrap=True)
        self.problem = label("", "error")
        self.problem.hide()
        self.panel = WelfarePanel(ctx)
        self.panel.changed.connect(self._changed)
        self.panel.setEnabled(False)
        row = QHBoxLayout()
        for caption, widget in ((self.tr("Kelurahan"), self.kelurahan), (self.tr("RW"), self.rw)):
            text = QLabel(caption)
            text.setBuddy(widget)
            row.addWidget(text)
            row.addWidget(widget)
        row.addWidget(self.show_button)
        row.addWidget(self.problem)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Welfare of an RW before and after a community programme: choose the "
                                       "kelurahan and the RW."), "muted", wrap=True))
        layout.addLayout(row)
        layout.addWidget(self.assessed)
        layout.addWidget(self.panel, 1)
        profile = ctx.profile
        if profile is not None:
            self.kelurahan.set_value(profile.kelurahan_code)

    @property
    def today(self) -> date | None:
        return self.panel.today

    @today.setter
    def today(self, value: date | None) -> None:
        self.panel.today = value

    def reload(self) -> None:
        pairs = svc.assessed_rws(self.ctx)
        self.assessed.setText(self.tr("Already assessed: %1").replace("%1", ", ".join(
            f"RW {rw} {kube.village_name(code)}" for code, rw in pairs)) if pairs else
            self.tr("No RW has been assessed yet."))
        if self.panel.subject is None and pairs:
            self.kelurahan.set_value(pairs[0][0])
            self.rw.set_value(pairs[0][1])
            self.show_rw()
        elif self.panel.subject is not None:
            self.panel.reload()

    def show_rw(self) -> None:
        code = self.kelurahan.value()
        subject = emp.rw_subject(code or "", self.rw.value())
        if not code or not subject.rw.isdigit():
            self.problem.setText(self.tr("Choose the kelurahan and write the RW number."))
            self.problem.show()
            return
        self.problem.hide()
        self.rw.set_value(subject.rw)
        self.panel.setEnabled(True)
        self.panel.load(subject)

    def _changed(self, text: str) -> None:
        self.reload()
        self.message.emit(text)

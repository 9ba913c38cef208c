"""One case: the stage bar, the current stage's fields (earlier stages read-only), the sessions
of the intervention, and the actions: save, next stage, terminate, print."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain import casework as cw
from psmdesk.domain.dates import format_date, parse_date
from psmdesk.domain.issues import ValidationFailed
from psmdesk.domain.nik import mask_nik
from psmdesk.services import casework as svc
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.ui.casework.stage_bar import StageBar
from psmdesk.ui.style import ERROR, label, primary_button


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def picked(edit: QDateEdit) -> date:
    return edit.date().toPython()  # type: ignore[no-any-return]


class CaseView(QWidget):
    back_requested = Signal()
    message = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.today = date.today()
        self.case_id = ""
        self.view: svc.CaseView | None = None
        self.shown_stage = "intake"
        self.choose_pdf: Callable[[str], Path | None] = self._ask_pdf_path
        self.title = label("", "title")
        self.facts = label("", "muted", wrap=True)
        self.bar = StageBar()
        self.bar.stage_clicked.connect(self.show_stage)
        self.heading = label("", "heading")
        self.editors: dict[str, QPlainTextEdit] = {}
        self.methods = {code: QCheckBox(text) for code, text in cw.METHODS}
        self.form = QFormLayout()
        body = QWidget()
        body.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.sessions = QTableWidget(0, 3)
        self.sessions.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Notes")])
        self.sessions.horizontalHeader().setStretchLastSection(True)
        self.session_date = date_edit(self.today)
        self.session_kind = QComboBox()
        for code, text in cw.SESSION_KINDS:
            self.session_kind.addItem(text, code)
        self.session_note = QPlainTextEdit()
        self.session_note.setMaximumHeight(60)
        self.add_session_button = QPushButton(self.tr("Add session"))
        self.add_session_button.clicked.connect(self.add_session)
        self.closed_on = date_edit(self.today)
        self.errors = label("", wrap=True)
        self.errors.setStyleSheet(f"color: {ERROR};")

        self.back_button = QPushButton(self.tr("Back to list"))
        self.back_button.clicked.connect(self.back_requested)
        self.print_button = QPushButton(self.tr("Print report"))
        self.print_button.clicked.connect(self.print_report)
        self.next_button = QPushButton(self.tr("Next stage"))
        self.next_button.clicked.connect(self.advance)
        self.terminate_button = QPushButton(self.tr("Close the case"))
        self.terminate_button.clicked.connect(self.terminate)
        self.save_button = primary_button(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        # The coordinator alone decides whether a case's notes travel in bundles (sync.md: case
        # notes are sensitive); off, they stay on the laptop that wrote them.
        self.share = QCheckBox(self.tr("Share the case notes in sync bundles"))
        self.share.setObjectName("ShareCaseNotes")
        self.share.setToolTip(self.tr("On: the notes travel between the office and the assigned PSM. "
                                      "Off: the copies already sent are wiped, the notes stay on the laptop that "
                                      "wrote them."))
        profile = ctx.profile
        self.share.setVisible(profile is not None and profile.role.value == "koordinator")
        self.share.toggled.connect(self._share_toggled)
        buttons = QHBoxLayout()
        for b in (self.back_button, self.print_button, self.share):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.next_button, self.terminate_button, self.save_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.bar)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)

    # --- loading ------------------------------------------------------------------------------
    def open_case(self, case_id: str) -> None:
        self.case_id = case_id
        self.reload()
        assert self.view is not None
        self.show_stage(self.view.stage)

    def reload(self) -> None:
        view = self.view = svc.get_case(self.ctx, self.case_id)
        row = view.row
        self.title.setText(str(row["person"]))
        opened = parse_date(row["opened_on"])
        self.facts.setText(" · ".join([
            self.tr("NIK %1").replace("%1", mask_nik(row["nik"]) or "—"),
            str(row.get("category_label") or ""), cw.label_of(cw.SOURCES, row["source"]),
            str(row["institution"] or ""), self.tr("PSM: %1").replace("%1", str(row["psm"])),
            self.tr("since %1").replace("%1", format_date(opened) if opened else "—")]))
        self.bar.set_stage(view.stage, view.closed)
        self.errors.setText("")
        self.share.blockSignals(True)
        self.share.setChecked(bool(row.get("share_notes")))
        self.share.blockSignals(False)

    def _share_toggled(self, on: bool) -> None:
        try:
            svc.set_share_notes(self.ctx, self.case_id, on)
        except UserError as exc:
            self.errors.setText(str(exc))
            self.reload()
            return
        self.message.emit(self.tr("Case notes are shared in sync bundles.") if on
                          else self.tr("Case notes are no longer shared; the copies sent are wiped."))

    def show_stage(self, stage: str) -> None:
        view = self.view
        if view is None:
            return
        self.shown_stage = stage
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        self.methods = {code: QCheckBox(text) for code, text in cw.METHODS}
        reached = cw.stage_index(stage) <= cw.stage_index(view.stage)
        editable = view.may_read and not view.closed and stage == view.stage
        self.heading.setText(cw.label_of(cw.STAGES, stage))
        if not view.may_read:
            self.form.addRow(label(self.tr("Case notes are only for the assigned PSM and the coordinator: %1")
                                   .replace("%1", cw.MASK), "muted", wrap=True))
        elif not reached:
            self.form.addRow(label(self.tr("The case has not reached this stage yet."), "muted"))
        else:
            for key, title in cw.NOTE_FIELDS[stage]:
                edit = QPlainTextEdit(view.notes.get(key, ""))
                edit.setReadOnly(not editable)
                edit.setMinimumHeight(70)
                self.editors[key] = edit
                self.form.addRow(QLabel(title + (" *" if editable else "")), edit)
            if stage == "asesmen":
                row = QHBoxLayout()
                for code, box in self.methods.items():
                    box.setChecked(code in view.methods)
                    box.setEnabled(editable)
                    row.addWidget(box)
                self.form.addRow(QLabel(self.tr("Assessment by")), row)
            if stage == "intervensi":
                self._sessions_rows(editable)
            if stage == "terminasi" and editable:
                self.form.addRow(QLabel(self.tr("Date of termination")), self.closed_on)
        self.save_button.setEnabled(editable)
        self.next_button.setVisible(editable and stage != "terminasi")
        self.terminate_button.setVisible(editable and stage == "terminasi")
        self.print_button.setEnabled(view.may_read)

    def _sessions_rows(self, editable: bool) -> None:
        assert self.view is not None
        self.sessions = QTableWidget(0, 3)
        self.sessions.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Notes")])
        self.sessions.horizontalHeader().setStretchLastSection(True)
        self.sessions.setMinimumHeight(140)
        self.sessions.setRowCount(len(self.view.sessions))
        for i, s in enumerate(self.view.sessions):
            held = parse_date(s["held_on"])
            for j, text in enumerate([format_date(held) if held else "", cw.label_of(cw.SESSION_KINDS, s["kind"]),
                                      self.view.notes.get(f"session:{s['id']}", "")]):
                self.sessions.setItem(i, j, QTableWidgetItem(text))
        self.form.addRow(QLabel(self.tr("Sessions")), self.sessions)
        if editable:
            self.session_date = date_edit(self.today)
            self.session_kind = QComboBox()
            for code, text in cw.SESSION_KINDS:
                self.session_kind.addItem(text, code)
            self.session_note = QPlainTextEdit()
            self.session_note.setMaximumHeight(60)
            self.add_session_button = QPushButton(self.tr("Add session"))
            self.add_session_button.clicked.connect(self.add_session)
            row = QHBoxLayout()
            row.addWidget(self.session_date)
            row.addWidget(self.session_kind)
            row.addWidget(self.session_note, 1)
            row.addWidget(self.add_session_button)
            self.form.addRow(QLabel(self.tr("New session")), row)

    # --- actions ------------------------------------------------------------------------------
    def _run(self, action: Callable[[], object], done: str) -> bool:
        try:
            action()
        except (ValidationFailed, UserError) as exc:
            self.errors.setText(str(exc))
            return False
        self.reload()
        self.message.emit(done)
        return True

    def _values(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.editors.items()}

    def save(self) -> bool:
        methods = [c for c, b in self.methods.items() if b.isChecked()] if self.shown_stage == "asesmen" else None
        return self._run(lambda: svc.save_notes(self.ctx, self.case_id, self._values(), methods),
                         self.tr("Case saved."))

    def advance(self) -> None:
        if self.save() and self._run(lambda: svc.advance_stage(self.ctx, self.case_id),
                                     self.tr("Moved to the next stage.")):
            assert self.view is not None
            self.show_stage(self.view.stage)

    def add_session(self) -> None:
        if self._run(lambda: svc.add_session(self.ctx, self.case_id, picked(self.session_date),
                                             str(self.session_kind.currentData()), self.session_note.toPlainText(),
                                             today=self.today), self.tr("Session added.")):
            self.show_stage("intervensi")

    def terminate(self) -> None:
        if self.save() and self._run(lambda: svc.terminate_case(self.ctx, self.case_id, picked(self.closed_on),
                                                                today=self.today), self.tr("Case closed.")):
            self.show_stage("terminasi")

    def _ask_pdf_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the case report"), suggested, "PDF (*.pdf)")
        return Path(name) if name else None

    def print_report(self) -> None:
        target = self.choose_pdf(str(Path.home() / "laporan-pendampingan.pdf"))
        if target is None:
            return
        if self._run(lambda: svc.print_case(self.ctx, self.case_id, target),
                     self.tr("Report saved: %1").replace("%1", target.name)):
            self.show_stage(self.shown_stage)

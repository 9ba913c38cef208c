"""The PSM registry: volunteers with their trainings and enrolled devices. The coordinator adds
and edits volunteers and records their trainings; a volunteer sees their own record, read-only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain import casework as cw
from psmdesk.domain.dates import format_date, parse_date
from psmdesk.domain.regions import get_region
from psmdesk.services import casework as svc
from psmdesk.services.context import AppContext
from psmdesk.ui.casework.registry_dialogs import TrainingDialog, VolunteerDialog
from psmdesk.ui.kube.form_dialog import FormDialog
from psmdesk.ui.style import label, primary_button
from psmdesk.ui.tableimport.entry import add_import_button
from psmdesk.ui.widgets.list_export import offer_export


def _table(titles: list[str], stretch: int = 0, export_title: str = "Daftar") -> QTableWidget:
    """Columns as wide as their contents; the `stretch` column (a name, a topic) takes the rest."""
    table = QTableWidget(0, len(titles))
    table.setHorizontalHeaderLabels(titles)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    offer_export(table, export_title)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            table.setItem(i, j, QTableWidgetItem(text))


def _day(value: Any) -> str:
    parsed = parse_date(value) if value else None
    return format_date(parsed) if parsed else "—"


class RegistryView(QWidget):
    message = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.today: date | None = None
        self.rows: list[dict[str, Any]] = []
        self.open_dialog: Callable[[FormDialog], int] = lambda dialog: dialog.exec()
        self.intro = label("", "muted", wrap=True)
        self.add_button = primary_button(self.tr("Add a volunteer (Ctrl+N)"))
        self.add_button.setObjectName("AddVolunteer")
        self.add_button.setDefault(False)
        self.add_button.clicked.connect(self.add_volunteer)
        self.edit_button = QPushButton(self.tr("Edit the volunteer…"))
        self.edit_button.setObjectName("EditVolunteer")
        self.edit_button.clicked.connect(self.edit_volunteer)
        self.training_button = QPushButton(self.tr("Record a training…"))
        self.training_button.setObjectName("AddTraining")
        self.training_button.clicked.connect(self.add_training)
        self.volunteers = _table([self.tr("Name"), self.tr("Kelurahan"), self.tr("Role"), self.tr("Registered"),
                                  self.tr("Status"), self.tr("Trainings")], export_title="Daftar PSM")
        self.volunteers.itemSelectionChanged.connect(self.show_selected)
        self.volunteers.doubleClicked.connect(lambda _index: self.edit_volunteer())
        self.trainings = _table([self.tr("Date"), self.tr("Topic"), self.tr("Form")], stretch=1,
                                export_title="Pelatihan PSM")
        self.devices = _table([self.tr("Device"), self.tr("Status"), self.tr("First seen")], stretch=2,
                              export_title="Perangkat PSM")
        self.training_title = label(self.tr("Trainings attended"), "heading")
        self.no_devices = label(self.tr("No device enrolled for this volunteer yet (make an enrollment file on "
                                        "Sinkronisasi)."), "muted", wrap=True)
        side = QVBoxLayout()
        side.addWidget(self.training_title)
        side.addWidget(self.trainings, 2)
        side.addWidget(label(self.tr("Enrolled devices"), "heading"))
        side.addWidget(self.no_devices)
        side.addWidget(self.devices, 1)
        body = QHBoxLayout()
        body.addWidget(self.volunteers, 3)
        body.addLayout(side, 2)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.training_button)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.import_button = add_import_button(self.add_button, ctx, on_imported=self.reload, target="psm")

    @property
    def coordinator(self) -> bool:
        profile = self.ctx.profile
        return profile is not None and profile.role.value == "koordinator"

    def reload(self, select: str | None = None) -> None:
        self.rows = svc.registry(self.ctx)
        coordinator = self.coordinator
        for button in (self.add_button, self.edit_button, self.training_button):
            button.setVisible(coordinator)
        self.edit_button.setEnabled(bool(self.rows))
        self.training_button.setEnabled(bool(self.rows))
        if coordinator and not self.rows:
            self.intro.setText(self.tr("The registry is empty. Add the first volunteer (Ctrl+N)."))
        elif coordinator:
            self.intro.setText(self.tr("%1 volunteers in the registry.").replace("%1", str(len(self.rows))))
        elif self.rows:
            self.intro.setText(self.tr("Your record in the office's PSM registry."))
        else:
            self.intro.setText(self.tr("Your record is not in the registry yet; it arrives from the office."))
        cells = []
        for r in self.rows:
            region = get_region(r["kelurahan_code"])
            place = region.name if region else r["kelurahan_code"]
            cells.append([r["name"], place, cw.label_of(cw.PSM_ROLES, r["role"]),
                          _day(r["registered_on"]), cw.label_of(cw.PSM_STATUS, r["status"]), str(r["trainings"])])
        _fill(self.volunteers, cells)
        ids = [r["id"] for r in self.rows]
        if self.rows:
            self.volunteers.selectRow(ids.index(select) if select in ids else 0)
            self.show_selected()  # the same row stays selected after a save: no selection signal
        else:
            _fill(self.trainings, [])
            _fill(self.devices, [])

    def selected(self) -> dict[str, Any] | None:
        row = self.volunteers.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _run(self, dialog: FormDialog, done: str, select: str | None = None) -> None:
        if self.open_dialog(dialog) and dialog.saved_id:
            self.reload(select=select or dialog.saved_id)
            self.message.emit(done)
        dialog.deleteLater()

    def add_volunteer(self) -> None:
        if not self.coordinator:
            return
        fresh = cw.VolunteerInput(name="", registered_on=self.today or date.today())
        self._run(VolunteerDialog(self.ctx, fresh, self.today, self), self.tr("Volunteer saved."))

    def edit_volunteer(self) -> None:
        person = self.selected()
        if not self.coordinator or person is None:
            return
        self._run(VolunteerDialog(self.ctx, svc.get_volunteer(self.ctx, person["id"]), self.today, self),
                  self.tr("Volunteer saved."))

    def add_training(self) -> None:
        person = self.selected()
        if not self.coordinator or person is None:
            return
        self._run(TrainingDialog(self.ctx, person["id"], person["name"], self.today, self),
                  self.tr("Training recorded."), select=person["id"])

    def show_selected(self) -> None:
        row = self.volunteers.currentRow()
        if not 0 <= row < len(self.rows):
            return
        person = self.rows[row]
        _fill(self.trainings, [[_day(t["held_on"]), t["topic"], cw.label_of(cw.TRAINING_MODES, t["mode"])]
                               for t in svc.trainings(self.ctx, person["id"])])
        self.training_title.setText(self.tr("Trainings attended by %1").replace("%1", str(person["name"])))
        devices = svc.devices_of(self.ctx, person["name"])
        _fill(self.devices, [[d.device_id[-8:], d.status, d.first_seen[:10]] for d in devices])
        self.no_devices.setVisible(not devices)

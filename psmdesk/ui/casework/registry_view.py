"""The PSM registry: volunteers with their trainings and enrolled devices (coordinator); a
volunteer sees their own record."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
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
from psmdesk.ui.style import label


def _table(titles: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(titles))
    table.setHorizontalHeaderLabels(titles)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
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
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.intro = label("", "muted", wrap=True)
        self.volunteers = _table([self.tr("Name"), self.tr("Kelurahan"), self.tr("Role"), self.tr("Registered"),
                                  self.tr("Status"), self.tr("Trainings")])
        self.volunteers.itemSelectionChanged.connect(self.show_selected)
        self.trainings = _table([self.tr("Date"), self.tr("Topic"), self.tr("Form")])
        self.devices = _table([self.tr("Device"), self.tr("Status"), self.tr("First seen")])
        side = QVBoxLayout()
        side.addWidget(label(self.tr("Trainings attended"), "heading"))
        side.addWidget(self.trainings, 2)
        side.addWidget(label(self.tr("Enrolled devices"), "heading"))
        side.addWidget(self.devices, 1)
        body = QHBoxLayout()
        body.addWidget(self.volunteers, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)

    def reload(self) -> None:
        self.rows = svc.registry(self.ctx)
        profile = self.ctx.profile
        coordinator = profile is not None and profile.role.value == "koordinator"
        if coordinator:
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
        if self.rows:
            self.volunteers.selectRow(0)

    def show_selected(self) -> None:
        row = self.volunteers.currentRow()
        if not 0 <= row < len(self.rows):
            return
        person = self.rows[row]
        _fill(self.trainings, [[_day(t["held_on"]), t["topic"], cw.label_of(cw.TRAINING_MODES, t["mode"])]
                               for t in svc.trainings(self.ctx, person["id"])])
        _fill(self.devices, [[d.device_id[-8:], d.status, d.first_seen[:10]]
                             for d in svc.devices_of(self.ctx, person["name"])])

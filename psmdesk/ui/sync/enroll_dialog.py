"""Two small dialogs of the office: the enrollment file for a new volunteer, and choosing which
volunteers get a bundle back."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psmdesk.services.context import AppContext
from psmdesk.services.enrollment import create_enrollment
from psmdesk.services.errors import UserError
from psmdesk.services.sync_status import DeviceRow
from psmdesk.ui.header import area_text
from psmdesk.ui.style import label, primary_button
from psmdesk.ui.sync import dialogs
from psmdesk.ui.sync.common import ENROLLMENT_SUFFIX, default_folder
from psmdesk.ui.widgets.region_picker import RegionPicker

CODE_ROLE = Qt.ItemDataRole.UserRole


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "relawan"


class EnrollDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.written: Path | None = None
        self.setObjectName("EnrollDialog")
        self.setWindowTitle(self.tr("Enrollment file for a volunteer"))
        self.setMinimumWidth(560)
        box = QVBoxLayout(self)
        box.setSpacing(8)
        box.addWidget(label(self.tr(
            "The file lets the volunteer's laptop recognise this office and lets the office accept the "
            "laptop's first bundle without asking. Give it to the volunteer in person or by WhatsApp."),
            "muted", wrap=True))
        box.addWidget(label(self.tr("Volunteer's full name *")))
        self.name = QLineEdit()
        self.name.setObjectName("VolunteerName")
        box.addWidget(self.name)
        box.addWidget(label(self.tr("Villages the volunteer works in")))
        self.areas = QListWidget()
        self.areas.setObjectName("AreaList")
        self.areas.setMaximumHeight(110)
        box.addWidget(self.areas)
        remove = QPushButton(self.tr("Remove the selected village"))
        remove.setObjectName("RemoveArea")
        remove.clicked.connect(self._remove_area)
        box.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        self.picker = RegionPicker(required=False)
        box.addWidget(self.picker)
        add = QPushButton(self.tr("Add this village"))
        add.setObjectName("AddArea")
        add.clicked.connect(self._add_area)
        box.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        self.error = label("", "error", wrap=True)
        self.error.setObjectName("EnrollError")
        self.error.hide()
        box.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = primary_button(self.tr("Save enrollment file…"))
        self.save_button.setObjectName("SaveEnrollment")
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save)
        profile = ctx.profile
        if profile is not None:
            self.add_code(profile.kelurahan_code)
            self.picker.set_code(profile.kelurahan_code)

    def codes(self) -> list[str]:
        return [str(self.areas.item(i).data(CODE_ROLE)) for i in range(self.areas.count())]

    def add_code(self, code: str) -> None:
        if code and code not in self.codes():
            item = QListWidgetItem(area_text(code))
            item.setData(CODE_ROLE, code)
            self.areas.addItem(item)

    def _add_area(self) -> None:
        code = self.picker.code()
        if code is None:
            self.picker.set_error(True)
            self.picker.first_incomplete().setFocus()
            return
        self.add_code(code)

    def _remove_area(self) -> None:
        for item in self.areas.selectedItems():
            self.areas.takeItem(self.areas.row(item))

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        name = self.name.text().strip()
        if not name:
            self._fail(self.tr("Type the volunteer's name."))
            self.name.setFocus()
            return
        if not self.codes():
            self._fail(self.tr("Add at least one village."))
            return
        suggested = default_folder() / f"pendaftaran-{_slug(name)}{ENROLLMENT_SUFFIX}"
        target = dialogs.save_file(self, self.tr("Save the enrollment file"), suggested,
                                   self.tr("Enrollment files"), ENROLLMENT_SUFFIX)
        if target is None:
            return
        try:
            self.written = create_enrollment(self.ctx, name, self.codes(), target)
        except (UserError, OSError) as exc:
            self._fail(str(exc) if isinstance(exc, UserError) else self.tr(
                "The file could not be written there. Choose another folder."))
            return
        self.accept()


class ChooseDevicesDialog(QDialog):
    """Which volunteers get a bundle back (all approved ones are ticked to begin with)."""

    def __init__(self, devices: list[DeviceRow], chosen: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChooseDevicesDialog")
        self.setWindowTitle(self.tr("Send to volunteers"))
        self.setMinimumWidth(440)
        box = QVBoxLayout(self)
        box.addWidget(label(self.tr(
            "Each chosen volunteer gets a bundle with the office's receipts, the reference lists and the data "
            "of her villages."), wrap=True))
        self.list = QListWidget()
        self.list.setObjectName("DeviceChoice")
        for device in devices:
            item = QListWidgetItem(f"{device.volunteer}  ({device.short_id})")
            item.setData(CODE_ROLE, device.device_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if not chosen or device.device_id in chosen
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        box.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        ok = primary_button(self.tr("Choose the folder…"))
        ok.setObjectName("ChooseFolderForDevices")
        ok.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        box.addLayout(buttons)

    def chosen(self) -> list[str]:
        return [str(self.list.item(i).data(CODE_ROLE)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


def ask_enrollment(ctx: AppContext, parent: QWidget | None) -> Path | None:
    dialog = EnrollDialog(ctx, parent)
    return dialog.written if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_devices(devices: list[DeviceRow], chosen: set[str], parent: QWidget | None) -> list[str]:
    dialog = ChooseDevicesDialog(devices, chosen, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []

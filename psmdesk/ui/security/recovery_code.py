"""Shows a new recovery code once: big, grouped, with "print or save" and a tick that says it
was written down. The dialog cannot be closed before the tick (Esc included)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psmdesk.ui.errors import show_problem
from psmdesk.ui.style import label, primary_button


class RecoveryCodeDialog(QDialog):
    def __init__(self, code: str, *, holder: str = "", device: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.holder = holder
        self.device = device
        self.saved_to: Path | None = None
        self.setObjectName("RecoveryCodeDialog")
        self.setWindowTitle(self.tr("PSM Desk: recovery code"))
        self.setMinimumWidth(640)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 18)
        outer.setSpacing(10)
        outer.addWidget(label(self.tr("Your recovery code"), "heading"))
        outer.addWidget(label(self.tr(
            "If you forget your password, this code is the only way to open the data on this laptop. "
            "Print it or write it down now and keep it away from the laptop (at home or at the office)."),
            wrap=True))
        self.code_label = QLabel(code)
        self.code_label.setObjectName("RecoveryCode")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(20)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet(
            "QLabel { background: #ffffff; border: 2px solid #1f6f8b; border-radius: 6px; padding: 14px; }")
        outer.addWidget(self.code_label)
        outer.addWidget(label(self.tr(
            "Anyone who has both the laptop and this code can open the data: do not photograph it or "
            "send it by chat."), "warning", wrap=True))

        actions = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save as PDF to print…"))
        self.save_button.setObjectName("SaveSheetButton")
        self.save_button.clicked.connect(self.save_sheet)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("CopyCodeButton")
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code))
        actions.addWidget(self.save_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        outer.addLayout(actions)
        self.saved_label = label("", "muted", wrap=True)
        self.saved_label.setObjectName("SavedLabel")
        self.saved_label.hide()
        outer.addWidget(self.saved_label)

        self.written = QCheckBox(self.tr("I have printed or written down this code"))
        self.written.setObjectName("WrittenCheck")
        outer.addWidget(self.written)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.done_button = primary_button(self.tr("Done"))
        self.done_button.setObjectName("DoneButton")
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.accept)
        self.written.toggled.connect(self.done_button.setEnabled)
        buttons.addWidget(self.done_button)
        outer.addLayout(buttons)

    def reject(self) -> None:
        # Esc or the window's close button: only once the code is kept somewhere.
        if self.written.isChecked():
            super().reject()

    def choose_sheet_path(self) -> Path | None:
        """Separate so tests can answer it."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery sheet"), str(Path.home() / "kode-pemulihan-psmdesk.pdf"),
            self.tr("PDF (*.pdf)"))
        return Path(name) if name else None

    def save_sheet(self) -> None:
        from psmdesk.reports.recovery_sheet import write_recovery_sheet

        target = self.choose_sheet_path()
        if target is None:
            return
        try:
            self.saved_to = write_recovery_sheet(target, self.code, holder=self.holder, device=self.device)
        except OSError:
            show_problem(self, self.tr("The sheet could not be saved there. Choose another folder."))
            return
        self.saved_label.setText(self.tr(
            "Saved as %1. Print it, then delete the file if it is on this laptop.").replace("%1", str(self.saved_to)))
        self.saved_label.show()

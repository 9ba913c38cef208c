"""The stage bar: every stage in order, done ones ticked, the current one highlighted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from psmdesk.domain import casework as cw

DONE, CURRENT, LATER = "#d9efe0", "#1f6f8b", "#eceff1"


class StageBar(QWidget):
    stage_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for number, (code, title) in enumerate(cw.STAGES, start=1):
            button = QPushButton(f"{number}. {title}")
            button.setMinimumHeight(32)
            button.clicked.connect(lambda _=False, c=code: self.stage_clicked.emit(c))
            layout.addWidget(button, 1)
            self.buttons[code] = button

    def set_stage(self, stage: str, closed: bool) -> None:
        current = cw.stage_index(stage)
        for i, button in enumerate(self.buttons.values()):
            done = i < current or closed
            colour = DONE if done else CURRENT if i == current else LATER
            text = "#ffffff" if colour == CURRENT else "#1b2a33"
            button.setStyleSheet(f"background: {colour}; color: {text}; border-radius: 4px; padding: 4px;"
                                 + (" font-weight: bold;" if i == current else ""))
            button.setText(("✓ " if done else "") + f"{i + 1}. {cw.STAGES[i][1]}")
            button.setProperty("current", i == current)

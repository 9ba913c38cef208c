"""The stage bar: every stage in order, done ones ticked, the current one highlighted. Casework
uses the six stages of a case; a KUBE's empowerment tab the seven stages of the group process."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from psmdesk.domain import casework as cw
from psmdesk.domain.choices import Choices

DONE, CURRENT, LATER = "#d9efe0", "#1f6f8b", "#eceff1"


class StageBar(QWidget):
    stage_clicked = Signal(str)

    def __init__(self, stages: Choices = cw.STAGES, *, numbered: bool = True) -> None:
        super().__init__()
        self.stages = stages
        self.numbered = numbered
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for number, (code, title) in enumerate(stages, start=1):
            button = QPushButton(self._text(number, title))
            button.setMinimumHeight(32)
            button.setToolTip(title)
            button.clicked.connect(lambda _=False, c=code: self.stage_clicked.emit(c))
            layout.addWidget(button, 1)
            self.buttons[code] = button

    def _text(self, number: int, title: str) -> str:
        return f"{number}. {title}" if self.numbered else title

    def set_stage(self, stage: str | None, closed: bool) -> None:
        """`stage` None: nothing started yet (every stage still to come)."""
        codes = [code for code, _ in self.stages]
        current = codes.index(stage) if stage in codes else (-1 if stage is None else 0)
        for i, button in enumerate(self.buttons.values()):
            done = current >= 0 and (i < current or closed)
            colour = DONE if done else CURRENT if i == current else LATER
            text = "#ffffff" if colour == CURRENT else "#1b2a33"
            button.setStyleSheet(f"background: {colour}; color: {text}; border-radius: 4px; padding: 4px;"
                                 + (" font-weight: bold;" if i == current else ""))
            button.setText(("✓ " if done else "") + self._text(i + 1, self.stages[i][1]))
            button.setProperty("current", i == current)
            button.setProperty("done", done)

"""Bars above the household list: drafts to continue after a crash, and the undo of a deletion."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from psmdesk.services.drafts import Draft
from psmdesk.ui.households.labels import format_timestamp
from psmdesk.ui.style import label

MAX_DRAFTS_SHOWN = 3
UNDO_MS = 60_000


class DraftBar(QFrame):
    """Typing that was never saved (the app closed, the battery died): continue it or throw it away."""

    resume = Signal(object)
    discard = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DraftBar")
        self.setProperty("role", "card")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 8, 14, 8)
        self._layout.setSpacing(4)
        self.resume_buttons: list[QPushButton] = []
        self.hide()

    def set_drafts(self, drafts: list[Draft]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.resume_buttons = []
        self.setVisible(bool(drafts))
        if not drafts:
            return
        self._layout.addWidget(label(self.tr("Unsaved work was found. Continue where you left off?"),
                                     "warning", wrap=True))
        for draft in drafts[:MAX_DRAFTS_SHOWN]:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            text = self.tr("%1, last kept %2").replace("%1", draft.title) \
                .replace("%2", format_timestamp(draft.saved_at))
            row.addWidget(label(text, wrap=True), 1)
            resume = QPushButton(self.tr("Continue draft"))
            resume.setObjectName("ContinueDraft")
            discard = QPushButton(self.tr("Discard"))
            discard.setObjectName("DiscardDraftButton")
            resume.clicked.connect(lambda _=False, d=draft: self.resume.emit(d))
            discard.clicked.connect(lambda _=False, d=draft: self.discard.emit(d))
            row.addWidget(resume)
            row.addWidget(discard)
            holder = QWidget()
            holder.setLayout(row)
            self._layout.addWidget(holder)
            self.resume_buttons.append(resume)
        if len(drafts) > MAX_DRAFTS_SHOWN:
            more = self.tr("and %1 more drafts").replace("%1", str(len(drafts) - MAX_DRAFTS_SHOWN))
            self._layout.addWidget(label(more, "muted"))


class UndoBar(QFrame):
    """"Household X deleted. [Undo]" for a minute after a deletion."""

    undo = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UndoBar")
        self.setProperty("role", "card")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 14, 6)
        self.text = label("", wrap=True)
        self.button = QPushButton(self.tr("Undo"))
        self.button.setObjectName("UndoDelete")
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self._household_id = ""
        self.button.clicked.connect(self._undo)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def offer(self, household_id: str, text: str) -> None:
        self._household_id = household_id
        self.text.setText(text)
        self.show()
        self._timer.start(UNDO_MS)

    def _undo(self) -> None:
        self.hide()
        self._timer.stop()
        self.undo.emit(self._household_id)

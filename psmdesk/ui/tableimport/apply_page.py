"""Step 4: the import itself, with its progress, then what it did."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from psmdesk.tableimport.plan import Action, ImportResult
from psmdesk.ui.style import label
from psmdesk.ui.tableimport.preview_page import CountChip, thousands


class ApplyPage(QWidget):
    save_report = Signal()
    stop = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportApplyPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 24, 0, 0)
        outer.setSpacing(12)
        self.headline = label("", "subheading", wrap=True)
        self.headline.setObjectName("ApplyHeadline")
        outer.addWidget(self.headline)
        self.progress = QProgressBar()
        self.progress.setObjectName("ApplyProgress")
        self.progress.setMinimumHeight(24)
        outer.addWidget(self.progress)
        self.status = label("", "muted")
        self.status.setObjectName("ApplyStatus")
        outer.addWidget(self.status)
        chips = QHBoxLayout()
        chips.setSpacing(8)
        self.chips = {action: CountChip(action) for action in Action}
        for chip in self.chips.values():
            chips.addWidget(chip)
            chip.hide()
        chips.addStretch(1)
        outer.addLayout(chips)
        self.summary = label("", wrap=True)
        self.summary.setObjectName("ApplySummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.summary)
        row = QHBoxLayout()
        self.stop_button = QPushButton(self.tr("&Stop the import"))
        self.stop_button.setObjectName("StopImport")
        self.stop_button.clicked.connect(self.stop)
        self.report_button = QPushButton(self.tr("Save &report of rejected rows…"))
        self.report_button.setObjectName("SaveReport")
        self.report_button.clicked.connect(self.save_report)
        row.addWidget(self.stop_button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def start(self) -> None:
        self.headline.setText(self.tr("Importing… You can stop at any time: stopping undoes everything."))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText("")
        self.summary.setText("")
        for chip in self.chips.values():
            chip.hide()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        self.report_button.hide()

    def set_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total > 0 else 0)
        if message:
            self.status.setText(f"{message} ({thousands(done)}/{thousands(total)})")

    def stopping(self) -> None:
        self.stop_button.setEnabled(False)
        self.status.setText(self.tr("Stopping…"))

    def finished(self, result: ImportResult) -> None:
        self.progress.hide()
        self.stop_button.hide()
        self.status.setText("")
        if result.cancelled:
            self.headline.setText(self.tr("The import was stopped. Nothing was saved."))
            self.summary.setText("")
            self.report_button.hide()
            return
        plan = result.plan
        counts, groups = plan.counts(), plan.groups
        self.headline.setText(self.tr("Import finished in %1 seconds. Rows of the file:")
                              .replace("%1", f"{result.seconds:.1f}".replace(".", ",")))
        for action, chip in self.chips.items():
            chip.set_count(counts[action])
            chip.show()
        text = self.tr("Rows already here were left as they were.")
        if plan.target == "households":
            text = self.tr("Households: %1 new, %2 filled in. Rows already here were left as they were.") \
                .replace("%1", thousands(groups[Action.CREATE])).replace("%2", thousands(groups[Action.UPDATE]))
        if counts[Action.REJECT]:
            text += "\n\n" + self.tr(
                "Rejected rows were not saved. Save their report, fix the rows in Excel (the reason is in the "
                "last column) and import the report file: what is already here is recognised, not doubled.")
        self.summary.setText(text)
        self.report_button.setVisible(bool(counts[Action.REJECT]))

    def failed(self) -> None:
        self.progress.hide()
        self.stop_button.hide()
        self.headline.setText(self.tr("The import did not finish. Nothing was saved."))

"""Step 3: what will happen to every row, before anything is written."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from psmdesk.tableimport.plan import Action, ImportPlan
from psmdesk.ui.style import label
from psmdesk.ui.tableimport.preview_model import (
    ACTION,
    ACTION_COLOURS,
    GROUP,
    NAME,
    NIK,
    ROW,
    PreviewModel,
    RejectedOnly,
    action_text,
)


def thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class CountChip(QFrame):
    """"Baru 10": one action's count, in the action's colours."""

    def __init__(self, action: Action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"Count_{action.value}")
        text, background = ACTION_COLOURS[action]
        self.setStyleSheet(f"QFrame#Count_{action.value} {{ background: {background}; border-radius: 4px; }}"
                           f" QLabel {{ color: {text}; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        self.number = QLabel("0")
        self.number.setStyleSheet("font-weight: bold; font-size: 13pt;")
        row.addWidget(self.number)
        row.addWidget(QLabel(action_text(action)))

    def set_count(self, value: int) -> None:
        self.number.setText(thousands(value))


class PreviewPage(QWidget):
    save_report = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportPreviewPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        chips = QHBoxLayout()
        chips.setSpacing(8)
        self.chips = {action: CountChip(action) for action in Action}
        for chip in self.chips.values():
            chips.addWidget(chip)
        chips.addStretch(1)
        outer.addLayout(chips)
        self.households = label("", "muted", wrap=True)
        self.households.setObjectName("PreviewHouseholds")
        outer.addWidget(self.households)

        bar = QHBoxLayout()
        self.only_rejected = QCheckBox(self.tr("&Only rejected rows"))
        self.only_rejected.setObjectName("OnlyRejected")
        bar.addWidget(self.only_rejected)
        bar.addStretch(1)
        self.report_button = QPushButton(self.tr("Save &report of rejected rows…"))
        self.report_button.setObjectName("SaveReportPreview")
        self.report_button.clicked.connect(self.save_report)
        bar.addWidget(self.report_button)
        outer.addLayout(bar)

        self.model = PreviewModel([self.tr("Row"), self.tr("Action"), self.tr("Name"), "NIK",
                                   self.tr("Household"), self.tr("Reason / note")])
        self.proxy = RejectedOnly()
        self.proxy.setSourceModel(self.model)
        self.only_rejected.toggled.connect(self._filter)
        self.table = QTableView()
        self.table.setObjectName("PreviewTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((ROW, 56), (ACTION, 120), (NAME, 190), (NIK, 140), (GROUP, 175)):
            self.table.setColumnWidth(column, width)
        outer.addWidget(self.table, 1)
        # The selected row's reasons in full: the table cell is one line, a reason is often longer.
        self.detail = label("", wrap=True)
        self.detail.setObjectName("PreviewDetail")
        self.detail.setMinimumHeight(44)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.detail)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_detail(current))

    def _filter(self, only_rejected: bool) -> None:
        self.proxy.set_only_rejected(only_rejected)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.setText("")

    def show_plan(self, plan: ImportPlan) -> None:
        counts = plan.counts()
        for action, chip in self.chips.items():
            chip.set_count(counts[action])
        groups = plan.groups
        self.households.setVisible(plan.target == "households")
        self.households.setText(
            self.tr("Households: %1 new, %2 filled in, %3 already here, %4 rejected. A household with one "
                    "rejected row is rejected as a whole; fix the row and import the file again.")
            .replace("%1", thousands(groups[Action.CREATE])).replace("%2", thousands(groups[Action.UPDATE]))
            .replace("%3", thousands(groups[Action.MATCH])).replace("%4", thousands(groups[Action.REJECT])))
        # What the group column holds: the household, the Pokmas or KUBE, or the PSM's kelurahan.
        self.model.titles[GROUP] = {"roster": "Pokmas", "kube-members": "KUBE",
                                    "psm": self.tr("Kelurahan")}.get(plan.target, self.tr("Household"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, GROUP, GROUP)
        self.model.set_rows(plan.rows)
        self.detail.setText("")
        self.report_button.setEnabled(bool(counts[Action.REJECT]))
        if not counts[Action.REJECT] and self.only_rejected.isChecked():
            self.only_rejected.setChecked(False)
        self.only_rejected.setEnabled(bool(counts[Action.REJECT]))

    def _show_detail(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.detail.setText("")
            return
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        text = "; ".join(row.reasons + row.notes) or action_text(row.action)
        self.detail.setText(self.tr("Row %1 (%2): %3").replace("%1", str(row.row))
                            .replace("%2", action_text(row.action)).replace("%3", text))

    def focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

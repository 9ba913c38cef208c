"""Step 2: which column of the file fills which field. Suggestions (or the mapping remembered for
files of this shape) are preselected; required fields are marked; sample values help decide."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain.nik import mask_nik
from psmdesk.domain.tabular import cell_text
from psmdesk.services import table_import as service
from psmdesk.tableimport.headers import sample_values
from psmdesk.ui.style import label

COLUMN, SAMPLES, FIELD = range(3)


def _shown(value: object) -> str:
    """A sample as the lists show it: a NIK or No. KK masked (317108******0003)."""
    text = cell_text(value)  # type: ignore[arg-type]
    return mask_nik(text) if len(text) >= 15 and text.isdigit() else text


class MappingPage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportMappingPage")
        self.prepared: service.Prepared | None = None
        self.combos: list[QComboBox] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        top = QHBoxLayout()
        self.about = label("", "muted", wrap=True)
        self.about.setObjectName("MappingAbout")
        top.addWidget(self.about, 1)
        self.sheet = QComboBox()
        self.sheet.setObjectName("SheetChoice")
        self.sheet_label = label(self.tr("Sheet:"))
        self.sheet_label.setBuddy(self.sheet)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet)
        outer.addLayout(top)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("MappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Sample values"),
                                              self.tr("Field in PSM Desk")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves between the field choices
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COLUMN, 300)
        self.table.setColumnWidth(FIELD, 330)
        outer.addWidget(self.table, 1)
        outer.addWidget(label(self.tr("* required. Columns left as \"not imported\" are ignored."), "muted"))
        self.problems = label("", "error", wrap=True)
        self.problems.setObjectName("MappingProblems")
        outer.addWidget(self.problems)

    def show_prepared(self, prepared: service.Prepared, origin_text: str) -> None:
        self.prepared = prepared
        source, layout = prepared.source, prepared.layout
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(source.sheets))
        self.sheet.setCurrentText(source.sheet)
        self.sheet.blockSignals(False)
        for widget in (self.sheet, self.sheet_label):
            widget.setVisible(len(source.sheets) > 1)
        self.about.setText(self.tr("%1: column headers in row %2, %3 data rows. %4")
                           .replace("%1", source.name).replace("%2", layout.spreadsheet_rows)
                           .replace("%3", f"{prepared.data_row_count:,}".replace(",", "."))
                           .replace("%4", origin_text))
        fields = prepared.target.fields
        chosen = {index: key for key, index in prepared.mapping.items()}
        self.table.setRowCount(len(layout.columns))
        self.combos = []
        for row, column in enumerate(layout.columns):
            title = QTableWidgetItem(f"{column.letter}  {column.title}")
            title.setToolTip(column.title)
            self.table.setItem(row, COLUMN, title)
            samples = " · ".join(_shown(v) for v in sample_values(source.rows, layout, column.index))
            sample = QTableWidgetItem(samples)
            sample.setToolTip(samples)
            self.table.setItem(row, SAMPLES, sample)
            combo = QComboBox()
            combo.setObjectName(f"FieldFor_{column.letter}")
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", column.title))
            combo.addItem(self.tr("— not imported —"), None)
            for spec in fields:
                combo.addItem(spec.label + (" *" if spec.required else ""), spec.key)
                if spec.hint:
                    combo.setItemData(combo.count() - 1, spec.hint, 3)  # 3 = ToolTipRole
            combo.setCurrentIndex(max(combo.findData(chosen.get(column.index)), 0))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._chosen(r))
            self.table.setCellWidget(row, FIELD, combo)
            self.combos.append(combo)

    def _chosen(self, row: int) -> None:
        """A field belongs to one column: choosing it here frees it elsewhere."""
        key = self.combos[row].currentData()
        if key is not None:
            for other, combo in enumerate(self.combos):
                if other != row and combo.currentData() == key:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.changed.emit()

    def mapping(self) -> dict[str, int]:
        if self.prepared is None:
            return {}
        columns = self.prepared.layout.columns
        return {combo.currentData(): columns[row].index for row, combo in enumerate(self.combos)
                if combo.currentData() is not None}

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText(" ".join(problems))
        self.problems.setVisible(bool(problems))

    def focus_first(self) -> None:
        if self.combos:
            self.combos[0].setFocus()

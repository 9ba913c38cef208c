"""Aset & Keterampilan (ABCD mapping): what a household can do or has, typed in its own words,
so that a PSM can later find "who can cook" in an RW through the list search."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from psmdesk.domain import choices as ch
from psmdesk.domain.household import AssetInput
from psmdesk.ui.households.fields import ChoiceCombo, FieldBox, TextField
from psmdesk.ui.style import label


class AssetRow(QWidget):
    edited = Signal()
    remove = Signal(object)

    def __init__(self, asset: AssetInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ChoiceCombo(ch.ASSET_KIND)
        self.kind.removeItem(0)  # always one of the two
        self.kind.setObjectName("asset_kind")
        self.text = TextField(max_length=300)
        self.text.setObjectName("asset_text")
        self.text.setPlaceholderText(self.tr("e.g. cooking for events, sewing, motorbike, cart"))
        self.box = FieldBox("", self.text)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.box, 1)
        row.addWidget(self.remove_button)
        self.kind.edited.connect(self.edited)
        self.box.edited.connect(self.edited)
        if asset is not None:
            self.kind.set_value(asset.kind)
            self.text.set_value(asset.text)

    def asset(self) -> AssetInput | None:
        text = self.text.value()
        return AssetInput(kind=self.kind.value() or "keterampilan", text=text) if text else None


class AssetsEditor(QWidget):
    edited = Signal()
    structure_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AssetRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(label(
            self.tr("What can this household do, or what does it have, that could help the "
                    "neighbourhood? Each item is found later by the list search."), "muted", wrap=True))
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(6)
        layout.addLayout(self._rows_layout)
        bottom = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add skill or asset"))
        self.add_button.setObjectName("AddAsset")
        self.add_button.clicked.connect(lambda: self.add_row())
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def add_row(self, asset: AssetInput | None = None, *, focus: bool = True) -> AssetRow:
        row = AssetRow(asset)
        row.edited.connect(self.edited)
        row.remove.connect(self.remove_row)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self.structure_changed.emit()
        if focus:
            row.text.setFocus()
        return row

    def remove_row(self, row: AssetRow) -> None:
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.add_button.setFocus()
        self.structure_changed.emit()
        self.edited.emit()

    def set_assets(self, assets: list[AssetInput]) -> None:
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for asset in assets:
            self.add_row(asset, focus=False)

    def assets(self) -> list[AssetInput]:
        return [a for a in (row.asset() for row in self.rows) if a is not None]

    def boxes(self) -> dict[str, FieldBox]:
        return {}

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for row in self.rows:
            chain.extend([row.kind, row.text, row.remove_button])
        return [*chain, self.add_button]

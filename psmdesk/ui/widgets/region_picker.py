"""Cascading region picker: Provinsi -> Kabupaten/Kota -> Kecamatan -> Kelurahan/Desa.

Each level is an editable combo box: typing filters it (any part of the name, any case), and
leaving a level with an unambiguous text selects that region, so the whole picker works from
the keyboard. The lists come from `psmdesk.domain.regions.children` (Kemendagri codes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLabel, QSizePolicy, QWidget

from psmdesk.domain.regions import Region, children, region_path
from psmdesk.ui.i18n import translate
from psmdesk.ui.style import form_label, set_invalid

DEFAULT_PROVINCE = "31"  # DKI Jakarta, where PSM Desk starts
LEVEL_TITLES = (
    QT_TRANSLATE_NOOP("RegionPicker", "Province"),
    QT_TRANSLATE_NOOP("RegionPicker", "Regency/City"),
    QT_TRANSLATE_NOOP("RegionPicker", "District"),
    QT_TRANSLATE_NOOP("RegionPicker", "Village"),
)
LEVELS = len(LEVEL_TITLES)
_LEAVING_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _shown_name(region: Region) -> str:
    # "Kab. Bogor" and "Kota Bogor" must stay apart; kecamatan and villages need no prefix
    # because the row label already says what they are.
    return region.short_label if region.level <= 2 else region.name


class RegionPicker(QWidget):
    changed = Signal(str)  # the chosen village code, or "" while the choice is incomplete

    def __init__(self, parent: QWidget | None = None, *, required: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("RegionPicker")
        # Never squeezed: a dialog short of room must grow, not clip the last combo box.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        self.combos: list[QComboBox] = []
        self.labels: list[QLabel] = []
        for level, title in enumerate(LEVEL_TITLES):
            text = translate("RegionPicker", title)
            if required and level == LEVELS - 1:
                text += " *"
            combo = self._make_combo(level)
            caption = form_label(text, combo)
            form.addRow(caption, combo)
            self.combos.append(combo)
            self.labels.append(caption)
        self._fill(0, None)
        self.set_code(DEFAULT_PROVINCE)

    def _make_combo(self, level: int) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"RegionLevel{level + 1}")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMaxVisibleItems(15)
        combo.setMinimumContentsLength(22)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.lineEdit().setPlaceholderText(translate("RegionPicker", "Type to search or choose"))
        completer = combo.completer()
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.currentIndexChanged.connect(lambda _index, level=level: self._on_chosen(level))
        combo.lineEdit().installEventFilter(self)
        return combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The typed text is committed on the key that leaves the field, before Qt moves the
        # focus: a committed level fills and enables the next one, so Tab lands there.
        # (editingFinished comes too late, and not at all while the completer popup is open.)
        kind = event.type()
        leaving = kind == QEvent.Type.FocusOut or (
            kind == QEvent.Type.KeyPress and event.key() in _LEAVING_KEYS
        )
        if leaving:
            for level, combo in enumerate(self.combos):
                if combo.lineEdit() is watched:
                    self._commit_typed(level)
        return False

    # --- filling --------------------------------------------------------------------------
    def _fill(self, level: int, parent_code: str | None) -> None:
        """Loads `level` with the children of `parent_code` and empties every level below."""
        for lower in range(level, LEVELS):
            combo = self.combos[lower]
            combo.blockSignals(True)
            combo.clear()
            if lower == level and (level == 0 or parent_code):
                for region in children(parent_code):
                    combo.addItem(_shown_name(region), region.code)
            combo.setCurrentIndex(-1)
            combo.setEditText("")
            combo.setEnabled(combo.count() > 0)
            combo.blockSignals(False)

    def _on_chosen(self, level: int) -> None:
        combo = self.combos[level]
        if level + 1 < LEVELS:
            self._fill(level + 1, combo.currentData())
        set_invalid(combo, False)
        self.changed.emit(self.code() or "")

    def _commit_typed(self, level: int) -> None:
        """Leaving a level: an exact or unique partial name selects it; anything else stays
        as typed and the picker reports no code (the form then says what is missing)."""
        combo = self.combos[level]
        text = combo.currentText().strip()
        current = combo.currentIndex()
        if current >= 0 and combo.itemText(current) == text:
            return
        if not text:
            if current >= 0:
                combo.setCurrentIndex(-1)
            return
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            folded = text.casefold()
            matches = [i for i in range(combo.count()) if folded in combo.itemText(i).casefold()]
            index = matches[0] if len(matches) == 1 else -1
        if index >= 0:
            if index == current:
                combo.setEditText(combo.itemText(index))
            else:
                combo.setCurrentIndex(index)
        else:
            self.changed.emit("")

    # --- public API -----------------------------------------------------------------------
    def set_code(self, code: str | None) -> None:
        """Selects a region at any level (a province code leaves the lower levels to choose)."""
        path = region_path(code) if code else []
        self.blockSignals(True)
        try:
            self._fill(0, None)
            for region in path[:LEVELS]:
                combo = self.combos[region.level - 1]
                index = combo.findData(region.code)
                if index < 0:
                    break
                combo.setCurrentIndex(index)
        finally:
            self.blockSignals(False)
        self.changed.emit(self.code() or "")

    def code(self) -> str | None:
        """The chosen kelurahan/desa code, or None until a village is really selected."""
        combo = self.combos[-1]
        index = combo.currentIndex()
        if index < 0 or combo.currentText().strip() != combo.itemText(index):
            return None
        return combo.itemData(index)

    def first_incomplete(self) -> QComboBox:
        """Where the cursor should go when the form says the village is missing."""
        for combo in self.combos:
            index = combo.currentIndex()
            if index < 0 or combo.currentText().strip() != combo.itemText(index):
                return combo
        return self.combos[-1]

    def set_error(self, invalid: bool) -> None:
        set_invalid(self.first_incomplete() if invalid else self.combos[-1], invalid)

"""Step 1: the file, what it holds, and (for the office) the kelurahan of rows that name none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain.profile import Profile, Role
from psmdesk.domain.regions import children, kecamatan_of, region_label
from psmdesk.services.table_import import targets
from psmdesk.ui.style import form_label, label
from psmdesk.ui.tableimport import dialogs


def _villages_near(code: str) -> list[tuple[str, str]]:
    """The kelurahan of the office's kota/kabupaten, its own kecamatan first."""
    kecamatan = kecamatan_of(code)
    if kecamatan is None:
        return []
    kota = kecamatan.parent_code
    ordered = [kecamatan] + [k for k in children(kota) if k.code != kecamatan.code]
    return [(v.code, f"{v.name} (Kec. {k.name})") for k in ordered for v in children(k.code)]


class FilePage(QWidget):
    changed = Signal()

    def __init__(self, profile: Profile, start_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportFilePage")
        self.start_folder = start_folder
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        outer.addWidget(label(self.tr(
            "Choose an Excel (.xlsx) or CSV file. The file is only read: nothing is saved before you "
            "press Import in step 4."), "muted", wrap=True))

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("ImportPath")
        self.path.setPlaceholderText(self.tr("e.g. D:\\Data\\Daftar Keluarga RW 05.xlsx"))
        self.path.textChanged.connect(lambda _t: self.changed.emit())
        self.browse = QPushButton(self.tr("&Choose file…"))
        self.browse.setObjectName("ChooseSource")
        self.browse.clicked.connect(self.choose)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(form_label(self.tr("File *"), self.path), row)

        self.kinds = QButtonGroup(self)
        kinds = QVBoxLayout()
        kinds.setSpacing(2)
        self.target_buttons: dict[str, QRadioButton] = {}
        for target in targets():
            button = QRadioButton(target.title)
            button.setObjectName(f"Target_{target.key}")
            reason = target.unavailable()
            button.setEnabled(reason is None and (profile.role is Role.KOORDINATOR or not target.coordinator_only))
            self.kinds.addButton(button)
            self.target_buttons[target.key] = button
            kinds.addWidget(button)
            note = label(reason or target.description, "muted", wrap=True)
            note.setContentsMargins(28, 0, 0, 4)
            kinds.addWidget(note)
        self.target_buttons["households"].setChecked(True)
        form.addRow(form_label(self.tr("Data in the file *")), kinds)

        self.kelurahan = QComboBox()
        self.kelurahan.setObjectName("DefaultKelurahan")
        if profile.role is Role.KOORDINATOR:
            for code, name in _villages_near(profile.kelurahan_code):
                self.kelurahan.addItem(name, code)
            self.kelurahan.setCurrentIndex(max(self.kelurahan.findData(profile.kelurahan_code), 0))
            self.kelurahan.setEditable(True)
            self.kelurahan.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.kelurahan.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            hint = self.tr("Used for rows without a kelurahan column or value.")
        else:
            self.kelurahan.addItem(region_label(profile.kelurahan_code), profile.kelurahan_code)
            self.kelurahan.setEnabled(False)
            hint = self.tr("As a volunteer you import data of your own kelurahan only.")
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(self.kelurahan)
        box.addWidget(label(hint, "muted", wrap=True))
        form.addRow(form_label(self.tr("Default kelurahan"), self.kelurahan), box)
        outer.addLayout(form)
        outer.addStretch(1)

    def choose(self) -> None:
        current = Path(self.path.text().strip()) if self.path.text().strip() else None
        start = current.parent if current and current.parent.is_dir() else self.start_folder
        chosen = dialogs.choose_source(self, start)
        if chosen is not None:
            self.path.setText(str(chosen))

    def source(self) -> Path | None:
        text = self.path.text().strip().strip('"')
        return Path(text) if text else None

    def choose_target(self, key: str) -> None:
        """The page the wizard was opened from suggests its own kind of data (when allowed)."""
        button = self.target_buttons.get(key)
        if button is not None and button.isEnabled():
            button.setChecked(True)

    def target(self) -> str:
        return next(key for key, button in self.target_buttons.items() if button.isChecked())

    def default_kelurahan(self) -> str | None:
        return self.kelurahan.currentData()

    def focus_first(self) -> None:
        self.path.setFocus(Qt.FocusReason.OtherFocusReason)

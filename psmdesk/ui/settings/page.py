"""Pengaturan: the profile, language, autosave interval, and where the files are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from psmdesk.services.context import AppContext
from psmdesk.services.setup import complete_setup, validate_profile
from psmdesk.storage.errors import StorageError
from psmdesk.ui.errors import show_storage_error
from psmdesk.ui.setup.profile_form import ProfileForm
from psmdesk.ui.style import label, primary_button

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow

# Language names are written in their own language, so nobody is stuck in one they cannot read.
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setProperty("role", "card")
    box = QVBoxLayout(card)
    box.setContentsMargins(20, 14, 20, 16)
    box.setSpacing(8)
    box.addWidget(label(title, "subheading"))
    return card, box


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.setObjectName("SettingsPage")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        content = QVBoxLayout(body)
        content.setContentsMargins(32, 24, 32, 24)
        content.setSpacing(14)
        content.addWidget(label(self.tr("Settings"), "heading"))
        content.addWidget(self._profile_card())
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self._language_card(), 1)
        row.addWidget(self._files_card(), 1)
        content.addLayout(row)
        from psmdesk.ui.reports.letterhead_card import LetterheadCard  # Laporan: the letterhead of documents

        self.letterhead = LetterheadCard(ctx, lambda text: self.window_.show_message(text))
        content.addWidget(self.letterhead)
        from psmdesk.ui.security.settings_card import SecurityCard  # Kata sandi and the automatic lock

        self.security = SecurityCard(ctx, window)
        content.addWidget(self.security)
        from psmdesk.ui.settings.reference_lists import ReferenceListsCard

        self.reference_lists = ReferenceListsCard(ctx, lambda text: self.window_.show_message(text))
        content.addWidget(self.reference_lists)
        content.addStretch(1)

    # --- profile --------------------------------------------------------------------------
    def _profile_card(self) -> QFrame:
        card, box = _card(self.tr("Profile"))
        self.form = ProfileForm()
        profile = self.ctx.profile
        if profile is not None:
            self.form.set_profile(profile)
        box.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_profile_button = primary_button(self.tr("Save profile"))
        self.save_profile_button.setObjectName("SaveProfile")
        self.save_profile_button.clicked.connect(self.save_profile)
        row.addWidget(self.save_profile_button)
        box.addLayout(row)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save_profile)
        return card

    def save_profile(self) -> None:
        profile, issues = validate_profile(**self.form.values())
        if self.form.show_issues(issues) or profile is None:
            return
        try:
            complete_setup(self.ctx, profile)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self.window_.refresh_header()
        self.window_.show_message(self.tr("Profile saved."))

    # --- preferences ----------------------------------------------------------------------
    def _language_card(self) -> QFrame:
        card, box = _card(self.tr("Language and saving"))
        box.addWidget(QLabel(self.tr("Language of the screens")))
        self.language = QComboBox()
        self.language.setObjectName("LanguageCombo")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.settings.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        box.addWidget(self.language)
        box.addWidget(label(self.tr("A new language is used the next time PSM Desk starts."), "muted",
                            wrap=True))
        box.addSpacing(6)
        box.addWidget(QLabel(self.tr("Save drafts automatically every")))
        self.autosave = QSpinBox()
        self.autosave.setObjectName("AutosaveSpin")
        self.autosave.setRange(5, 300)
        self.autosave.setSingleStep(5)
        self.autosave.setSuffix(self.tr(" seconds"))
        self.autosave.setValue(self.ctx.settings.autosave_seconds)
        self.autosave.editingFinished.connect(self._autosave_changed)
        box.addWidget(self.autosave, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        return card

    def _language_changed(self) -> None:
        self.ctx.settings.language = self.language.currentData()
        self._save_settings(self.tr("Language saved. It is used the next time PSM Desk starts."))

    def _autosave_changed(self) -> None:
        if self.autosave.value() == self.ctx.settings.autosave_seconds:
            return
        self.ctx.settings.autosave_seconds = self.autosave.value()
        self._save_settings(self.tr("Autosave interval saved."))

    def _save_settings(self, message: str) -> None:
        try:
            self.ctx.save_settings()
        except OSError:
            self.window_.show_message(
                self.tr("Settings could not be saved: the data folder is not writable."))
            return
        self.window_.show_message(message)

    # --- files ----------------------------------------------------------------------------
    def _files_card(self) -> QFrame:
        card, box = _card(self.tr("Files"))
        box.addWidget(QLabel(self.tr("Data folder (database and backups)")))
        box.addWidget(self._path_label(str(self.ctx.paths.data_dir), "DataFolder"))
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.setObjectName("OpenDataFolder")
        open_folder.clicked.connect(self.open_data_folder)
        box.addWidget(open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        from psmdesk.ui.backup.dialog import backup_button  # Cadangan & Pulihkan

        box.addWidget(backup_button(self.ctx, self.window_), 0, Qt.AlignmentFlag.AlignLeft)
        box.addSpacing(6)
        box.addWidget(QLabel(self.tr("Log file (for technical help)")))
        box.addWidget(self._path_label(str(self.ctx.paths.log_file), "LogFile"))
        box.addSpacing(6)
        about = QPushButton(self.tr("About PSM Desk (F1)"))
        about.setObjectName("AboutButton")
        about.clicked.connect(self.window_.show_about)
        box.addWidget(about, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        return card

    @staticmethod
    def _path_label(path: str, name: str) -> QLineEdit:
        # A read-only field: a long path scrolls inside it instead of widening the page, and
        # can be copied exactly (to paste into Explorer or a message to the helpdesk).
        shown = QLineEdit(path)
        shown.setObjectName(name)
        shown.setReadOnly(True)
        shown.setToolTip(path)
        shown.setCursorPosition(0)
        return shown

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data_dir)))

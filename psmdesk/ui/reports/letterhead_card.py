"""Pengaturan's letterhead card: the office name, address and logo printed at the top of every
document (stored through `services.letterhead.set_letterhead`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.letterhead import get_letterhead, set_letterhead
from psmdesk.ui.i18n import translate
from psmdesk.ui.style import label, primary_button

LOGO_PX = 56


def choose_logo(parent: QWidget | None, start: Path) -> Path | None:
    file, _ = QFileDialog.getOpenFileName(
        parent, translate("LetterheadCard", "Choose the office logo"), str(start),
        translate("LetterheadCard", "Images") + " (*.png *.jpg *.jpeg)")
    return Path(file) if file else None


class LetterheadCard(QFrame):
    def __init__(self, ctx: AppContext, message: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = message
        self.setObjectName("LetterheadCard")
        self.setProperty("role", "card")
        self.new_logo: Path | None = None
        self.remove_logo = False
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 16)
        box.setSpacing(8)
        box.addWidget(label(self.tr("Letterhead of printed documents"), "subheading"))
        box.addWidget(label(self.tr("Printed at the top of every list, recap and form."), "muted", wrap=True))
        box.addWidget(QLabel(self.tr("Office or organisation name")))
        self.office = QLineEdit()
        self.office.setObjectName("LetterheadOffice")
        self.office.setMaxLength(90)
        box.addWidget(self.office)
        box.addWidget(QLabel(self.tr("Address (street, phone, e-mail)")))
        self.address = QLineEdit()
        self.address.setObjectName("LetterheadAddress")
        self.address.setMaxLength(140)
        box.addWidget(self.address)
        row = QHBoxLayout()
        self.logo_view = QLabel()
        self.logo_view.setFixedSize(LOGO_PX, LOGO_PX)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_view.setStyleSheet("border: 1px solid #cfd8de; background: #ffffff;")
        row.addWidget(self.logo_view)
        self.logo_text = label("", "muted", wrap=True)
        row.addWidget(self.logo_text, 1)
        self.choose = QPushButton(self.tr("Choose logo…"))
        self.choose.setObjectName("ChooseLogo")
        self.choose.clicked.connect(self.choose_logo)
        self.clear = QPushButton(self.tr("Remove logo"))
        self.clear.setObjectName("RemoveLogo")
        self.clear.clicked.connect(self.drop_logo)
        row.addWidget(self.choose)
        row.addWidget(self.clear)
        box.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save = primary_button(self.tr("Save letterhead"))
        self.save.setDefault(False)
        self.save.setObjectName("SaveLetterhead")
        self.save.clicked.connect(self.save_letterhead)
        buttons.addWidget(self.save)
        box.addLayout(buttons)
        self.load()

    def load(self) -> None:
        head = get_letterhead(self.ctx)
        self.office.setText(head.office_name)
        self.address.setText(head.address)
        self.new_logo, self.remove_logo = None, False
        self._show_logo(head.logo if head.logo and head.logo.exists() else None)

    def _show_logo(self, path: Path | None) -> None:
        self.clear.setEnabled(path is not None)
        if path is None:
            self.logo_view.clear()
            self.logo_text.setText(self.tr("No logo."))
            return
        pixmap = QPixmap(str(path))
        self.logo_view.setPixmap(pixmap.scaled(LOGO_PX - 4, LOGO_PX - 4, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        self.logo_text.setText(path.name)

    def choose_logo(self) -> None:
        path = choose_logo(self, Path.home())
        if path is not None:
            self.new_logo, self.remove_logo = path, False
            self._show_logo(path)

    def drop_logo(self) -> None:
        self.new_logo, self.remove_logo = None, True
        self._show_logo(None)

    def save_letterhead(self) -> None:
        if not self.office.text().strip():
            self.message(self.tr("Write the office or organisation name first."))
            self.office.setFocus()
            return
        try:
            set_letterhead(self.ctx, self.office.text(), self.address.text(), self.new_logo,
                           remove_logo=self.remove_logo)
        except (UserError, OSError) as exc:
            self.message(str(exc) if isinstance(exc, UserError) else self.tr("The logo file could not be read."))
            return
        self.load()
        self.message(self.tr("Letterhead saved."))

"""The strip above every page: who works on this laptop, where, and the state of sync."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from psmdesk.domain.profile import Profile, Role
from psmdesk.ui.i18n import translate
from psmdesk.ui.style import label


def role_text(role: Role) -> str:
    return translate("Roles", "Volunteer") if role is Role.RELAWAN else translate("Roles", "Coordinator")


def area_text(kelurahan_code: str) -> str:
    from psmdesk.domain.regions import region_label

    try:
        return region_label(kelurahan_code)
    except (KeyError, ValueError):
        return kelurahan_code


def profile_area(profile: Profile) -> str:
    return profile.kelurahan_label or area_text(profile.kelurahan_code)


def who_text(profile: Profile) -> str:
    """The big line: the volunteer's name, or the office for a coordinator who gave one."""
    if profile.role is Role.KOORDINATOR and profile.office_name:
        return profile.office_name
    return profile.name


def detail_text(profile: Profile) -> str:
    parts = [role_text(profile.role)]
    if profile.role is Role.KOORDINATOR and profile.office_name:
        parts.append(profile.name)
    parts.append(profile_area(profile))
    return "  \u00b7  ".join(parts)


class Header(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Header")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 10, 24, 10)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.who = label("", "subheading")
        self.who.setObjectName("HeaderWho")
        self.detail = label("", "muted")
        self.detail.setObjectName("HeaderDetail")
        text.addWidget(self.who)
        text.addWidget(self.detail)
        row.addLayout(text, 1)
        self.sync_state = label("", "muted")
        self.sync_state.setObjectName("HeaderSync")
        self.sync_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.sync_state)
        # True until the sync module exists and reports otherwise (MainWindow.set_sync_state).
        self.set_sync_state(translate("Header", "No bundle sent yet"))

    def set_profile(self, profile: Profile | None) -> None:
        if profile is None:
            self.who.setText("PSM Desk")
            self.detail.setText("")
            return
        self.who.setText(who_text(profile))
        self.detail.setText(detail_text(profile))
        self.detail.setToolTip(self.detail.text())

    def set_sync_state(self, text: str) -> None:
        self.sync_state.setText(text)

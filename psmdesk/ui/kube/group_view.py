"""One group: a header with what needs attention, and the tabs Profil, Anggota, Bantuan,
Kegiatan, Buku Kas, Pemberdayaan and Indikator Kesejahteraan. A group that is not saved yet has
only its profile."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from psmdesk.domain import choices as ch
from psmdesk.domain import kube as rules
from psmdesk.services import kube as service
from psmdesk.services import kube_book as book
from psmdesk.services.context import AppContext
from psmdesk.ui.kube.activities_tab import ActivitiesTab
from psmdesk.ui.kube.cash_tab import CashTab
from psmdesk.ui.kube.empowerment_tab import EmpowermentTab, WelfareTab
from psmdesk.ui.kube.grants_tab import GrantsTab
from psmdesk.ui.kube.members_tab import MembersTab
from psmdesk.ui.kube.profile_tab import ProfileTab
from psmdesk.ui.style import label

PROFILE, MEMBERS, GRANTS, ACTIVITIES, CASH, EMPOWERMENT, WELFARE = range(7)


class GroupView(QWidget):
    back_requested = Signal()
    message = Signal(str)
    new_group_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KubeGroupView")
        self.ctx = ctx
        self._today: date | None = None
        self.group_id: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 10)
        outer.setSpacing(4)
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.setObjectName("KubeBack")
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        bar.addWidget(self.back_button)
        bar.addSpacing(12)
        self.title = label("", "heading")
        self.title.setObjectName("KubeTitle")
        bar.addWidget(self.title)
        bar.addSpacing(12)
        self.subtitle = label("", "muted")
        self.subtitle.setObjectName("KubeSubtitle")
        bar.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(bar)
        self.attention = label("", "warning", wrap=True)
        self.attention.setObjectName("KubeAttention")
        outer.addWidget(self.attention)

        self.profile = ProfileTab(ctx)
        self.members = MembersTab(ctx)
        self.grants = GrantsTab(ctx)
        self.activities = ActivitiesTab(ctx)
        self.cash = CashTab(ctx)
        self.empowerment = EmpowermentTab(ctx)
        self.welfare = WelfareTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("KubeTabs")
        for widget, title in ((self.profile, self.tr("Profile")), (self.members, self.tr("Members")),
                              (self.grants, self.tr("Grants and aid")), (self.activities, self.tr("Activities")),
                              (self.cash, self.tr("Cash book")), (self.empowerment, self.tr("Empowerment")),
                              (self.welfare, self.tr("Welfare indicators"))):
            self.tabs.addTab(widget, title)
        outer.addWidget(self.tabs, 1)

        self.profile.saved.connect(self._profile_saved)
        for tab in (self.members, self.grants, self.activities, self.cash, self.empowerment, self.welfare):
            tab.changed.connect(self._changed)
        self._shortcuts()

    def _shortcuts(self) -> None:
        for keys, slot in (("Ctrl+S", self.save), ("Escape", self.back_requested.emit)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        for number in range(7):  # Alt+1 ... Alt+7: the tabs, in their order
            shortcut = QShortcut(QKeySequence(f"Alt+{number + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.tabs.isTabEnabled(n) and self.tabs.setCurrentIndex(n))

    @property
    def today(self) -> date | None:
        return self._today

    @today.setter
    def today(self, value: date | None) -> None:
        self._today = value
        for tab in (self.profile, self.members, self.grants, self.activities, self.cash, self.empowerment,
                    self.welfare):
            tab.today = value

    # --- opening ----------------------------------------------------------------------------
    def open_group(self, group_id: str, tab: int = PROFILE) -> None:
        self.group_id = group_id
        group = service.get_group(self.ctx, group_id)
        self.profile.load(group)
        self.members.load(group_id, group.kelurahan_code)
        self.grants.load(group_id)
        self.activities.load(group_id)
        self.cash.load(group_id)
        self.empowerment.load(group_id)
        self.welfare.load_group(group_id)
        for index in range(1, 7):
            self.tabs.setTabEnabled(index, True)
        self.tabs.setCurrentIndex(tab)
        self.refresh_header()

    def start_new(self) -> None:
        self.group_id = None
        self.profile.new_group()
        self.title.setText(self.tr("New KUBE group"))
        self.subtitle.setText(self.tr("Save the profile first; then add members, grants, activities and cash."))
        self.attention.hide()
        for index in range(1, 7):
            self.tabs.setTabEnabled(index, False)
        self.tabs.setCurrentIndex(PROFILE)
        self.profile.editors["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_header(self) -> None:
        if self.group_id is None:
            return
        profile = book.group_profile(self.ctx, self.group_id, today=self.today)
        group = profile.group
        self.title.setText(group.name)
        parts = [service.village_name(group.kelurahan_code) + (f" RW {group.rw}" if group.rw else ""),
                 profile.business_type, profile.stage]
        if group.status != "aktif":
            parts.append(ch.label(rules.GROUP_STATUS, group.status))
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        notes = []
        if profile.stalled:
            notes.append(self.tr("No activity and no cash entry for 60 days."))
        if profile.warnings:
            notes.append(self.tr("%1 things to check (see Members and Cash book).")
                         .replace("%1", str(len(profile.warnings))))
        self.attention.setText("\u26a0  " + "  ".join(notes) if notes else "")
        self.attention.setVisible(bool(notes))

    # --- actions ----------------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: a new record of the tab in view; on the profile, a new group."""
        current = self.tabs.currentWidget()
        if current is self.profile:
            self.new_group_requested.emit()
        else:
            current.new_record()  # type: ignore[attr-defined]

    def save(self) -> None:
        if self.tabs.currentWidget() is self.profile:
            self.profile.save()
        elif self.tabs.currentWidget() is self.cash:
            self.cash.post()

    def _profile_saved(self, group_id: str, text: str) -> None:
        was_new = self.group_id is None
        self.group_id = group_id
        if was_new:
            self.open_group(group_id, MEMBERS)
        else:
            self.members.load(group_id, self.profile.collect().kelurahan_code)
            self.refresh_header()
        self.message.emit(text)

    def _changed(self, text: str) -> None:
        self.refresh_header()
        if self.sender() is not self.members:
            self.members.reload()
        if self.sender() is not self.cash:
            self.cash.reload()  # a grant may have written into the cash book
        self.message.emit(text)

"""KUBE: the page the shell shows. The overview of all groups, and one group's tabs over it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from psmdesk.services.context import AppContext
from psmdesk.ui.kube import dialogs
from psmdesk.ui.kube.group_view import GroupView
from psmdesk.ui.kube.overview import KubeOverview

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow


class KubePage(QWidget):
    def __init__(self, ctx: AppContext, window: MainWindow | None = None) -> None:
        super().__init__()
        self.setObjectName("KubePage")
        self.ctx = ctx
        self.window_ = window
        self.last_message = ""
        self.overview = KubeOverview(ctx)
        self.group = GroupView(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.overview)
        # The group page scrolls on a short screen instead of pushing the window past 768 px.
        self.group_scroll = QScrollArea()
        self.group_scroll.setWidgetResizable(True)
        self.group_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.group_scroll.setWidget(self.group)
        self.stack.addWidget(self.group_scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.overview.open_requested.connect(self.open_group)
        self.overview.new_requested.connect(self.new_record)
        self.group.back_requested.connect(self.back_to_list)
        self.group.new_group_requested.connect(self.new_group)
        self.group.message.connect(self.message)
        for keys, slot in (("Ctrl+N", self.new_record), ("Ctrl+F", self.find)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.overview.reload()

    def set_today(self, today: date) -> None:
        """Tests and screenshots pin the day the 60-day rule and the dates count from."""
        self.overview.today = today
        self.group.today = today
        self.overview.reload()

    # --- shell hooks ----------------------------------------------------------------------
    def on_shown(self) -> None:
        if self.stack.currentWidget() is self.overview:
            self.overview.reload()
            self.overview.focus_search()

    def can_close(self) -> bool:
        return self._may_leave()

    def message(self, text: str) -> None:
        """A quiet confirmation in the window's status bar."""
        self.last_message = text
        if self.window_ is not None:
            self.window_.show_message(text)

    @property
    def group_open(self) -> bool:
        return self.stack.currentWidget() is self.group_scroll

    # --- moving around --------------------------------------------------------------------
    def _may_leave(self) -> bool:
        """False when the user chose to stay with an unsaved profile or a cash entry not posted."""
        group = self.group
        pending = group.profile if group.profile.dirty else group.cash if group.cash.has_typing() else None
        if not self.group_open or pending is None:
            return True
        answer = dialogs.ask_unsaved(self)
        if answer == "save":
            group.tabs.setCurrentWidget(pending)
            return group.profile.save() if pending is group.profile else group.cash.post()
        if answer == "discard":
            group.profile.dirty = False
            group.cash.clear_form()
            return True
        group.tabs.setCurrentWidget(pending)
        return False

    def open_group(self, group_id: str) -> None:
        if not self._may_leave():
            return
        self.group.open_group(group_id)
        self.stack.setCurrentWidget(self.group_scroll)
        self.group.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_group(self) -> None:
        if not self._may_leave():
            return
        self.group.start_new()
        self.stack.setCurrentWidget(self.group_scroll)
        self.group.profile.editors["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def new_record(self) -> None:
        if self.group_open:
            self.group.new_record()
        else:
            self.new_group()

    def back_to_list(self) -> None:
        if not self._may_leave():
            return
        selected = self.group.group_id
        self.stack.setCurrentWidget(self.overview)
        self.overview.reload(select=selected)
        self.overview.focus_search()

    def find(self) -> None:
        if self.group_open:
            self.back_to_list()
        if not self.group_open:
            self.overview.focus_search()

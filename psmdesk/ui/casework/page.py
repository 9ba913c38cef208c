"""Pendampingan: the page the shell shows. Cases (list, then one case), the welfare indicators
of an RW, and the PSM registry."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from psmdesk.services import casework as svc
from psmdesk.services.context import AppContext
from psmdesk.ui.casework.case_list import CaseList
from psmdesk.ui.casework.case_view import CaseView
from psmdesk.ui.casework.new_case import NewCaseDialog
from psmdesk.ui.casework.registry_view import RegistryView
from psmdesk.ui.casework.rw_welfare import RwWelfareView

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow


class CaseworkPage(QWidget):
    def __init__(self, ctx: AppContext, window: MainWindow | None = None) -> None:
        super().__init__()
        self.setObjectName("CaseworkPage")
        self.ctx, self.window_ = ctx, window
        self.today = date.today()
        self.last_message = ""
        self.cases = CaseList(ctx)
        self.case = CaseView(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.cases)
        self.stack.addWidget(self.case)
        self.registry = RegistryView(ctx)
        self.rw_welfare = RwWelfareView(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.stack, self.tr("Cases"))
        self.tabs.addTab(self.rw_welfare, self.tr("RW welfare indicators"))
        self.tabs.addTab(self.registry, self.tr("PSM registry"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.cases.open_requested.connect(self.open_case)
        self.cases.new_requested.connect(self.new_case)
        self.case.back_requested.connect(self.back_to_list)
        self.case.message.connect(self.message)
        self.registry.message.connect(self.message)
        self.rw_welfare.message.connect(self.message)
        for keys, slot in (("Ctrl+N", self.new_record), ("Ctrl+F", self.find), ("Ctrl+S", self.case.save)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.reload()

    def set_today(self, today: date) -> None:
        self.today = self.case.today = self.registry.today = self.rw_welfare.today = today

    def reload(self) -> None:
        svc.publish_shared_notes(self.ctx)  # the office may have turned sharing on for a case
        self.cases.reload()
        self.registry.reload()
        self.rw_welfare.reload()

    def on_shown(self) -> None:
        self.reload()
        if self.stack.currentWidget() is self.cases:
            self.cases.focus_search()

    def can_close(self) -> bool:
        return True

    def message(self, text: str) -> None:
        self.last_message = text
        if self.window_ is not None:
            self.window_.show_message(text)

    def open_case(self, case_id: str) -> None:
        self.case.open_case(case_id)
        self.tabs.setCurrentIndex(0)
        self.stack.setCurrentWidget(self.case)

    def new_record(self) -> None:
        """Ctrl+N: a new volunteer on the registry tab (coordinator), else a new case."""
        if self.tabs.currentWidget() is self.registry:
            self.registry.add_volunteer()
        elif self.tabs.currentWidget() is self.stack:
            self.new_case()

    def new_case(self) -> None:
        dialog = NewCaseDialog(self.ctx, self.today, self)
        if dialog.exec() and dialog.case_id:
            self.cases.reload()
            self.open_case(dialog.case_id)

    def back_to_list(self) -> None:
        self.stack.setCurrentWidget(self.cases)
        self.cases.reload()
        self.cases.focus_search()

    def find(self) -> None:
        self.back_to_list()

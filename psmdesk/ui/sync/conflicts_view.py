"""Konflik: the open queue on the left, the chosen conflict on the right. A decided conflict
leaves the queue (the database keeps it with both values)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain.issues import ValidationFailed
from psmdesk.services import conflicts as service
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.setup import reference_list
from psmdesk.storage.errors import StorageError
from psmdesk.ui.errors import show_problem
from psmdesk.ui.households.labels import field_title
from psmdesk.ui.style import label
from psmdesk.ui.sync.conflict_detail import ConflictDetail

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole
LIST_WIDTH = 330


class ConflictsPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_ = window
        self.setObjectName("ConflictsPanel")
        self.conflicts: list[service.ConflictView] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)
        self.count = label("", "subheading", wrap=True)
        self.count.setObjectName("ConflictCount")
        outer.addWidget(self.count)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.list = QListWidget()
        self.list.setObjectName("ConflictList")
        self.list.setFixedWidth(LIST_WIDTH)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._show_row)
        row.addWidget(self.list)
        references = {name: dict(reference_list(ctx, name, active_only=False)) for name in ("ppks", "programme")}
        self.detail = ConflictDetail(references)
        self.detail.resolve.connect(self.resolve)
        row.addWidget(self.detail, 1)

        self.empty = label(self.tr("No conflicts. All the data agrees."), "subheading", wrap=True)
        self.empty.setObjectName("EmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(body)
        self.stack.addWidget(self.empty)
        outer.addWidget(self.stack, 1)
        self.body = body
        self.refresh()

    def refresh(self, keep_row: int | None = None) -> None:
        self.conflicts = service.list_open(self.ctx)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            what = self.tr("deleted versus edited") if conflict.kind == "delete" else field_title(conflict.field)
            item = QListWidgetItem(f"{conflict.record_label}\n{what}")
            item.setData(ID_ROLE, conflict.id)
            item.setSizeHint(QSize(LIST_WIDTH - 24, 54))
            self.list.addItem(item)
        self.list.blockSignals(False)
        total = len(self.conflicts)
        self.count.setText(self.tr("%1 conflict(s) waiting for a decision").replace("%1", str(total)))
        self.count.setVisible(bool(total))
        self.stack.setCurrentWidget(self.body if total else self.empty)
        if total:
            row = min(keep_row if keep_row is not None else 0, total - 1)
            self.list.setCurrentRow(row)
            self._show_row(row)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.conflicts):
            self.detail.show_conflict(self.conflicts[row])

    def resolve(self, conflict_id: int, use_other: bool, typed: object, comment: str) -> None:
        row = self.list.currentRow()
        try:
            service.resolve(self.ctx, conflict_id, use_other=use_other,
                            typed=typed if isinstance(typed, str) else None, comment=comment)
        except ValidationFailed as exc:
            show_problem(self, "\n".join(issue.message for issue in exc.issues))
            return
        except (UserError, StorageError) as exc:
            show_problem(self, str(exc))
            self.refresh(row)
            return
        self.refresh(row)
        self.changed.emit()
        left = len(self.conflicts)
        self.window_.show_message(self.tr("Conflict decided. %1 left.").replace("%1", str(left)) if left
                                  else self.tr("Conflict decided. None left."))
        (self.list if self.conflicts else self.empty).setFocus()

"""Pengaturan > Daftar Rujukan: the coordinator renames, adds, orders and (de)activates the items
of the editable lists; a volunteer sees them read-only (the office maintains them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from psmdesk.domain.issues import ValidationFailed
from psmdesk.domain.profile import Role
from psmdesk.services import reference_lists as svc
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.ui.i18n import translate
from psmdesk.ui.style import ERROR, label

CODE_ROLE = Qt.ItemDataRole.UserRole


def _titles() -> list[tuple[str, str]]:
    return [("ppks", translate("ReferenceLists", "PPKS categories")),
            ("programme", translate("ReferenceLists", "Social programmes")),
            ("kube_business", translate("ReferenceLists", "KUBE business types")),
            ("kube_stage", translate("ReferenceLists", "KUBE development stages"))]


class ReferenceListsCard(QFrame):
    def __init__(self, ctx: AppContext, say: Callable[[str], None]) -> None:
        super().__init__()
        self.ctx, self.say = ctx, say
        # Separate so tests can answer it instead of a modal dialog: (text, accepted).
        self.ask_text: Callable[[str, str], tuple[str, bool]] = self._ask_text
        self.setObjectName("ReferenceListsCard")
        self.setProperty("role", "card")
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 16)
        box.setSpacing(8)
        box.addWidget(label(self.tr("Reference lists"), "subheading"))
        profile = ctx.profile
        self.editable = profile is not None and profile.role is Role.KOORDINATOR
        box.addWidget(label(self.tr(
            "The lists the forms offer. Changes reach the volunteers' laptops with the office's sync bundles. "
            "An item in use is never deleted: make it inactive and it is no longer offered.") if self.editable
            else self.tr("The office maintains these lists; changes arrive with its sync bundles."), "muted",
            wrap=True))
        self.which = QComboBox()
        self.which.setObjectName("ReferenceListChoice")
        for key, title in _titles():
            self.which.addItem(title, key)
        self.which.currentIndexChanged.connect(lambda _i: self.reload())
        box.addWidget(self.which, 0, Qt.AlignmentFlag.AlignLeft)
        self.list = QListWidget()
        self.list.setObjectName("ReferenceItems")
        self.list.setMinimumHeight(220)
        self.list.setStyleSheet("QListWidget#ReferenceItems::item { padding: 6px 4px; }")  # 28 px rows
        self.list.currentRowChanged.connect(lambda _r: self._buttons())
        box.addWidget(self.list)
        self.error = label("", wrap=True)
        self.error.setStyleSheet(f"color: {ERROR};")
        self.error.hide()
        box.addWidget(self.error)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for button, action in ((self.add_button, self.add), (self.rename_button, self.rename),
                               (self.active_button, self.toggle), (self.up_button, lambda: self.move(-1)),
                               (self.down_button, lambda: self.move(1))):
            button.clicked.connect(action)
            button.setVisible(self.editable)
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.reload()

    def list_name(self) -> str:
        return str(self.which.currentData())

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        for item in svc.items(self.ctx, self.list_name()):
            text = item.label if item.active else self.tr("%1 (inactive)").replace("%1", item.label)
            row = QListWidgetItem(text)
            row.setData(CODE_ROLE, item.code)
            row.setData(CODE_ROLE + 1, item.active)
            if not item.active:
                row.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(row)
            if item.code == select:
                self.list.setCurrentItem(row)
        self._buttons()

    def _current(self) -> QListWidgetItem | None:
        return self.list.currentItem()

    def _buttons(self) -> None:
        current = self._current()
        for button in (self.rename_button, self.active_button, self.up_button, self.down_button):
            button.setEnabled(current is not None)
        if current is not None:
            self.active_button.setText(self.tr("Deactivate") if current.data(CODE_ROLE + 1) else self.tr("Activate"))

    def _ask_text(self, title: str, value: str) -> tuple[str, bool]:
        return QInputDialog.getText(self, title, self.tr("Name"), text=value)

    def _run(self, action: Callable[[], str | None], done: str) -> None:
        try:
            code = action()
        except ValidationFailed as exc:
            self.error.setText(" ".join(i.message for i in exc.issues))
            self.error.show()
            return
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        current = self._current()
        self.reload(code or (str(current.data(CODE_ROLE)) if current else None))
        self.say(done)

    def add(self) -> None:
        text, ok = self.ask_text(self.tr("New item"), "")
        if ok:
            self._run(lambda: svc.add(self.ctx, self.list_name(), text), self.tr("Added to the list."))

    def rename(self) -> None:
        current = self._current()
        if current is None:
            return
        code = str(current.data(CODE_ROLE))
        old = next(i.label for i in svc.items(self.ctx, self.list_name()) if i.code == code)
        text, ok = self.ask_text(self.tr("Rename"), old)
        if ok:
            self._run(lambda: svc.rename(self.ctx, self.list_name(), code, text) or code, self.tr("Renamed."))

    def toggle(self) -> None:
        current = self._current()
        if current is None:
            return
        code, active = str(current.data(CODE_ROLE)), bool(current.data(CODE_ROLE + 1))
        self._run(lambda: svc.set_active(self.ctx, self.list_name(), code, not active) or code,
                  self.tr("No longer offered for new entries.") if active else self.tr("Offered again."))

    def move(self, step: int) -> None:
        current = self._current()
        if current is None:
            return
        code = str(current.data(CODE_ROLE))
        self._run(lambda: svc.move(self.ctx, self.list_name(), code, step) or code, self.tr("Order changed."))

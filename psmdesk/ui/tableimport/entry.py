"""Where the wizard is opened from: an "Impor dari Excel/CSV" button beside a page's main action."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from psmdesk.services.context import AppContext
from psmdesk.ui.i18n import translate

if TYPE_CHECKING:
    from psmdesk.ui.tableimport.wizard import ImportWizard


def _layout_holding(widget: QWidget) -> QBoxLayout | None:
    parent = widget.parentWidget()
    pending = [parent.layout()] if parent is not None and parent.layout() is not None else []
    while pending:
        layout = pending.pop()
        if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
            return layout
        pending.extend(layout.itemAt(i).layout() for i in range(layout.count()) if layout.itemAt(i).layout())
    return None


class _Opener(QObject):
    """Owned by the button; holds the page's callback weakly, so a closed page is not kept alive."""

    def __init__(self, button: QPushButton, ctx: AppContext, on_imported: Callable[[], None] | None,
                 target: str) -> None:
        super().__init__(button)
        self.button = button
        self.ctx = ctx
        self.target = target
        self.callback: Callable[[], Callable[[], None] | None] | None = None
        if on_imported is not None:
            self.callback = (weakref.WeakMethod(on_imported) if hasattr(on_imported, "__self__")
                             else lambda: on_imported)

    @Slot()
    def open(self) -> None:
        open_wizard(self.ctx, self.button.window(), self.imported, self.target)

    def imported(self) -> None:
        """After an import: the page re-reads its list, the header its "n changes not sent" line."""
        callback = self.callback() if self.callback is not None else None
        if callback is not None:
            callback()
        refresh = getattr(self.button.window(), "refresh_sync_state", None)
        if callable(refresh):
            refresh()


def _tooltip(target: str) -> str:
    return {
        "roster": translate("TableImportEntry", "Load a Permakanan roster from an .xlsx or .csv file, with a preview "
                                                "first"),
        "kube-members": translate("TableImportEntry", "Load KUBE members from an .xlsx or .csv file, with a preview "
                                                      "first"),
        "psm": translate("TableImportEntry", "Load the PSM registry from an .xlsx or .csv file, with a preview first"),
    }.get(target) or translate("TableImportEntry", "Load households from an .xlsx or .csv file, with a preview first")


def add_import_button(beside: QWidget | QBoxLayout, ctx: AppContext, on_imported: Callable[[], None] | None = None,
                      target: str = "households") -> QPushButton:
    """Puts the button left of `beside` (e.g. "Tambah keluarga") in the same row, or at the end
    of `beside` when it is a layout (a row with no room left); the wizard opens with `target`
    (the page's own kind of data) chosen."""
    button = QPushButton(translate("TableImportEntry", "Import from Excel/CSV…"))
    button.setObjectName("ImportFromSpreadsheet")
    button.setToolTip(_tooltip(target))
    button.clicked.connect(_Opener(button, ctx, on_imported, target).open)
    if isinstance(beside, QBoxLayout):
        beside.addWidget(button)
        return button
    layout = _layout_holding(beside)
    if layout is not None:
        layout.insertWidget(layout.indexOf(beside), button)
    return button


def open_wizard(ctx: AppContext, parent: QWidget | None,
                on_imported: Callable[[], None] | None = None, target: str = "households") -> ImportWizard:
    from psmdesk.ui.tableimport.wizard import open_import_wizard

    return open_import_wizard(ctx, parent, on_imported, target)

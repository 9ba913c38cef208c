"""Helpers for the KUBE screen tests: households to choose members from, typing like a
volunteer, and answering the modal dialogs the screens open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget

from psmdesk.datagen.households import HouseholdGenerator
from psmdesk.services.context import AppContext
from psmdesk.services.households import save_household

TODAY = date(2026, 11, 22)
JOHAR_BARU = "31.71.08.1001"


def working_age_households(ctx: AppContext, count: int, seed: int = 3) -> list[str]:
    """Households whose heads are 25-60, so only the warnings a test aims at fire."""
    ids: list[str] = []
    for h in HouseholdGenerator(seed, [JOHAR_BARU], TODAY).households(count * 4):
        birth = h.members[0].birth_date
        if birth and 25 <= (TODAY - birth).days // 365 <= 60 and len(ids) < count:
            ids.append(save_household(ctx, h, confirmed=True, today=TODAY))
    assert len(ids) == count
    return ids


def choose(combo: QComboBox, code: str) -> None:
    """Picks an item the way a user does (activated fires, unlike setCurrentIndex)."""
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def in_dialog(name: str, action: Callable[[QWidget], None]) -> list[QWidget]:
    """Runs `action` on the modal dialog called `name` as soon as it is open (dialogs block the
    test while open, so the answer is scheduled before the click that opens them)."""
    seen: list[QWidget] = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != name:
            QTimer.singleShot(10, handle)
            return
        seen.append(dialog)
        action(dialog)

    QTimer.singleShot(0, handle)
    return seen


def click(dialog: QWidget, button: str) -> None:
    found = dialog.findChild(QPushButton, button)
    assert found is not None, button
    found.click()

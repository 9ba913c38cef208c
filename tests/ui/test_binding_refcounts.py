"""The Qt binding must not leak or steal references to Python's singletons. On Python 3.11 None,
True and False are ordinary objects: a binding that drops one reference per call (PySide6 6.12.0
did, for every method returning nothing) kills the app with "none_dealloc" after a volunteer's
few thousand keystrokes. Each call below is one the forms make on every keystroke."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget


def test_a_long_day_of_typing_keeps_none_true_and_false_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    edit, other, box = QLineEdit(parent), QLineEdit(parent), QCheckBox(parent)
    before = {name: sys.getrefcount(value) for name, value in (("None", None), ("True", True), ("False", False))}
    for i in range(200):  # enough to see a leak, too few to exhaust None (which would abort pytest)
        edit.setText(f"Siti {i}")
        edit.setStyleSheet("")
        edit.setToolTip("")
        QWidget.setTabOrder(edit, other)
        box.setChecked(i % 2 == 0)
        assert isinstance(box.isChecked(), bool)
    after = {name: sys.getrefcount(value) for name, value in (("None", None), ("True", True), ("False", False))}
    for name, count in before.items():
        # Immortal on 3.12+ (a huge constant); on 3.11 a few references may come and go, not hundreds.
        assert abs(after[name] - count) < 100, f"{name}: {count} -> {after[name]} references"

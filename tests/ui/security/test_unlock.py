"""The unlock screen at start, the recovery code when the password is forgotten, and the idle
lock over an open form: what a volunteer sees, in Indonesian, and that nothing typed is lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from psmdesk.paths import AppPaths
from psmdesk.services import security
from psmdesk.services.context import AppContext
from psmdesk.services.setup import setup
from psmdesk.ui.security.idle_lock import Curtain
from psmdesk.ui.security.unlock import MAX_TRIES, UnlockDialog

PASSWORD = "nasi uduk betawi"


@pytest.fixture
def protected(tmp_path: Path) -> tuple[AppPaths, str]:
    paths = AppPaths.resolve(tmp_path / "data")
    ctx, code = security.protect(paths, PASSWORD)
    setup(ctx, "relawan", "Sari Wulandari", "31.71.08.1001")
    ctx.close()
    return paths, code


@pytest.fixture
def unlock(qtbot, protected: tuple[AppPaths, str], indonesian: None) -> UnlockDialog:  # type: ignore[no-untyped-def]
    dialog = UnlockDialog(protected[0], holder="Sari Wulandari")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_a_wrong_password_is_refused_in_indonesian_and_the_right_one_opens_the_data(
        qtbot, unlock: UnlockDialog, protected: tuple[AppPaths, str]) -> None:  # type: ignore[no-untyped-def]
    assert unlock.windowTitle() == "Buka PSM Desk" and unlock.passphrase.edit.hasFocus()
    qtbot.keyClick(unlock.passphrase.edit, Qt.Key.Key_Return)
    assert unlock.passphrase.error.text() == "Ketik kata sandi Anda." and unlock.key is None
    _type(qtbot, unlock.passphrase.edit, "salah sekali")
    qtbot.keyClick(unlock.passphrase.edit, Qt.Key.Key_Return)
    assert unlock.passphrase.error.isVisible() and "salah" in unlock.passphrase.error.text().lower()
    assert unlock.key is None and unlock.isVisible()
    _type(qtbot, unlock.passphrase.edit, PASSWORD)
    qtbot.keyClick(unlock.passphrase.edit, Qt.Key.Key_Return)
    assert unlock.result() == UnlockDialog.DialogCode.Accepted and unlock.key is not None
    assert unlock.passphrase.text() == ""  # the password is not kept in the widget
    ctx = security.open_unlocked(protected[0], PASSWORD)
    try:
        assert ctx.key == unlock.key
    finally:
        ctx.close()


def test_five_wrong_tries_rest_the_button(qtbot, unlock: UnlockDialog) -> None:  # type: ignore[no-untyped-def]
    for _ in range(MAX_TRIES):
        _type(qtbot, unlock.passphrase.edit, "bukan ini")
        unlock.try_unlock()
    assert not unlock.unlock_button.isEnabled() and unlock.rest_timer.isActive()
    assert "30 detik" in unlock.passphrase.error.text()
    _type(qtbot, unlock.passphrase.edit, PASSWORD)
    unlock.try_unlock()  # resting: even the right password waits
    assert unlock.key is None
    unlock.rest_timer.timeout.emit()
    assert unlock.unlock_button.isEnabled()
    unlock.try_unlock()
    assert unlock.key is not None


def test_the_recovery_code_sets_a_new_password_and_is_replaced(
        qtbot, unlock: UnlockDialog, protected: tuple[AppPaths, str]) -> None:  # type: ignore[no-untyped-def]
    paths, code = protected
    shown: list[str] = []
    unlock.show_new_code = shown.append  # type: ignore[method-assign]
    unlock.show_recovery()
    assert unlock.code.hasFocus()
    _type(qtbot, unlock.code, code.replace("-", " ").lower())  # dashes and case do not matter
    _type(qtbot, unlock.new_passphrase.edit, "teh manis hangat")
    _type(qtbot, unlock.confirm.edit, "teh manis beda")
    unlock.try_recover()
    assert unlock.confirm.error.isVisible() and unlock.key is None  # the two do not match
    _type(qtbot, unlock.confirm.edit, "teh manis hangat")
    unlock.try_recover()
    assert unlock.key is not None and len(shown) == 1 and shown[0] != code
    assert security.unlock(paths, "teh manis hangat") == unlock.key
    with pytest.raises(Exception, match="salah|Salah"):
        security.unlock(paths, PASSWORD)


@pytest.fixture
def locked_window(qtbot, protected: tuple[AppPaths, str], indonesian: None) -> Iterator[tuple[object, AppContext]]:  # type: ignore[no-untyped-def]
    from psmdesk.app import build_main_window

    ctx = security.open_unlocked(protected[0], PASSWORD)
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    yield window, ctx
    window.close()
    ctx.close()


def test_the_idle_lock_covers_an_open_form_and_keeps_what_was_typed(
        qtbot, locked_window: tuple[object, AppContext], monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from psmdesk.ui.households import dialogs

    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent: "discard")  # closing the window at the end
    window, ctx = locked_window
    page = window.open_page("households")  # type: ignore[attr-defined]
    page.new_record()
    form = page.form
    street = form.address.street
    street.setText("Jl. Kenari II No. 12")
    lock = window.idle_lock  # type: ignore[attr-defined]
    assert lock.enabled and lock.timer.isActive()  # the idle time counts (Pengaturan: 10 minutes)
    seen: dict[str, object] = {}

    def answer() -> bool:
        curtains = [w for w in QApplication.allWidgets() if isinstance(w, Curtain) and w.isVisible()]
        seen["covered"] = bool(curtains) and all(c.geometry() == c.parentWidget().rect() for c in curtains)
        dialog = UnlockDialog(ctx.paths, expected_key=ctx.key, parent=window)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        seen["title"] = dialog.windowTitle()
        dialog.passphrase.edit.setText(PASSWORD)
        dialog.try_unlock()
        return dialog.key == ctx.key

    lock.ask = answer
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L locks at once
    assert seen == {"covered": True, "title": "PSM Desk terkunci"}
    assert not any(isinstance(w, Curtain) and w.isVisible() for w in QApplication.allWidgets())
    assert street.text() == "Jl. Kenari II No. 12" and window.isVisible()  # type: ignore[attr-defined]

"""The erase-on-request action of the household form: the menu, the dialog's typed confirmation,
and that the household leaves the lists (and the undo list) for good."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPushButton

from psmdesk.domain.erasure import ERASURE_REASON
from psmdesk.services.context import AppContext
from psmdesk.ui.households.dialogs import EraseDialog
from psmdesk.ui.households.page import HouseholdsPage
from tests.ui.households.helpers import answer, make_household

SHOTS = Path(os.environ.get("PSMDESK_SHOTS", "/tmp/psmdesk-shots"))


def test_the_dialog_needs_a_reason_and_the_typed_name(qtbot, indonesian) -> None:
    dialog = EraseDialog([("m1", "Siti Aminah"), ("m2", "Rizky Pratama")], "Siti Aminah")
    qtbot.addWidget(dialog)
    dialog.resize(1366 // 2, 520)
    dialog.show()
    assert dialog.windowTitle() == "Hapus data pribadi atas permintaan"
    texts = " ".join(w.text() for w in dialog.findChildren(type(dialog.mismatch)))
    assert "tidak dapat dibatalkan" in texts
    assert not dialog.erase.isEnabled()
    dialog.who.setCurrentIndex(2)
    dialog.reason.setText("permintaan tertulis 12/03/2026")
    dialog.confirm.setText("Siti Aminah")
    assert not dialog.erase.isEnabled() and dialog.mismatch.text()
    dialog.confirm.setText("rizky  pratama")
    assert dialog.erase.isEnabled()
    assert dialog.answer() == ("members", "m2", "permintaan tertulis 12/03/2026", "rizky  pratama")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "erase_dialog.png"))


def test_erasing_from_the_form_menu(qtbot, page: HouseholdsPage, ready_ctx: AppContext) -> None:
    hid = make_household(ready_ctx, "Budi Santoso", "3171081405710001")
    page.open_household(hid)
    assert page.form.more_button.isVisible()

    def fill(dialog) -> None:  # noqa: ANN001
        dialog.findChild(QLineEdit, "EraseReason").setText("permintaan lisan")
        dialog.findChild(QLineEdit, "EraseConfirm").setText("Budi Santoso")
        assert dialog.findChild(QPushButton, "ConfirmErase").isEnabled()

    answer("ConfirmErase", fill)
    page.form.erase_action.trigger()
    qtbot.waitUntil(lambda: not page.form_open)
    row = ready_ctx.db.execute("SELECT deleted_reason, no_kk FROM households WHERE id = ?", [hid]).fetchone()
    assert row == (ERASURE_REASON, None)
    page.list.deleted.setChecked(True)  # not even among the deleted ones: there is nothing to restore
    assert page.model.rowCount() == 0


def test_a_member_card_offers_erasing_that_person(qtbot, page: HouseholdsPage, ready_ctx: AppContext) -> None:
    from PySide6.QtWidgets import QComboBox

    from psmdesk.ui.households.member_card import MemberCard

    hid = make_household(ready_ctx, "Budi Santoso", "3171081405710001")
    page.open_household(hid)
    card = page.form.findChildren(MemberCard)[0]
    assert [a.objectName() for a in card.erase_menu().actions()] == ["EraseMember"]
    chosen: list[object] = []
    answer("EraseCancel", lambda dialog: chosen.append(dialog.findChild(QComboBox, "EraseWho").currentData()))
    card.request_erasure()
    assert chosen == [card.member_id]
    assert page.form_open  # cancelled: nothing happened
    assert ready_ctx.db.execute("SELECT deleted_at FROM members WHERE id = ?", [card.member_id]).fetchone()[0] is None

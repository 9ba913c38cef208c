from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from psmdesk.domain.profile import Role
from psmdesk.services.context import AppContext
from psmdesk.ui.setup.wizard import SetupWizard


def _show(qtbot, widget) -> None:
    # Shortcuts (Ctrl+S, Esc) only reach the active window.
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def _type(qtbot, widget, text: str, end=Qt.Key.Key_Tab) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, end)


def test_wizard_completes_from_the_keyboard(qtbot, ctx: AppContext) -> None:
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    _show(qtbot, wizard)
    form = wizard.form
    assert form.region.combos[0].currentText() == "DKI Jakarta"  # the default the first time

    _type(qtbot, form.name, "sari wulandari")
    _type(qtbot, form.phone, "0812 3456 7890")
    _type(qtbot, form.region.combos[1].lineEdit(), "jakarta pusat")
    _type(qtbot, form.region.combos[2].lineEdit(), "johar")
    form.region.combos[3].lineEdit().setFocus()
    qtbot.keyClicks(form.region.combos[3].lineEdit(), "Johar Baru")
    with qtbot.waitSignal(wizard.finished, timeout=3000):
        qtbot.keyClick(form.region.combos[3].lineEdit(), Qt.Key.Key_Return)

    assert wizard.result() == QDialog.DialogCode.Accepted
    profile = ctx.profile
    assert profile is not None
    assert profile.role is Role.RELAWAN
    assert profile.name == "Sari Wulandari"
    assert profile.kelurahan_code == "31.71.08.1001"
    assert wizard.fill_demo_requested  # ticked by default for a volunteer


def test_invalid_name_shows_inline_error_and_blocks(qtbot, ctx: AppContext) -> None:
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    _show(qtbot, wizard)
    wizard.form.name.setText("Sari 2")
    wizard.form.region.set_code("31.71.08.1001")
    qtbot.keyClick(wizard.form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert wizard.isVisible()
    assert wizard.form.name_error.isVisible()
    assert "angka" in wizard.form.name_error.text()
    assert wizard.form.name.property("invalid") is True
    assert ctx.profile is None


def test_missing_village_is_reported_under_the_picker(qtbot, ctx: AppContext) -> None:
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.form.name.setText("Sari Wulandari")
    wizard.submit()
    assert not wizard.form.region_error.isHidden()
    assert "kelurahan" in wizard.form.region_error.text().lower()
    assert ctx.profile is None


def test_coordinator_gets_office_field_and_no_sample_data(qtbot, ctx: AppContext) -> None:
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    assert wizard.form.office.isHidden()
    wizard.form.koordinator.setChecked(True)
    assert not wizard.form.office.isHidden()
    assert not wizard.fill_demo_requested
    wizard.form.name.setText("Budi Santoso")
    wizard.form.office.setText("Dinas Sosial DKI Jakarta")
    wizard.form.region.set_code("31.71.08.1002")
    wizard.submit()
    assert ctx.profile is not None
    assert ctx.profile.role is Role.KOORDINATOR
    assert ctx.profile.office_name == "Dinas Sosial DKI Jakarta"


def test_escape_cancels_without_storing(qtbot, ctx: AppContext) -> None:
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    _show(qtbot, wizard)
    wizard.form.name.setText("Sari Wulandari")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert ctx.profile is None


def test_a_warning_is_shown_in_amber_and_confirmed_by_saving_again(qtbot, ctx: AppContext) -> None:
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.form.name.setText("Sari Wulandari")
    wizard.form.phone.setText("0870 1234 5678")  # no operator uses this prefix
    wizard.form.region.set_code("31.71.08.1001")
    wizard.submit()
    assert ctx.profile is None
    assert not wizard.form.phone_error.isHidden()
    assert wizard.form.phone_error.property("role") == "warning"
    assert wizard.save_button.text() == "Save anyway"
    wizard.submit()
    assert ctx.profile is not None and ctx.profile.phone == "0870-1234-5678"


def test_editing_after_a_warning_asks_again(qtbot, ctx: AppContext) -> None:
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.form.name.setText("Sari Wulandari")
    wizard.form.phone.setText("0870 1234 5678")
    wizard.form.region.set_code("31.71.08.1001")
    wizard.submit()
    qtbot.keyClicks(wizard.form.phone, "9")
    assert wizard.save_button.text() == "Save"
    wizard.submit()
    assert ctx.profile is None  # the changed number is checked and warned about again

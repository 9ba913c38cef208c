"""The whole KUBE story by keyboard and mouse: a new group, ten families with officers, the
warnings, a grant, an activity, cash entries, and a wrong entry reversed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from psmdesk.datagen.households import HouseholdGenerator
from psmdesk.domain.kube import GroupInput, KubeMemberInput
from psmdesk.services import kube as service
from psmdesk.services import kube_book as book
from psmdesk.services.households import save_household
from psmdesk.ui.kube.page import KubePage
from tests.ui.kube.helpers import JOHAR_BARU, TODAY, choose, click, in_dialog, type_into, working_age_households

CTRL = Qt.KeyboardModifier.ControlModifier


def new_group(qtbot, page: KubePage, name: str = "KUBE Rempeyek Johar") -> str:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page.overview.search, Qt.Key.Key_N, CTRL)
    assert page.group_open
    profile = page.group.profile
    assert QApplication.focusWidget() is profile.editors["name"]
    type_into(qtbot, profile.editors["name"], name)
    choose(profile.editors["business_type"], "kuliner")
    type_into(qtbot, profile.editors["rw"], "5")
    type_into(qtbot, profile.editors["founded_on"], "01/03/2026")
    qtbot.keyClick(profile.editors["rw"], Qt.Key.Key_S, CTRL)
    assert page.group.group_id is not None, page.group.profile.problems.text()
    return page.group.group_id


def add_family(page: KubePage, household_id: str, role: str = "anggota", confirm: bool = False) -> list[QWidget]:
    def act(dialog: QWidget) -> None:
        families = dialog.families  # type: ignore[attr-defined]
        rows = [r for r in range(families.count()) if families.item(r).data(Qt.ItemDataRole.UserRole) == household_id]
        families.setCurrentRow(rows[0])
        choose(dialog.editors["role"], role)  # type: ignore[attr-defined]
        click(dialog, "SaveMember")

    in_dialog("KubeMemberDialog", act)
    confirmed = in_dialog("KubeConfirmDialog", lambda d: click(d, "SaveAnyway")) if confirm else []
    page.group.members.add_button.click()
    return confirmed


def reactivate(qtbot, page: KubePage) -> None:  # type: ignore[no-untyped-def]
    """Offscreen Qt does not give the window its activation back after a dialog; shortcuts
    only reach an active window."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the closed dialog is still "active"
    with qtbot.waitActive(page):
        page.activateWindow()


def warnings_shown(page: KubePage) -> list[str]:
    panel = page.group.members.warnings
    return panel.messages if panel.isVisible() else []


def test_group_with_ten_families_grant_activity_and_a_reversed_entry(qtbot, kube_page: KubePage) -> None:
    page, ctx = kube_page, kube_page.ctx
    homes = working_age_households(ctx, 11)
    page.on_shown()
    assert "No KUBE groups yet" in page.overview.empty.text()
    group_id = new_group(qtbot, page)
    assert "KUBE Rempeyek Johar" in page.last_message
    assert page.group.tabs.currentWidget() is page.group.members

    # Four families and no officers yet: the warnings say so, in amber.
    for hid in homes[:4]:
        add_family(page, hid)
    shown = warnings_shown(page)
    assert any("baru 4 keluarga" in m for m in shown) and any("Belum ada ketua" in m for m in shown)

    for hid, role in zip(homes[4:10], ["ketua", "sekretaris", "bendahara", "anggota", "anggota", "anggota"],
                         strict=True):
        add_family(page, hid, role)
    assert page.group.members.model.rowCount() == 10
    assert warnings_shown(page) == []

    # A second ketua is flagged; so is a family that is also in another KUBE (asked first).
    members = page.group.members
    members.table.selectRow(8)
    in_dialog("KubeMemberDialog", lambda d: (choose(d.editors["role"], "ketua"), click(d, "SaveMember")))
    members.edit_button.click()
    assert any("Ketua lebih dari satu" in m for m in warnings_shown(page))
    other = service.save_group(ctx, GroupInput(name="KUBE Lain", business_type="jasa", kelurahan_code=JOHAR_BARU,
                                               founded_on=date(2026, 1, 1), stage="penumbuhan"), today=TODAY)
    service.save_member(ctx, KubeMemberInput(group_id=other, household_id=homes[10]), today=TODAY)
    [asked] = add_family(page, homes[10], confirm=True)
    assert any("KUBE Lain" in text.text() for text in asked.findChildren(QLabel))
    assert any("juga anggota KUBE Lain" in m for m in warnings_shown(page))
    assert "\u26a0" in page.group.attention.text()

    # The grant, written into the cash book as income.
    page.group.tabs.setCurrentWidget(page.group.grants)
    def grant(dialog: QWidget) -> None:
        choose(dialog.editors["source"], "kemensos")  # type: ignore[attr-defined]
        dialog.editors["amount"].setText("20.000.000")  # type: ignore[attr-defined]
        dialog.editors["in_kind"].setText("Wajan dan kompor")  # type: ignore[attr-defined]
        click(dialog, "SaveDialog")
    in_dialog("KubeGrantDialog", grant)
    reactivate(qtbot, page)
    page.group.grants.table.setFocus()
    qtbot.keyClick(page.group.grants.table, Qt.Key.Key_N, CTRL)
    assert page.group.grants.model.rowCount() == 1
    assert "Rp20.000.000" in page.group.grants.total.text()

    # An activity: every active family is ticked as having taken part.
    page.group.tabs.setCurrentWidget(page.group.activities)
    def activity(dialog: QWidget) -> None:
        choose(dialog.editors["kind"], "pelatihan_produksi")  # type: ignore[attr-defined]
        dialog.editors["topic"].setText("Rempeyek renyah tahan lama")  # type: ignore[attr-defined]
        dialog.editors["result"].setPlainText("Semua bisa membuat adonan")  # type: ignore[attr-defined]
        dialog.editors["obstacles"].setPlainText("Kacang mahal")  # type: ignore[attr-defined]
        click(dialog, "SaveDialog")
    in_dialog("KubeActivityDialog", activity)
    page.group.activities.findChild(QWidget, "AddActivity").click()
    [saved] = service.activities(ctx, group_id)
    assert len(saved.participants) == 11 and saved.obstacles == "Kacang mahal"

    # Cash entries typed into the book; an empty amount is refused in red, under the field.
    page.group.tabs.setCurrentWidget(page.group.cash)
    reactivate(qtbot, page)
    cash = page.group.cash
    assert cash.model.rowCount() == 1  # the grant
    choose(cash.editors["category"], "bahan_baku")
    assert cash.editors["direction"].value() == "out"  # what a purchase usually is
    type_into(qtbot, cash.editors["description"], "Belanja kacang tanah")
    qtbot.keyClick(cash.editors["description"], Qt.Key.Key_S, CTRL)
    assert cash.boxes["amount"].issue is not None and cash.boxes["amount"].issue.is_error
    assert cash.model.rowCount() == 1
    type_into(qtbot, cash.editors["amount"], "350000")
    qtbot.keyClick(cash.editors["amount"], Qt.Key.Key_S, CTRL)
    assert cash.model.rowCount() == 2 and "Rp350.000" in page.last_message
    for amount, text in (("1.500.000", "Jual rempeyek 30 bungkus"), ("150.000", "Jual rempeyek 30 bungkus")):
        choose(cash.editors["category"], "penjualan")
        type_into(qtbot, cash.editors["amount"], amount)
        type_into(qtbot, cash.editors["description"], text)
        qtbot.keyClick(cash.editors["description"], Qt.Key.Key_S, CTRL)
    assert book.balance(ctx, group_id) == 20_000_000 - 350_000 + 1_500_000 + 150_000

    # The wrong one is reversed: the balance is right and the history is kept.
    wrong_row = next(r for r in range(cash.model.rowCount()) if cash.model.rows[r][3].text == "Rp1.500.000")
    cash.table.selectRow(wrong_row)
    def reason(dialog: QWidget) -> None:
        dialog.reason.setEditText("Salah ketik, seharusnya Rp150.000")  # type: ignore[attr-defined]
        click(dialog, "ConfirmReason")
    in_dialog("KubeReasonDialog", reason)
    cash.reverse_button.click()
    assert book.balance(ctx, group_id) == 19_800_000
    assert "Rp19.800.000" in cash.balance.text()
    assert cash.model.rowCount() == 5
    wrong_row = next(r for r in range(cash.model.rowCount()) if cash.model.rows[r][3].text == "Rp1.500.000")
    assert cash.model.rows[wrong_row][1].struck and cash.model.rows[wrong_row][6].text == "Cancelled"
    assert cash.model.rows[-1][6].text == "Correction" and cash.model.rows[-1][4].text == "Rp1.500.000"
    cash.table.selectRow(wrong_row)
    assert not cash.reverse_button.isEnabled()  # once only
    months = book.monthly_summary(ctx, group_id, today=TODAY)
    assert (months[-1].income, months[-1].expense, months[-1].balance_end) == (20_150_000, 350_000, 19_800_000)
    assert cash.chart.months[-1].balance_end == 19_800_000

    # Ctrl+F: back to the overview, which shows the new group's figures.
    reactivate(qtbot, page)
    qtbot.keyClick(cash.table, Qt.Key.Key_F, CTRL)
    assert not page.group_open and QApplication.focusWidget() is page.overview.search
    row = page.overview.model.ids.index(group_id)
    cells = [c.text for c in page.overview.model.rows[row]]
    assert cells[3] == "11" and cells[6] == "Rp19.800.000" and cells[4] == "22/11/2026"


def test_an_elderly_representative_is_confirmed_first(qtbot, kube_page: KubePage) -> None:
    page, ctx = kube_page, kube_page.ctx
    elder = next(h for h in HouseholdGenerator(9, [JOHAR_BARU], TODAY).households(80)
                 if h.members[0].birth_date and (TODAY - h.members[0].birth_date).days // 365 >= 70)
    household_id = save_household(ctx, elder, confirmed=True, today=TODAY)
    page.on_shown()
    new_group(qtbot, page, "KUBE Lansia Produktif")
    [asked] = add_family(page, household_id, confirm=True)
    assert any("di luar usia kerja" in label.text() for label in asked.findChildren(QLabel))
    assert any("di luar usia kerja" in m for m in warnings_shown(page))


def test_a_typed_cash_entry_is_not_lost_when_leaving(qtbot, kube_page: KubePage) -> None:
    page, ctx = kube_page, kube_page.ctx
    group_id = service.save_group(ctx, GroupInput(name="KUBE Uji Kas", business_type="jasa", kelurahan_code=JOHAR_BARU,
                                                  founded_on=date(2026, 1, 1), stage="penumbuhan"), today=TODAY)
    page.open_group(group_id)
    page.group.tabs.setCurrentWidget(page.group.cash)
    cash = page.group.cash
    choose(cash.editors["category"], "iuran_anggota")
    type_into(qtbot, cash.editors["amount"], "50.000")
    in_dialog("KubeUnsavedDialog", lambda d: click(d, "UnsavedCancel"))
    page.group.back_button.click()
    assert page.group_open and page.group.tabs.currentWidget() is cash
    type_into(qtbot, cash.editors["description"], "Iuran Januari")
    in_dialog("KubeUnsavedDialog", lambda d: click(d, "UnsavedSave"))
    page.group.back_button.click()
    assert not page.group_open and book.balance(ctx, group_id) == 50_000

"""Helpers for the household screen tests: typing like a volunteer (key clicks, choices from
lists), answering the modal questions, and households made through the service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget

from psmdesk.domain import choices as ch
from psmdesk.domain.enums import Sex
from psmdesk.domain.household import HouseholdInput, MemberInput
from psmdesk.services.context import AppContext
from psmdesk.services.households import save_household
from psmdesk.ui.households.member_card import MemberCard
from psmdesk.ui.households.page import HouseholdsPage

JOHAR_BARU = "31.71.08.1001"
NO_KK = "3171080101200001"
# Invented people with valid NIKs of Kec. Johar Baru (317108): DDMMYY, women +40 on the day.
FAMILY = [
    ("3171081405710001", "Budi Santoso", ch.HEAD, "14/05/1971"),
    ("3171087011750002", "Siti Aminah", "istri", "30/11/1975"),
    ("3171080203050003", "Rizky Pratama", "anak", "02/03/2005"),
    ("3171085507100004", "Dewi Lestari", "anak", "15/07/2010"),
]


def choose(combo: QComboBox, code: str) -> None:
    """Picks an item the way a user does (activated fires, unlike setCurrentIndex)."""
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def fill_member(qtbot, card: MemberCard, nik: str, name: str, relation: str, birth: str = "") -> None:
    type_into(qtbot, card.editors["nik"], nik)
    type_into(qtbot, card.editors["name"], name)
    choose(card.editors["relation"], relation)
    if birth and not card.editors["birth_date"].text():
        type_into(qtbot, card.editors["birth_date"], birth)
    choose(card.editors["marital_status"], "kawin" if relation in (ch.HEAD, "istri") else "belum_kawin")


def fill_household(qtbot, page: HouseholdsPage, family: list[tuple[str, str, str, str]] = FAMILY) -> None:
    page.new_record()
    form = page.form
    type_into(qtbot, form.address.no_kk, NO_KK)
    type_into(qtbot, form.address.rt, "3")
    type_into(qtbot, form.address.rw, "5")
    type_into(qtbot, form.address.street, "Jl. Kenari II No. 12")
    for index, (nik, name, relation, birth) in enumerate(family):
        card = form.members.cards[0] if index == 0 else form.members.add_member()
        fill_member(qtbot, card, nik, name, relation, birth)


def answer(button_name: str, before: Callable[[QWidget], None] | None = None) -> list[QWidget]:
    """Clicks `button_name` in the next modal dialog; returns the dialog seen (for assertions)."""
    seen: list[QWidget] = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        seen.append(dialog)
        if before is not None:
            before(dialog)
        button = dialog.findChild(QPushButton, button_name)
        assert button is not None, button_name
        button.click()

    QTimer.singleShot(0, handle)
    return seen


def make_household(ctx: AppContext, name: str, nik: str | None, *, no_kk: str | None = None,
                   birth: date | None = None, sex: Sex = Sex.L, rw: str = "001") -> str:
    h = HouseholdInput(
        no_kk=no_kk, kelurahan_code=JOHAR_BARU, rt="001", rw=rw, street="Jl. Uji",
        members=[MemberInput(nik=nik, name=name, sex=sex, birth_date=birth, age_years=None if birth else 50,
                             relation=ch.HEAD)],
    )
    return save_household(ctx, h, confirmed=True)

"""A PSM opens a case for a street child found in outreach, takes it through every stage to
termination, and prints its report."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication

from psmdesk.domain.casework import VolunteerInput
from psmdesk.services import casework as svc
from psmdesk.services.context import AppContext
from psmdesk.ui.casework.new_case import NewCaseDialog
from psmdesk.ui.casework.page import CaseworkPage
from tests.services.test_casework_services import TODAY, street_child


@pytest.fixture
def page(qtbot, ready_ctx: AppContext):  # type: ignore[no-untyped-def]
    street_child(ready_ctx)
    widget = CaseworkPage(ready_ctx, None)
    widget.set_today(TODAY)
    qtbot.addWidget(widget)
    widget.resize(1156, 690)
    widget.show()
    return widget


def _fill(page: CaseworkPage, **texts: str) -> None:
    for key, text in texts.items():
        page.case.editors[key].setPlainText(text)


def test_open_case_through_every_stage_and_print(page: CaseworkPage, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert page.cases.empty.isVisible()

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewCaseDialog) and w.isVisible())
        dialog.search.setText("Rizky")
        dialog.institution.setText("Rumah Singgah")
        dialog.opened_on.setDate(QDate(2026, 9, 1))
        dialog.save()

    QTimer.singleShot(0, answer)
    page.new_case()
    assert page.stack.currentWidget() is page.case
    case = page.case
    assert case.bar.buttons["intake"].property("current")
    case.advance()  # the agreement is missing
    assert "Kesepakatan" in case.errors.text() and case.view is not None and case.view.stage == "intake"
    _fill(page, agreement="Bersedia didampingi")
    case.advance()
    assert case.view.stage == "asesmen" and case.bar.buttons["asesmen"].property("current")
    _fill(page, bio="a", psycho="b", social="c", spiritual="d")
    case.advance()
    assert "cara asesmen" in case.errors.text()
    case.methods["wawancara"].setChecked(True)
    case.advance()
    _fill(page, goals="Sekolah lagi", plan="Konseling")
    case.advance()
    assert case.view.stage == "intervensi"
    case.session_date.setDate(QDate(2026, 10, 1))
    case.session_note.setPlainText("Konseling pertama")
    case.add_session()
    assert case.sessions.rowCount() == 1
    case.advance()
    _fill(page, evaluation="Tercapai")
    case.advance()
    assert case.view.stage == "terminasi" and case.terminate_button.isVisible()
    _fill(page, exit_plan="Pulang ke ibu", follow_up="Kunjungan bulanan")
    case.closed_on.setDate(QDate(2026, 11, 20))
    case.terminate()
    assert case.view.closed and not case.save_button.isEnabled()

    target = tmp_path / "kasus.pdf"
    case.choose_pdf = lambda suggested: target
    case.print_report()
    assert target.exists() and "kasus.pdf" in page.last_message
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        for heading in ("1. Engagement, Intake dan Kontrak", "2. Asesmen", "3. Perencanaan Intervensi",
                        "4. Intervensi", "5. Evaluasi", "6. Terminasi"):
            assert heading in text
        assert "317108******0002" in text and "3171081505140002" not in text
    page.back_to_list()
    assert page.cases.table.rowCount() == 1 and page.cases.table.item(0, 6).text() == "•••"


def test_registry_shows_own_record(qtbot, ready_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    # As the office's registry arrives on a volunteer's laptop (the demo's way in, no role check).
    vid = svc.fill_volunteer(ready_ctx, VolunteerInput(name="Sari Wulandari", kelurahan_code="31.71.08.1001",
                                                       registered_on=date(2021, 1, 4)), today=TODAY)
    svc.fill_training(ready_ctx, vid, "Pendampingan anak jalanan", date(2024, 2, 1), "daring", today=TODAY)
    svc.fill_volunteer(ready_ctx, VolunteerInput(name="Orang Lain", kelurahan_code="31.71.08.1001"), today=TODAY)
    widget = CaseworkPage(ready_ctx, None)
    qtbot.addWidget(widget)
    widget.tabs.setCurrentWidget(widget.registry)
    assert not widget.registry.add_button.isVisibleTo(widget)  # a volunteer only reads her record
    assert widget.registry.volunteers.rowCount() == 1
    assert widget.registry.trainings.rowCount() == 1


def test_with_two_people_of_that_name_the_psm_must_pick_one(qtbot, ready_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from psmdesk.domain.enums import Sex
    from psmdesk.domain.household import HouseholdInput, MemberInput
    from psmdesk.services.households import save_household

    street_child(ready_ctx)
    save_household(ready_ctx, HouseholdInput(kelurahan_code="31.71.08.1001", rt="001", rw="001", street="Jl. Kenari",
                                             members=[MemberInput(nik="3171081203800001", name="Abdul Rizky",
                                                                  sex=Sex.L, birth_date=date(1980, 3, 12),
                                                                  relation="kepala_keluarga")]),
                   confirmed=True, today=TODAY)
    dialog = NewCaseDialog(ready_ctx, TODAY)
    qtbot.addWidget(dialog)
    dialog.search.setText("Rizky")
    assert dialog.people.count() == 2 and dialog.people.currentItem() is None
    assert "12/03/1980" in dialog.people.item(0).text()  # the birth date tells the two apart
    assert dialog.category.currentData() == ""  # no PPKS category chosen for the PSM
    dialog.save()
    assert "Pilih orang yang didampingi" in dialog.errors.text() and dialog.case_id == ""
    dialog.people.setCurrentRow(1)
    dialog.save()
    assert dialog.case_id and svc.get_case(ready_ctx, dialog.case_id).row["member_id"]

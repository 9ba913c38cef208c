"""The coordinator adds a PSM volunteer and her training to the registry and corrects her record;
a volunteer scores the welfare of an RW on Pendampingan."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.enrollment import create_enrollment
from psmdesk.services.setup import setup
from psmdesk.ui.casework.page import CaseworkPage
from psmdesk.ui.casework.welfare import IndicatorDialog
from psmdesk.ui.kube.form_dialog import FormDialog
from tests.ui.kube.helpers import choose

TODAY = date(2026, 11, 22)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[AppContext]:
    ctx = open_app(AppPaths.resolve(tmp_path / "kantor"))
    setup(ctx, "koordinator", "Dinas Sosial Jakarta Pusat", "31.71.08.1001")
    yield ctx
    ctx.close()


def page_for(qtbot, ctx: AppContext) -> CaseworkPage:  # type: ignore[no-untyped-def]
    widget = CaseworkPage(ctx, None)
    widget.set_today(TODAY)
    qtbot.addWidget(widget)
    widget.resize(1156, 690)
    widget.show()
    return widget


def answer(values: dict[str, object], saved: list[FormDialog]):  # type: ignore[no-untyped-def]
    def opener(dialog: FormDialog) -> int:
        for name, value in values.items():
            editor = dialog.editors[name]
            if hasattr(editor, "findData"):
                choose(editor, str(value))
            else:
                editor.setText(str(value))
        dialog.save()
        saved.append(dialog)
        return int(dialog.saved_id is not None)
    return opener


def test_coordinator_adds_a_volunteer_and_a_training(qtbot, office: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_enrollment(office, "Rina Marlina", ["31.71.08.1002"], tmp_path)
    page = page_for(qtbot, office)
    page.tabs.setCurrentWidget(page.registry)
    registry = page.registry
    assert registry.add_button.isVisible() and "empty" in registry.intro.text()
    dialogs: list[FormDialog] = []

    registry.open_dialog = answer({"name": "R", "kelurahan_code": "31.71.08.1002"}, dialogs)
    page.new_record()  # Ctrl+N on the registry tab
    assert dialogs and dialogs[-1].saved_id is None
    assert dialogs[-1].boxes["name"].message.text() == "Nama relawan wajib diisi."
    assert registry.volunteers.rowCount() == 0

    registry.open_dialog = answer({"name": "Rina  Marlina", "kelurahan_code": "31.71.08.1002", "role": "ketua",
                                   "registered_on": "04/01/2021", "phone": "081299887766"}, dialogs)
    registry.add_button.click()
    assert registry.volunteers.rowCount() == 1 and page.last_message == "Volunteer saved."
    cells = [registry.volunteers.item(0, c).text() for c in range(6)]
    assert cells == ["Rina Marlina", "Kampung Rawa", "Ketua PSM Kelurahan", "04/01/2021", "Aktif", "0"]

    registry.open_dialog = answer({"topic": "Pendampingan anak jalanan", "held_on": "12/05/2025",
                                   "mode": "daring"}, dialogs)
    registry.training_button.click()
    assert registry.trainings.rowCount() == 1
    assert [registry.trainings.item(0, c).text() for c in range(3)] == ["12/05/2025", "Pendampingan anak jalanan",
                                                                        "Daring"]
    assert registry.volunteers.item(0, 5).text() == "1" and page.last_message == "Training recorded."

    registry.open_dialog = answer({"status": "nonaktif"}, dialogs)
    registry.edit_button.click()
    assert registry.volunteers.item(0, 4).text() == "Nonaktif" and registry.volunteers.rowCount() == 1
    assert dialogs[-1].editors["name"].value() == "Rina Marlina"  # the form opened with her record


def test_rw_welfare_on_the_casework_page(qtbot, ready_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, ready_ctx)
    page.tabs.setCurrentWidget(page.rw_welfare)
    view = page.rw_welfare
    assert "No RW" in view.assessed.text() and not view.panel.isEnabled()
    view.rw.setText("3")
    view.show_button.click()
    assert view.panel.isEnabled() and view.rw.text() == "003"

    def opener(dialog: IndicatorDialog) -> int:  # type: ignore[override]
        dialog.scores["perumahan"].set_value("1")
        dialog.notes["perumahan"].setText("Got mampet")
        dialog.save()
        return int(dialog.saved_id is not None)

    view.panel.open_dialog = opener  # type: ignore[assignment]
    view.panel.start_button.click()
    assert view.panel.table.item(5, 1).text() == "1 - Sangat kurang"
    assert "RW 003 Johar Baru" in view.assessed.text() and page.last_message == "Welfare indicators saved."


def test_the_coordinator_turns_note_sharing_on_and_off_for_a_case(qtbot, office: AppContext,  # type: ignore[no-untyped-def]
                                                                   ready_ctx: AppContext, indonesian) -> None:
    from psmdesk.domain.casework import CaseInput
    from psmdesk.services import casework as svc
    from tests.services.test_casework_services import street_child

    case_id = svc.open_case(office, CaseInput(member_id=street_child(office), source="penjangkauan",
                                              opened_on=TODAY), today=TODAY)
    svc.save_notes(office, case_id, {"agreement": "Bersedia didampingi"})
    page = page_for(qtbot, office)
    page.open_case(case_id)
    share = page.case.share
    assert share.isVisible() and not share.isChecked()
    assert share.text() == "Bagikan catatan kasus lewat Paket Sinkron"
    shared = "SELECT COUNT(*) FROM case_notes_shared WHERE deleted_at IS NULL AND body != ''"
    share.setChecked(True)
    assert office.db.execute(shared).fetchone()[0] >= 1
    share.setChecked(False)
    assert office.db.execute(shared).fetchone()[0] == 0

    volunteer_case = svc.open_case(ready_ctx, CaseInput(member_id=street_child(ready_ctx), opened_on=TODAY),
                                   today=TODAY)
    mine = page_for(qtbot, ready_ctx)
    mine.case.open_case(volunteer_case)
    assert not mine.case.share.isVisibleTo(mine)  # a volunteer cannot decide it

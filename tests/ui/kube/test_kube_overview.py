"""The overview of groups (search, filters, the 60-day flag, the keyboard) and the profile form's
inline errors and unsaved-changes question."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from psmdesk.domain.kube import GroupInput
from psmdesk.domain.kube_cash import CashInput
from psmdesk.services import kube as service
from psmdesk.services import kube_book as book
from psmdesk.services.context import AppContext
from psmdesk.ui.kube.page import KubePage
from tests.ui.kube.helpers import JOHAR_BARU, TODAY, choose, click, in_dialog, type_into

CTRL = Qt.KeyboardModifier.ControlModifier


def make(ctx: AppContext, name: str, stage: str, *, days_quiet: int, kelurahan: str = JOHAR_BARU) -> str:
    gid = service.save_group(ctx, GroupInput(name=name, business_type="kuliner", kelurahan_code=kelurahan,
                                             founded_on=date(2025, 1, 1), stage=stage, products="Kue basah"),
                             today=TODAY)
    book.post_cash(ctx, CashInput(group_id=gid, entry_date=TODAY - timedelta(days=days_quiet), direction="in",
                                  category="iuran_anggota", amount=100_000, description="Iuran"), today=TODAY)
    return gid


def names(page: KubePage) -> list[str]:
    return [row[0].text for row in page.overview.model.rows]


def test_search_filters_and_the_sixty_day_flag(qtbot, kube_page: KubePage) -> None:
    ctx = kube_page.ctx
    make(ctx, "KUBE Mawar Kue Basah", "pengembangan", days_quiet=3)
    make(ctx, "KUBE Lele Barokah", "penumbuhan", days_quiet=90, kelurahan="31.71.08.1002")
    make(ctx, "KUBE Jahit Berkah", "mandiri", days_quiet=59)
    page = kube_page
    page.on_shown()
    assert QApplication.focusWidget() is page.overview.search
    assert names(page) == ["KUBE Jahit Berkah", "KUBE Lele Barokah", "KUBE Mawar Kue Basah"]
    flags = {row[0].text: row[7].text for row in page.overview.model.rows}
    assert flags["KUBE Lele Barokah"].startswith("\u26a0") and flags["KUBE Jahit Berkah"] == ""

    page.overview.stalled.click()
    assert names(page) == ["KUBE Lele Barokah"]
    page.overview.stalled.click()
    choose(page.overview.stage, "mandiri")
    assert names(page) == ["KUBE Jahit Berkah"]
    page.overview.stage.setCurrentIndex(0)  # "All stages"
    choose(page.overview.kelurahan, "31.71.08.1002")
    assert names(page) == ["KUBE Lele Barokah"]
    page.overview.kelurahan.setCurrentIndex(0)
    type_into(qtbot, page.overview.search, "mawar")
    qtbot.keyClick(page.overview.search, Qt.Key.Key_Return)  # applies the search and moves to the list
    assert names(page) == ["KUBE Mawar Kue Basah"] and QApplication.focusWidget() is page.overview.table
    qtbot.keyClick(page.overview.table, Qt.Key.Key_Return)
    assert page.group_open and page.group.title.text() == "KUBE Mawar Kue Basah"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not page.group_open
    page.overview.search.clear()
    type_into(qtbot, page.overview.search, "tidak ada")
    page.overview.reload()
    assert "No group matches" in page.overview.empty.text()


def test_profile_errors_are_shown_under_the_fields_and_nothing_is_saved(qtbot, kube_page: KubePage) -> None:
    page = kube_page
    page.on_shown()
    qtbot.keyClick(page.overview.search, Qt.Key.Key_N, CTRL)
    profile = page.group.profile
    type_into(qtbot, profile.editors["name"], "KU")
    type_into(qtbot, profile.editors["founded_on"], "31/02/2026")
    qtbot.keyClick(profile.editors["name"], Qt.Key.Key_S, CTRL)
    assert profile.boxes["founded_on"].issue is not None  # unreadable date, caught before the rules
    profile.editors["founded_on"].clear()
    type_into(qtbot, profile.editors["founded_on"], "01/12/2026")
    qtbot.keyClick(profile.editors["name"], Qt.Key.Key_S, CTRL)
    assert profile.boxes["name"].issue.is_error and "minimal 3 huruf" in profile.boxes["name"].message.text()
    assert "masa depan" in profile.boxes["founded_on"].message.text()
    assert QApplication.focusWidget() is profile.editors["name"]  # the first field with an error
    assert service.overview(page.ctx, today=TODAY) == []
    assert not page.group.tabs.isTabEnabled(1)  # members need a saved group

    # Leaving with unsaved typing asks first; "Cancel" stays.
    in_dialog("KubeUnsavedDialog", lambda d: click(d, "UnsavedCancel"))
    page.group.back_button.click()
    assert page.group_open
    in_dialog("KubeUnsavedDialog", lambda d: click(d, "UnsavedDiscard"))
    page.group.back_button.click()
    assert not page.group_open


def test_the_page_is_in_the_navigation_and_speaks_indonesian(window) -> None:  # type: ignore[no-untyped-def]
    page = window.open_page("kube")
    assert isinstance(page, KubePage)
    assert page.overview.new_button.text() == "Kelompok baru (Ctrl+N)"
    assert "Belum ada kelompok KUBE" in page.overview.empty.text()


def test_the_kube_list_exports_from_its_page(qtbot, kube_page, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    make(kube_page.ctx, "KUBE Mawar Kue Basah", "pengembangan", days_quiet=3)
    make(kube_page.ctx, "KUBE Jahit Berkah", "mandiri", days_quiet=70)
    kube_page.on_shown()
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    from psmdesk.ui.widgets import list_export

    monkeypatch.setattr(list_export, "ask_target", lambda parent, suggested: tmp_path / "kube.xlsx")
    monkeypatch.setattr(list_export, "tell_done", lambda parent, text: None)
    [action] = [a for a in kube_page.overview.table.actions() if a.objectName() == "ExportListAction"]
    action.trigger()
    values = [[c.value for c in row] for row in load_workbook(tmp_path / "kube.xlsx").active.iter_rows()]
    assert [row[0] for row in values[1:]] == ["KUBE Jahit Berkah", "KUBE Mawar Kue Basah"]
    assert len(values[0]) == kube_page.overview.model.columnCount()

"""Jejak Audit: the coordinator's tab on the Sinkronisasi page (hidden for a Relawan), its
filters, lazy loading, masked values and export."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.households import save_household
from psmdesk.services.setup import setup
from psmdesk.ui.audit import model as audit_model
from psmdesk.ui.audit.panel import AuditPanel
from psmdesk.ui.main_window import MainWindow
from psmdesk.ui.sync.page import SyncPage
from tests.services.test_households import TODAY, family

SHOTS = Path(os.environ.get("PSMDESK_SHOTS", "/tmp/psmdesk-shots"))
NIK = "3171080507800003"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[AppContext]:
    ctx = open_app(AppPaths.resolve(tmp_path / "kantor"))
    setup(ctx, "koordinator", "Dinas Sosial Jakarta Pusat", "31.71.08.1001")
    h = family()
    h.members[0].chronic_illness = "Kanker paru"
    save_household(ctx, h, today=TODAY)
    yield ctx
    ctx.close()


def _visible_text(panel: AuditPanel) -> str:
    m = panel.model
    return "\n".join(str(m.data(m.index(r, c))) for r in range(m.rowCount()) for c in range(m.columnCount()))


def _sync_page(qtbot, ctx: AppContext) -> tuple[MainWindow, SyncPage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.open_page("sync")
    assert isinstance(page, SyncPage)
    return window, page


def test_the_tab_is_the_coordinators_only(qtbot, office: AppContext, ready_ctx: AppContext, indonesian) -> None:
    window, page = _sync_page(qtbot, office)
    assert "Jejak Audit" in [page.tabs.tabText(i) for i in range(page.tabs.count())]
    page.tabs.setCurrentWidget(page.audit)
    assert page.audit.model.rowCount() > 0  # loaded when opened
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "audit_view.png"))
    window.close()
    volunteer_window, volunteer_page = _sync_page(qtbot, ready_ctx)
    assert "Jejak Audit" not in [volunteer_page.tabs.tabText(i) for i in range(volunteer_page.tabs.count())]
    assert not hasattr(volunteer_page, "audit")
    volunteer_window.close()


def test_masked_filtered_lazy_and_exported(qtbot, office: AppContext, tmp_path: Path, indonesian,
                                           monkeypatch) -> None:
    panel = AuditPanel(office, None)
    qtbot.addWidget(panel)
    panel.resize(1156, 640)
    panel.show()
    panel.refresh()
    text = _visible_text(panel)
    assert NIK not in text and "317108******0003" in text and "Kanker paru" not in text
    assert "(disembunyikan)" in text and "Budi Santoso" in text
    total = panel.model.rowCount()
    assert panel.count.text().endswith("entri")

    panel.table_filter.setCurrentIndex(panel.table_filter.findData("members"))
    assert 0 < panel.model.rowCount() < total
    assert {line.table for line in panel.model.lines} == {"members"}
    panel.end.setDate(QDate(2021, 1, 1))
    assert panel.model.rowCount() == 0 and panel.empty.isVisible() and not panel.export_button.isEnabled()
    panel.reset_filters()
    assert panel.model.rowCount() == total

    # Lazy: a page at a time.
    monkeypatch.setattr(audit_model, "PAGE", 10)
    panel.apply_filters()
    assert panel.model.rowCount() == 10 and panel.model.canFetchMore()
    panel.model.fetchMore()
    assert panel.model.rowCount() == 20

    out = tmp_path / "jejak"
    panel.table_filter.setCurrentIndex(panel.table_filter.findData("members"))
    panel.export_to(out)
    rows = list(csv.reader((tmp_path / "jejak.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) > 1 and NIK not in "".join(map(str, rows)) and {r[3] for r in rows[1:]} == {"members"}


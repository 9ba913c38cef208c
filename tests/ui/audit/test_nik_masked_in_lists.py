"""NIK masked wherever a list shows it: the households list, a household's history, the
coordinator's audit view and the sync conflict view (full only in the person's own form)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel

from psmdesk.services.conflicts import ConflictView
from psmdesk.services.context import AppContext
from psmdesk.services.households import history
from psmdesk.ui.households.history_view import HistoryView
from psmdesk.ui.sync.conflict_detail import ConflictDetail, mask_against
from tests.ui.households.helpers import make_household

NIK = "3171081405710001"
OTHER = "3171081505710001"


def _cells(model: QAbstractItemModel) -> Iterator[str]:
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            yield str(model.data(model.index(row, column)))


def test_households_list_masks_the_nik(qtbot, ready_ctx: AppContext) -> None:
    from psmdesk.ui.households.page import HouseholdsPage

    make_household(ready_ctx, "Budi Santoso", NIK)
    page = HouseholdsPage(ready_ctx, None)
    qtbot.addWidget(page)
    page.show_list()
    cells = list(_cells(page.model))
    assert "317108******0001" in cells and not any(NIK in c for c in cells)


def test_history_masks_the_nik(qtbot, ready_ctx: AppContext) -> None:
    hid = make_household(ready_ctx, "Budi Santoso", NIK)
    view = HistoryView()
    qtbot.addWidget(view)
    view.show_history([], history(ready_ctx, hid), {}, {})
    texts = [view.table.item(r, c).text() for r in range(view.table.rowCount()) for c in range(view.table.columnCount())
             if view.table.item(r, c)]
    assert not any(NIK in t for t in texts)


def test_conflict_view_masks_all_but_the_differing_digits(qtbot) -> None:
    assert mask_against(NIK, OTHER) == "317108*4****0001"
    assert mask_against(OTHER, NIK) == "317108*5****0001"
    assert mask_against(NIK, None) == "317108******0001"
    detail = ConflictDetail({})
    qtbot.addWidget(detail)
    detail.show_conflict(ConflictView(1, "members", "m", "nik", "field", NIK, "Sari", "", OTHER, "kantor", "",
                                      "Anggota Budi"))
    shown = detail.current_value.text() + " " + detail.other_value.text()
    assert NIK not in shown and OTHER not in shown
    assert detail.current_value.text() != detail.other_value.text()  # still tells the two apart

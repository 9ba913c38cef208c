"""Beranda's pictures: the KUBE stages and the 12-month cash trend of every group together, read
in one pass, agree with what each group's own page shows."""

from __future__ import annotations

from collections import Counter
from datetime import date

from psmdesk.domain.dates import MONTHS_ID
from psmdesk.services import kube as service
from psmdesk.services import kube_book as book
from psmdesk.services.context import AppContext
from psmdesk.services.demo import fill_demo
from psmdesk.services.report_data import home_figures

TODAY = date(2026, 11, 22)


def test_beranda_figures_match_the_groups_own_books(volunteer: AppContext) -> None:
    fill_demo(volunteer, today=TODAY)
    groups = service.overview(volunteer, today=TODAY)
    # A correction dated in a later month counts in its original's month, as on the group page.
    cassava = next(g for g in groups if g.name == "KUBE Singkong Sejahtera")
    wrong = next(line.entry for line in book.cash_book(volunteer, cassava.id)
                 if not line.reversed_by and line.reverses is None and line.entry.entry_date.month != TODAY.month)
    book.reverse_cash(volunteer, wrong.id, "salah ketik", on=TODAY, today=TODAY)

    figures = home_figures(volunteer, TODAY)
    groups = service.overview(volunteer, today=TODAY)

    per_stage = Counter(g.stage for g in groups)
    assert [(label, n) for label, n in figures.stages] == [(label, per_stage[code])
                                                           for code, label in service.stages(volunteer)]
    expected: dict[tuple[int, int], int] = {}
    for g in groups:
        summary = {(m.year, m.month): m.balance_end for m in book.monthly_summary(volunteer, g.id, today=TODAY)}
        for back in range(12):
            months = TODAY.year * 12 + TODAY.month - 1 - back
            key = (months // 12, months % 12 + 1)
            expected[key] = expected.get(key, 0) + summary.get(key, 0)
    want = [(MONTHS_ID[m - 1][:3], expected[(y, m)]) for y, m in sorted(expected)]
    assert figures.cash == want
    assert figures.cash[-1][0] == "Nov" and figures.cash[-1][1] == sum(g.balance for g in groups)


def test_no_group_means_no_cash_trend(volunteer: AppContext) -> None:
    figures = home_figures(volunteer, TODAY)
    assert figures.cash == [] and all(n == 0 for _, n in figures.stages)

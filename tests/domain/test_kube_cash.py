from __future__ import annotations

from datetime import date

from psmdesk.domain.kube import RosterEntry, is_active, is_stalled, roster_issues
from psmdesk.domain.kube_cash import (
    CashEntry,
    CashInput,
    MonthSummary,
    book_issues,
    cash_book,
    check_cash,
    check_reversal,
    monthly_summary,
    reversal_of,
)

TODAY = date(2026, 11, 22)


def entry(eid: str, day: date, direction: str, amount: int, category: str = "penjualan",
          reverses: str | None = None, at: str = "") -> CashEntry:
    return CashEntry(eid, day, direction, category, amount, "x", reverses, at or f"{day.isoformat()}T00:00:00.000Z")


def test_running_balance_follows_posting_order_and_links_the_reversal() -> None:
    a = entry("a", date(2026, 3, 2), "in", 500_000)
    wrong = entry("b", date(2026, 3, 5), "out", 1_500_000, "bahan_baku")
    fix = entry("c", date(2026, 4, 1), "in", 1_500_000, "bahan_baku", reverses="b")
    lines = cash_book([fix, wrong, a])
    assert [line.entry.id for line in lines] == ["a", "b", "c"]
    assert [line.balance for line in lines] == [500_000, -1_000_000, 500_000]
    assert lines[1].reversed_by == "c" and lines[2].reverses == wrong
    assert book_issues(lines) == []


def test_monthly_summary_folds_a_correction_into_the_month_it_corrects() -> None:
    entries = [
        entry("a", date(2026, 3, 2), "in", 500_000),
        entry("b", date(2026, 3, 5), "out", 1_500_000, "bahan_baku"),
        entry("c", date(2026, 4, 1), "in", 1_500_000, "bahan_baku", reverses="b"),
        entry("d", date(2026, 4, 9), "out", 150_000, "bahan_baku"),
        entry("e", date(2026, 6, 1), "in", 100_000, "iuran_anggota"),
    ]
    months = monthly_summary(entries, until=date(2026, 7, 15))
    assert months == [
        MonthSummary(2026, 3, 500_000, 0, 500_000, 500_000),
        MonthSummary(2026, 4, 0, 150_000, 350_000, 0),
        MonthSummary(2026, 5, 0, 0, 350_000, 0),
        MonthSummary(2026, 6, 100_000, 0, 450_000, 0),
        MonthSummary(2026, 7, 0, 0, 450_000, 0),
    ]
    assert months[-1].balance_end == cash_book(entries)[-1].balance


def test_a_second_reversal_from_another_laptop_counts_and_is_flagged() -> None:
    wrong = entry("a", date(2026, 3, 2), "in", 200_000)
    one = entry("b", date(2026, 3, 3), "out", 200_000, reverses="a", at="2026-03-03T01:00:00.000Z")
    two = entry("c", date(2026, 3, 3), "out", 200_000, reverses="a", at="2026-03-03T02:00:00.000Z")
    lines = cash_book([wrong, one, two])
    assert lines[-1].balance == -200_000
    assert [line.extra_reversal for line in lines] == [False, False, True]
    [issue] = book_issues(lines)
    assert "dua kali" in issue.message and issue.severity == "warning"


def test_reversal_rules() -> None:
    original = entry("a", date(2026, 3, 2), "in", 200_000)
    assert check_reversal(original, [], "salah ketik", date(2026, 3, 4), today=TODAY) == []
    codes = {i.code for i in check_reversal(original, [original], " ", date(2026, 3, 1), today=TODAY)}
    assert codes == {"reversed", "reason", "before"}
    fix = reversal_of(original, "salah ketik", date(2026, 3, 4))
    assert (fix.direction, fix.amount, fix.category) == ("out", 200_000, "penjualan")
    assert "02/03/2026" in fix.description and "salah ketik" in fix.description


def test_cash_entry_needs_a_positive_whole_amount_and_a_description() -> None:
    bad = CashInput(group_id="g", entry_date=date(2026, 12, 1), direction="up", category="x", amount=0)
    codes = {i.field for i in check_cash(bad, today=TODAY)}
    assert codes == {"entry_date", "direction", "category", "amount", "description"}
    good = CashInput(group_id="g", entry_date=TODAY, direction="in", category="penjualan", amount=1,
                     description="jual")
    assert check_cash(good, today=TODAY) == []


def test_roster_rules() -> None:
    people = [RosterEntry(str(i), f"Anggota {i}", "anggota", 40, True) for i in range(4)]
    codes = {i.code for i in roster_issues(people)}
    assert codes == {"too_few", "no_ketua", "no_sekretaris", "no_bendahara"}
    full = [RosterEntry(str(i), f"A{i}", role, 40, True) for i, role in
            enumerate(["ketua", "ketua", "sekretaris", "bendahara", "anggota", "anggota"])]
    full.append(RosterEntry("x", "Tua", "anggota", 71, True, ("KUBE Lain",)))
    full.append(RosterEntry("y", "Keluar", "anggota", 99, False))
    codes = {i.code for i in roster_issues(full)}
    assert codes == {"many_ketua", "age", "two_groups"}


def test_activity_window_and_stall() -> None:
    assert is_active(date(2026, 1, 1), date(2026, 5, 1), date(2026, 4, 30))
    assert not is_active(date(2026, 1, 1), date(2026, 5, 1), date(2026, 5, 1))
    assert is_stalled(date(2026, 9, 1), None, date(2025, 1, 1), today=TODAY)
    assert not is_stalled(date(2026, 9, 1), date(2026, 10, 1), None, today=TODAY)
    assert not is_stalled(None, None, date(2026, 11, 1), today=TODAY)  # a new group
    assert not is_stalled(None, None, date(2020, 1, 1), today=TODAY, status="bubar")

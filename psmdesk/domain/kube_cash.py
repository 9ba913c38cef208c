"""The KUBE cash book (Buku Kas): posting rules, the running balance and the monthly summary.

Entries are append-only: a wrong entry is never edited or deleted but reversed by a new entry of
the opposite direction and the same amount that names it (`reverses_id`). Two views follow:
- the book, in posting order, with the running balance as it was written (history kept);
- the monthly summary, with every correction folded back into the month and the side of the
  entry it corrects, so a typo in March does not show up as April spending.
Both end on the same balance."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel

from psmdesk.domain import choices as ch
from psmdesk.domain.dates import format_date
from psmdesk.domain.issues import Issue, Severity

DIRECTIONS: ch.Choices = (("in", "Masuk"), ("out", "Keluar"))
CATEGORIES: ch.Choices = (
    ("penjualan", "Penjualan"),
    ("iuran_anggota", "Iuran anggota"),
    ("bantuan", "Bantuan"),
    ("bahan_baku", "Bahan baku"),
    ("operasional", "Operasional"),
    ("pinjaman_anggota", "Pinjaman anggota"),
    ("angsuran", "Angsuran"),
    ("lainnya", "Lainnya"),
)
# The side a category usually falls on: the form pre-selects it, the volunteer may change it.
USUAL_DIRECTION = {
    "penjualan": "in", "iuran_anggota": "in", "bantuan": "in", "angsuran": "in",
    "bahan_baku": "out", "operasional": "out", "pinjaman_anggota": "out",
}
MAX_ENTRY = 10**11


class CashInput(BaseModel):
    group_id: str
    entry_date: date | None = None
    direction: str = ""
    category: str = ""
    amount: int | None = None  # whole rupiah, > 0
    description: str = ""


@dataclass(frozen=True)
class CashEntry:
    id: str
    entry_date: date
    direction: str
    category: str
    amount: int
    description: str
    reverses_id: str | None
    created_at: str  # posting time: orders entries of the same day, the same on every laptop

    @property
    def signed(self) -> int:
        return self.amount if self.direction == "in" else -self.amount


@dataclass(frozen=True)
class CashLine:
    entry: CashEntry
    balance: int  # after this entry, in posting order
    reversed_by: str | None = None  # the reversal that cancels this entry
    reverses: CashEntry | None = None  # the entry this one reverses
    extra_reversal: bool = False  # a second reversal of the same entry (two laptops, offline)


@dataclass(frozen=True)
class MonthSummary:
    year: int
    month: int
    income: int
    expense: int
    balance_end: int
    sales: int = 0  # income from penjualan: the business's own revenue


def _error(field: str, code: str, message: str) -> Issue:
    return Issue(field, code, message, Severity.ERROR)


def check_cash(c: CashInput, *, today: date, founded_on: date | None = None) -> list[Issue]:
    issues: list[Issue] = []
    if c.entry_date is None:
        issues.append(_error("entry_date", "date", "Tanggal wajib diisi."))
    elif c.entry_date > today:
        issues.append(_error("entry_date", "future", "Tanggal tidak boleh di masa depan."))
    elif founded_on and c.entry_date < founded_on:
        issues.append(Issue("entry_date", "before_founded", "Tanggal ini sebelum kelompok berdiri.",
                            Severity.WARNING))
    if c.direction not in ch.codes(DIRECTIONS):
        issues.append(_error("direction", "direction", "Pilih uang masuk atau uang keluar."))
    if c.category not in ch.codes(CATEGORIES):
        issues.append(_error("category", "category", "Pilih kategori."))
    if c.amount is None or c.amount <= 0:
        issues.append(_error("amount", "amount", "Jumlah harus lebih dari Rp0, ditulis seperti 150.000."))
    elif c.amount > MAX_ENTRY:
        issues.append(_error("amount", "amount", "Jumlah tidak masuk akal; periksa angka nolnya."))
    if not c.description.strip():
        issues.append(_error("description", "description", "Tuliskan uraian singkat, misalnya \"jual keripik\"."))
    return issues


def check_reversal(original: CashEntry, reversals: Sequence[CashEntry], reason: str, on: date, *,
                   today: date) -> list[Issue]:
    """An entry can be reversed once, with a reason, on or after its own date."""
    issues: list[Issue] = []
    if reversals:
        issues.append(_error("reverses_id", "reversed", "Entri ini sudah dikoreksi; koreksi hanya sekali."))
    if not reason.strip():
        issues.append(_error("reason", "reason", "Tuliskan alasan koreksi."))
    if on > today:
        issues.append(_error("entry_date", "future", "Tanggal koreksi tidak boleh di masa depan."))
    elif on < original.entry_date:
        issues.append(_error("entry_date", "before", "Tanggal koreksi tidak boleh sebelum tanggal entri."))
    return issues


def reversal_of(original: CashEntry, reason: str, on: date) -> CashInput:
    """The opposite entry: same amount and category, the other direction."""
    label = ch.label(CATEGORIES, original.category) or original.category
    return CashInput(
        group_id="", entry_date=on, direction="out" if original.direction == "in" else "in",
        category=original.category, amount=original.amount,
        description=f"Koreksi entri {format_date(original.entry_date)} ({label}): {reason.strip()}",
    )


def book_order(entries: Iterable[CashEntry]) -> list[CashEntry]:
    return sorted(entries, key=lambda e: (e.entry_date, e.created_at, e.id))


def cash_book(entries: Iterable[CashEntry]) -> list[CashLine]:
    ordered = book_order(entries)
    by_id = {e.id: e for e in ordered}
    first_reversal: dict[str, str] = {}
    lines: list[CashLine] = []
    balance = 0
    for e in ordered:
        if e.reverses_id and e.reverses_id not in first_reversal:
            first_reversal[e.reverses_id] = e.id
    for e in ordered:
        balance += e.signed
        extra = bool(e.reverses_id) and first_reversal.get(e.reverses_id or "") != e.id
        lines.append(CashLine(e, balance, first_reversal.get(e.id), by_id.get(e.reverses_id or ""), extra))
    return lines


def balance(entries: Iterable[CashEntry]) -> int:
    return sum(e.signed for e in entries)


def book_issues(lines: Sequence[CashLine]) -> list[Issue]:
    """A second reversal of one entry can only come from two laptops correcting it offline: both
    count (money moved twice on paper), so the volunteer is asked to reverse one of them."""
    return [
        Issue("cash", "double_reversal",
              f"Entri {format_date(line.reverses.entry_date) if line.reverses else ''} dikoreksi dua kali "
              "(mungkin dari dua laptop). Koreksi (balik) salah satu koreksinya.", Severity.WARNING)
        for line in lines if line.extra_reversal
    ]


def _root(entry: CashEntry, by_id: dict[str, CashEntry]) -> CashEntry:
    seen = {entry.id}
    while entry.reverses_id and entry.reverses_id in by_id and entry.reverses_id not in seen:
        entry = by_id[entry.reverses_id]
        seen.add(entry.id)
    return entry


def monthly_summary(entries: Iterable[CashEntry], *, until: date | None = None) -> list[MonthSummary]:
    """Every month from the first entry to `until` (or the last entry), with income, expense,
    sales and the balance at the month's end; corrections count in their original's month."""
    entries = list(entries)
    if not entries:
        return []
    by_id = {e.id: e for e in entries}
    income: dict[tuple[int, int], int] = defaultdict(int)
    expense: dict[tuple[int, int], int] = defaultdict(int)
    sales: dict[tuple[int, int], int] = defaultdict(int)
    for e in entries:
        root = _root(e, by_id)
        key = (root.entry_date.year, root.entry_date.month)
        if root.direction == "in":
            income[key] += e.signed
            if root.category == "penjualan":
                sales[key] += e.signed
        else:
            expense[key] -= e.signed
    keys = set(income) | set(expense)
    year, month = min(keys)
    last = max(keys)
    if until is not None:
        last = max(last, (until.year, until.month))
    result: list[MonthSummary] = []
    running = 0
    while (year, month) <= last:
        key = (year, month)
        running += income.get(key, 0) - expense.get(key, 0)
        result.append(MonthSummary(year, month, income.get(key, 0), expense.get(key, 0), running, sales.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result

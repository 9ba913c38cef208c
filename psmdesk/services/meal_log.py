"""The daily log of a Pokmas: the day's checklist, saving it (new entries and corrections in one
transaction), an extra delivery, withdrawing an entry, and possible double distributions.

Nothing is ever edited or deleted: a changed row becomes a new entry superseding the old one, so
the history of a day stays readable and two laptops' entries never overwrite each other."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from psmdesk.domain.dates import format_date
from psmdesk.domain.issues import Issue, ValidationFailed, has_errors
from psmdesk.domain.meals import (
    ENDING_OUTCOMES,
    STAGES,
    VOID,
    DeliveryInput,
    LiveEntry,
    PokmasInput,
    check_delivery,
    check_times,
    double_meals,
    is_active,
    normalise_time,
)
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.storage import meal_queries as queries
from psmdesk.storage import meals as repo
from psmdesk.storage.meal_queries import RosterDates
from psmdesk.storage.meals import DeliveryRecord


@dataclass(frozen=True)
class DayEntry:
    """The newest live entry of a person's day, as the checklist shows it."""

    id: str
    outcome: str
    morning: bool
    midday: bool
    handed_by: str
    note: str
    corrected: bool  # it supersedes an earlier entry: the history dialog has more to show


@dataclass(frozen=True)
class DayRow:
    beneficiary_id: str
    name: str
    kelurahan_code: str
    rt: str
    rw: str
    street: str
    diet_notes: str
    end_date: str | None
    entry: DayEntry | None
    doubles: tuple[str, ...] = ()  # meals two live entries both claim


@dataclass(frozen=True)
class DayLog:
    pokmas: PokmasInput
    day: date
    menu: str
    times: dict[str, str]
    rows: list[DayRow]


@dataclass(frozen=True)
class DoubleDelivery:
    beneficiary_id: str
    name: str
    day: str
    meals: tuple[str, ...]

    @property
    def message(self) -> str:
        return (f"Kemungkinan pengantaran ganda: {self.name}, {format_date(date.fromisoformat(self.day))},"
                f" makan {' dan '.join(self.meals)} tercatat dua kali.")


@dataclass(frozen=True)
class EndProposal:
    beneficiary_id: str
    name: str
    day: date
    reason: str


@dataclass
class DaySaved:
    added: int = 0
    corrected: int = 0
    unchanged: int = 0
    doubles: list[DoubleDelivery] = field(default_factory=list)
    proposals: list[EndProposal] = field(default_factory=list)


class PossibleDouble(UserError):
    def __init__(self, doubles: list[DoubleDelivery]) -> None:
        super().__init__("; ".join(d.message for d in doubles))
        self.doubles = doubles


def _pokmas(ctx: AppContext, pokmas_id: str) -> PokmasInput:
    found = repo.load_pokmas(ctx.db, pokmas_id)
    if found is None:
        raise UserError("Pokmas tidak ditemukan.")
    return found


def _live(records: Iterable[DeliveryRecord]) -> list[LiveEntry]:
    return [LiveEntry(r.id, r.beneficiary_id, r.date, r.outcome, r.morning, r.midday, r.hlc) for r in records]


def _newest(records: list[DeliveryRecord]) -> dict[str, DeliveryRecord]:
    """Per person, the newest live entry that is not a withdrawal (records come oldest first)."""
    return {r.beneficiary_id: r for r in records if r.outcome != VOID}


def load_day(ctx: AppContext, pokmas_id: str, day: date) -> DayLog:
    """Everyone on the roster that day, in route order, plus anyone with an entry that day."""
    pokmas = _pokmas(ctx, pokmas_id)
    iso = day.isoformat()
    live = repo.live_deliveries_of_day(ctx.db, pokmas_id, iso)
    newest = _newest(live)
    doubles = double_meals(_live(live))
    people = queries.roster(ctx.db, pokmas_id, active_on=iso, also=frozenset(r.beneficiary_id for r in live))
    rows = []
    for b in people:
        cur = newest.get(b.id)
        entry = DayEntry(cur.id, cur.outcome, cur.morning, cur.midday, cur.handed_by, cur.note,
                         cur.supersedes_id is not None) if cur else None
        p = b.person
        rows.append(DayRow(b.id, p.name, p.kelurahan_code, p.rt, p.rw, p.street, b.diet_notes, b.end_date,
                           entry, doubles.get((b.id, iso), ())))
    day_values = repo.load_meal_day(ctx.db, pokmas_id, iso)
    times = {stage: day_values[f"time_{stage}"] for stage, _ in STAGES}
    return DayLog(pokmas, day, day_values["menu"], times, rows)


def _same(record: DeliveryRecord, e: DeliveryInput) -> bool:
    return (record.outcome, record.morning, record.midday, record.handed_by, record.note) == (
        e.outcome, e.morning, e.midday, e.handed_by.strip(), e.note.strip())


def _values(pokmas_id: str, iso: str, e: DeliveryInput, supersedes: str | None) -> dict[str, object]:
    return {"pokmas_id": pokmas_id, "beneficiary_id": e.beneficiary_id, "date": iso, "outcome": e.outcome,
            "morning": int(e.morning), "midday": int(e.midday), "handed_by": " ".join(e.handed_by.split()),
            "note": e.note.strip(), "supersedes_id": supersedes}


def _check(ctx: AppContext, pokmas_id: str, day: date, entries: Sequence[DeliveryInput],
           today: date | None) -> dict[str, RosterDates]:
    """Validates the entries; returns who may have an entry that day (name and roster dates)."""
    _pokmas(ctx, pokmas_id)
    if day > (today or date.today()):
        raise ValidationFailed([Issue("date", "future", "Tanggal ini belum terjadi; pengantaran belum bisa dicatat.")])
    iso = day.isoformat()
    listed = queries.roster_dates(ctx.db, pokmas_id, iso, frozenset(e.beneficiary_id for e in entries))
    issues: list[Issue] = []
    for e in entries:
        b = listed.get(e.beneficiary_id)
        if b is None:
            raise UserError("Ada penerima yang bukan anggota Pokmas ini.")
        issues.extend(check_delivery(e, b.name))
        # Off the roster that day (ended before, or not started): only a correction of an entry
        # already there is accepted, so a wrongly entered end date can still be repaired.
        if not is_active(b.start_date, b.end_date, iso) and not repo.delivery_history(ctx.db, b.id, iso):
            issues.append(Issue(f"delivery[{e.beneficiary_id}]", "not_active",
                                f"{b.name} tidak terdaftar sebagai penerima pada tanggal ini."))
    if has_errors(issues):
        raise ValidationFailed(issues)
    return listed


def save_day(ctx: AppContext, pokmas_id: str, day: date, entries: Sequence[DeliveryInput], *,
             menu: str | None = None, times: dict[str, str] | None = None, today: date | None = None) -> DaySaved:
    """Records a day in one transaction: a row without an entry gets one, a changed row gets a
    correction superseding its newest entry, an unchanged row writes nothing."""
    listed = _check(ctx, pokmas_id, day, entries, today)
    day_values: dict[str, str] = {}
    if times is not None:
        issues = check_times(times)
        if issues:
            raise ValidationFailed(issues)
        day_values = {f"time_{stage}": normalise_time(times.get(stage, "")) or "" for stage, _ in STAGES}
    if menu is not None:
        day_values["menu"] = " ".join(menu.split())
    iso = day.isoformat()
    saved = DaySaved()
    newest = _newest(repo.live_deliveries_of_day(ctx.db, pokmas_id, iso))
    written: list[DeliveryInput] = []
    with ctx.transaction() as writer:
        if day_values:
            repo.save_meal_day(writer, pokmas_id, iso, day_values)
        rows = []
        for e in entries:
            current = newest.get(e.beneficiary_id)
            if current is not None and _same(current, e):
                saved.unchanged += 1
                continue
            rows.append(_values(pokmas_id, iso, e, current.id if current else None))
            written.append(e)
            if current is None:
                saved.added += 1
            else:
                saved.corrected += 1
        repo.insert_deliveries(writer, rows)
    live = repo.live_deliveries_of_day(ctx.db, pokmas_id, iso)
    saved.doubles = [DoubleDelivery(bid, listed[bid].name if bid in listed else "", d, meals)
                     for (bid, d), meals in double_meals(_live(live)).items()]
    # Ending is proposed, never done here: the volunteer confirms (and the news may be wrong).
    saved.proposals = [
        EndProposal(e.beneficiary_id, listed[e.beneficiary_id].name, day, ENDING_OUTCOMES[e.outcome])
        for e in written
        if e.outcome in ENDING_OUTCOMES and (listed[e.beneficiary_id].end_date or "9999") > iso
    ]
    return saved


def add_delivery(ctx: AppContext, pokmas_id: str, day: date, entry: DeliveryInput, *, confirmed: bool = False,
                 today: date | None = None) -> str:
    """A second, separate delivery of the same day (not a correction). When it claims a meal the
    person already received, PossibleDouble asks for confirmation first; saved, it stays flagged."""
    listed = _check(ctx, pokmas_id, day, [entry], today)
    iso = day.isoformat()
    live = [r for r in repo.live_deliveries_of_day(ctx.db, pokmas_id, iso)
            if r.beneficiary_id == entry.beneficiary_id]
    probe = LiveEntry("new", entry.beneficiary_id, iso, entry.outcome, entry.morning, entry.midday, "")
    clash = double_meals([*_live(live), probe]).get((entry.beneficiary_id, iso))
    if clash and not confirmed:
        raise PossibleDouble([DoubleDelivery(entry.beneficiary_id, listed[entry.beneficiary_id].name, iso, clash)])
    with ctx.transaction() as writer:
        return repo.insert_delivery(writer, _values(pokmas_id, iso, entry, None))


def void_delivery(ctx: AppContext, delivery_id: str, reason: str) -> str:
    """Withdraws a live entry (e.g. one half of a double delivery) with a written reason: a new
    entry that supersedes it and counts as nothing. The withdrawn entry stays in the history."""
    record = repo.delivery_record(ctx.db, delivery_id)
    if record is None:
        raise UserError("Entri pengantaran tidak ditemukan.")
    if not record.live or record.outcome == VOID:
        raise UserError("Entri ini sudah digantikan atau dibatalkan; muat ulang catatan harian.")
    if len(reason.strip()) < 5:
        raise ValidationFailed([Issue("reason", "reason", "Tuliskan alasan pembatalan.")])
    values = {"pokmas_id": record.pokmas_id, "beneficiary_id": record.beneficiary_id, "date": record.date,
              "outcome": VOID, "morning": 0, "midday": 0, "handed_by": "", "note": reason.strip(),
              "supersedes_id": record.id}
    with ctx.transaction() as writer:
        return repo.insert_delivery(writer, values)


@dataclass(frozen=True)
class HistoryItem:
    record: DeliveryRecord
    by: str  # which laptop made the entry, in words


def delivery_history(ctx: AppContext, beneficiary_id: str, day: date) -> list[HistoryItem]:
    """Every entry of one person's day, superseded ones included, oldest first."""
    items = []
    for record in repo.delivery_history(ctx.db, beneficiary_id, day.isoformat()):
        if record.origin_device == ctx.device_id:
            by = "Laptop ini"
        else:
            by = repo.device_name(ctx.db, record.origin_device) or "Perangkat lain"
        items.append(HistoryItem(record, by))
    return items


def double_deliveries(ctx: AppContext, pokmas_id: str, start: date, end: date) -> list[DoubleDelivery]:
    """Possible double distributions in a date range, for the screen and the coordinator."""
    found = double_meals(queries.live_entries(ctx.db, pokmas_id, start.isoformat(), end.isoformat()))
    if not found:
        return []
    names = {b.id: b.name for b in queries.roster(ctx.db, pokmas_id)}
    return [DoubleDelivery(bid, names.get(bid, ""), day, meals) for (bid, day), meals in sorted(found.items(),
                                                                                              key=lambda i: i[0][::-1])]

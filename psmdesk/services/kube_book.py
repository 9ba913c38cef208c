"""The KUBE cash book and the group profile as plain data.

`monthly_summary` and `group_profile` are what the printed "Profil dan Buku Kas KUBE" reads
(reportlab, no Qt): the same figures as the screen, so paper and screen never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from psmdesk.domain import choices as ch
from psmdesk.domain import kube as rules
from psmdesk.domain import kube_cash as book
from psmdesk.domain.issues import Issue
from psmdesk.domain.kube import ActivityInput, GrantInput, GroupInput
from psmdesk.domain.kube_cash import CashInput, CashLine, MonthSummary
from psmdesk.domain.regions import region_label
from psmdesk.services import kube as groups
from psmdesk.services.context import AppContext
from psmdesk.services.kube import MemberView, gate, today_or
from psmdesk.storage import kube as repo
from psmdesk.storage.records import RecordNotFound


def post_cash(ctx: AppContext, c: CashInput, *, confirmed: bool = False, today: date | None = None) -> str:
    """Posts one entry. There is no edit and no delete: a wrong entry is reversed (`reverse_cash`)."""
    group = groups.get_group(ctx, c.group_id)
    c = c.model_copy(update={"description": rules.tidy(c.description)})
    gate(book.check_cash(c, today=today_or(today), founded_on=group.founded_on), confirmed)
    with ctx.transaction() as writer:
        return repo.insert_cash(writer, c)


def reverse_cash(ctx: AppContext, entry_id: str, reason: str, *, on: date | None = None,
                 today: date | None = None) -> str:
    """Posts the reversal of a wrong entry (opposite direction, same amount, naming it) and
    returns its id. Both stay in the book; the balance is back where it was without the entry."""
    found = repo.cash_entry(ctx.db, entry_id)
    if found is None:
        raise RecordNotFound(entry_id)
    group_id, original = found
    when = on or today_or(today)
    gate(book.check_reversal(original, repo.reversals_of(ctx.db, entry_id), reason, when, today=today_or(today)),
          confirmed=False)
    reversal = book.reversal_of(original, reason, when).model_copy(update={"group_id": group_id})
    with ctx.transaction() as writer:
        return repo.insert_cash(writer, reversal, reverses_id=entry_id)


def cash_book(ctx: AppContext, group_id: str) -> list[CashLine]:
    """Every entry in posting order with the running balance, reversals linked both ways."""
    return book.cash_book(repo.load_cash(ctx.db, group_id))


def balance(ctx: AppContext, group_id: str) -> int:
    return book.balance(repo.load_cash(ctx.db, group_id))


def monthly_summary(ctx: AppContext, group_id: str, *, today: date | None = None) -> list[MonthSummary]:
    """MonthSummary(year, month, income, expense, balance_end, sales) for every month from the
    first entry to this month; corrections count in the month of the entry they correct."""
    return book.monthly_summary(repo.load_cash(ctx.db, group_id), until=today_or(today))


@dataclass(frozen=True)
class GroupProfile:
    """Everything the printed profile and cash book need, labels already resolved."""

    group: GroupInput
    region: str  # "Kel. Cipedak, Kec. Jagakarsa, Kota Adm. Jakarta Selatan, DKI Jakarta"
    business_type: str
    stage: str
    status: str
    members: list[MemberView]
    grants: list[GrantInput]
    activities: list[ActivityInput]  # newest first
    participants: dict[str, str]  # kube member id -> name, for the activities' participants
    cash: list[CashLine]
    months: list[MonthSummary]
    balance: int
    total_grants: int  # money only; aid in kind is described in the grants
    last_activity: date | None
    last_cash: date | None
    stalled: bool
    warnings: list[Issue]


def group_profile(ctx: AppContext, group_id: str, *, today: date | None = None) -> GroupProfile:
    on = today_or(today)
    group = groups.get_group(ctx, group_id)
    members = groups.members(ctx, group_id, today=on)
    activities = groups.activities(ctx, group_id)
    entries = repo.load_cash(ctx.db, group_id)
    lines = book.cash_book(entries)
    last_activity = max((a.held_on for a in activities if a.held_on), default=None)
    last_cash = max((e.entry_date for e in entries), default=None)
    grant_list = groups.grants(ctx, group_id)
    return GroupProfile(
        group=group, region=region_label(group.kelurahan_code),
        business_type=dict(groups.business_types(ctx)).get(group.business_type, group.business_type),
        stage=dict(groups.stages(ctx)).get(group.stage, group.stage),
        status=ch.label(rules.GROUP_STATUS, group.status),
        members=members, grants=grant_list, activities=activities,
        participants={m.id: m.name for m in members}, cash=lines,
        months=book.monthly_summary(entries, until=on), balance=book.balance(entries),
        total_grants=sum(g.amount for g in grant_list), last_activity=last_activity, last_cash=last_cash,
        stalled=rules.is_stalled(last_activity, last_cash, group.founded_on, today=on, status=group.status),
        warnings=group_warnings(ctx, group_id, today=on, lines=lines),
    )


def group_warnings(ctx: AppContext, group_id: str, *, today: date | None = None,
                   lines: list[CashLine] | None = None) -> list[Issue]:
    """The roster warnings and the cash book's (an entry reversed twice from two laptops)."""
    lines = lines if lines is not None else cash_book(ctx, group_id)
    return groups.roster_warnings(ctx, group_id, today=today) + book.book_issues(lines)

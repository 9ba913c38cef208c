"""KUBE use cases shared by the screens, the CLI and the printed "Profil dan Buku Kas KUBE".

Each save validates first: errors raise ValidationFailed, warnings raise KubeNeedsConfirmation
unless `confirmed`. Every write is one transaction. The cash book is in services/kube_book.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from psmdesk.domain import choices as ch
from psmdesk.domain import kube as rules
from psmdesk.domain.dates import age_on
from psmdesk.domain.ids import new_id
from psmdesk.domain.issues import Issue, Severity, ValidationFailed, errors, warnings
from psmdesk.domain.kube import ActivityInput, GrantInput, GroupInput, KubeMemberInput, RosterEntry
from psmdesk.domain.kube_cash import CashInput, check_cash
from psmdesk.domain.reference import EDITABLE_LISTS
from psmdesk.domain.regions import children, get_region, kecamatan_of
from psmdesk.services.context import AppContext
from psmdesk.services.setup import reference_list
from psmdesk.storage import kube as repo
from psmdesk.storage.records import RecordNotFound


class KubeNeedsConfirmation(Exception):  # noqa: N818 - the households service's naming
    """Saving would go ahead, but the warnings should be confirmed first."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("; ".join(i.message for i in issues))
        self.issues = issues


def today_or(today: date | None) -> date:
    return today or date.today()


def gate(issues: list[Issue], confirmed: bool) -> None:
    if errors(issues):
        raise ValidationFailed(errors(issues))
    if warnings(issues) and not confirmed:
        raise KubeNeedsConfirmation(warnings(issues))


def _reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise ValidationFailed([Issue("reason", "reason", "Tuliskan alasan penghapusan.")])
    return reason


# --- lists ----------------------------------------------------------------------------------
def _editable(ctx: AppContext, name: str) -> list[tuple[str, str]]:
    # A database set up before KUBE existed has no such list until the office sends one.
    return reference_list(ctx, name) or list(EDITABLE_LISTS[name])


def business_types(ctx: AppContext) -> list[tuple[str, str]]:
    return _editable(ctx, "kube_business")


def stages(ctx: AppContext) -> list[tuple[str, str]]:
    return _editable(ctx, "kube_stage")


def _all_codes(ctx: AppContext, name: str) -> frozenset[str]:
    stored = reference_list(ctx, name, active_only=False) or list(EDITABLE_LISTS[name])
    return frozenset(code for code, _ in stored)


def village_name(code: str) -> str:
    region = get_region(code)
    return region.name if region else code


def kelurahan_choices(ctx: AppContext) -> list[tuple[str, str]]:
    """The villages of the volunteer's kecamatan and every village that has data, by name."""
    codes = set(repo.kelurahan_in_use(ctx.db))
    profile = ctx.profile
    if profile is not None:
        codes.add(profile.kelurahan_code)
        kecamatan = kecamatan_of(profile.kelurahan_code)
        if kecamatan is not None:
            codes.update(r.code for r in children(kecamatan.code))
    return sorted(((c, village_name(c)) for c in codes), key=lambda item: (item[1], item[0]))


# --- groups ---------------------------------------------------------------------------------
def check_group(ctx: AppContext, g: GroupInput, *, today: date | None = None) -> list[Issue]:
    return rules.check_group(rules.normalise_group(g), today=today_or(today),
                             business_codes=_all_codes(ctx, "kube_business"),
                             stage_codes=_all_codes(ctx, "kube_stage"))


def save_group(ctx: AppContext, g: GroupInput, *, confirmed: bool = False, today: date | None = None) -> str:
    gate(check_group(ctx, g, today=today), confirmed)
    g = rules.normalise_group(g)
    group_id = g.id or new_id()
    with ctx.transaction() as writer:
        repo.save_group(writer, g, group_id)
    return group_id


def get_group(ctx: AppContext, group_id: str) -> GroupInput:
    found = repo.load_group(ctx.db, group_id)
    if found is None:
        raise RecordNotFound(group_id)
    return found


@dataclass(frozen=True)
class KubeFilter:
    text: str = ""
    kelurahan_code: str | None = None
    stage: str | None = None
    status: str | None = None
    stalled_only: bool = False


@dataclass(frozen=True)
class GroupRow:
    id: str
    name: str
    business_type: str
    stage: str
    status: str
    kelurahan_code: str
    kelurahan_name: str
    rw: str
    members: int
    last_activity: date | None
    last_cash: date | None
    balance: int
    stalled: bool


def overview(ctx: AppContext, f: KubeFilter | None = None, *, today: date | None = None) -> list[GroupRow]:
    """All groups with their stage, active families, last activity, last cash entry and balance,
    flagged when nothing was recorded for 60 days."""
    f, on = f or KubeFilter(), today_or(today)
    words = f.text.casefold().split()
    business = dict(business_types(ctx))
    result: list[GroupRow] = []
    for r in repo.overview_rows(ctx.db, on):
        name = village_name(r.kelurahan_code)
        stalled = rules.is_stalled(r.last_activity, r.last_cash, r.founded_on or r.created_on, today=on,
                                   status=r.status)
        haystack = " ".join((r.name, r.products, r.companion, name, business.get(r.business_type, ""))).casefold()
        if (any(w not in haystack for w in words) or (f.kelurahan_code and r.kelurahan_code != f.kelurahan_code)
                or (f.stage and r.stage != f.stage) or (f.status and r.status != f.status)
                or (f.stalled_only and not stalled)):
            continue
        result.append(GroupRow(r.id, r.name, r.business_type, r.stage, r.status, r.kelurahan_code, name, r.rw,
                               r.members, r.last_activity, r.last_cash, r.balance, stalled))
    return result


# --- members --------------------------------------------------------------------------------
@dataclass(frozen=True)
class MemberView:
    id: str
    household_id: str
    member_id: str | None
    role: str
    joined_on: date | None
    left_on: date | None
    name: str
    age: int | None
    address: str
    active: bool
    other_groups: tuple[str, ...] = ()  # other KUBE the family is active in
    issues: list[Issue] = field(default_factory=list)  # this family's warnings


def _age(birth: date | None, age_years: int | None, on: date) -> int | None:
    return age_on(birth, on) if birth else age_years


def members(ctx: AppContext, group_id: str, *, today: date | None = None) -> list[MemberView]:
    on = today_or(today)
    views = []
    for r in repo.member_rows(ctx.db, group_id):
        person = r.person
        age = _age(person.birth_date, person.age_years, on) if person else None
        name = person.name if person else (r.no_kk or "")
        active = rules.is_active(r.joined_on, r.left_on, on)
        entry = RosterEntry(r.id, name, r.role, age, active,
                            tuple(repo.other_groups(ctx.db, r.household_id, group_id, on)))
        address = f"RT {r.rt}/RW {r.rw}" + (f", {r.street}" if r.street else "")
        views.append(MemberView(r.id, r.household_id, r.member_id, r.role, r.joined_on, r.left_on, name, age,
                                address, active, entry.other_groups, rules.family_issues(entry) if active else []))
    return views


def roster_warnings(ctx: AppContext, group_id: str, *, today: date | None = None) -> list[Issue]:
    """The group's warnings: fewer than 5 or more than 20 families, an officer missing or
    doubled, a family in two KUBE, a member outside the usual age."""
    views = members(ctx, group_id, today=today)
    entries = [RosterEntry(v.id, v.name, v.role, None, v.active) for v in views]
    return rules.roster_issues(entries) + [i for v in views for i in v.issues]


@dataclass(frozen=True)
class FamilyChoice:
    household_id: str
    label: str  # "Budi Santoso - RT 003/RW 005, Jl. Kenari"
    people: list[tuple[str, str, int | None]]  # (member id, name, age), the head first
    other_groups: list[str]
    in_this_group: bool


def families(ctx: AppContext, kelurahan_code: str, group_id: str | None = None, *,
             today: date | None = None) -> list[FamilyChoice]:
    """Households of the kelurahan to choose member families from."""
    on = today_or(today)
    taken = {r.household_id for r in repo.member_rows(ctx.db, group_id)} if group_id else set()
    result = []
    for fam in repo.families(ctx.db, kelurahan_code):
        head = fam.people[0].name if fam.people else (fam.no_kk or "")
        label = f"{head} - RT {fam.rt}/RW {fam.rw}" + (f", {fam.street}" if fam.street else "")
        people = [(p.id, p.name, _age(p.birth_date, p.age_years, on)) for p in fam.people]
        result.append(FamilyChoice(fam.household_id, label, people,
                                   repo.other_groups(ctx.db, fam.household_id, group_id, on),
                                   fam.household_id in taken))
    return result


def check_member(ctx: AppContext, m: KubeMemberInput, *, today: date | None = None) -> list[Issue]:
    on = today_or(today)
    issues = rules.check_kube_member(m, today=on)
    if not repo.exists(ctx.db, "kube_groups", m.group_id):
        issues.append(Issue("group_id", "group", "Kelompok ini tidak ditemukan."))
    if not repo.exists(ctx.db, "households", m.household_id):
        issues.append(Issue("household_id", "household", "Pilih keluarga dari hasil pemetaan."))
        return issues
    if any(r.household_id == m.household_id and r.id != m.id for r in repo.member_rows(ctx.db, m.group_id)):
        issues.append(Issue("household_id", "twice", "Keluarga ini sudah menjadi anggota kelompok ini."))
    if m.member_id and m.member_id not in repo.people_of(ctx.db, m.household_id):
        issues.append(Issue("member_id", "member", "Wakil harus anggota keluarga yang dipilih."))
    person = repo.representative(ctx.db, m.household_id, m.member_id)
    if rules.is_active(m.joined_on, m.left_on, on) and person is not None:
        entry = RosterEntry(m.id, person.name, m.role, _age(person.birth_date, person.age_years, on), True,
                            tuple(repo.other_groups(ctx.db, m.household_id, m.group_id, on)))
        issues.extend(rules.family_issues(entry, "household_id"))
    return issues


def save_member(ctx: AppContext, m: KubeMemberInput, *, confirmed: bool = False, today: date | None = None) -> str:
    """Adds a family to a group or changes its role or dates (leaving is a date, not a deletion)."""
    gate(check_member(ctx, m, today=today), confirmed)
    with ctx.transaction() as writer:
        repo.save_member(writer, m)
    return m.id


def get_member(ctx: AppContext, kube_member_id: str) -> KubeMemberInput:
    found = repo.load_member(ctx.db, kube_member_id)
    if found is None:
        raise RecordNotFound(kube_member_id)
    return found


def remove_member(ctx: AppContext, kube_member_id: str, reason: str) -> None:
    """For a family added by mistake; a family that leaves gets a leaving date instead."""
    with ctx.transaction() as writer:
        writer.delete("kube_members", kube_member_id, _reason(reason))


# --- grants and activities ------------------------------------------------------------------
def save_grant(ctx: AppContext, g: GrantInput, *, post_to_cash: bool = False, confirmed: bool = False,
               today: date | None = None) -> str:
    """Records a grant; `post_to_cash` also writes its money into the cash book as income."""
    g = g.model_copy(update={"source_detail": rules.tidy(g.source_detail), "in_kind": g.in_kind.strip()})
    issues = rules.check_grant(g, today=today_or(today))
    entry = None
    if post_to_cash and g.amount > 0:
        source = ch.label(rules.GRANT_SOURCES, g.source)
        entry = CashInput(group_id=g.group_id, entry_date=g.received_on, direction="in", category="bantuan",
                          amount=g.amount, description=f"Bantuan {source} {g.source_detail}".strip())
        issues += [i for i in check_cash(entry, today=today_or(today)) if i.severity == Severity.ERROR]
    gate(issues, confirmed)
    grant_id = g.id or new_id()
    with ctx.transaction() as writer:
        repo.save_grant(writer, g, grant_id)
        if entry is not None:
            repo.insert_cash(writer, entry)
    return grant_id


def grants(ctx: AppContext, group_id: str) -> list[GrantInput]:
    return repo.load_grants(ctx.db, group_id)


def delete_grant(ctx: AppContext, grant_id: str, reason: str) -> None:
    with ctx.transaction() as writer:
        writer.delete("kube_grants", grant_id, _reason(reason))


def save_activity(ctx: AppContext, a: ActivityInput, *, confirmed: bool = False, today: date | None = None) -> str:
    ids = frozenset(repo.member_ids(ctx.db, a.group_id))
    a = a.model_copy(update={f: getattr(a, f).strip() for f in ("topic", "result", "obstacles", "follow_up")})
    gate(rules.check_activity(a, today=today_or(today), member_ids=ids), confirmed)
    activity_id = a.id or new_id()
    with ctx.transaction() as writer:
        repo.save_activity(writer, a, activity_id)
    return activity_id


def activities(ctx: AppContext, group_id: str) -> list[ActivityInput]:
    return repo.load_activities(ctx.db, group_id)


def delete_activity(ctx: AppContext, activity_id: str, reason: str) -> None:
    with ctx.transaction() as writer:
        writer.delete("kube_activities", activity_id, _reason(reason))

"""Household mapping use cases: check, save, delete and undo, history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from psmdesk.domain.address import normalise_rt_rw
from psmdesk.domain.household import HouseholdInput, check_household
from psmdesk.domain.ids import new_id
from psmdesk.domain.issues import Issue, Severity, ValidationFailed, has_errors
from psmdesk.domain.kk import check_kk
from psmdesk.domain.names import clean_name
from psmdesk.domain.nik import check_nik
from psmdesk.services.context import AppContext
from psmdesk.services.erasure import ensure_not_erased
from psmdesk.services.setup import reference_list
from psmdesk.storage import households as repo
from psmdesk.storage.household_queries import Duplicate, find_duplicates
from psmdesk.storage.records import AuditEntry, RecordNotFound, audit_trail
from psmdesk.storage.search import refresh_household_search


@dataclass
class HouseholdCheck:
    issues: list[Issue] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == Severity.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == Severity.WARNING]

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.warnings or self.duplicates)


class NeedsConfirmation(Exception):
    """Saving would go ahead, but warnings or possible duplicates should be confirmed first."""

    def __init__(self, check: HouseholdCheck) -> None:
        super().__init__("; ".join([i.message for i in check.warnings] + [d.message for d in check.duplicates]))
        self.check = check


def normalise(h: HouseholdInput) -> HouseholdInput:
    """The household as it will be stored: names tidied, NIK/KK without separators, RT/RW 3 digits."""
    h = h.model_copy(deep=True)
    h.rt = normalise_rt_rw(h.rt) or h.rt.strip()
    h.rw = normalise_rt_rw(h.rw) or h.rw.strip()
    h.street = " ".join(h.street.split())
    if h.no_kk:
        h.no_kk = check_kk(h.no_kk).no_kk or h.no_kk.strip()
    for m in h.members:
        m.name = clean_name(m.name)
        if m.nik:
            m.nik = check_nik(m.nik).nik or m.nik.strip()
        m.occupation, m.chronic_illness = m.occupation.strip(), m.chronic_illness.strip()
    return h


def check(ctx: AppContext, h: HouseholdInput, *, today: date | None = None) -> HouseholdCheck:
    h = normalise(h)
    issues = check_household(
        h, today=today or date.today(),
        ppks_codes=frozenset(c for c, _ in reference_list(ctx, "ppks", active_only=False)),
        programme_codes=frozenset(c for c, _ in reference_list(ctx, "programme", active_only=False)),
    )
    duplicates = find_duplicates(
        ctx.db, h.id, h.no_kk,
        [(m.id, m.nik, m.name, m.birth_date.isoformat() if m.birth_date else None) for m in h.members],
    )
    return HouseholdCheck(issues, duplicates)


def save_household(
    ctx: AppContext, h: HouseholdInput, *, confirmed: bool = False, today: date | None = None
) -> str:
    """Saves a new or edited household in one transaction and returns its id.

    Raises ValidationFailed on errors, NeedsConfirmation on warnings or possible duplicates
    unless `confirmed`."""
    result = check(ctx, h, today=today)
    if has_errors(result.issues):
        raise ValidationFailed(result.errors)
    if result.needs_confirmation and not confirmed:
        raise NeedsConfirmation(result)
    h = normalise(h)
    household_id = h.id or new_id()
    with ctx.transaction() as writer:
        repo.save_household(writer, h, household_id)
    return household_id


def get_household(ctx: AppContext, household_id: str) -> HouseholdInput:
    found = repo.load_household(ctx.db, household_id)
    if found is None:
        raise RecordNotFound(household_id)
    return found


def delete_household(ctx: AppContext, household_id: str, reason: str) -> None:
    """A tombstone with the reason; `restore_household` undoes it."""
    reason = reason.strip()
    if not reason:
        raise ValidationFailed([Issue("reason", "reason", "Tuliskan alasan penghapusan.")])
    with ctx.transaction() as writer:
        writer.delete("households", household_id, reason)
        refresh_household_search(ctx.db, household_id)


def restore_household(ctx: AppContext, household_id: str) -> None:
    ensure_not_erased(ctx, "households", household_id)
    with ctx.transaction() as writer:
        writer.restore("households", household_id)
        refresh_household_search(ctx.db, household_id)


def history(ctx: AppContext, household_id: str) -> list[AuditEntry]:
    """Every change to the household and its members, PPKS and visits, oldest first."""
    entries: list[AuditEntry] = []
    for table, ids in repo.child_ids(ctx.db, household_id).items():
        entries.extend(audit_trail(ctx.db, table, ids))
    return sorted(entries, key=lambda e: e.at)

"""Group empowerment use cases: record and correct the stage entries of a KUBE, see where it
stands, and score the welfare indicators of a KUBE or an RW at the start and at evaluation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from psmdesk.domain import empowerment as emp
from psmdesk.domain.ids import new_id
from psmdesk.domain.issues import Issue, ValidationFailed, has_errors
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.kube import KubeNeedsConfirmation, get_group
from psmdesk.services.roles import require_profile
from psmdesk.storage import empowerment as repo
from psmdesk.storage.records import RecordNotFound


def _tidy(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


# --- stages -----------------------------------------------------------------------------------
def stage_entries(ctx: AppContext, group_id: str) -> list[emp.StageEntryInput]:
    """The group's entries in the order of the process (stage, then start date)."""
    return emp.sort_entries(repo.stages(ctx.db, group_id))


def progress(ctx: AppContext, group_id: str) -> emp.Progress:
    return emp.progress(repo.stages(ctx.db, group_id))


def progress_of(ctx: AppContext, group_ids: list[str]) -> dict[str, emp.Progress]:
    return {g: emp.progress(entries) for g, entries in repo.latest_stages(ctx.db, group_ids).items()}


def check_stage_entry(ctx: AppContext, entry: emp.StageEntryInput, *, today: date | None = None) -> list[Issue]:
    group = get_group(ctx, entry.group_id)
    return emp.check_stage_entry(entry, today=today or date.today(), founded_on=group.founded_on)


def save_stage_entry(ctx: AppContext, entry: emp.StageEntryInput, *, confirmed: bool = False,
                     today: date | None = None) -> str:
    """Adds or corrects an entry; warnings need `confirmed` (KubeNeedsConfirmation otherwise)."""
    profile = require_profile(ctx)
    entry = entry.model_copy(update={"activities": _tidy(entry.activities), "supporting": _tidy(entry.supporting),
                                     "hindering": _tidy(entry.hindering)})
    issues = check_stage_entry(ctx, entry, today=today)
    if has_errors(issues):
        raise ValidationFailed(issues)
    if issues and not confirmed:
        raise KubeNeedsConfirmation(issues)
    new = entry.id is None or not repo.stage_exists(ctx.db, entry.id)
    entry_id = entry.id or new_id()
    if new:
        entry = entry.model_copy(update={"psm": profile.name})
    with ctx.transaction() as writer:
        repo.save_stage(writer, entry, entry_id, new=new)
    return entry_id


def get_stage_entry(ctx: AppContext, entry_id: str) -> emp.StageEntryInput:
    found = repo.stage(ctx.db, entry_id)
    if found is None:
        raise RecordNotFound(entry_id)
    return found


def delete_stage_entry(ctx: AppContext, entry_id: str, reason: str) -> None:
    if not reason.strip():
        raise UserError("Tuliskan alasan menghapus catatan tahap ini.")
    with ctx.transaction() as writer:
        repo.delete_stage(writer, entry_id, " ".join(reason.split()))


# --- welfare indicators -----------------------------------------------------------------------
def group_subject(ctx: AppContext, group_id: str) -> emp.Subject:
    group = get_group(ctx, group_id)
    return emp.Subject(group.kelurahan_code, group.rw, group_id)


@dataclass(frozen=True)
class Welfare:
    subject: emp.Subject
    start: emp.IndicatorInput | None
    evaluation: emp.IndicatorInput | None

    @property
    def rows(self) -> list[emp.ComparisonRow]:
        return emp.compare(self.start, self.evaluation)

    @property
    def empty(self) -> bool:
        return self.start is None and self.evaluation is None


def welfare(ctx: AppContext, subject: emp.Subject) -> Welfare:
    found = repo.indicators(ctx.db, subject)
    return Welfare(subject, found.get("awal"), found.get("evaluasi"))


def save_indicators(ctx: AppContext, subject: emp.Subject, ind: emp.IndicatorInput, *,
                    today: date | None = None) -> str:
    profile = require_profile(ctx)
    if not subject.group_id and not subject.rw:
        raise ValidationFailed([Issue("rw", "required", "RW wajib diisi.")])
    current = welfare(ctx, subject)
    ind = ind.model_copy(update={"notes": {k: " ".join(v.split()) for k, v in ind.notes.items()},
                                 "assessor": profile.name})
    issues = emp.check_indicators(
        ind, today=today or date.today(),
        start=current.start.assessed_on if current.start else None,
        evaluation=current.evaluation.assessed_on if current.evaluation else None)
    if has_errors(issues):
        raise ValidationFailed(issues)
    with ctx.transaction() as writer:
        return repo.save_indicators(writer, subject, ind)


def assessed_rws(ctx: AppContext) -> list[tuple[str, str]]:
    return repo.assessed_rws(ctx.db)


# --- the printed KUBE profile -----------------------------------------------------------------
@dataclass(frozen=True)
class EmpowermentReport:
    progress: emp.Progress
    entries: list[emp.StageEntryInput]
    welfare: Welfare


def report_data(ctx: AppContext, group_id: str) -> EmpowermentReport:
    return EmpowermentReport(progress(ctx, group_id), stage_entries(ctx, group_id),
                             welfare(ctx, group_subject(ctx, group_id)))

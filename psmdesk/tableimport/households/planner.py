"""The households preview: every household of the file settled as new, filled in, already here, or
rejected, with the write instructions for the first two."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from psmdesk.domain.household import HouseholdInput, MemberInput
from psmdesk.services.context import AppContext
from psmdesk.storage import households as repo
from psmdesk.storage.households import household_values, member_values
from psmdesk.tableimport.households.group import Codes, Group, assemble, attach, validate
from psmdesk.tableimport.households.match import Decision, Known, decide, household_fills, member_fills
from psmdesk.tableimport.households.parse import MemberRow
from psmdesk.tableimport.plan import Action, ImportOptions, ImportPlan, PreviewRow, SinkFn


@dataclass
class CreateWork:
    household: HouseholdInput  # normalised and checked
    rows: int


@dataclass
class UpdateWork:
    household_id: str
    household: dict[str, Any]  # household fields to fill in
    changed: list[tuple[str, dict[str, Any]]]  # member id -> fields to fill in
    new: list[tuple[MemberInput, int]]  # added members with their position
    rows: int


@dataclass
class Planner:
    ctx: AppContext
    known: Known
    options: ImportOptions
    codes: Codes
    plan: ImportPlan
    sink: SinkFn | None = None
    previews: list[PreviewRow] = field(default_factory=list)

    def emit(self, work: CreateWork | UpdateWork) -> None:
        if self.sink is None:
            self.plan.work.append(work)
        else:
            self.sink(work)

    def settle(self, group: Group) -> None:
        household = assemble(group, self.options.source_name)
        decision = Decision() if group.rejected else decide(group, self.known)
        if decision.problem:
            group.problems.append(decision.problem)
        if group.rejected or decision.household is None:
            normalised, issues = validate(household, today=self.options.today, codes=self.codes, parsed=True)
            attach(group, issues, dict(enumerate(group.rows)))
            if group.rejected:
                self._rows(group, Action.REJECT)
            else:
                self.emit(CreateWork(normalised, len(group.rows)))
                self._rows(group, Action.CREATE)
            return
        self._existing(group, decision, household)

    def _existing(self, group: Group, decision: Decision, household: HouseholdInput) -> None:
        assert decision.household is not None
        # The parsed values are already in stored form (NIK and KK digits, RT/RW, tidy text): the
        # full check runs only if something is to be written (see _update).
        incoming = household
        fills, differ = household_fills(household_values(incoming), decision.household)
        if differ:
            group.notes.append(f"Berbeda dengan data PSM Desk (tidak diubah): {', '.join(differ)}.")
        actions: dict[int, Action] = {}
        filled: dict[int, dict[str, Any]] = {}
        for index, row in enumerate(group.rows):
            existing = decision.matches.get(index)
            if existing is None:
                actions[index] = Action.CREATE
                row.notes.append("Anggota baru, ditambahkan ke keluarga yang sudah ada.")
                continue
            filled[index], member_differ = member_fills(incoming.members[index], existing)
            actions[index] = Action.UPDATE if filled[index] else Action.MATCH
            row.notes.insert(0, f"Sudah ada (cocok menurut {decision.how}).")
            if filled[index]:
                row.notes.append(f"Diisi: {', '.join(_labels(filled[index]))}.")
            if member_differ:
                row.notes.append(f"Berbeda dengan data PSM Desk (tidak diubah): {', '.join(member_differ)}.")
        if fills:
            group.notes.append(f"Keluarga diisi: {', '.join(_labels(fills))}.")
            actions[group.rows.index(group.head)] = Action.UPDATE
        if all(a is Action.MATCH for a in actions.values()):
            self._rows(group, Action.MATCH)
            return
        work = self._update(group, decision, incoming, fills, filled)
        if work is None:
            self._rows(group, Action.REJECT)
            return
        self.emit(work)
        self._rows(group, None, actions)

    def _update(self, group: Group, decision: Decision, incoming: HouseholdInput, fills: dict[str, Any],
                filled: dict[int, dict[str, Any]]) -> UpdateWork | None:
        """The household as it will be, checked like the form checks it; only the problems of what
        the file adds or fills in count (an old record may predate a rule)."""
        assert decision.household is not None
        household_id = decision.household.id
        current = repo.load_household(self.ctx.db, household_id)
        if current is None:
            group.problems.append("Keluarga yang cocok baru saja dihapus; impor ulang berkas ini")
            return None
        rows_at: dict[int, MemberRow] = {}
        positions = {m.id: m.position for m in self.known.members.get(household_id, [])}
        by_id = {m.id: i for i, m in enumerate(current.members)}
        for index, values in filled.items():
            member = current.members[by_id[decision.matches[index].id]]
            for name in values:
                setattr(member, name, getattr(incoming.members[index], name))
            rows_at[by_id[member.id]] = group.rows[index]
        added: list[int] = []  # where the new members sit in `current`
        for index, row in enumerate(group.rows):
            if index not in decision.matches:
                rows_at[len(current.members)] = row
                added.append(len(current.members))
                current.members.append(incoming.members[index])
        for name in fills:
            setattr(current, name, getattr(incoming, name))
        merged, issues = validate(current, today=self.options.today, codes=self.codes)
        attach(group, [i for i in issues if not i.field.startswith("members[") or _index(i.field) in rows_at],
               rows_at)
        if group.rejected:
            return None
        changed = []
        for index, values in filled.items():
            if values:
                member_id = decision.matches[index].id
                member = merged.members[by_id[member_id]]
                stored = member_values(member, household_id, positions.get(member_id, 0))
                changed.append((member_id, {k: stored[k] for k in values}))
        next_position = max(positions.values(), default=-1) + 1
        new = [(merged.members[at], next_position + n) for n, at in enumerate(added)]
        stored_household = household_values(merged)
        return UpdateWork(household_id, {k: stored_household[k] for k in fills}, changed, new, len(group.rows))

    def _rows(self, group: Group, action: Action | None, actions: dict[int, Action] | None = None) -> None:
        head = group.head
        for index, row in enumerate(group.rows):
            chosen = action or (actions or {}).get(index, Action.MATCH)
            reasons: list[str] = []
            if chosen is Action.REJECT:
                reasons = row.problems + group.problems
                if not reasons:
                    others = sorted({r.row for r in group.rows if r.problems and r is not row})
                    reasons = [f"Ditolak bersama keluarganya; lihat baris {', '.join(map(str, others))}"]
            notes = row.notes + (group.notes if row is head else [])
            self.previews.append(PreviewRow(row.row, chosen, row.member.name, row.nik, reasons, notes, group.label))
        self.plan.groups[action or Action.UPDATE] += 1


def _index(field_name: str) -> int:
    return int(field_name[len("members["):].partition("]")[0])


def _labels(values: dict[str, Any]) -> list[str]:
    from psmdesk.tableimport.households.match import LABELS

    return [LABELS.get(k, k) for k in values]

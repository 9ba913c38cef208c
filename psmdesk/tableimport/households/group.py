"""Member rows -> households: grouped by No. KK (or a household code column), the head found by the
relation column, the household's address taken from the head's row, then the same check the
household form runs. A problem in any row rejects the whole household: half a family is worse
than none, and the fixed rows come back together in the next import."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from psmdesk.domain import choices as ch
from psmdesk.domain.household import HouseholdInput, check_household
from psmdesk.domain.issues import Issue, Severity
from psmdesk.domain.nik import mask_nik
from psmdesk.services.households import normalise
from psmdesk.tableimport.households.parse import MemberRow

_MEMBER_FIELD = "members["
# The form's words for a form; a spreadsheet needs its own.
_WORDING = {"no_head": "Tidak ada Kepala Keluarga di keluarga ini (tandai satu baris 'Kepala Keluarga')"}
_FACTS = ("kelurahan_code", "rt", "rw", "street", "desil")


@dataclass
class Group:
    key: str
    rows: list[MemberRow]
    problems: list[str] = field(default_factory=list)  # the household's own; shown on every row
    notes: list[str] = field(default_factory=list)  # shown on the head's row

    @property
    def label(self) -> str:
        kind, _, value = self.key.partition(":")
        if kind == "kk":
            return f"KK {mask_nik(value)}" if value.isdigit() else "KK (rusak)"
        if kind == "kode":
            return f"Kode {value}"
        return f"Baris {value}"

    @property
    def head(self) -> MemberRow:
        return next((r for r in self.rows if r.member.relation == ch.HEAD), self.rows[0])

    @property
    def rejected(self) -> bool:
        return bool(self.problems) or any(r.problems for r in self.rows)

    def failed(self, field_name: str) -> bool:
        return any(field_name in r.failed for r in self.rows)


def group_rows(rows: list[MemberRow]) -> list[Group]:
    """Households in the order their first row appears; the same NIK twice in the file rejects
    both rows (which one is right cannot be told here)."""
    groups: dict[str, Group] = {}
    by_nik: dict[str, list[MemberRow]] = defaultdict(list)
    for row in rows:
        groups.setdefault(row.group_key, Group(row.group_key, [])).rows.append(row)
        if row.nik:
            by_nik[row.nik].append(row)
    for same in by_nik.values():
        for row in same if len(same) > 1 else ():
            others = ", ".join(str(o.row) for o in same if o is not row)
            row.fail("nik", f"NIK yang sama ada juga di baris {others}")
    return list(groups.values())


def _pick(group: Group, name: str) -> object:
    head = group.head
    chosen = getattr(head, name)
    if chosen in ("", None):
        chosen = next((getattr(r, name) for r in group.rows if getattr(r, name) not in ("", None)), chosen)
    return chosen


def assemble(group: Group, source_name: str) -> HouseholdInput:
    """The household as the form would hold it (not yet normalised)."""
    rows = group.rows
    if len(rows) == 1 and not rows[0].member.relation and "relation" not in rows[0].failed:
        rows[0].member.relation = ch.HEAD  # a one-person household: she is its head
    for row in rows:
        if not row.member.relation and "relation" not in row.failed:
            row.fail("relation", "Hubungan dengan Kepala Keluarga kosong")
    kks = {r.kk_digits or r.no_kk for r in rows if r.no_kk}
    if len(kks) > 1:
        group.problems.append("No. KK berbeda-beda dalam satu kode keluarga")
    facts = {name: _pick(group, name) for name in _FACTS}
    differ = [name for name in ("kelurahan_code", "rt", "rw") if len({getattr(r, name) for r in rows} - {""}) > 1]
    if differ:
        group.notes.append(f"Alamat berbeda antar baris keluarga ini; dipakai alamat baris {group.head.row}.")
    no_kk = next((r.kk_digits or r.no_kk for r in rows if r.no_kk), None)
    return HouseholdInput(
        no_kk=no_kk, kelurahan_code=str(facts["kelurahan_code"] or ""), rt=str(facts["rt"] or ""),
        rw=str(facts["rw"] or ""), street=str(facts["street"] or ""),
        desil=facts["desil"] if isinstance(facts["desil"], int) else None,
        notes=f"Diimpor dari {source_name}" if source_name else "", members=[r.member for r in rows],
    )


@dataclass(frozen=True)
class Codes:
    ppks: frozenset[str]
    programmes: frozenset[str]


def validate(h: HouseholdInput, *, today: date, codes: Codes,
             parsed: bool = False) -> tuple[HouseholdInput, list[Issue]]:
    """What `services.households.check` checks, without its duplicate search (the import matches
    every row against the database itself, for the whole file at once). A household assembled
    from parsed rows (`parsed`) already holds stored forms (NIK and KK digits, RT/RW, tidy names
    and text): `normalise` would only copy it, which is a fifth of a large import's time."""
    if not parsed:
        h = normalise(h)
    return h, check_household(h, today=today, ppks_codes=codes.ppks, programme_codes=codes.programmes)


def attach(group: Group, issues: list[Issue], rows_by_index: dict[int, MemberRow]) -> None:
    """Issues of the household check, on the row they concern: a member's on its row, the
    household's own on every row (errors) or on the head's row (warnings). A field whose cell was
    already unreadable is not reported twice."""
    for issue in issues:
        if issue.field.startswith(_MEMBER_FIELD):
            index_text, _, name = issue.field[len(_MEMBER_FIELD):].partition("].")
            row = rows_by_index.get(int(index_text))
            if row is None or name in row.failed:
                continue
            if issue.severity is Severity.ERROR:
                row.fail(name, issue.message)
            else:
                row.notes.append(issue.message)
        elif issue.severity is Severity.ERROR:
            if not group.failed(issue.field) and not (issue.code == "no_head" and group.failed("relation")):
                group.problems.append(_WORDING.get(issue.code, issue.message))
        else:
            group.notes.append(issue.message)

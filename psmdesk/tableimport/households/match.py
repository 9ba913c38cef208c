"""Is a household of the file already here? By a member's NIK first, then the No. KK, then a
member's normalised name with the birth date. An import never moves a person between households
and never duplicates one: anything it cannot settle alone is rejected with the reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database

from psmdesk.domain.enums import Sex
from psmdesk.domain.household import MemberInput
from psmdesk.storage import table_import as store
from psmdesk.storage.table_import import KnownHousehold, KnownMember
from psmdesk.tableimport.households.group import Group
from psmdesk.tableimport.households.parse import MemberRow

# Filled in when empty here and known in the file; a value already here is never overwritten.
MEMBER_FILLS = ("nik", "sex", "birth_date", "marital_status", "education", "occupation", "disability",
                "chronic_illness", "phone")
HOUSEHOLD_FILLS = ("no_kk", "street", "desil")
HOUSEHOLD_COMPARED = ("no_kk", "kelurahan_code", "rt", "rw", "street")
LABELS = {
    "nik": "NIK", "sex": "jenis kelamin", "birth_date": "tanggal lahir", "age_years": "umur",
    "marital_status": "status perkawinan", "education": "pendidikan", "occupation": "pekerjaan",
    "disability": "disabilitas", "chronic_illness": "penyakit kronis", "phone": "No. HP", "no_kk": "No. KK",
    "street": "alamat", "desil": "desil", "lives_alone": "tinggal sendiri", "kelurahan_code": "kelurahan",
    "rt": "RT", "rw": "RW",
}


@dataclass
class Known:
    """What the database already holds for the names, NIKs and KKs of the whole file."""

    by_nik: dict[str, list[KnownMember]]
    by_name: dict[tuple[str, str | None], list[KnownMember]]
    by_kk: dict[str, list[KnownHousehold]]
    households: dict[str, KnownHousehold] = field(default_factory=dict)
    members: dict[str, list[KnownMember]] = field(default_factory=dict)


def load_known(db: Database, groups: list[Group]) -> Known:
    rows = [r for g in groups for r in g.rows]
    known = Known(
        store.members_by_nik(db, {r.nik for r in rows if r.nik}),
        store.members_by_name(db, {r.key for r in rows if r.key and r.member.birth_date}),
        store.households_by_kk(db, {r.kk_digits for r in rows if r.kk_digits}),
    )
    ids = {m.household_id for hits in (*known.by_nik.values(), *known.by_name.values()) for m in hits}
    ids |= {h.id for hits in known.by_kk.values() for h in hits}
    known.households = store.households_by_id(db, ids)
    known.members = store.members_of(db, ids)
    return known


@dataclass
class Decision:
    household: KnownHousehold | None = None  # None: a new household
    how: str = ""
    matches: dict[int, KnownMember] = field(default_factory=dict)  # row index in the group -> member
    problem: str | None = None


def _compatible(row: MemberRow, member: KnownMember) -> bool:
    if row.nik and member.nik and row.nik != member.nik:
        return False
    birth = row.member.birth_date.isoformat() if row.member.birth_date else None
    return not (birth and member.birth_date and birth != member.birth_date)


def _name_hits(row: MemberRow, known: Known) -> list[KnownMember]:
    if not row.key or row.member.birth_date is None:
        return []
    return [m for m in known.by_name.get((row.key, row.member.birth_date.isoformat()), []) if _compatible(row, m)]


def _target(group: Group, known: Known) -> Decision:
    rows = group.rows
    nik_ids = {m.household_id for r in rows if r.nik for m in known.by_nik.get(r.nik, [])}
    kk = next((r.kk_digits for r in rows if r.kk_digits), None)
    kk_ids = {h.id for h in known.by_kk.get(kk, [])} if kk else set()
    name_ids = {m.household_id for r in rows if not (r.nik and r.nik in known.by_nik) for m in _name_hits(r, known)}
    if len(nik_ids) > 1:
        return Decision(problem="Anggota keluarga ini sudah tercatat di beberapa keluarga berbeda (menurut NIK); "
                                "rapikan dulu di aplikasi")
    if nik_ids:
        (found,) = nik_ids
        household = known.households.get(found)
        their_kk = household.no_kk if household else None
        if (kk_ids and found not in kk_ids) or (kk and their_kk and their_kk != kk):
            # Someone changing KK (marriage, a split family) is recorded in the form, on purpose.
            return Decision(problem="NIK anggota keluarga ini tercatat di PSM Desk pada keluarga dengan No. KK lain; "
                                    "perpindahan KK dicatat lewat formulir Keluarga")
        return Decision(household, "NIK")
    if len(kk_ids) > 1:
        return Decision(problem="No. KK ini tercatat pada lebih dari satu keluarga di PSM Desk; rapikan dulu di "
                                "aplikasi")
    if kk_ids:
        return Decision(known.households.get(next(iter(kk_ids))), "No. KK")
    if len(name_ids) > 1:
        return Decision(problem="Nama dan tanggal lahir anggota keluarga ini cocok dengan beberapa keluarga "
                                "berbeda di PSM Desk; periksa di aplikasi")
    if name_ids:
        return Decision(known.households.get(next(iter(name_ids))), "nama dan tanggal lahir")
    return Decision()


def decide(group: Group, known: Known) -> Decision:
    decision = _target(group, known)
    if decision.problem or decision.household is None:
        return decision
    target = decision.household.id
    existing = known.members.get(target, [])
    taken: dict[str, int] = {}
    for index, row in enumerate(group.rows):
        found = next((m for m in known.by_nik.get(row.nik or "", []) if m.household_id == target), None)
        if found is None:
            hits = _name_hits(row, known)
            if hits and all(m.household_id != target for m in hits):
                decision.problem = (f"{row.member.name}: nama dan tanggal lahir sama dengan anggota keluarga lain "
                                    "di PSM Desk; periksa di aplikasi")
                return decision
            same = [m for m in existing if m.name_key == row.key and _compatible(row, m)]
            found = same[0] if len(same) == 1 else None
        if found is None:
            continue
        if found.id in taken:
            decision.problem = (f"Baris {group.rows[taken[found.id]].row} dan {row.row} cocok dengan anggota yang "
                                "sama di PSM Desk")
            return decision
        taken[found.id] = index
        decision.matches[index] = found
    return decision


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _stored(value: Any) -> Any:
    """A value as the members table holds it."""
    if isinstance(value, date):
        return value.isoformat()
    return value.value if isinstance(value, Sex) else value


def member_fills(member: MemberInput, known: KnownMember) -> tuple[dict[str, Any], list[str]]:
    """(fields to fill in, labels of fields that differ and stay as they are). `member` holds
    normalised values (NIK digits, tidy text)."""
    incoming = {f: _stored(getattr(member, f)) for f in (*MEMBER_FILLS, "age_years")}
    fills = {f: incoming[f] for f in MEMBER_FILLS if _empty(known.values[f]) and not _empty(incoming[f])}
    if (_empty(known.values["birth_date"]) and _empty(known.values["age_years"]) and "birth_date" not in fills
            and not _empty(incoming["age_years"])):
        fills["age_years"] = incoming["age_years"]
    if member.lives_alone and not known.values["lives_alone"]:
        fills["lives_alone"] = True  # unticked is also how "not known" looks
    differ = [LABELS[f] for f in MEMBER_FILLS
              if not _empty(known.values[f]) and not _empty(incoming[f]) and known.values[f] != incoming[f]]
    return fills, differ


def household_fills(values: dict[str, Any], known: KnownHousehold) -> tuple[dict[str, Any], list[str]]:
    fills = {f: values[f] for f in HOUSEHOLD_FILLS if _empty(known.values[f]) and not _empty(values[f])}
    differ = [LABELS[f] for f in HOUSEHOLD_COMPARED
              if not _empty(known.values[f]) and not _empty(values[f]) and known.values[f] != values[f]]
    return fills, differ

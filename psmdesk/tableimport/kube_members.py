"""Target "kube-members": the member families of KUBE groups, one family per row (found by its
representative's NIK or by the No. KK), added through the KUBE service with its own checks."""

from __future__ import annotations

from datetime import date
from typing import Any

from psmdesk.domain import kube as rules
from psmdesk.domain.issues import Severity
from psmdesk.domain.kube import KubeMemberInput
from psmdesk.domain.names import name_key
from psmdesk.domain.nik import normalise_nik
from psmdesk.domain.tabular import cell_text, choice_lookup, header_key, parse_date_cell, parse_identity
from psmdesk.services import kube
from psmdesk.services.context import AppContext
from psmdesk.storage import table_import as store
from psmdesk.tableimport.fields import FieldSpec
from psmdesk.tableimport.plan import Action, ImportOptions, MappedSource, PreviewRow
from psmdesk.tableimport.reader import Row
from psmdesk.tableimport.rows import (
    BIRTH_FIELD,
    NAME_FIELD,
    NIK_FIELD,
    NOT_MAPPED,
    RowFacts,
    RowTarget,
    by_name,
    find_member,
    read_person,
)

F = FieldSpec
FIELDS: tuple[FieldSpec, ...] = (
    NIK_FIELD, NAME_FIELD, BIRTH_FIELD,
    F("no_kk", "No. KK", ("no kk", "nomor kk", "nomor kartu keluarga", "no kartu keluarga", "kk"),
      hint="bila NIK wakil keluarga tidak ada", identity=True),
    F("group", "Nama KUBE", ("kube", "nama kube", "kelompok", "nama kelompok", "kelompok usaha bersama"),
      hint="kosong bila hanya ada satu KUBE"),
    F("role", "Jabatan", ("jabatan", "jabatan dalam kelompok", "kedudukan", "peran", "posisi", "role"),
      hint="Ketua, Sekretaris, Bendahara atau Anggota; kosong: Anggota"),
    F("joined_on", "Tanggal masuk", ("tanggal masuk", "tgl masuk", "tanggal bergabung", "bergabung", "joined")),
)
ROLES = {header_key(label): code for code, label in rules.ROLES} | {
    header_key(w): code for code, words in (("ketua", ("ketua kelompok", "ketua kube")),
                                            ("sekretaris", ("sekertaris", "sekretaris kelompok")),
                                            ("bendahara", ("bendahara kelompok",)),
                                            ("anggota", ("anggota kelompok", "member"))) for w in words}


class KubeMembersTarget(RowTarget):
    key = "kube-members"
    title = "Anggota KUBE"
    description = ("Satu baris per keluarga anggota yang sudah ada di data Keluarga (dicari dengan NIK wakilnya "
                   "atau No. KK).")
    fields = FIELDS

    def mapping_problems(self, mapping: dict[str, int], options: ImportOptions) -> list[str]:
        problems = [] if "name" in mapping else ["Pilih kolom untuk Nama."]
        if not {"nik", "no_kk", "birth_date"} & mapping.keys():
            problems.append("Pilih kolom NIK atau No. KK untuk menemukan keluarganya.")
        return problems

    def start(self, ctx: AppContext, options: ImportOptions) -> Any:
        return [(g.id, g.name) for g in kube.overview(ctx, today=options.today)]

    def _family(self, ctx: AppContext, source: MappedSource, row: Row, facts: RowFacts) -> tuple[str, str | None]:
        """(household id, representative member id), or ("", None) with the reason in `facts`."""
        if facts.nik or facts.birth:
            member = find_member(ctx, facts)
            if member is not None:
                return member.household_id, member.id
            if not source.has("no_kk"):
                return "", None
            if not facts.problems[-1].endswith(NOT_MAPPED):
                return "", None
            facts.problems.pop()  # not found by person: the KK may still find the family
        kk = parse_identity(source.value(row, "no_kk"), "No. KK")
        digits = normalise_nik(str(kk.value)) if kk.value else None
        if kk.problem or digits is None:
            facts.problems.append(kk.problem or f"Keluarga {facts.name} {NOT_MAPPED}")
            return "", None
        found = store.households_by_kk(ctx.db, [digits]).get(digits, [])
        if len(found) != 1:
            facts.problems.append(f"Keluarga {facts.name} {NOT_MAPPED}" if not found
                                  else "No. KK ini tercatat pada lebih dari satu keluarga; rapikan dulu")
            return "", None
        people = store.members_of(ctx.db, [found[0].id]).get(found[0].id, [])
        same = [p for p in people if p.name_key == name_key(facts.name)]
        return found[0].id, same[0].id if len(same) == 1 else None

    def settle(self, ctx: AppContext, state: Any, source: MappedSource, number: int, row: Row,
               options: ImportOptions, seen: dict[tuple[str, str], int]) -> tuple[PreviewRow, Any]:
        facts = read_person(source, number, row, options.today)
        if not facts.name and not facts.nik and not cell_text(source.value(row, "no_kk")):
            facts.problems = ["Baris tanpa nama, NIK dan No. KK"]
            return facts.preview(Action.SKIP), None
        group_id = by_name(source.value(row, "group"), state, "KUBE", facts)
        role_cell = source.value(row, "role")
        role = choice_lookup(role_cell, ROLES) if header_key(role_cell) else "anggota"
        if role is None:
            facts.problems.append(f"Jabatan tidak dikenal: '{cell_text(role_cell)}' (Ketua, Sekretaris, Bendahara "
                                  "atau Anggota)")
        joined = parse_date_cell(source.value(row, "joined_on"), label="Tanggal masuk", today=options.today)
        if joined.problem:
            facts.problems.append(joined.problem)
        if facts.problems:
            return facts.preview(Action.REJECT), None
        household_id, member_id = self._family(ctx, source, row, facts)
        if not household_id or group_id is None or role is None:
            return facts.preview(Action.REJECT), None
        group = dict(state)[group_id]
        if (group_id, household_id) in seen:
            facts.problems.append(f"Keluarga yang sama ada juga di baris {seen[(group_id, household_id)]}")
            return facts.preview(Action.REJECT, group), None
        seen[(group_id, household_id)] = number
        member = KubeMemberInput(group_id=group_id, household_id=household_id, member_id=member_id, role=role,
                                 joined_on=joined.value if isinstance(joined.value, date) else None)
        issues = kube.check_member(ctx, member, today=options.today)
        if any(i.code == "twice" for i in issues):
            facts.notes.append(f"Sudah menjadi anggota {group}.")
            return facts.preview(Action.MATCH, group), None
        errors = [i.message for i in issues if i.severity is Severity.ERROR]
        if errors:
            facts.problems.extend(errors)
            return facts.preview(Action.REJECT, group), None
        facts.notes.extend(i.message for i in issues)
        return facts.preview(Action.CREATE, group), member

    def write(self, ctx: AppContext, work: Any, options: ImportOptions) -> None:
        assert isinstance(work, KubeMemberInput)
        kube.save_member(ctx, work, confirmed=True, today=options.today)

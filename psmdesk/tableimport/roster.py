"""Target "roster": a Pokmas's Daftar Penerima Permakanan, one person per row, enrolled through the
Permakanan service (the same eligibility checks and override reason as the roster screen)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from psmdesk.domain.meals import check_enrolment
from psmdesk.domain.tabular import cell_text, parse_date_cell
from psmdesk.services import meals
from psmdesk.services.context import AppContext
from psmdesk.tableimport.fields import FieldSpec
from psmdesk.tableimport.plan import Action, ImportOptions, MappedSource, PreviewRow
from psmdesk.tableimport.reader import Row
from psmdesk.tableimport.rows import BIRTH_FIELD, NAME_FIELD, NIK_FIELD, RowTarget, by_name, find_member, read_person

F = FieldSpec
FIELDS: tuple[FieldSpec, ...] = (
    NIK_FIELD, NAME_FIELD, BIRTH_FIELD,
    F("pokmas", "Pokmas", ("pokmas", "nama pokmas", "kelompok masyarakat", "dapur umum"),
      hint="nama Pokmas; kosong bila hanya ada satu Pokmas"),
    F("start_date", "Tanggal mulai", ("tanggal mulai", "tgl mulai", "mulai", "mulai menerima", "tanggal masuk",
                                      "start date"), hint="kosong: hari ini"),
    F("diet_notes", "Catatan makanan", ("catatan makanan", "pantangan", "pantangan makanan", "diet",
                                        "menu khusus")),
    F("health_notes", "Catatan kesehatan", ("catatan kesehatan", "kondisi kesehatan", "kesehatan", "penyakit")),
    F("override_reason", "Alasan pengecualian", ("alasan pengecualian", "pengecualian", "alasan diterima"),
      hint="wajib bila ada syarat yang tidak terpenuhi"),
)


@dataclass(frozen=True)
class Enrolment:
    pokmas_id: str
    member_id: str
    start: date
    override_reason: str
    diet_notes: str
    health_notes: str


class RosterTarget(RowTarget):
    key = "roster"
    title = "Daftar Penerima Permakanan (Pokmas)"
    description = ("Satu baris per penerima yang sudah ada di data Keluarga; syarat penerima diperiksa seperti "
                   "di layar Permakanan.")
    fields = FIELDS

    def start(self, ctx: AppContext, options: ImportOptions) -> Any:
        return [(p.id or "", p.name) for p in meals.list_pokmas(ctx, active_only=True)]

    def settle(self, ctx: AppContext, state: Any, source: MappedSource, number: int, row: Row,
               options: ImportOptions, seen: dict[tuple[str, str], int]) -> tuple[PreviewRow, Any]:
        facts = read_person(source, number, row, options.today)
        if not facts.name and not facts.nik:
            facts.problems = ["Baris tanpa nama dan NIK"]
            return facts.preview(Action.SKIP), None
        pokmas_id = by_name(source.value(row, "pokmas"), state, "Pokmas", facts)
        started = parse_date_cell(source.value(row, "start_date"), label="Tanggal mulai", today=options.today)
        if started.problem:
            facts.problems.append(started.problem)
        if facts.problems:
            return facts.preview(Action.REJECT), None
        member = find_member(ctx, facts)
        if member is None or pokmas_id is None:
            return facts.preview(Action.REJECT), None
        pokmas = dict(state)[pokmas_id]
        if (pokmas_id, member.id) in seen:
            facts.problems.append(f"Orang yang sama ada juga di baris {seen[(pokmas_id, member.id)]}")
            return facts.preview(Action.REJECT, pokmas), None
        seen[(pokmas_id, member.id)] = number
        check = meals.eligibility(ctx, pokmas_id, member.id, today=options.today)
        if check.on_this_roster:
            facts.notes.append(f"Sudah ada di daftar penerima {pokmas}.")
            return facts.preview(Action.MATCH, pokmas), None
        start = started.value if isinstance(started.value, date) else options.today
        reason = cell_text(source.value(row, "override_reason"))
        issues = check_enrolment(check.lines, reason, start, today=options.today)
        failed = [line.message for line in check.lines if not line.passed]
        if issues:
            facts.problems.extend([i.message for i in issues] + failed)
            return facts.preview(Action.REJECT, pokmas), None
        facts.notes.extend(([f"Dikecualikan: {reason}"] if failed else []) + failed)
        if not isinstance(started.value, date):
            facts.notes.append("Tanggal mulai: hari ini.")
        work = Enrolment(pokmas_id, member.id, start, reason if failed else "",
                         cell_text(source.value(row, "diet_notes")), cell_text(source.value(row, "health_notes")))
        return facts.preview(Action.CREATE, pokmas), work

    def write(self, ctx: AppContext, work: Any, options: ImportOptions) -> None:
        assert isinstance(work, Enrolment)
        meals.enrol(ctx, work.pokmas_id, work.member_id, work.start, override_reason=work.override_reason,
                    diet_notes=work.diet_notes, health_notes=work.health_notes, today=options.today)

"""Targets where each spreadsheet row stands alone (a roster line, a group member): the shared
loop, and finding the person or family a row names among the households already mapped.

These targets never create people: a person not yet in the household data is rejected with the
way forward (import the file as households first). That keeps one place, the household check,
where people are created."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from psmdesk.domain.names import clean_name, name_key
from psmdesk.domain.nik import normalise_nik
from psmdesk.domain.tabular import CellValue, cell_text, header_key, parse_date_cell, parse_identity
from psmdesk.services.context import AppContext
from psmdesk.storage import table_import as store
from psmdesk.storage.table_import import KnownMember
from psmdesk.tableimport.fields import FieldSpec
from psmdesk.tableimport.plan import (
    Action,
    Cancelled,
    CancelledFn,
    ImportOptions,
    ImportPlan,
    MappedSource,
    PreviewRow,
    ProgressFn,
    SinkFn,
)
from psmdesk.tableimport.reader import Row

PROGRESS_EVERY = 200
NOT_MAPPED = ("belum ada di data Keluarga. Impor dulu berkas ini sebagai 'Keluarga dan anggota keluarga', "
              "lalu impor lagi dengan pilihan ini")

F = FieldSpec
NIK_FIELD = F("nik", "NIK", ("nik", "no nik", "nomor nik", "nomor induk kependudukan", "no ktp", "nomor ktp",
                             "ktp"), hint="16 angka, ketik sebagai teks", identity=True)
NAME_FIELD = F("name", "Nama", ("nama", "nama lengkap", "nama penerima", "nama penerima manfaat", "nama anggota",
                                "name", "full name"), required=True)
BIRTH_FIELD = F("birth_date", "Tanggal lahir", ("tanggal lahir", "tgl lahir", "tempat tanggal lahir",
                                                "tempat tgl lahir", "ttl", "date of birth", "birth date"))


@dataclass
class RowFacts:
    """What every per-row target reads first: who the row is about."""

    row: int
    name: str
    nik: str | None
    birth: date | None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def preview(self, action: Action, group: str = "") -> PreviewRow:
        return PreviewRow(self.row, action, self.name, self.nik,
                          self.problems if action in (Action.REJECT, Action.SKIP) else [], self.notes, group)


def read_person(source: MappedSource, number: int, row: Row, today: date) -> RowFacts:
    facts = RowFacts(number, clean_name(cell_text(source.value(row, "name"))), None, None)
    nik = parse_identity(source.value(row, "nik"), "NIK")
    if nik.problem:
        facts.problems.append(nik.problem)
    elif nik.value:
        facts.nik = normalise_nik(str(nik.value))
        if facts.nik is None:
            facts.problems.append("NIK harus 16 angka")
    birth = parse_date_cell(source.value(row, "birth_date"), label="Tanggal lahir", today=today)
    if birth.problem:
        facts.problems.append(birth.problem)
    facts.birth = birth.value if isinstance(birth.value, date) else None
    return facts


def find_member(ctx: AppContext, facts: RowFacts) -> KnownMember | None:
    """The mapped person a row names: by NIK, else by name and birth date. Adds the reason to
    `facts` when there is none, or more than one."""
    if facts.nik:
        found = store.members_by_nik(ctx.db, [facts.nik]).get(facts.nik, [])
        if len(found) > 1:
            facts.problems.append("NIK ini tercatat pada lebih dari satu orang di PSM Desk; rapikan dulu")
            return None
        if found:
            return found[0]
    key = name_key(facts.name)
    if key and facts.birth is not None:
        found = store.members_by_name(ctx.db, [key]).get((key, facts.birth.isoformat()), [])
        found = [m for m in found if not (facts.nik and m.nik and m.nik != facts.nik)]
        if len(found) > 1:
            facts.problems.append("Ada beberapa orang dengan nama dan tanggal lahir ini; isi NIK-nya")
            return None
        if found:
            return found[0]
    facts.problems.append(f"{facts.name or 'Orang ini'} {NOT_MAPPED}")
    return None


def by_name(value: CellValue, choices: list[tuple[str, str]], noun: str, facts: RowFacts) -> str | None:
    """A group (Pokmas, KUBE) named in a column, or the only one there is when the cell is empty."""
    if not header_key(value):
        if len(choices) == 1:
            return choices[0][0]
        facts.problems.append(f"Kolom {noun} kosong, padahal ada {len(choices)} {noun}; tulis namanya"
                              if choices else f"Belum ada {noun}; buat dulu di layarnya")
        return None
    wanted = header_key(value)
    found = [code for code, name in choices if header_key(name) == wanted]
    if len(found) == 1:
        return found[0]
    facts.problems.append(f"{noun} '{cell_text(value)}' tidak ditemukan" if not found
                          else f"Ada beberapa {noun} bernama '{cell_text(value)}'")
    return None


class RowTarget:
    """The loop of a per-row target; subclasses read and settle one row, and write one work item."""

    key = ""
    title = ""
    description = ""
    fields: tuple[FieldSpec, ...] = ()
    coordinator_only = False

    def unavailable(self) -> str | None:
        return None

    def mapping_problems(self, mapping: dict[str, int], options: ImportOptions) -> list[str]:
        problems = [] if "name" in mapping else ["Pilih kolom untuk Nama."]
        if "nik" not in mapping and "birth_date" not in mapping:
            problems.append("Pilih kolom NIK (atau Tanggal lahir) untuk menemukan orangnya.")
        return problems

    def start(self, ctx: AppContext, options: ImportOptions) -> Any:
        """Whatever the whole file needs (the list of groups, ...)."""
        return None

    def settle(self, ctx: AppContext, state: Any, source: MappedSource, number: int, row: Row,
               options: ImportOptions, seen: dict[tuple[str, str], int]) -> tuple[PreviewRow, Any]:
        raise NotImplementedError

    def write(self, ctx: AppContext, work: Any, options: ImportOptions) -> None:
        """One row's write instruction, through the module's service."""
        raise NotImplementedError

    def plan(self, ctx: AppContext, source: MappedSource, options: ImportOptions, progress: ProgressFn,
             cancelled: CancelledFn, sink: SinkFn | None = None) -> ImportPlan:
        state = self.start(ctx, options)
        plan = ImportPlan(self.key, [])
        data = list(source.data_rows())
        seen: dict[tuple[str, str], int] = {}
        for done, (number, row) in enumerate(data, start=1):
            preview, work = self.settle(ctx, state, source, number, row, options, seen)
            plan.rows.append(preview)
            plan.groups[preview.action] += 1
            if work is not None:
                (plan.work.append if sink is None else sink)(work)
            if done % PROGRESS_EVERY == 0:
                if cancelled():
                    raise Cancelled()
                progress(done, len(data), "Memeriksa baris" if sink is None else "Memeriksa dan menyimpan")
        return plan

    def writer(self, ctx: AppContext, options: ImportOptions, progress: ProgressFn,
               cancelled: CancelledFn) -> RowWriter:
        return RowWriter(self, ctx, options)


class RowWriter:
    """Each row through its module's own service, as soon as it is settled."""

    def __init__(self, target: RowTarget, ctx: AppContext, options: ImportOptions) -> None:
        self.target, self.ctx, self.options = target, ctx, options
        self.records = 0

    def add(self, work: Any) -> None:
        self.target.write(self.ctx, work, self.options)
        self.records += 1

    def finish(self) -> int:
        return self.records

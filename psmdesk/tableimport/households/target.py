"""Target "households": Keluarga with their members, one spreadsheet row per member."""

from __future__ import annotations

from psmdesk.services.context import AppContext
from psmdesk.services.setup import reference_list
from psmdesk.storage import table_import as store
from psmdesk.tableimport.fields import FieldSpec
from psmdesk.tableimport.households import fields as hf
from psmdesk.tableimport.households.group import Codes, group_rows
from psmdesk.tableimport.households.match import load_known
from psmdesk.tableimport.households.parse import KelurahanResolver, MemberRow, parse_row
from psmdesk.tableimport.households.planner import CreateWork, Planner, UpdateWork
from psmdesk.tableimport.plan import (
    Action,
    Cancelled,
    CancelledFn,
    ImportOptions,
    ImportPlan,
    MappedSource,
    PreviewRow,
    ProgressFn,
)

PROGRESS_EVERY = 500
BATCH = 250  # households per insert_many


class HouseholdsTarget:
    key = "households"
    title = "Keluarga dan anggota keluarga"
    description = "Satu baris per anggota; anggota dengan No. KK sama menjadi satu keluarga."
    fields: tuple[FieldSpec, ...] = hf.FIELDS

    def unavailable(self) -> str | None:
        return None

    def mapping_problems(self, mapping: dict[str, int], options: ImportOptions) -> list[str]:
        problems = []
        if "name" not in mapping:
            problems.append("Pilih kolom untuk Nama.")
        if "rt_rw" not in mapping and not {"rt", "rw"} <= mapping.keys():
            problems.append("Pilih kolom RT dan RW, atau satu kolom RT/RW.")
        if "kelurahan" not in mapping and not options.default_kelurahan:
            problems.append("Pilih kolom Kelurahan/Desa, atau tentukan kelurahan bawaan.")
        if "birth_date" not in mapping and "age" not in mapping:
            problems.append("Pilih kolom Tanggal lahir (atau Umur).")
        return problems

    def plan(self, ctx: AppContext, source: MappedSource, options: ImportOptions,
             progress: ProgressFn, cancelled: CancelledFn) -> ImportPlan:
        resolver = KelurahanResolver(options.default_kelurahan or options.area)
        data = list(source.data_rows())
        total = len(data)
        parsed: list[MemberRow] = []
        for done, (number, row) in enumerate(data, start=1):
            parsed.append(parse_row(source, number, row, resolver, options))
            if done % PROGRESS_EVERY == 0:
                _tick(progress, cancelled, done, total, "Membaca baris")
        groups = group_rows([r for r in parsed if not r.skipped])
        codes = Codes(frozenset(c for c, _ in reference_list(ctx, "ppks", active_only=False)),
                      frozenset(c for c, _ in reference_list(ctx, "programme", active_only=False)))
        plan = ImportPlan(self.key, [])
        planner = Planner(ctx, load_known(ctx.db, groups), options, codes, plan)
        done = 0
        for group in groups:
            planner.settle(group)
            done += len(group.rows)
            if done % PROGRESS_EVERY < len(group.rows):
                _tick(progress, cancelled, done, total, "Mencocokkan dengan data yang ada")
        rows = planner.previews + [PreviewRow(r.row, Action.SKIP, reasons=["Baris tanpa nama, NIK dan No. KK"])
                                   for r in parsed if r.skipped]
        plan.rows = sorted(rows, key=lambda r: r.row)
        return plan

    def apply(self, ctx: AppContext, plan: ImportPlan, progress: ProgressFn, cancelled: CancelledFn) -> int:
        """Writes the plan; the caller owns the transaction (and rolls back on Cancelled). New
        households go in batches (RecordWriter.insert_many: the same stamps and audit entries)."""
        writer = ctx.writer()
        total = sum(w.rows for w in plan.work)
        done = records = 0
        touched: list[str] = []
        batch: list[CreateWork] = []

        def flush() -> None:
            touched.extend(store.insert_households(writer, [w.household for w in batch]))
            batch.clear()

        for work in plan.work:
            if isinstance(work, CreateWork):
                batch.append(work)
                records += 1 + len(work.household.members)
            elif isinstance(work, UpdateWork):
                store.update_household(writer, work.household_id, work.household, work.changed, work.new)
                touched.append(work.household_id)
                records += bool(work.household) + len(work.changed) + len(work.new)
            before, done = done, done + work.rows
            if len(batch) >= BATCH:
                flush()
            if done // PROGRESS_EVERY != before // PROGRESS_EVERY:
                _tick(progress, cancelled, done, total, "Menyimpan")
        flush()
        if cancelled():
            raise Cancelled()
        progress(total, total, "Memperbarui indeks pencarian")
        store.refresh_search(ctx.db, touched)
        return records


def _tick(progress: ProgressFn, cancelled: CancelledFn, done: int, total: int, message: str) -> None:
    if cancelled():
        raise Cancelled()
    progress(done, total, message)

"""Target "households": Keluarga with their members, one spreadsheet row per member."""

from __future__ import annotations

from psmdesk.domain.household import HouseholdInput
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
    SinkFn,
)

PROGRESS_EVERY = 500
BATCH = 250  # households per insert_many


class HouseholdsTarget:
    key = "households"
    title = "Keluarga dan anggota keluarga"
    description = "Satu baris per anggota; anggota dengan No. KK sama menjadi satu keluarga."
    fields: tuple[FieldSpec, ...] = hf.FIELDS
    coordinator_only = False

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

    def plan(self, ctx: AppContext, source: MappedSource, options: ImportOptions, progress: ProgressFn,
             cancelled: CancelledFn, sink: SinkFn | None = None) -> ImportPlan:
        resolver = KelurahanResolver(options.default_kelurahan or options.area)
        data = list(source.data_rows())
        total = len(data)
        parsed: list[MemberRow] = []
        for done, (number, row) in enumerate(data, start=1):
            parsed.append(parse_row(source, number, row, resolver, options))
            if done % PROGRESS_EVERY == 0:
                _tick(progress, cancelled, done, total, "Membaca baris")
        del data
        groups = group_rows([r for r in parsed if not r.skipped])
        skipped = [PreviewRow(r.row, Action.SKIP, reasons=["Baris tanpa nama, NIK dan No. KK"])
                   for r in parsed if r.skipped]
        del parsed
        codes = Codes(frozenset(c for c, _ in reference_list(ctx, "ppks", active_only=False)),
                      frozenset(c for c, _ in reference_list(ctx, "programme", active_only=False)))
        plan = ImportPlan(self.key, [])
        planner = Planner(ctx, load_known(ctx.db, groups), options, codes, plan, sink)
        message = "Mencocokkan dengan data yang ada" if sink is None else "Memeriksa dan menyimpan"
        done = 0
        for group in groups:
            size = len(group.rows)
            planner.settle(group)
            group.rows.clear()  # settled: its preview rows and write instructions are all that is kept
            before, done = done, done + size
            if done // PROGRESS_EVERY != before // PROGRESS_EVERY:
                _tick(progress, cancelled, done, total, message)
        plan.rows = sorted(planner.previews + skipped, key=lambda r: r.row)
        return plan

    def writer(self, ctx: AppContext, options: ImportOptions, progress: ProgressFn,
               cancelled: CancelledFn) -> HouseholdWriter:
        return HouseholdWriter(ctx, cancelled)


class HouseholdWriter:
    """New households go in batches (RecordWriter.insert_many: the same stamps and audit entries as
    one by one), filled-in ones one by one; the search index is refreshed once at the end."""

    def __init__(self, ctx: AppContext, cancelled: CancelledFn) -> None:
        self.ctx = ctx
        self.writer = ctx.writer()
        self.cancelled = cancelled
        self.batch: list[HouseholdInput] = []
        self.touched: list[str] = []
        self.records = 0

    def add(self, work: object) -> None:
        if isinstance(work, CreateWork):
            self.batch.append(work.household)
            self.records += 1 + len(work.household.members)
            if len(self.batch) >= BATCH:
                self._flush()
        elif isinstance(work, UpdateWork):
            store.update_household(self.writer, work.household_id, work.household, work.changed, work.new)
            self.touched.append(work.household_id)
            self.records += bool(work.household) + len(work.changed) + len(work.new)

    def _flush(self) -> None:
        if self.cancelled():
            raise Cancelled()
        if self.batch:
            self.touched.extend(store.insert_households(self.writer, self.batch))
            self.batch = []

    def finish(self) -> int:
        self._flush()
        store.refresh_search(self.ctx.db, self.touched)
        return self.records


def _tick(progress: ProgressFn, cancelled: CancelledFn, done: int, total: int, message: str) -> None:
    if cancelled():
        raise Cancelled()
    progress(done, total, message)

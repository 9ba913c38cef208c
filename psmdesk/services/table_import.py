"""Spreadsheet import use cases, shared by the wizard and `psmdesk import-table`:

    prepared = prepare(ctx, path, "households")          # read, find the header, suggest a mapping
    plan = preview(ctx, prepared, prepared.mapping, options)  # what would happen, row by row
    result = apply(ctx, prepared, prepared.mapping, options)  # the same, written in one transaction
    write_rejected_report(prepared, prepared.mapping, result.plan, folder)

A Koordinator imports any kelurahan; a Relawan only her own (other rows are rejected)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from psmdesk.domain.profile import Role
from psmdesk.domain.regions import is_village_code, normalise_code, region_label
from psmdesk.services.collector import paused_collector
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.roles import require_profile, require_role
from psmdesk.storage import table_import as store
from psmdesk.storage.db import immediate, import_cache
from psmdesk.tableimport.fields import suggest
from psmdesk.tableimport.headers import HeaderLayout, detect_header
from psmdesk.tableimport.mapping import from_titles, load_mapping_file, to_titles
from psmdesk.tableimport.plan import (
    Cancelled,
    CancelledFn,
    ImportOptions,
    ImportPlan,
    ImportResult,
    MappedSource,
    ProgressFn,
)
from psmdesk.tableimport.reader import SourceError, SourceTable, read_table
from psmdesk.tableimport.report import write_rejected
from psmdesk.tableimport.targets import Target, all_targets, get_target

SUGGESTED, REMEMBERED, FROM_FILE = "suggested", "remembered", "file"


@dataclass
class Prepared:
    source: SourceTable
    layout: HeaderLayout
    target: Target
    mapping: dict[str, int]  # field key -> column index
    origin: str  # SUGGESTED, REMEMBERED or FROM_FILE

    def mapped(self, mapping: dict[str, int] | None = None) -> MappedSource:
        return MappedSource(self.source, self.layout, dict(self.mapping if mapping is None else mapping))

    @property
    def data_row_count(self) -> int:
        return sum(1 for _ in self.mapped().data_rows())


def targets() -> list[Target]:
    return all_targets()


def _no_progress(done: int, total: int, message: str) -> None:
    pass


def _never() -> bool:
    return False


def available_target(key: str) -> Target:
    target = get_target(key)
    reason = target.unavailable()
    if reason:
        raise UserError(reason)
    return target


def prepare(ctx: AppContext, path: Path, target_key: str, *, sheet: str | None = None,
            mapping_file: Path | None = None) -> Prepared:
    """Reads the file and proposes a mapping: the one remembered for files of this shape, else
    suggestions from the header names; a mapping file given overrides both."""
    require_profile(ctx)
    target = available_target(target_key)
    if target.coordinator_only:
        require_role(ctx, Role.KOORDINATOR, f"mengimpor {target.title}")
    with paused_collector():
        table = read_table(Path(path), sheet)
    if not table.rows:
        raise SourceError(f"{table.name} kosong: tidak ada baris untuk diimpor.")
    layout = detect_header(table.rows, target.fields)
    if layout.data_start >= len(table.rows):
        raise SourceError(f"{table.name} hanya berisi judul kolom, tanpa baris data.")
    mapping = suggest([c.parts for c in layout.columns], target.fields)
    origin = SUGGESTED
    remembered = store.get_mapping(ctx.db, target.key, layout.shape())
    if remembered:
        restored, problems = from_titles(remembered, layout, target.fields)
        if not problems:
            mapping, origin = restored, REMEMBERED
    if mapping_file is not None:
        mapping, origin = load_mapping_file(mapping_file, layout, target.fields), FROM_FILE
    return Prepared(table, layout, target, mapping, origin)


def options_for(ctx: AppContext, source_name: str, *, kelurahan: str | None = None,
                today: date | None = None) -> ImportOptions:
    """The volunteer's own kelurahan is the default (and her limit); a coordinator's default is
    the kelurahan of her office unless another is chosen."""
    profile = require_profile(ctx)
    default = profile.kelurahan_code
    if kelurahan:
        code = normalise_code(kelurahan)
        if code is None or not is_village_code(code):
            raise UserError(f"Kode kelurahan '{kelurahan}' tidak dikenal (contoh: 31.71.08.1001).")
        default = code
    area = profile.kelurahan_code if profile.role is Role.RELAWAN else None
    if area and default != area:
        raise UserError(f"Relawan hanya dapat mengimpor data {region_label(area)}.")
    return ImportOptions(today=today or date.today(), default_kelurahan=default, area=area, source_name=source_name)


def mapping_problems(prepared: Prepared, mapping: dict[str, int], options: ImportOptions) -> list[str]:
    return prepared.target.mapping_problems(mapping, options)


def _check_mapping(prepared: Prepared, mapping: dict[str, int], options: ImportOptions) -> None:
    problems = mapping_problems(prepared, mapping, options)
    if problems:
        raise UserError("Pemetaan kolom belum lengkap: " + " ".join(problems))


def preview(ctx: AppContext, prepared: Prepared, mapping: dict[str, int], options: ImportOptions,
            progress: ProgressFn | None = None, cancelled: CancelledFn | None = None) -> ImportPlan:
    """What an import would do, row by row. Writes nothing (not even the remembered mapping)."""
    _check_mapping(prepared, mapping, options)
    with paused_collector():
        return prepared.target.plan(ctx, prepared.mapped(mapping), options, progress or _no_progress,
                                    cancelled or _never)


def apply(ctx: AppContext, prepared: Prepared, mapping: dict[str, int], options: ImportOptions,
          progress: ProgressFn | None = None, cancelled: CancelledFn | None = None) -> ImportResult:
    """Previews again under the write lock (the data may have changed since the preview), writing
    each household as soon as it is settled, all in one transaction; cancelling rolls everything
    back. The mapping is remembered for the next file of the same shape. `result.plan.work` stays
    empty: what was written is in the database."""
    if prepared.target.coordinator_only:
        require_role(ctx, Role.KOORDINATOR, f"mengimpor {prepared.target.title}")
    _check_mapping(prepared, mapping, options)
    progress, cancelled = progress or _no_progress, cancelled or _never
    started = time.perf_counter()
    plan = ImportPlan(prepared.target.key, [])
    try:
        with paused_collector(), import_cache(ctx.db), immediate(ctx.db):
            writer = prepared.target.writer(ctx, options, progress, cancelled)
            plan = prepared.target.plan(ctx, prepared.mapped(mapping), options, progress, cancelled, writer.add)
            progress(len(plan.rows), len(plan.rows), "Menyelesaikan")
            records = writer.finish()
            if cancelled():
                raise Cancelled()
            store.put_mapping(ctx.db, prepared.target.key, prepared.layout.shape(),
                              to_titles(mapping, prepared.layout))
    except Cancelled:
        return ImportResult(plan, cancelled=True, seconds=time.perf_counter() - started)
    return ImportResult(plan, seconds=time.perf_counter() - started, records=records)


def identity_fields(target: Target) -> list[str]:
    return [f.key for f in target.fields if f.identity]


def write_rejected_report(prepared: Prepared, mapping: dict[str, int], plan: ImportPlan, folder: Path) -> Path:
    if not plan.rejected:
        raise UserError("Tidak ada baris yang ditolak.")
    return write_rejected(prepared.mapped(mapping), plan, Path(folder), identity_fields(prepared.target))

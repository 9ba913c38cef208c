"""Jejak Audit: the coordinator reads who changed what, when, and from which laptop.

Koordinator only. Values are shown as they may be shown on an office screen: NIK and No. KK
masked, phone numbers shortened, and sensitive content (case notes, PPKS and health notes,
disability and chronic illness) never shown at all, only that it changed. The CSV export holds
exactly what the screen shows."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from psmdesk.domain.erasure import ERASE_ACTION
from psmdesk.domain.nik import mask_nik
from psmdesk.domain.profile import Role
from psmdesk.logsetup import mask_digits
from psmdesk.services.context import AppContext
from psmdesk.services.roles import require_role
from psmdesk.storage import audit as repo
from psmdesk.storage.audit import AuditFilter, AuditRow

__all__ = ["AuditFilter", "AuditLine", "HIDDEN", "count", "export_csv", "filter_choices", "lines", "shown_value"]

ACTION = "melihat jejak audit"
HIDDEN = "(disembunyikan)"
MASKED_FIELDS = frozenset({"nik", "no_kk"})
# Sensitive content (UU PDP: health data, children, case notes): the change is listed, the value never.
SENSITIVE: dict[str, frozenset[str]] = {
    "*": frozenset({"body", "health_notes", "diet_notes", "chronic_illness", "disability", "override_reason"}),
    "ppks_cases": frozenset({"notes"}),
    "visits": frozenset({"notes"}),
    "case_notes_shared": frozenset({"body", "note_key"}),
    "case_files": frozenset({"institution"}),
}
ACTION_LABELS = {"create": "ditambah", "update": "diubah", "delete": "dihapus", "restore": "dipulihkan",
                 "sync": "diterima lewat sinkron", ERASE_ACTION: "dihapus atas permintaan"}
CSV_HEADER = ("Waktu (UTC)", "Petugas", "Perangkat", "Tabel", "ID data", "Tindakan", "Kolom", "Sebelum", "Sesudah")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: str
    actor: str
    device: str  # the last 8 characters of the device id
    table: str
    record: str  # the last 8 characters of the record id
    action: str
    field: str
    old: str
    new: str


def shown_value(table: str, field: str | None, value: str | None) -> str:
    if value is None or value == "":
        return ""
    if field in MASKED_FIELDS:
        return mask_nik(value)
    if field in SENSITIVE["*"] or field in SENSITIVE.get(table, frozenset()):
        return HIDDEN
    return mask_digits(value)


def _line(row: AuditRow) -> AuditLine:
    return AuditLine(row.id, row.at, row.actor, row.device_id[-8:], row.table, row.record_id[-8:], row.action,
                     row.field or "", shown_value(row.table, row.field, row.old_value),
                     shown_value(row.table, row.field, row.new_value))


def lines(ctx: AppContext, f: AuditFilter, *, after: int | None = None, limit: int = 200) -> list[AuditLine]:
    require_role(ctx, Role.KOORDINATOR, ACTION)
    return [_line(r) for r in repo.page(ctx.db, f, after=after, limit=limit)]


def count(ctx: AppContext, f: AuditFilter) -> int:
    require_role(ctx, Role.KOORDINATOR, ACTION)
    return repo.count(ctx.db, f)


@dataclass(frozen=True)
class FilterChoices:
    devices: list[tuple[str, str]]  # (device id, name)
    tables: list[str]
    actions: list[str]


def filter_choices(ctx: AppContext) -> FilterChoices:
    require_role(ctx, Role.KOORDINATOR, ACTION)
    return FilterChoices(repo.devices(ctx.db), repo.tables(ctx.db), repo.actions(ctx.db))


def _cell(text: str) -> str:
    """Spreadsheet-safe: a cell that starts like a formula is kept as text."""
    return "'" + text if text.startswith(_FORMULA) else text


def export_csv(ctx: AppContext, f: AuditFilter, path: Path,
               progress: Callable[[int], None] | None = None) -> int:
    """Writes the filtered entries (as shown: masked, sensitive values hidden); returns how many."""
    require_role(ctx, Role.KOORDINATOR, "mengekspor jejak audit")
    written = 0
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, lineterminator="\r\n")
        out.writerow(CSV_HEADER)
        for row in repo.all_rows(ctx.db, f):
            line = _line(row)
            out.writerow([_cell(v) for v in (line.at, line.actor, line.device, line.table, line.record,
                                             ACTION_LABELS.get(line.action, line.action), line.field, line.old,
                                             line.new)])
            written += 1
            if progress and written % 5000 == 0:
                progress(written)
    tmp.replace(path)
    return written

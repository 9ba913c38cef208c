"""Applying staged rows to the database: inserts, per-field merges, conflicts, tombstones.

Runs inside the caller's transaction; raises BundleRejected (rolling everything back) when the
data cannot stand, e.g. member rows whose household is nowhere to be found."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from psmdesk.domain.clock import Stamp
from psmdesk.storage import erasure
from psmdesk.storage.records import dump_clocks, load_clocks
from psmdesk.storage.search import refresh_households
from psmdesk.sync.bundle import BundleRejected
from psmdesk.sync.conflicts import record_losers, tidy
from psmdesk.sync.forks import Intervals
from psmdesk.sync.merge import Loser, merge_row
from psmdesk.sync.staging import Staged, StagedRow, Tombstone
from psmdesk.sync.tables import PARENTS, SYNC_ORDER, TableSpec

CHUNK = 400


@dataclass
class TableCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0


@dataclass
class ApplyReport:
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: int = 0
    flagged_clocks: int = 0
    max_clock: str = ""

    def total(self, attr: str) -> int:
        return sum(getattr(c, attr) for c in self.tables.values())


@dataclass
class Source:
    bundle_id: str
    device_id: str
    name: str
    now_ms: int
    now_iso: str
    unseen: Intervals = field(default_factory=dict)  # what restored laptops never saw (forks.py)


def _existing(db: Database, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        cursor = db.execute(f"SELECT * FROM {table} WHERE id IN ({', '.join('?' * len(part))})", part)
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            found[row[0]] = dict(zip(names, row, strict=True))
    return found


def _known_ids(db: Database, table: str, ids: set[str]) -> set[str]:
    return set(_existing(db, table, sorted(ids))) if ids else set()


def _check_parents(db: Database, staged: Staged) -> None:
    for table, links in PARENTS.items():
        for column, parent in links:
            wanted = {str(v) for r in staged.rows.get(table, []) if (v := r.get(column))}
            arriving = {str(r.get("id")) for r in staged.rows.get(parent, [])}
            missing = wanted - arriving - _known_ids(db, parent, wanted - arriving)
            if missing:
                raise BundleRejected(
                    f"{table}.csv merujuk {len(missing)} data {parent} yang tidak ada; "
                    "impor dulu paket sebelumnya dari perangkat yang sama"
                )


def apply_staged(db: Database, staged: Staged, specs: dict[str, TableSpec], source: Source) -> ApplyReport:
    _check_parents(db, staged)
    report = ApplyReport()
    touched: set[str] = set()
    waiting_erasures = erasure.pending_erasures(db)  # read before inserts consume them
    for table in SYNC_ORDER:
        rows = staged.rows.get(table, [])
        counts = report.tables.setdefault(table, TableCounts())
        if rows:
            _merge_table(db, specs[table], rows, counts, report, source)
            touched |= _households_of(table, rows)
    for stone in staged.tombstones:
        _apply_tombstone(db, specs[stone.table], stone, report, source)
        if stone.table == "households":
            touched.add(stone.record_id)
        elif stone.table == "members":
            row = db.execute("SELECT household_id FROM members WHERE id = ?", [stone.record_id]).fetchone()
            if row:
                touched.add(row[0])
    # Erased records (arrived now, or erased here before) are scrubbed from this device's own
    # audit log, conflict queue, drafts and search index (docs/sync.md, "Erasure").
    report.conflicts -= erasure.scrub_arrived(
        db, {t: [str(r.get("id")) for r in rows] for t, rows in staged.rows.items()},
        [(t.table, t.record_id, t.reason) for t in staged.tombstones], waiting_erasures,
        sender=source.name, at=source.now_iso, bundle_id=source.bundle_id)
    if touched:
        refresh_households(db, touched)
    return report


def _households_of(table: str, rows: list[StagedRow]) -> set[str]:
    if table == "households":
        return {str(r.get("id")) for r in rows}
    if table in ("members", "ppks_cases", "visits"):
        return {str(r.get("household_id")) for r in rows}
    return set()


def _note_clock(report: ApplyReport, clock: str, source: Source) -> None:
    try:
        stamp = Stamp.parse(clock)
    except ValueError:
        return
    if stamp.ms <= source.now_ms + 24 * 3600 * 1000 and clock > report.max_clock:
        report.max_clock = clock


def _merge_table(
    db: Database, spec: TableSpec, rows: list[StagedRow], counts: TableCounts, report: ApplyReport, source: Source
) -> None:
    ids = [str(r.get("id")) for r in rows]
    existing = _existing(db, spec.name, ids)
    stones = _pending_tombstones(db, spec.name, [i for i in ids if i not in existing])
    inserts: list[StagedRow] = []
    for row, row_id in zip(rows, ids, strict=True):
        _note_clock(report, str(row.get("hlc")), source)
        local = existing.get(row_id)
        if local is None:
            inserts.append(row)
        else:
            _merge_existing(db, spec, local, row, counts, report, source)
    if inserts:
        _insert(db, spec, inserts, stones, source)
        counts.added += len(inserts)


def _pending_tombstones(db: Database, table: str, ids: list[str]) -> dict[str, tuple[str, str, str | None, str]]:
    found: dict[str, tuple[str, str, str | None, str]] = {}
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        for rid, clock, base, reason, at in db.execute(
            "SELECT record_id, clock, base, reason, deleted_at FROM tombstones WHERE table_name = ?"
            f" AND record_id IN ({', '.join('?' * len(part))})", [table, *part]
        ):
            found[rid] = (clock, base, reason, at)
    return found


def _insert(
    db: Database, spec: TableSpec, rows: list[StagedRow], stones: dict[str, tuple[str, str, str | None, str]],
    source: Source,
) -> None:
    """The rows as staged (the file's columns, then the derived ones); a row whose deletion
    arrived before it gets that deletion, in its clocks and in deleted_at."""
    layout = rows[0].layout  # the rows of a table come from one file, and share its layout
    at_id, at_hlc, at_clocks = layout.index["id"], layout.index["hlc"], layout.clocks
    plain: list[list[object]] = []
    deleted: list[list[object]] = []
    for row in rows:
        stone = stones.get(str(row.cells[at_id])) if stones else None
        if stone is None:
            plain.append(row.cells)
            continue
        cells = list(row.cells)
        clocks = row.clocks
        reason: str | None = None
        deleted_at: str | None = None
        if stone[0] > clocks.get("deleted_at", ("", ""))[0]:
            clocks["deleted_at"] = (stone[0], stone[1])
            reason, deleted_at = stone[2], stone[3]
            cells[at_clocks] = dump_clocks(clocks)
        # the same stamp whichever arrived first, the row or its deletion
        cells[at_hlc] = max(str(cells[at_hlc]), stone[0])
        deleted.append([*cells, deleted_at, reason])
    if plain:  # no deletion waiting: deleted_at and deleted_reason stay NULL
        db.conn.executemany(_insert_sql(spec.name, layout.columns), plain)
    if deleted:
        db.conn.executemany(_insert_sql(spec.name, [*layout.columns, "deleted_at", "deleted_reason"]), deleted)
    if stones:
        db.execute(
            "DELETE FROM tombstones WHERE table_name = ? AND record_id IN (SELECT value FROM json_each(?))",
            [spec.name, json.dumps(list(stones))],
        )
    # No audit rows for records created elsewhere: the row itself says who made it and when
    # (origin_device, created_at), and the bundles ledger says when it arrived.


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _merge_existing(
    db: Database, spec: TableSpec, local: dict[str, Any], row: StagedRow, counts: TableCounts,
    report: ApplyReport, source: Source,
) -> None:
    local_clocks = load_clocks(local["field_clocks"])
    remote = dict(row.values)
    remote.setdefault("deleted_at", None)
    remote.setdefault("deleted_reason", None)
    fields = [*spec.data_columns, "deleted_at"]
    merged = merge_row(local, local_clocks, remote, row.clocks, fields, source.now_ms, source.unseen)
    record_id = str(local["id"])
    _after_merge(db, spec, local, record_id, merged.values, merged.clocks, local_clocks, merged.losers, counts,
                 report, source)


def _after_merge(
    db: Database, spec: TableSpec, local: dict[str, Any], record_id: str, values: dict[str, object],
    clocks: dict[str, tuple[str, str]], local_clocks: dict[str, tuple[str, str]], losers: list[Loser],
    counts: TableCounts, report: ApplyReport, source: Source,
) -> None:
    final_deleted = values.get("deleted_at", local["deleted_at"])
    delete_conflict = _delete_edit_conflict(clocks, values.get("deleted_reason", local["deleted_reason"]))
    # Decided by the current state alone (only the deletion in force can conflict), so the
    # queue does not depend on the order bundles arrive in.
    keep = delete_conflict[0].clock if final_deleted and delete_conflict else ""
    db.execute("DELETE FROM conflicts WHERE table_name = ? AND record_id = ? AND kind = 'delete'"
               " AND status = 'open' AND clock != ?", [spec.name, record_id, keep])
    if keep:
        losers = [*losers, *delete_conflict]
    if losers:
        report.conflicts += record_losers(db, spec.name, record_id, losers, source.bundle_id, source.now_iso,
                                          {**local, **values})
        report.flagged_clocks += sum(1 for loser in losers if loser.kind == "clock")
    to_tidy = {loser.field for loser in losers if loser.kind == "field"} | set(values)
    if to_tidy:
        current = {**local, **values}
        tidy(db, spec.name, record_id,
             {f: (current.get(f), *clocks.get(f, ("", ""))) for f in to_tidy if f in clocks}, source.unseen)
    if not values and clocks == local_clocks:
        counts.unchanged += 1
        return
    for column, make in spec.derived.items():
        if make.source in values:
            values[column] = make({**local, **values})
    hlc = max([local["hlc"], *(c for c, _ in clocks.values())])
    sets = ", ".join(f"{k} = ?" for k in values)
    db.execute(
        f"UPDATE {spec.name} SET {sets + ', ' if sets else ''}field_clocks = ?, hlc = ?, version = version + 1,"
        " updated_at = max(updated_at, ?) WHERE id = ?",
        [*values.values(), dump_clocks(clocks), hlc, source.now_iso, record_id],
    )
    if "deleted_at" in values and values["deleted_at"]:
        counts.deleted += 1
    elif values:
        counts.updated += 1
    else:
        counts.unchanged += 1  # only the clocks moved: the same values, written independently
    _audit(db, spec.name, [(record_id, k, local.get(k), v, clocks.get(k, (hlc, ""))[0])
                           for k, v in values.items() if k not in spec.derived], source)


def _delete_edit_conflict(clocks: dict[str, tuple[str, str]], reason: object) -> list[Loser]:
    """A deletion that did not see some edit of the record: the coordinator decides."""
    del_clock, del_base = clocks.get("deleted_at", ("", ""))
    unseen = [c for name, (c, _) in clocks.items() if name != "deleted_at" and c > del_base]
    if del_clock and unseen:
        return [Loser("deleted_at", reason, del_clock, del_base, kind="delete")]
    return []


def _apply_tombstone(db: Database, spec: TableSpec, stone: Tombstone, report: ApplyReport, source: Source) -> None:
    counts = report.tables.setdefault(stone.table, TableCounts())
    _note_clock(report, stone.clock, source)
    found = _existing(db, stone.table, [stone.record_id])
    if not found:
        db.execute(
            "INSERT INTO tombstones (table_name, record_id, clock, base, reason, deleted_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (table_name, record_id) DO UPDATE SET clock = excluded.clock, base = excluded.base,"
            " reason = excluded.reason, deleted_at = excluded.deleted_at WHERE excluded.clock > tombstones.clock",
            [stone.table, stone.record_id, stone.clock, stone.base, stone.reason, stone.deleted_at],
        )
        counts.deleted += 1
        return
    local = found[stone.record_id]
    local_clocks = load_clocks(local["field_clocks"])
    remote = {"deleted_at": stone.deleted_at, "deleted_reason": stone.reason}
    merged = merge_row(local, local_clocks, remote, {"deleted_at": (stone.clock, stone.base)}, ["deleted_at"],
                       source.now_ms, source.unseen)
    _after_merge(db, spec, local, stone.record_id, merged.values, merged.clocks, local_clocks, merged.losers,
                 counts, report, source)


def _audit(db: Database, table: str, entries: Iterable[tuple[str, str | None, object, object, str]],
           source: Source) -> None:
    db.conn.executemany(
        "INSERT INTO audit_log (at, hlc, device_id, actor, table_name, record_id, action, field, old_value,"
        " new_value) VALUES (?, ?, ?, ?, ?, ?, 'sync', ?, ?, ?)",
        [(source.now_iso, clock, source.device_id, source.name, table, rid, fld,
          None if old is None else str(old), None if new is None else str(new))
         for rid, fld, old, new, clock in entries],
    )

"""Choosing the rows a bundle carries and writing them as CSV files."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from psmdesk.storage.records import load_clocks
from psmdesk.sync.csvio import write_csv
from psmdesk.sync.staging import TOMBSTONES_FILE
from psmdesk.sync.tables import SYNC_ORDER, TOMBSTONE_COLUMNS, TableSpec

_MEAL_POKMAS = "kecamatan_code IN (SELECT substr(value, 1, 8) FROM json_each(json_array({areas})))"
_MEAL_PEOPLE = ("SELECT b.id FROM meal_beneficiaries b JOIN households h ON h.id = b.household_id"
                " JOIN pokmas p ON p.id = b.pokmas_id"
                " WHERE h.kelurahan_code IN ({areas}) AND p.kecamatan_code = substr(h.kelurahan_code, 1, 8)")
_CASE = "household_id IN (SELECT id FROM households WHERE kelurahan_code IN ({areas}))"
_OWN_RECORD = "lower(name) = lower({volunteer}) AND kelurahan_code IN ({areas})"
# Each "{areas}" is bound to the volunteer's kelurahan list and each "{volunteer}" to the name the
# device was enrolled for, in the order they appear.
AREA_SCOPED = {"households": "kelurahan_code IN ({areas})",
               "members": "household_id IN (SELECT id FROM households WHERE kelurahan_code IN ({areas}))",
               "ppks_cases": "household_id IN (SELECT id FROM households WHERE kelurahan_code IN ({areas}))",
               "visits": "household_id IN (SELECT id FROM households WHERE kelurahan_code IN ({areas}))",
               "kube_groups": "kelurahan_code IN ({areas})",
               # Only families of the group's own kelurahan: the volunteer must have the household
               # too, and the area list can be bound only once.
               "kube_members": "group_id IN (SELECT g.id FROM kube_groups g WHERE g.kelurahan_code IN ({areas})"
                               " AND g.kelurahan_code = (SELECT h.kelurahan_code FROM households h"
                               " WHERE h.id = kube_members.household_id))",
               "kube_grants": "group_id IN (SELECT id FROM kube_groups WHERE kelurahan_code IN ({areas}))",
               "kube_activities": "group_id IN (SELECT id FROM kube_groups WHERE kelurahan_code IN ({areas}))",
               "kube_cash": "group_id IN (SELECT id FROM kube_groups WHERE kelurahan_code IN ({areas}))",
               # Pokmas of the volunteer's kecamatan; of their rosters, only people whose household the
               # volunteer gets too (and so their deliveries).
               "pokmas": _MEAL_POKMAS,
               "meal_days": f"pokmas_id IN (SELECT id FROM pokmas WHERE {_MEAL_POKMAS})",
               "meal_beneficiaries": f"id IN ({_MEAL_PEOPLE})",
               "meal_deliveries": f"beneficiary_id IN ({_MEAL_PEOPLE})",
               # Casework: cases of people whose household is in the volunteer's areas.
               "case_files": _CASE,
               "case_sessions": f"case_id IN (SELECT c.id FROM case_files c WHERE c.{_CASE})",
               "case_notes_shared": f"case_id IN (SELECT c.id FROM case_files c WHERE c.{_CASE})",
               # The registry: the volunteer's own record only (name and kelurahan, so a namesake
               # elsewhere is not sent), and its trainings. No name known: nothing.
               "psm_volunteers": _OWN_RECORD,
               "psm_trainings": f"volunteer_id IN (SELECT id FROM psm_volunteers WHERE {_OWN_RECORD})",
               # Empowerment of the KUBE groups of the areas; RW assessments of the areas.
               "empowerment_stages": "group_id IN (SELECT id FROM kube_groups WHERE kelurahan_code IN ({areas}))",
               "welfare_indicators": "CASE WHEN group_id IS NULL THEN kelurahan_code IN ({areas})"
                                     " ELSE group_id IN (SELECT id FROM kube_groups WHERE kelurahan_code IN ({areas}))"
                                     " END"}
_TOKEN = re.compile(r"\{(areas|volunteer)\}")


@dataclass(frozen=True)
class Scope:
    since: str = ""  # only rows changed after this stamp
    areas: Sequence[str] | None = None  # only these kelurahan (office bundles to a volunteer)
    volunteer: str | None = None  # the enrolled volunteer's name (their own registry record)
    tables: Sequence[str] = SYNC_ORDER


@dataclass
class Collected:
    files: list[tuple[str, bytes, int]] = field(default_factory=list)
    clock_min: str = ""
    clock_max: str = ""

    @property
    def rows(self) -> int:
        return sum(count for _, _, count in self.files)


def _where(table: str, scope: Scope) -> tuple[str, list[object]]:
    clauses: list[str] = ["hlc > ?"]
    params: list[object] = [scope.since]
    if scope.areas is not None and table in AREA_SCOPED:
        clause = AREA_SCOPED[table]
        volunteer = " ".join(scope.volunteer.split()) if scope.volunteer else None
        for token in _TOKEN.findall(clause):
            if token == "areas":
                params.extend(scope.areas)
            else:
                params.append(volunteer)
        clauses.append("(" + clause.format(areas=", ".join("?" * len(scope.areas)) or "NULL", volunteer="?") + ")")
    return " AND ".join(clauses), params


def collect(db: Database, specs: dict[str, TableSpec], scope: Scope,
            step: Callable[[int, int, str], None] | None = None) -> Collected:
    """Every changed row of the scope, as CSV files. `step(done, total, table)` is called before
    each table (the export job's progress bar; it may raise to stop)."""
    result = Collected()
    stones: list[list[object]] = []
    clocks: list[str] = []
    for index, table in enumerate(scope.tables):
        if step is not None:
            step(index, len(scope.tables), table)
        if table not in specs:
            continue
        spec = specs[table]
        where, params = _where(table, scope)
        columns = ", ".join(spec.csv_columns)
        rows = db.execute(f"SELECT {columns} FROM {table} WHERE {where} AND deleted_at IS NULL ORDER BY id",
                          params).fetchall()
        if rows:
            result.files.append((spec.file_name, write_csv(spec.csv_columns, rows), len(rows)))
            hlc_at = spec.csv_columns.index("hlc")
            clocks.extend(str(r[hlc_at]) for r in rows)
        for rid, hlc, version, field_clocks, reason, deleted_at in db.execute(
            f"SELECT id, hlc, version, field_clocks, deleted_reason, deleted_at FROM {table}"
            f" WHERE {where} AND deleted_at IS NOT NULL ORDER BY id", params
        ):
            clock, base = load_clocks(field_clocks).get("deleted_at", (hlc, ""))
            stones.append([table, rid, hlc, version, clock, base, reason, deleted_at])
            clocks.append(hlc)
    if stones:
        result.files.append((TOMBSTONES_FILE, write_csv(TOMBSTONE_COLUMNS, stones), len(stones)))
    if clocks:
        result.clock_min, result.clock_max = min(clocks), max(clocks)
    return result

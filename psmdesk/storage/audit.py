"""Reading the audit log for the coordinator's Jejak Audit: filters, counts and pages.

Pages are read newest first by keyset (`id < after`), so the millionth entry costs what the
first does; the date filter uses the `audit_log_at` index (migration 0010)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlite_utils import Database

COLUMNS = "id, at, device_id, actor, table_name, record_id, action, field, old_value, new_value"


@dataclass(frozen=True)
class AuditFilter:
    start: date | None = None  # local dates, both inclusive
    end: date | None = None
    device_id: str | None = None
    table: str | None = None
    action: str | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    device_id: str
    actor: str
    table: str
    record_id: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None


def _utc(day: date) -> str:
    """Local midnight of `day` as a stored UTC stamp prefix, for range comparisons."""
    moment = datetime.combine(day, time()).astimezone().astimezone(UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _where(f: AuditFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if f.start:
        clauses.append("at >= ?")
        params.append(_utc(f.start))
    if f.end:
        clauses.append("at < ?")
        params.append(_utc(f.end + timedelta(days=1)))
    for column, value in (("device_id", f.device_id), ("table_name", f.table), ("action", f.action)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    return (" AND ".join(clauses) or "1"), params


def count(db: Database, f: AuditFilter) -> int:
    where, params = _where(f)
    return int(db.execute(f"SELECT count(*) FROM audit_log WHERE {where}", params).fetchone()[0])


def page(db: Database, f: AuditFilter, *, after: int | None = None, limit: int = 200) -> list[AuditRow]:
    """Up to `limit` entries older than entry `after` (None: the newest), newest first."""
    where, params = _where(f)
    if after is not None:
        where += " AND id < ?"
        params.append(after)
    rows = db.execute(f"SELECT {COLUMNS} FROM audit_log WHERE {where} ORDER BY id DESC LIMIT ?",
                      [*params, limit]).fetchall()
    return [AuditRow(*r) for r in rows]


def all_rows(db: Database, f: AuditFilter, chunk: int = 2000) -> Iterator[AuditRow]:
    after: int | None = None
    while True:
        rows = page(db, f, after=after, limit=chunk)
        yield from rows
        if len(rows) < chunk:
            return
        after = rows[-1].id


def devices(db: Database) -> list[tuple[str, str]]:
    """(device id, the name it last wrote under), for the filter; this office's own first."""
    rows = db.execute(
        "SELECT device_id, actor FROM audit_log WHERE id IN (SELECT max(id) FROM audit_log GROUP BY device_id)"
        " ORDER BY actor").fetchall()
    return [(str(d), str(a)) for d, a in rows]


def tables(db: Database) -> list[str]:
    return [str(r[0]) for r in db.execute("SELECT DISTINCT table_name FROM audit_log ORDER BY 1").fetchall()]


def actions(db: Database) -> list[str]:
    return [str(r[0]) for r in db.execute("SELECT DISTINCT action FROM audit_log ORDER BY 1").fetchall()]

"""`psmdesk check`: is the database sound?"""

from __future__ import annotations

from dataclasses import dataclass, field

from psmdesk.services.context import AppContext
from psmdesk.storage.migrations import migrations
from psmdesk.storage.schema import SYNCED_TABLES


@dataclass
class CheckReport:
    integrity: list[str]
    foreign_key_problems: int
    migrations: list[str]
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # table -> (live, deleted)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.foreign_key_problems == 0


def run_check(ctx: AppContext) -> CheckReport:
    db = ctx.db
    integrity = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    fk = len(db.execute("PRAGMA foreign_key_check").fetchall())
    report = CheckReport(integrity, fk, [m.name for m in migrations.applied(db)])
    present = set(db.table_names())
    for table in (t for t in SYNCED_TABLES if t in present):
        live, deleted = db.execute(
            f"SELECT COUNT(*) - COUNT(deleted_at), COUNT(deleted_at) FROM {table}"
        ).fetchone()
        report.counts[table] = (live, deleted)
    return report

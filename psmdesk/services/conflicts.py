"""The coordinator's conflict queue: see both values with who and when, choose one or type
another, comment. Nothing is ever lost: a resolved conflict keeps both values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from psmdesk.domain.clock import Stamp
from psmdesk.domain.issues import Issue, ValidationFailed
from psmdesk.domain.profile import Role
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.roles import require_role
from psmdesk.storage.records import RecordNotFound, utc_now
from psmdesk.storage.search import refresh_households
from psmdesk.sync.conflicts import alternative_key, same_value
from psmdesk.sync.ledger import get_device
from psmdesk.sync.tables import OFFICE_OWNED, table_specs

TABLE_LABELS = {"households": "Keluarga", "members": "Anggota Keluarga", "ppks_cases": "PPKS",
                "visits": "Kunjungan", "reference_items": "Daftar Rujukan"}


@dataclass(frozen=True)
class ConflictView:
    id: int
    table: str
    record_id: str
    field: str
    kind: str  # field | delete | clock
    current_value: str | None
    current_by: str
    current_at: str
    other_value: str | None
    other_by: str
    other_at: str
    record_label: str


def _who(ctx: AppContext, clock: str) -> tuple[str, str]:
    try:
        stamp = Stamp.parse(clock)
    except ValueError:
        return "?", ""
    if stamp.device == ctx.device_id:
        name = "kantor ini" if ctx.profile and ctx.profile.role.value == "koordinator" else "laptop ini"
    else:
        device = get_device(ctx.db, stamp.device)
        name = device.volunteer if device else f"perangkat {stamp.device[-8:]}"
    when = datetime.fromtimestamp(stamp.ms / 1000, UTC).astimezone().strftime("%d/%m/%Y %H:%M")
    return name, when


def _label(ctx: AppContext, table: str, record_id: str) -> str:
    if table == "households":
        row = ctx.db.execute(
            "SELECT coalesce(m.name, ''), h.rt, h.rw FROM households h LEFT JOIN members m ON m.household_id = h.id"
            " AND m.relation = 'kepala_keluarga' WHERE h.id = ?", [record_id]).fetchone()
        return f"Keluarga {row[0]} (RT {row[1]}/RW {row[2]})" if row else "Keluarga"
    if table == "members":
        row = ctx.db.execute("SELECT name FROM members WHERE id = ?", [record_id]).fetchone()
        return f"Anggota {row[0]}" if row else "Anggota"
    return TABLE_LABELS.get(table, table)


def list_open(ctx: AppContext, limit: int = 500) -> list[ConflictView]:
    rows = ctx.db.execute(
        "SELECT id, table_name, record_id, field, kind, value, clock FROM conflicts WHERE status = 'open'"
        " ORDER BY detected_at, id LIMIT ?", [limit]).fetchall()
    # Two laptops offering the same alternative are one choice: the newest offer is shown.
    newest: dict[tuple[object, ...], str] = {}
    for _, table, record_id, field, kind, value, clock in rows:
        key = (table, record_id, *alternative_key(field, kind, value))
        newest[key] = max(newest.get(key, ""), clock)
    views: list[ConflictView] = []
    for cid, table, record_id, field, kind, value, clock in rows:
        if table not in TABLE_LABELS or newest[(table, record_id, *alternative_key(field, kind, value))] != clock:
            continue
        current = ctx.db.execute(
            f"SELECT {field}, json_extract(field_clocks, '$.' || ?) ->> 0 FROM {table} WHERE id = ?",
            [field, record_id]).fetchone()
        if current is None:
            continue
        if kind == "field" and same_value(field, value, current[0]):
            continue  # dormant: the same value as now
        by, at = _who(ctx, current[1] or "")
        other_by, other_at = _who(ctx, clock)
        views.append(ConflictView(cid, table, record_id, field, kind, None if current[0] is None else str(current[0]),
                                  by, at, value, other_by, other_at, _label(ctx, table, record_id)))
    return views


def open_count(ctx: AppContext) -> int:
    return len(list_open(ctx, limit=100_000))


def resolve(ctx: AppContext, conflict_id: int, *, use_other: bool = False, typed: str | None = None,
            comment: str = "") -> None:
    """Keeps the current value (default), takes the other one, or a typed value. For a
    delete-versus-edit conflict, `use_other` restores the record."""
    row = ctx.db.execute("SELECT table_name, record_id, field, kind, value, status FROM conflicts WHERE id = ?",
                         [conflict_id]).fetchone()
    if row is None or row[5] != "open":
        raise UserError("Konflik itu sudah diselesaikan atau tidak ada.")
    table, record_id, field, kind, other, _ = row
    if table in OFFICE_OWNED:  # a volunteer's change to the office's lists would be refused at the office
        require_role(ctx, Role.KOORDINATOR, "memutuskan konflik daftar rujukan kantor")
    specs = table_specs(ctx.db)
    if table not in specs:
        raise UserError("Konflik itu tidak bisa diselesaikan di sini.")
    chosen: str | None
    with ctx.transaction() as writer:
        try:
            if kind == "delete" or field == "deleted_at":
                deleted_now = writer.get(table, record_id)["deleted_at"] is not None
                wants_deleted = (other is not None) if kind == "field" and use_other else (
                    not deleted_now if use_other else deleted_now)
                chosen = "dihapus" if wants_deleted else "dipulihkan"
                if wants_deleted and not deleted_now:
                    writer.delete(table, record_id, comment.strip() or "dihapus (keputusan konflik)")
                elif not wants_deleted and deleted_now:
                    writer.restore(table, record_id)
            else:
                chosen = typed if typed is not None else (other if use_other else None)
                if typed is not None or use_other:
                    writer.update(table, record_id, {field: _typed(specs[table].types.get(field, "TEXT"), chosen)})
                else:
                    chosen = str(writer.get(table, record_id)[field])
        except RecordNotFound as exc:
            raise UserError("Data untuk konflik itu tidak ada lagi.") from exc
        # The same alternative offered by other laptops is decided with it.
        offered = ctx.db.execute(
            "SELECT id, value FROM conflicts WHERE table_name = ? AND record_id = ? AND field = ? AND kind = ?"
            " AND status = 'open'", [table, record_id, field, kind]).fetchall()
        same = [cid for cid, value in offered
                if alternative_key(field, kind, value) == alternative_key(field, kind, other)]
        ctx.db.execute(
            "UPDATE conflicts SET status = 'resolved', chosen_value = ?, comment = ?, resolved_by = ?,"
            f" resolved_at = ? WHERE id IN ({', '.join('?' * len(same))})",
            [chosen, comment.strip(), ctx.actor.name, utc_now(), *same])
        household = record_id if table == "households" else None
        if table == "members":
            found = ctx.db.execute("SELECT household_id FROM members WHERE id = ?", [record_id]).fetchone()
            household = found[0] if found else None
        if household:
            refresh_households(ctx.db, [household])


def _typed(kind: str, value: str | None) -> str | int | float | None:
    if value is None or value == "":
        return None if kind != "TEXT" else ""
    try:
        if kind == "INTEGER":
            return int(value)
        if kind == "REAL":
            return float(value)
    except ValueError as exc:
        raise ValidationFailed([Issue("value", "number", "Nilai harus berupa angka.")]) from exc
    return value

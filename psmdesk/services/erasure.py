"""Erasing a person or a household on request (hak atas penghapusan, UU 27/2022 PDP).

Not the ordinary delete (a tombstone that can be undone): the personal fields are overwritten
with empty values through RecordWriter, the record and every row that copies the same person's
content get a tombstone with the reason code `penghapusan atas permintaan`, and this device's
audit log, search index, conflict queue and drafts lose that content. It cannot be undone. The
tombstones travel in the next bundle; every device that receives them scrubs its own copies
(storage/erasure.py, sync/apply.py).

Who may erase: a Koordinator, any record at the office; a Relawan, the people of households in
her own area (her kelurahan, or the areas the office enrolled her for), on the spot when the
person asks her. Her erasure reaches the office in her next bundle like any other deletion."""

from __future__ import annotations

from dataclasses import dataclass

from psmdesk.domain import choices as ch
from psmdesk.domain.erasure import ERASURE_REASON, confirmation_matches
from psmdesk.domain.issues import Issue, ValidationFailed
from psmdesk.domain.profile import Role
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.roles import require_profile
from psmdesk.storage import erasure as repo


@dataclass(frozen=True)
class ErasureTarget:
    table: str  # households | members
    record_id: str
    name: str  # what the user types to confirm: the person's name, or the head of household's
    household_id: str
    kelurahan_code: str
    rows: int  # records that will be erased (the person and the rows that copy their content)


@dataclass(frozen=True)
class ErasureDone:
    table: str
    record_id: str
    rows: int


def _household(ctx: AppContext, household_id: str) -> tuple[str, str] | None:
    row = ctx.db.execute(
        "SELECT h.kelurahan_code, coalesce((SELECT m.name FROM members m WHERE m.household_id = h.id"
        " AND m.deleted_at IS NULL ORDER BY m.relation != ?, m.position LIMIT 1), '')"
        " FROM households h WHERE h.id = ?", [ch.HEAD, household_id]).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def target(ctx: AppContext, table: str, record_id: str) -> ErasureTarget:
    """What an erasure of this household or member would touch, for the dialog."""
    if table == "members":
        row = ctx.db.execute("SELECT household_id, name, deleted_reason FROM members WHERE id = ?",
                             [record_id]).fetchone()
        if row is None:
            raise UserError("Anggota keluarga itu tidak ditemukan.")
        household_id, name, reason = str(row[0]), str(row[1]), row[2]
        found = _household(ctx, household_id)
        kelurahan = found[0] if found else ""
    elif table == "households":
        found = _household(ctx, record_id)
        row = ctx.db.execute("SELECT deleted_reason FROM households WHERE id = ?", [record_id]).fetchone()
        if found is None or row is None:
            raise UserError("Keluarga itu tidak ditemukan.")
        household_id, (kelurahan, name), reason = record_id, found, row[0]
    else:
        raise UserError("Penghapusan atas permintaan hanya untuk keluarga atau anggota keluarga.")
    if reason == ERASURE_REASON:
        raise UserError("Data ini sudah dihapus atas permintaan.")
    rows = len(repo.targets(ctx.db, table, record_id))
    return ErasureTarget(table, record_id, name, household_id, kelurahan, rows)


def _areas(ctx: AppContext) -> set[str]:
    profile = require_profile(ctx)
    areas = {profile.kelurahan_code}
    from psmdesk.sync import identity  # the key stack loads when an erasure is asked for, not at start

    office = identity.pinned_office(ctx.db)
    if office is not None:
        areas |= set(office.areas)
    return areas


def may_erase(ctx: AppContext, t: ErasureTarget) -> bool:
    profile = require_profile(ctx)
    return profile.role is Role.KOORDINATOR or t.kelurahan_code in _areas(ctx)


def require_may_erase(ctx: AppContext, t: ErasureTarget) -> None:
    if not may_erase(ctx, t):
        raise UserError("Relawan hanya dapat menghapus data pribadi warga di wilayahnya sendiri. "
                        "Untuk warga di wilayah lain, minta Koordinator di kantor.")


def erase(ctx: AppContext, table: str, record_id: str, *, reason: str, confirmation: str) -> ErasureDone:
    """Erases the household or member for good. `confirmation` must be the person's name (the
    head of household's for a household); `reason` stays in this device's audit log only."""
    t = target(ctx, table, record_id)
    require_may_erase(ctx, t)
    issues: list[Issue] = []
    if not reason.strip():
        issues.append(Issue("reason", "reason", "Tuliskan alasan penghapusan (misalnya: permintaan tertulis)."))
    if not confirmation_matches(confirmation, t.name):
        issues.append(Issue("confirmation", "confirmation", "Ketik nama orangnya persis untuk mengonfirmasi."))
    if issues:
        raise ValidationFailed(issues)
    repo.secure_delete(ctx.db)  # before the first write: the old index entries are zeroed too
    with ctx.transaction() as writer:
        found = repo.targets(ctx.db, table, record_id)
        secrets = repo.secrets_of(ctx.db, found)
        repo.write_erasure(writer, found)
        hlc = str(writer.actor.clock.last)
        repo.scrub(ctx.db, found, device_id=ctx.device_id, actor=ctx.actor.name, at=ctx.actor.now(), hlc=hlc,
                   secrets=secrets, note=" ".join(reason.split()))
    return ErasureDone(table, record_id, len(found))


def erase_member(ctx: AppContext, member_id: str, *, reason: str, confirmation: str) -> ErasureDone:
    return erase(ctx, "members", member_id, reason=reason, confirmation=confirmation)


def erase_household(ctx: AppContext, household_id: str, *, reason: str, confirmation: str) -> ErasureDone:
    return erase(ctx, "households", household_id, reason=reason, confirmation=confirmation)


def is_erased(ctx: AppContext, table: str, record_id: str) -> bool:
    row = ctx.db.execute(f"SELECT deleted_reason FROM {table} WHERE id = ?", [record_id]).fetchone()
    return bool(row) and row[0] == ERASURE_REASON


def ensure_not_erased(ctx: AppContext, table: str, record_id: str) -> None:
    """For undo/restore paths: an erased record has no content left to bring back."""
    if is_erased(ctx, table, record_id):
        raise UserError("Data ini sudah dihapus atas permintaan dan tidak dapat dipulihkan.")


def people(ctx: AppContext, household_id: str) -> list[tuple[str, str]]:
    """(member id, name) of the household's current members, head first, for the dialog."""
    rows = ctx.db.execute(
        "SELECT id, name FROM members WHERE household_id = ? AND deleted_at IS NULL"
        " ORDER BY relation != ?, position, id", [household_id, ch.HEAD]).fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]

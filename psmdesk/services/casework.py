"""Casework use cases: open a case, write the stage notes, log sessions, move through the stages,
terminate, share notes with the office, print; and the PSM registry with its training log."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from psmdesk.domain import casework as cw
from psmdesk.domain.dates import parse_date
from psmdesk.domain.ids import new_id
from psmdesk.domain.issues import Issue, ValidationFailed, has_errors
from psmdesk.domain.profile import Profile, Role
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.roles import require_profile, require_role
from psmdesk.services.setup import reference_list
from psmdesk.storage import casework as repo
from psmdesk.storage.records import RecordNotFound
from psmdesk.sync.ledger import Device, all_devices


@dataclass
class CaseView:
    id: str
    row: dict[str, Any]
    may_read: bool
    notes: dict[str, str]  # empty when the viewer may not read them
    sessions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def stage(self) -> str:
        return str(self.row["stage"])

    @property
    def closed(self) -> bool:
        return bool(self.row["status"] == cw.CLOSED)

    @property
    def methods(self) -> list[str]:
        return list(json.loads(self.row["methods"]))

    @property
    def share_notes(self) -> bool:
        return bool(self.row["share_notes"])

    def facts(self) -> cw.CaseFacts:
        return cw.CaseFacts(stage=self.stage, source=self.row["source"], opened_on=parse_date(self.row["opened_on"]),
                            methods=self.methods, notes=self.notes, sessions=len(self.sessions),
                            closed_on=parse_date(self.row["closed_on"]))

    def missing(self) -> list[Issue]:
        return [] if self.closed else cw.check_stage(self.facts())


def _may_read(profile: Profile, row: dict[str, Any]) -> bool:
    return cw.may_read_notes(is_coordinator=profile.role is Role.KOORDINATOR, viewer=profile.name, psm=row["psm"])


def open_case(ctx: AppContext, case: cw.CaseInput, *, today: date | None = None) -> str:
    profile = require_profile(ctx)
    issues = cw.check_case(case, today=today or date.today())
    household_id = repo.member_household(ctx.db, case.member_id) if case.member_id else None
    if case.member_id and household_id is None:
        issues.append(Issue("member_id", "member", "Orang yang dipilih tidak ditemukan."))
    if has_errors(issues):
        raise ValidationFailed(issues)
    case_id = case.id or new_id()
    with ctx.transaction() as writer:
        repo.insert_case(writer, {
            "member_id": case.member_id, "household_id": household_id, "source": case.source,
            "institution": case.institution.strip(), "category": case.category, "psm": profile.name,
            "stage": "intake", "status": "aktif", "opened_on": repo.iso(case.opened_on)}, case_id)
    return case_id


def get_case(ctx: AppContext, case_id: str) -> CaseView:
    profile = require_profile(ctx)
    row = repo.get_case(ctx.db, case_id)
    if row is None:
        raise RecordNotFound(case_id)
    may = _may_read(profile, row)
    labels = dict(reference_list(ctx, "ppks", active_only=False))
    row["category_label"] = labels.get(row["category"], row["category"])
    return CaseView(case_id, row, may, repo.notes(ctx.db, case_id) if may else {}, repo.sessions(ctx.db, case_id))


def list_cases(ctx: AppContext, search: str = "") -> list[dict[str, Any]]:
    """Rows for the list; notes never appear in it (the list shows them masked)."""
    return repo.list_cases(ctx.db, search)


def _readable(ctx: AppContext, case_id: str) -> CaseView:
    view = get_case(ctx, case_id)
    if not view.may_read:
        raise UserError("Catatan kasus hanya untuk PSM pendamping dan Koordinator.")
    return view


def save_notes(ctx: AppContext, case_id: str, notes: dict[str, str], methods: list[str] | None = None) -> None:
    view = _readable(ctx, case_id)
    if view.closed:
        raise UserError("Kasus sudah selesai (terminasi); catatannya tidak diubah lagi.")
    with ctx.transaction() as writer:
        for key, body in notes.items():
            if key not in cw.NOTE_KEYS and not key.startswith("session:"):
                raise ValueError(key)
            body = body.strip()
            if view.notes.get(key, "") == body:
                continue
            repo.put_private_note(ctx.db, case_id, key, body)
            if view.share_notes:
                repo.put_shared_note(writer, case_id, key, body)
        if methods is not None:
            repo.update_case(writer, case_id, {"methods": repo.methods_json(methods)})


def add_session(ctx: AppContext, case_id: str, held_on: date | None, kind: str, note: str = "", *,
                today: date | None = None) -> str:
    view = _readable(ctx, case_id)
    issues = cw.check_session(held_on, kind, opened_on=parse_date(view.row["opened_on"]), today=today or date.today())
    if view.stage != "intervensi":
        issues.append(Issue("held_on", "stage", "Sesi dicatat pada tahap Intervensi."))
    if has_errors(issues) or held_on is None:
        raise ValidationFailed(issues)
    with ctx.transaction() as writer:
        session_id = repo.add_session(writer, case_id, held_on, kind, require_profile(ctx).name)
        if note.strip():
            repo.put_private_note(ctx.db, case_id, f"session:{session_id}", note.strip())
            if view.share_notes:
                repo.put_shared_note(writer, case_id, f"session:{session_id}", note.strip())
    return session_id


def advance_stage(ctx: AppContext, case_id: str) -> str:
    """Moves the case to the next stage when the current one is complete; returns the new stage."""
    view = _readable(ctx, case_id)
    following = cw.next_stage(view.stage)
    if view.closed or following is None:
        raise UserError("Kasus sudah di tahap terakhir; gunakan Terminasi untuk menutupnya.")
    missing = view.missing()
    if missing:
        raise ValidationFailed(missing)
    with ctx.transaction() as writer:
        repo.update_case(writer, case_id, {"stage": following})
    return following


def terminate_case(ctx: AppContext, case_id: str, closed_on: date | None, *, today: date | None = None) -> None:
    view = _readable(ctx, case_id)
    if view.stage != "terminasi" or view.closed:
        raise UserError("Kasus baru bisa ditutup pada tahap Terminasi.")
    issues = view.missing()
    opened = parse_date(view.row["opened_on"])
    if closed_on is None:
        issues.append(Issue("closed_on", "required", "Tanggal terminasi wajib diisi."))
    elif closed_on > (today or date.today()) or (opened and closed_on < opened):
        issues.append(Issue("closed_on", "range", "Tanggal terminasi harus antara tanggal mulai dan hari ini."))
    if issues:
        raise ValidationFailed(issues)
    with ctx.transaction() as writer:
        repo.update_case(writer, case_id, {"status": cw.CLOSED, "closed_on": repo.iso(closed_on)})


def set_share_notes(ctx: AppContext, case_id: str, share: bool) -> None:
    """Coordinator only. On: the notes this device holds travel in bundles (case_notes_shared);
    off: the shared copies are blanked and tombstoned."""
    require_role(ctx, Role.KOORDINATOR, "mengatur pembagian catatan kasus")
    with ctx.transaction() as writer:
        repo.update_case(writer, case_id, {"share_notes": int(share)})
        if not share:
            repo.unshare_notes(writer, case_id)
    if share:
        publish_shared_notes(ctx)


def publish_shared_notes(ctx: AppContext) -> int:
    """Mirrors this device's private notes of every case that shares them (the flag may have come
    from the office in a bundle); returns how many notes changed."""
    changed = 0
    rows = ctx.db.execute("SELECT id FROM case_files WHERE share_notes = 1 AND deleted_at IS NULL").fetchall()
    with ctx.transaction() as writer:
        for (case_id,) in rows:
            shared = {k: b for k, b in ctx.db.execute(
                "SELECT note_key, body FROM case_notes_shared WHERE case_id = ? AND deleted_at IS NULL",
                [case_id]).fetchall()}
            for key, body in repo.private_notes(ctx.db, case_id).items():
                if shared.get(key) != body:
                    repo.put_shared_note(writer, case_id, key, body)
                    changed += 1
    return changed


def print_case(ctx: AppContext, case_id: str, out_path: Path) -> Path:
    from psmdesk.domain.regions import region_label
    from psmdesk.reports.case_report import build
    from psmdesk.reports.template import DocInfo
    from psmdesk.services.letterhead import get_letterhead
    from psmdesk.services.reports import place_date

    view = _readable(ctx, case_id)
    info = DocInfo(title="Laporan Pendampingan Kasus", subtitle=str(view.row["person"]),
                   printed_by=require_profile(ctx).name)
    code = str(view.row["kelurahan_code"] or "")
    return build(out_path, view, letterhead=get_letterhead(ctx), info=info, region=region_label(code) if code else "",
                 place_date=place_date(ctx, code, date.today()))


# --- PSM registry -----------------------------------------------------------------------------
def save_volunteer(ctx: AppContext, v: cw.VolunteerInput, *, today: date | None = None) -> str:
    """Coordinator only."""
    require_role(ctx, Role.KOORDINATOR, "mengubah registri PSM")
    return fill_volunteer(ctx, v, today=today)


def fill_volunteer(ctx: AppContext, v: cw.VolunteerInput, *, today: date | None = None) -> str:
    """For the demo data only, which fills a volunteer's copy too, as if it came from the office:
    no role check. Screens and the CLI call `save_volunteer`."""
    v = v.model_copy(update={"name": " ".join(v.name.split())})
    issues = cw.check_volunteer(v, today=today or date.today())
    if has_errors(issues):
        raise ValidationFailed(issues)
    values = {"name": v.name, "kelurahan_code": v.kelurahan_code, "role": v.role,
              "registered_on": repo.iso(v.registered_on), "status": v.status, "phone": v.phone.strip()}
    with ctx.transaction() as writer:
        return repo.save_volunteer(writer, values, v.id)


def add_training(ctx: AppContext, volunteer_id: str, topic: str, held_on: date | None, mode: str, *,
                 today: date | None = None) -> str:
    """Coordinator only."""
    require_role(ctx, Role.KOORDINATOR, "mencatat pelatihan PSM")
    return fill_training(ctx, volunteer_id, topic, held_on, mode, today=today)


def fill_training(ctx: AppContext, volunteer_id: str, topic: str, held_on: date | None, mode: str, *,
                  today: date | None = None) -> str:
    """For the demo data only (see `fill_volunteer`)."""
    issues = cw.check_training(topic, held_on, mode, today=today or date.today())
    if has_errors(issues) or held_on is None:
        raise ValidationFailed(issues)
    with ctx.transaction() as writer:
        return repo.add_training(writer, volunteer_id, " ".join(topic.split()), held_on, mode)


def registry(ctx: AppContext) -> list[dict[str, Any]]:
    """Every volunteer for a coordinator; a volunteer sees only their own record (by name)."""
    profile = require_profile(ctx)
    if profile.role is Role.KOORDINATOR:
        return repo.volunteers(ctx.db)
    return repo.volunteers(ctx.db, name=profile.name)


def get_volunteer(ctx: AppContext, volunteer_id: str) -> cw.VolunteerInput:
    """One record of the registry, for the coordinator's edit form."""
    require_role(ctx, Role.KOORDINATOR, "mengubah registri PSM")
    found = [r for r in repo.volunteers(ctx.db) if r["id"] == volunteer_id]
    if not found:
        raise RecordNotFound(volunteer_id)
    r = found[0]
    return cw.VolunteerInput(id=r["id"], name=r["name"], kelurahan_code=r["kelurahan_code"], role=r["role"],
                             registered_on=parse_date(r["registered_on"]), status=r["status"], phone=r["phone"])


def trainings(ctx: AppContext, volunteer_id: str) -> list[dict[str, Any]]:
    """A volunteer reads only their own training history."""
    if require_profile(ctx).role is not Role.KOORDINATOR and volunteer_id not in {r["id"] for r in registry(ctx)}:
        return []
    return repo.trainings(ctx.db, volunteer_id)


def devices_of(ctx: AppContext, name: str) -> list[Device]:
    key = " ".join(name.split()).casefold()
    return [d for d in all_devices(ctx.db) if " ".join(d.volunteer.split()).casefold() == key]

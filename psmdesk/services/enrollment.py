"""Enrollment: the office hands a volunteer a signed file that pins the office's keys on the
volunteer's laptop and lets the office recognise that laptop's first bundle."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from psmdesk.domain.ids import new_id
from psmdesk.domain.names import clean_name, name_error
from psmdesk.domain.profile import Role
from psmdesk.domain.regions import is_village_code
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.roles import require_role
from psmdesk.storage.records import utc_now
from psmdesk.sync import identity
from psmdesk.sync.crypto import CryptoError, fingerprint, verify

FORMAT = "psmdesk-enrollment"
SUFFIX = ".psmdaftar"
MAX_BYTES = 64 * 1024


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def create_enrollment(ctx: AppContext, volunteer: str, areas: list[str], out: Path) -> Path:
    """Writes the enrollment file for a volunteer. `out` may be a folder or a file path."""
    profile = require_role(ctx, Role.KOORDINATOR, "membuat berkas pendaftaran relawan")
    volunteer = clean_name(volunteer)
    problem = name_error(volunteer, field="volunteer")
    if problem:
        raise UserError(f"Nama relawan: {problem.message}")
    areas = areas or [profile.kelurahan_code]
    for code in areas:
        if not is_village_code(code):
            raise UserError(f"Kode kelurahan {code} tidak dikenal.")
    keys = identity.office_keys(ctx.db, create=True)
    assert keys is not None
    enrollment_id, secret = new_id(), secrets.token_hex(32)
    body = {
        "office_name": profile.office_name or profile.name, "office_device_id": ctx.device_id,
        "sign_public": keys.sign_public, "enc_public": keys.enc_public, "enrollment_id": enrollment_id,
        "secret": secret, "volunteer": volunteer, "areas": areas, "issued_at": utc_now(),
    }
    document = {"format": FORMAT, "version": 1, "body": body, "signature": keys.sign(_canonical(body)).hex()}
    target = out / f"pendaftaran-{enrollment_id[:8]}{SUFFIX}" if out.is_dir() else out
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    with ctx.db.atomic():
        ctx.db.execute(
            "INSERT INTO enrollments (id, volunteer, areas, secret, created_at) VALUES (?, ?, ?, ?, ?)",
            [enrollment_id, volunteer, json.dumps(areas), secret, utc_now()],
        )
    os.replace(tmp, target)
    return target


def read_enrollment(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError
        document = json.loads(path.read_text(encoding="utf-8"))
        body = document["body"]
        if document.get("format") != FORMAT or not isinstance(body, dict):
            raise ValueError
        verify(str(body["sign_public"]), bytes.fromhex(str(document["signature"])), _canonical(body))
        return body
    except FileNotFoundError as exc:
        raise UserError(f"Berkas {path.name} tidak ditemukan.") from exc
    except (OSError, ValueError, KeyError, TypeError, CryptoError) as exc:
        raise UserError(f"Berkas {path.name} bukan berkas pendaftaran PSM Desk yang sah.") from exc


def accept_enrollment(ctx: AppContext, path: Path) -> identity.PinnedOffice:
    require_role(ctx, Role.RELAWAN, "memakai berkas pendaftaran")
    body = read_enrollment(path)
    current = identity.pinned_office(ctx.db)
    if current and current.sign_public != body["sign_public"]:
        raise UserError(
            "Laptop ini sudah terdaftar di kantor lain. Kunci kantor tidak diganti; hubungi koordinator."
        )
    office = identity.PinnedOffice(
        office_name=str(body["office_name"]), office_device_id=str(body["office_device_id"]),
        sign_public=str(body["sign_public"]), enc_public=str(body["enc_public"]),
        enrollment_id=str(body["enrollment_id"]), secret=str(body["secret"]), volunteer=str(body["volunteer"]),
        areas=tuple(str(a) for a in body["areas"]),
    )
    identity.device_keys(ctx.db)
    with ctx.db.atomic():
        identity.pin_office(ctx.db, office)
    return office


def office_fingerprint(ctx: AppContext) -> str | None:
    keys = identity.office_keys(ctx.db)
    if keys:
        return fingerprint(keys.sign_public)
    pinned = identity.pinned_office(ctx.db)
    return fingerprint(pinned.sign_public) if pinned else None


def device_fingerprint(ctx: AppContext) -> str:
    return fingerprint(identity.device_keys(ctx.db).sign_public)

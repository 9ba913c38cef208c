"""First-run setup: who uses this laptop, and the reference lists they start with."""

from __future__ import annotations

import hashlib

from psmdesk.domain.issues import Issue, ValidationFailed
from psmdesk.domain.names import clean_name, name_error
from psmdesk.domain.phone import check_phone
from psmdesk.domain.profile import Profile, Role
from psmdesk.domain.reference import EDITABLE_LISTS
from psmdesk.domain.regions import is_village_code, region_label
from psmdesk.services.context import PROFILE_KEY, AppContext
from psmdesk.storage import meta


def validate_profile(
    role: Role | str, name: str, kelurahan_code: str, phone: str = "", office_name: str = ""
) -> tuple[Profile | None, list[Issue]]:
    issues: list[Issue] = []
    try:
        role = Role(role)
    except ValueError:
        issues.append(Issue("role", "role", "Peran harus Relawan atau Koordinator."))
    name = clean_name(name)
    problem = name_error(name, field="name")
    if problem:
        issues.append(problem)
    if not is_village_code(kelurahan_code):
        issues.append(Issue("kelurahan_code", "kelurahan", "Pilih kelurahan/desa tempat bertugas."))
    phone_check = check_phone(phone, field="phone")
    issues.extend(phone_check.issues)
    if any(i.severity == "error" for i in issues):
        return None, issues
    profile = Profile(
        role=Role(role), name=name, phone=phone_check.phone, kelurahan_code=kelurahan_code,
        office_name=office_name.strip(), kelurahan_label=region_label(kelurahan_code),
    )
    return profile, issues


def complete_setup(ctx: AppContext, profile: Profile) -> None:
    """Stores the profile and, the first time, the editable reference lists."""
    with ctx.transaction() as writer:
        meta.put_json(ctx.db, PROFILE_KEY, profile.model_dump(mode="json"))
        existing = {
            (r[0], r[1]) for r in ctx.db.execute("SELECT list, code FROM reference_items").fetchall()
        }
        for list_name, items in EDITABLE_LISTS.items():
            for position, (code, label) in enumerate(items):
                if (list_name, code) not in existing:
                    writer.insert(
                        "reference_items",
                        {"list": list_name, "code": code, "label": label, "position": position,
                         "active": 1},
                        record_id=reference_id(list_name, code),
                    )
    ctx.actor.name = profile.name


def reference_id(list_name: str, code: str) -> str:
    """Every laptop seeds the same lists; the same id for the same item lets them merge as one."""
    return hashlib.sha256(f"reference:{list_name}:{code}".encode()).hexdigest()[:32]


def setup(ctx: AppContext, role: Role | str, name: str, kelurahan_code: str, phone: str = "",
          office_name: str = "") -> Profile:
    profile, issues = validate_profile(role, name, kelurahan_code, phone, office_name)
    if profile is None:
        raise ValidationFailed(issues)
    complete_setup(ctx, profile)
    return profile


def reference_list(ctx: AppContext, list_name: str, *, active_only: bool = True) -> list[tuple[str, str]]:
    """(code, label) pairs of an editable list, in display order."""
    sql = "SELECT code, label FROM reference_items WHERE list = ? AND deleted_at IS NULL"
    if active_only:
        sql += " AND active = 1"
    rows = ctx.db.execute(sql + " ORDER BY position, label", [list_name]).fetchall()
    return [(r[0], r[1]) for r in rows]

"""Coordinator-only actions are refused to a Relawan by the services themselves (not only hidden
in the UI), each with an Indonesian message."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from psmdesk.domain import casework as cw
from psmdesk.services import audit, casework, conflicts, devices, erasure, table_import
from psmdesk.services.context import AppContext
from psmdesk.services.enrollment import create_enrollment
from psmdesk.services.errors import UserError
from psmdesk.services.households import save_household
from psmdesk.services.sync_export import office_bundle
from psmdesk.services.sync_import import import_file
from psmdesk.storage.audit import AuditFilter
from tests.services.test_households import TODAY, family

OFFICE_ONLY = "Hanya Koordinator yang dapat"


def _conflict(ctx: AppContext, table: str) -> int:
    with ctx.db.atomic():
        cursor = ctx.db.execute(
            "INSERT INTO conflicts (table_name, record_id, field, value, clock, base, detected_at)"
            " VALUES (?, 'x', 'label', 'Lain', '0000000000001-00000-" + "a" * 32 + "', '', '2026-11-22')", [table])
    return int(cursor.lastrowid or 0)


CASES: dict[str, Callable[[AppContext, Path], object]] = {
    "enrollment": lambda ctx, tmp: create_enrollment(ctx, "Rina", ["31.71.08.1001"], tmp),
    "office bundle": lambda ctx, tmp: office_bundle(ctx, "a" * 32, tmp),
    "approve device": lambda ctx, tmp: devices.approve_device(ctx, "a" * 32),
    "revoke device": lambda ctx, tmp: devices.revoke_device(ctx, "a" * 32),
    "office list conflict": lambda ctx, tmp: conflicts.resolve(ctx, _conflict(ctx, "reference_items"),
                                                               use_other=True),
    "PSM registry": lambda ctx, tmp: casework.save_volunteer(
        ctx, cw.VolunteerInput(name="Rina", kelurahan_code="31.71.08.1001"), today=TODAY),
    "PSM training": lambda ctx, tmp: casework.add_training(ctx, "x", "Pelatihan", TODAY, "tatap_muka", today=TODAY),
    "case note sharing": lambda ctx, tmp: casework.set_share_notes(ctx, "x", True),
    "audit view": lambda ctx, tmp: audit.lines(ctx, AuditFilter()),
    "audit count": lambda ctx, tmp: audit.count(ctx, AuditFilter()),
    "audit filters": lambda ctx, tmp: audit.filter_choices(ctx),
    "audit export": lambda ctx, tmp: audit.export_csv(ctx, AuditFilter(), tmp / "jejak.csv"),
}


@pytest.mark.parametrize("action", sorted(CASES))
def test_a_volunteer_is_refused(volunteer: AppContext, tmp_path: Path, action: str) -> None:
    with pytest.raises(UserError) as err:
        CASES[action](volunteer, tmp_path)
    assert OFFICE_ONLY in str(err.value) or "Koordinator" in str(err.value)
    assert not (tmp_path / "jejak.csv").exists()


def test_a_volunteer_cannot_import_the_psm_registry_from_a_table(volunteer: AppContext, tmp_path: Path) -> None:
    source = tmp_path / "psm.csv"
    source.write_text("Nama,Kelurahan\nRina,31.71.08.1001\n", encoding="utf-8")
    with pytest.raises(UserError, match=OFFICE_ONLY):
        table_import.prepare(volunteer, source, "psm")


def test_a_volunteer_cannot_erase_outside_her_area(volunteer: AppContext) -> None:
    h = family()
    h.kelurahan_code = "31.71.01.1001"
    hid = save_household(volunteer, h, today=TODAY)
    with pytest.raises(UserError, match="wilayahnya sendiri"):
        erasure.erase_household(volunteer, hid, reason="minta", confirmation="Budi Santoso")


def test_a_volunteer_cannot_import_another_volunteers_bundle(volunteer: AppContext, tmp_path: Path) -> None:
    fake = tmp_path / "PSM-abcd1234-0001-20261122.psmsync"
    fake.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    result = import_file(volunteer, fake)
    assert result.status == "rejected" and result.reason  # Indonesian reason, nothing applied


def test_a_volunteer_still_resolves_her_own_field_conflicts(volunteer: AppContext) -> None:
    """Her laptop's own queue (office edits against hers) stays hers; only office lists are not."""
    hid = save_household(volunteer, family(), today=TODAY)
    with volunteer.db.atomic():
        cid = int(volunteer.db.execute(
            "INSERT INTO conflicts (table_name, record_id, field, value, clock, base, detected_at)"
            " VALUES ('households', ?, 'street', 'Jl. Lain', '1763800000000-00000-" + "b" * 32 + "', '',"
            " '2026-11-22')", [hid]).lastrowid or 0)
    conflicts.resolve(volunteer, cid, use_other=True)
    assert volunteer.db.execute("SELECT street FROM households").fetchone()[0] == "Jl. Lain"



"""Small helpers shared by the sync tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from psmdesk.domain.enums import Sex
from psmdesk.domain.household import HouseholdInput, MemberInput
from psmdesk.services.context import AppContext
from psmdesk.services.households import get_household, save_household
from psmdesk.services.sync_export import export_bundle, office_bundle
from psmdesk.services.sync_import import ImportResult, import_files
from psmdesk.sync.ledger import all_devices

TODAY = date(2026, 11, 22)


def household(rt: str = "003", nik: str = "3171080507800003") -> HouseholdInput:
    return HouseholdInput(
        no_kk="3171081203150007", kelurahan_code="31.71.08.1001", rt=rt, rw="005", street="Jl. Galur Sari No. 4",
        members=[MemberInput(nik=nik, name="Budi Santoso", sex=Sex.L, birth_date=date(1980, 7, 5),
                             relation="kepala_keluarga")],
    )


def edit(ctx: AppContext, household_id: str, **changes: object) -> None:
    h = get_household(ctx, household_id)
    for key, value in changes.items():
        setattr(h, key, value)
    save_household(ctx, h, confirmed=True, today=TODAY)


def send(source: AppContext, target: AppContext, drop: Path) -> ImportResult:
    """Volunteer -> office, or office -> every approved volunteer device (first one)."""
    if source.profile and source.profile.role.value == "koordinator":
        device = next(d for d in all_devices(source.db) if d.status == "approved" and d.device_id == target.device_id)
        path = office_bundle(source, device.device_id, drop).path
    else:
        written = export_bundle(source, drop)
        assert written is not None
        path = written.path
    [result] = import_files(target, [path])
    assert result.ok, result.reason
    return result

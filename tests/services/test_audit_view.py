"""Jejak Audit for the coordinator: filters, keyset pages, masking and the CSV export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from psmdesk.domain.household import PpksInput
from psmdesk.paths import AppPaths
from psmdesk.services import audit
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.households import get_household, save_household
from psmdesk.services.setup import setup
from psmdesk.storage.audit import AuditFilter
from tests.services.test_households import TODAY, family

NIK = "3171080507800003"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[AppContext]:
    ctx = open_app(AppPaths.resolve(tmp_path / "kantor"))
    setup(ctx, "koordinator", "Dinas Sosial Jakarta Pusat", "31.71.08.1001")
    yield ctx
    ctx.close()


def _household(ctx: AppContext) -> str:
    h = family()
    h.ppks = [PpksInput(category="fm", status="diusulkan", status_date=TODAY, notes="Catatan rahasia Zulkarnaen")]
    h.members[0].chronic_illness = "Kanker paru"
    h.members[0].phone = "081234567890"
    return save_household(ctx, h, today=TODAY)


def test_lines_mask_nik_and_hide_sensitive_values(office: AppContext) -> None:
    _household(office)
    shown = audit.lines(office, AuditFilter(), limit=1000)
    text = "\n".join(f"{line.old} {line.new}" for line in shown)
    assert NIK not in text and "317108******0003" in text
    assert "3171081203150007" not in text  # No. KK masked as well
    assert "Zulkarnaen" not in text and "Kanker paru" not in text and audit.HIDDEN in text
    assert "081234567890" not in text
    assert "Budi Santoso" in text  # names are what the coordinator checks


def test_filters_and_keyset_pages(office: AppContext) -> None:
    hid = _household(office)
    h = get_household(office, hid)
    h.street = "Jl. Baru"
    save_household(office, h, confirmed=True, today=TODAY)
    total = audit.count(office, AuditFilter())
    first = audit.lines(office, AuditFilter(), limit=5)
    rest = audit.lines(office, AuditFilter(), after=first[-1].id, limit=10_000)
    assert len(first) + len(rest) == total and first[0].id > first[-1].id > rest[0].id
    updates = audit.lines(office, AuditFilter(action="update", table="households"))
    assert [(u.field, u.new) for u in updates] == [("street", "Jl. Baru")]
    today = date.today()
    assert audit.count(office, AuditFilter(start=today, end=today)) == total
    assert audit.count(office, AuditFilter(end=today - timedelta(days=1))) == 0
    choices = audit.filter_choices(office)
    assert choices.devices == [(office.device_id, "Dinas Sosial Jakarta Pusat")]
    assert "members" in choices.tables and "create" in choices.actions


def test_export_writes_the_filtered_view_masked(office: AppContext, tmp_path: Path) -> None:
    _household(office)
    out = tmp_path / "jejak.csv"
    n = audit.export_csv(office, AuditFilter(table="members"), out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and NIK.encode() not in raw and b"Kanker paru" not in raw
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "Waktu (UTC)" and len(rows) == n + 1
    assert {r[3] for r in rows[1:]} == {"members"}

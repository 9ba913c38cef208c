from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.enrollment import accept_enrollment, create_enrollment
from psmdesk.services.setup import setup


@dataclass
class Pair:
    office: AppContext
    volunteer: AppContext
    drop: Path  # the "USB stick"


def make_ctx(root: Path, name: str, role: str, who: str, kelurahan: str) -> AppContext:
    ctx = open_app(AppPaths.resolve(root / name))
    setup(ctx, role, who, kelurahan)
    return ctx


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    office = make_ctx(tmp_path, "kantor", "koordinator", "Dinas Sosial Jakarta Pusat", "31.71.08.1001")
    volunteer = make_ctx(tmp_path, "relawan", "relawan", "Sari Wulandari", "31.71.08.1001")
    drop = tmp_path / "usb"
    drop.mkdir()
    enrollment = create_enrollment(office, "Sari Wulandari", ["31.71.08.1001", "31.71.08.1002"], drop)
    accept_enrollment(volunteer, enrollment)
    yield Pair(office, volunteer, drop)
    office.close()
    volunteer.close()

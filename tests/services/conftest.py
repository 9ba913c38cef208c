from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.setup import setup


@pytest.fixture
def volunteer(tmp_path: Path) -> Iterator[AppContext]:
    ctx = open_app(AppPaths.resolve(tmp_path / "data"))
    setup(ctx, "relawan", "Sari Wulandari", "31.71.08.1001")
    yield ctx
    ctx.close()

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.demo import fill_demo
from psmdesk.services.setup import setup

TODAY = date(2026, 11, 22)


def pdf_text(path: Path) -> list[str]:
    """The text of each page, as pdftotext reads it (layout kept)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert_fonts_embedded(path)
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def assert_fonts_embedded(path: Path) -> None:
    """Every font is inside the file, so the page prints the same on any office computer."""
    if shutil.which("pdffonts") is None:
        return
    table = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    fonts = [line.split() for line in table.splitlines()[2:] if line.strip()]
    loose = [f[0] for f in fonts if f[-5] != "yes"]  # columns: name type encoding emb sub uni id gen
    assert not loose, f"{path.name}: fonts not embedded: {loose}"


@pytest.fixture(scope="module")
def demo_ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    ctx = open_app(AppPaths.resolve(tmp_path_factory.mktemp("reports")))
    setup(ctx, "relawan", "Sari Wulandari", "31.71.08.1001")
    fill_demo(ctx, today=TODAY)
    yield ctx
    ctx.close()

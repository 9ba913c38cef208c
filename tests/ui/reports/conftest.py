"""A demo database (households, the Johar Baru Pokmas, the KUBE groups) built once per session
and copied for each test, and a main window on the copy with the Indonesian UI."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext, open_app
from psmdesk.ui.main_window import MainWindow

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from psmdesk.services.demo import fill_demo
    from psmdesk.services.setup import setup

    folder = tmp_path_factory.mktemp("reports-ui-demo")
    ctx = open_app(AppPaths.resolve(folder))
    setup(ctx, "relawan", "Sari Wulandari", "31.71.08.1001")
    fill_demo(ctx, today=TODAY)
    ctx.close()
    return folder


@pytest.fixture
def demo_ui_ctx(demo_template: Path, tmp_path: Path) -> Iterator[AppContext]:
    folder = tmp_path / "data"
    shutil.copytree(demo_template, folder)
    ctx = open_app(AppPaths.resolve(folder))
    yield ctx
    ctx.close()


@pytest.fixture
def demo_window(qtbot, demo_ui_ctx: AppContext, indonesian: None) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from psmdesk.app import build_main_window

    win = build_main_window(demo_ui_ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    win.close()

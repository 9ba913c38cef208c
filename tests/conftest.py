"""Shared fixtures. Qt runs offscreen: the platform must be chosen before any QApplication."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from psmdesk.paths import AppPaths  # noqa: E402
from psmdesk.services.context import AppContext, open_app  # noqa: E402
from psmdesk.services.setup import complete_setup, validate_profile  # noqa: E402

JOHAR_BARU = "31.71.08.1001"

# The suite draws the same property-test examples on every run and every machine, so a red CI is
# always reproducible; `make fuzz` explores fresh random examples (a failure found there becomes an
# @example in the test).
settings.register_profile("suite", derandomize=True, print_blob=True)
settings.register_profile("fuzz", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("PSMDESK_HYPOTHESIS", "suite"))


TEST_PASSPHRASE = "kopi tubruk pagi"


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scripted set-ups take the password from the environment (never an argument); tests too.
    A cheaper key derivation keeps the suite fast (the cost is stored in each key file)."""
    from psmdesk.storage import keyfile

    monkeypatch.setenv("PSMDESK_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setattr(keyfile, "SCRYPT_N", 2**10)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.resolve(tmp_path / "data")


@pytest.fixture
def ctx(paths: AppPaths) -> Iterator[AppContext]:
    context = open_app(paths)
    yield context
    context.close()


@pytest.fixture
def ready_ctx(ctx: AppContext) -> AppContext:
    """A volunteer who finished the first-run setup in Kel. Johar Baru (Jakarta Pusat)."""
    profile, issues = validate_profile("relawan", "Sari Wulandari", JOHAR_BARU, phone="081234567890")
    assert profile is not None, issues
    complete_setup(ctx, profile)
    return ctx


# The offscreen platform cannot raise windows, grab the keyboard or pass size hints to a window
# manager; it says so with a Qt warning, which is about the test platform, not about PSM Desk.
OFFSCREEN_LIMITS = r"^This plugin does not support "


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS))

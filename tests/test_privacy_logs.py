"""Nothing personal in the log file or the crash dialog: a name, a NIK (also typed with
separators), a No. KK and a phone number raised in exceptions never reach either."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

import pytest

from psmdesk.logsetup import mask_digits, setup_logging
from psmdesk.paths import AppPaths
from psmdesk.services import erasure
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.households import save_household
from psmdesk.services.setup import setup
from psmdesk.services.sync_import import import_file
from psmdesk.ui import errors
from tests.services.test_households import TODAY, family

NAME = "Siti Aminah"
NIK = "3171085010830002"
KK = "3171081203150007"
PHONE = "081298765432"
SECRETS = (NAME, NIK, KK, PHONE, "3171 0850 1083 0002", "Jl. Johar Baru III No. 12")


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


@pytest.fixture
def office(tmp_path: Path) -> AppContext:
    ctx = open_app(AppPaths.resolve(tmp_path / "kantor"))
    setup(ctx, "koordinator", "Dinas Sosial Jakarta Pusat", "31.71.08.1001")
    setup_logging(ctx.paths.log_file)
    return ctx


def test_services_and_a_crash_leave_nothing_personal(qapp, office: AppContext, monkeypatch, tmp_path: Path) -> None:
    # A few services at work, writing their ordinary log lines.
    hid = save_household(office, family(), today=TODAY)
    bogus = tmp_path / f"PSM-{NIK}.psmsync"
    bogus.write_bytes(b"not a bundle " + NIK.encode())
    assert import_file(office, bogus).status == "rejected"
    erasure.erase_household(office, hid, reason="permintaan", confirmation="Budi Santoso")

    # A bug whose message quotes what was typed, chained to another one that does too.
    shown: list[str] = []
    monkeypatch.setattr(errors, "_show_dialog", shown.append)
    try:
        try:
            raise KeyError(f"{NAME} / {KK}")
        except KeyError as inner:
            message = f"tidak bisa menyimpan {NAME} NIK {NIK} ({SECRETS[4]}), HP {PHONE}, {SECRETS[5]}"
            raise ValueError(message) from inner
    except ValueError:
        errors.handle_exception(*sys.exc_info(), log_file=office.paths.log_file)
    log = logging.getLogger("psmdesk.test")
    log.warning("Cari %s dengan NIK %s", "3171-0850-1083-0002", NIK)
    try:
        raise RuntimeError(f"{NAME} {NIK}")
    except RuntimeError:
        log.exception("Gagal untuk %s", KK)
    _flush()

    logged = office.paths.log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "ValueError" in logged and "KeyError" in logged and "RuntimeError" in logged
    assert "3171-0850-1083-0002" not in logged
    for secret in SECRETS:
        assert secret not in logged, secret
    assert len(shown) == 1
    for secret in SECRETS:
        assert secret not in shown[0], secret
    office.close()


def test_sqlite_errors_stay_readable(office: AppContext) -> None:
    """SQLite names tables and columns, never values: its messages help and are kept."""
    try:
        sqlite3.connect(":memory:").execute("SELECT nope FROM nowhere")
    except sqlite3.OperationalError:
        logging.getLogger("psmdesk.test").exception("Query failed")
    _flush()
    assert "no such table: nowhere" in office.paths.log_file.read_text(encoding="utf-8")
    office.close()


def test_mask_digits() -> None:
    assert mask_digits(f"NIK {NIK}") == "NIK 317108******0002"
    assert mask_digits("3171.0850.1083.0002") == "317108******0002"
    assert mask_digits("HP +6281298765432") == "HP +6281*********"
    assert mask_digits("Rp1.500.000 pada 17/08/2026, RT 003") == "Rp1.500.000 pada 17/08/2026, RT 003"

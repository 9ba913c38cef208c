"""`psmdesk setup/encrypt/passphrase/recover`: secrets only from the environment or a terminal
prompt, exit codes 0/1/2, the recovery code printed once."""

from __future__ import annotations

import argparse
import io
import re
import sqlite3
import sys
from pathlib import Path

import pytest

from psmdesk.cli import _parser, main
from psmdesk.paths import AppPaths
from psmdesk.services import security
from psmdesk.services.context import open_app
from psmdesk.services.security import DataState
from psmdesk.services.setup import setup
from psmdesk.storage import cipher, keyfile
from tests.conftest import TEST_PASSPHRASE

NEW = "es teler segar"
CODE = re.compile(r"\b[A-HJ-NP-Z2-9]{5}(?:-[A-HJ-NP-Z2-9]{5}){5}\b")
SETUP = ["setup", "--role", "relawan", "--name", "Sari Wulandari", "--kelurahan", "31.71.08.1001"]


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def the_code(out: str) -> str:
    found = CODE.findall(out)
    assert len(found) == 1, out  # printed once
    return found[0]


@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A script or a scheduled task: stdin is not a terminal, and nobody would answer a prompt."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    def no_prompt(prompt: str = "") -> str:
        raise AssertionError(f"prompted without a terminal: {prompt}")

    monkeypatch.setattr("getpass.getpass", no_prompt)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def protected(data: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A folder set up through the CLI; returns its recovery code."""
    code, out, err = run(capsys, data, *SETUP)
    assert code == 0, err
    return the_code(out)


def nothing_created(data: Path) -> bool:
    paths = AppPaths.resolve(data)
    return not paths.database.exists() and not paths.keyfile.exists()


# setup -------------------------------------------------------------------------------------------


def test_setup_without_a_passphrase_and_no_terminal_stops(
        data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_terminal: None) -> None:
    monkeypatch.delenv("PSMDESK_PASSPHRASE")
    code, out, err = run(capsys, data, *SETUP)
    assert code == 1
    assert "PSMDESK_PASSPHRASE" in err and "variabel lingkungan" in err and "Traceback" not in err
    assert not CODE.search(out)
    assert nothing_created(data)


def test_setup_prints_the_recovery_code_once_and_encrypts(
        data: Path, capsys: pytest.CaptureFixture[str], no_terminal: None) -> None:
    code, out, err = run(capsys, data, *SETUP)
    assert code == 0, err
    assert "Siap: Relawan Sari Wulandari" in out and "Kode pemulihan" in out
    recovery = the_code(out)
    paths = AppPaths.resolve(data)
    assert cipher.looks_encrypted(paths.database)
    std = sqlite3.connect(paths.database)
    with pytest.raises(sqlite3.DatabaseError):
        std.execute("SELECT * FROM meta").fetchall()
    std.close()
    key = keyfile.open_with_recovery_code(paths.keyfile, recovery)
    assert security.unlock(paths, TEST_PASSPHRASE) == key
    # The secrets never reach the log file.
    logged = b"".join(p.read_bytes() for p in paths.logs.rglob("*") if p.is_file())
    assert TEST_PASSPHRASE.encode() not in logged and recovery.encode() not in logged
    # Later commands open it with the passphrase, and say nothing of the code again.
    code, out, err = run(capsys, data, "check")
    assert code == 0 and "Keutuhan: baik" in out and not CODE.search(out) and "peringatan" not in err


@pytest.mark.parametrize(("passphrase", "says"), [
    ("pendek", "minimal 8 karakter"),
    ("1234567", "minimal 8 karakter"),
    ("", "Isi kata sandi"),
    ("password", "mudah ditebak"),
])
def test_setup_refuses_a_weak_passphrase(data: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch, passphrase: str, says: str) -> None:
    monkeypatch.setenv("PSMDESK_PASSPHRASE", passphrase)
    code, out, err = run(capsys, data, *SETUP)
    assert code == 1 and says in err and not CODE.search(out)
    assert nothing_created(data)


def test_a_mistake_in_the_profile_does_not_lose_the_recovery_code(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A wrong kelurahan code is a typo to fix and run again: the second run must still show a
    recovery code that opens the data."""
    code, out, err = run(capsys, data, "setup", "--role", "relawan", "--name", "Sari", "--kelurahan", "31.71.99.9999")
    assert code == 1 and "kelurahan" in err.lower()
    printed = CODE.findall(out)
    code, out, err = run(capsys, data, *SETUP)
    assert code == 0, err
    printed += CODE.findall(out)
    assert len(printed) == 1, "the recovery code must be shown exactly once"
    paths = AppPaths.resolve(data)
    assert keyfile.open_with_recovery_code(paths.keyfile, printed[0]) == security.unlock(paths, TEST_PASSPHRASE)


@pytest.mark.parametrize("stopped", ["after the key file", "after the database"])
def test_setup_interrupted_before_the_code_was_shown(data: Path, capsys: pytest.CaptureFixture[str],
                                                     stopped: str) -> None:
    """The power went during setup: the key file (and maybe the empty database) exist, but the
    recovery code died with the process. Running setup again shows a code that works."""
    paths = AppPaths.resolve(data)
    paths.ensure()
    key = keyfile.new_data_key()
    keyfile.create(paths.keyfile, key, TEST_PASSPHRASE)  # its code was never printed
    if stopped == "after the database":
        open_app(paths, key).close()
    code, out, err = run(capsys, data, *SETUP)
    assert code == 0, err
    recovery = the_code(out)
    assert keyfile.open_with_recovery_code(paths.keyfile, recovery) == key
    code, out, _ = run(capsys, data, *SETUP)  # set up now: a second run shows no new code
    assert code == 0 and not CODE.search(out)
    assert keyfile.open_with_recovery_code(paths.keyfile, recovery) == key


def test_setup_at_a_terminal_asks_twice(data: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PSMDESK_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    answers = iter([TEST_PASSPHRASE, TEST_PASSPHRASE + "!"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, out, err = run(capsys, data, *SETUP)
    assert code == 1 and "tidak sama" in err and not CODE.search(out)
    assert nothing_created(data)

    answers = iter([TEST_PASSPHRASE, TEST_PASSPHRASE])
    code, out, err = run(capsys, data, *SETUP)
    assert code == 0, err
    assert security.unlock(AppPaths.resolve(data), TEST_PASSPHRASE)
    the_code(out)


def test_no_console_or_an_aborted_prompt_stops_cleanly(data: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PSMDESK_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", None)  # a Windows program started without a console
    code, _, err = run(capsys, data, *SETUP)
    assert code == 1 and "PSMDESK_PASSPHRASE" in err
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)

    def ctrl_d(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", ctrl_d)
    code, _, err = run(capsys, data, *SETUP)
    assert code == 1 and "Dibatalkan" in err and "tak terduga" not in err
    assert nothing_created(data)


# encrypt -----------------------------------------------------------------------------------------


def test_encrypt_protects_a_plain_database(data: Path, capsys: pytest.CaptureFixture[str], no_terminal: None) -> None:
    paths = AppPaths.resolve(data)
    code, _, err = run(capsys, data, "encrypt")
    assert code == 1 and "Belum ada basis data" in err and nothing_created(data)
    ctx = open_app(paths)  # an earlier version's data folder
    setup(ctx, "relawan", "Sari Wulandari", "31.71.08.1001")
    ctx.close()
    code, out, err = run(capsys, data, "check")
    assert code == 0 and "belum dilindungi kata sandi" in err and "psmdesk encrypt" in err
    assert security.data_state(paths) is DataState.PLAIN

    code, out, err = run(capsys, data, "encrypt")
    assert code == 0, err
    assert "kini terenkripsi" in out
    recovery = the_code(out)
    assert cipher.looks_encrypted(paths.database) and not cipher.is_plain_file(paths.database)
    assert keyfile.open_with_recovery_code(paths.keyfile, recovery) == security.unlock(paths, TEST_PASSPHRASE)
    code, out, err = run(capsys, data, "check")
    assert code == 0 and "Keutuhan: baik" in out and "peringatan" not in err
    code, out, err = run(capsys, data, "encrypt")
    assert code == 1 and "sudah dilindungi" in err and not CODE.search(out)


def test_encrypt_a_file_of_another_program_changes_nothing(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = AppPaths.resolve(data)
    paths.ensure()
    paths.database.write_text("bukan database")
    code, _, err = run(capsys, data, "encrypt")
    assert code == 1 and "bukan basis data PSM Desk" in err
    assert paths.database.read_text() == "bukan database" and not paths.keyfile.exists()


# passphrase --------------------------------------------------------------------------------------


def test_passphrase_changes_it(data: Path, protected: str, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch, no_terminal: None) -> None:
    code, _, err = run(capsys, data, "passphrase")
    assert code == 1 and "PSMDESK_NEW_PASSPHRASE" in err
    monkeypatch.setenv("PSMDESK_NEW_PASSPHRASE", "pendek")
    code, _, err = run(capsys, data, "passphrase")
    assert code == 1 and "minimal 8 karakter" in err

    monkeypatch.setenv("PSMDESK_NEW_PASSPHRASE", NEW)
    code, out, err = run(capsys, data, "passphrase")
    assert code == 0, err
    assert "Kata sandi diganti" in out and not CODE.search(out)
    # The old passphrase no longer opens anything; the new one and the old recovery code do.
    code, out, err = run(capsys, data, "check")
    assert code == 1 and "Kata sandi salah" in err and out == ""
    monkeypatch.setenv("PSMDESK_PASSPHRASE", NEW)
    code, out, _ = run(capsys, data, "check")
    assert code == 0 and "Keutuhan: baik" in out
    paths = AppPaths.resolve(data)
    assert keyfile.open_with_recovery_code(paths.keyfile, protected) == security.unlock(paths, NEW)


def test_passphrase_with_a_wrong_current_one(data: Path, protected: str, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths.resolve(data)
    before = paths.keyfile.read_bytes()
    monkeypatch.setenv("PSMDESK_PASSPHRASE", "bukan kata sandinya")
    monkeypatch.setenv("PSMDESK_NEW_PASSPHRASE", NEW)
    code, _, err = run(capsys, data, "passphrase")
    assert code == 1 and "Kata sandi salah" in err
    assert paths.keyfile.read_bytes() == before


def test_passphrase_on_a_plain_database(data: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    open_app(AppPaths.resolve(data)).close()
    monkeypatch.setenv("PSMDESK_NEW_PASSPHRASE", NEW)
    code, _, err = run(capsys, data, "passphrase")
    assert code == 1 and "belum dilindungi" in err


# recover -----------------------------------------------------------------------------------------


def test_recover_with_the_code(data: Path, protected: str, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch, no_terminal: None) -> None:
    monkeypatch.delenv("PSMDESK_PASSPHRASE")  # forgotten
    monkeypatch.setenv("PSMDESK_NEW_PASSPHRASE", NEW)
    code, _, err = run(capsys, data, "recover")
    assert code == 1 and "PSMDESK_RECOVERY_CODE" in err
    monkeypatch.setenv("PSMDESK_RECOVERY_CODE", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    code, out, err = run(capsys, data, "recover")
    assert code == 1 and "Kode pemulihan tidak cocok" in err and not CODE.search(out)

    monkeypatch.setenv("PSMDESK_RECOVERY_CODE", protected.lower().replace("-", " "))
    code, out, err = run(capsys, data, "recover")
    assert code == 0, err
    assert "Kata sandi baru dipasang" in out
    new_code = the_code(out)
    assert new_code != protected
    paths = AppPaths.resolve(data)
    key = security.unlock(paths, NEW)
    assert keyfile.open_with_recovery_code(paths.keyfile, new_code) == key
    code, _, err = run(capsys, data, "recover")  # the used code was replaced
    assert code == 1 and "Kode pemulihan tidak cocok" in err
    monkeypatch.setenv("PSMDESK_PASSPHRASE", TEST_PASSPHRASE)
    code, _, err = run(capsys, data, "check")
    assert code == 1 and "Kata sandi salah" in err
    monkeypatch.setenv("PSMDESK_PASSPHRASE", NEW)
    code, out, _ = run(capsys, data, "check")
    assert code == 0 and "Keutuhan: baik" in out


def test_recover_shows_the_new_code_even_when_the_database_then_fails(
        data: Path, protected: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """recover replaces the code before the database is opened: if opening then fails (a damaged
    file, to be restored from a backup next) the new code must still have been shown, or the
    volunteer is left with a printed code that no longer works and none that does."""
    paths = AppPaths.resolve(data)
    size = paths.database.stat().st_size
    paths.database.write_bytes(bytes((i * 7919) % 251 for i in range(size)))  # damaged, still noise
    monkeypatch.setenv("PSMDESK_RECOVERY_CODE", protected)
    monkeypatch.setenv("PSMDESK_NEW_PASSPHRASE", NEW)
    code, out, err = run(capsys, data, "recover")
    assert code == 1 and err
    works = [c for c in [protected, *CODE.findall(out)] if _opens(paths, c)]
    assert works, "no recovery code left that opens the key file"


def _opens(paths: AppPaths, code: str) -> bool:
    try:
        keyfile.open_with_recovery_code(paths.keyfile, code)
    except keyfile.WrongSecret:
        return False
    return True


# The key file, and no secrets in arguments -------------------------------------------------------


def test_a_missing_key_file_is_said_plainly(data: Path, protected: str, capsys: pytest.CaptureFixture[str]) -> None:
    paths = AppPaths.resolve(data)
    saved = paths.keyfile.read_bytes()
    paths.keyfile.unlink()
    before = paths.database.read_bytes()
    for command in (["check"], SETUP, ["encrypt"]):
        code, out, err = run(capsys, data, *command)
        assert code == 1 and "kunci.json" in err and "tidak ada" in err and not CODE.search(out), command
    assert paths.database.read_bytes() == before and not paths.keyfile.exists()
    paths.keyfile.write_bytes(saved)
    code, out, _ = run(capsys, data, "check")
    assert code == 0 and "Keutuhan: baik" in out


SECRET_WORDS = re.compile(r"pass|sandi|secret|rahasia|recovery|pemulihan|kode|code|key|kunci|\bpin\b", re.I)


def _options(parser: argparse.ArgumentParser, trail: str = "") -> list[tuple[str, str]]:
    found = []
    for action in parser._actions:
        found += [(trail, option) for option in action.option_strings]
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _options(sub, f"{trail} {name}")
    return found


def test_no_command_takes_a_secret_as_an_argument(capsys: pytest.CaptureFixture[str]) -> None:
    options = _options(_parser())
    assert len(options) > 10
    assert [o for o in options if SECRET_WORDS.search(o[1])] == []
    for command in ("setup", "encrypt", "passphrase", "recover", "check", "backup", "restore"):
        for option in ("--passphrase", "--password", "--kata-sandi", "--recovery-code", "--new-passphrase"):
            with pytest.raises(SystemExit) as info:
                main([command, option, TEST_PASSPHRASE])
            assert info.value.code == 2, (command, option)
    assert TEST_PASSPHRASE not in capsys.readouterr().out

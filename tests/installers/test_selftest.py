"""`psmdesk --self-test`: what CI runs against the installed (frozen) app, here from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from psmdesk import selftest
from psmdesk.cli import main


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A user whose data folders are empty temporary ones, so we can see the self-test never writes there."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PSMDESK_DATA_DIR")}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "share"), APPDATA=str(tmp_path / "appdata"),
               **extra)
    return env


def _run(args: list[str], tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, cwd=tmp_path, env=_env(tmp_path, **extra),
                          timeout=180, check=False)


def test_self_test_passes_offscreen_and_leaves_the_user_data_alone(tmp_path: Path) -> None:
    result = _run([sys.executable, "-m", "psmdesk", "--self-test"], tmp_path, QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = [line for line in lines if line.startswith(("OK  ", "GAGAL  ", "--  "))]
    assert [line.split("  ", 1)[0] for line in steps] == ["OK"] * 7
    assert steps[0].startswith("OK  Basis data dibuat dan dimigrasi")
    assert any(line.startswith("OK  Basis data versi lama dicadangkan lalu dimigrasi (cadangan sebelum-migrasi-")
               for line in steps)
    assert any(line.startswith("OK  Paket sinkron ditulis dan dibaca kembali") for line in steps)
    assert any(line.startswith("OK  PDF satu halaman dicetak") for line in steps)
    assert steps[-1].startswith("OK  Jendela utama dan dialog Tentang dibuka (offscreen")
    assert lines[-1].startswith("Uji mandiri berhasil: 7 langkah")
    assert not any((tmp_path / name).exists() for name in ("home", "share", "appdata"))


def test_without_a_qt_platform_the_window_is_skipped_and_qt_never_imported(tmp_path: Path) -> None:
    script = (
        "import sys; from psmdesk.cli import main; code = main(['--self-test']); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'; sys.exit(code)"
    )
    result = _run([sys.executable, "-c", script], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "--  Jendela tidak diuji: QT_QPA_PLATFORM tidak diatur" in result.stdout
    assert "Uji mandiri berhasil: 6 langkah" in result.stdout


def test_a_failing_step_exits_1_naming_the_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)

    def broken(self: object) -> str:
        raise selftest.SelfTestFailed("paket tidak diterapkan: contoh")

    monkeypatch.setattr(selftest._Run, "bundle", broken)
    printed: list[str] = []
    assert selftest.run_self_test(out=printed.append) == 1
    assert printed[-1] == "GAGAL  Paket sinkron ditulis dan dibaca kembali: paket tidak diterapkan: contoh"
    assert not any(line.startswith("OK  PDF") for line in printed)  # stops at the first failure


def test_self_test_flag_comes_before_any_command(monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[bool] = []
    monkeypatch.setattr(selftest, "run_self_test", lambda: called.append(True) or 0)
    assert main(["--self-test"]) == 0
    assert main(["--self-test", "check"]) == 0  # the command is not run
    assert called == [True, True]

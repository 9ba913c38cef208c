from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from psmdesk import __version__
from psmdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_setup_demo_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    code, out, _ = run(capsys, "--data-dir", data, "setup", "--role", "koordinator", "--name", "Kantor Dinsos",
                       "--kelurahan", "31.71.08.1001")
    assert code == 0 and "Koordinator" in out and "Johar Baru" in out
    code, out, _ = run(capsys, "--data-dir", data, "demo", "--seed", "3")
    households = re.search(r"(\d+) keluarga", out)
    assert code == 0 and households and int(households[1]) >= 300
    code, out, _ = run(capsys, "--data-dir", data, "check")
    stored = re.search(r"households: (\d+) aktif", out)
    assert code == 0 and "Keutuhan: baik" in out and stored and int(stored[1]) >= int(households[1])
    # Demo twice: a user-fixable problem, said in Indonesian.
    code, _, err = run(capsys, "--data-dir", data, "demo")
    assert code == 1 and "sudah pernah diisi" in err


def test_user_errors_exit_1_in_indonesian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    code, _, err = run(capsys, "--data-dir", data, "demo")
    assert code == 1 and "belum disiapkan" in err
    code, _, err = run(capsys, "--data-dir", data, "setup", "--role", "relawan", "--name", "Sari",
                       "--kelurahan", "31.71.99.9999")
    assert code == 1 and "kelurahan" in err.lower()
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "psmdesk.db").write_text("bukan database")
    code, _, err = run(capsys, "--data-dir", str(foreign), "check")
    assert code == 1 and "bukan basis data PSM Desk" in err
    assert (foreign / "psmdesk.db").read_text() == "bukan database"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["setup", "--role", "kepala"], ["demo", "--size", "huge"], ["no-such-command"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 2


def test_cli_commands_do_not_import_qt(tmp_path: Path) -> None:
    script = (
        "import sys; from psmdesk.cli import main; "
        f"main(['--data-dir', {str(tmp_path)!r}, 'setup', '--role', 'relawan', '--name', 'Sari', "
        "'--kelurahan', '31.71.08.1001']); "
        f"code = main(['--data-dir', {str(tmp_path)!r}, 'check']); "
        "assert 'PySide6' not in sys.modules, 'Qt imported'; sys.exit(code)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_print_households_writes_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    run(capsys, "--data-dir", data, "setup", "--role", "relawan", "--name", "Sari", "--kelurahan", "31.71.08.1001")
    run(capsys, "--data-dir", data, "demo")
    out = tmp_path / "rekap.pdf"
    code, printed, _ = run(capsys, "--data-dir", data, "print", "households", "--kelurahan", "31.71.08.1002",
                           "--out", str(out), "--paper", "F4")
    assert code == 0 and printed.strip() == str(out) and out.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "--data-dir", data, "print", "households", "--kelurahan", "99.99.99.9999",
                       "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "tidak dikenal" in err


def test_the_office_name_given_at_setup_is_what_enrolled_laptops_show(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    office, volunteer = str(tmp_path / "kantor"), str(tmp_path / "relawan")
    code, _, _ = run(capsys, "--data-dir", office, "setup", "--role", "koordinator", "--name", "Bu Sari",
                     "--kelurahan", "31.71.08.1001", "--office", "Dinas Sosial Jakarta Pusat")
    assert code == 0
    code, _, _ = run(capsys, "--data-dir", volunteer, "setup", "--role", "relawan", "--name", "Rina",
                     "--kelurahan", "31.71.08.1002")
    enrollment = tmp_path / "rina.psmdaftar"
    code, _, err = run(capsys, "--data-dir", office, "enroll", "create", "--volunteer", "Rina", "--out",
                       str(enrollment))
    assert code == 0, err
    code, out, err = run(capsys, "--data-dir", volunteer, "enroll", "accept", str(enrollment))
    assert code == 0 and "Dinas Sosial Jakarta Pusat" in out and "Bu Sari" not in out, (out, err)


def test_data_dir_may_follow_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    code, _, err = run(capsys, "setup", "--role", "koordinator", "--name", "Kantor Dinsos",
                       "--kelurahan", "31.71.08.1001", "--data-dir", data)
    assert code == 0, err
    code, out, err = run(capsys, "devices", "--data-dir", data)
    assert code == 0, err
    code, out, _ = run(capsys, "--data-dir", data, "check")
    assert code == 0 and "Keutuhan: baik" in out

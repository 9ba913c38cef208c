from __future__ import annotations

from pathlib import Path

import pytest

from psmdesk.cli import main
from tests.dbhelp import connect_data


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def households(data: Path) -> int:
    conn = connect_data(data)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM households").fetchone()[0])
    finally:
        conn.close()


def test_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert run(capsys, "--data-dir", str(data), "setup", "--role", "relawan", "--name", "Sari",
               "--kelurahan", "31.71.08.1001")[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(data), "backup")
    assert code == 0
    first = Path(out.strip())
    assert first.parent == data / "backups" and first.name.startswith("cadangan-manual-") and first.is_file()

    stick = tmp_path / "usb"
    stick.mkdir()
    code, out, _ = run(capsys, "--data-dir", str(data), "backup", "--to", str(stick))
    assert code == 0 and Path(out.strip()).parent == stick

    assert run(capsys, "--data-dir", str(data), "demo", "--seed", "3")[0] == 0
    assert households(data) >= 300
    code, out, _ = run(capsys, "--data-dir", str(data), "restore", str(first))
    assert code == 0, out
    assert "Dipulihkan dari" in out and "profil: Sari" in out and "cadangan-sebelum-pulihkan-" in out
    assert households(data) == 0


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    other = tmp_path / "foto.db"
    other.write_bytes(b"\x89PNG not a database")
    code, out, err = run(capsys, "--data-dir", str(data), "restore", str(other))
    assert code == 1 and out == ""
    assert "bukan cadangan PSM Desk" in err and "Tidak ada yang dipulihkan" in err
    code, _, err = run(capsys, "--data-dir", str(data), "restore", str(tmp_path / "hilang.db"))
    assert code == 1 and "tidak ditemukan" in err

"""`psmdesk import-table`: counts and rejections on stdout, the exit code offices script against."""

from __future__ import annotations

from pathlib import Path

import pytest

from psmdesk.cli import main
from tests.dbhelp import connect_data
from tests.services import test_table_import_files as files
from tests.services import test_table_import_psm as psm


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "data")
    code, _, _ = run(capsys, "--data-dir", folder, "setup", "--role", "koordinator", "--name", "Kantor Dinsos",
                     "--kelurahan", "31.71.08.1001")
    assert code == 0
    return folder


def households(folder: str, table: str = "households") -> int:
    conn = connect_data(folder)
    try:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def registered(folder: str) -> int:
    return households(folder, "psm_volunteers")


def test_dry_run_reports_and_writes_nothing(data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = files.write_xlsx(tmp_path / "keluarga.xlsx")
    code, out, _ = run(capsys, "--data-dir", data, "import-table", "--target", "households", str(path), "--dry-run")
    assert code == 1  # rows were rejected
    assert "judul kolom di baris 3-4" in out and "NIK <- Identitas Anggota / NIK" in out
    assert "10 baru, 6 ditolak, 2 dilewati" in out
    assert "baris 7: NIK rusak oleh Excel" in out and "baris 6: Ditolak bersama keluarganya; lihat baris 7" in out
    assert "tidak ada yang disimpan" in out
    assert "3171" not in out  # never a NIK or a KK on the screen
    assert households(data) == 0


def test_dry_run_writes_every_rows_outcome_for_excel(data: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    path = files.write_xlsx(tmp_path / "keluarga.xlsx")
    out_file = tmp_path / "hasil.xlsx"
    code, out, _ = run(capsys, "--data-dir", data, "import-table", "--target", "households", str(path), "--dry-run",
                       "--preview-out", str(out_file))
    assert code == 1 and f"ditulis ke {out_file}" in out
    rows = [[c.value for c in r] for r in load_workbook(out_file).active.iter_rows()]
    assert rows[0] == ["Baris", "Hasil", "Nama", "NIK", "Keluarga / kelompok", "Keterangan"]
    outcome = {r[0]: r for r in rows[1:]}
    assert len(outcome) == 18 and sum(r[1] == "baru" for r in rows[1:]) == 10
    assert outcome[7][1] == "ditolak" and "NIK rusak oleh Excel" in outcome[7][5]
    assert not any(c and "3171" in str(c) and "*" not in str(c) for r in rows for c in r)  # NIK, KK masked
    assert households(data) == 0


def test_import_then_again_exit_codes(data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = files.write_csv(tmp_path / "keluarga.csv")
    code, out, _ = run(capsys, "--data-dir", data, "import-table", "--target", "households", str(path),
                       "--rejected-out", str(tmp_path / "laporan"))
    assert code == 1 and "4 baru, 2 ditolak" in out
    assert (tmp_path / "laporan" / "keluarga-ditolak.xlsx").exists()
    assert households(data) == 2
    code, out, _ = run(capsys, "--data-dir", data, "import-table", "--target", "households", str(path))
    assert code == 1 and "4 sudah ada (cocok), 2 ditolak" in out and "diingat dari impor sebelumnya" in out
    assert households(data) == 2
    good = tmp_path / "bersih.csv"
    lines = (tmp_path / "keluarga.csv").read_bytes().split(b"\r\n")
    good.write_bytes(b"\r\n".join(lines[:5]) + b"\r\n")
    code, out, _ = run(capsys, "--data-dir", data, "import-table", "--target", "households", str(good))
    assert code == 0 and "4 sudah ada (cocok) (baris)" in out


def test_mapping_file_and_problems(data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = files.write_csv(tmp_path / "keluarga.csv")
    mapping = tmp_path / "peta.json"
    mapping.write_text('{"name": "Nama Lengkap", "rt": "RT", "rw": "RW", "birth_date": "Tanggal Lahir", '
                       '"sex": "Jenis Kelamin", "relation": "Status Hubungan Dalam Keluarga"}', encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", data, "import-table", "--target", "households", str(path),
                       "--mapping", str(mapping), "--dry-run")
    assert "Pemetaan kolom (dari --mapping)" in out and "NIK <-" not in out
    mapping.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", data, "import-table", "--target", "households", str(path),
                       "--mapping", str(mapping))
    assert code == 1 and "bukan JSON" in err


def test_psm_registry(data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = psm.xlsx(tmp_path / "Daftar PSM.xlsx")
    code, out, _ = run(capsys, "--data-dir", data, "import-table", "--target", "psm", str(path), "--dry-run")
    assert code == 1 and "Nama <- Nama PSM" in out and "Kelurahan/Desa <- Kelurahan" in out
    assert "4 baru, 6 ditolak (baris)" in out and "baris 6: NIK rusak oleh Excel" in out
    assert "baris 9: NIK yang sama ada juga di baris 4" in out and "3171" not in out
    assert registered(data) == 0
    code, out, _ = run(capsys, "--data-dir", data, "import-table", "--target", "psm", str(path))
    assert code == 1 and "4 baru, 6 ditolak (baris)" in out and registered(data) == 4
    code, out, _ = run(capsys, "--data-dir", data, "import-table", "--target", "psm", str(path))
    assert code == 1 and "4 sudah ada (cocok), 6 ditolak (baris)" in out and registered(data) == 4


def test_roster_needs_a_pokmas_and_mapped_people(data: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = files.write_csv(tmp_path / "keluarga.csv")
    code, out, _ = run(capsys, "--data-dir", data, "import-table", "--target", "roster", str(path), "--dry-run")
    assert code == 1 and "6 ditolak" in out and "baris 2: Belum ada Pokmas; buat dulu di layarnya" in out


def test_unreadable_file_and_usage(data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", data, "import-table", "--target", "households",
                       str(tmp_path / "tidak-ada.xlsx"))
    assert code == 1 and "tidak ditemukan" in err
    for argv in (["import-table", "x.csv"], ["import-table", "--target", "semua", "x.csv"],
                 ["import-table", "--target", "households"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["--data-dir", data, *argv])
        assert exit_info.value.code == 2


def test_help_says_dry_run_writes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import-table", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--dry-run" in out and "tanpa menyimpan apa pun" in out

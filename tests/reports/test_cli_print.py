"""`psmdesk print distribution|recap|kube` and the delivery form, on the demo database: exit 0
with the PDF written, 1 with an Indonesian message for a problem the user can fix, 2 for usage."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.distribution import bench_distribution, lines_from
from psmdesk.cli import main
from psmdesk.services.context import AppContext
from tests.reports.conftest import TODAY, pdf_text

PLAIN_WARNING = "belum dilindungi kata sandi"


def run(capsys: pytest.CaptureFixture[str], ctx: AppContext, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(ctx.paths.data_dir), "print", *args])
    except SystemExit as exit_info:  # argparse: usage errors
        code = int(exit_info.code or 0)
    out, err = capsys.readouterr()
    # The demo database of these tests is a plain one (as from a version before encryption):
    # the CLI warns about that once; anything else on stderr is a problem.
    err = "".join(line for line in err.splitlines(keepends=True) if PLAIN_WARNING not in line)
    return code, out, err


def test_distribution_for_a_day_and_a_month(demo_ctx: AppContext, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hari.pdf"
    code, printed, err = run(capsys, demo_ctx, "distribution", "--pokmas", "Pokmas Dapur Sehat Johar Baru",
                             "--date", "2026-11-20", "--out", str(out))
    assert (code, err) == (0, "") and printed.strip() == str(out)
    assert "Hari/Tanggal: Jumat, 20 November 2026" in "\n".join(pdf_text(out))
    month = tmp_path / "bulan.pdf"
    code, _, _ = run(capsys, demo_ctx, "distribution", "--pokmas", "dapur sehat", "--month", "2026-10",
                     "--out", str(month), "--paper", "F4")
    text = "\n".join(pdf_text(month))
    assert code == 0 and len(set(re.findall(r"Hari/Tanggal: \w+, (\d+) Oktober", text))) == 31
    assert not re.search(r"\d{16}", text)


def test_recap_kube_and_delivery_form(demo_ctx: AppContext, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    for args, title in (
        (["recap", "--pokmas", "dapur", "--month", "2026-10"], "REKAP BULANAN PERMAKANAN LANSIA"),
        (["kube", "--name", "KUBE Singkong Sejahtera"], "PROFIL DAN BUKU KAS KUBE"),
        (["form", "--type", "delivery", "--pokmas", "dapur", "--date", TODAY.isoformat()],
         "FORMULIR PENGANTARAN PERMAKANAN"),
        (["form"], "FORMULIR PEMETAAN KELUARGA"),
    ):
        out = tmp_path / f"{args[0]}.pdf"
        code, printed, err = run(capsys, demo_ctx, *args, "--out", str(out))
        assert (code, err) == (0, ""), args
        assert title in pdf_text(out)[0]


@pytest.mark.parametrize("args,message", [
    (["distribution", "--pokmas", "Pokmas Entah", "--date", "2026-11-20"], "tidak ditemukan"),
    (["distribution", "--pokmas", "dapur", "--date", "2019-01-01"], "Tidak ada penerima"),
    (["recap", "--pokmas", "dapur", "--month", "2019-01"], "belum punya penerima"),
    (["kube", "--name", "KUBE Entah"], "tidak ditemukan"),
    (["form", "--type", "delivery", "--pokmas", "dapur"], "perlu --pokmas"),
])
def test_user_fixable_problems_exit_1_in_indonesian(demo_ctx: AppContext, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str], args: list[str],
                                                     message: str) -> None:
    code, _, err = run(capsys, demo_ctx, *args, "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and message in err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("args", [
    ["distribution", "--pokmas", "dapur", "--date", "20/11/2026"],
    ["distribution", "--pokmas", "dapur", "--date", "2026-11-20", "--month", "2026-11"],
    ["distribution", "--pokmas", "dapur"],
    ["recap", "--pokmas", "dapur", "--month", "2026-13"],
    ["kube", "--name", "x", "--paper", "A3"],
])
def test_usage_errors_exit_2(demo_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             args: list[str]) -> None:
    code, _, _ = run(capsys, demo_ctx, *args, "--out", str(tmp_path / "x.pdf"))
    assert code == 2


def test_benchmark_function_measures_both_in_one_run(demo_ctx: AppContext, tmp_path: Path) -> None:
    lines = lines_from(demo_ctx, 60)
    assert len(lines) == 60 and all("*" in line.nik_masked for line in lines if line.nik_masked)
    ours, floor, pages = bench_distribution(lines, tmp_path, repeat=1)
    assert ours > 0 and floor > 0 and pages >= 4  # 60 rows of 14 mm: four A4 pages at least
    assert (tmp_path / "distribution-ours.pdf").exists() and (tmp_path / "distribution-floor.pdf").exists()


def test_an_unwritable_destination_says_why_and_leaves_the_old_pdf(demo_ctx: AppContext, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from reportlab.pdfbase import pdfdoc

    args = ["kube", "--name", "Berkah", "--out"]
    code, _, err = run(capsys, demo_ctx, *args, str(tmp_path / "tidak-ada" / "kube.pdf"))
    assert code == 1 and "tidak ada. Buat foldernya dulu" in err and "kesalahan tak terduga" not in err
    code, _, err = run(capsys, demo_ctx, *args, str(tmp_path))
    assert code == 1 and "adalah folder" in err

    good = tmp_path / "kube.pdf"
    good.write_bytes(b"%PDF-1.4 kemarin")

    def disk_full(self: object, filename: object, canvas: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdfdoc.PDFDocument, "SaveToFile", disk_full)
    code, _, err = run(capsys, demo_ctx, *args, str(good))
    assert code == 1 and "Ruang penyimpanan penuh" in err
    assert good.read_bytes() == b"%PDF-1.4 kemarin"  # yesterday's printout is still whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kube.pdf"]  # no half-written leftovers

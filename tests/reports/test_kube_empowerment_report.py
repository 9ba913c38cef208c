"""The printed KUBE profile carries the empowerment stages and the welfare before and after."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from psmdesk.domain import empowerment as emp
from psmdesk.services import empowerment as svc
from psmdesk.services.context import AppContext
from psmdesk.services.reports import print_kube_profile
from tests.services.test_empowerment_services import make_group, stage

TODAY = date(2026, 11, 22)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_profile_prints_stages_and_welfare(ready_ctx: AppContext, tmp_path: Path) -> None:
    gid = make_group(ready_ctx)
    empty = print_kube_profile(ready_ctx, gid, tmp_path / "kosong.pdf", today=TODAY)
    text = subprocess.run(["pdftotext", "-layout", str(empty), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Belum ada tahap pemberdayaan yang dicatat." in text and "Belum ada penilaian kesejahteraan." in text

    svc.save_stage_entry(ready_ctx, stage(gid, "persiapan", date(2026, 1, 10), date(2026, 1, 31)), today=TODAY)
    svc.save_stage_entry(ready_ctx, stage(gid, "asesmen", date(2026, 2, 1)), today=TODAY)
    subject = svc.group_subject(ready_ctx, gid)
    svc.save_indicators(ready_ctx, subject, emp.IndicatorInput(
        assessed_on=date(2026, 2, 1), scores={"kesehatan": 2}, notes={"kesehatan": "Balita kurang gizi"}), today=TODAY)
    svc.save_indicators(ready_ctx, subject, emp.IndicatorInput(
        phase="evaluasi", assessed_on=date(2026, 11, 1), scores={"kesehatan": 4}), today=TODAY)
    out = print_kube_profile(ready_ctx, gid, tmp_path / "profil.pdf", today=TODAY)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("G. Tahap Pemberdayaan Kelompok", "Tahap sekarang: Asesmen", "H. Indikator Kesejahteraan",
                     "Kesehatan dan Gizi", "naik 2", "Balita kurang gizi", "berjalan", "Modal terbatas",
                     "Penilaian awal 01/02/2026 dan evaluasi 01/11/2026"):
        assert expected in text, expected

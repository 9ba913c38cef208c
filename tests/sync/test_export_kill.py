"""A volunteer's laptop (its data encrypted, as every real one) dies (SIGKILL) at many points
while writing "Kirim ke Kantor": the database stays sound, no half bundle lies under a bundle's
name on the stick, and after the restart the office still gets every record exactly once."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.demo import fill_demo
from psmdesk.services.enrollment import accept_enrollment, create_enrollment
from psmdesk.services.security import open_unlocked, protect
from psmdesk.services.setup import setup
from psmdesk.services.sync_export import export_bundle, rewrite_bundle, sent_bundles
from psmdesk.services.sync_import import import_files
from psmdesk.storage.cipher import looks_encrypted
from tests.sync.conftest import make_ctx
from tests.sync.helpers import TODAY

PASSPHRASE = "kata sandi relawan 2026"
EXPORTER = r"""
import sys
from pathlib import Path
from psmdesk.paths import AppPaths
from psmdesk.services.security import open_unlocked
from psmdesk.services.sync_export import export_bundle

ctx = open_unlocked(AppPaths.resolve(sys.argv[1]), sys.argv[3])
print("ready", flush=True)
def progress(done, total, table):
    print(f"collected {done}/{total}", flush=True)
written = export_bundle(ctx, Path(sys.argv[2]), progress=progress)
print("done", written.path.name if written else "-", flush=True)
"""
# (line to wait for, then seconds): while collecting; then across the ~60 ms after the last table
# (sealing, the outbox file, recording it, the copy to the stick).
KILLS = [("ready", 0.0), ("collected 3/", 0.02), ("last", 0.0), ("last", 0.015), ("last", 0.03), ("last", 0.04),
         ("last", 0.05), ("last", 0.07)]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kirim")
    office = make_ctx(root, "kantor", "koordinator", "Dinas Sosial Jakarta Pusat", "31.71.08.1001")
    volunteer, _ = protect(AppPaths.resolve(root / "relawan"), PASSPHRASE)
    setup(volunteer, "relawan", "Sari Wulandari", "31.71.08.1001")
    enrollment = create_enrollment(office, "Sari Wulandari", ["31.71.08.1001"], root)
    accept_enrollment(volunteer, enrollment)
    fill_demo(volunteer, today=TODAY)
    office.close()
    volunteer.close()
    return root


def _run_and_kill(data_dir: Path, drop: Path, anchor: str, delay: float, lines: list[str]) -> int:
    root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen([sys.executable, "-c", EXPORTER, str(data_dir), str(drop), PASSPHRASE],
                               stdout=subprocess.PIPE,
                               text=True, env={**os.environ, "PYTHONPATH": str(root)}, cwd=root)
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line.strip())
        done, _, total = line.strip().removeprefix("collected ").partition("/")
        last = line.startswith("collected") and int(done) >= int(total) - 1
        if line.strip().startswith(anchor) or (anchor == "last" and last):
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)
            break
    process.wait(60)
    lines.extend(line.strip() for line in process.stdout.read().splitlines())
    return process.returncode


@pytest.fixture(scope="module")
def killed(world: Path, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, list[str], int]]:
    runs: list[tuple[Path, list[str], int]] = []
    threads = []
    for index, (anchor, delay) in enumerate(KILLS):
        run = tmp_path_factory.mktemp(f"mati{index}")
        shutil.copytree(world / "relawan", run / "relawan")
        shutil.copytree(world / "kantor", run / "kantor")
        (run / "usb").mkdir()
        lines: list[str] = []
        runs.append((run, lines, 0))
        threads.append(threading.Thread(target=lambda r=run, a=anchor, d=delay, out=lines, i=index: runs.__setitem__(
            i, (r, out, _run_and_kill(r / "relawan", r / "usb", a, d, out)))))
        threads[-1].start()
    for thread in threads:
        thread.join(120)
    return runs


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_the_kills_landed_at_different_points(killed: list[tuple[Path, list[str], int]]) -> None:
    assert all(code in (-signal.SIGKILL, 0) for _, _, code in killed), killed
    unfinished = [lines for _, lines, code in killed if code == -signal.SIGKILL and "ready" in lines]
    assert len(unfinished) >= 3, killed  # killed mid-way, not before it began or after it ended


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("index", range(len(KILLS)), ids=[f"{a}+{d}s" for a, d in KILLS])
def test_after_a_kill_mid_export_the_office_still_gets_everything_once(
        killed: list[tuple[Path, list[str], int]], index: int) -> None:
    run, _, _ = killed[index]
    volunteer: AppContext = open_unlocked(AppPaths.resolve(run / "relawan"), PASSPHRASE)
    office = open_app(AppPaths.resolve(run / "kantor"))
    try:
        assert looks_encrypted(volunteer.paths.database)
        assert volunteer.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        on_stick = sorted((run / "usb").glob("*.psmsync"))
        assert len(on_stick) <= 1
        for bundle in on_stick:  # whatever carries a bundle's name is a whole bundle
            [result] = import_files(office, [bundle])
            assert result.status == "applied", result.reason
        # The volunteer starts the laptop again and sends: a new bundle, or the recorded one again.
        written = export_bundle(volunteer, run / "usb")
        if written is None:
            [sent] = sent_bundles(volunteer)
            rewrite_bundle(volunteer, sent.bundle_id, run / "usb")
        results = import_files(office, sorted((run / "usb").glob("*.psmsync")))
        assert all(r.ok for r in results), [r.reason for r in results]
        mine = volunteer.db.execute("SELECT COUNT(*) FROM households").fetchone()[0]
        assert mine >= 300
        assert office.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == mine
        assert office.db.execute("SELECT COUNT(*) FROM members").fetchone()[0] == volunteer.db.execute(
            "SELECT COUNT(*) FROM members").fetchone()[0]
        assert office.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        volunteer.close()
        office.close()

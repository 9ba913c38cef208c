"""A process killed with SIGKILL in the middle of a backup leaves the database intact, every
backup already made intact, and no half-written file under a backup's name."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from psmdesk.paths import AppPaths
from psmdesk.services.backup import list_backups, make_backup, rotate
from psmdesk.services.context import open_app
from psmdesk.storage.backup import PART_SUFFIX, inspect_backup

BACKER = r"""
import sys
from pathlib import Path
from psmdesk.paths import AppPaths
from psmdesk.services import backup
from psmdesk.services.context import open_app
from psmdesk.storage import backup as store

store.PAGES_PER_STEP = 1  # slow copies, so the kill lands inside one
ctx = open_app(AppPaths.resolve(sys.argv[1]))
started = False

def progress(done, total):
    global started
    if not started:
        started = True
        print("copying", flush=True)

while True:
    started = False
    path = backup.make_backup(ctx, backup.DAILY, progress=progress)
    print(path, flush=True)
"""


def _fill(paths: AppPaths) -> None:
    ctx = open_app(paths)
    try:
        with ctx.transaction() as writer:
            for _ in range(300):
                writer.insert("households", {"kelurahan_code": "31.71.08.1001", "rt": "001", "rw": "002",
                                             "notes": "x" * 3000})
        make_backup(ctx, "harian")
    finally:
        ctx.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("delay", [0.0, 0.02, 0.1])
def test_sigkill_during_backup_leaves_no_half_file_in_place(tmp_path: Path, delay: float) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    _fill(paths)
    proc = subprocess.Popen([sys.executable, "-c", BACKER, str(paths.data_dir)], stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "copying"
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=10)

    backups = list_backups(paths.backups)
    assert backups, "the backup made before the kill is still there"
    for backup in backups:  # every file under a backup's name is a whole, sound copy
        assert inspect_backup(backup.path).counts["households"] == 300
    conn = sqlite3.connect(paths.database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 300
    finally:
        conn.close()
    # The next backup clears what the killed one left behind.
    ctx = open_app(paths)
    try:
        make_backup(ctx, "manual")
    finally:
        ctx.close()
    rotate(paths.backups)
    assert not list(paths.backups.glob(f"*{PART_SUFFIX}*"))

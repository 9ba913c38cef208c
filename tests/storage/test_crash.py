"""A process killed with SIGKILL in the middle of writing leaves a consistent database that holds
every change it had committed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from psmdesk.storage.cipher import looks_encrypted
from psmdesk.storage.db import open_database

WRITER = r"""
import sys
from pathlib import Path
from psmdesk.domain.clock import HybridClock
from psmdesk.storage.cipher import looks_encrypted
from psmdesk.storage.db import open_database
from psmdesk.storage.records import Actor, RecordWriter

db = open_database(Path(sys.argv[1]), key=bytes.fromhex(sys.argv[2]) if len(sys.argv) > 2 else None)
writer = RecordWriter(db, Actor("e" * 32, "Uji", HybridClock("e" * 32)))
i = 0
while True:
    with db.atomic():
        hid = writer.insert("households", {"kelurahan_code": "31.71.08.1001", "rt": "001", "rw": "002",
                                           "notes": "x" * 2000})
        for n in range(4):
            writer.insert("members", {"household_id": hid, "name": f"Anggota {n}", "name_key": "a",
                                      "relation": "anak"})
    i += 1
    print(hid, flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
@pytest.mark.parametrize("delay", [0.0, 0.05, 0.3])
def test_sigkill_during_writes_keeps_every_committed_change(tmp_path: Path, delay: float, encrypted: bool) -> None:
    path = tmp_path / "psmdesk.db"
    key = os.urandom(32) if encrypted else None
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), *([key.hex()] if key else [])], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    # Wait until writing is under way (start-up time varies with machine load), then kill it.
    committed = [proc.stdout.readline().strip() for _ in range(3)]
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate(timeout=10)
    committed += out.split()

    assert looks_encrypted(path) == encrypted
    conn = open_database(path, key=key, migrate=False).conn if key else sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        ids = {r[0] for r in conn.execute("SELECT id FROM households")}
        assert set(committed) <= ids
        # Whole units of work only: every household has its four members.
        counts = conn.execute("SELECT COUNT(*) FROM members GROUP BY household_id").fetchall()
        assert {c[0] for c in counts} == {4}
    finally:
        conn.close()

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from psmdesk.paths import AppPaths
from psmdesk.services import backup as svc
from psmdesk.services.context import open_app
from psmdesk.ui.backup import startup

DAY = datetime(2026, 8, 17, 9, 30, 0)


def damaged_folder(tmp_path: Path, with_backup: bool = True) -> AppPaths:
    paths = AppPaths.resolve(tmp_path / "data")
    ctx = open_app(paths)
    with ctx.transaction() as writer:
        writer.insert("households", {"kelurahan_code": "31.71.08.1001", "rt": "001", "rw": "002"})
    if with_backup:
        svc.make_backup(ctx, svc.DAILY, now=DAY)
    ctx.close()
    data = bytearray(paths.database.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)
    paths.database.write_bytes(bytes(data))
    return paths


def test_damaged_database_is_detected_at_start_up(tmp_path: Path) -> None:
    from psmdesk.app import _Damaged, _open_checked

    paths = damaged_folder(tmp_path)
    with pytest.raises(_Damaged):
        _open_checked(paths, None)


def test_damaged_database_offers_the_latest_good_backup(qtbot, tmp_path: Path, indonesian: None) -> None:
    paths = damaged_folder(tmp_path)
    asked: list[tuple[str, bool]] = []

    def ask(text: str, can_restore: bool) -> bool:
        asked.append((text, can_restore))
        return True

    ctx = startup.recover_damaged(paths, ask=ask)
    assert ctx is not None
    try:
        text, can_restore = asked[0]
        assert can_restore and "rusak" in text and "cadangan-harian-20260817-093000.db" in text
        assert "17/08/2026 09:30" in text
        assert ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 1
        assert svc.database_sound(ctx)
    finally:
        ctx.close()
    assert list(paths.backups.glob("rusak-*.db"))  # the damaged file is kept aside


def test_no_backup_says_so_and_does_not_crash(qtbot, tmp_path: Path, indonesian: None) -> None:
    paths = damaged_folder(tmp_path, with_backup=False)
    asked: list[tuple[str, bool]] = []
    assert startup.recover_damaged(paths, ask=lambda t, c: asked.append((t, c)) or False) is None
    assert asked[0][1] is False and "Tidak ada cadangan yang baik" in asked[0][0]
    assert str(paths.backups) in asked[0][0]


def test_daily_backup_runs_once_after_start(qtbot, window) -> None:
    startup.start_daily_backup(window)
    qtbot.waitUntil(lambda: not window.running_jobs(), timeout=15000)
    assert [b.kind for b in svc.list_backups(window.ctx.paths.backups)] == [svc.DAILY]
    assert "Cadangan harian dibuat" in window.statusBar().currentMessage()
    startup.start_daily_backup(window)
    assert window.running_jobs() == []

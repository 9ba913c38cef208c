from __future__ import annotations

import threading

import pytest

from psmdesk.storage.errors import DiskFull
from psmdesk.ui.main_window import MainWindow


def test_job_runs_off_the_ui_thread_with_its_own_connection(qtbot, window: MainWindow) -> None:
    seen = {}

    def work(ctx, progress, cancelled):
        seen["thread"] = threading.current_thread()
        seen["db"] = ctx.db
        progress(1, 2, "Setengah jalan")
        return ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0]

    results = []
    job = window.run_job("Hitung", work, results.append)
    assert job is not None
    assert window.job_progress.isVisible() and window.job_cancel.isVisible()
    # waitUntil, not waitSignal: a quick job may finish before a signal blocker connects.
    qtbot.waitUntil(lambda: results == [0], timeout=5000)
    assert seen["thread"] is not threading.main_thread()
    assert seen["db"] is not window.ctx.db
    assert not window.job_progress.isVisible()
    assert window.running_jobs() == []


def test_the_same_job_never_runs_twice(qtbot, window: MainWindow) -> None:
    release = threading.Event()

    def work(ctx, progress, cancelled):
        release.wait(5)

    assert window.run_job("Data contoh", work, key="demo") is not None
    assert window.run_job("Data contoh", work, key="demo") is None
    assert "masih berjalan" in window.statusBar().currentMessage()
    release.set()
    qtbot.waitUntil(lambda: window.running_jobs() == [], timeout=5000)
    assert window.run_job("Data contoh", lambda *_: None, key="demo") is not None


def test_cancel_button_stops_a_job(qtbot, window: MainWindow) -> None:
    started = threading.Event()

    def work(ctx, progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return "stopped"

    results = []
    window.run_job("Lama", work, results.append)
    started.wait(5)
    window.job_cancel.click()
    qtbot.waitUntil(lambda: results == ["stopped"], timeout=5000)
    assert "dibatalkan" in window.statusBar().currentMessage()


@pytest.mark.parametrize("error", [DiskFull(), RuntimeError("Siti 3171084101900001")])
def test_failed_job_shows_a_plain_message(qtbot, window: MainWindow, monkeypatch, error) -> None:
    shown = []
    monkeypatch.setattr("psmdesk.ui.main_window.show_problem", lambda parent, text: shown.append(text))

    def work(ctx, progress, cancelled):
        raise error

    window.run_job("Gagal", work)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    if isinstance(error, DiskFull):
        assert shown[0] == str(error)
    else:
        assert "3171084101900001" not in shown[0] and "Siti" not in shown[0]
        assert "kesalahan yang tidak terduga" in shown[0]

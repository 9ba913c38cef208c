from __future__ import annotations

import logging
import sys

from psmdesk.logsetup import setup_logging
from psmdesk.paths import AppPaths
from psmdesk.storage.errors import DatabaseLocked
from psmdesk.ui import errors

SECRET = "Siti Aminah 3171084101900001"


def _raise_and_hook(log_file) -> None:
    try:
        raise ValueError(f"could not parse {SECRET}")
    except ValueError:
        errors.handle_exception(*sys.exc_info(), log_file=log_file)


def test_uncaught_exception_is_logged_and_shown_kindly(qapp, paths: AppPaths, monkeypatch) -> None:
    setup_logging(paths.log_file)
    shown: list[str] = []
    monkeypatch.setattr(errors, "_show_dialog", shown.append)
    errors.install_excepthook(paths.log_file)
    try:
        try:
            raise ValueError(f"could not parse {SECRET}")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert len(shown) == 1
    assert "tidak terduga" in shown[0] or "unexpected" in shown[0]
    assert str(paths.log_file) in shown[0]
    assert SECRET not in shown[0] and "3171084101900001" not in shown[0]
    logged = paths.log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "ValueError" in logged
    assert "3171084101900001" not in logged  # the log masks NIK-like numbers


def test_a_failing_dialog_never_hides_the_error(qapp, paths: AppPaths, monkeypatch, caplog) -> None:
    def broken(text: str) -> None:
        raise RuntimeError("no screen")

    monkeypatch.setattr(errors, "_show_dialog", broken)
    with caplog.at_level(logging.ERROR):
        _raise_and_hook(paths.log_file)
    assert [r.message for r in caplog.records] == ["Uncaught exception", "Could not show the error dialog"]


def test_storage_error_is_shown_as_its_own_message(qapp, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(errors, "show_problem", lambda parent, text: shown.append(text))
    errors.show_storage_error(None, DatabaseLocked())
    assert shown == [str(DatabaseLocked())]

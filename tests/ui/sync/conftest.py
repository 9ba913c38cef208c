"""An office and a volunteer laptop (each its own data folder), their windows on the Sinkronisasi
page, a "USB stick" folder, and the file dialogs answered without a human."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from psmdesk.services.context import AppContext
from psmdesk.services.enrollment import accept_enrollment, create_enrollment
from psmdesk.ui.main_window import MainWindow
from psmdesk.ui.sync.page import SyncPage
from tests.sync.conftest import make_ctx

JOHAR_BARU = "31.71.08.1001"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[AppContext]:
    ctx = make_ctx(tmp_path, "kantor", "koordinator", "Dinas Sosial Jakarta Pusat", JOHAR_BARU)
    yield ctx
    ctx.close()


@pytest.fixture
def volunteer(tmp_path: Path) -> Iterator[AppContext]:
    ctx = make_ctx(tmp_path, "relawan", "relawan", "Sari Wulandari", JOHAR_BARU)
    yield ctx
    ctx.close()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def enroll(office: AppContext, volunteer: AppContext, usb: Path, name: str = "Sari Wulandari") -> Path:
    path = create_enrollment(office, name, [JOHAR_BARU], usb)
    accept_enrollment(volunteer, path)
    return path


@pytest.fixture
def enrolled(office: AppContext, volunteer: AppContext, usb: Path) -> Path:
    return enroll(office, volunteer, usb)


@pytest.fixture
def open_sync(qtbot, indonesian: None) -> Iterator[Callable[[AppContext], tuple[MainWindow, SyncPage]]]:
    """Opens a laptop's window (1366x768) on the Sinkronisasi page."""
    windows: list[MainWindow] = []

    def make(ctx: AppContext) -> tuple[MainWindow, SyncPage]:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        windows.append(window)
        page = window.open_page("sync")
        assert isinstance(page, SyncPage)
        return window, page

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def file_dialogs(monkeypatch) -> dict[str, object]:
    """Answers for QFileDialog's static calls: set answers["folder"], ["files"], ["file"], ["save"]."""
    answers: dict[str, object] = {}
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(answers.get("folder", ""))))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(p) for p in answers.get("files", [])], "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(answers.get("file", "")), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(answers.get("save", "")), "")))
    return answers


def click_in_next_dialog(button_name: str, seen: list[QWidget]) -> None:
    """Clicks `button_name` in the next modal dialog and keeps the dialog for assertions."""

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        seen.append(dialog)
        button = dialog.findChild(QPushButton, button_name)
        assert button is not None, button_name
        button.click()

    QTimer.singleShot(0, handle)

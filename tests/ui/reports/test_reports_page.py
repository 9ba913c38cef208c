from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from psmdesk.ui.main_window import MainWindow
from psmdesk.ui.reports import dialogs
from psmdesk.ui.reports.page import ReportsPage
from tests.ui.reports.conftest import TODAY

DAY = TODAY - timedelta(days=2)


def _page(window: MainWindow) -> ReportsPage:
    page = window.open_page("reports")
    assert isinstance(page, ReportsPage)
    page.set_today(TODAY)
    return page


def _set_day(page: ReportsPage, day: date) -> None:
    page.params.start.setDate(QDate(day.year, day.month, day.day))


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"Pages:\s+(\d+)", info)
    assert match
    return int(match[1])


def test_pick_a_document_and_the_preview_appears(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    page.select("distribution")
    assert page.params.pokmas.currentText() == "Pokmas Dapur Sehat Johar Baru"
    assert page.params.pokmas.isVisible() and not page.params.kube.isVisible()
    _set_day(page, DAY)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.preview_area.page_labels), timeout=30000)
    assert page.preview is not None and page.preview.total == len(page.preview_area.page_labels)
    assert page.preview_area.status.text() == f"{page.preview.total} halaman."
    first = page.preview_area.page_labels[0].pixmap()
    assert first.width() > 300 and first.height() > first.width()  # portrait A4
    assert page.description.text().startswith("Daftar yang ditandatangani")
    # Another choice makes the preview stale; the buttons keep working on the new choice.
    page.params.paper.setCurrentIndex(page.params.paper.findData("F4"))
    assert "Pilihan berubah" in page.preview_area.status.text() and page.ready_pdf() is None
    page.select("kube")
    assert page.params.kube.isVisible() and not page.params.pokmas.isVisible()
    assert not page.params.orientation.isVisible()


def test_save_as_pdf_writes_the_file_and_opens_its_folder(qtbot, demo_window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(demo_window)
    page.select("meal_recap")
    page.params.month.setCurrentIndex(page.params.month.findData("2026-10"))
    target = tmp_path / "keluar" / "rekap.pdf"
    target.parent.mkdir()
    suggested: list[Path] = []
    monkeypatch.setattr(dialogs, "save_pdf_path", lambda parent, path: suggested.append(path) or target)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=30000)
    assert suggested[0].name == "rekap-permakanan-2026-10.pdf"
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "REKAP BULANAN PERMAKANAN LANSIA" in text and "Oktober 2026" in text
    assert not re.search(r"\d{16}", text)
    qtbot.waitUntil(page.folder_button.isEnabled, timeout=30000)
    opened: list[QUrl] = []
    monkeypatch.setattr("psmdesk.ui.reports.page.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [target.parent]


def test_print_sends_every_page_to_the_printer(qtbot, demo_window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(demo_window)
    page.select("kube")
    page.params.kube.setCurrentIndex(page.params.kube.findText("KUBE Singkong Sejahtera"))
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=30000)
    assert page.preview is not None
    printed = tmp_path / "printer.pdf"

    def fake_dialog(parent: object, printer: QPrinter) -> bool:
        assert printer.pageLayout().pageSize().id().name == "A4"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(150)
        return True

    monkeypatch.setattr(dialogs, "print_dialog", fake_dialog)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: printed.exists() and page._printer is None, timeout=60000)
    assert _pages(printed) == page.preview.total


def test_f4_paper_reaches_the_printer(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    page.select("distribution")
    page.params.paper.setCurrentIndex(page.params.paper.findData("F4"))
    page.params.orientation.setCurrentIndex(page.params.orientation.findData("landscape"))
    printer = QPrinter()
    page.configure_printer(printer, page.params.params())
    size = printer.pageLayout().pageSize().size(printer.pageLayout().pageSize().Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (215, 330)
    assert printer.pageLayout().orientation().name == "Landscape"


@pytest.mark.parametrize("full", [False, True])
def test_export_the_household_list(qtbot, demo_window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                   monkeypatch: pytest.MonkeyPatch, full: bool) -> None:
    page = _page(demo_window)
    page.select("households")
    page.params.kelurahan.setCurrentIndex(page.params.kelurahan.findText("Galur"))
    target = tmp_path / "keluarga.xlsx"
    monkeypatch.setattr(dialogs, "ask_export", lambda parent, title, has_nik: dialogs.ExportChoice(".xlsx", full))
    monkeypatch.setattr(dialogs, "save_sheet_path", lambda parent, path, suffix: target)
    assert page.export_button.isVisible()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=30000)
    niks = [c.value for c in load_workbook(target).active["D"][1:] if c.value]
    assert niks
    pattern = r"\d{16}" if full else r"\d{6}\*{6}\d{4}"
    assert all(re.fullmatch(pattern, nik) for nik in niks)


def test_export_dialog_warns_before_a_full_nik(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dialogs.ExportDialog(None, "Daftar Keluarga", has_nik=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice() == dialogs.ExportChoice(".xlsx", False) and not dialog.warning.isVisible()
    dialog.full_nik.setChecked(True)
    dialog.csv.setChecked(True)
    assert dialog.warning.isVisible() and dialog.csv_note.isVisible()
    assert dialog.choice() == dialogs.ExportChoice(".csv", True)
    no_nik = dialogs.ExportDialog(None, "Kelompok KUBE", has_nik=False)
    qtbot.addWidget(no_nik)
    assert no_nik.full_nik.isHidden()


def test_a_backwards_period_disables_the_buttons(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    page.select("distribution")
    page.params.period.setCurrentIndex(page.params.period.findData("days"))
    assert page.params.end.isVisible()
    _set_day(page, DAY)
    page.params.end.setDate(QDate(DAY.year, DAY.month, DAY.day - 3))
    assert not page.preview_button.isEnabled() and not page.save_button.isEnabled()
    page.params.end.setDate(QDate(DAY.year, DAY.month, DAY.day))
    assert page.preview_button.isEnabled()


def test_beranda_charts_and_the_letterhead_card(qtbot, demo_window: MainWindow,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    home = demo_window.open_page("home")
    charts = home.charts  # type: ignore[attr-defined]
    assert charts.isVisible() and charts.ppks.items and charts.stages.items and charts.cash.points
    assert charts.grab().width() > 0
    settings = demo_window.open_page("settings")
    card = settings.letterhead  # type: ignore[attr-defined]
    card.office.setText("Dinas Sosial Provinsi DKI Jakarta")
    card.address.setText("Jl. Gunung Sahari II No. 4, Jakarta Pusat")
    save: QPushButton = card.save
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    from psmdesk.services.letterhead import get_letterhead

    head = get_letterhead(demo_window.ctx)
    assert (head.office_name, head.address) == ("Dinas Sosial Provinsi DKI Jakarta",
                                                "Jl. Gunung Sahari II No. 4, Jakarta Pusat")


def test_a_document_that_cannot_be_made_says_why(qtbot, demo_window: MainWindow,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("psmdesk.ui.main_window.show_problem", lambda parent, text: shown.append(text))
    page = _page(demo_window)
    page.select("import_report")  # nothing was imported into the demo database
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "Tidak ada paket" in shown[0]
    qtbot.waitUntil(lambda: "tidak bisa dibuat" in page.preview_area.status.text(), timeout=30000)
    assert page.preview is None

"""Impor Paket at the office: always a preview first, then apply in the background, then a report."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent

from psmdesk.services.households import save_household
from psmdesk.services.sync_export import export_bundle
from psmdesk.ui.style import ERROR
from psmdesk.ui.sync import import_panel
from tests.sync.helpers import TODAY, household

HOUSEHOLDS = (("003", "3171080507800003"), ("004", "3171080507800011"), ("005", "3171080507800029"))


def volunteer_bundle(volunteer, usb: Path) -> Path:
    for rt, nik in HOUSEHOLDS:
        save_household(volunteer, household(rt=rt, nik=nik), confirmed=True, today=TODAY)
    written = export_bundle(volunteer, usb)
    assert written is not None
    return written.path


def households(ctx) -> int:
    return ctx.db.execute("SELECT COUNT(*) FROM households").fetchone()[0]


def wait_for(qtbot, panel, page_name: str) -> None:
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is getattr(panel, page_name), timeout=15_000)


def test_preview_first_then_apply_and_report_the_counts(
        qtbot, office, volunteer, enrolled, usb, open_sync, file_dialogs) -> None:
    bundle = volunteer_bundle(volunteer, usb)
    window, page = open_sync(office)
    panel = page.importer
    assert panel.stack.currentWidget() is panel.empty
    file_dialogs["files"] = [bundle]
    panel.files_button.click()
    wait_for(qtbot, panel, "preview")
    [preview] = panel.model.results
    assert (preview.status, preview.sender, preview.seq) == ("preview", "Sari Wulandari", 1)
    assert preview.added == 6  # three households, three heads
    assert panel.model.index(0, 3).data() == "6" and panel.model.index(0, 8).data() == "Siap diterapkan"
    assert households(office) == 0  # a preview changes nothing
    assert panel.apply_button.text() == "Terapkan 1 paket"

    panel.apply_button.click()
    wait_for(qtbot, panel, "report_page")
    assert households(office) == 3
    report = panel.report_view.toPlainText()
    assert "1 diterapkan." in report
    assert "Paket no. 1 dari Sari Wulandari" in report
    assert "Keluarga: 3 baru, 0 diperbarui, 0 sama, 0 dihapus" in report
    assert "Anggota Keluarga: 3 baru" in report
    assert window.statusBar().currentMessage() == "Impor selesai: 1 diterapkan."
    assert window.header.sync_state.text().startswith("Impor terakhir ")
    assert panel.conflicts_button.isHidden()

    # The report stays on screen, and goes to a text file on request.
    page.tabs.setCurrentWidget(page.devices)
    page.tabs.setCurrentWidget(panel)
    assert panel.stack.currentWidget() is panel.report_page
    file_dialogs["save"] = usb / "laporan"
    panel.findChild(type(panel.files_button), "SaveReport").click()
    text = (usb / "laporan.txt").read_bytes().decode("utf-8-sig")
    assert "Laporan impor" in text and "Keluarga: 3 baru" in text and "\r\n" in text

    # The same bundle again: said so, and nothing to apply.
    panel.preview_paths([bundle])
    wait_for(qtbot, panel, "preview")
    assert panel.model.results[0].status == "already"
    assert not panel.apply_button.isEnabled()


def drop_on(page, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)


def test_a_refused_file_shows_its_reason_in_red_and_the_others_still_apply(
        qtbot, office, volunteer, enrolled, usb, open_sync) -> None:
    volunteer_bundle(volunteer, usb)
    (usb / "PSM-rusak-0001.psmsync").write_bytes(b"PK\x03\x04 bukan zip")
    window, page = open_sync(office)
    panel = page.importer
    drop_on(page, [usb])  # a whole folder dropped onto the page
    wait_for(qtbot, panel, "preview")
    statuses = {r.file: r.status for r in panel.model.results}
    assert statuses["PSM-rusak-0001.psmsync"] == "rejected"
    row = next(i for i, r in enumerate(panel.model.results) if r.status == "rejected")
    reason = panel.model.index(row, 3).data()
    assert reason == ("DITOLAK: paket terpotong atau bukan berkas zip yang utuh. "
                      "Tidak ada isi berkas ini yang akan diterapkan.")
    assert panel.model.index(row, 3).data(Qt.ItemDataRole.ForegroundRole) == QColor(ERROR)
    assert panel.table.columnSpan(row, 3) == 6
    assert panel.table.rowHeight(row) > 30  # the reason wraps, and the row shows it all
    assert "1 ditolak" in panel.summary.text()

    panel.apply_button.click()
    wait_for(qtbot, panel, "report_page")
    assert households(office) == 3
    report = panel.report_view.toPlainText()
    assert "1 diterapkan, 1 ditolak." in report
    assert "DITOLAK: paket terpotong atau bukan berkas zip yang utuh." in report


def test_cancelled_import_says_which_bundles_were_not_applied(
        qtbot, office, volunteer, enrolled, usb, open_sync, monkeypatch) -> None:
    first = volunteer_bundle(volunteer, usb)
    save_household(volunteer, household(rt="009", nik="3171080507800037"), confirmed=True, today=TODAY)
    second = export_bundle(volunteer, usb)
    window, page = open_sync(office)
    panel = page.importer
    panel.preview_paths([first, second.path])
    wait_for(qtbot, panel, "preview")

    real, first_done = import_panel.import_files, threading.Event()

    def one_then_wait(ctx, paths, *, progress=None, cancelled=None, dry_run=False):
        results = real(ctx, paths[:1], dry_run=dry_run)
        first_done.set()
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return results

    monkeypatch.setattr(import_panel, "import_files", one_then_wait)
    panel.apply_button.click()
    qtbot.waitUntil(first_done.is_set, timeout=10_000)
    window.job_cancel.click()  # the status bar's Cancel
    wait_for(qtbot, panel, "report_page")
    assert [r.status for r in panel.report.results] == ["applied", "skipped"]
    assert panel.report.cancelled
    assert "Tidak diterapkan: impor dibatalkan sebelumnya." in panel.report_view.toPlainText()
    assert households(office) == 3

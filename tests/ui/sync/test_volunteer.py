"""Kirim ke Kantor: enrolling from the office's file, writing bundles, and writing one again."""

from __future__ import annotations

from pathlib import Path

from psmdesk.services.enrollment import create_enrollment, device_fingerprint, office_fingerprint
from psmdesk.services.households import save_household
from psmdesk.services.sync_export import export_bundle, office_bundle
from psmdesk.services.sync_import import import_files
from tests.sync.helpers import TODAY, household
from tests.ui.sync.conftest import JOHAR_BARU


def test_enrolls_from_the_office_file_and_shows_both_fingerprints(
        office, volunteer, usb, open_sync, file_dialogs) -> None:
    window, page = open_sync(volunteer)
    send = page.send
    assert send is not None
    assert send.stack.currentWidget() is send.enroll_page
    assert send.own_fingerprint_first.text() == device_fingerprint(volunteer)
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.conflicts))  # no conflicts: no tab

    file_dialogs["file"] = create_enrollment(office, "Sari Wulandari", [JOHAR_BARU], usb)
    send.enroll_button.click()
    assert send.stack.currentWidget() is send.send_page
    assert send.office_name.text() == "Dinas Sosial Jakarta Pusat"
    assert send.office_fingerprint.text() == office_fingerprint(office)
    assert send.own_fingerprint.text() == device_fingerprint(volunteer)
    assert "Kel. Johar Baru" in send.enrolled_as.text()
    assert "terdaftar di Dinas Sosial Jakarta Pusat" in window.statusBar().currentMessage()
    assert send.history.currentWidget() is send.history_empty


def test_a_file_that_is_not_an_enrollment_is_refused_in_plain_words(
        volunteer, usb, open_sync, file_dialogs, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("psmdesk.ui.sync.volunteer.show_problem", lambda parent, text: shown.append(text))
    _, page = open_sync(volunteer)
    junk = usb / "pendaftaran.psmdaftar"
    junk.write_text("{}", encoding="utf-8")
    file_dialogs["file"] = junk
    page.send.enroll_button.click()
    assert shown == ["Berkas pendaftaran.psmdaftar bukan berkas pendaftaran PSM Desk yang sah."]
    assert page.send.stack.currentWidget() is page.send.enroll_page


def test_send_to_office_writes_the_next_bundle_in_the_background(
        qtbot, office, volunteer, enrolled, usb, open_sync, file_dialogs, tmp_path) -> None:
    target = tmp_path / "flashdisk"
    target.mkdir()
    file_dialogs["folder"] = target
    window, page = open_sync(volunteer)
    send = page.send
    send.send_button.click()  # nothing recorded yet
    qtbot.waitUntil(lambda: window.running_jobs() == [], timeout=10_000)
    assert send.pending_text.text() == "Tidak ada perubahan baru: kantor sudah menerima semuanya."
    assert list(target.iterdir()) == []

    save_household(volunteer, household(), today=TODAY)
    send.refresh()
    assert send.pending_text.text().endswith("perubahan belum dikirim.")
    send.send_button.click()
    assert window.job_progress.isVisible()
    qtbot.waitUntil(lambda: not send.written_row.isHidden(), timeout=10_000)
    [written] = list(target.iterdir())
    assert written.suffix == ".psmsync"
    assert send.written_text.text() == f"Paket no. 1 (2 baris) disimpan di {target}:\n{written.name}"
    assert send.model.rowCount() == 1
    assert send.model.index(0, 3).data() == "belum"
    assert window.header.sync_state.text() == "1 paket menunggu tanda terima kantor"
    assert "Paket no. 1 disimpan" in window.statusBar().currentMessage()

    # The office applies it and answers; the volunteer imports the answer and sees the receipt.
    import_files(office, [written])
    answer = office_bundle(office, volunteer.device_id, usb).path
    file_dialogs["files"] = [answer]
    send.import_button.click()
    assert page.tabs.currentWidget() is page.importer
    qtbot.waitUntil(lambda: page.importer.stack.currentWidget() is page.importer.preview, timeout=10_000)
    page.importer.apply_button.click()
    qtbot.waitUntil(lambda: page.importer.stack.currentWidget() is page.importer.report_page, timeout=10_000)
    page.tabs.setCurrentWidget(send)
    assert send.model.index(0, 3).data().startswith("\u2713 diterima")
    assert window.header.sync_state.text() == "Semua sudah diterima kantor"


def test_a_lost_bundle_is_written_again_with_the_same_name(
        qtbot, volunteer, enrolled, usb, open_sync, file_dialogs, tmp_path: Path) -> None:
    save_household(volunteer, household(), today=TODAY)
    first = export_bundle(volunteer, usb)
    assert first is not None
    again = tmp_path / "lagi"
    again.mkdir()
    file_dialogs["folder"] = again
    window, page = open_sync(volunteer)
    page.send.table.selectRow(0)
    page.send.rewrite_button.click()
    qtbot.waitUntil(lambda: (again / first.path.name).exists(), timeout=10_000)
    assert (again / first.path.name).read_bytes() == first.path.read_bytes()
    qtbot.waitUntil(lambda: "ditulis ulang" in window.statusBar().currentMessage(), timeout=5_000)


def test_header_counts_changes_not_yet_in_a_bundle_at_start_up(volunteer, enrolled, open_sync) -> None:
    save_household(volunteer, household(), today=TODAY)
    window, _ = open_sync(volunteer)
    assert window.header.sync_state.text() == "2 perubahan belum dikirim"  # the household and its head

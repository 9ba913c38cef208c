"""Perangkat: approving a laptop after comparing its fingerprint, revoking, enrollment files, and
bundles back to the volunteers."""

from __future__ import annotations

from pathlib import Path

import pytest

from psmdesk.services.context import AppContext
from psmdesk.services.enrollment import accept_enrollment, device_fingerprint, read_enrollment
from psmdesk.services.households import save_household
from psmdesk.services.sync_export import export_bundle
from psmdesk.sync.ledger import get_device
from psmdesk.ui.sync import dialogs, enroll_dialog
from psmdesk.ui.sync.enroll_dialog import EnrollDialog
from tests.sync.conftest import make_ctx
from tests.sync.helpers import TODAY, household
from tests.ui.sync.conftest import JOHAR_BARU, click_in_next_dialog


@pytest.fixture
def second_laptop(tmp_path: Path, enrolled: Path):
    """A second laptop that used the same enrollment file: the office must ask the coordinator."""
    ctx = make_ctx(tmp_path, "relawan-2", "relawan", "Sari Wulandari", JOHAR_BARU)
    accept_enrollment(ctx, enrolled)
    yield ctx
    ctx.close()


def bundle_of(ctx: AppContext, usb: Path, rt: str, nik: str) -> Path:
    save_household(ctx, household(rt=rt, nik=nik), confirmed=True, today=TODAY)
    written = export_bundle(ctx, usb)
    assert written is not None
    return written.path


def test_pending_laptop_is_approved_after_comparing_the_fingerprint_and_then_applies(
        qtbot, office, volunteer, second_laptop, usb, open_sync) -> None:
    first = bundle_of(volunteer, usb, "003", "3171080507800003")
    second = bundle_of(second_laptop, usb, "007", "3171080507800011")
    window, page = open_sync(office)
    panel = page.importer
    panel.preview_paths([first, second])
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.preview, timeout=15_000)
    assert [r.status for r in panel.model.results] == ["preview", "rejected"]
    assert "belum disetujui" in panel.model.results[1].reason
    assert not panel.pending_bar.isHidden()
    assert page.tabs.tabText(page.tabs.indexOf(page.devices)) == "Perangkat (1 menunggu)"

    panel.findChild(type(panel.apply_button), "OpenDevices").click()
    devices = page.devices
    assert page.tabs.currentWidget() is devices
    [chosen] = devices.selected()
    assert chosen.status == "pending" and chosen.device_id == second_laptop.device_id
    assert devices.model.index(0, 1).data() == "menunggu persetujuan"
    assert devices.model.index(0, 2).data() == device_fingerprint(second_laptop)
    seen: list = []
    click_in_next_dialog("ApproveButton", seen)
    devices.approve_button.click()
    assert device_fingerprint(second_laptop) in seen[0].text()
    assert "font-size: 22pt" in seen[0].text()  # large enough to read over the phone
    assert get_device(office.db, second_laptop.device_id).status == "approved"
    assert "disetujui" in window.statusBar().currentMessage()
    assert page.tabs.tabText(page.tabs.indexOf(devices)) == "Perangkat"

    page.tabs.setCurrentWidget(panel)
    panel.again_button.click()
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.preview
                    and panel.model.results[1].status == "preview", timeout=15_000)
    panel.apply_button.click()
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.report_page, timeout=15_000)
    assert [r.status for r in panel.report.results] == ["applied", "applied"]
    assert office.db.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 2


def test_cancelling_the_fingerprint_question_approves_nothing(
        office, volunteer, second_laptop, usb, open_sync, monkeypatch) -> None:
    from psmdesk.services.sync_import import import_files

    import_files(office, [bundle_of(volunteer, usb, "003", "3171080507800003")])  # uses the enrollment
    import_files(office, [bundle_of(second_laptop, usb, "007", "3171080507800011")])
    _, page = open_sync(office)
    page.show_devices()
    assert page.devices.selected()[0].status == "pending"
    monkeypatch.setattr(dialogs, "confirm_approve", lambda parent, name, fingerprint: False)
    page.devices.approve_button.click()
    assert get_device(office.db, second_laptop.device_id).status == "pending"


def test_revoke_is_confirmed_and_shown(qtbot, office, volunteer, enrolled, usb, open_sync) -> None:
    from psmdesk.services.sync_import import import_files

    import_files(office, [bundle_of(volunteer, usb, "003", "3171080507800003")])
    window, page = open_sync(office)
    devices = page.devices
    page.tabs.setCurrentWidget(devices)
    assert devices.model.index(0, 3).data() == "1"
    seen: list = []
    click_in_next_dialog("RevokeButton", seen)
    devices.revoke_button.click()
    assert "Sari Wulandari" in seen[0].text()
    assert get_device(office.db, volunteer.device_id).status == "revoked"
    assert devices.model.index(0, 1).data() == "dicabut"
    assert devices.approve_button.isEnabled()  # the way back


def test_enrollment_file_for_a_new_volunteer(qtbot, office, usb, file_dialogs, indonesian) -> None:
    dialog = EnrollDialog(office)
    qtbot.addWidget(dialog)
    assert dialog.codes() == [JOHAR_BARU]
    dialog.save()
    assert dialog.error.text() == "Ketik nama relawan."
    dialog.name.setText("Rina Marlina")
    dialog.picker.set_code("31.71.08.1002")
    dialog.findChild(type(dialog.save_button), "AddArea").click()
    file_dialogs["save"] = usb / "pendaftaran-rina"
    dialog.save()
    assert dialog.written == usb / "pendaftaran-rina.psmdaftar"
    body = read_enrollment(dialog.written)
    assert body["volunteer"] == "Rina Marlina" and body["areas"] == [JOHAR_BARU, "31.71.08.1002"]


def test_send_to_volunteers_writes_one_bundle_each(
        qtbot, office, volunteer, enrolled, usb, open_sync, file_dialogs, monkeypatch, tmp_path) -> None:
    from psmdesk.services.sync_import import import_files

    import_files(office, [bundle_of(volunteer, usb, "003", "3171080507800003")])
    out = tmp_path / "ke-relawan"
    out.mkdir()
    file_dialogs["folder"] = out
    monkeypatch.setattr(enroll_dialog, "ask_devices", lambda devices, chosen, parent: [d.device_id for d in devices])
    window, page = open_sync(office)
    page.devices.send_button.click()
    qtbot.waitUntil(lambda: not page.devices.info_bar.isHidden(), timeout=10_000)
    [bundle] = list(out.iterdir())
    assert bundle.name.startswith("KANTOR-") and bundle.suffix == ".psmsync"
    assert "1 paket untuk relawan disimpan" in page.devices.info_text.text()

"""The import wizard for the PSM registry, walked by a coordinator: the psm target is offered,
its columns are suggested, the preview shows created, filled-in, matched and rejected rows, and the
import writes the registry. Set PSMDESK_SHOTS=<folder> to keep 1366x768 screenshots of each step."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from psmdesk.domain import casework as cw
from psmdesk.services import casework
from psmdesk.services.context import AppContext
from psmdesk.services.setup import complete_setup, validate_profile
from psmdesk.tableimport.plan import Action
from psmdesk.ui.tableimport.wizard import APPLY, MAPPING, PREVIEW, ImportWizard
from tests.services import test_table_import_psm as psm

JOB_MS = 20_000


@pytest.fixture
def office(ctx: AppContext) -> AppContext:
    profile, issues = validate_profile("koordinator", "Rina Kusuma", psm.JOHAR_BARU, office_name="Dinsos Jakpus")
    assert profile is not None, issues
    complete_setup(ctx, profile)
    casework.save_volunteer(ctx, cw.VolunteerInput(name="Sari Wulandari", kelurahan_code=psm.JOHAR_BARU))
    casework.save_volunteer(ctx, cw.VolunteerInput(name="Rudi", kelurahan_code=psm.KAMPUNG_RAWA,
                                                   phone="0812-5555-6666"))
    return ctx


@pytest.fixture
def wizard(qtbot, office: AppContext, indonesian: None) -> Iterator[ImportWizard]:
    shown = ImportWizard(office, None)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    yield shown
    if isValid(shown):
        if shown.job is not None:
            shown.stop_job()
            qtbot.waitUntil(lambda: shown.job is None, timeout=JOB_MS)
        shown.close()


def shot(wizard: ImportWizard, name: str) -> None:
    folder = os.environ.get("PSMDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        wizard.resize(1366, 768)
        assert wizard.grab().save(str(Path(folder) / f"{name}.png"))


def test_coordinator_imports_the_psm_registry(qtbot, wizard: ImportWizard, office: AppContext,
                                              tmp_path: Path) -> None:
    button = wizard.file_page.target_buttons["psm"]
    assert button.isEnabled() and button.text() == "Daftar PSM"
    button.setChecked(True)
    wizard.file_page.path.setText(str(psm.xlsx(tmp_path / "Daftar PSM Johar Baru.xlsx")))
    shot(wizard, "psm-1-file")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.job is None, timeout=JOB_MS)
    assert wizard.current == MAPPING, wizard.error.text()
    chosen = {combo.objectName(): combo.currentData() for combo in wizard.mapping_page.combos}
    assert chosen["FieldFor_B"] == "name" and chosen["FieldFor_C"] == "nik" and chosen["FieldFor_E"] == "role"
    shot(wizard, "psm-2-mapping")

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.job is None, timeout=JOB_MS)
    assert wizard.current == PREVIEW, wizard.error.text()
    preview = wizard.preview_page
    assert preview.chips[Action.CREATE].number.text() == "2"
    assert preview.chips[Action.UPDATE].number.text() == "1"
    assert preview.chips[Action.MATCH].number.text() == "1"
    assert preview.chips[Action.REJECT].number.text() == "6"
    preview.table.selectRow(2)
    assert preview.detail.text().startswith("Baris 6 (Ditolak): NIK rusak oleh Excel")
    assert preview.model.headerData(4, Qt.Orientation.Horizontal) == "Kelurahan"
    shot(wizard, "psm-3-preview")
    assert len(casework.registry(office)) == 2  # nothing written before step 4

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.job is None, timeout=JOB_MS)
    assert wizard.current == APPLY and wizard.apply_page.headline.text().startswith("Impor selesai")
    shot(wizard, "psm-4-done")
    assert sorted(r["name"] for r in casework.registry(office)) == [
        "Budi Santoso", "Indah Sari", "Rudi", "Sari Wulandari"]

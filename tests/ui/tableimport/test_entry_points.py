"""The import wizard opens from the page whose list it fills, with that kind of data chosen:
Permakanan roster, KUBE members, the PSM registry (coordinator), as from the Keluarga page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from psmdesk.services.context import AppContext
from psmdesk.ui.casework.registry_view import RegistryView
from psmdesk.ui.kube.members_tab import MembersTab
from psmdesk.ui.meals.roster_view import RosterView
from psmdesk.ui.tableimport.wizard import ImportWizard


def _open_from(qtbot, view: QWidget) -> ImportWizard:  # type: ignore[no-untyped-def]
    qtbot.addWidget(view)
    view.show()
    button = view.findChild(QPushButton, "ImportFromSpreadsheet")
    assert button is not None and button.isVisible() and button.text() == "Impor dari Excel/CSV…"
    button.click()
    [wizard] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible()]
    qtbot.addWidget(wizard)
    return wizard


@pytest.mark.parametrize("make,target", [(RosterView, "roster"), (MembersTab, "kube-members")],
                         ids=["permakanan", "kube"])
def test_the_wizard_opens_with_the_pages_own_data_chosen(qtbot, ready_ctx: AppContext, indonesian: None,  # type: ignore[no-untyped-def]
                                                         make: type[QWidget], target: str) -> None:
    wizard = _open_from(qtbot, make(ready_ctx))  # type: ignore[call-arg]
    assert wizard.file_page.target() == target
    wizard.close()


def test_the_psm_registry_offers_its_import_to_the_coordinator_only(qtbot, ready_ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                   indonesian: None) -> None:
    wizard = _open_from(qtbot, RegistryView(ready_ctx))
    # A volunteer may not load the office's registry: the wizard stays on what a volunteer may load.
    assert not wizard.file_page.target_buttons["psm"].isEnabled()
    assert wizard.file_page.target() == "households"
    wizard.close()

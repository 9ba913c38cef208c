"""Texts of the wizard kept as data (marked for translation, translated where shown)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from psmdesk.services import table_import as service

STEP_TITLES = (
    QT_TRANSLATE_NOOP("ImportWizard", "File and kind of data"),
    QT_TRANSLATE_NOOP("ImportWizard", "Columns"),
    QT_TRANSLATE_NOOP("ImportWizard", "Preview"),
    QT_TRANSLATE_NOOP("ImportWizard", "Import"),
)
ORIGIN_TEXT = {
    service.SUGGESTED: QT_TRANSLATE_NOOP("ImportWizard", "Fields were suggested from the column headers; check them."),
    service.REMEMBERED: QT_TRANSLATE_NOOP("ImportWizard",
                                          "The columns were chosen as for the last file of this shape."),
    service.FROM_FILE: QT_TRANSLATE_NOOP("ImportWizard", "The columns come from a mapping file."),
}

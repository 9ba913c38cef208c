"""The file dialogs of the import wizard in one place (tests replace these functions)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from psmdesk.ui.i18n import translate


def choose_source(parent: QWidget | None, start: Path) -> Path | None:
    kinds = translate("TableImportDialogs", "Excel or CSV files")
    every = translate("TableImportDialogs", "All files")
    file, _ = QFileDialog.getOpenFileName(
        parent, translate("TableImportDialogs", "Choose the file to import"), str(start),
        f"{kinds} (*.xlsx *.xlsm *.csv *.txt);;{every} (*)")
    return Path(file) if file else None


def choose_report_folder(parent: QWidget | None, start: Path) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, translate("TableImportDialogs", "Folder for the report of rejected rows"), str(start))
    return Path(folder) if folder else None

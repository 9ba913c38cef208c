"""Every modal question of the Laporan page in one place (tests replace these functions):
where to save a PDF or a spreadsheet, the system print dialog, and the export choices."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from psmdesk.ui.i18n import translate
from psmdesk.ui.style import WARNING, label


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def _with_suffix(file: str, suffix: str) -> Path:
    path = Path(file)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def save_pdf_path(parent: QWidget | None, suggested: Path) -> Path | None:
    file, _ = QFileDialog.getSaveFileName(
        parent, translate("ReportDialogs", "Save as PDF"), str(suggested),
        translate("ReportDialogs", "PDF documents") + " (*.pdf)")
    return _with_suffix(file, ".pdf") if file else None


def save_sheet_path(parent: QWidget | None, suggested: Path, suffix: str) -> Path | None:
    kind = (translate("ReportDialogs", "Excel workbook") + " (*.xlsx)" if suffix == ".xlsx"
            else translate("ReportDialogs", "CSV file") + " (*.csv)")
    file, _ = QFileDialog.getSaveFileName(parent, translate("ReportDialogs", "Export list"), str(suggested), kind)
    return _with_suffix(file, suffix) if file else None


def print_dialog(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog (printer, copies, pages); True when the user pressed Print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("ReportDialogs", "Print"))
    return dialog.exec() == QDialog.DialogCode.Accepted


@dataclass(frozen=True)
class ExportChoice:
    suffix: str  # ".xlsx" or ".csv"
    full_nik: bool


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, list_title: str, has_nik: bool) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.setWindowTitle(self.tr("Export to Excel/CSV"))
        self.setMinimumWidth(460)
        box = QVBoxLayout(self)
        box.setSpacing(8)
        box.addWidget(label(self.tr("List: %1").replace("%1", list_title), "subheading", wrap=True))
        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx): NIK and No. KK stay exact"))
        self.xlsx.setObjectName("FormatXlsx")
        self.xlsx.setChecked(True)
        self.csv = QRadioButton(self.tr("CSV (.csv) for other programs"))
        self.csv.setObjectName("FormatCsv")
        box.addWidget(self.xlsx)
        box.addWidget(self.csv)
        self.full_nik = QCheckBox(self.tr("Show full NIK"))
        self.full_nik.setObjectName("FullNik")
        self.warning = label(self.tr(
            "A full NIK is personal data (UU PDP). Use it only for the office's own work, keep the file "
            "on this computer or an encrypted drive, and never share it in a chat group. Printed lists always "
            "mask the NIK."), wrap=True)
        self.warning.setStyleSheet(f"color: {WARNING};")
        self.csv_note = label(self.tr(
            "Excel turns a long number in a CSV file into a rounded number: open the file through Data > "
            "From Text/CSV and set the NIK column to Text, or choose the Excel format."), "muted", wrap=True)
        if has_nik:
            box.addSpacing(4)
            box.addWidget(self.full_nik)
            box.addWidget(label(self.tr("Without it the NIK is masked, e.g. 317108******0003."), "muted", wrap=True))
            box.addWidget(self.warning)
            box.addWidget(self.csv_note)
        else:
            self.full_nik.hide()
            self.warning.hide()
            self.csv_note.hide()
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("ExportOk")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("ExportCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.full_nik.toggled.connect(self._update)
        self.csv.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.warning.setVisible(self.full_nik.isChecked())
        self.csv_note.setVisible(self.full_nik.isChecked() and self.csv.isChecked())

    def choice(self) -> ExportChoice:
        return ExportChoice(".csv" if self.csv.isChecked() else ".xlsx", self.full_nik.isChecked())


def ask_export(parent: QWidget | None, list_title: str, has_nik: bool) -> ExportChoice | None:
    dialog = ExportDialog(parent, list_title, has_nik)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

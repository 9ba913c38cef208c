"""Every modal question of the sync screens in one place (tests replace these functions)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from psmdesk.ui.i18n import translate
from psmdesk.ui.sync.common import BUNDLE_SUFFIX, ENROLLMENT_SUFFIX


def _filter(kind: str, suffix: str) -> str:
    every = translate("SyncDialogs", "All files")
    return f"{kind} (*{suffix});;{every} (*)"


def choose_bundle_files(parent: QWidget | None, start: Path) -> list[Path]:
    files, _ = QFileDialog.getOpenFileNames(
        parent, translate("SyncDialogs", "Choose sync bundles"), str(start),
        _filter(translate("SyncDialogs", "Sync bundles"), BUNDLE_SUFFIX))
    return [Path(f) for f in files]


def choose_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(folder) if folder else None


def choose_enrollment_file(parent: QWidget | None, start: Path) -> Path | None:
    file, _ = QFileDialog.getOpenFileName(
        parent, translate("SyncDialogs", "Enrollment file from the office"), str(start),
        _filter(translate("SyncDialogs", "Enrollment files"), ENROLLMENT_SUFFIX))
    return Path(file) if file else None


def save_file(parent: QWidget | None, title: str, suggested: Path, kind: str, suffix: str) -> Path | None:
    file, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), _filter(kind, suffix))
    if not file:
        return None
    path = Path(file)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _ask(parent: QWidget | None, text: str, yes: str, yes_name: str, icon: QMessageBox.Icon) -> bool:
    box = QMessageBox(icon, "PSM Desk", text, parent=parent)
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 460px; }")
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    accept.setObjectName(yes_name)
    cancel = box.addButton(translate("SyncDialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("CancelButton")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def confirm_approve(parent: QWidget | None, volunteer: str, fingerprint: str) -> bool:
    """The coordinator reads the fingerprint out and the volunteer compares it on her screen."""
    text = (
        "<p>" + html.escape(translate("SyncDialogs", "Approve the laptop of %1?")).replace("%1", html.escape(volunteer))
        + "</p><p>" + html.escape(translate(
            "SyncDialogs", "Phone the volunteer and compare this fingerprint with the one on her laptop "
            "(Sync > Send to office). Approve only if every character matches.")) + "</p>"
        + "<p style='font-family: monospace; font-size: 22pt; font-weight: bold; white-space: pre;'>"
        + html.escape(fingerprint) + "</p>"
    )
    return _ask(parent, text, translate("SyncDialogs", "Fingerprint matches, approve"), "ApproveButton",
                QMessageBox.Icon.Question)


def confirm_revoke(parent: QWidget | None, volunteer: str) -> bool:
    text = translate(
        "SyncDialogs", "Revoke the permission of the laptop of %1?\n\nBundles from this laptop will be refused "
        "from now on. Data already imported stays. You can approve the laptop again later.",
    ).replace("%1", volunteer)
    return _ask(parent, text, translate("SyncDialogs", "Revoke permission"), "RevokeButton",
                QMessageBox.Icon.Warning)

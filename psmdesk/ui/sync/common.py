"""Small pieces the sync screens share: cards, dates, number ranges, and where files go."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QStorageInfo, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from psmdesk.domain.dates import format_date
from psmdesk.domain.regions import get_region
from psmdesk.ui.style import MIN_POINT_SIZE, label

BUNDLE_SUFFIX = ".psmsync"
ENROLLMENT_SUFFIX = ".psmdaftar"


def card(title: str = "", parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    box = QVBoxLayout(frame)
    box.setContentsMargins(18, 12, 18, 14)
    box.setSpacing(6)
    if title:
        box.addWidget(label(title, "subheading"))
    return frame, box


def mono_font(point_delta: float = 0.0, bold: bool = False) -> QFont:
    """Fixed-width, at least as large as the house font (fingerprints, ids)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(QApplication.font().pointSizeF(), MIN_POINT_SIZE) + point_delta)
    font.setBold(bold)
    return font


def fingerprint_label(text: str, point_delta: float = 4.0) -> QLabel:
    """A fingerprint people read aloud over the phone: fixed-width, large, selectable."""
    widget = QLabel(text)
    widget.setFont(mono_font(point_delta, bold=True))
    widget.setObjectName("Fingerprint")
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def local_time(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def format_stamp(stamp: str | None) -> str:
    """A stored UTC stamp as local "17/08/2026 10.04" (Indonesian time uses a dot)."""
    moment = local_time(stamp)
    if moment is None:
        return stamp or ""
    return f"{format_date(moment.date())} {moment.hour:02d}.{moment.minute:02d}"


def ranges(numbers: tuple[int, ...] | list[int]) -> str:
    """(1, 2, 3, 5) -> "1-3, 5"."""
    parts: list[list[int]] = []
    for n in sorted(set(numbers)):
        if parts and parts[-1][1] == n - 1:
            parts[-1][1] = n
        else:
            parts.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in parts)


def village_label(code: str) -> str:
    """"Kel. Johar Baru": enough where the office's own area is understood."""
    region = get_region(code)
    return region.short_label if region else code


def thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


# --- folders ------------------------------------------------------------------------------
def _is_removable(root: str) -> bool:
    if sys.platform == "win32":
        try:
            import ctypes

            return int(ctypes.windll.kernel32.GetDriveTypeW(root)) == 2  # type: ignore[attr-defined]
        except (AttributeError, OSError):
            return False
    if sys.platform == "darwin":
        return root.startswith("/Volumes/")
    return root.startswith(("/media/", "/run/media/"))


def removable_drives() -> list[Path]:
    """Mounted USB sticks and memory cards, writable and ready."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if volume.isValid() and volume.isReady() and not volume.isReadOnly() and _is_removable(volume.rootPath()):
            found.append(Path(volume.rootPath()))
    return found


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def default_folder(last: Path | None = None) -> Path:
    """Where a file dialog opens: the folder used last time this session, else a USB stick if one
    is plugged in, else Documents."""
    if last is not None and last.is_dir():
        return last
    drives = removable_drives()
    return drives[0] if drives else documents_folder()


def open_folder(path: Path) -> None:
    folder = path if path.is_dir() else path.parent
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

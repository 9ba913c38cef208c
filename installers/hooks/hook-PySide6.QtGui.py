"""Replaces PyInstaller's hook for PySide6.QtGui (a hook in `hookspath` wins over the built-in one):
the same collection, minus Qt plugins PSM Desk never loads. Leaving them out here, before the
binary analysis, also leaves out everything they link against (GTK, Cairo and Pango for the GTK
theme plugin; QtNetwork for the TUIO touch plugin; EGLFS for kiosk boards).

Kept: platforms xcb, wayland, offscreen (the self-test), minimal, windows, cocoa; the xdg portal
theme; input contexts (compose key, IBus); SVG icons; GIF, ICO, JPEG and SVG images."""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

_DROP_TYPES = ("egldeviceintegrations", "generic")
_DROP_PLATFORMS = ("eglfs", "linuxfb", "vnc", "vkkhrdisplay", "minimalegl")
_DROP_THEMES = ("gtk3",)
_DROP_IMAGES = ("icns", "tga", "tiff", "wbmp", "webp", "pdf")


def _wanted(dest: str, src: str) -> bool:
    folder = dest.replace("\\", "/").rstrip("/")
    name = src.replace("\\", "/").rsplit("/", 1)[-1].lower()
    kind = folder.rsplit("/", 1)[-1]
    if "/plugins/" not in folder + "/":
        return True
    if kind in _DROP_TYPES:
        return False
    if kind == "platforms":
        return not any(word in name for word in _DROP_PLATFORMS)
    if kind == "platformthemes":
        return not any(word in name for word in _DROP_THEMES)
    if kind == "printsupport":
        # Printing goes through the system dialog; the CUPS backend would add libcups and its
        # dependencies to the .deb for printer discovery the dialog does without.
        return "cups" not in name
    if kind == "imageformats":
        return not any(f"q{word}" in name for word in _DROP_IMAGES)
    return True


binaries = [(src, dest) for src, dest in binaries if _wanted(dest, src)]

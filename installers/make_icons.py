"""Renders the application icon (resources/icons/psmdesk.svg) into the files installers need:

    installers/icons/psmdesk-<N>.png   N = 16 ... 512   Linux hicolor theme (the .deb), README
    installers/icons/psmdesk.png       256 x 256        the same as psmdesk-256.png
    installers/icons/psmdesk.ico       16 ... 256       Windows: the .exe, the installer, shortcuts
    installers/icons/psmdesk.icns      16 ... 1024      macOS: the .app

The outputs are committed (about 100 KB together), so a build needs no extra tool; run this again
after changing the SVG:  .venv/bin/python installers/make_icons.py
ICO and ICNS entries are PNG images, which every Windows since Vista and every macOS reads."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: TID251 - a build tool, not the app
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: TID251
from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "psmdesk.svg"
OUT = ROOT / "installers" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024))


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode a {size} px PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    entries, payload = b"", b""
    offset = 6 + 16 * len(images)
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icns(images: dict[bytes, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    OUT.mkdir(parents=True, exist_ok=True)
    rendered = {size: render_png(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, 1024})}
    for size in PNG_SIZES:
        (OUT / f"psmdesk-{size}.png").write_bytes(rendered[size])
    (OUT / "psmdesk.png").write_bytes(rendered[256])
    (OUT / "psmdesk.ico").write_bytes(ico({size: rendered[size] for size in ICO_SIZES}))
    (OUT / "psmdesk.icns").write_bytes(icns({kind: rendered[size] for kind, size in ICNS_TYPES}))
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} B")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

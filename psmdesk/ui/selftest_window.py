"""The self-test's window step: open the main window and the About dialog with the bundled
translations, style and icons. Kept in psmdesk/ui so that Qt is imported only here."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtWidgets import QLabel

import psmdesk
from psmdesk.app import _create_application, build_main_window
from psmdesk.services.context import AppContext
from psmdesk.ui.about import AboutDialog
from psmdesk.ui.i18n import install_translators
from psmdesk.ui.style import apply_style


def check_window(ctx: AppContext, require: Callable[[bool, str], None]) -> str:
    app = _create_application([sys.argv[0] if sys.argv else "psmdesk"])
    apply_style(app)
    translators = install_translators(app, "id")
    require(bool(translators), "terjemahan bahasa Indonesia (.qm) tidak ditemukan")
    require(not app.windowIcon().pixmap(64, 64).isNull(), "ikon SVG tidak bisa digambar (plugin SVG Qt hilang)")
    window = build_main_window(ctx)
    window.show()
    app.processEvents()
    about = AboutDialog(ctx, window)
    texts = [child.text() for child in about.findChildren(QLabel)]
    require(any(f"PSM Desk {psmdesk.__version__}" in text for text in texts),
            "dialog Tentang tidak menampilkan versi")
    about.close()
    window.close()
    app.processEvents()
    window.deleteLater()
    app.processEvents()
    return f"{app.platformName()}, {len(translators)} berkas terjemahan, versi {psmdesk.__version__} di Tentang"

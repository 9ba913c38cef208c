"""Loading the Indonesian (or other) translations of the UI.

Source strings are English in the code; every UI package has its own `resources/i18n/<package>_<lang>.ts`
so that engineers working on different packages never edit the same file. The `.qm` files are
build output (`python .ci/i18n.py compile`); a fresh checkout compiles a missing or stale one here so
that running from source still shows Indonesian."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from psmdesk.paths import resource_path

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "id"


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """Translation for code that is not a QObject.

    Named `translate` on purpose: pyside6-lupdate reads `translate("Context", "Text")` correctly,
    but parses a two-argument `tr(a, b)` as (text, disambiguation) and files it under the wrong
    context."""
    return QCoreApplication.translate(context, text, disambiguation)


def i18n_dir() -> Path:
    return resource_path("i18n")


def find_lrelease() -> str | None:
    """The lrelease tool shipped with PySide6 (absent inside a PyInstaller bundle)."""
    candidates = [Path(sys.executable).with_name("pyside6-lrelease")]
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).with_name("lrelease"))
    except ImportError:  # pragma: no cover - PySide6 is always there when this module runs
        pass
    for candidate in candidates:
        for suffix in ("", ".exe"):
            path = candidate.with_name(candidate.name + suffix)
            if path.is_file():
                return str(path)
    return shutil.which("pyside6-lrelease")


def compile_ts(ts_file: Path, qm_file: Path) -> bool:
    tool = find_lrelease()
    if tool is None:
        return False
    try:
        result = subprocess.run(
            [tool, "-silent", str(ts_file), "-qm", str(qm_file)],
            capture_output=True, text=True, timeout=60, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        log.warning("Could not run lrelease for %s", ts_file.name, exc_info=True)
        return False
    if result.returncode != 0 or not qm_file.exists():
        log.warning("lrelease failed for %s: %s", ts_file.name, result.stderr.strip()[:500])
        return False
    return True


def _stale(ts_file: Path, qm_file: Path) -> bool:
    return not qm_file.exists() or qm_file.stat().st_mtime < ts_file.stat().st_mtime


def _qm_files(language: str) -> list[Path]:
    """Every compiled translation for `language`, compiling missing or stale ones on the way."""
    folder = i18n_dir()
    found: dict[str, Path] = {qm.name: qm for qm in folder.glob(f"*_{language}.qm")}
    for ts_file in sorted(folder.glob(f"*_{language}.ts")):
        qm_file = ts_file.with_suffix(".qm")
        if not _stale(ts_file, qm_file):
            continue
        # The resources folder may be read-only (installed copy): fall back to a temp folder.
        if compile_ts(ts_file, qm_file):
            found[qm_file.name] = qm_file
            continue
        fallback = Path(tempfile.gettempdir()) / "psmdesk-i18n" / qm_file.name
        fallback.parent.mkdir(parents=True, exist_ok=True)
        if compile_ts(ts_file, fallback):
            found[qm_file.name] = fallback
        elif qm_file.exists():
            log.warning("Translation %s is older than its .ts; using it anyway", qm_file.name)
        else:
            log.warning("No compiled translation for %s (run: python .ci/i18n.py compile)", ts_file.name)
    return [found[name] for name in sorted(found)]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Installs every translation of `language`; English is the source language and needs none.

    The translators are kept on the application object: Qt does not own them, and a translator
    collected by Python silently turns the UI back to English."""
    for old in getattr(app, "_psmdesk_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    if language != "en":
        for qm_file in _qm_files(language):
            translator = QTranslator(app)
            if translator.load(str(qm_file)):
                app.installTranslator(translator)
                installed.append(translator)
            else:
                log.warning("Could not load translation %s", qm_file.name)
    app._psmdesk_translators = installed  # type: ignore[attr-defined]
    return installed

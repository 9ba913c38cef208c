"""Every UI string has its Indonesian translation (the `.ci/i18n.py check` logic as a test)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from psmdesk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def _load_script():
    spec = importlib.util.spec_from_file_location("ci_i18n", ROOT / ".ci" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["ci_i18n"] = module
    spec.loader.exec_module(module)
    return module


ci = _load_script()
TS_NAMES = [p for p in ci.PACKAGES if ci.sources(p)] + ["qt"]


@pytest.fixture(scope="module")
def missing() -> list:
    return ci.check()


@pytest.mark.parametrize("package", TS_NAMES)
def test_every_string_has_an_indonesian_translation(missing: list, package: str) -> None:
    lacking = [str(m) for m in missing if m.ts_file == f"{package}_id.ts"]
    assert not lacking, "Untranslated (python .ci/i18n.py update, then translate):\n" + "\n".join(lacking)


def test_no_string_is_hidden_from_lupdate() -> None:
    assert ci.invisible_calls() == []


def test_missing_qm_is_compiled_at_startup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    ts_file = ROOT / "resources" / "i18n" / "shell_id.ts"
    (tmp_path / "shell_id.ts").write_bytes(ts_file.read_bytes())
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path)
    installed = i18n.install_translators(qapp, "id")
    try:
        assert (tmp_path / "shell_id.qm").exists()
        assert len(installed) == 1
        assert QCoreApplication.translate("Navigation", "Households") == "Keluarga"
    finally:
        i18n.install_translators(qapp, "en")
    assert QCoreApplication.translate("Navigation", "Households") == "Households"


def test_qt_own_words_are_indonesian(qapp) -> None:
    i18n.install_translators(qapp, "id")
    try:
        assert QCoreApplication.translate("QLineEdit", "&Copy") == "&Salin"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    finally:
        i18n.install_translators(qapp, "en")


def test_check_reports_unfinished_and_empty_translations(tmp_path: Path) -> None:
    ts_file = tmp_path / "demo_id.ts"
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="id">'
        "<context><name>Page</name>"
        "<message><source>Save</source><translation>Simpan</translation></message>"
        '<message><source>Delete</source><translation type="unfinished"></translation></message>'
        "<message><source>Undo</source><translation></translation></message>"
        '<message><source>Old</source><translation type="vanished">Lama</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert [m.source for m in ci.untranslated(ts_file)] == ["Delete", "Undo"]


def test_invisible_calls_are_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "psmdesk" / "ui").mkdir(parents=True)
    (tmp_path / "psmdesk" / "ui" / "page.py").write_text(
        '_C = "Page"\nA = translate(_C, "Hidden")\nB = translate("Page", "Seen")\n'
        'C = self.tr(f"{x} items")\n', encoding="utf-8")
    monkeypatch.setattr(ci, "PACKAGES", {"shell": ["psmdesk/ui/*.py"]})
    found = ci.invisible_calls(tmp_path)
    assert len(found) == 2
    assert found[0].startswith("psmdesk/ui/page.py:2:") and found[1].startswith("psmdesk/ui/page.py:4:")

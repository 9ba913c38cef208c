"""The installer files agree with each other and with the PyInstaller output layout.

The spec names the executables and the one-dir folder; the Inno Setup script, the CI workflow and
the .deb script refer to them by name. Nothing here runs PyInstaller (CI does, in .ci/run)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import struct
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

import psmdesk

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
SPEC = (INSTALLERS / "psmdesk.spec").read_text(encoding="utf-8")
ISS = (INSTALLERS / "windows" / "psmdesk.iss").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
BUILD_DEB = (ROOT / ".ci" / "build-deb.sh").read_text(encoding="utf-8")


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_version_comes_from_pyproject_and_matches_the_package() -> None:
    version = _load(INSTALLERS / "version.py")
    assert version.project_version(ROOT) == psmdesk.__version__
    assert version.windows_version("0.1.0") == (0, 1, 0, 0)
    assert version.windows_version("1.2.3rc1") == (1, 2, 3, 0)
    assert version.windows_version("2026.11.22.7") == (2026, 11, 22, 7)


def test_static_version_in_pyproject_wins(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "9.8.7"\n', encoding="utf-8")
    assert _load(INSTALLERS / "version.py").project_version(tmp_path) == "9.8.7"


def test_spec_builds_the_layout_the_installers_expect() -> None:
    assert 'name="psmdesk",' in SPEC  # COLLECT -> dist/psmdesk/
    assert '_exe("psmdesk", console=True), _exe("psmdeskw", console=False)' in SPEC  # Windows
    assert 'name="PSM Desk.app"' in SPEC  # macOS
    for module in ("QtQml", "QtQuick", "QtWebEngineCore", "QtNetwork"):
        assert f'"{module}"' in SPEC
    assert 'collect_data_files("lokal")' in SPEC
    for folder in ("icons", "fonts", "i18n"):
        assert f'"resources" / "{folder}"' in SPEC
    assert (INSTALLERS / "hooks" / "hook-PySide6.QtGui.py").is_file()


def test_inno_script_takes_the_windows_one_dir_as_built() -> None:
    assert '#define BundleDir "..\\..\\dist\\psmdesk"' in ISS
    assert '#define GuiExe "psmdeskw.exe"' in ISS and '#define CliExe "psmdesk.exe"' in ISS
    assert 'Source: "{#BundleDir}\\_internal\\*"; DestDir: "{app}\\_internal"' in ISS
    assert "OutputBaseFilename=PSMDesk-Setup-{#AppVersion}" in ISS
    assert "DefaultDirName={autopf}\\{#AppName}" in ISS
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", ISS, re.M)
    assert 'Name: "{group}\\{#AppName}"' in ISS and 'Name: "{autodesktop}\\{#AppName}"' in ISS
    assert (INSTALLERS / "windows" / "../icons/psmdesk.ico").resolve().is_file()


def test_uninstalling_on_windows_never_deletes_the_user_data() -> None:
    delete_sections = re.findall(r"^\[(?:UninstallDelete|InstallDelete)\]\n(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    entries = [line for section in delete_sections for line in section.splitlines()
               if line.strip() and not line.startswith(";")]
    assert entries, "no delete entries found"
    for line in entries:
        assert '"{app}' in line, line
        assert not re.search(r"userappdata|appdata|localappdata|PSMDesk", line, re.I), line


def test_workflow_runs_what_the_spec_produces() -> None:
    assert "installers/psmdesk.spec" in WORKFLOW
    assert "& .\\dist\\psmdesk\\psmdesk.exe --self-test" in WORKFLOW
    assert '"dist/PSM Desk.app/Contents/MacOS/psmdesk" --self-test' in WORKFLOW
    assert "installers\\windows\\psmdesk.iss" in WORKFLOW
    assert "dist\\PSMDesk-Setup-$env:VERSION.exe" in WORKFLOW
    assert 'Join-Path $env:LOCALAPPDATA "Programs\\PSM Desk"' in WORKFLOW  # {autopf} without admin rights
    for runner in ("windows-latest", "macos-latest", "ubuntu-22.04"):
        assert f"runs-on: {runner}" in WORKFLOW
    assert "QT_QPA_PLATFORM: offscreen" in WORKFLOW


def test_deb_script_layout() -> None:
    assert "installers/psmdesk.spec" in BUILD_DEB
    assert 'ln -s /opt/psmdesk/psmdesk "$ROOT/usr/bin/psmdesk"' in BUILD_DEB
    assert "--root-owner-group" in BUILD_DEB
    assert "dist/psmdesk_${VERSION}_${ARCH}.deb" in BUILD_DEB
    assert not (ROOT / "installers" / "linux" / "postinst").exists()  # no maintainer scripts touch $HOME


def test_desktop_entry() -> None:
    path = INSTALLERS / "linux" / "psmdesk.desktop"
    entry = dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert entry["Name"] == "PSM Desk" and entry["Exec"] == "psmdesk" and entry["Icon"] == "psmdesk"
    assert entry["Categories"] == "Office;" and entry["Terminal"] == "false"
    assert "tanpa internet" in entry["Comment"]
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


def test_icons_are_there_in_every_format() -> None:
    icons = INSTALLERS / "icons"
    png = (icons / "psmdesk.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (icons / "psmdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert (reserved, kind) == (0, 1) and {16, 32, 48, 256} <= sides
    assert (icons / "psmdesk.icns").read_bytes()[:4] == b"icns"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (icons / f"psmdesk-{size}.png").is_file()


@pytest.mark.parametrize(("line", "names"), [
    ("libc6 (>= 2.36), libegl1, libglib2.0-0t64 | libglib2.0-0", {"libc6", "libegl1", "libglib2.0-0t64",
                                                                 "libglib2.0-0"}),
    ("a,\n b | c (>= 1:2)", {"a", "b", "c"}),
])
def test_depends_line_is_read_as_package_names(line: str, names: set[str]) -> None:
    system_libs = _load(INSTALLERS / "linux" / "system_libs.py")
    assert names <= system_libs.depends_names(line)


def test_libc_family_is_left_to_libc6() -> None:
    system_libs = _load(INSTALLERS / "linux" / "system_libs.py")
    for soname in ("libc.so.6", "libm.so.6", "ld-linux-x86-64.so.2", "libpthread.so.0"):
        assert system_libs.LIBC.match(soname)
    for soname in ("libGL.so.1", "libcrypto.so.3", "libmd.so.0"):
        assert not system_libs.LIBC.match(soname)

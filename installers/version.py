"""The version every installer carries, read from pyproject.toml without importing the app.

pyproject.toml either states `project.version` or declares it dynamic and names the attribute
(`[tool.setuptools.dynamic] version = { attr = "psmdesk.__version__" }`); the attribute is then
read from the module's source with `ast`, the way setuptools does it.

    python installers/version.py            # prints 0.1.0
    python installers/version.py --windows  # prints 0.1.0.0 (four numbers for Windows resources)"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def project_version(root: Path = ROOT) -> str:
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    version = project.get("project", {}).get("version")
    if version:
        return str(version)
    attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    module, _, name = attr.rpartition(".")
    source = root.joinpath(*module.split("."))
    source = source / "__init__.py" if source.is_dir() else source.with_suffix(".py")
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise SystemExit(f"no version: {attr} not found in {source}")


def windows_version(version: str) -> tuple[int, int, int, int]:
    """0.1.0 -> (0, 1, 0, 0); pre-release suffixes (0.2.0rc1) are dropped."""
    release = re.match(r"\d+(\.\d+)*", version)
    if release is None:
        raise ValueError(f"not a version: {version!r}")
    numbers = [int(n) for n in release.group(0).split(".")][:4] + [0, 0, 0]
    return numbers[0], numbers[1], numbers[2], numbers[3]


def main(argv: list[str]) -> int:
    version = project_version()
    print(".".join(map(str, windows_version(version))) if "--windows" in argv else version)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Translation files of the UI: one .ts per UI package, so engineers never edit the same file.

    python .ci/i18n.py update [package...]  # lupdate: new source strings -> resources/i18n/<pkg>_id.ts
    python .ci/i18n.py compile             # lrelease: each .ts -> .qm beside it (build output, git-ignored)
    python .ci/i18n.py check               # exit 1 listing every source string without an Indonesian translation

A package whose folder has no Python files yet is skipped. Source strings are English.
`qt_id.ts` holds Qt's own words (context menus of fields, standard buttons): Qt ships no Indonesian
translation, so it is kept by hand; `check` covers it too."""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("id",)

# .ts name -> the source files it covers (globs relative to the repository root).
PACKAGES: dict[str, list[str]] = {
    "shell": [
        "psmdesk/app.py",
        "psmdesk/ui/*.py",
        "psmdesk/ui/setup/**/*.py",
        "psmdesk/ui/settings/**/*.py",
        "psmdesk/ui/widgets/**/*.py",
    ],
    "households": ["psmdesk/ui/households/**/*.py"],
    "meals": ["psmdesk/ui/meals/**/*.py"],
    "kube": ["psmdesk/ui/kube/**/*.py"],
    "sync": ["psmdesk/ui/sync/**/*.py"],
    "reports": ["psmdesk/ui/reports/**/*.py"],
    "casework": ["psmdesk/ui/casework/**/*.py"],
    "backup": ["psmdesk/ui/backup/**/*.py"],
    "tableimport": ["psmdesk/ui/tableimport/**/*.py"],
    "audit": ["psmdesk/ui/audit/**/*.py"],
    "security": ["psmdesk/ui/security/**/*.py"],
}


@dataclass(frozen=True)
class Missing:
    ts_file: str
    context: str
    source: str

    def __str__(self) -> str:
        return f"{self.ts_file}: [{self.context}] {self.source!r}"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the running interpreter's environment first."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install the dev dependencies")
    return found


def sources(package: str, root: Path = ROOT) -> list[Path]:
    files: set[Path] = set()
    for pattern in PACKAGES[package]:
        files.update(p for p in root.glob(pattern) if p.is_file())
    return sorted(files)


def ts_path(package: str, language: str, folder: Path = I18N) -> Path:
    return folder / f"{package}_{language}.ts"


def lupdate(files: list[Path], ts_file: Path, language: str) -> None:
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    relative = [str(f.relative_to(ROOT)) for f in files]
    # No line numbers: they would change the .ts on every edit above a string (merge noise).
    command = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
               "-target-language", language, *relative, "-ts", str(ts_file)]
    subprocess.run(command, cwd=ROOT, check=True)


def update(root: Path = ROOT, folder: Path = I18N, only: list[str] | None = None) -> list[Path]:
    written = []
    for package in only or PACKAGES:
        files = sources(package, root)
        if not files:
            continue
        for language in LANGUAGES:
            ts_file = ts_path(package, language, folder)
            lupdate(files, ts_file, language)
            written.append(ts_file)
    return written


def compile_all(folder: Path = I18N) -> list[Path]:
    written = []
    for ts_file in sorted(folder.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
        written.append(qm_file)
    return written


def untranslated(ts_file: Path) -> list[Missing]:
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            text = "".join(translation.itertext()).strip() if translation is not None else ""
            if kind == "unfinished" or not text:
                missing.append(Missing(ts_file.name, name, message.findtext("source") or ""))
    return missing


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def invisible_calls(root: Path = ROOT) -> list[str]:
    """Calls lupdate cannot read although they look translated: a literal text under a context
    that is not a literal (`translate(_C, "yes")`), or an f-string as the text. Their strings
    never reach the .ts, so they stay English and `untranslated()` cannot see them."""
    problems = []
    files = sorted({f for package in PACKAGES for f in sources(package, root)})
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            where = f"{path.relative_to(root)}:{node.lineno}"
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                if _is_text(args[1]) and not _is_text(args[0]):
                    problems.append(f"{where}: {name}() needs a literal context string for lupdate")
                if isinstance(args[1], ast.JoinedStr):
                    problems.append(f"{where}: {name}() text must not be an f-string")
            elif name == "tr" and args and isinstance(args[0], ast.JoinedStr):
                problems.append(f"{where}: tr() text must not be an f-string (use %1 and replace)")
    return problems


def check() -> list[Missing]:
    """Runs lupdate against copies of the .ts files, so the check sees strings added to the code
    since the last `update` without touching the working tree."""
    with tempfile.TemporaryDirectory(prefix="psmdesk-i18n-") as tmp:
        folder = Path(tmp)
        for ts_file in I18N.glob("*.ts"):
            shutil.copy2(ts_file, folder / ts_file.name)
        update(folder=folder)
        # Every .ts, including qt_id.ts (Qt's own words, kept by hand) that lupdate never touches.
        return [m for ts_file in sorted(folder.glob("*.ts")) for m in untranslated(ts_file)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "compile", "check"))
    parser.add_argument("packages", nargs="*", metavar="package",
                        help=f"limit `update` to these packages: {', '.join(PACKAGES)}")
    args = parser.parse_args(argv)
    unknown = [p for p in args.packages if p not in PACKAGES]
    if unknown:
        parser.error(f"unknown package(s): {', '.join(unknown)}")
    if args.command == "update":
        for ts_file in update(only=args.packages or None):
            print(f"updated {ts_file.relative_to(ROOT)}")
    elif args.command == "compile":
        for qm_file in compile_all():
            print(f"compiled {qm_file.relative_to(ROOT)}")
    else:
        invisible = invisible_calls()
        missing = check()
        for line in invisible:
            print(line)
        for item in missing:
            print(item)
        if missing:
            print(f"{len(missing)} string(s) without an Indonesian translation "
                  "(run `python .ci/i18n.py update`, then translate them in the .ts file)")
        if missing or invisible:
            return 1
        print("All UI strings have an Indonesian translation.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

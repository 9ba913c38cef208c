"""Which shared libraries a PyInstaller one-dir folder takes from the system, and from which
Debian packages; used by .ci/build-deb.sh to prove the .deb's Depends line complete.

    python installers/linux/system_libs.py DIR                  # list: soname, package (or "not found")
    python installers/linux/system_libs.py DIR --depends "a, b | c (>= 1)"
        # exit 1 naming every system library that no package of the Depends line provides
    python installers/linux/system_libs.py DIR --missing        # exit 1 if any library is not found
    python installers/linux/system_libs.py DIR --glibc          # the newest GLIBC_x.y symbol version used

Runs `ldd` on every ELF file with the bundle's own folders first on the library path, as the
PyInstaller bootloader does, so a library counts as "system" only when the bundle lacks it. Needs
ldd (libc-bin) and, for package names, dpkg; both are on every Debian and Ubuntu."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

# Provided by libc6 itself (its version is checked separately through the GLIBC_ symbol versions).
LIBC = re.compile(r"^(linux-vdso|ld-linux.*|libc|libm|libdl|libpthread|librt|libresolv|libutil|libmvec)\.so")
# Sonames the build machine may lack (then ldd says "not found"), with their Debian package.
KNOWN = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def library_path(root: Path) -> str:
    folders = {str(p.parent) for p in root.rglob("*.so*") if p.is_file()}
    internal = root / "_internal"
    ordered = [str(internal), str(internal / "PySide6" / "Qt" / "lib"), *sorted(folders)]
    return os.pathsep.join(dict.fromkeys(ordered))


def system_libraries(root: Path) -> dict[str, str | None]:
    """soname -> resolved path outside the bundle, or None when not found at all."""
    root = root.resolve()
    env = {**os.environ, "LD_LIBRARY_PATH": library_path(root)}
    result: dict[str, str | None] = {}
    for path in elf_files(root):
        run = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False)
        for line in run.stdout.splitlines():
            match = re.match(r"\s*(\S+)\s+=>\s+(not found|\S+)", line)
            if not match:
                continue
            soname, where = match.groups()
            if LIBC.match(soname):
                continue
            if where == "not found":
                result.setdefault(soname, None)
            elif not Path(where).resolve().is_relative_to(root):
                result[soname] = where
    return dict(sorted(result.items()))


def owning_package(path: str) -> str | None:
    candidates = [path, str(Path(path).resolve())]
    for candidate in list(candidates):  # merged /usr: dpkg may know either spelling
        if candidate.startswith("/usr/lib/"):
            candidates.append(candidate[len("/usr"):])
        elif candidate.startswith("/lib/"):
            candidates.append("/usr" + candidate)
    for candidate in dict.fromkeys(candidates):
        run = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if run.returncode == 0 and ":" in run.stdout:
            return run.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def packages(libs: dict[str, str | None]) -> dict[str, str | None]:
    return {soname: (owning_package(path) if path else None) or KNOWN.get(soname) for soname, path in libs.items()}


def depends_names(depends: str) -> set[str]:
    names = set()
    for alternative in re.split(r"[,|]", depends):
        name = alternative.strip().split(" ")[0].split("(")[0].strip()
        if name:
            names.add(name)
            names.add(name.removesuffix("t64"))  # Ubuntu 24.04 renamed e.g. libglib2.0-0 to ...0t64
    return names


def newest_glibc(root: Path) -> str:
    best = (2, 0)
    for path in elf_files(root):
        for major, minor in re.findall(rb"GLIBC_(\d+)\.(\d+)", path.read_bytes()):
            best = max(best, (int(major), int(minor)))
    return f"{best[0]}.{best[1]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--depends", help="a Depends line to check the system libraries against")
    parser.add_argument("--missing", action="store_true", help="fail if any library is not found")
    parser.add_argument("--glibc", action="store_true", help="print the newest GLIBC symbol version used")
    args = parser.parse_args(argv)
    if args.glibc:
        print(newest_glibc(args.folder))
        return 0
    libs = system_libraries(args.folder)
    if args.missing:
        missing = [soname for soname, path in libs.items() if path is None]
        for soname in missing:
            print(f"not found: {soname}")
        return 1 if missing else 0
    owners = packages(libs)
    if args.depends is None:
        for soname, path in libs.items():
            print(f"{soname:32} {owners[soname] or '?':28} {path or 'not found'}")
        return 0
    allowed = depends_names(args.depends)
    uncovered = {s: p for s, p in owners.items() if p is None or p.split(":")[0].removesuffix("t64") not in allowed}
    for soname, package in uncovered.items():
        print(f"{soname}: from {package or 'an unknown package'}, which the Depends line does not name")
    return 1 if uncovered else 0


if __name__ == "__main__":
    sys.exit(main())

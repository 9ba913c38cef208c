#!/usr/bin/env bash
# The Linux installer: PyInstaller one-dir build -> dist/psmdesk_<version>_amd64.deb.
#
#   bash .ci/build-deb.sh             build the .deb (PyInstaller into build/, package into dist/)
#   bash .ci/build-deb.sh --install   build, then install it the way a volunteer does and prove it:
#                                     upgrade over an older package keeps the data, the installed
#                                     `psmdesk --self-test` passes offscreen, removal keeps the data;
#                                     then install it on a clean system (debootstrap of this release,
#                                     installers/linux/clean-install-test.sh; PSMDESK_CLEAN_SYSTEM=0
#                                     skips that part) and self-test there, offscreen and on X11
#
# Layout of the package (docs/installers.md):
#   /opt/psmdesk/                     the one-dir bundle (psmdesk + _internal/)
#   /usr/bin/psmdesk                  symlink to /opt/psmdesk/psmdesk
#   /usr/share/applications/psmdesk.desktop, /usr/share/icons/hicolor/*/apps/psmdesk.{png,svg}
#   /usr/share/doc/psmdesk/copyright
# No maintainer scripts: installing, upgrading and removing never touch ~/.local/share/psmdesk.
set -euo pipefail
trap 'echo "build-deb: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."

INSTALL=0
case "${1:-}" in
  "") ;;
  --install) INSTALL=1 ;;
  *) echo "usage: $0 [--install]" >&2; exit 2 ;;
esac

PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || { echo "build-deb: $PY not found; run 'make test' or 'make deb' first" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "build-deb: dpkg-deb not found (Debian/Ubuntu only)" >&2; exit 1; }

VERSION=$("$PY" installers/version.py)
ARCH=$(dpkg --print-architecture)
BUILD=build/pyinstaller
BUNDLE=$BUILD/dist/psmdesk
ROOT=build/deb/psmdesk_${VERSION}_${ARCH}
DEB=dist/psmdesk_${VERSION}_${ARCH}.deb
started=$(date +%s)

echo "== PSM Desk $VERSION: translations, PyInstaller one-dir"
"$PY" .ci/i18n.py compile >/dev/null
rm -rf "$BUILD"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" installers/psmdesk.spec
echo "one-dir: $(du -sh "$BUNDLE" | cut -f1) ($BUNDLE)"

echo "== the bundle's own self-test, before packaging"
QT_QPA_PLATFORM=offscreen "$BUNDLE/psmdesk" --self-test

# Depends: what the bundle takes from the system (GL, X11/xcb, Wayland: PyInstaller leaves these to
# the system by design) plus the whole Qt 6 xcb set and fonts, so a build machine that happens to
# lack one (then it is not bundled) still yields a working package. Ubuntu 24.04 renamed some
# libraries (t64); alternatives keep one package for Debian 12 and Ubuntu 22.04/24.04.
GLIBC=$("$PY" installers/linux/system_libs.py "$BUNDLE" --glibc)
DEPENDS="libc6 (>= $GLIBC), libegl1, libgl1, libglx0, libglvnd0, libopengl0, libfontconfig1, libfreetype6,
 libdbus-1-3, libglib2.0-0t64 | libglib2.0-0, libxkbcommon0, libxkbcommon-x11-0, libx11-6, libx11-xcb1,
 libxcb1, libxcb-cursor0, libxcb-glx0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0,
 libxcb-render0, libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1,
 libxcb-xfixes0, libxcb-xkb1, libwayland-client0, libwayland-cursor0, libwayland-egl1,
 fonts-dejavu-core"
DEPENDS=$(echo "$DEPENDS" | tr -s ' \n' ' ')
echo "== system libraries the bundle needs are all named in Depends"
"$PY" installers/linux/system_libs.py "$BUNDLE" --depends "$DEPENDS"

echo "== package tree $ROOT"
rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" "$ROOT/usr/share/doc/psmdesk"
cp -a "$BUNDLE" "$ROOT/opt/psmdesk"
ln -s /opt/psmdesk/psmdesk "$ROOT/usr/bin/psmdesk"
install -m 644 installers/linux/psmdesk.desktop "$ROOT/usr/share/applications/psmdesk.desktop"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "installers/icons/psmdesk-$size.png" "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/psmdesk.png"
done
install -D -m 644 resources/icons/psmdesk.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/psmdesk.svg"
install -m 644 installers/linux/copyright "$ROOT/usr/share/doc/psmdesk/copyright"
# Files 644, folders and executables 755, whatever the umask of the build machine.
find "$ROOT" -type d -exec chmod 755 {} +
find "$ROOT" -type f -exec chmod 644 {} +
chmod 755 "$ROOT/opt/psmdesk/psmdesk"

INSTALLED_SIZE=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
MAINTAINER=${DEB_MAINTAINER:-PSM Desk <psmdesk@localhost>}
cat > "$ROOT/DEBIAN/control" <<EOF
Package: psmdesk
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_SIZE
Depends: $DEPENDS
Recommends: libgl1-mesa-dri
Section: misc
Priority: optional
Description: PSM Desk - pendataan sosial luring untuk PSM dan Dinas Sosial
 Offline desktop app for Indonesia's community social-work volunteers (Pekerja
 Sosial Masyarakat) and Dinas Sosial offices: household mapping, the elderly-meal
 delivery log (Permakanan Lansia) and KUBE group records, kept in a local SQLite
 database and carried to the office as signed, encrypted sync bundles.
 .
 Data lives in ~/.local/share/psmdesk; upgrading or removing this package never
 touches it. Run "psmdesk --self-test" to check an installation.
EOF

mkdir -p dist
dpkg-deb --build --root-owner-group -Zxz "$ROOT" "$DEB" >/dev/null
echo "built $DEB: $(du -h "$DEB" | cut -f1) (installed $((INSTALLED_SIZE / 1024)) MB) in $(( $(date +%s) - started )) s"

[ "$INSTALL" -eq 1 ] || exit 0

# --- install like a volunteer, upgrade, self-test, remove --------------------------------------
SUDO=()
[ "$(id -u)" -ne 0 ] && SUDO=(sudo)
apt_install() {  # a fresh machine may have no package lists yet: update once and retry
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --allow-downgrades "$@" >/dev/null \
    || { "${SUDO[@]}" apt-get update -qq \
         && DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --allow-downgrades "$@" >/dev/null; }
}
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR" build/deb/older.deb' EXIT
# The data folder is encrypted: scripted use reads the password from the environment (docs/security.md).
as_user() { (cd / && env HOME="$HOME_DIR" XDG_DATA_HOME="$HOME_DIR/share" \
             PSMDESK_PASSPHRASE="uji pasang ulang" "$@"); }
DATA="$HOME_DIR/share/psmdesk"

echo "== an older package ($VERSION~lama) with data, then $VERSION installed over it"
sed -i "s/^Version: .*/Version: ${VERSION}~lama/" "$ROOT/DEBIAN/control"
dpkg-deb --build --root-owner-group -Znone "$ROOT" build/deb/older.deb >/dev/null
sed -i "s/^Version: .*/Version: ${VERSION}/" "$ROOT/DEBIAN/control"
apt_install ./build/deb/older.deb
as_user psmdesk setup --role relawan --name "Sari Wulandari" --kelurahan 31.71.08.1001 >/dev/null
as_user psmdesk demo --seed 7 >/dev/null 2>&1
printf '{\n  "language": "en",\n  "autosave_seconds": 30\n}' > "$DATA/settings.json"
before=$(sha256sum "$DATA/settings.json" | cut -d' ' -f1)
households_before=$(as_user psmdesk check | grep -E '^  households:' || true)

apt_install "./$DEB"
[ "$(dpkg-query -W -f='${Version}' psmdesk)" = "$VERSION" ] || { echo "upgrade did not install $VERSION" >&2; exit 1; }
[ "$(sha256sum "$DATA/settings.json" | cut -d' ' -f1)" = "$before" ] || { echo "settings changed by the upgrade" >&2; exit 1; }
households_after=$(as_user psmdesk check | grep -E '^  households:' || true)
[ -n "$households_before" ] && [ "$households_before" = "$households_after" ] \
  || { echo "data changed by the upgrade: '$households_before' -> '$households_after'" >&2; exit 1; }
echo "upgrade kept the data ($households_after) and settings.json"

echo "== installed: $(command -v psmdesk) -> $(readlink -f "$(command -v psmdesk)")"
"$PY" installers/linux/system_libs.py /opt/psmdesk --missing
if command -v desktop-file-validate >/dev/null; then desktop-file-validate /usr/share/applications/psmdesk.desktop; fi
as_user psmdesk --version
(cd / && QT_QPA_PLATFORM=offscreen psmdesk --self-test)

echo "== removing keeps the data; installing again"
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get remove -y -qq psmdesk >/dev/null
[ ! -e /opt/psmdesk ] && [ ! -e /usr/bin/psmdesk ] || { echo "files left after removal" >&2; exit 1; }
[ -f "$DATA/psmdesk.db" ] && [ -f "$DATA/settings.json" ] || { echo "removal deleted user data" >&2; exit 1; }
apt_install "./$DEB"
as_user psmdesk check >/dev/null
echo "installed $DEB: upgrade, self-test and removal all passed"

# A clean system (fresh debootstrap of this machine's release): Depends alone must be enough.
if [ "${PSMDESK_CLEAN_SYSTEM:-1}" = 1 ]; then
  bash installers/linux/clean-install-test.sh "$DEB"
else
  echo "clean-system install skipped (PSMDESK_CLEAN_SYSTEM=${PSMDESK_CLEAN_SYSTEM})"
fi

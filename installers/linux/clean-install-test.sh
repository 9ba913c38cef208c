#!/usr/bin/env bash
# Installs a PSM Desk .deb on a clean system and runs its self-test there.
#
#   sudo bash installers/linux/clean-install-test.sh dist/psmdesk_<version>_amd64.deb
#
# "Clean" is a fresh minimal root of the build machine's own distribution and release
# (debootstrap --variant=minbase: no X, no Qt libraries, no fonts, no Python), entered with chroot.
# Inside it: apt-get install the .deb without Recommends (so Depends alone must bring everything),
# check that no bundled library misses a system library, then as an ordinary user run
# `psmdesk --self-test` offscreen and, under Xvfb, on the real X11 (xcb) platform.
# Needs root (or sudo), debootstrap (installed when missing) and the archive this machine's apt
# uses (read from /etc/apt; PSMDESK_MIRROR overrides it). Takes about 2-3 minutes and ~1 GB of temporary space.
set -euo pipefail
trap 'echo "clean-install-test: failed at line $LINENO: $BASH_COMMAND" >&2' ERR

DEB=${1:?usage: $0 path/to/psmdesk_<version>_<arch>.deb}
[ -f "$DEB" ] || { echo "clean-install-test: $DEB not found" >&2; exit 1; }
SUDO=()
[ "$(id -u)" -ne 0 ] && SUDO=(sudo)

. /etc/os-release
CODENAME=${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}
case "$ID" in
  debian) COMPONENTS=main ;;
  ubuntu) COMPONENTS=main,universe ;;
  *) echo "clean-install-test: only Debian and Ubuntu build machines are supported, not $ID" >&2; exit 1 ;;
esac
host_mirror() {  # the first archive this machine's apt already uses (deb822 .sources or one-line .list)
  local sources=() file
  for file in /etc/apt/sources.list.d/*.sources /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$file" ] && sources+=("$file")
  done
  [ ${#sources[@]} -gt 0 ] || return 0
  awk '/^URIs:/ { print $2 }
       $1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z+]+:\/\//) { print $i; break } }' "${sources[@]}" \
    | grep -v security | head -n 1 || true
}
MIRROR=${PSMDESK_MIRROR:-$(host_mirror)}
[ -n "$MIRROR" ] || { echo "clean-install-test: no apt archive found; set PSMDESK_MIRROR" >&2; exit 1; }
command -v debootstrap >/dev/null \
  || DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq debootstrap >/dev/null

ROOT=$(mktemp -d "${TMPDIR:-/tmp}/psmdesk-clean.XXXXXX")
chmod 755 "$ROOT"  # it becomes the root folder of the clean system: users must be able to enter it
cleanup() {
  for mount in "$ROOT/dev" "$ROOT/proc"; do
    if mountpoint -q "$mount"; then "${SUDO[@]}" umount "$mount" || "${SUDO[@]}" umount -l "$mount"; fi
  done
  # Never delete through a mount that is still there (a bound /dev would be the host's).
  if grep -q " $ROOT/" /proc/mounts; then
    echo "clean-install-test: $ROOT still has mounts; left in place" >&2
  else
    "${SUDO[@]}" rm -rf --one-file-system "$ROOT"
  fi
}
trap cleanup EXIT

echo "== clean $ID $CODENAME (debootstrap minbase from the host's apt archive) in $ROOT"
started=$(date +%s)
if ! "${SUDO[@]}" debootstrap --variant=minbase --components="$COMPONENTS" "$CODENAME" "$ROOT" "$MIRROR" \
     > "$ROOT.log" 2>&1; then
  tail -20 "$ROOT.log" >&2
  rm -f "$ROOT.log"
  exit 1
fi
rm -f "$ROOT.log"
"${SUDO[@]}" mount -t proc proc "$ROOT/proc"
"${SUDO[@]}" mount --bind /dev "$ROOT/dev"
"${SUDO[@]}" cp "$DEB" "$ROOT/tmp/psmdesk.deb"

inside() { "${SUDO[@]}" chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
           DEBIAN_FRONTEND=noninteractive "$@"; }
as_volunteer() { inside su relawan -c "cd ~ && $1"; }

echo "== apt-get install ./$(basename "$DEB") --no-install-recommends"
inside apt-get update -qq
inside apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends /tmp/psmdesk.deb > /dev/null
inside dpkg-query -W -f='installed ${Package} ${Version}\n' psmdesk

echo "== every library of /opt/psmdesk resolves"
missing=$(inside sh -c 'export LD_LIBRARY_PATH=/opt/psmdesk/_internal:/opt/psmdesk/_internal/PySide6/Qt/lib;
  find /opt/psmdesk -type f -name "*.so*" -exec ldd {} + 2>/dev/null | grep "not found" | sort -u')
[ -z "$missing" ] || { echo "missing system libraries:" >&2; echo "$missing" >&2; exit 1; }

inside useradd -m relawan
echo "== as a volunteer: psmdesk --self-test (offscreen)"
as_volunteer "psmdesk --version && QT_QPA_PLATFORM=offscreen psmdesk --self-test"

echo "== as a volunteer: psmdesk --self-test on X11 (Xvfb, the xcb platform of a desktop)"
inside apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends xvfb xauth > /dev/null
as_volunteer "QT_QPA_PLATFORM=xcb xvfb-run -a psmdesk --self-test"
as_volunteer "test ! -e ~/.local/share/psmdesk" || { echo "the self-test wrote into the user's data folder" >&2; exit 1; }

echo "clean-system install and self-test passed in $(( $(date +%s) - started )) s"

#!/usr/bin/env bash
# Why: the packaging issue asks that the .deb installs with `apt install ./file.deb` on a clean
# Debian 12 and that the app starts. This builds a minimal Debian 12 (bookworm) root with
# debootstrap, installs the package there with apt (which pulls its dependencies from Debian),
# starts the installed app under Xvfb and saves a screenshot of its first screen.
#
# Usage (as root, on Debian or Ubuntu, with network access to deb.debian.org):
#   scripts/deb-smoke-test.sh target/release/bundle/deb/HipAid_*.deb [root-dir] [out.png]
# The root dir defaults to /tmp/hipaid-deb12 and is reused if it exists (a clean one is made
# when it does not). The test tools (xvfb, xauth, x11-apps, procps) are installed into the root AFTER
# the package, so they cannot hide a missing dependency of the package.
set -euo pipefail

deb=${1:?usage: deb-smoke-test.sh <file.deb> [root-dir] [out.png]}
root=${2:-/tmp/hipaid-deb12}
out=${3:-target/screenshots/deb-debian12.png}

if [ ! -x "$root/bin/sh" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -q debootstrap
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
mountpoint -q "$root/dev" || mount --rbind /dev "$root/dev"
mountpoint -q "$root/sys" || mount --rbind /sys "$root/sys"

cp "$deb" "$root/tmp/hipaid.deb"
chroot "$root" /bin/sh -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q ./tmp/hipaid.deb'
pkg=$(dpkg-deb -f "$deb" Package)
chroot "$root" dpkg -s "$pkg" | sed -n '1,12p'
chroot "$root" /bin/sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends xvfb xauth x11-apps procps' >/dev/null

# Start the installed app (its own menu entry's command) and grab the screen after 20 s.
exe=$(chroot "$root" /bin/sh -c "grep -h '^Exec=' /usr/share/applications/*.desktop | head -1 | cut -d= -f2 | cut -d' ' -f1")
echo "starting $exe"
chroot "$root" /bin/sh -c "export HOME=/root XDG_DATA_HOME=/tmp/hipaid-data; \
  xvfb-run -a -s '-screen 0 1280x900x24' /bin/sh -c '$exe & sleep 20; xwd -root -silent > /tmp/screen.xwd; \
  ps -o rss=,comm= -C $(basename "$exe"); kill \$!'"
mkdir -p "$(dirname "$out")"
# ImageMagick from Debian by its path: a `convert` earlier on PATH may be something else.
dpkg-query -W -f='${Status}' imagemagick 2>/dev/null | grep -q "install ok installed" ||
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends imagemagick >/dev/null
/usr/bin/convert "$root/tmp/screen.xwd" "$out"
echo "screenshot: $out"

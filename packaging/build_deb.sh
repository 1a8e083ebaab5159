#!/usr/bin/env bash
# Lay out the frozen one-folder build as a Debian package and build it with dpkg-deb (make deb).
#   packaging/build_deb.sh VERSION OUTPUT.deb
# The folder build must exist (make package). Everything is owned by root (--root-owner-group), so the
# package does not depend on who built it; see docs/packaging.md for what goes where.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=$1
OUTPUT=$2
NAME=interview-reader
FOLDER=dist/$NAME
ROOT=build/deb/root
ARCH=$(dpkg --print-architecture)

if [[ ! -x $FOLDER/$NAME ]]; then
  echo "build_deb: $FOLDER/$NAME is missing; run make package first" >&2
  exit 1
fi

rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
  "$ROOT/usr/share/doc/$NAME" "$ROOT/usr/share/lintian/overrides"

# The frozen app under /opt; the .desktop file and icons that lie beside it for tarball installs go to
# /usr/share instead. PyInstaller's bootloader finds _internal/ through the symlink's target.
cp -a "$FOLDER" "$ROOT/opt/$NAME"
rm -rf "$ROOT/opt/$NAME/$NAME.desktop" "$ROOT/opt/$NAME/icons"
ln -s "/opt/$NAME/$NAME" "$ROOT/usr/bin/$NAME"

install -m 0644 "packaging/$NAME.desktop" "$ROOT/usr/share/applications/$NAME.desktop"
for size in 16 32 48 64 128 256 512; do
  install -D -m 0644 "resources/icons/$NAME-$size.png" \
    "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$NAME.png"
done
install -D -m 0644 "resources/icons/$NAME.svg" "$ROOT/usr/share/icons/hicolor/scalable/apps/$NAME.svg"

install -m 0644 packaging/deb/copyright "$ROOT/usr/share/doc/$NAME/copyright"
install -m 0644 packaging/deb/lintian-overrides "$ROOT/usr/share/lintian/overrides/$NAME"
# A native package's changelog: one entry for this version, dated by the last commit (reproducible).
date=$(git log -1 --format=%cD 2>/dev/null || date -R)
{
  echo "$NAME ($VERSION) unstable; urgency=medium"
  echo
  echo "  * Release $VERSION, built from the one-folder PyInstaller build."
  echo
  echo " -- Interview Reader maintainers <interview-reader@users.noreply.github.com>  $date"
} | gzip -9n >"$ROOT/usr/share/doc/$NAME/changelog.gz"

# Files 0644 and folders 0755, but the executable: a bundled .so needs no execute bit to be loaded.
find "$ROOT" -type d -exec chmod 0755 {} +
find "$ROOT" -type f -exec chmod 0644 {} +
chmod 0755 "$ROOT/opt/$NAME/$NAME"

installed_kb=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
  packaging/deb/control.in >"$ROOT/DEBIAN/control"
(cd "$ROOT" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z |
  xargs -0 md5sum >DEBIAN/md5sums)
chmod 0644 "$ROOT/DEBIAN/control" "$ROOT/DEBIAN/md5sums"

mkdir -p "$(dirname "$OUTPUT")"
# xz, like the tarball: the package is about as small as the .tar.xz.
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$OUTPUT.part" >/dev/null
mv "$OUTPUT.part" "$OUTPUT"
echo "build_deb: $OUTPUT ($(du -h "$OUTPUT" | cut -f1))"

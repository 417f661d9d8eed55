#!/usr/bin/env bash
# Builds the .deb, installs it, runs the installed tailor-cli (version and an
# import), then removes the package. Needs root and dpkg; exits 77 (skipped)
# otherwise.
set -euo pipefail
BUILD_DIR="$1"
SOURCE_DIR="$2"
if [ "$(id -u)" -ne 0 ] || ! command -v dpkg >/dev/null || ! command -v cpack >/dev/null; then
    echo "skipped: needs root, dpkg and cpack"
    exit 77
fi
if dpkg-query -W -f='${Status}' tailor 2>/dev/null | grep -q "install ok installed"; then
    echo "skipped: a tailor package is already installed on this machine; not touching it"
    exit 77
fi
WORK="$(mktemp -d)"
cleanup() {
    dpkg -r tailor >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

cd "$BUILD_DIR"
cpack -G DEB -B "$WORK/package" >/dev/null
DEB="$(ls "$WORK"/package/tailor_*.deb | head -n 1)"
echo "built $(basename "$DEB")"
# Debian's package checker: no errors allowed (warnings are printed).
if command -v lintian >/dev/null; then
    LINTIAN="$(lintian --allow-root "$DEB" 2>&1 || true)"
    echo "${LINTIAN:-lintian: clean}"
    if echo "$LINTIAN" | grep -q '^E: '; then
        echo "lintian reports errors"
        exit 1
    fi
else
    echo "lintian not installed: package check skipped"
fi
dpkg -i "$DEB" >/dev/null

VERSION="$(/usr/bin/tailor-cli --version)"
echo "installed: $VERSION"
case "$VERSION" in tailor\ *) ;; *) echo "unexpected version line"; exit 1 ;; esac
test -f /usr/share/applications/tailor.desktop
test -f /usr/share/icons/hicolor/256x256/apps/tailor.png
test -f /usr/share/metainfo/io.github.tailor.Tailor.metainfo.xml
test -f /usr/share/doc/tailor/copyright
test -f /usr/share/man/man1/tailor-cli.1.gz

OUT="$(/usr/bin/tailor-cli import --project "$WORK/p.tailor" --json "$SOURCE_DIR/resources/demo/online_retail_sample.csv.gz")"
echo "$OUT"
echo "$OUT" | grep -q '"rows_read":17518'
echo "$OUT" | grep -q '"customers":221'

dpkg -r tailor >/dev/null
if [ -e /usr/bin/tailor-cli ]; then
    echo "tailor-cli is still installed after removal"
    exit 1
fi

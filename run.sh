#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds Tailor (Release) and opens it on
# the demo project. Safe to run again: nothing is reinstalled, the build is
# incremental. `./run.sh --build-only` stops after the build.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libquazip1-qt6-dev libeigen3-dev libsqlite3-dev zlib1g-dev libgl-dev
    sqlite3 fonts-noto-cjk bc time dpkg-dev file lintian
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

BUILD_DIR=build/release
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake --preset release -G Ninja
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"

if [ "${1:-}" = "--build-only" ]; then
    exit 0
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "Built $BUILD_DIR/app/tailor. No display is available to open it here."
    exit 0
fi
exec "$BUILD_DIR/app/tailor" --demo "$@"

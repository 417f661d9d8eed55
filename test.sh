#!/usr/bin/env bash
# Same set-up as run.sh, then builds and runs the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")"
./run.sh --build-only
export QT_QPA_PLATFORM=offscreen
cd build/release
ctest --output-on-failure --parallel "$(nproc)" --timeout 1500 "$@"

#!/usr/bin/env bash
# README's test command: installs what is missing, checks the formatting,
# builds, and runs every test twice: in the developer build (warnings are errors) and under AddressSanitizer
# + UndefinedBehaviorSanitizer. Ends with CTest's summary line.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash packaging/install-deps.sh

echo "== formatting (.clang-format) =="
bash packaging/lint.sh

echo "== developer build: configure, build, test =="
cmake --workflow --preset dev

echo "== AddressSanitizer + UBSan build: configure, build, test =="
cmake --workflow --preset asan

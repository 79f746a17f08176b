#!/usr/bin/env bash
# The repository's own habits, checked: every C++ file formatted as .clang-format
# says (clang-format --dry-run --Werror, on both cores), and with --tidy BUILD_DIR
# the checks .clang-tidy enables, once per translation unit of that build's
# compile database (run-clang-tidy, on both cores). Fails when a file breaks one.
#   bash packaging/lint.sh                  # formatting only (a few seconds of CPU)
#   bash packaging/lint.sh --tidy build/dev # and clang-tidy on the dev build's sources
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=$(nproc)

# The C++ files of the repository (git's list, or the folders' when not a checkout).
sources() {
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z '*.cpp' '*.h'
  else
    find geo-core importers app tests sample-data \( -name '*.cpp' -o -name '*.h' \) -print0
  fi
}
echo "== clang-format: $(sources | tr -cd '\0' | wc -c) files =="
sources | xargs -0 -P "$jobs" -n 20 clang-format --dry-run --Werror

if [[ "${1:-}" == "--tidy" ]]; then
  build=${2:?usage: lint.sh --tidy BUILD_DIR}
  [[ -f "$build/compile_commands.json" ]] || { echo "no $build/compile_commands.json: configure it first" >&2; exit 1; }
  echo "== clang-tidy on $build's compile database =="
  # The project's own sources only (not moc output); headers through .clang-tidy's HeaderFilterRegex.
  run-clang-tidy -quiet -j "$jobs" -p "$build" \
    "^$root/(geo-core|importers|app|tests|sample-data)/.*\\.cpp$"
fi
echo "lint: clean"

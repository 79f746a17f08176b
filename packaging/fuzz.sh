#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang-14 with
# -fsanitize=fuzzer,address,undefined) and runs each one for SECONDS seconds
# (default 20) from its seed corpus in fuzz/corpus/<target>/. New inputs go to a
# scratch folder, so the repository's corpus stays as it is. Exits non-zero on
# the first crash, leak or sanitizer report, leaving the input in build/fuzz/findings/.
#   bash packaging/fuzz.sh            # CI: every target briefly
#   bash packaging/fuzz.sh 600        # the longer run README records
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
seconds=${1:-20}

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2

findings=build/fuzz/findings
mkdir -p "$findings"
for fuzzer in codepoint_csv_fuzzer ofcom_csv_fuzzer street_manager_fuzzer wkt_wkb_fuzzer \
              geojson_vector_fuzzer project_open_fuzzer; do
  scratch=$(mktemp -d)
  echo "== $fuzzer: ${seconds}s =="
  # -rss_limit_mb: GDAL and SpatiaLite keep caches; 2 GB is well above what an input needs.
  "build/fuzz/fuzz/$fuzzer" "$scratch" "fuzz/corpus/$fuzzer" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$findings/$fuzzer-" -print_final_stats=1 2>&1 | tail -n 12
  status=${PIPESTATUS[0]}
  rm -rf "$scratch"
  if [ "$status" -ne 0 ]; then
    echo "gigamap: $fuzzer found a crash (exit $status); the input is in $findings/" >&2
    exit 1
  fi
done
echo "gigamap: every fuzz target ran ${seconds}s without a crash."

#!/usr/bin/env bash
# One Dig with its near misses (--gap 90, the default) against One Dig with
# none (--gap 0: no two digs that do not overlap are within 0 days, so the
# pair loops do exactly the date-overlap work One Dig did before near
# misses). Issue 15 asks for near misses and last chances within 2x One Dig's
# time at L. Both are `gigamap-cli analyse one-dig` timed as whole processes
# (opening and reading the project included) with farm-bench, paired (A B A B
# ...) so the ratio holds while the shared machine's speed drifts. Before
# timing, one run of each checks that the --gap 0 run found no near misses and
# that both found the same opportunities, conflicts, blocked digs and last
# chances. Run by hand, not by CI.
#
# Usage: tests/bench/one_dig_benchmark.sh [BUILD_DIR] [S|M|L]
#   BUILD_DIR: a release build with gigamap-cli and gigamap-bench-generator;
#   the project is generated once into build/bench-data/analysis-SCALE.sqlite
#   (shared with analysis_benchmark.sh). RUNS=n (default 3) pairs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build/bench-release}
scale=${2:-S}
runs=${RUNS:-3}
cli="$build/app/cli/gigamap-cli"
generator="$build/tests/bench/generator/gigamap-bench-generator"
case "$scale" in S | M | L) ;; *) echo "the scale is S, M or L, not '$scale'" >&2; exit 1 ;; esac
for tool in "$cli" "$generator"; do
  [ -x "$tool" ] || {
    echo "missing $tool: cmake --preset release -B $build -DBUILD_TESTING=ON &&" \
      "cmake --build $build --target gigamap-cli gigamap-bench-generator" >&2
    exit 1
  }
done
command -v farm-bench > /dev/null || { echo "needs farm-bench (times whole processes)" >&2; exit 1; }

data="$root/build/bench-data"
project="$data/analysis-$scale.sqlite"
mkdir -p "$data"
if [ ! -f "$project" ]; then
  echo "generating scale $scale into $project"
  "$generator" --scale "$scale" "$project.partial"
  mv "$project.partial" "$project"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
date=2026-07-01  # join-by days before it are missed; fixed so runs compare
echo "One Dig benchmark, scale $scale ($(du -h "$project" | cut -f1)), gigamap" \
  "$("$cli" --version | cut -d' ' -f2), $(nproc) cores, load average before:" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"

# The answers first (one run each, not timed).
"$cli" analyse one-dig "$project" --date "$date" --out "$work/full" --json --quiet \
  > "$work/full.json"
"$cli" analyse one-dig "$project" --date "$date" --gap 0 --out "$work/none" --json --quiet \
  > "$work/none.json"
python3 - "$work/full.json" "$work/none.json" << 'PY'
import json, sys
full, none = (json.load(open(p)) for p in sys.argv[1:3])
shown = ("works", "planned_ducts", "restrictions", "opportunities", "conflicts", "blocked",
         "near_misses", "last_chances")
print("  --gap 90: " + ", ".join(f"{k} {full[k]:,}" for k in shown))
print("  --gap 0:  " + ", ".join(f"{k} {none[k]:,}" for k in shown))
assert none["near_misses"] == 0, "--gap 0 found near misses"
for k in shown[:6] + ("last_chances",):
    assert full[k] == none[k], f"{k} differ between --gap 90 and --gap 0"
PY
for file in opportunities.csv conflicts.csv blocked.csv last_chance.csv; do
  cmp -s "$work/full/$file" "$work/none/$file" || { echo "$file differs" >&2; exit 1; }
done
echo "  the same opportunities, conflicts, blocked digs and last chances with and without near misses"

farm-bench -n "$runs" --warmup 0 --timeout 3600 \
  --vs "sh -c 'exec $cli analyse one-dig $project --date $date --gap 0 --out $work/none --quiet'" \
  -- sh -c "exec $cli analyse one-dig $project --date $date --out $work/full --quiet"

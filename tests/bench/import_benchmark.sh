#!/usr/bin/env bash
# Import benchmark: a national-scale Code-Point Open file and the matching Ofcom
# postcode-level file (N postcodes, default 1.7 million), imported by
# gigamap-cli (validating, normalising, upserting, joining) and, in the same
# run, loaded by ogr2ogr into SpatiaLite (points from the CSV, the Ofcom CSV as
# a plain table: no validation, no join). Wall time and peak memory of each.
# Usage: tests/bench/import_benchmark.sh [BUILD_DIR] [N]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build/release}
n=${2:-1700000}
cli="$build/app/cli/gigamap-cli"
[ -x "$cli" ] || { echo "build gigamap-cli first: cmake --workflow --preset release"; exit 1; }
data="$root/build/bench-data/$n"
if [ ! -f "$data/codepoint_national.csv" ]; then
  echo "generating $n postcodes in $data"
  bash "$root/tests/bench/make_national_postcodes.sh" "$n" "$data"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {  # label, command... -> "label  seconds  peak MB"
  local label=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  read -r seconds kb < "$work/time"
  printf "  %-44s %8.1f s %8.0f MB\n" "$label" "$seconds" "$((kb / 1024))"
}

echo "Importing $n postcodes (gigamap $("$cli" --version | cut -d' ' -f2), $(nproc) cores)"
"$cli" init "$work/gigamap.sqlite" > /dev/null
measure "gigamap-cli import codepoint" "$cli" import codepoint "$work/gigamap.sqlite" --quiet \
  "$data/codepoint_national.csv"
measure "gigamap-cli import ofcom-fixed (join)" "$cli" import ofcom-fixed "$work/gigamap.sqlite" --quiet \
  "$data/202305_fixed_pc_coverage_r01_national.csv"

header="Postcode,Positional_quality_indicator,Eastings,Northings,Country_code,NHS_regional_HA_code,NHS_HA_code,Admin_county_code,Admin_district_code,Admin_ward_code"
{ echo "$header"; cat "$data/codepoint_national.csv"; } > "$work/codepoint_with_header.csv"
measure "ogr2ogr Code-Point CSV -> SpatiaLite" ogr2ogr -f SQLite -dsco SPATIALITE=YES \
  "$work/ogr.sqlite" "$work/codepoint_with_header.csv" -nln postcodes -a_srs EPSG:27700 \
  -oo X_POSSIBLE_NAMES=Eastings -oo Y_POSSIBLE_NAMES=Northings -oo KEEP_GEOM_COLUMNS=NO -gt 100000
measure "ogr2ogr Ofcom CSV -> table (no join)" ogr2ogr -update "$work/ogr.sqlite" \
  "$data/202305_fixed_pc_coverage_r01_national.csv" -nln ofcom -gt 100000

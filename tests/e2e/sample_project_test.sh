#!/usr/bin/env bash
# End to end: builds the Lancaster sample project twice with the real
# gigamap-cli and generator and checks that it is complete and reproducible.
# Usage: sample_project_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli="$build/app/cli/gigamap-cli"

bash "$source/sample-data/build-sample.sh" "$build" "$work/a.sqlite" > "$work/a.log"
bash "$source/sample-data/build-sample.sh" "$build" "$work/b.sqlite" > "$work/b.log"

fail() { echo "FAIL: $*"; exit 1; }
grep -q " rejected" "$work/a.log" || fail "no import summaries"
if grep -E "[1-9][0-9]* rejected" "$work/a.log"; then fail "the sample's imports rejected rows"; fi

count() {  # layer -> feature count from info --json
  "$cli" info "$1" --json | tr -d ' \n' | grep -o "\"features\":[0-9]*,\"geometry_type\":\"[A-Za-z]*\",\"name\":\"$2\"" |
    sed 's/"features":\([0-9]*\).*/\1/'
}
[ "$(count "$work/a.sqlite" boundaries)" = 28 ] || fail "boundaries: $(count "$work/a.sqlite" boundaries)"
[ "$(count "$work/a.sqlite" postcodes)" = 4258 ] || fail "postcodes"
[ "$(count "$work/a.sqlite" roads)" = 473 ] || fail "roads"
for layer in ducts chambers nodes hotspots street_works restrictions; do
  n=$(count "$work/a.sqlite" "$layer")
  [ -n "$n" ] && [ "$n" -gt 0 ] || fail "$layer is empty"
  [ "$n" = "$(count "$work/b.sqlite" "$layer")" ] || fail "$layer differs between two builds"
done

# The generator is deterministic: the same synthetic files from the same project.
"$build/sample-data/generator/gigamap-sample-generator" "$work/a.sqlite" "$work/gen1" > /dev/null
"$build/sample-data/generator/gigamap-sample-generator" "$work/b.sqlite" "$work/gen2" > /dev/null
diff -r "$work/gen1" "$work/gen2" > /dev/null || fail "the generator's output differs between runs"

# Every postcode got synthetic Ofcom figures; the real ones kept their positions.
sqlite3 "$work/a.sqlite" "SELECT count(*) FROM postcodes WHERE gigabit_pct IS NULL" | grep -qx 0 ||
  fail "postcodes without Ofcom figures"
sqlite3 -cmd "SELECT load_extension('mod_spatialite')" "$work/a.sqlite" \
  "SELECT X(geom), Y(geom) FROM postcodes WHERE postcode = 'LA1 1PJ'" 2>/dev/null |
  grep -q "347863.0|461529.0" || fail "LA1 1PJ is not at Code-Point Open's position"
# The analyses run on it: every postcode is counted once, and every underserved one gets a duct.
"$cli" analyse coverage "$work/a.sqlite" --out "$work/coverage.csv" --assignments "$work/assign.csv" > /dev/null
total=$(tail -n +2 "$work/coverage.csv" | awk -F, '{ n += $(NF-5) } END { print n }')
[ "$total" = 4258 ] || fail "coverage counts $total postcodes, not 4258"
[ "$(tail -n +2 "$work/assign.csv" | wc -l)" = 4258 ] || fail "not one assignment per postcode"
"$cli" analyse nearest-duct "$work/a.sqlite" --out "$work/nearest.csv" > /dev/null
underserved=$(sqlite3 "$work/a.sqlite" "SELECT count(*) FROM postcodes WHERE gigabit_pct < 100")
[ "$(tail -n +2 "$work/nearest.csv" | wc -l)" = "$underserved" ] || fail "nearest-duct rows != underserved postcodes"
echo "sample project: complete and reproducible, analyses consistent"

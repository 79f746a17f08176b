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

# Gaps: the district's area is SpatiaLite's; the covered area is at most the hotspots' 32-gons.
spatialite() { sqlite3 -cmd "SELECT load_extension('mod_spatialite')" "$work/a.sqlite" "$1" 2>/dev/null | tail -n 1; }
"$cli" analyse gaps "$work/a.sqlite" --out "$work/gap.gpkg" --json > "$work/gaps.json"
district=$(spatialite "SELECT Area(geom) FROM boundaries WHERE kind = 'district'")
polygons=$(spatialite "SELECT sum(16 * radius_m * radius_m * sin(pi() / 16)) FROM hotspots")
python3 - "$work/gaps.json" "$district" "$polygons" <<'PY' || fail "gap areas disagree with SpatiaLite"
import json, sys
g = json.load(open(sys.argv[1])); district = float(sys.argv[2]); hotspots = float(sys.argv[3])
assert abs(g["district_area_m2"] - district) <= 1e-6 * district, (g, district)
assert 0 < g["covered_area_m2"] <= hotspots + 1e-6, (g, hotspots)
assert abs(g["district_area_m2"] - g["covered_area_m2"] - g["gap_area_m2"]) < 1e-3
PY
# One Dig: as many pairs as SpatiaLite's brute force finds.
"$cli" analyse one-dig "$work/a.sqlite" --out "$work/one-dig" > /dev/null
pairs=$(spatialite "SELECT count(*) FROM street_works w, ducts d WHERE d.status IN ('planned', 'proposed')
  AND coalesce(w.is_active, 1) <> 0 AND w.start_date <= d.planned_end AND d.planned_start <= w.end_date
  AND ST_Distance(w.geom, d.geom) <= 10")
[ "$(tail -n +2 "$work/one-dig/opportunities.csv" | wc -l)" = "$pairs" ] || fail "opportunities != $pairs"
conflicts=$(spatialite "SELECT count(*) FROM street_works a, street_works b WHERE a.fid < b.fid
  AND coalesce(a.is_active, 1) <> 0 AND coalesce(b.is_active, 1) <> 0
  AND a.start_date <= b.end_date AND b.start_date <= a.end_date AND ST_Distance(a.geom, b.geom) <= 10")
[ "$(tail -n +2 "$work/one-dig/conflicts.csv" | wc -l)" = "$conflicts" ] || fail "conflicts != $conflicts"

# The report says what the analyses say.
"$cli" report "$work/a.sqlite" --out "$work/report.pdf" --json --quiet > "$work/report.json" 2>/dev/null
"$cli" report "$work/a.sqlite" --out "$work/report.html" --quiet > /dev/null 2>&1
pdftotext -layout "$work/report.pdf" "$work/report.txt"
for heading in "1. Data sources" "2. Headline coverage" "3. Wards by premises lacking gigabit" "4. Maps" \
  "5. Proposed build" "6. One Dig" "7. Chamber and duct schedules" "8. Method"; do
  grep -q "$heading" "$work/report.txt" || fail "the PDF has no section '$heading'"
  grep -q "$heading" "$work/report.html" || fail "the HTML has no section '$heading'"
done
grep -q "Within 10.0 m and overlapping in time: $pairs dig-once opportunities" "$work/report.txt" ||
  fail "the report's opportunities differ from the CLI's ($pairs)"
top=$(tail -n +2 "$work/coverage.csv" | sort -t, -k5 -g -r | head -1)
top_name=$(echo "$top" | cut -d, -f2)
top_lacking=$(echo "$top" | cut -d, -f5 | python3 -c "import sys; print(f'{round(float(sys.stdin.read())):,}')")
grep -E "^$top_name +[0-9,]+ +[0-9,]+ +$top_lacking " "$work/report.txt" > /dev/null ||
  fail "the report's top ward is not $top_name with $top_lacking premises lacking gigabit"
echo "sample project: complete and reproducible, analyses and report consistent"

#!/usr/bin/env bash
# Builds the Lancaster sample project reproducibly: the real open data in
# sample-data/sources, then the synthetic layers that the deterministic
# generator derives from it, each brought in by gigamap's own importers.
# See sample-data/README.md for what is real and what is synthetic.
# Usage: build-sample.sh BUILD_DIR OUTPUT.sqlite
set -euo pipefail
build=$1
out=$2
cli="$build/app/cli/gigamap-cli"
generator="$build/sample-data/generator/gigamap-sample-generator"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src="$here/sources"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ons="Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2025."
synthetic="Synthetic sample data made by gigamap's sample generator: not real records"

rm -f "$out" "$out-wal" "$out-shm"
"$cli" init "$out" --name "Lancaster district (sample)" --crs EPSG:27700

echo "-- real open data"
# District: ONS LAD 2022 generalised boundary (WGS84 GeoJSON).
"$cli" import vector "$out" "$src/lancaster_lad_E07000121_wgs84.geojson" --quiet \
  --into boundaries --map code=objectid --map name=district --set kind=district \
  --source ons_district --vintage "LAD 2022" --attribution "$ons"

# Current wards (ONS WD DEC 2025 BSC) with their verbatim Boundary-Line names.
ogr2ogr -f GeoJSON "$work/wards.geojson" "$src/lancaster_wards_WD_DEC_2025_BSC_wgs84.geojson" \
  -sql "SELECT w.ons_code AS code, c.ward_name_codelist AS name
        FROM lancaster_wards_WD_DEC_2025_BSC_wgs84 w
        LEFT JOIN '$src/lancaster_ward_codes_BoundaryLine_Oct2025.csv'.lancaster_ward_codes_BoundaryLine_Oct2025 c
        ON w.ons_code = c.ward_code"
"$cli" import vector "$out" "$work/wards.geojson" --quiet --into boundaries --set kind=ward \
  --source ons_wards --vintage "WD DEC 2025" --attribution "$ons"

# Every postcode of the district in Code-Point Open 2025.4.0.
"$cli" import codepoint "$out" --quiet --district E07000121 --vintage 2025.4.0 \
  "$src/codepoint_open_2025.4.0_lancaster_E07000121_excl_LA3_LA5.csv" \
  "$src/codepoint_open_2025.4.0_lancaster_E07000121_LA3_LA5.csv"

# OpenStreetMap main roads (ODbL).
"$cli" import vector "$out" "$src/lancaster_osm_roads_cyipt_2020_bng.gpkg" --quiet \
  --layer main_roads --into roads --map road_class=highway \
  --source osm_roads --vintage 2020 --attribution "© OpenStreetMap contributors (ODbL 1.0)"

echo "-- synthetic layers"
"$generator" "$out" "$work/synthetic"
for layer in nodes chambers ducts hotspots; do
  "$cli" import vector "$out" "$work/synthetic/$layer.geojson" --quiet --into "$layer" \
    --source "synthetic_$layer" --vintage "synthetic 2026" --attribution "$synthetic"
done
"$cli" import ofcom-fixed "$out" "$work/synthetic/202305_fixed_pc_coverage_r01_synthetic.csv" --quiet \
  --attribution "$synthetic (in the format of Ofcom Connected Nations)"
"$cli" import street-manager "$out" "$work/synthetic/street_manager_2026_synthetic.jsonl" --quiet \
  --vintage 2026 --attribution "$synthetic (in the format of DfT Street Manager)"

#!/usr/bin/env bash
# Peak memory of `gigamap-cli import street-manager` on a generated Street
# Manager feed of about SIZE_MB megabytes (default 200), as one JSON array and
# as JSON Lines: five events (granted, started, stopped, ...) per work, as the
# live feed sends them. Measured with /usr/bin/time -v (maximum resident set
# size). Run by hand, not by CI.
#
# Usage: tests/bench/street_manager_memory.sh GIGAMAP_CLI [SIZE_MB]
set -euo pipefail
cli=${1:?usage: $0 GIGAMAP_CLI [SIZE_MB]}
size_mb=${2:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$size_mb" << 'PY'
import json, sys
folder, size_mb = sys.argv[1], int(sys.argv[2])
target = size_mb * 1_000_000
statuses = ["PERMIT_SUBMITTED", "PERMIT_GRANTED", "WORK_START", "WORK_STOP", "PERMIT_MODIFIED"]
with open(f"{folder}/feed.json", "w") as array, open(f"{folder}/feed.jsonl", "w") as lines:
    array.write("[\n")
    written, n, first = 0, 0, True
    while written < target:
        work = n // 5
        x, y = 340000 + (work * 37) % 20000, 450000 + (work * 53) % 20000
        event = {
            "event_reference": n, "event_type": statuses[n % 5],
            "event_time": f"2026-{1 + work % 12:02d}-{1 + n % 5:02d}T09:00:00.000Z",
            "object_type": "PERMIT", "object_reference": f"LW{work:08d}-01", "version": 1,
            "object_data": {
                "work_reference_number": f"LW{work:08d}", "permit_reference_number": f"LW{work:08d}-01",
                "promoter_swa_code": "7654", "promoter_organisation": "Electricity North West Limited",
                "highway_authority": "LANCASHIRE COUNTY COUNCIL",
                "works_location_coordinates": f"LINESTRING({x} {y},{x + 40} {y + 15})",
                "street_name": "DALTON SQUARE", "area_name": "LANCASTER", "work_category": "Standard",
                "traffic_management_type": "Two-way signals",
                "proposed_start_date": "2026-04-13T23:00:00.000Z", "proposed_end_date": "2026-04-16T23:00:00.000Z",
                "actual_start_date_time": None, "actual_end_date_time": None, "work_status": "Works planned",
                "usrn": str(37100000 + work % 1000), "highway_authority_swa_code": "2371",
                "activity_type": "Remedial works", "is_ttro_required": "No", "permit_status": "granted",
                "town": "LANCASTER", "collaborative_working": "No", "close_footway": "no",
                "description_of_work": "Excavate to locate and repair fault on LV cable " * 6}}
        text = json.dumps(event)
        array.write(("" if first else ",\n") + text)
        lines.write(text + "\n")
        first = False
        written += len(text) + 2
        n += 1
    array.write("\n]\n")
print(f"{n} events, {n // 5} works")
PY
ls -l "$work"/feed.json "$work"/feed.jsonl
for file in feed.json feed.jsonl; do
  rm -f "$work/p.sqlite"
  "$cli" init "$work/p.sqlite" --quiet 2> /dev/null || "$cli" init "$work/p.sqlite" > /dev/null
  /usr/bin/time -v "$cli" import street-manager "$work/p.sqlite" "$work/$file" --quiet \
    2> "$work/time.txt" || { cat "$work/time.txt"; exit 1; }
  echo "$file: $(grep -E 'Maximum resident' "$work/time.txt" | awk '{print $6}') KB peak," \
    "$(grep -E 'Elapsed' "$work/time.txt" | awk '{print $8}') elapsed"
done

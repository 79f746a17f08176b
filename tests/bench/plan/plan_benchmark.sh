#!/usr/bin/env bash
# Build planner benchmark: `gigamap-cli plan` timed as a whole process on a
# synthetic project of scale S, M or L (tests/bench/generator: streets as
# `roads`, an exchange per town, existing ducts, a year of street works and
# Section 58 restrictions), every target below 100 % gigabit, a six-month
# window. Checks what the issue asks of every plan: the bill's edge_cost is the
# sum of the cost of the graph's in-plan edges (recomputed from --explain's
# GeoPackage), the plan costs no more than the naive plan, every reachable
# target is connected. Then the shortest-path part against pgRouting on the
# same graph in the same run: pgr_dijkstraCost from a root joined to every
# source at no cost to every target (what gigamap's BGL Dijkstra computes),
# its total compared with gigamap's naive edge cost.
# Run by hand (as root: PostgreSQL runs as the postgres user), not by CI.
#
# Usage: tests/bench/plan/plan_benchmark.sh BUILD_DIR [S|M|L] [TARGET_LIMIT]
#   BUILD_DIR holds gigamap-cli and gigamap-bench-generator (a release build
#   with BUILD_TESTING=ON). The project is generated once into
#   build/bench-data/plan-SCALE.sqlite and reused.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
build=${1:?usage: plan_benchmark.sh BUILD_DIR [S|M|L]}
scale=${2:-S}
cli="$build/app/cli/gigamap-cli"
generator="$build/tests/bench/generator/gigamap-bench-generator"
window=2026-04-01..2026-09-30
case "$scale" in S | M | L) ;; *) echo "the scale is S, M or L, not '$scale'" >&2; exit 1 ;; esac

data="$root/build/bench-data"
project="$data/plan-$scale.sqlite"
mkdir -p "$data"
if [ ! -f "$project" ]; then
  echo "generating scale $scale into $project"
  "$generator" --scale "$scale" "$project.partial" > /dev/null
  mv "$project.partial" "$project"
fi
work=$(mktemp -d)
pgdir=$(mktemp -d /tmp/gigamap-plan-pg.XXXXXX)
pgbin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d | sort -V | tail -1)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$pgdir"
  as_pg=(runuser -u postgres --)
fi
cleanup() {
  [ -f "$pgdir/data/postmaster.pid" ] &&
    "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop > /dev/null 2>&1
  rm -rf "$work" "$pgdir"
}
trap cleanup EXIT

echo "Plan benchmark, scale $scale ($(du -h "$project" | cut -f1)), $(nproc) cores," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "%e %M" -o "$work/time" "$cli" plan "$project" --out "$work/plan.gpkg" \
  --bill "$work/bill.csv" --explain "$work/graph.gpkg" --window "$window" --json --quiet \
  > "$work/summary.json"
read -r seconds kb < "$work/time"

python3 - "$work" "$seconds" "$((kb / 1024))" << 'PY'
import csv, json, sqlite3, sys
work, seconds, mb = sys.argv[1], float(sys.argv[2]), sys.argv[3]
summary = json.load(open(f"{work}/summary.json"))
bill = {row["line"]: row for row in csv.DictReader(open(f"{work}/bill.csv"))}
graph = sqlite3.connect(f"{work}/graph.gpkg")
in_plan = graph.execute("SELECT sum(cost) FROM edges WHERE in_plan = 1").fetchone()[0] or 0.0
reachable_left_out = graph.execute(
    "SELECT count(*) FROM targets WHERE connected = 0 AND reason LIKE '%budget%'").fetchone()[0]
edge_cost = float(bill["edge_cost"]["pounds"])
t = summary["seconds"]
print(f"  gigamap-cli plan: {seconds:.2f} s wall, {mb} MB peak; read {t['read']:.2f} s, "
      f"graph {t['graph']:.2f} s, pricing {t['pricing']:.2f} s, "
      f"shortest paths {t['shortest_paths']:.3f} s, tree and bill {t['tree']:.2f} s")
print(f"  roads {summary['roads']}, graph {summary['graph_nodes']} nodes / "
      f"{summary['graph_edges']} edges in {summary['components']} parts, "
      f"{summary['sources']} sources, {summary['targets']} targets, "
      f"{summary['connected']} connected, {summary['unreachable']} not "
      f"({summary['components_without_source']} parts without a source)")
print(f"  plan £{summary['total']:,.0f} against naive £{summary['naive_total']:,.0f}: "
      f"saving from shared trench £{summary['saving_from_shared_trench']:,.0f}, "
      f"from street works £{summary['saving_from_street_works']:,.0f}")
checks = {
    "bill edge_cost equals the sum of in-plan edge costs": abs(edge_cost - in_plan) <= 1e-6 * max(1, in_plan),
    "plan costs no more than the naive plan": summary["total"] <= summary["naive_total"] + 1e-6,
    "every reachable target connected": reachable_left_out == 0,
}
for name, ok in checks.items():
    print(f"  {'ok  ' if ok else 'FAIL'} {name}")
json.dump({"naive_edge_cost": float(bill["edge_cost"]["naive_pounds"]),
           "shortest_paths_s": t["shortest_paths"]}, open(f"{work}/gigamap.json", "w"))
sys.exit(0 if all(checks.values()) else 1)
PY

# --- pgRouting on the same graph -------------------------------------------------
"${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust --no-locale -E UTF8 > /dev/null
port=$((20000 + RANDOM % 20000))
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 -o \
  "-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c shared_buffers=1GB -c work_mem=256MB \
   -c fsync=off -c synchronous_commit=off -c jit=off" start > /dev/null
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d bench "$@"; }
psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE bench"
psql_bench -c "CREATE EXTENSION postgis" -c "CREATE EXTENSION pgrouting"
for layer in edges targets sources; do
  PG_USE_COPY=YES ogr2ogr -f PostgreSQL PG:"host=127.0.0.1 port=$port user=postgres dbname=bench" \
    "$work/graph.gpkg" "$layer" -nln "$layer" -lco FID=fid -lco SPATIAL_INDEX=NONE
done
# The routing graph as pgRouting reads it: the unblocked edges, and a root
# (one past the highest node) joined to every source at no cost.
psql_bench << 'SQL'
CREATE TABLE routing AS
  SELECT fid::bigint AS id, from_node::bigint AS source, to_node::bigint AS target,
         cost, cost AS reverse_cost FROM edges WHERE blocked_by IS NULL
  UNION ALL
  SELECT (SELECT max(fid) FROM edges) + row_number() OVER (ORDER BY node), m.root, node, 0, 0
  FROM sources, (SELECT greatest(max(from_node), max(to_node)) + 1 AS root FROM edges) m;
VACUUM ANALYZE routing;
SQL
cat > "$work/pgr.sql" << 'SQL'
SELECT count(*), sum(c.agg_cost) FROM targets t JOIN pgr_dijkstraCost(
  'SELECT id, source, target, cost, reverse_cost FROM routing',
  (SELECT greatest(max(from_node), max(to_node)) + 1 FROM edges),
  ARRAY(SELECT DISTINCT node FROM targets WHERE connected = 1), directed => true) c
  ON c.end_vid = t.node WHERE t.connected = 1;
SQL
started=$(date +%s.%N)
result=$(psql_bench -At -F ' ' -f "$work/pgr.sql")
pgr_seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
python3 - "$work/gigamap.json" "$result" "$pgr_seconds" << 'PY'
import json, sys
g = json.load(open(sys.argv[1]))
count, total = sys.argv[2].split()
print(f"  shortest paths, sources to {count} targets: gigamap (BGL Dijkstra, in process) "
      f"{g['shortest_paths_s']:.3f} s, pgRouting pgr_dijkstraCost {sys.argv[3]} s")
print(f"  sum of the targets' shortest-path costs: pgRouting £{float(total):,.2f}; gigamap's "
      f"naive plan edge cost £{g['naive_edge_cost']:,.2f}")
PY

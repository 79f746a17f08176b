#!/usr/bin/env bash
# Analysis benchmark: each `gigamap-cli analyse` command timed as a whole
# process (opening and reading the project included) on a synthetic project of
# scale S, M or L (tests/bench/generator), and in the same run the same four
# tasks as SQL in PostGIS (tests/bench/postgis/*.sql), with the answers of both
# compared row by row. PostgreSQL is started by this script on loopback, in a
# temporary folder, as a non-root user; the data is loaded (ogr2ogr, keeping
# fids), indexed (GiST) and analysed before any timing, and loading is not
# counted. Run by hand, not by CI; it installs PostgreSQL/PostGIS with apt-get
# when they are missing and it runs as root.
#
# Usage: tests/bench/analysis_benchmark.sh [BUILD_DIR] [S|M|L]
#   BUILD_DIR needs gigamap-cli and gigamap-bench-generator (a release build
#   with BUILD_TESTING=ON). The project is generated once into
#   build/bench-data/analysis-SCALE.sqlite and reused. RUNS=n (default 1) runs
#   each side n times and keeps the fastest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build/bench-release}
scale=${2:-S}
runs=${RUNS:-1}
here="$root/tests/bench"
cli="$build/app/cli/gigamap-cli"
generator="$build/tests/bench/generator/gigamap-bench-generator"
distance=10
district=E07000001  # the district that gaps analyses (the first of the scale)

case "$scale" in S | M | L) ;; *) echo "the scale is S, M or L, not '$scale'" >&2; exit 1 ;; esac
for tool in "$cli" "$generator"; do
  [ -x "$tool" ] || {
    echo "missing $tool: cmake --preset release -B $build -DBUILD_TESTING=ON &&" \
      "cmake --build $build --target gigamap-cli gigamap-bench-generator" >&2
    exit 1
  }
done

# --- what the PostGIS side needs ---------------------------------------------
pg_bin() { find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2> /dev/null | sort -V | tail -1; }
have_tools() {
  [ -n "$(pg_bin)" ] && ls /usr/share/postgresql/*/extension/postgis.control > /dev/null 2>&1 &&
    command -v ogr2ogr > /dev/null && command -v psql > /dev/null && [ -x /usr/bin/time ] &&
    command -v python3 > /dev/null
}
if ! have_tools; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "needs postgresql, postgis, gdal-bin, time and python3: run as root to install them" >&2
    exit 1
  fi
  echo "installing PostgreSQL, PostGIS, GDAL tools, time and python3 (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    postgresql postgis postgresql-15-postgis-3 gdal-bin time python3 > /dev/null
fi
pgbin=$(pg_bin)

# --- the project ---------------------------------------------------------------
data="$root/build/bench-data"
project="$data/analysis-$scale.sqlite"
mkdir -p "$data"
if [ ! -f "$project" ]; then
  echo "generating scale $scale into $project"
  "$generator" --scale "$scale" "$project.partial"
  mv "$project.partial" "$project"
fi

work=$(mktemp -d)
pgdir=$(mktemp -d /tmp/gigamap-bench-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then  # PostgreSQL refuses to run as root
  chown postgres: "$pgdir"
  as_pg=(runuser -u postgres --)
fi
cleanup() {
  if [ -f "$pgdir/data/postmaster.pid" ]; then
    "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop > /dev/null 2>&1 || true
  fi
  rm -rf "$work" "$pgdir"
}
trap cleanup EXIT

# --- PostgreSQL on loopback ------------------------------------------------------
# Memory settings as a PostGIS user would give a machine like this one; JIT is
# off by default (PG_JIT=on to compare) because compiling these queries costs
# PostgreSQL 0.3-0.8 s each and gained nothing at S or M (measured). fsync and
# friends only speed up loading, which is not timed.
pg_jit=${PG_JIT:-off}
"${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust --no-locale -E UTF8 \
  > "$pgdir/initdb.log"
port=
for _ in $(seq 20); do
  candidate=$((20000 + RANDOM % 20000))
  (echo > "/dev/tcp/127.0.0.1/$candidate") 2> /dev/null && continue  # in use
  if "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 -o \
    "-c listen_addresses=127.0.0.1 -p $candidate -k $pgdir -c shared_buffers=1GB \
     -c work_mem=64MB -c maintenance_work_mem=512MB -c effective_cache_size=8GB \
     -c max_wal_size=8GB -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
     -c jit=$pg_jit" \
    start > /dev/null; then
    port=$candidate
    break
  fi
done
[ -n "$port" ] || { echo "PostgreSQL did not start:" >&2; cat "$pgdir/server.log" >&2; exit 1; }
pg="host=127.0.0.1 port=$port user=postgres dbname=bench"
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d bench "$@"; }
psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE bench"
psql_bench -c "CREATE EXTENSION postgis"

# --- loading (not timed against gigamap) -------------------------------------------
load_started=$(date +%s.%N)
for table in boundaries postcodes ducts street_works restrictions hotspots mobile_coverage; do
  PG_USE_COPY=YES ogr2ogr -f PostgreSQL PG:"$pg" "$project" "$table" -nln "$table" \
    -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=NONE -gt 200000
done
psql_bench -f "$here/postgis/prepare.sql"
load_seconds=$(awk -v a="$load_started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }')

# --- timing --------------------------------------------------------------------
measure() {  # name, command... -> $seconds, $peak_mb of the fastest of $runs runs
  local name=$1 best='' best_kb=0 s kb
  shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" > "$work/$name.stdout" \
      2> "$work/$name.stderr" || {
      echo "$name failed:" >&2
      cat "$work/$name.stderr" >&2
      exit 1
    }
    read -r s kb < "$work/$name.time"
    if [ -z "$best" ] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$s
      best_kb=$kb
    fi
  done
  seconds=$best
  peak_mb=$((best_kb / 1024))
}

mkdir -p "$work/gigamap" "$work/postgis"
g="$work/gigamap"
p="$work/postgis"
declare -a table_rows=()
verdicts=""
record() {  # label, gigamap seconds, PostGIS seconds, peak MB, verdict
  local ratio
  ratio=$(awk -v g="$2" -v p="$3" 'BEGIN { if (g > 0) printf "%.1f", p / g; else print "?" }')
  table_rows+=("$(printf '| %-12s | %9.2f s | %9.2f s | %6s× | %6s MB | %s |' \
    "$1" "$2" "$3" "$ratio" "$4" "$5")")
}
compare() {  # label, gigamap csv, PostGIS csv, key columns -> $verdict
  local out
  if out=$(python3 "$here/compare_csv.py" "$2" "$3" "$4"); then
    verdict="same"
  else
    verdict="DIFFERENT"
  fi
  verdicts+="  $1: $out"$'\n'
}
available() { "$cli" analyse "$1" --help > /dev/null 2>&1; }

echo "Analysis benchmark, scale $scale ($(basename "$project"): $(du -h "$project" | cut -f1))"
echo "  gigamap $("$cli" --version | cut -d' ' -f2), $("$pgbin/postgres" --version)," \
  "PostGIS $(psql_bench -At -c 'SELECT postgis_lib_version()'), $(nproc) cores"
echo "  PostgreSQL: shared_buffers 1GB, work_mem 64MB, jit $pg_jit, parallel workers per gather 2"
echo "  PostGIS loading (ogr2ogr, dates, GiST indexes, VACUUM ANALYZE): ${load_seconds} s (not timed)"
echo "  load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. coverage by ward
measure gigamap-coverage "$cli" analyse coverage "$project" --by ward --out "$g/coverage.csv" --quiet
gs=$seconds gm=$peak_mb
measure postgis-coverage bash -c "psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $port -U postgres \
  -d bench -v kind=ward -f '$here/postgis/coverage.sql' > '$p/coverage.csv'"
compare coverage "$g/coverage.csv" "$p/coverage.csv" code
record "coverage" "$gs" "$seconds" "$gm" "$verdict"

# 2. area gaps of one district
if available gaps; then
  measure gigamap-gaps "$cli" analyse gaps "$project" --district "$district" \
    --out "$g/gaps.gpkg" --json --quiet
  gs=$seconds gm=$peak_mb
  python3 - "$work/gigamap-gaps.stdout" "$g/gaps.csv" << 'EOF'
import json, sys
summary = json.load(open(sys.argv[1]))
with open(sys.argv[2], "w") as out:
    out.write("district,district_area_m2,covered_area_m2,gap_area_m2\n")
    out.write("{},{!r},{!r},{!r}\n".format(summary["district_code"], summary["district_area_m2"],
                                           summary["covered_area_m2"], summary["gap_area_m2"]))
EOF
  measure postgis-gaps bash -c "psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $port -U postgres \
    -d bench -v district=$district -f '$here/postgis/gaps.sql' > '$p/gaps.csv'"
  compare gaps "$g/gaps.csv" "$p/gaps.csv" district
  record "gaps" "$gs" "$seconds" "$gm" "$verdict"
else
  table_rows+=("| gaps         | (not in this build of gigamap-cli) |")
fi

# 3. nearest existing duct to each postcode below 100 % gigabit
measure gigamap-nearest "$cli" analyse nearest-duct "$project" --metric gigabit_pct --below 100 \
  --status existing --out "$g/nearest_duct.csv" --quiet
gs=$seconds gm=$peak_mb
measure postgis-nearest bash -c "psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $port -U postgres \
  -d bench -v metric=gigabit_pct -v below=100 -v status=existing \
  -f '$here/postgis/nearest_duct.sql' > '$p/nearest_duct.csv'"
compare nearest-duct "$g/nearest_duct.csv" "$p/nearest_duct.csv" postcode
record "nearest-duct" "$gs" "$seconds" "$gm" "$verdict"

# 4. One Dig: opportunities, conflicts, blocked digs
if available one-dig; then
  measure gigamap-one-dig "$cli" analyse one-dig "$project" --distance "$distance" \
    --out "$g/one-dig" --quiet
  gs=$seconds gm=$peak_mb
  mkdir -p "$p/one-dig"
  chmod 777 "$p/one-dig"
  measure postgis-one-dig bash -c "psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $port \
    -U postgres -d bench -v distance=$distance -v dir='$p/one-dig' -f '$here/postgis/one_dig.sql'"
  verdict_all=same
  compare one-dig/opportunities "$g/one-dig/opportunities.csv" "$p/one-dig/opportunities.csv" \
    work_reference_number,duct_ref
  [ "$verdict" = same ] || verdict_all=DIFFERENT
  compare one-dig/conflicts "$g/one-dig/conflicts.csv" "$p/one-dig/conflicts.csv" \
    work_reference_number_a,work_reference_number_b
  [ "$verdict" = same ] || verdict_all=DIFFERENT
  compare one-dig/blocked "$g/one-dig/blocked.csv" "$p/one-dig/blocked.csv" \
    duct_ref,usrn,restriction_start,restriction_end
  [ "$verdict" = same ] || verdict_all=DIFFERENT
  record "one-dig" "$gs" "$seconds" "$gm" "$verdict_all"
else
  table_rows+=("| one-dig      | (not in this build of gigamap-cli) |")
fi

echo "  load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| analysis     | gigamap-cli |     PostGIS | PostGIS / gigamap | gigamap peak memory | answers |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${table_rows[@]}"
echo
echo "Answers compared (gigamap vs PostGIS, numbers to 1e-6 or a relative 1e-9):"
printf '%s' "$verdicts"
if [ -n "${KEEP:-}" ]; then
  mkdir -p "$KEEP"
  cp -r "$g" "$p" "$KEEP/"
  echo "CSVs kept in $KEEP"
fi

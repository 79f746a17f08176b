#!/usr/bin/env bash
# A throwaway PostgreSQL + PostGIS cluster for the tests labelled `pg`.
#   pg_cluster.sh start DIR   initdb into DIR/data, serve on a Unix socket in DIR only
#                             (no TCP), create database gigamap_test with PostGIS
#   pg_cluster.sh stop DIR    stop it and remove DIR
# Run as root (as CI does), the server runs as the unprivileged `postgres` user.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?the cluster folder}
bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/initdb" ]; then
  echo "pg_cluster.sh: PostgreSQL 15 is not installed (bash packaging/install-deps.sh)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "$action" in
  start)
    stop
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres: "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # A test server: no TCP, no fsync (a crash of the machine loses a test run, nothing more).
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-k $dir -c listen_addresses= -c fsync=off -c full_page_writes=off -c max_connections=50" \
      >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h "$dir" -U postgres gigamap_test
    as_owner "$bin/psql" -h "$dir" -U postgres -d gigamap_test -q -v ON_ERROR_STOP=1 \
      -c "CREATE EXTENSION postgis"
    echo "pg_cluster.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') with PostGIS on $dir"
    ;;
  stop)
    stop
    ;;
  *)
    echo "pg_cluster.sh: start or stop, not '$action'" >&2
    exit 1
    ;;
esac

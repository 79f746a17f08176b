#!/usr/bin/env bash
# Builds the Lancaster sample project reproducibly.
# Usage: build-sample.sh GIGAMAP_CLI OUTPUT.sqlite
set -euo pipefail
cli=$1
out=$2
rm -f "$out" "$out-wal" "$out-shm"
"$cli" init "$out" --name "Lancaster district (sample)" --crs EPSG:27700

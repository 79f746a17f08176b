#!/usr/bin/env bash
# Installs every Debian 12 package gigamap needs to build, test and run.
# This is the single list of dependencies: README.md's commands and CI call it.
# Safe to run twice: packages already present are left alone and nothing is
# downloaded when nothing is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ca-certificates time file ccache
  # geo stack
  libgdal-dev gdal-bin libproj-dev proj-data libgeos-dev
  libsqlite3-dev sqlite3 libspatialite-dev libsqlite3-mod-spatialite
  # C++ libraries
  libtbb-dev libgmp-dev nlohmann-json3-dev libfmt-dev libcli11-dev libboost-graph-dev
  # PostgreSQL/PostGIS projects: the client library, and the server the tests start
  libpq-dev postgresql-15 postgresql-15-postgis-3
  # Qt 6 widgets application
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libgl-dev
  fonts-dejavu-core
  # tests and benchmarks; clang for the libFuzzer targets (packaging/fuzz.sh)
  libgtest-dev libgmock-dev libbenchmark-dev poppler-utils clang-14 libclang-rt-14-dev
  # the repository's formatting and static checks (packaging/lint.sh)
  clang-format clang-tidy
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "gigamap: all ${#packages[@]} build dependencies are installed."
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi

echo "gigamap: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "gigamap: dependencies installed."

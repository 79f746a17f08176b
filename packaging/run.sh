#!/usr/bin/env bash
# README's run command: installs what is missing, makes a release build, builds
# the Lancaster sample project if it is not there yet, and opens it: in the
# desktop application when there is a display and the application is built,
# otherwise prints the project summary.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash packaging/install-deps.sh

echo "== release build =="
cmake --workflow --preset release

bin="$root/build/release/app"
sample="$root/sample-data/lancaster.sqlite"
if [ ! -f "$sample" ]; then
  echo "== building the Lancaster sample project =="
  bash sample-data/build-sample.sh "$bin/cli/gigamap-cli" "$sample"
fi

if [ -x "$bin/gigamap" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec "$bin/gigamap" "$sample"
fi
if [ -x "$bin/gigamap" ]; then
  echo "No display (DISPLAY and WAYLAND_DISPLAY are unset): printing the project summary instead of opening the map."
else
  echo "The desktop application is not part of this build yet: printing the project summary."
fi
exec "$bin/cli/gigamap-cli" info "$sample"

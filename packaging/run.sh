#!/usr/bin/env bash
# README's run command: installs what is missing, makes a release build, builds
# the Lancaster sample project when it is missing or older than what makes it,
# and opens it: in the desktop application when there is a display and the
# application is built, otherwise prints the project summary.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash packaging/install-deps.sh

echo "== release build =="
cmake --workflow --preset release

build="$root/build/release"
sample="$root/sample-data/lancaster.sqlite"
cli="$build/app/cli/gigamap-cli"
stale() {
  [ ! -f "$sample" ] && return 0
  [ -n "$(find sample-data/build-sample.sh sample-data/sources "$cli" \
            "$build/sample-data/generator/gigamap-sample-generator" -newer "$sample" 2>/dev/null)" ]
}
if stale; then
  echo "== building the Lancaster sample project =="
  bash sample-data/build-sample.sh "$build" "$sample"
fi

if [ -x "$build/app/desktop/gigamap" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec "$build/app/desktop/gigamap" "$sample"
fi
if [ -x "$build/app/desktop/gigamap" ]; then
  echo "No display (DISPLAY and WAYLAND_DISPLAY are unset): printing the project summary instead of opening the map."
else
  echo "The desktop application is not part of this build yet: printing the project summary."
fi
exec "$cli" info "$sample"

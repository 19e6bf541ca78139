#!/usr/bin/env bash
# Run qgis_process headless against build/smaaby_plugin with a private profile.
# Usage: scripts/qgis_process.sh <qgis_process arguments>
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN=/usr/bin/qgis_process.bin
[ -x "$BIN" ] || BIN=$(command -v qgis_process)
SITE=$("$ROOT/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
export QT_QPA_PLATFORM=offscreen
export QGIS_PLUGINPATH="${QGIS_PLUGINPATH:-$ROOT/build}"
export QGIS_CUSTOM_CONFIG_PATH="${SMAABY_QGIS_PROFILE:-$ROOT/build/qgis-profile}"
# QGIS's embedded Python is Debian's; the venv adds shapely>=2 where Debian has 1.8.
export PYTHONPATH="$SITE${PYTHONPATH:+:$PYTHONPATH}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$QGIS_CUSTOM_CONFIG_PATH" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
if [ ! -f "$QGIS_CUSTOM_CONFIG_PATH/.smaaby-enabled" ]; then
  "$BIN" plugins enable smaaby_plugin >/dev/null 2>&1 || true   # exits 1 when already enabled
  touch "$QGIS_CUSTOM_CONFIG_PATH/.smaaby-enabled"
fi
exec "$BIN" "$@"

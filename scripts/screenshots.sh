#!/usr/bin/env bash
# Screenshots of the real QGIS desktop with the Småby plugin: the dock, a finished run,
# the print layout in the layout designer; in English and in Norwegian bokmål.
#
#   scripts/screenshots.sh [OUT_DIR]      (default docs/img; needs `make build` first)
#
# QGIS runs under xvfb-run with a private profile (QGIS_CUSTOM_CONFIG_PATH) in which
# only the plugin from build/ is enabled; scripts/screenshots_qgis.py drives it.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${1:-$ROOT/docs/img}"
WORK="$ROOT/build/screenshots"
PROFILE="$WORK/profile"
mkdir -p "$OUT" "$WORK"
rm -rf "$PROFILE"
mkdir -p "$PROFILE/profiles/default/QGIS"
# enable the plugin; no tips, news or first-run questions in the way
cat > "$PROFILE/profiles/default/QGIS/QGIS3.ini" <<'INI'
[PythonPlugins]
smaaby_plugin=true

[qgis]
checkVersion=false
showTips322=false
showTips=false
allowVersionCheck=false
newProjectDefault=false

[core]
NewsFeed\httpsfeedqgisorg\disabled=true

[app]
projections\defaultProjectCrs=EPSG:25833
projections\newProjectCrsBehavior=UsePresetCrs
INI

SAMPLE="$WORK/eksempelby.gpkg"
[ -f "$SAMPLE" ] || "$ROOT/.venv/bin/python" -m smaaby_plugin.core.eksempelby "$SAMPLE" \
  2>/dev/null || PYTHONPATH="$ROOT/build" "$ROOT/.venv/bin/python" \
  -m smaaby_plugin.core.eksempelby "$SAMPLE"

SITE=$("$ROOT/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
export QGIS_CUSTOM_CONFIG_PATH="$PROFILE"
export QGIS_PLUGINPATH="$ROOT/build"
export PYTHONPATH="$SITE${PYTHONPATH:+:$PYTHONPATH}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
export SMAABY_SHOTS="$OUT" SMAABY_SAMPLE="$SAMPLE" SMAABY_WORK="$WORK"

for lang in en nb; do
  echo "[screenshots] QGIS desktop, interface language $lang"
  SMAABY_TAG="$lang" timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" \
    qgis --nologo --noversioncheck --lang "$lang" --code "$ROOT/scripts/screenshots_qgis.py" \
    >"$WORK/qgis_$lang.out" 2>&1 || echo "[screenshots] QGIS exited with $? (see $WORK)"
  sed "s/^/  /" "$WORK/screenshots_$lang.log" 2>/dev/null || true
done
ls -l "$OUT"/*.png

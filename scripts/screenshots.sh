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
# a fresh private profile per language: only this plugin enabled; no tips, news or
# first-run questions in the way; the interface language chosen as in
# Settings › Options › General (the plugin's translator follows that setting)
write_profile() {
  rm -rf "$PROFILE"
  mkdir -p "$PROFILE/profiles/default/QGIS"
  cat > "$PROFILE/profiles/default/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
smaaby_plugin=true

[locale]
overrideFlag=true
userLocale=$1

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
}

SAMPLE="$WORK/eksempelby.gpkg"
[ -f "$SAMPLE" ] || "$ROOT/.venv/bin/python" -m smaaby_plugin.sample.eksempelby "$SAMPLE" \
  2>/dev/null || PYTHONPATH="$ROOT/build" "$ROOT/.venv/bin/python" \
  -m smaaby_plugin.sample.eksempelby "$SAMPLE"

SITE=$("$ROOT/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
export QGIS_CUSTOM_CONFIG_PATH="$PROFILE"
export QGIS_PLUGINPATH="$ROOT/build"
export PYTHONPATH="$SITE${PYTHONPATH:+:$PYTHONPATH}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
export SMAABY_SHOTS="$OUT" SMAABY_SAMPLE="$SAMPLE" SMAABY_WORK="$WORK"
# QGIS loads Debian's GEOS (3.11) before Python starts, and shapely 2's calls then bind
# to it while shapely believes its bundled 3.13 is there (to_wkb asks 3.11 for 4D WKB and
# fails). SMAABY_GEOS_PRELOAD=1 preloads shapely's bundled libgeos_c so that QGIS and
# shapely share one GEOS; see the report: the real fix belongs in smaaby_plugin/layers.py.
PRELOAD=()
if [ "${SMAABY_GEOS_PRELOAD:-0}" = "1" ]; then
  GEOS_C=$(ls "$SITE"/shapely.libs/libgeos_c-*.so.* 2>/dev/null | head -1 || true)
  if [ -n "$GEOS_C" ]; then
    PRELOAD=(env "LD_PRELOAD=$GEOS_C" "LD_LIBRARY_PATH=$SITE/shapely.libs")
    echo "[screenshots] QGIS runs with LD_PRELOAD=$GEOS_C"
  fi
fi

for lang in en nb; do
  echo "[screenshots] QGIS desktop, interface language $lang"
  write_profile "$lang"
  SMAABY_TAG="$lang" timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" \
    "${PRELOAD[@]}" qgis --nologo --noversioncheck --lang "$lang" --code "$ROOT/scripts/screenshots_qgis.py" \
    >"$WORK/qgis_$lang.out" 2>&1 || echo "[screenshots] QGIS exited with $? (see $WORK)"
  sed "s/^/  /" "$WORK/screenshots_$lang.log" 2>/dev/null || true
done
ls -l "$OUT"/*.png

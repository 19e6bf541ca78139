#!/usr/bin/env bash
# Idempotent set-up on Debian 12/13: QGIS from Debian, then a venv over Debian's Python.
# Prints each step; installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES="qgis python3-qgis qgis-providers python3-gdal gdal-bin xvfb xauth python3-venv
python3-pip python3-scipy python3-pandas python3-fiona poppler-utils qttools5-dev-tools make"

missing=""
for p in $DEB_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "[setup] installing Debian packages:$missing"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
else
  echo "[setup] Debian packages present (qgis $(dpkg-query -W -f='${Version}' qgis))"
fi

if [ ! -x .venv/bin/python ]; then
  echo "[setup] creating .venv (--system-site-packages over /usr/bin/python3)"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
# numpy stays Debian's: a newer one breaks Debian's pandas and the QGIS bindings.
numpy_version=$(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)')
echo "numpy==${numpy_version}" > .venv/constraints.txt
stamp=.venv/.requirements-$(cat requirements-dev.txt .venv/constraints.txt | md5sum | cut -c1-12)
if [ ! -f "$stamp" ]; then
  echo "[setup] installing Python packages into .venv (numpy pinned to ${numpy_version})"
  .venv/bin/pip install -q --disable-pip-version-check -c .venv/constraints.txt -r requirements-dev.txt
  rm -f .venv/.requirements-*; touch "$stamp"
else
  echo "[setup] .venv up to date"
fi

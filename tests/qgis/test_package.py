"""make package: a zip QGIS's "Install from ZIP" accepts, that qgis_process can load."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_package_zip_installs_and_loads(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build.py"), "zip", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    (archive,) = tmp_path.glob("smaaby_plugin-*.zip")
    with zipfile.ZipFile(archive) as z:
        names = z.namelist()
        z.extractall(tmp_path / "plugins")
    # one top folder holding metadata.txt and __init__.py, as QGIS's installer expects
    assert {n.split("/")[0] for n in names} == {"smaaby_plugin"}
    assert "smaaby_plugin/metadata.txt" in names and "smaaby_plugin/__init__.py" in names
    assert "smaaby_plugin/processing_algorithms/provider.py" in names
    assert not [
        n
        for n in names
        if "__pycache__" in n or n.endswith(".pyc") or "/tests/" in n or n.endswith(".ts")
    ]
    installed = tmp_path / "plugins" / "smaaby_plugin"
    assert not any(p.is_symlink() for p in installed.rglob("*"))  # real copies
    # qgis_process loads the installed copy, not build/
    env = dict(
        os.environ,
        QGIS_PLUGINPATH=str(tmp_path / "plugins"),
        SMAABY_QGIS_PROFILE=str(tmp_path / "profile"),
    )
    script = ROOT / "scripts" / "qgis_process.sh"
    listing = subprocess.run([str(script), "list"], capture_output=True, text=True, env=env)
    assert "smaaby:shapecompactness" in listing.stdout

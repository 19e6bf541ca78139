"""Assemble the deployable plugin folder, or the installable zip.

    python scripts/build.py link    build/smaaby_plugin/ from symbolic links (development)
    python scripts/build.py copy DIR real copies into DIR/smaaby_plugin/
    python scripts/build.py zip [DIR] dist/ (or DIR)/smaaby_plugin-<version>.zip (copies, no caches)

The deployed folder is smaaby_plugin/'s contents plus processing_algorithms/, forms/,
resources/ and metadata.txt beside them (DESIGN.md §2).
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRA = ["processing_algorithms", "forms", "resources", "metadata.txt"]
SKIP = {"__pycache__", ".pytest_cache", ".ruff_cache"}
SKIP_SUFFIX = {".pyc", ".pyo", ".ts"}


def entries() -> list[Path]:
    package = [p for p in sorted((ROOT / "smaaby_plugin").iterdir()) if p.name not in SKIP]
    return package + [ROOT / name for name in EXTRA]


def compile_translations() -> None:
    """Build resources/i18n/*.qm from the .ts files (lrelease from qttools5-dev-tools)."""
    tool = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if not Path(tool).exists():
            print(f"[build] lrelease not found, {qm.name} not built", file=sys.stderr)
            return
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"[build] compiled {qm.relative_to(ROOT)}")


def link(dest: Path) -> None:
    target = dest / "smaaby_plugin"
    target.mkdir(parents=True, exist_ok=True)
    wanted = {p.name: p for p in entries()}
    for existing in target.iterdir():  # drop links to files that are gone
        if existing.is_symlink() and existing.name not in wanted:
            existing.unlink()
    for name, src in wanted.items():
        link_path = target / name
        if link_path.is_symlink() or link_path.exists():
            if link_path.is_symlink() and os.readlink(link_path) == str(src):
                continue
            if link_path.is_dir() and not link_path.is_symlink():
                shutil.rmtree(link_path)
            else:
                link_path.unlink()
        link_path.symlink_to(src)
    print(f"[build] {target.relative_to(ROOT)} linked to the sources")


def _ignore(_dir, names):
    return [n for n in names if n in SKIP or Path(n).suffix in SKIP_SUFFIX]


def copy(dest: Path) -> Path:
    target = dest / "smaaby_plugin"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for src in entries():
        if src.is_dir():
            shutil.copytree(src, target / src.name, ignore=_ignore)
        else:
            shutil.copy2(src, target / src.name)
    return target


def version() -> str:
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    return meta["general"]["version"]


def make_zip(out_dir: Path | None = None) -> Path:
    staging = ROOT / "build" / "package"
    folder = copy(staging)
    out = (out_dir or ROOT / "dist") / f"smaaby_plugin-{version()}.zip"
    out.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, path.relative_to(staging))
    print(f"[package] wrote {out} ({out.stat().st_size // 1024} kB)")
    return out


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "link"
    compile_translations()
    if mode == "link":
        link(ROOT / "build")
    elif mode == "copy":
        print(f"[build] copied to {copy(Path(sys.argv[2]))}")
    elif mode == "zip":
        make_zip(Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    else:
        sys.exit(f"unknown mode {mode}")

"""The batch never imports QGIS, and nothing outside it imports dask (the plugin works
without dask)."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import smaaby_plugin
import smaaby_plugin.batch as batch

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(batch.__path__, prefix="smaaby_plugin.batch.")
)
ROOT = Path(smaaby_plugin.__file__).resolve().parent.parent


def test_modules_found():
    assert {"smaaby_plugin.batch.runner", "smaaby_plugin.batch.jobs"} <= set(MODULES)


@pytest.mark.parametrize("module", ["smaaby_plugin.batch", *MODULES])
def test_batch_module_imports_without_qgis(module):
    code = (
        f"import sys, {module}; "
        "bad = sorted(m for m in sys.modules if m == 'qgis' or m.startswith('qgis.')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(Path(smaaby_plugin.__file__).parent.parent)},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_nothing_outside_the_batch_imports_dask():
    files = [
        p
        for folder in ("smaaby_plugin", "processing_algorithms")
        for p in (ROOT / folder).rglob("*.py")
        if "batch" not in p.relative_to(ROOT).parts
    ]
    assert len(files) > 50
    offenders = [str(p) for p in files if _imports(p) & {"dask", "distributed"}]
    assert offenders == []
    # and the batch itself imports dask only inside the runner's functions
    assert not any(
        _imports(Path(batch.__path__[0]) / f) & {"dask", "distributed"}
        for f in ("__init__.py", "jobs.py", "io.py", "config.py", "__main__.py")
    )

"""core (and the sample generator) never import QGIS or an adapter, stay small, and their
docstring examples run."""

from __future__ import annotations

import ast
import doctest
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import smaaby_plugin.core as core
import smaaby_plugin.sample as sample

FAMILIES = ("landuse", "catchments", "centre")
PACKAGES = (core, sample)
MODULES = sorted(
    m.name
    for package in PACKAGES
    for m in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}.")
)
# What core may not import: QGIS, and every layer that talks to QGIS (adapters, dock,
# reports, the layer bridge).
FORBIDDEN = (
    "qgis",
    "smaaby_plugin.processing_algorithms",
    "smaaby_plugin.gui",
    "smaaby_plugin.report",
    "smaaby_plugin.layers",
    "smaaby_plugin.plugin",
)


def _source(module: str) -> Path:
    return Path(importlib.util.find_spec(module).origin)


def test_core_modules_found():
    assert "smaaby_plugin.core.errors" in MODULES
    for family in FAMILIES:
        assert any(m.startswith(f"smaaby_plugin.core.{family}.") for m in MODULES), family


@pytest.mark.parametrize("module", MODULES)
def test_core_module_imports_without_qgis(module):
    code = (
        f"import sys, {module}; "
        "bad = sorted(m for m in sys.modules if m == 'qgis' or m.startswith('qgis.')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": core.__path__[0].rsplit("/smaaby_plugin", 1)[0]},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("module", MODULES)
def test_core_imports_no_adapter(module):
    """Checked on the source, so an import inside a function counts too."""
    tree = ast.parse(_source(module).read_text(encoding="utf-8"))
    imported = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    bad = [name for name in imported for f in FORBIDDEN if name == f or name.startswith(f + ".")]
    assert not bad, f"{module} imports {bad}"


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith("smaaby_plugin.core")])
def test_core_module_under_800_lines(module):
    lines = len(_source(module).read_text(encoding="utf-8").splitlines())
    assert lines < 800, f"{module} has {lines} lines: split it by job"


@pytest.mark.parametrize("module", MODULES)
def test_core_docstring_examples(module):
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0

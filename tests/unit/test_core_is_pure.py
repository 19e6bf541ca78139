"""core never imports QGIS, and its docstring examples run."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import subprocess
import sys

import pytest

import smaaby_plugin.core as core

MODULES = sorted(f"smaaby_plugin.core.{m.name}" for m in pkgutil.iter_modules(core.__path__))


def test_core_modules_found():
    assert "smaaby_plugin.core.errors" in MODULES


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
def test_core_docstring_examples(module):
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0

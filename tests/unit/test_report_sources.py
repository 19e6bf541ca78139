"""What the town profile and the catalogue of result kinds share has one source: the bar
colours of land-use classes (report.styles.class_colours) and the printed form of a key
figure (report.chart.format_value). Read from the sources, so no QGIS is needed."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "smaaby_plugin" / "report"
# every module that talks to the user through layouts: the report side and the adapters
SOURCES = sorted(REPORT.rglob("*.py")) + sorted((ROOT / "processing_algorithms").rglob("*.py"))


def _imported(path: Path) -> dict[str, str]:
    """Local name -> the module it is imported from."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        alias.asname or alias.name: node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }


def _functions(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]


def _names(node) -> set[str]:
    """Attributes used in ``node``, also through getattr(x, "name")."""
    return {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)} | {
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def test_the_town_profile_and_the_catalogue_take_class_colours_from_styles():
    town = _imported(REPORT / "town_profile.py")
    landuse = _imported(REPORT / "catalog" / "landuse.py")
    assert town["class_colours"] == landuse["class_colours"] == "smaaby_plugin.report.styles"
    defined = [
        (path.relative_to(ROOT).as_posix(), f.name)
        for path in SOURCES
        for f in _functions(path)
        if "class_colours" in f.name
    ]
    assert defined == [("smaaby_plugin/report/styles.py", "class_colours")]


def test_only_styles_reads_the_colours_of_a_categorized_style():
    # a function that walks a renderer's categories and reads their colours
    readers = [
        (path.relative_to(ROOT).as_posix(), f.name)
        for path in SOURCES
        for f in _functions(path)
        if {"categories", "color"} <= _names(f)
    ]
    assert readers == [("smaaby_plugin/report/styles.py", "class_colours")]


def test_key_figures_are_printed_by_one_function():
    town = _imported(REPORT / "town_profile.py")
    users = [REPORT / "catalog" / f"{name}.py" for name in ("landuse", "catchments", "centre")]
    assert town["format_value"] == "smaaby_plugin.report.chart"
    assert all(_imported(p)["format_value"] == "smaaby_plugin.report.chart" for p in users)
    copies = [
        (path.relative_to(ROOT).as_posix(), f.name)
        for path in SOURCES
        for f in _functions(path)
        if f.name in ("_fmt", "_value_text")
    ]
    assert copies == []

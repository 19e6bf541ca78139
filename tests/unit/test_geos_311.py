"""Inside QGIS, shapely's calls go to the GEOS QGIS loaded (3.11 on Debian 12): the plugin
(the sample generator included, which the Småby menu runs inside QGIS) calls no shapely
function that needs a newer GEOS. ``contains_xy`` crashed QGIS desktop on loading the
sample."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# shapely functions that need GEOS >= 3.12
NEWER = (
    "contains_xy",
    "intersects_xy",
    "coverage_invalid_edges",
    "coverage_simplify",
    "disjoint_subset_union",
    "orient_polygons",
    "has_m",
    "get_m",
)


def test_no_shapely_function_newer_than_geos_311():
    pattern = re.compile(r"shapely\.(" + "|".join(NEWER) + r")\(")
    found = [
        f"{path.relative_to(ROOT)}:{i}: {line.strip()}"
        for folder in ("smaaby_plugin", "processing_algorithms")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line) and not line.lstrip().startswith(("#", '"""', "``"))
    ]
    assert not found, "\n".join(found)

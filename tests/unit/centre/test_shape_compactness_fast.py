"""core.centre.shape_compactness: point-in-shape by contains_xy (GEOS >= 3.12) gives the
same grid samples, and so the same twelve indices, as contains(prepared, points), the
path kept for older GEOS: on town-like polygons with holes and second parts, and on
hypothesis polygons."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from smaaby_plugin.core.centre import shape_compactness as sc

pytestmark = pytest.mark.skipif(
    shapely.geos_version < (3, 12, 0), reason="contains_xy's prepared form needs GEOS 3.12"
)


def _both(monkeypatch, geoms, **kwargs):
    fast = sc.compactness(geoms, **kwargs)
    with monkeypatch.context() as m:
        m.setattr(sc.shapely, "geos_version", (3, 11, 0))
        slow = sc.compactness(geoms, **kwargs)
    return fast, slow


def _towns(n, seed=5):
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        k = int(rng.integers(20, 60))
        t = np.linspace(0, 2 * np.pi, k, endpoint=False)
        r = 500 * (1 + 0.3 * np.cos(3 * t + rng.uniform(0, 6)) + 0.1 * np.sin(5 * t))
        x0, y0 = rng.uniform(2e5, 9e5), rng.uniform(6.5e6, 7.8e6)  # UTM-sized
        shell = np.c_[x0 + r * np.cos(t), y0 + r * np.sin(t)]
        holes = [np.c_[x0 + 100 * np.cos(t[::3]), y0 + 100 * np.sin(t[::3])]] if i % 4 == 1 else []
        poly = shapely.Polygon(shell, holes)
        if i % 5 == 2:
            poly = shapely.MultiPolygon([poly, shapely.box(x0 + 2000, y0, x0 + 2300, y0 + 80)])
        out.append(poly)
    return np.array(out, dtype=object)


def test_towns_same_indices(monkeypatch):
    fast, slow = _both(monkeypatch, _towns(60))
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(st.floats(-50, 50), st.floats(-50, 50)), min_size=3, max_size=12),
    st.integers(1, 500),
)
def test_random_polygons_same_sampled_indices(monkeypatch, coords, points):
    poly = shapely.make_valid(shapely.Polygon(coords))
    assume(shapely.get_type_id(poly) in (3, 6) and poly.area > 1e-6)
    geoms = np.array([poly, shapely.box(0, 0, 3, 1)], dtype=object)
    fast, slow = _both(monkeypatch, geoms, indices=["cohesion", "depth"], sample_points=points)
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)

"""core.centre.shape_compactness, vectorised sampling (core/centre/_sampling.py) against the
path it replaces (tests/unit/centre/_shape_compactness_reference.py: GEOS contains on point
objects, shortest_line / distance per point, scipy's pdist per shape).

The same grid, weights and rules are used, so the sampled indices agree to rounding
(1e-8 relative, far below their stated sampling error of 0.1-0.2 %) and the exact indices
are identical. Checked on real shapes (the 357 kommuner of 2024, Ås N50 land cover), on
town-like polygons with holes and second parts, and on hypothesis polygons; the kernels
against shapely on their own.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import fiona
import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from scipy.spatial.distance import pdist

from smaaby_plugin.core.centre import _sampling
from smaaby_plugin.core.centre import shape_compactness as sc

_spec = importlib.util.spec_from_file_location(
    "_shape_compactness_reference", Path(__file__).with_name("_shape_compactness_reference.py")
)
_reference = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_reference)
reference_compactness = _reference.compactness

SAMPLED_RTOL = 1e-8  # rounding only: the same samples, summed in another order


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


def _read(path, layer=None):
    with fiona.open(path, layer=layer) as src:
        return np.array([shapely.geometry.shape(f["geometry"]) for f in src], dtype=object)


def _same(geoms, **kwargs):
    fast = sc.compactness(geoms, **kwargs)
    slow = reference_compactness(geoms, **kwargs)
    assert list(fast.columns) == list(slow.columns)
    for key in fast.columns:
        a, b = fast[key].to_numpy(), slow[key].to_numpy()
        np.testing.assert_array_equal(np.isnan(a), np.isnan(b), err_msg=key)
        if key in ("cohesion", "depth"):
            np.testing.assert_allclose(a, b, rtol=SAMPLED_RTOL, atol=0, err_msg=key)
        else:
            np.testing.assert_array_equal(a, b, err_msg=key)
    return fast


def test_towns_same_indices():
    _same(_towns(60))


def test_kommuner_same_indices(shared_data):
    # Real outlines: fjords, islands (multi-part), thousands of vertices.
    geoms = _read(shared_data / "norge" / "kommuner2024_25833.gpkg")
    table = _same(geoms, indices=["cohesion", "depth"])
    assert table.notna().all().all()


def test_aas_land_cover_same_sampled_indices(shared_data):
    # Thin, ragged polygons (rivers, roads) use the refinements and coarse grids.
    geoms = _read(shared_data / "aas" / "ArealdekkeN50.gpkg")
    _same(geoms, indices=["cohesion", "depth"], sample_points=100)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.floats(-50, 50), st.floats(-50, 50)), min_size=3, max_size=12),
    st.integers(1, 500),
)
def test_random_polygons_same_sampled_indices(coords, points):
    poly = shapely.make_valid(shapely.Polygon(coords))
    assume(shapely.get_type_id(poly) in (3, 6) and poly.area > 1e-6)
    geoms = np.array([poly, shapely.box(0, 0, 3, 1)], dtype=object)
    _same(geoms, indices=["cohesion", "depth"], sample_points=points)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.tuples(st.floats(0, 20), st.floats(0, 20)), min_size=3, max_size=15),
    st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), min_size=1, max_size=40),
)
def test_lattice_inside_and_nearest_segments_against_shapely(coords, nodes):
    poly = shapely.make_valid(shapely.Polygon(coords))
    assume(shapely.get_type_id(poly) in (3, 6) and poly.area > 1e-3)
    nodes = np.unique(np.array(nodes), axis=0)
    a, b, _, _ = sc._segments(np.array([poly]))
    inside = _sampling.lattice_inside(
        a[:, 0], a[:, 1], b[:, 0], b[:, 1], np.zeros(len(a), int), np.array([21]), np.array([21])
    ).reshape(21, 21)
    pts = shapely.points(nodes.astype(float))
    boundary = shapely.boundary(poly)
    dist = shapely.distance(pts, boundary)
    clear = dist > 1e-9  # on the boundary either answer is right
    expect = shapely.contains(poly, pts)
    got = inside[nodes[:, 1], nodes[:, 0]]
    np.testing.assert_array_equal(got[clear], expect[clear])
    d, fx, fy = _sampling.nearest_segments(
        nodes[:, 0], nodes[:, 1], np.zeros(len(nodes), int),
        a[:, 0], a[:, 1], b[:, 0], b[:, 1], np.zeros(len(a), int), 1,
    )  # fmt: skip
    np.testing.assert_allclose(d, dist, rtol=1e-12, atol=1e-12)
    # The foot lies on the boundary, at that distance.
    feet = shapely.points(np.c_[fx, fy])
    np.testing.assert_allclose(shapely.distance(feet, boundary), 0, atol=1e-9)
    np.testing.assert_allclose(np.hypot(fx - nodes[:, 0], fy - nodes[:, 1]), dist, atol=1e-9)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_lattice_distance_sums_against_pdist(seed):
    rng = np.random.default_rng(seed)
    nx, ny = rng.integers(1, 40, 5), rng.integers(1, 40, 5)
    cols, rows, owners, expect = [], [], [], []
    for i, (w, h) in enumerate(zip(nx, ny)):
        cells = np.flatnonzero(rng.random(w * h) < 0.6)
        c, r = cells % w, cells // w
        cols.append(c)
        rows.append(r)
        owners.append(np.full(len(c), i))
        expect.append(2 * pdist(np.c_[c, r]).sum() if len(c) > 1 else 0.0)
    got = _sampling.lattice_distance_sums(
        np.concatenate(cols), np.concatenate(rows), np.concatenate(owners), nx, ny
    )
    np.testing.assert_allclose(got, expect, rtol=1e-12)

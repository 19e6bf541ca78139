"""core.overlaps with GEOS >= 3.13: the interiors test (relate) on pairs of any size finds
exactly the overlaps the intersection-only path found for large pairs (the path GEOS < 3.13
keeps), on Ås N50 and on random overlapping and tiling polygons."""

from __future__ import annotations

import json

import fiona
import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smaaby_plugin.core import overlaps


def _both(monkeypatch, geoms, min_area=0.0):
    """find_overlaps with relate for every pair, and with the intersection for pairs over
    256 vertices (the path before GEOS 3.13)."""
    monkeypatch.setattr(overlaps, "_RELATE_MAX_VERTICES", np.iinfo(np.int64).max)
    fast = overlaps.find_overlaps(geoms, min_area)
    monkeypatch.setattr(overlaps, "_RELATE_MAX_VERTICES", 256)
    slow = overlaps.find_overlaps(geoms, min_area)
    return fast, slow


def _same(fast, slow):
    assert fast.pairs["i"].tolist() == slow.pairs["i"].tolist()
    assert fast.pairs["j"].tolist() == slow.pairs["j"].tolist()
    np.testing.assert_allclose(fast.pairs["area"], slow.pairs["area"], rtol=1e-12, atol=0)
    assert fast.overlap_area == pytest.approx(slow.overlap_area, rel=1e-12, abs=1e-9)
    assert fast.excess_area == pytest.approx(slow.excess_area, rel=1e-12, abs=1e-9)


def test_aas_n50_has_no_overlaps_by_either_path(shared_data, monkeypatch):
    with fiona.open(shared_data / "aas" / "ArealdekkeN50.gpkg") as src:
        geoms = shapely.from_geojson([json.dumps(f["geometry"].__geo_interface__) for f in src])
    geoms = shapely.make_valid(geoms)
    fast, slow = _both(monkeypatch, geoms)
    _same(fast, slow)
    assert fast.n_pairs == 0
    # shift one detailed polygon by 1 m: it overlaps its neighbours, found by both paths
    big = int(np.argmax(shapely.get_num_coordinates(geoms)))
    moved = geoms.copy()
    moved[big] = shapely.transform(geoms[big], lambda xy: xy + 1.0)
    fast, slow = _both(monkeypatch, moved)
    _same(fast, slow)
    assert fast.n_pairs > 0 and big in fast.features


def _ring(cx, cy, r, n, wobble):
    a = np.linspace(0, 2 * np.pi, n, endpoint=False)
    rr = r * (1 + wobble * np.sin(7 * a))
    return shapely.polygons(np.c_[cx + rr * np.cos(a), cy + rr * np.sin(a)])


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.floats(0, 100),
            st.floats(0, 100),
            st.floats(1, 30),
            st.integers(3, 400),
            st.floats(0, 0.3),
        ),
        min_size=2,
        max_size=12,
    ),
    st.booleans(),
)
def test_random_polygons_same_overlaps(monkeypatch, discs, tile):
    geoms = np.array([_ring(*d) for d in discs], dtype=object)
    geoms = shapely.make_valid(geoms)
    if tile:  # a tiling: the rim pairs share edges exactly and never overlap
        geoms = shapely.get_parts(
            shapely.voronoi_polygons(
                shapely.multipoints(shapely.centroid(geoms)),
                extend_to=shapely.box(-50, -50, 150, 150),
            )
        )
        geoms = shapely.intersection(geoms, shapely.box(-50, -50, 150, 150))
    fast, slow = _both(monkeypatch, geoms)
    _same(fast, slow)

"""The quadtree polygons of service_area_polygons against the tiled path they replaced
(tests/unit/catchments/_service_areas_reference.py) and the plain union of buffers: the
same area to 1e-6 relative and a symmetric difference below 1e-6 of the area, on the
Hamar network and on random networks."""

import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import LineString

from smaaby_plugin.core.catchments.network import build_graph
from smaaby_plugin.core.catchments.service_areas import service_area_polygons

from ._service_areas_reference import reference_polygons


def _same(new, old):
    (t1, p1), (t0, p0) = new, old
    pd.testing.assert_frame_equal(t1.reset_index(drop=True), t0.reset_index(drop=True))
    a0 = shapely.area(p0)
    assert np.all(np.abs(shapely.area(p1) - a0) <= 1e-6 * a0 + 1e-9)
    diff = shapely.area(shapely.symmetric_difference(p1, p0))
    assert np.all(diff <= 1e-6 * a0 + 1e-9)


def test_hamar_same_polygons(shared_data):
    fiona = pytest.importorskip("fiona")
    path = shared_data / "hamar" / "hamar_0403_fkbvegnett_2017.gpkg"
    with fiona.open(path, layer="veglenke") as src:
        lines = shapely.from_wkb([shapely.geometry.shape(f["geometry"]).wkb for f in src])
    net = build_graph(lines)
    rng = np.random.default_rng(15)
    picks = rng.choice(len(net.lines), 40, replace=False)
    centres = shapely.line_interpolate_point(net.lines[picks], 0.5, normalized=True)
    sa = net.service_area(net.attach(centres), [500.0, 1200.0, 2000.0])
    for buffer in (100.0, 25.0):
        new = service_area_polygons(sa.pieces, sa.geometry, 3, buffer, links=net.lines)
        old = reference_polygons(sa.pieces, sa.geometry, 3, buffer, links=net.lines)
        _same(new, old)
    # and the plain union of the buffers of every piece of one source within 2000 m
    t, p = new
    sel = (sa.pieces["source"] == 0).to_numpy()
    ref = shapely.union_all(shapely.buffer(sa.geometry[sel], 25.0, quad_segs=4))
    got = p[((t["source"] == 0) & (t["band"] == 2)).to_numpy()][0]
    assert shapely.area(shapely.symmetric_difference(got, ref)) < 1e-6 * ref.area


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n_lines=st.integers(2, 60),
    n_src=st.integers(1, 4),
    buffer=st.sampled_from([3.0, 20.0, 80.0]),
    tile=st.sampled_from([None, 5.0, 40.0]),
)
def test_random_networks_same_polygons(seed, n_lines, n_src, buffer, tile):
    rng = np.random.default_rng(seed)
    # a jittered grid, so that links meet and the search reaches many of them
    xy = np.round(rng.uniform(0, 400, (n_lines, 2)) / 50) * 50
    d = rng.choice([[50.0, 0.0], [0.0, 50.0], [50.0, 50.0]], n_lines)
    lines = np.array([LineString([a, a + b]) for a, b in zip(xy, d)], dtype=object)
    net = build_graph(lines)
    src = net.attach(shapely.points(rng.uniform(0, 400, (n_src, 2))))
    thresholds = np.sort(rng.uniform(10, 400, 2))
    sa = net.service_area(src, thresholds)
    new = service_area_polygons(sa.pieces, sa.geometry, 2, buffer, links=net.lines, tile_size=tile)
    old = reference_polygons(sa.pieces, sa.geometry, 2, buffer, links=net.lines)
    _same(new, old)
    plain = service_area_polygons(sa.pieces, sa.geometry, 2, buffer)
    _same(new, plain)

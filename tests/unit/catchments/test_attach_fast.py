"""Network.attach's bounded nearest-link search gives exactly what the nearest-neighbour
walk of the STRtree (``query_nearest(all_matches=True)``, ties to the lowest link) gave:
on the Hamar road network and on random networks, with points on junctions and vertices
(exact ties), far points, one-way and closed links, and snapping limits."""

from __future__ import annotations

import fiona
import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from smaaby_plugin.core.catchments.network import build_graph


def _both(net, pts, **kwargs):
    """(bounded search, tree walk) attachments of the same points."""
    fast = net.attach(pts, **kwargs)
    assert net._link_index is not None
    index, net._link_index = net._link_index, None
    try:
        slow = net.attach(pts, **kwargs)
    finally:
        net._link_index = index
    return fast, slow


def _same(fast, slow):
    np.testing.assert_array_equal(fast.link, slow.link)
    np.testing.assert_array_equal(fast.position, slow.position)
    np.testing.assert_array_equal(fast.distance, slow.distance)
    np.testing.assert_array_equal(fast.access_cost, slow.access_cost)


def _points(rng, lines, n, pad):
    x0, y0, x1, y1 = shapely.total_bounds(lines)
    free = shapely.points(rng.uniform(x0 - pad, x1 + pad, n), rng.uniform(y0 - pad, y1 + pad, n))
    coords = shapely.get_coordinates(lines)
    on_vertex = shapely.points(coords[rng.integers(0, len(coords), n // 4)])
    mid = shapely.line_interpolate_point(
        lines[rng.integers(0, len(lines), n // 4)], 0.5, normalized=True
    )
    return np.concatenate([free, on_vertex, mid, [None, shapely.Point()]])


@pytest.mark.parametrize("max_snap", [None, 500.0, 25.0, 0.0])
def test_hamar_same_links(shared_data, max_snap):
    path = shared_data / "hamar" / "hamar_0403_fkbvegnett_2017.gpkg"
    with fiona.open(path, layer="veglenke") as src:
        lines = shapely.from_wkb([shapely.geometry.shape(f["geometry"]).wkb for f in src])
    rng = np.random.default_rng(3)
    forward = rng.random(len(lines)) > 0.05
    backward = ~forward | (rng.random(len(lines)) > 0.05)
    forward[:50] = backward[:50] = False  # closed links are never attached to
    net = build_graph(lines, forward=forward, backward=backward)
    pts = _points(rng, net.lines, 20_000, 2_000.0)
    fast, slow = _both(net, pts, max_snap=max_snap)
    _same(fast, slow)
    assert fast.attached.sum() > (100 if max_snap == 0.0 else 10_000)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n_lines=st.integers(1, 40),
    grid=st.booleans(),
    max_snap=st.sampled_from([None, 0.0, 3.0, 50.0]),
)
def test_random_networks_same_links(seed, n_lines, grid, max_snap):
    rng = np.random.default_rng(seed)
    if grid:  # integer coordinates: many exact ties
        xy = rng.integers(0, 6, size=(n_lines, 3, 2)).astype(float)
    else:
        xy = rng.uniform(0, 100, size=(n_lines, 3, 2))
    lines = shapely.linestrings(xy)
    lines = lines[shapely.length(lines) > 0]
    if len(lines) == 0:
        return
    net = build_graph(lines, snap_tolerance=0.0)
    pts = _points(rng, net.lines, 60, 20.0)
    if grid:
        pts = np.concatenate([pts, shapely.points(rng.integers(-1, 7, size=(30, 2)) * 0.5)])
    fast, slow = _both(net, pts, max_snap=max_snap)
    _same(fast, slow)

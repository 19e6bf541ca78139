"""Service-area lines, polygons and population reached
(smaaby_plugin.core.catchments.service_areas), checked by hand and against plain GEOS."""

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely import LineString

from smaaby_plugin.core.catchments.network import build_graph
from smaaby_plugin.core.catchments.service_areas import (
    band_lines,
    population_reached,
    service_area_polygons,
)
from smaaby_plugin.core.errors import Cancelled, InputError
from smaaby_plugin.core.progress import cancel_after


def grid(n=8, step=100.0):
    segs = []
    for i in range(n):
        for j in range(n):
            if i < n - 1:
                segs.append(LineString([(i * step, j * step), ((i + 1) * step, j * step)]))
            if j < n - 1:
                segs.append(LineString([(i * step, j * step), (i * step, (j + 1) * step)]))
    return np.array(segs, dtype=object)


def test_tiled_polygons_equal_the_plain_union_of_buffers():
    net = build_graph(grid())
    src = net.attach(shapely.points([(130, 240), (520, 610), (700, 0)]))
    sa = net.service_area(src, [150, 320, 500])
    for tile in (60.0, 150.0, 400.0):
        t1, p1 = service_area_polygons(
            sa.pieces, sa.geometry, 3, 25.0, links=net.lines, tile_size=tile
        )
        t0, p0 = service_area_polygons(sa.pieces, sa.geometry, 3, 25.0)
        pd.testing.assert_frame_equal(t1[["source", "band"]], t0[["source", "band"]])
        # the same set, up to GEOS's rounding of buffer arcs at piece joints
        diff = shapely.area(shapely.symmetric_difference(p1, p0))
        assert np.all(diff < 1e-6 * shapely.area(p0) + 1.0)
    # reference independent of our grouping: buffer every piece of source 0 within 320
    p = sa.pieces
    sel = (p["source"] == 0) & (p["band"] <= 1)
    ref = shapely.union_all(shapely.buffer(sa.geometry[sel.to_numpy()], 25.0, quad_segs=4))
    got = p1[(t1["source"] == 0).to_numpy() & (t1["band"] == 1).to_numpy()][0]
    assert shapely.area(shapely.symmetric_difference(got, ref)) < 1e-6 * ref.area + 1.0
    # cumulative thresholds: every polygon contains the one of the smaller threshold
    for s in range(3):
        rows = np.flatnonzero(t1["source"].to_numpy() == s)
        for a, b in zip(rows[:-1], rows[1:]):
            assert shapely.area(shapely.difference(p1[a], p1[b])) < 1e-6 * p1[a].area + 1.0


def test_band_lines_lengths_add_up():
    net = build_graph(grid(5))
    sa = net.service_area(net.attach(shapely.points([(0, 0)])), [120, 250])
    table, lines = band_lines(sa.pieces, sa.geometry)
    assert table["length_m"].tolist() == pytest.approx(shapely.length(lines).tolist())
    # by hand on a 100 m grid from a corner: within 120 m the two first links and 20 m
    # onwards on two links from each of their ends, 2 x 100 + 4 x 20 = 280 m; within 250 m
    # the six links up to the three nodes at cost 200 (600 m) and 50 m onwards on two
    # links from each of those nodes (300 m): 900 m, so 620 m in band 1
    assert table["length_m"].tolist() == pytest.approx([280, 620])
    assert table["cost_max"].iloc[0] == pytest.approx(120)
    assert table["cost_min"].iloc[1] == pytest.approx(120)


def test_population_reached():
    tc = np.array([[0.5, 1.5, np.inf, 2.0], [3.0, 1.0, 1.0, np.inf]])
    pop = np.array([1.0, 2.0, 4.0, 8.0])
    assert population_reached(tc, pop, np.array([1.0, 2.0])).tolist() == [[1, 11], [6, 6]]


def test_bad_buffer():
    with pytest.raises(InputError):
        one = pd.DataFrame({"source": [0], "band": [0], "start": [0.0], "end": [1.0]})
        service_area_polygons(one, np.array([LineString([(0, 0), (1, 0)])]), 1, 0.0)


def test_polygons_in_chunks_are_the_same_and_cancel():
    """The polygons are built in chunks of buffers and unions (so a cancel takes effect
    between them); the chunks change nothing, and a cancel stops with Cancelled."""
    net = build_graph(grid(12))
    src = net.attach(shapely.points(np.random.default_rng(1).uniform(0, 1100, (40, 2))))
    sa = net.service_area(src, [150, 320])
    for links in (None, net.lines):
        seen = []
        t1, p1 = service_area_polygons(sa.pieces, sa.geometry, 2, 25.0, links=links)
        t2, p2 = service_area_polygons(
            sa.pieces, sa.geometry, 2, 25.0, links=links, progress=seen.append
        )
        pd.testing.assert_frame_equal(t1, t2)
        assert np.array_equal(shapely.to_wkb(p1), shapely.to_wkb(p2))
        assert len(seen) > 2 and seen == sorted(seen) and seen[-1] == 1.0
        for calls in (1, 3):
            with pytest.raises(Cancelled):
                service_area_polygons(
                    sa.pieces, sa.geometry, 2, 25.0, links=links, progress=cancel_after(calls)
                )

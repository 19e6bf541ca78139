"""Areas and tables from network results, checked by hand and against plain GEOS."""

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely import LineString

from smaaby_plugin.core.catchments.network import build_graph
from smaaby_plugin.core.catchments.network_areas import (
    allocation_summary,
    band_lines,
    catchment_polygons,
    od_lines,
    population_reached,
    service_area_polygons,
    weighted_median,
)
from smaaby_plugin.core.errors import InputError


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


def test_population_reached_and_weighted_median():
    tc = np.array([[0.5, 1.5, np.inf, 2.0], [3.0, 1.0, 1.0, np.inf]])
    pop = np.array([1.0, 2.0, 4.0, 8.0])
    assert population_reached(tc, pop, np.array([1.0, 2.0])).tolist() == [[1, 11], [6, 6]]
    assert weighted_median(np.array([5.0, 1.0, 3.0]), np.array([1.0, 1.0, 1.0])) == 3.0
    # half of 10 is reached at the value with cumulative weight 5: 2.0
    assert weighted_median(np.array([1.0, 2.0, 9.0]), np.array([4.0, 1.0, 5.0])) == 2.0
    assert np.isnan(weighted_median(np.array([1.0]), np.array([0.0])))


def test_allocation_summary_by_hand():
    s = allocation_summary(
        np.array([1, 1, 1, 0, -1]),
        np.array([10.0, 20.0, 40.0, 5.0, 1.0]),
        np.array([1.0, 1.0, 2.0, 6.0, 100.0]),
        3,
    )
    assert s["n_features"].tolist() == [1, 3, 0]
    assert s["population"].tolist() == [6, 4, 0]
    assert s["share"].tolist() == pytest.approx([0.6, 0.4, 0.0])
    assert s["mean_cost"].iloc[1] == pytest.approx((10 + 20 + 80) / 4)
    assert s["median_cost"].iloc[1] == 20.0
    assert np.isnan(s["mean_cost"].iloc[2])


def test_point_catchments_partition():
    rng = np.random.default_rng(4)
    pts = shapely.points(rng.uniform(0, 1000, (300, 2)))
    centre = rng.integers(-1, 4, 300)
    polys, area = catchment_polygons(pts, centre, 4, point_radius=80.0)
    # no overlaps between centres
    for i in range(4):
        for j in range(i + 1, 4):
            assert shapely.area(shapely.intersection(polys[i], polys[j])) < 1e-6
    # each allocated point lies in its own centre's area and in no other
    inside = np.array([[shapely.covers(polys[c], p) for c in range(4)] for p in pts])
    ok = centre >= 0
    assert np.all(inside[ok, centre[ok]])
    assert np.all(inside[ok].sum(axis=1) == 1)
    # unallocated points are outside every catchment (their own cell is left out)
    assert not inside[~ok].any()
    assert area.tolist() == pytest.approx(shapely.area(polys).tolist())
    # all cells together (allocated or not) cover every 80 m disc cut by its neighbours:
    # the union of all discs
    all_cells, _ = catchment_polygons(pts, np.zeros(300, int), 1, point_radius=80.0)
    discs = shapely.union_all(shapely.buffer(pts, 80.0))
    assert shapely.area(shapely.symmetric_difference(all_cells[0], discs)) < 1e-3 * discs.area


def test_polygon_catchments_dissolve_cells():
    cells = np.array([shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1), shapely.box(5, 5, 6, 6)])
    polys, area = catchment_polygons(cells, np.array([0, 0, -1]), 2)
    assert area.tolist() == [2.0, 0.0]
    assert shapely.equals(polys[0], shapely.box(0, 0, 2, 1))


def test_od_lines_and_bad_buffer():
    o = shapely.points([(0, 0), (10, 0)])
    d = np.array([shapely.box(0, 10, 2, 12)])  # a polygon counts by a point inside it
    lines, dist = od_lines(o, d, np.array([0, 1]), np.array([0, 0]))
    assert dist.tolist() == pytest.approx([np.hypot(1, 11), np.hypot(9, 11)])
    assert shapely.get_num_points(lines).tolist() == [2, 2]
    with pytest.raises(InputError):
        one = pd.DataFrame({"source": [0], "band": [0], "start": [0.0], "end": [1.0]})
        service_area_polygons(one, np.array([LineString([(0, 0), (1, 0)])]), 1, 0.0)

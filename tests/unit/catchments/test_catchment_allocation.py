"""Nearest-centre catchment polygons and the allocation summary
(smaaby_plugin.core.catchments.catchment_allocation), by hand."""

import numpy as np
import pytest
import shapely

from smaaby_plugin.core.catchments.catchment_allocation import (
    allocation_summary,
    catchment_polygons,
    weighted_median,
)


def test_weighted_median():
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

"""core.polygons.convex_quadrilaterals, the shortcut of the reader's validity check: every
polygon it passes is valid by GEOS, it passes the SSB cells, and the repair step gives the
same geometries and counts as checking every polygon with GEOS."""

from __future__ import annotations

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from smaaby_plugin.core.polygons import convex_quadrilaterals, usable_geometries

# small integer corners: repeated, collinear and crossing corners come up often
corner = st.tuples(st.integers(-3, 3), st.integers(-3, 3))


def _polygons(rings) -> np.ndarray:
    out = np.empty(len(rings), dtype=object)
    out[:] = [shapely.Polygon(list(r) + [r[0]]) for r in rings]
    return out


def _reference(geometry, repair=True, polygonal=True):
    """The repair step with GEOS's is_valid on every geometry (the path it replaces)."""
    geometry = np.asarray(geometry, dtype=object)
    usable = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    invalid = usable & ~shapely.is_valid(geometry)
    geometry = geometry.copy()
    if invalid.any():
        fixed = shapely.make_valid(geometry[invalid])
        parts = shapely.get_parts(fixed, return_index=True)
        keep = np.isin(shapely.get_type_id(parts[0]), (3, 6))
        poly = np.full(len(fixed), None, dtype=object)
        for i in np.unique(parts[1][keep]):
            poly[i] = shapely.union_all(parts[0][keep & (parts[1] == i)])
        geometry[invalid] = poly
        usable &= ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    return geometry, usable, int(invalid.sum())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(corner, min_size=4, max_size=4), min_size=1, max_size=30))
def test_every_quadrilateral_passed_is_valid(quads):
    polys = _polygons(quads)
    fast = convex_quadrilaterals(polys)
    assert not (fast & ~shapely.is_valid(polys)).any()
    # and every strictly convex one is passed: valid, its own convex hull, and a hull of
    # four corners (GEOS's hull drops repeated and collinear corners)
    hull = shapely.convex_hull(polys)
    strict = (
        shapely.is_valid(polys)
        & shapely.equals(hull, polys)
        & (shapely.get_type_id(hull) == 3)
        & (shapely.get_num_coordinates(hull) == 5)
    )
    assert np.array_equal(fast, strict)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(corner, min_size=4, max_size=6), min_size=1, max_size=20))
def test_repair_step_as_with_geos_everywhere(rings):
    polys = _polygons(rings)
    polys = np.append(polys, [None, shapely.box(0, 0, 250, 250)])
    got, ok, n = usable_geometries(polys, True, True)
    ref, ref_ok, ref_n = _reference(polys)
    assert n == ref_n and np.array_equal(ok, ref_ok)
    assert all(shapely.equals(a, b) for a, b in zip(got[ok], ref[ok]))


def test_ssb_cells_pass_without_geos():
    x, y = np.meshgrid(np.arange(0, 2500, 250.0) + 262_000, np.arange(0, 2500, 250.0) + 6.6e6)
    cells = shapely.box(x.ravel(), y.ravel(), x.ravel() + 250, y.ravel() + 250)
    assert convex_quadrilaterals(cells).all()
    # the same cells with a hole, a fifth corner or turned inside out are not passed
    holed = shapely.Polygon(
        shapely.get_exterior_ring(cells[0]),
        [[(262_100, 6.6e6 + 100), (262_150, 6.6e6 + 100), (262_150, 6.6e6 + 150)]],
    )
    five = shapely.Polygon([(0, 0), (1, 0), (2, 0), (2, 1), (0, 1)])
    assert not convex_quadrilaterals(np.array([holed, five])).any()

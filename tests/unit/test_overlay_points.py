"""core.polygons.representative_points: the one rule for a point standing for a polygon
(the centroid where it lies inside, else a point on the surface), on hand-made shapes."""

from __future__ import annotations

import numpy as np
import shapely
from shapely import LineString, MultiPoint, MultiPolygon, Point, Polygon, box

from smaaby_plugin.core.polygons import representative_points

U_SHAPE = Polygon([(0, 0), (3, 0), (3, 3), (2, 3), (2, 1), (1, 1), (1, 3), (0, 3)])


def _inside(geom, xy) -> bool:
    return bool(shapely.contains_properly(geom, Point(*xy)))


def test_square_stands_at_its_centroid():
    assert representative_points([box(10, 20, 14, 22)]).tolist() == [[12.0, 21.0]]


def test_u_shape_whose_centroid_is_outside_gets_a_point_inside():
    centroid = U_SHAPE.centroid
    assert not U_SHAPE.contains(centroid)  # (1.5, 1.36): in the notch
    xy = representative_points([U_SHAPE])[0]
    assert _inside(U_SHAPE, xy)


def test_ring_whose_centroid_is_in_the_hole_gets_a_point_in_the_ring():
    ring = box(0, 0, 10, 10).difference(box(2, 2, 8, 8))
    xy = representative_points([ring])[0]
    assert _inside(ring, xy)


def test_multipolygon_apart_and_together():
    apart = MultiPolygon([box(0, 0, 1, 1), box(3, 0, 4, 1)])  # centroid (2, 0.5) between
    xy = representative_points([apart])[0]
    assert _inside(apart, xy)
    island = MultiPolygon([box(0, 0, 10, 10), box(20, 0, 21, 1)])  # centroid in the big part
    np.testing.assert_allclose(
        representative_points([island])[0], shapely.get_coordinates(island.centroid)[0]
    )


def test_centroid_on_the_boundary_is_not_inside():
    # two triangles touching at the origin: the centroid is their shared vertex, which
    # belongs to neither interior
    bow = MultiPolygon([Polygon([(0, 0), (-2, 1), (-2, -1)]), Polygon([(0, 0), (2, 1), (2, -1)])])
    assert bow.centroid.equals(Point(0, 0))
    xy = representative_points([bow])[0]
    assert _inside(bow, xy)


def test_points_lines_and_multipoints():
    out = representative_points(
        [Point(1, 2), LineString([(0, 0), (4, 0)]), MultiPoint([(0, 0), (1, 0), (9, 0)])]
    )
    assert out[0].tolist() == [1.0, 2.0]
    assert out[1].tolist() == [2.0, 0.0]  # the centroid lies on the line
    assert out[2].tolist() in ([0.0, 0.0], [1.0, 0.0], [9.0, 0.0])  # one of its points


def test_missing_and_empty_have_no_point():
    out = representative_points([None, Polygon(), box(0, 0, 2, 2)])
    assert np.isnan(out[:2]).all()
    assert out[2].tolist() == [1.0, 1.0]
    assert representative_points([]).shape == (0, 2)


def test_vectorised_matches_one_by_one():
    shapes = [U_SHAPE, box(0, 0, 1, 1), None, Point(5, 5), shapely.buffer(Point(0, 0), 3)]
    together = representative_points(shapes)
    alone = np.array([representative_points([g])[0] for g in shapes])
    np.testing.assert_array_equal(together, alone)

"""Straight lines of an origin-destination table (smaaby_plugin.core.catchments.od_matrix)."""

import numpy as np
import pytest
import shapely

from smaaby_plugin.core.catchments.od_matrix import od_lines


def test_od_lines():
    o = shapely.points([(0, 0), (10, 0)])
    d = np.array([shapely.box(0, 10, 2, 12)])  # a polygon counts by a point inside it
    lines, dist = od_lines(o, d, np.array([0, 1]), np.array([0, 0]))
    assert dist.tolist() == pytest.approx([np.hypot(1, 11), np.hypot(9, 11)])
    assert shapely.get_num_points(lines).tolist() == [2, 2]
    empty, none = od_lines(o, d, np.array([], int), np.array([], int))
    assert len(empty) == 0 and len(none) == 0

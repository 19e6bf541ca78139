"""overlay.intersect(disjoint=True): two dates of an overlap-free land cover, most of it
unchanged, give the pieces that every pairwise overlay gives."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely import box

from smaaby_plugin.core.overlaps import find_overlaps
from smaaby_plugin.core.overlay import intersect, union_overlay

FRAME = box(0, 0, 100, 100)


def _mosaic(seed: int, n: int, within=FRAME) -> np.ndarray:
    rng = np.random.default_rng(seed)
    x0, y0, x1, y1 = within.bounds
    pts = shapely.multipoints(np.c_[rng.uniform(x0, x1, n), rng.uniform(y0, y1, n)])
    cells = shapely.get_parts(shapely.voronoi_polygons(pts, extend_to=box(-50, -50, 150, 150)))
    cells = shapely.intersection(cells, within)
    return cells[shapely.area(cells) > 0]


def _two_dates():
    before = _mosaic(11, 150)
    # after: the cells around the middle became one (say a new housing area), the rest
    # is unchanged; the merged polygon keeps the cells' outer vertices, so neighbours
    # still share exact edges
    middle = shapely.distance(shapely.centroid(before), shapely.Point(50, 50)) < 20
    after = np.r_[before[~middle], shapely.union_all(before[middle])]
    return before, after, int((~middle).sum())


def _brute_force(left, right) -> list[tuple[int, int, float]]:
    out = []
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            area = shapely.intersection(a, b).area
            if area > 0:
                out.append((i, j, area))
    return out


def test_disjoint_shortcut_gives_every_pairwise_piece():
    before, after, unchanged = _two_dates()
    for layer in (before, after):  # the premise: no overlap at all, not even noise
        report = find_overlaps(layer)
        assert report.n_pairs == 0 and report.n_ignored == 0
    fast = intersect(before, after, disjoint=True)
    plain = intersect(before, after)
    pd.testing.assert_frame_equal(fast[["left", "right", "area"]], plain[["left", "right", "area"]])
    expect = _brute_force(before, after)
    assert fast[["left", "right"]].values.tolist() == [[i, j] for i, j, _ in expect]
    assert fast["area"].to_numpy() == pytest.approx([a for _, _, a in expect], rel=1e-9)
    # the unchanged cells are their own pieces; all pieces together cover the frame
    assert unchanged > 100
    assert fast["area"].sum() == pytest.approx(FRAME.area, rel=1e-12)
    same = fast.merge(
        pd.DataFrame(
            {
                "left": np.flatnonzero(
                    shapely.distance(shapely.centroid(before), shapely.Point(50, 50)) >= 20
                ),
                "right": np.arange(unchanged),
            }
        ),
        on=["left", "right"],
    )
    assert len(same) == unchanged
    assert all(g.equals_exact(before[i], 0.0) for g, i in zip(same["geometry"], same["left"]))
    u = union_overlay(before, after, disjoint=True)
    assert (u["a"] >= 0).all() and (u["b"] >= 0).all()  # nothing outside the other date

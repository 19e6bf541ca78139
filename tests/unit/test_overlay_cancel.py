"""The shared floor on the one progress protocol: polygons, overlaps and overlay raise
Cancelled when the progress callable does, report a rising share that ends at 1, and give
the same pieces however their work is split into blocks."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from _shapes import jittered_triangles
from shapely import box

from smaaby_plugin.core.errors import Cancelled
from smaaby_plugin.core.overlaps import find_overlaps, resolve_overlaps
from smaaby_plugin.core.overlay import intersect, uncovered, union_overlay
from smaaby_plugin.core.polygons import areas, clean_polygons
from smaaby_plugin.core.progress import cancel_after

LAYER = jittered_triangles(40, 1)  # 3,200 triangles
OTHER = jittered_triangles(40, 2)
ZONES = np.array([box(x, y, x + 55, y + 55) for x in range(0, 400, 55) for y in range(0, 400, 55)])
SPOTS = shapely.points(np.arange(5, 400, 20), np.full(20, 50.0))
OVERLAPPING = np.r_[LAYER, shapely.buffer(SPOTS, 6)]  # 20 discs over the triangles


class Recorder:
    """A progress callable that keeps every share it was told."""

    def __init__(self):
        self.seen: list[float] = []

    def __call__(self, fraction: float) -> None:
        self.seen.append(fraction)

    def check(self):
        assert self.seen, "progress was never called"
        assert all(0.0 <= f <= 1.0 for f in self.seen)
        assert all(b >= a - 1e-12 for a, b in zip(self.seen, self.seen[1:])), self.seen
        assert self.seen[-1] == pytest.approx(1.0)


CALLS = [
    ("intersect", lambda p: intersect(ZONES, LAYER, progress=p)),
    ("intersect disjoint", lambda p: intersect(LAYER, OTHER, disjoint=True, progress=p)),
    ("union_overlay", lambda p: union_overlay(LAYER, OTHER, progress=p)),
    ("find_overlaps", lambda p: find_overlaps(OVERLAPPING, progress=p)),
    ("resolve_overlaps", lambda p: resolve_overlaps(OVERLAPPING, np.arange(3220), progress=p)),
    ("clean_polygons", lambda p: clean_polygons(LAYER, progress=p)),
    ("areas", lambda p: areas(LAYER, progress=p)),
]


@pytest.mark.parametrize("name, call", CALLS, ids=[c[0] for c in CALLS])
def test_cancel_raises_at_first_and_at_a_later_call(name, call):
    for calls in (1, 3):
        with pytest.raises(Cancelled):
            call(cancel_after(calls))


@pytest.mark.parametrize("name, call", CALLS, ids=[c[0] for c in CALLS])
def test_progress_rises_to_one(name, call):
    recorder = Recorder()
    call(recorder)
    recorder.check()


def test_blocks_give_the_pieces_of_one_call_per_pair():
    # intersect works in blocks of pairs; each piece must be the pair's own intersection
    pieces = intersect(ZONES, LAYER, progress=Recorder())
    direct = shapely.intersection(
        ZONES[pieces["left"].to_numpy()], LAYER[pieces["right"].to_numpy()]
    )
    np.testing.assert_allclose(pieces["area"], shapely.area(direct), rtol=1e-12, atol=1e-9)
    # every zone's pieces add up to the part of the layer inside it
    total = np.bincount(pieces["left"], pieces["area"], len(ZONES))
    inside = shapely.area(shapely.intersection(ZONES, shapely.union_all(LAYER)))
    np.testing.assert_allclose(total, inside, rtol=1e-9)


def test_uncovered_in_blocks_matches_the_difference():
    zones = np.array([box(0, 0, 500, 500), box(100, 100, 300, 300)])
    pieces = intersect(zones, LAYER)
    gaps = uncovered(
        zones,
        pieces["left"].to_numpy(),
        pieces["area"].to_numpy(),
        pieces["geometry"].to_numpy(),
        progress=Recorder(),
    )
    assert gaps["zone"].tolist() == [0]  # the second zone lies inside the triangles
    assert gaps["area"].iloc[0] == pytest.approx(500 * 500 - 400 * 400)


def test_find_overlaps_measures_without_one_dissolve():
    # three squares over one spot: it is covered three times, counted once in the overlap
    # area and twice in the excess
    squares = [box(0, 0, 2, 2), box(1, 0, 3, 2), box(1, 0, 2, 2), box(10, 0, 11, 1)]
    report = find_overlaps(squares)
    assert report.n_pairs == 3
    assert report.overlap_area == pytest.approx(2.0)  # x 1..2: covered 3 times
    assert report.excess_area == pytest.approx(4.0 + 4.0 + 2.0 - 3 * 2.0)
    unmeasured = find_overlaps(squares, measure=False)
    assert unmeasured.n_pairs == 3 and np.isnan(unmeasured.overlap_area)

"""The ring width of the town profile's density chart: 8-15 rings for a village of
1 km² and a kommune of 350 km² alike (the farthest point measured independently)."""

from __future__ import annotations

import math

import pytest
import shapely

from smaaby_plugin.core.centre.town_profile import NICE_RING_WIDTHS, ring_labels, ring_width


@pytest.mark.parametrize("km2", [0.05, 1.0, 3.0, 12.0, 40.0, 120.0, 350.0, 1200.0])
@pytest.mark.parametrize("shape", ["square", "circle", "strip"])
@pytest.mark.parametrize("where", ["middle", "edge"])
def test_rings_are_8_to_15_for_towns_of_every_size(km2, shape, where):
    side = math.sqrt(km2) * 1000.0
    if shape == "square":
        town = shapely.box(0, 0, side, side)
    elif shape == "circle":
        town = shapely.Point(side / 2, side / 2).buffer(side / math.sqrt(math.pi), 64)
    else:  # 4:1
        town = shapely.box(0, 0, side * 2, side / 2)
    x0, y0, x1, y1 = town.bounds
    centre = shapely.Point((x0 + x1) / 2, (y0 + y1) / 2 if where == "middle" else y0 + 1.0)
    width = ring_width(town, centre)
    # the rings of smaaby:centreindicators reach the vertex farthest from the centre
    far = max(math.dist(centre.coords[0], c) for c in town.exterior.coords)
    rings = math.ceil(far / width - 1e-9)
    assert 8 <= rings <= 15, (width, far, rings)
    assert width in NICE_RING_WIDTHS


def test_a_centre_polygon_is_measured_from_its_representative_point():
    town = shapely.box(0, 0, 1000, 1000)
    centre = shapely.box(400, 400, 600, 600)
    assert ring_width(town, centre) == ring_width(town, shapely.Point(500, 500)) == 50.0


def test_ring_labels_in_km_from_one_km_rings():
    assert ring_labels([0, 2000], [2000, 4000]) == ["0–2 km", "2–4 km"]
    assert ring_labels([0, 750], [750, 1500]) == ["0–750 m", "750–1500 m"]

"""core.townprofile: choosing the town and centre, distance circles, figure order."""

from __future__ import annotations

import doctest
import math

import numpy as np
import pytest
import shapely

from smaaby_plugin.core.centre import town_profile as townprofile
from smaaby_plugin.core.centre.town_profile import (
    centre_in_town,
    distance_circles,
    indicator_figures,
    pick_town,
    ring_labels,
)
from smaaby_plugin.core.errors import InputError


def test_pick_town_by_name_case_and_single():
    assert pick_town(["Hamar", "Elverum", "Løten"], "Løten") == 2
    assert pick_town(["Hamar", "Elverum"], "HAMAR") == 0
    assert pick_town(["Kongsvinger"], None) == 0
    with pytest.raises(InputError, match="Hamar, Elverum"):
        pick_town(["Hamar", "Elverum"], "Gjøvik")
    with pytest.raises(InputError, match="TOWN_NAME"):
        pick_town(["Hamar", "Elverum"], "")
    with pytest.raises(InputError):
        pick_town([], None)


def test_centre_in_town_points_and_zones():
    town = shapely.box(0, 0, 100, 100)
    points = np.array([shapely.Point(200, 50), shapely.Point(50, 50), shapely.Point(60, 60)])
    assert centre_in_town(town, points) == 1  # the first one inside
    zones = np.array(
        [
            shapely.box(90, 0, 120, 10),  # 10 x 10 = 100 m² inside
            shapely.box(10, 10, 40, 40),
        ]
    )  # 900 m² inside
    assert centre_in_town(town, zones) == 1
    with pytest.raises(InputError, match="lies in the chosen town"):
        centre_in_town(town, np.array([shapely.Point(500, 500)]))


def test_distance_circles_have_the_radii():
    circles = distance_circles(shapely.Point(10, 20), [500.0, 1000.0])
    assert len(circles) == 2
    # a 64-segments-per-quarter polygon: area within 0.02 % of pi r^2
    for circle, r in zip(circles, (500.0, 1000.0)):
        assert shapely.area(circle) == pytest.approx(math.pi * r * r, rel=2e-4)
        assert shapely.bounds(circle) == pytest.approx([10 - r, 20 - r, 10 + r, 20 + r])
    # a centre zone is represented by a point on its surface
    zone = distance_circles(shapely.box(0, 0, 10, 10), [100.0])[0]
    assert shapely.contains(zone, shapely.box(0, 0, 10, 10))
    with pytest.raises(InputError):
        distance_circles(shapely.Point(0, 0), [0.0])


def test_ring_labels():
    assert ring_labels([0.0, 250.0], [250.0, 500.0]) == ["0–250 m", "250–500 m"]


def test_indicator_figures_order_units_and_missing():
    row = {
        "population": 600,
        "area_km2": 9.0,
        "density_km2": 66.7,
        "pct_within_500m": 16.7,
        "pct_within_1000m": 50.0,
        "mean_dist_m": 1016.7,
        "proximity": None,
        "landuse_mix": "x",
    }
    frame = indicator_figures(row, [500.0, 1000.0])
    assert list(frame["key"]) == [
        "population",
        "area_km2",
        "density_km2",
        "pct_within_500m",
        "pct_within_1000m",
        "mean_dist_m",
        "proximity",
        "landuse_mix",
    ]
    assert list(frame["unit"][:3]) == ["inh.", "km²", "inh./km²"]
    assert frame["distance_m"][3] == 500.0 and math.isnan(frame["distance_m"][0])
    assert math.isnan(frame["value"][6]) and math.isnan(frame["value"][7])


def test_doctests():
    assert doctest.testmod(townprofile).failed == 0

"""What the bad-input battery (tests/qgis/test_battery.py) found in smaaby:scenariocompare:
a travel-model list out of range or not a number is refused with the parameter's name and
an example of its own kind (the car shares' example was the distance breaks' '1, 3, 10')."""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsProcessingException
from shapely import LineString, Point, box

X0, Y0 = 300000.0, 6700000.0
CRS = "EPSG:25833"
_CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b|Traceback")


@pytest.fixture
def params(make_layer):
    road = make_layer(
        "LineString",
        CRS,
        {"speed": float},
        [(LineString([(X0, Y0), (X0 + 3000, Y0)]), {"speed": 50.0})],
        "roads",
    )
    centre = make_layer("Point", CRS, {"name": str}, [(Point(X0, Y0), {"name": "torget"})])
    alts = make_layer(
        "Polygon",
        CRS,
        {"alt": str, "dwellings": float},
        [
            (box(X0 + 100, Y0 + 10, X0 + 200, Y0 + 110), {"alt": "A", "dwellings": 40.0}),
            (box(X0 + 2000, Y0 + 10, X0 + 2100, Y0 + 110), {"alt": "B", "dwellings": 40.0}),
        ],
        "alts",
    )
    return {
        "ALTERNATIVES": [alts],
        "NAME_FIELD": "alt",
        "JOBS_FIELD": "",
        "CENTRE": centre,
        "NETWORK": road,
        "SPEED_FIELD": "speed",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_AREAS": "TEMPORARY_OUTPUT",
    }


def _refused(run_alg, params, *words) -> str:
    with pytest.raises(QgsProcessingException) as err:
        run_alg("smaaby:scenariocompare", params)
    text = str(err.value)
    for word in words:
        assert word in text, text
    assert not _CLASS_NAME.search(text), text
    return text


def test_valid_run(run_alg, params):
    # the refusals below come from the lists alone
    assert run_alg("smaaby:scenariocompare", params)["OUTPUT"]


@pytest.mark.parametrize(
    "changes, words",
    [
        ({"DISTANCE_BREAKS": "1, 3, 1e12"}, ("DISTANCE_BREAKS", "0 and 1000", "1e+12")),
        ({"CAR_SHARES": "0.3, 0.45, 0.6, 1e12"}, ("CAR_SHARES", "fractions 0-1", "1e+12")),
        ({"CAR_SHARES": "0.3, 0.45, nan, 0.7"}, ("CAR_SHARES", "'nan' is not a number", "0.30")),
        ({"DISTANCE_BREAKS": "1, x, 10"}, ("DISTANCE_BREAKS", "'x' is not a number", "1, 3, 10")),
    ],
)
def test_model_lists_refused_with_their_name(run_alg, params, changes, words):
    _refused(run_alg, {**params, **changes}, *words)

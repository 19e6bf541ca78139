"""smaaby:odmatrix through processing.run on the hand network of
tests/data/network_hand.md (distance cost, one-way links)."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsWkbTypes

DATA = Path(__file__).resolve().parents[2] / "data"
CRS = "EPSG:25833"


@pytest.fixture
def hand(make_layer):
    # a path, not a layer object: an OGR layer kept by a fixture until after QGIS has
    # exited crashes the interpreter when it is finally released
    roads = str(DATA / "network_hand_roads.geojson")
    dests = make_layer(
        "Point",
        CRS,
        {"name": str},
        [
            ("POINT(0 0)", {"name": "a"}),
            ("POINT(500 0)", {"name": "w"}),
            ("POINT(1500 0)", {"name": "e"}),
        ],
    )
    origins = make_layer(
        "Point",
        CRS,
        {"name": str},
        [
            ("POINT(250 0)", {"name": "o1"}),  # a 250, w 250, e 750 + 500 = 1250
            ("POINT(1800 0)", {"name": "o2"}),  # BC runs only towards C, CD only D -> C
            ("POINT(500 30)", {"name": "o3"}),  # 30 access: a 530, w 30, e 1030
        ],
    )
    return {
        "NETWORK": roads,
        "DIRECTION_FIELD": "oneway",
        "FORWARD_VALUES": "FT",
        "BACKWARD_VALUES": "TF",
        "COST": 0,
        "ORIGINS": origins,
        "ORIGIN_ID_FIELD": "name",
        "DESTINATIONS": dests,
        "DESTINATION_ID_FIELD": "name",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }


def rows(layer):
    return [
        (f["origin_id"], f["destination_id"], round(f["cost"], 6), f["rank"])
        for f in layer.getFeatures()
    ]


def test_full_matrix(run_alg, log_feedback, hand):
    feedback = log_feedback()
    out = run_alg("smaaby:odmatrix", hand, feedback)["OUTPUT"]
    assert rows(out) == [
        ("o1", "a", 250.0, 1),
        ("o1", "w", 250.0, 2),
        ("o1", "e", 1250.0, 3),
        ("o3", "w", 30.0, 1),
        ("o3", "a", 530.0, 2),
        ("o3", "e", 1030.0, 3),
    ]
    assert out.wkbType() == QgsWkbTypes.NoGeometry
    assert "1 origin(s) reach no destination" in "\n".join(feedback.log)


def test_k_and_max_cost_and_lines(run_alg, hand):
    out = run_alg("smaaby:odmatrix", dict(hand, K=1))["OUTPUT"]
    assert rows(out) == [("o1", "a", 250.0, 1), ("o3", "w", 30.0, 1)]
    out = run_alg("smaaby:odmatrix", dict(hand, MAX_COST=600, LINES=True))["OUTPUT"]
    assert rows(out) == [
        ("o1", "a", 250.0, 1),
        ("o1", "w", 250.0, 2),
        ("o3", "w", 30.0, 1),
        ("o3", "a", 530.0, 2),
    ]
    feats = list(out.getFeatures())
    assert [round(f["straight_m"], 6) for f in feats] == [250.0, 250.0, 30.0, 500.899191]
    assert feats[0].geometry().asPolyline()[0].x() == 250


def test_more_origins_than_destinations_same_costs(run_alg, hand, make_layer):
    # one destination and three origins: the engine searches from the destination on
    # the reversed network; the costs must be those of the forward direction
    only_e = make_layer("Point", CRS, {"name": str}, [("POINT(1500 0)", {"name": "e"})])
    out = run_alg("smaaby:odmatrix", dict(hand, DESTINATIONS=only_e))["OUTPUT"]
    assert rows(out) == [("o1", "e", 1250.0, 1), ("o3", "e", 1030.0, 1)]


def test_too_large_without_k(run_alg, hand, make_layer):
    many = make_layer(
        "Point",
        CRS,
        {"name": str},
        [(f"POINT({i % 2000} 0)", {"name": str(i)}) for i in range(2501)],
    )
    with pytest.raises(QgsProcessingException, match="set K"):
        run_alg("smaaby:odmatrix", dict(hand, ORIGINS=many, DESTINATIONS=many))

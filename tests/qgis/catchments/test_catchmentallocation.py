"""smaaby:catchmentallocation through processing.run: the hand network of
tests/data/network_hand.md (distance cost) and the real Hamar population grid."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

DATA = Path(__file__).resolve().parents[2] / "data"
CRS = "EPSG:25833"


def _null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def _shp(feature):
    return shapely.from_wkb(bytes(feature.geometry().asWkb()))


@pytest.fixture
def hand(make_layer):
    # a path, not a layer object: an OGR layer kept by a fixture until after QGIS has
    # exited crashes the interpreter when it is finally released
    roads = str(DATA / "network_hand_roads.geojson")
    centres = make_layer(
        "Point",
        CRS,
        {"name": str},
        [
            ("POINT(0 0)", {"name": "a"}),
            ("POINT(500 0)", {"name": "w"}),
            ("POINT(1500 0)", {"name": "e"}),  # on BC, which runs only B -> C
        ],
    )
    demand = make_layer(
        "Point",
        CRS,
        {"id": str, "pop": int},
        [
            ("POINT(250 0)", {"id": "d1", "pop": 10}),  # 250 to a and to w: tie -> a
            ("POINT(1800 0)", {"id": "d2", "pop": 20}),  # 300 from e
            ("POINT(2000 600)", {"id": "d3", "pop": 30}),  # on CD (only D -> C): no path
            ("POINT(5200 0)", {"id": "d4", "pop": 40}),  # other part: no path
            ("POINT(9000 9000)", {"id": "d5", "pop": 50}),  # too far from the network
            ("POINT(1000 0)", {"id": "d6", "pop": 60}),  # 500 from w > MAX_COST 450
            ("POINT(700 40)", {"id": "d7", "pop": 70}),  # 200 + 40 access from w
            ("POINT(1990 0)", {"id": "d8", "pop": 80}),  # 490 from e > 450
        ],
    )
    return {
        "NETWORK": roads,
        "DIRECTION_FIELD": "oneway",
        "FORWARD_VALUES": "FT",
        "BACKWARD_VALUES": "TF",
        "COST": 0,
        "CENTRES": centres,
        "CENTRE_ID_FIELD": "name",
        "DEMAND": demand,
        "POPULATION_FIELD": "pop",
        "MAX_COST": 450.0,
        "MAX_SNAP": 500.0,
        "POINT_RADIUS": 100.0,
        "OUTPUT_DEMAND": "TEMPORARY_OUTPUT",
        "OUTPUT_CATCHMENTS": "TEMPORARY_OUTPUT",
        "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT",
    }, demand


def test_hand_allocation(run_alg, log_feedback, hand):
    params, demand_layer = hand
    before = [f.attributes() for f in demand_layer.getFeatures()]
    feedback = log_feedback()
    result = run_alg("smaaby:catchmentallocation", params, feedback)
    out = {round(_shp(f).x): f for f in result["OUTPUT_DEMAND"].getFeatures()}
    got = {
        x: (
            None if _null(f["centre_id"]) else f["centre_id"],
            None if _null(f["cost"]) else round(f["cost"], 6),
            f["status"],
        )
        for x, f in out.items()
    }
    assert got == {
        250: ("a", 250.0, "allocated"),
        1800: ("e", 300.0, "allocated"),
        2000: (None, None, "no path to a centre"),
        5200: (None, None, "no path to a centre"),
        9000: (None, None, "too far from the network"),
        1000: (None, None, "beyond max cost"),
        700: ("w", 240.0, "allocated"),
        1990: (None, None, "beyond max cost"),
    }
    assert out[700]["access_m"] == pytest.approx(40)

    summary = {
        (f["category"], None if _null(f["centre_id"]) else f["centre_id"]): f
        for f in result["OUTPUT_SUMMARY"].getFeatures()
    }
    assert {k: (f["n_features"], f["population"]) for k, f in summary.items()} == {
        ("centre", "a"): (1, 10),
        ("centre", "w"): (1, 70),
        ("centre", "e"): (1, 20),
        ("beyond max cost", None): (2, 140),
        ("no path to a centre", None): (2, 70),
        ("too far from the network", None): (1, 50),
    }
    assert sum(f["population"] for f in summary.values()) == 360
    assert summary[("centre", "w")]["share_of_all"] == pytest.approx(70 / 360)
    assert summary[("centre", "e")]["mean_cost"] == pytest.approx(300)

    catch = {f["centre_id"]: f for f in result["OUTPUT_CATCHMENTS"].getFeatures()}
    assert sorted(catch) == ["a", "e", "w"]
    assert [catch[c]["population"] for c in "awe"] == [10, 70, 20]
    assert catch["w"]["share"] == pytest.approx(0.7)
    assert catch["w"]["median_cost"] == pytest.approx(240)
    # d1 has no other demand point within 2 x 100 m: its whole 100 m disc; d2 shares the
    # bisector x = 1895 with the unallocated d8, which keeps its own half
    disc = shapely.buffer(shapely.Point(250, 0), 100)
    cut = shapely.intersection(
        shapely.buffer(shapely.Point(1800, 0), 100), shapely.box(1700, -200, 1895, 200)
    )
    assert shapely.area(shapely.symmetric_difference(_shp(catch["a"]), disc)) < 1e-6
    assert shapely.area(shapely.symmetric_difference(_shp(catch["e"]), cut)) < 1e-6
    assert catch["e"]["area_km2"] == pytest.approx(cut.area / 1e6)
    assert [f.attributes() for f in demand_layer.getFeatures()] == before
    log = "\n".join(feedback.log)
    assert "1 of 8 feature(s) lie farther than 500 m" in log
    assert "Allocated 3 of 8 demand features (100 of 360 inhabitants)" in log


def test_no_max_cost_allocates_more(run_alg, hand):
    params, _ = hand
    result = run_alg("smaaby:catchmentallocation", dict(params, MAX_COST=0.0))
    out = {round(_shp(f).x): f for f in result["OUTPUT_DEMAND"].getFeatures()}
    assert (out[1000]["centre_id"], out[1000]["cost"]) == ("w", 500)
    assert (out[1990]["centre_id"], out[1990]["cost"]) == ("e", 490)


def test_negative_population_stops(run_alg, hand, make_layer):
    params, _ = hand
    bad = make_layer("Point", CRS, {"pop": int}, [("POINT(100 0)", {"pop": -1})])
    with pytest.raises(QgsProcessingException, match="negative"):
        run_alg("smaaby:catchmentallocation", dict(params, DEMAND=bad))


@pytest.mark.slow
def test_hamar_population_partition(run_alg, shared_data, make_layer):
    gpkg = shared_data / "hamar" / "hamar_0403_fkbvegnett_2017.gpkg"
    cells = QgsVectorLayer(
        f"{shared_data / 'norge' / 'popgrid250m_towns_25833.gpkg'}|layername=pop250m_hamar_3403",
        "cells",
        "ogr",
    )
    assert cells.isValid()
    # Hamar centre (Torggata), Ridabu to the east, Vang to the north-east
    centres = make_layer(
        "Point",
        CRS,
        {"name": str},
        [
            ("POINT(286195 6746285)", {"name": "Hamar"}),
            ("POINT(292000 6748000)", {"name": "Ridabu"}),
            ("POINT(290500 6750500)", {"name": "Vang"}),
        ],
    )
    result = run_alg(
        "smaaby:catchmentallocation",
        {
            "NETWORK": f"{gpkg}|layername=veglenke",
            "COST": 0,
            "CENTRES": centres,
            "CENTRE_ID_FIELD": "name",
            "DEMAND": cells,
            "POPULATION_FIELD": "pop2019",
            "MAX_SNAP": 500.0,
            "OUTPUT_DEMAND": "TEMPORARY_OUTPUT",
            "OUTPUT_CATCHMENTS": "TEMPORARY_OUTPUT",
            "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    demand = list(result["OUTPUT_DEMAND"].getFeatures())
    assert len(demand) == 911
    total = sum(f["population"] for f in demand)
    assert total == 31339  # data/README.md: 31,339 inhabitants in 2019
    summary = list(result["OUTPUT_SUMMARY"].getFeatures())
    assert sum(f["population"] for f in summary) == total
    catch = {f["centre_id"]: f for f in result["OUTPUT_CATCHMENTS"].getFeatures()}
    assert sorted(catch) == ["Hamar", "Ridabu", "Vang"]
    by_centre = {}
    for f in demand:
        if f["status"] == "allocated":
            by_centre.setdefault(f["centre_id"], []).append(f)
    # every allocated cell is in exactly one catchment, whose area and population are
    # those of its cells
    for name, feats in by_centre.items():
        assert catch[name]["population"] == sum(f["population"] for f in feats)
        cells_area = sum(_shp(f).area for f in feats)
        assert catch[name]["area_km2"] == pytest.approx(cells_area / 1e6, rel=1e-9)
        # network cost is never shorter than the straight line from the centre
        centre = [_shp(c) for c in centres.getFeatures() if c["name"] == name][0]
        straight = shapely.distance(
            shapely.point_on_surface(np.array([_shp(f) for f in feats])), centre
        )
        assert np.all(np.array([f["cost"] for f in feats]) >= straight - 1e-6)
    polys = [_shp(catch[n]) for n in sorted(catch)]
    for i in range(3):
        for j in range(i + 1, 3):
            assert shapely.intersection(polys[i], polys[j]).area < 1e-3
    assert sum(catch[n]["population"] for n in catch) > 0.9 * total

"""smaaby:changematrix through processing.run on strips with hand-computed areas."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException


def _strip(x0, x1, y0=6600000, x_off=600000):
    return (
        f"POLYGON(({x_off + x0} {y0}, {x_off + x1} {y0}, {x_off + x1} {y0 + 10}, "
        f"{x_off + x0} {y0 + 10}, {x_off + x0} {y0}))"
    )


@pytest.fixture
def before(make_layer):
    # 21 on x 0-100, 30 on 100-150, no code on 150-160 (10 m high strips)
    return make_layer(
        "Polygon",
        "EPSG:25833",
        {"ar5": int},
        [
            (_strip(0, 100), {"ar5": 21}),
            (_strip(100, 150), {"ar5": 30}),
            (_strip(150, 160), {"ar5": None}),
        ],
        "before",
    )


@pytest.fixture
def after(make_layer):
    # 21 on 0-60, 11 on 60-120, 30 on 200-210
    return make_layer(
        "Polygon",
        "EPSG:25833",
        {"arealtype": int},
        [
            (_strip(0, 60), {"arealtype": 21}),
            (_strip(60, 120), {"arealtype": 11}),
            (_strip(200, 210), {"arealtype": 30}),
        ],
        "after",
    )


def _code(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else int(value)


def test_matrix_long_wide_changed(run_alg, before, after, make_layer):
    zones = make_layer(
        "Polygon",
        "EPSG:25833",
        {"navn": str},
        [(_strip(0, 80), {"navn": "w"}), (_strip(80, 300), {"navn": "e"})],
    )
    res = run_alg(
        "smaaby:changematrix",
        {
            "BEFORE": before,
            "BEFORE_FIELD": "ar5",
            "AFTER": after,
            "AFTER_FIELD": "arealtype",
            "ZONES": zones,
            "ZONE_FIELD": "navn",
            "UNIT": 0,
            "OUTPUT_LONG": "memory:",
            "OUTPUT_WIDE": "memory:",
            "OUTPUT_CHANGED": "memory:",
        },
    )
    cells = {
        (
            f["zone_id"],
            f["from_status"],
            _code(f["from_code"]),
            f["to_status"],
            _code(f["to_code"]),
        ): f["area_m2"]
        for f in res["OUTPUT_LONG"].getFeatures()
    }
    assert cells == pytest.approx(
        {
            ("w", "class", 21, "class", 21): 600.0,
            ("w", "class", 21, "class", 11): 200.0,
            ("e", "class", 21, "class", 11): 200.0,
            ("e", "class", 30, "class", 11): 200.0,
            ("e", "class", 30, "not covered", None): 300.0,
            ("e", "no class", None, "not covered", None): 100.0,
            ("e", "not covered", None, "class", 30): 100.0,
        }
    )
    wide = {(f["zone_id"], f["row"]): f for f in res["OUTPUT_WIDE"].getFeatures()}
    assert wide[("e", "net_change")]["c_11"] == pytest.approx(400.0)
    assert wide[("e", "net_change")]["c_30"] == pytest.approx(-400.0)
    assert wide[("e", "c_30")]["total_before"] == pytest.approx(500.0)
    changed = list(res["OUTPUT_CHANGED"].getFeatures())
    # everything but the 600 m² that stayed 21
    assert sum(f.geometry().area() for f in changed) == pytest.approx(1100.0)
    assert {f["to_label_nb"] for f in changed if _code(f["to_code"]) == 11} == {"Bebygd"}


def test_overlap_in_after_stops(run_alg, before, make_layer):
    overlapping = make_layer(
        "Polygon",
        "EPSG:25833",
        {"c": int},
        [(_strip(0, 60), {"c": 1}), (_strip(50, 100), {"c": 2})],
    )
    with pytest.raises(QgsProcessingException, match=r"AFTER: 1 pair\(s\) of polygons overlap"):
        run_alg(
            "smaaby:changematrix",
            {
                "BEFORE": before,
                "BEFORE_FIELD": "ar5",
                "AFTER": overlapping,
                "AFTER_FIELD": "c",
                "OUTPUT_LONG": "memory:",
            },
        )


def _class_areas(layer_uri):
    from collections import defaultdict

    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(layer_uri, "lc", "ogr")
    areas = defaultdict(float)
    for f in layer.getFeatures():
        areas[int(f["arealtype"])] += f.geometry().area()
    del layer
    return areas


def test_eksempelby_net_change_matches_class_totals(run_alg, eksempelby):
    before = f"{eksempelby}|layername=landcover_2015"
    after = f"{eksempelby}|layername=landcover"
    res = run_alg(
        "smaaby:changematrix",
        {
            "BEFORE": before,
            "BEFORE_FIELD": "arealtype",
            "AFTER": after,
            "AFTER_FIELD": "arealtype",
            "UNIT": 0,
            "OUTPUT_LONG": "memory:",
            "OUTPUT_WIDE": "memory:",
        },
    )
    # Independent: each layer is a partition of kommune 9901, so the net change of a class
    # is its total area in 2022 minus its total area in 2015.
    a15, a22 = _class_areas(before), _class_areas(after)
    wide = {f["row"]: f for f in res["OUTPUT_WIDE"].getFeatures()}
    for code in set(a15) | set(a22):
        assert wide["net_change"][f"c_{code}"] == pytest.approx(
            a22.get(code, 0.0) - a15.get(code, 0.0), abs=1e-3
        )
    assert a22[11] > a15[11]  # the town grew
    total = sum(f["area_m2"] for f in res["OUTPUT_LONG"].getFeatures())
    assert total == pytest.approx(sum(a15.values()), rel=1e-9)

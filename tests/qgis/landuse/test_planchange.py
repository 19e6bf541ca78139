"""smaaby:planchange through processing.run: a hand-made fixture and Eksempelby."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsVectorLayer

CRS = "EPSG:25833"


def _box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


@pytest.fixture
def fixture(make_layer):
    old = make_layer(
        "Polygon",
        CRS,
        {"af": int},
        [
            (_box(0, 0, 100, 100), {"af": 5100}),
            (_box(100, 0, 200, 100), {"af": 1110}),
            (_box(200, 0, 300, 100), {"af": 1300}),
        ],
    )
    new = make_layer(
        "Polygon",
        CRS,
        {"af": int},
        [
            (_box(0, 0, 60, 100), {"af": 1110}),  # LNFR -> bolig (new development)
            (_box(60, 0, 100, 100), {"af": 5100}),
            (_box(100, 0, 200, 100), {"af": 1110}),
            (_box(200, 0, 250, 100), {"af": 3040}),  # næring -> friområde (returned)
            (_box(250, 0, 300, 100), {"af": 1110}),  # næring -> bolig
            (_box(300, 0, 320, 100), {"af": 1110}),  # outside the old plan
        ],
    )
    lc = make_layer(
        "Polygon",
        CRS,
        {"artype": int},
        [
            (_box(0, 0, 30, 100), {"artype": 21}),
            (_box(30, 0, 60, 100), {"artype": 30}),
            (_box(60, 0, 200, 100), {"artype": 50}),
            (_box(200, 0, 250, 100), {"artype": 11}),
            (_box(250, 0, 300, 100), {"artype": 60}),
        ],
    )
    shore = make_layer(
        "LineString", CRS, {"kind": str}, [("LINESTRING(0 -50, 0 150)", {"kind": "lake"})]
    )
    return old, new, lc, shore


def _params(old, new, **extra):
    params = {
        "OLD_PLAN": old,
        "OLD_FIELD": "af",
        "NEW_PLAN": new,
        "NEW_FIELD": "af",
        "UNIT": 1,
        "OUTPUT_MATRIX": "memory:",
        "OUTPUT_CONVERSION": "memory:",
    }
    params.update(extra)
    return params


def _by_key(layer, key_field="key"):
    return {f[key_field]: f for f in layer.getFeatures() if f["label_nb"] != "Sum"}


def test_planchange_by_hand(run_alg, fixture):
    old, new, lc, shore = fixture
    result = run_alg(
        "smaaby:planchange",
        _params(
            old,
            new,
            LANDCOVER=lc,
            LANDCOVER_FIELD="artype",
            SHORE=shore,
            SHORE_WIDTH=10,
            OUTPUT_CHANGES="memory:",
            OUTPUT_LONG="memory:",
        ),
    )
    m = _by_key(result["OUTPUT_MATRIX"])
    assert m[5100]["to_1110"] == pytest.approx(6.0)
    assert m[1300]["to_3040"] == pytest.approx(5.0)
    assert m[-1]["to_1110"] == pytest.approx(2.0)
    assert m[1110]["net_change"] == pytest.approx(13.0)
    assert m[5100]["net_change"] == pytest.approx(-6.0)
    assert m[3040]["net_change"] == pytest.approx(5.0)
    conv = [f for f in result["OUTPUT_CONVERSION"].getFeatures()]
    new_dev = [f for f in conv if f["direction"] == "new development" and f["key"] == 1110][0]
    assert new_dev["total"] == pytest.approx(8.0)
    assert new_dev["ar5_21"] == pytest.approx(3.0)
    assert new_dev["ar5_30"] == pytest.approx(3.0)
    assert new_dev["ar5_none"] == pytest.approx(2.0)
    assert new_dev["shore_zone"] == pytest.approx(1.0)
    returned = [f for f in conv if f["direction"] == "development returned" and f["key"] == 3040][0]
    assert returned["ar5_11"] == pytest.approx(5.0)  # built land, still counted
    changes = list(result["OUTPUT_CHANGES"].getFeatures())
    assert sum(f.geometry().area() for f in changes) == pytest.approx(18000)
    types = {}
    for f in changes:
        types[f["change_type"]] = types.get(f["change_type"], 0) + f["area_daa"]
    assert types == pytest.approx(
        {"new development": 8.0, "development returned": 5.0, "within development": 5.0}
    )
    outside = [f for f in changes if f["old_fid"] == -1][0]
    assert outside["new_code"] == 1110
    long = {(f["old_key"], f["new_key"]): f["area"] for f in result["OUTPUT_LONG"].getFeatures()}
    assert long[(1300.0, 1110.0)] == pytest.approx(5.0)


def test_planchange_grouping_hovedformal_without_landcover(run_alg, fixture):
    old, new, *_ = fixture
    result = run_alg("smaaby:planchange", _params(old, new, GROUPING=1, UNIT=0))
    m = _by_key(result["OUTPUT_MATRIX"])
    assert m[1]["to_1"] == pytest.approx(15000)
    assert m[1]["to_3"] == pytest.approx(5000)
    assert m[5]["to_1"] == pytest.approx(6000)
    conv = [
        f
        for f in result["OUTPUT_CONVERSION"].getFeatures()
        if f["direction"] == "new development" and f["label_nb"] != "Sum"
    ]
    # without land cover everything is in ar5_none; the rows are hovedformål now
    assert conv[0]["key"] == 1
    assert conv[0]["total"] == pytest.approx(8000)
    assert conv[0]["ar5_none"] == pytest.approx(8000)


def _geoms(layer, field):
    import shapely

    geoms, values = [], []
    for f in layer.getFeatures():
        geoms.append(shapely.from_wkb(bytes(f.geometry().asWkb())))
        values.append(f[field] if field else None)
    return np.array(geoms, dtype=object), np.array(values, dtype=object)


def test_planchange_eksempelby(run_alg, eksempelby):
    """Matrix and conversion on Eksempelby against direct shapely intersections."""
    import shapely

    def layer(name):
        lyr = QgsVectorLayer(f"{eksempelby}|layername={name}", name, "ogr")
        assert lyr.isValid(), name
        return lyr

    old, new, lc, shoreline = (
        layer(n) for n in ("plan_current", "plan_proposed", "landcover", "shoreline")
    )
    result = run_alg(
        "smaaby:planchange",
        {
            "OLD_PLAN": old,
            "OLD_FIELD": "arealformal",
            "NEW_PLAN": new,
            "NEW_FIELD": "arealformal",
            "LANDCOVER": lc,
            "LANDCOVER_FIELD": "arealtype",
            "SHORE": shoreline,
            "UNIT": 0,
            "OUTPUT_MATRIX": "memory:",
            "OUTPUT_CONVERSION": "memory:",
        },
    )
    m = _by_key(result["OUTPUT_MATRIX"])
    og, ocode = _geoms(old, "arealformal")
    ng, ncode = _geoms(new, "arealformal")
    lg, lcode = _geoms(lc, "arealtype")
    sg, _ = _geoms(shoreline, None)
    ocode, ncode, lcode = ocode.astype(int), ncode.astype(int), lcode.astype(int)
    # matrix cells: union of old class ∩ union of new class
    for a in np.unique(ocode):
        ua = shapely.union_all(og[ocode == a])
        for b in np.unique(ncode):
            expected = ua.intersection(shapely.union_all(ng[ncode == b])).area
            assert m[int(a)][f"to_{int(b)}"] == pytest.approx(expected, rel=1e-6, abs=0.01)
    # the proposal both designates new development and returns development land
    development = {c for c in set(ocode) | set(ncode) if 1000 <= c < 3000}
    old_dev = shapely.union_all(og[np.isin(ocode, list(development))])
    new_dev = shapely.union_all(ng[np.isin(ncode, list(development))])
    newly = new_dev.difference(old_dev)
    returned = old_dev.difference(new_dev)
    conv = [f for f in result["OUTPUT_CONVERSION"].getFeatures() if f["label_nb"] == "Sum"]
    new_sum = [f for f in conv if f["direction"] == "new development"][0]
    ret_sum = [f for f in conv if f["direction"] == "development returned"][0]
    assert newly.area > 0 and returned.area > 0
    assert new_sum["total"] == pytest.approx(newly.area, rel=1e-6, abs=0.01)
    assert ret_sum["total"] == pytest.approx(returned.area, rel=1e-6, abs=0.01)
    for c in (21, 22, 23, 30, 50, 60):
        expected = newly.intersection(shapely.union_all(lg[lcode == c])).area
        assert new_sum[f"ar5_{c}"] == pytest.approx(expected, rel=1e-6, abs=0.01)
    shore = newly.intersection(shapely.union_all(shapely.buffer(sg, 100))).area
    assert new_sum["shore_zone"] == pytest.approx(shore, rel=1e-6, abs=0.01)
    assert shore > 0  # one new area lies in the shore zone (docs/eksempelby.md)
    assert new_sum["cultivated_21_22"] + new_sum["ar5_30"] + new_sum["ar5_60"] > 0

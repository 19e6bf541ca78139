"""smaaby:planreserve through processing.run: a hand-made fixture and Eksempelby."""

from __future__ import annotations

import math

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

CRS = "EPSG:25833"


def _box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


@pytest.fixture
def fixture(make_layer):
    # bolig 10,000 m², næring 10,000 m², LNFR, friområde, fritid 200 m² (sliver)
    plan = make_layer(
        "Polygon",
        CRS,
        {"formal": int},
        [
            (_box(0, 0, 100, 100), {"formal": 1110}),
            (_box(100, 0, 200, 100), {"formal": 1300}),
            (_box(0, 100, 200, 200), {"formal": 5100}),
            (_box(200, 0, 300, 100), {"formal": 3040}),
            (_box(300, 0, 310, 20), {"formal": 1120}),
        ],
    )
    lc = make_layer(
        "Polygon",
        CRS,
        {"artype": int},
        [
            (_box(0, 0, 40, 100), {"artype": 11}),
            (_box(40, 0, 100, 100), {"artype": 30}),
            (_box(100, 0, 200, 50), {"artype": 21}),
            (_box(100, 50, 120, 100), {"artype": 81}),
            (_box(120, 50, 200, 100), {"artype": 60}),
            (_box(0, 100, 310, 200), {"artype": 50}),
            (_box(200, 0, 310, 100), {"artype": 50}),
        ],
    )
    footprints = make_layer("Polygon", CRS, {"id": int}, [(_box(60, 20, 80, 40), {"id": 1})])
    points = make_layer("Point", CRS, {"id": int}, [("POINT(160 25)", {"id": 1})])
    shore = make_layer(
        "LineString", CRS, {"kind": str}, [("LINESTRING(-50 0, 400 0)", {"kind": "sea"})]
    )
    return plan, lc, footprints, points, shore


def _params(plan, lc, **extra):
    params = {
        "PLAN": plan,
        "PURPOSE_FIELD": "formal",
        "LANDCOVER": lc,
        "LANDCOVER_FIELD": "artype",
        "UNIT": 1,
        "OUTPUT_RESERVE": "memory:",
        "OUTPUT_TABLE": "memory:",
    }
    params.update(extra)
    return params


def _table(layer):
    return {f["purpose_group"]: f for f in layer.getFeatures()}


def test_planreserve_by_hand(run_alg, fixture):
    plan, lc, footprints, _, shore = fixture
    result = run_alg(
        "smaaby:planreserve",
        _params(plan, lc, BUILT=[footprints], BUILT_BUFFER=0, SHORE=shore, SHORE_WIDTH=10),
    )
    rows = _table(result["OUTPUT_TABLE"])
    # bolig: 10,000 - AR5 11 (4,000) - footprint (400) = 5,600 m² forest, 600 in the shore band
    assert rows[1]["total"] == pytest.approx(5.6)
    assert rows[1]["ar5_30"] == pytest.approx(5.6)
    assert rows[1]["shore_zone"] == pytest.approx(0.6)
    # næring: 10,000 - water 1,000 = 5,000 fulldyrka + 4,000 myr; 1,000 in the shore band
    assert rows[6]["total"] == pytest.approx(9.0)
    assert rows[6]["ar5_21"] == pytest.approx(5.0)
    assert rows[6]["ar5_60"] == pytest.approx(4.0)
    assert rows[6]["cultivated_21_22"] == pytest.approx(5.0)
    assert rows[6]["shore_zone"] == pytest.approx(1.0)
    assert rows[2]["total"] == 0.0  # fritid 200 m² < 250 m²
    sums = [f for f in result["OUTPUT_TABLE"].getFeatures() if f["group_label_nb"] == "Sum"]
    assert sums[0]["total"] == pytest.approx(14.6)
    reserve = result["OUTPUT_RESERVE"]
    features = list(reserve.getFeatures())
    assert sum(f.geometry().area() for f in features) == pytest.approx(14600.0)
    assert sum(f["area_daa"] for f in features) == pytest.approx(14.6)
    assert {f["code"] for f in features} == {1110, 1300}
    # plan_fid names the PLAN feature (memory provider ids start at 1)
    fid_of = {f["formal"]: f.id() for f in plan.getFeatures()}
    assert {f["plan_fid"] for f in features} == {fid_of[1110], fid_of[1300]}
    assert plan.featureCount() == 5  # input untouched


def test_planreserve_point_buffer(run_alg, fixture):
    plan, lc, _, points, _ = fixture
    result = run_alg("smaaby:planreserve", _params(plan, lc, BUILT=[points], UNIT=0))
    rows = _table(result["OUTPUT_TABLE"])
    # a 15 m buffer (regular 32-gon) around a point inside the næring fulldyrka
    circle = 16 * 15**2 * math.sin(math.pi / 16)
    assert rows[6]["ar5_21"] == pytest.approx(5000.0 - circle)
    assert rows[1]["total"] == pytest.approx(6000.0)


def test_planreserve_min_area_zero_keeps_slivers(run_alg, fixture):
    plan, lc, *_ = fixture
    result = run_alg("smaaby:planreserve", _params(plan, lc, MIN_AREA=0, UNIT=0))
    assert _table(result["OUTPUT_TABLE"])[2]["total"] == pytest.approx(200.0)


def test_planreserve_overlaps_stop(run_alg, fixture, make_layer):
    _, lc, *_ = fixture
    plan = make_layer(
        "Polygon",
        CRS,
        {"formal": int},
        [
            (_box(0, 0, 100, 100), {"formal": 1110}),
            (_box(50, 0, 150, 100), {"formal": 1300}),
        ],
    )
    with pytest.raises(QgsProcessingException, match="overlap"):
        run_alg("smaaby:planreserve", _params(plan, lc))
    # "smaller polygon wins" resolves it (equal areas: the first feature keeps the overlap)
    result = run_alg("smaaby:planreserve", _params(plan, lc, OVERLAPS=4, UNIT=0))
    rows = _table(result["OUTPUT_TABLE"])
    assert rows[1]["total"] + rows[6]["total"] == pytest.approx(15000 - 4000 - 1000)


def test_planreserve_wrong_field_stops_with_the_cause(run_alg, fixture, make_layer):
    """A text purpose field (no code of the development table): the reserve would be
    empty, so the run stops saying why (it gave an empty reserve with exit code 0)."""
    _, lc, *_ = fixture
    plan = make_layer(
        "Polygon", CRS, {"formal": str}, [(_box(0, 0, 100, 100), {"formal": "bolig"})]
    )
    with pytest.raises(QgsProcessingException) as err:
        run_alg("smaaby:planreserve", _params(plan, lc))
    message = str(err.value)
    assert "none of the purposes is a code of the development table" in message
    assert "right field" in message and "Traceback" not in message


def _layer(path, name):
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def _shapely(layer, field):
    import shapely

    geoms, values = [], []
    for f in layer.getFeatures():
        geoms.append(shapely.from_wkb(bytes(f.geometry().asWkb())))
        values.append(f[field] if field else None)
    return np.array(geoms, dtype=object), np.array(values, dtype=object)


def _without_necks(geom, eps=1e-6):
    """The geometry without zero-width necks (a morphological opening by eps, mitred):
    where a plan edge coincides with an AR5 edge, the difference can leave a neck of
    zero area joining two parts, which would join them for the sliver test."""
    return geom.buffer(-eps, join_style="mitre").buffer(eps, join_style="mitre")


def test_planreserve_eksempelby(run_alg, eksempelby):
    """Eksempelby's proposed plan against a direct shapely computation.

    The expectation is built independently: dissolve the development land of the plan,
    subtract AR5 11/12 and water > 500 m² and the 15 m building/road buffer (groups
    bolig/sentrum, fritid, næring), drop parts below the ARV thresholds, and intersect
    with each AR5 class. (The core subtracts the clipped cover pieces instead of one
    dissolved union, which leaves no necks.)"""
    import shapely

    plan = _layer(eksempelby, "plan_proposed")
    lc = _layer(eksempelby, "landcover")
    buildings = _layer(eksempelby, "buildings")
    roads = _layer(eksempelby, "roads")
    shoreline = _layer(eksempelby, "shoreline")
    result = run_alg(
        "smaaby:planreserve",
        {
            "PLAN": plan,
            "PURPOSE_FIELD": "arealformal",
            "LANDCOVER": lc,
            "LANDCOVER_FIELD": "arealtype",
            "BUILT": [buildings, roads],
            "SHORE": shoreline,
            "UNIT": 0,
            "OUTPUT_RESERVE": "memory:",
            "OUTPUT_TABLE": "memory:",
        },
    )
    rows = _table(result["OUTPUT_TABLE"])

    pg, pcode = _shapely(plan, "arealformal")
    lg, lcode = _shapely(lc, "arealtype")
    bg, _ = _shapely(buildings, None)
    rg, _ = _shapely(roads, None)
    sg, _ = _shapely(shoreline, None)
    pcode, lcode = pcode.astype(float), lcode.astype(float)
    lc_area = np.array([g.area for g in lg])
    base = shapely.union_all(
        np.r_[lg[np.isin(lcode, [11, 12])], lg[np.isin(lcode, [81, 82]) & (lc_area > 500)]]
    )
    buffered = shapely.union_all([base, shapely.union_all(shapely.buffer(np.r_[bg, rg], 15))])
    shore_zone = shapely.union_all(shapely.buffer(sg, 100))
    # development codes and thresholds of the shipped table, written out by hand here
    groups = {
        1110: (1, 250, True),
        1130: (1, 250, True),
        1120: (2, 250, True),
        1300: (6, 1000, True),
        1150: (4, 150, False),
        1160: (3, 150, False),
        1400: (9, 150, False),
        1500: (10, 150, False),
        1600: (10, 150, False),
        1700: (10, 150, False),
        1800: (8, 150, False),
        2010: (11, 250, False),
        2020: (11, 250, False),
        2080: (11, 250, False),
        2040: (16, 150, False),
    }
    present = {int(c) for c in pcode}
    assert present - set(groups) <= {3040, 3020, 3050, 5100, 5200, 6001, 6100, 6230}, present
    expected = {}
    for code, (group, threshold, buffer) in groups.items():
        sel = pcode == code
        if not sel.any():
            continue
        for geom in pg[sel]:
            rest = geom.difference(buffered if buffer else base)
            parts = [p for p in shapely.get_parts(_without_necks(rest)) if p.area >= threshold]
            if not parts:
                continue
            rest = shapely.union_all(parts)
            entry = expected.setdefault(group, {"total": 0.0, "shore": 0.0})
            entry["total"] += rest.area
            entry["shore"] += rest.intersection(shore_zone).area
            for c in (21, 22, 23, 30, 50, 60):
                cover = shapely.union_all(lg[lcode == c])
                entry[c] = entry.get(c, 0.0) + rest.intersection(cover).area
    assert expected, "Eksempelby's proposal has development land"
    for group, entry in expected.items():
        row = rows[group]
        assert row["total"] == pytest.approx(entry["total"], rel=1e-6, abs=0.01)
        assert row["shore_zone"] == pytest.approx(entry["shore"], rel=1e-6, abs=0.01)
        for c in (21, 22, 23, 30, 50, 60):
            assert row[f"ar5_{c}"] == pytest.approx(entry.get(c, 0.0), rel=1e-6, abs=0.01)
    # the proposal builds on farmland, forest and bog (docs/eksempelby.md)
    total = sum(e["total"] for e in expected.values())
    assert total > 0

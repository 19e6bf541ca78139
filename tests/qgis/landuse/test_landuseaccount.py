"""smaaby:landuseaccount through processing.run: hand-computed fixtures, QGIS's native
intersection on the real Ås land cover, and QgsDistanceArea for ellipsoidal areas."""

from __future__ import annotations

from collections import defaultdict

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from shapely import Polygon, box

L_SHAPE = Polygon([(50, 0), (100, 0), (100, 100), (80, 100), (80, 20), (50, 20)])  # 2600 m²
WITH_HOLE = Polygon(
    box(50, 20, 80, 100).exterior.coords, [box(60, 40, 70, 60).exterior.coords]
)  # 2200 m²
X0, Y0 = 600000, 6600000  # shift the fixtures into Norway


def _shift(geom):
    from shapely import affinity

    return affinity.translate(geom, X0, Y0)


@pytest.fixture
def landuse(make_layer):
    rows = [
        (_shift(box(0, 0, 50, 100)), {"kode": "21"}),
        (_shift(L_SHAPE), {"kode": "30"}),
        (_shift(WITH_HOLE), {"kode": "60"}),
        (_shift(box(150, 0, 160, 10)).union(_shift(box(170, 0, 180, 10))), {"kode": "11"}),
        (_shift(box(180, 0, 190, 10)), {"kode": None}),
        (_shift(box(190, 0, 200, 10)), {"kode": "skog"}),
        (_shift(box(100, 90, 110, 100)), {"kode": "77"}),
    ]
    return make_layer("MultiPolygon", "EPSG:25833", {"kode": str}, rows, "landuse")


@pytest.fixture
def zones(make_layer):
    return make_layer(
        "Polygon",
        "EPSG:25833",
        {"navn": str},
        [
            (_shift(box(0, 0, 100, 100)), {"navn": "A"}),
            (_shift(box(100, 0, 200, 100)), {"navn": "B"}),
        ],
        "zones",
    )


def _table(layer):
    out = {}
    for f in layer.getFeatures():
        code = f["class_code"]
        code = None if code is None or (hasattr(code, "isNull") and code.isNull()) else int(code)
        out[(f["zone_id"], f["row_type"], code)] = f
    return out


def test_hand_fixture(run_alg, landuse, zones):
    res = run_alg(
        "smaaby:landuseaccount",
        {
            "LANDUSE": landuse,
            "CLASS_FIELD": "kode",
            "ZONES": zones,
            "ZONE_FIELD": "navn",
            "UNIT": 0,
            "CODE_LIST": 2,
            "OUTPUT_TABLE": "memory:",
            "OUTPUT_PIECES": "memory:",
        },
    )
    t = _table(res["OUTPUT_TABLE"])
    assert t[("A", "class", 21)]["area_m2"] == pytest.approx(5000.0)
    assert t[("A", "class", 30)]["area_m2"] == pytest.approx(2600.0)
    assert t[("A", "class", 60)]["area_m2"] == pytest.approx(2200.0)
    assert t[("A", "uncovered", None)]["area_m2"] == pytest.approx(200.0)
    assert t[("A", "class", 30)]["share_pct"] == pytest.approx(26.0)
    assert t[("B", "class", 11)]["area_m2"] == pytest.approx(200.0)  # two parts of 100
    assert t[("B", "no class", None)]["area_m2"] == pytest.approx(100.0)  # the null
    skog = t[("B", "class", None)]  # the text class "skog": a class of its own
    assert (skog["class"], skog["label_nb"]) == ("skog", "skog")
    assert skog["area_m2"] == pytest.approx(100.0)
    assert t[("B", "class", 77)]["class"] == "77" and t[("B", "class", 77)]["label_en"] == "77"
    assert t[("B", "class", 77)]["area_m2"] == pytest.approx(100.0)
    assert t[("B", "class", 77)]["in_code_list"] == 0  # not an AR5 code: kept, flagged
    assert t[("B", "class", 11)]["label_nb"] == "Bebygd"
    assert t[("B", "uncovered", None)]["area_m2"] == pytest.approx(10000.0 - 500.0)
    for zone in "AB":
        total = sum(f["area_m2"] for k, f in t.items() if k[0] == zone)
        assert total == pytest.approx(10000.0, rel=1e-12)
    pieces = res["OUTPUT_PIECES"]
    assert sum(f.geometry().area() for f in pieces.getFeatures()) == pytest.approx(20000.0)
    assert landuse.featureCount() == 7  # input untouched


def test_daa_default_and_no_zones(run_alg, landuse):
    res = run_alg(
        "smaaby:landuseaccount",
        {"LANDUSE": landuse, "CLASS_FIELD": "kode", "OUTPUT_TABLE": "memory:"},
    )
    t = _table(res["OUTPUT_TABLE"])
    assert t[("all", "class", 21)]["area_daa"] == pytest.approx(5.0)
    assert t[("all", "class", 60)]["area_daa"] == pytest.approx(2.2)
    assert not any(k[1] == "uncovered" for k in t)


def test_overlaps_stop_or_resolve(run_alg, make_layer, zones):
    lay = make_layer(
        "Polygon",
        "EPSG:25833",
        {"kode": int},
        [(_shift(box(0, 0, 60, 100)), {"kode": 30}), (_shift(box(40, 0, 100, 100)), {"kode": 21})],
        "overlapping",
    )
    params = {
        "LANDUSE": lay,
        "CLASS_FIELD": "kode",
        "ZONES": zones,
        "ZONE_FIELD": "navn",
        "UNIT": 0,
        "OUTPUT_TABLE": "memory:",
    }
    with pytest.raises(QgsProcessingException, match=r"overlap.*2000.0 m²"):
        run_alg("smaaby:landuseaccount", params)
    res = run_alg("smaaby:landuseaccount", dict(params, OVERLAPS=2))  # smallest code wins
    t = _table(res["OUTPUT_TABLE"])
    assert t[("A", "class", 21)]["area_m2"] == pytest.approx(6000.0)
    assert t[("A", "class", 30)]["area_m2"] == pytest.approx(4000.0)


def test_mixed_crs_and_population(run_alg, landuse, make_layer):
    to_wgs = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:25833"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    g = QgsGeometry.fromWkt(_shift(box(0, 0, 100, 100)).wkt)
    g.transform(to_wgs)
    zones_wgs = make_layer("Polygon", "EPSG:4326", {"navn": str}, [(g.asWkt(17), {"navn": "A"})])
    pop = make_layer(
        "Point",
        "EPSG:25833",
        {"bosatte": int},
        [
            (f"POINT ({X0 + 10} {Y0 + 10})", {"bosatte": 40}),
            (f"POINT ({X0 + 500} {Y0 + 10})", {"bosatte": 99}),
        ],
    )
    res = run_alg(
        "smaaby:landuseaccount",
        {
            "LANDUSE": landuse,
            "CLASS_FIELD": "kode",
            "ZONES": zones_wgs,
            "ZONE_FIELD": "navn",
            "POPULATION": pop,
            "POPULATION_FIELD": "bosatte",
            "UNIT": 0,
            "OUTPUT_TABLE": "memory:",
        },
    )
    t = _table(res["OUTPUT_TABLE"])
    assert t[("A", "class", 21)]["area_m2"] == pytest.approx(5000.0, rel=1e-6)
    assert t[("A", "class", 21)]["population"] == 40
    assert t[("A", "class", 21)]["m2_per_inhabitant"] == pytest.approx(125.0, rel=1e-6)


def test_empty_layer_is_a_clear_error(run_alg, make_layer):
    empty = make_layer("Polygon", "EPSG:25833", {"kode": int}, [])
    with pytest.raises(QgsProcessingException, match="LANDUSE has no features"):
        run_alg(
            "smaaby:landuseaccount",
            {"LANDUSE": empty, "CLASS_FIELD": "kode", "OUTPUT_TABLE": "memory:"},
        )


@pytest.fixture
def aas(shared_data):
    """URIs of the Ås N50 land cover and the Ås kommune polygon, and its geometry."""
    landcover = str(shared_data / "aas" / "ArealdekkeN50.gpkg")
    kommune = (
        str(shared_data / "norge" / "kommuner2024_25833.gpkg")
        + "|layername=kommuner2024|subset=\"kommunenummer\" = '3218'"
    )
    layer = QgsVectorLayer(kommune, "k", "ogr")
    assert layer.isValid() and layer.featureCount() == 1
    geometry = QgsGeometry(next(layer.getFeatures()).geometry())
    del layer
    return landcover, kommune, geometry


@pytest.mark.slow
def test_aas_matches_native_intersection(run_alg, aas):
    landcover, kommune, geometry = aas
    res = run_alg(
        "smaaby:landuseaccount",
        {
            "LANDUSE": landcover,
            "CLASS_FIELD": "klasse",
            "ZONES": kommune,
            "ZONE_FIELD": "kommunenummer",
            "UNIT": 0,
            "OUTPUT_TABLE": "memory:",
        },
    )
    t = _table(res["OUTPUT_TABLE"])
    native = run_alg(
        "native:intersection", {"INPUT": landcover, "OVERLAY": kommune, "OUTPUT": "memory:"}
    )["OUTPUT"]
    expect = defaultdict(float)
    for f in native.getFeatures():
        expect[int(f["klasse"])] += f.geometry().area()
    assert len(expect) == 11
    for code, area in expect.items():
        assert t[("3218", "class", code)]["area_m2"] == pytest.approx(area, rel=1e-9)
    kommune_area = geometry.area()
    gap = kommune_area - sum(expect.values())
    assert t[("3218", "uncovered", None)]["area_m2"] == pytest.approx(gap, rel=1e-6)
    assert t[("3218", "class", 800)]["label_nb"] == "skog"


@pytest.mark.slow
def test_aas_ellipsoidal_matches_qgsdistancearea(run_alg, aas):
    landcover, kommune, geometry = aas
    res = run_alg(
        "smaaby:landuseaccount",
        {
            "LANDUSE": landcover,
            "CLASS_FIELD": "klasse",
            "ZONES": kommune,
            "UNIT": 0,
            "ELLIPSOIDAL": True,
            "OUTPUT_TABLE": "memory:",
        },
    )
    rows = list(res["OUTPUT_TABLE"].getFeatures())
    da = QgsDistanceArea()
    da.setSourceCrs(
        QgsCoordinateReferenceSystem("EPSG:25833"), QgsProject.instance().transformContext()
    )
    da.setEllipsoid("GRS80")
    expect = da.measureArea(geometry)
    assert rows[0]["zone_area_m2"] == pytest.approx(expect, rel=2e-6)
    assert sum(f["area_m2"] for f in rows) == pytest.approx(expect, rel=2e-6)


def test_eksempelby_kommuner(run_alg, eksempelby):
    landcover = f"{eksempelby}|layername=landcover"
    res = run_alg(
        "smaaby:landuseaccount",
        {
            "LANDUSE": landcover,
            "CLASS_FIELD": "arealtype",
            "ZONES": f"{eksempelby}|layername=kommuner",
            "ZONE_FIELD": "kommunenummer",
            "UNIT": 0,
            "CODE_LIST": 0,
            "OUTPUT_TABLE": "memory:",
        },
    )
    t = _table(res["OUTPUT_TABLE"])
    # Independent: the land cover is a partition of kommune 9901.
    layer = QgsVectorLayer(landcover, "lc", "ogr")
    expect = defaultdict(float)
    for f in layer.getFeatures():
        expect[int(f["arealtype"])] += f.geometry().area()
    del layer
    for code, area in expect.items():
        assert t[("9901", "class", code)]["area_m2"] == pytest.approx(area, rel=1e-6)
        assert t[("9901", "class", code)]["in_code_list"] == 1  # AR5 chosen automatically
    assert t[("9901", "uncovered", None)]["area_m2"] == pytest.approx(0.0, abs=1.0)
    neighbours = {k[0] for k in t if k[0] != "9901"}
    assert neighbours and all(
        t[(z, "uncovered", None)]["share_pct"] == pytest.approx(100.0) for z in neighbours
    )


@pytest.mark.slow
def test_qgis_process_on_grid_cells_matches_native_intersection(
    qgis_process, run_alg, eksempelby, tmp_path
):
    """The demo's grid step under qgis_process (which runs shapely on QGIS's own GEOS):
    SSB 250 m cells are rectangles, so this takes the rectangle-clipping path and the
    edge-matching overlap check; every (cell, class) row is checked against QGIS's
    native:intersection, and every cell's rows against its 62,500 m²."""
    landcover = f"{eksempelby}|layername=landcover"
    cells = f"{eksempelby}|layername=population"
    out = tmp_path / "grid.gpkg"
    result = qgis_process.json(
        "run",
        "smaaby:landuseaccount",
        f"--LANDUSE={landcover}",
        "--CLASS_FIELD=arealtype",
        f"--ZONES={cells}",
        "--ZONE_FIELD=ssbid_250m",
        "--UNIT=0",
        f"--OUTPUT_TABLE={out}",
    )
    table = QgsVectorLayer(result["results"]["OUTPUT_TABLE"], "table", "ogr")
    ours, per_cell = {}, defaultdict(float)
    for f in table.getFeatures():
        per_cell[str(f["zone_id"])] += f["area_m2"]
        if f["row_type"] == "class":
            ours[(str(f["zone_id"]), int(f["class_code"]))] = f["area_m2"]
    del table
    native = run_alg(
        "native:intersection",
        {
            "INPUT": landcover,
            "OVERLAY": cells,
            "INPUT_FIELDS": ["arealtype"],
            "OVERLAY_FIELDS": ["ssbid_250m"],
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    expect = defaultdict(float)
    for f in native.getFeatures():
        if f.geometry().area() > 0:
            expect[(str(f["ssbid_250m"]), int(f["arealtype"]))] += f.geometry().area()
    assert len(ours) > 3000 and set(ours) == set(expect)
    for key, area in expect.items():
        assert ours[key] == pytest.approx(area, rel=1e-6, abs=1e-6), key
    grid = QgsVectorLayer(cells, "cells", "ogr")
    assert len(per_cell) == grid.featureCount()
    for f in grid.getFeatures():
        box_ = f.geometry().boundingBox()
        assert (box_.width(), box_.height()) == (250.0, 250.0)
        assert f.geometry().constGet().exteriorRing().numPoints() == 5  # a plain rectangle
        assert per_cell[str(f["ssbid_250m"])] == pytest.approx(62_500.0, rel=1e-9)

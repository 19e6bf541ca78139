"""smaaby:landconsumption through processing.run: hand-made fixtures and Eksempelby."""

from __future__ import annotations

import math

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

CRS = "EPSG:25833"


def _is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def _rows(layer):
    return {f["zone"]: f for f in layer.getFeatures()}


@pytest.fixture
def fixture_layers(make_layer):
    # Zones A (0..100 x 0..100) and B (100..200 x 0..100).
    zones = make_layer(
        "Polygon",
        CRS,
        {"name": str},
        [
            ("POLYGON((0 0,100 0,100 100,0 100,0 0))", {"name": "A"}),
            ("POLYGON((100 0,200 0,200 100,100 100,100 0))", {"name": "B"}),
        ],
    )
    # T1: A has 20x10 = 200 m², B 10x10 = 100 m². T2: A 20x20 = 400 m² drawn as two
    # overlapping squares (counted once), B 30x10 = 300 m² plus 100 m² outside all zones.
    built_1 = make_layer(
        "Polygon",
        CRS,
        {"y": int},
        [
            ("POLYGON((0 0,20 0,20 10,0 10,0 0))", {"y": 1}),
            ("POLYGON((100 0,110 0,110 10,100 10,100 0))", {"y": 1}),
        ],
    )
    built_2 = make_layer(
        "Polygon",
        CRS,
        {"y": int},
        [
            ("POLYGON((0 0,20 0,20 20,0 20,0 0))", {"y": 2}),
            ("POLYGON((0 0,20 0,20 20,0 20,0 0))", {"y": 2}),
            ("POLYGON((100 0,130 0,130 10,100 10,100 0))", {"y": 2}),
            ("POLYGON((500 500,510 500,510 510,500 510,500 500))", {"y": 2}),
        ],
    )
    # Cells: one per zone, plus a cell straddling the border (half in each zone).
    cells = make_layer(
        "Polygon",
        CRS,
        {"p1": int, "p2": int},
        [
            ("POLYGON((0 50,50 50,50 100,0 100,0 50))", {"p1": 10, "p2": 20}),
            ("POLYGON((150 50,200 50,200 100,150 100,150 50))", {"p1": 100, "p2": 60}),
            ("POLYGON((75 0,125 0,125 50,75 50,75 0))", {"p1": 0, "p2": 40}),
        ],
    )
    return zones, built_1, built_2, cells


def _params(zones, built_1, built_2, pop_1, pop_2, **extra):
    params = {
        "ZONES": zones,
        "ZONE_FIELD": "name",
        "BUILT_T1": built_1,
        "BUILT_T2": built_2,
        "POPULATION_T1": pop_1,
        "POPULATION_FIELD_T1": "p1",
        "POPULATION_T2": pop_2,
        "POPULATION_FIELD_T2": "p2",
        "YEAR_T1": 2015,
        "YEAR_T2": 2022,
        "UNIT": 0,
        "OUTPUT": "memory:",
    }
    params.update(extra)
    return params


def test_landconsumption_hand_fixture(run_alg, fixture_layers):
    zones, built_1, built_2, cells = fixture_layers
    result = run_alg("smaaby:landconsumption", _params(zones, built_1, built_2, cells, cells))
    rows = _rows(result["OUTPUT"])
    a, b = rows["A"], rows["B"]
    assert a["built_t1_m2"] == pytest.approx(200.0)
    assert a["built_t2_m2"] == pytest.approx(400.0)
    assert b["built_t1_m2"] == pytest.approx(100.0)
    assert b["built_t2_m2"] == pytest.approx(300.0)
    # A: 10 -> 20 + half of 0 -> 40 = 40; B: 100 -> 60 + 20 = 80
    assert (a["pop_t1"], a["pop_t2"]) == pytest.approx((10.0, 40.0))
    assert (b["pop_t1"], b["pop_t2"]) == pytest.approx((100.0, 80.0))
    assert a["lcr"] == pytest.approx(math.log(2) / 7)
    assert a["pgr"] == pytest.approx(math.log(4) / 7)
    assert a["lcrpgr"] == pytest.approx(0.5)
    assert a["built_per_cap_t1_m2"] == pytest.approx(20.0)
    assert a["built_per_cap_t2_m2"] == pytest.approx(10.0)
    # B shrinks: ratio null with a note, rates still given
    assert _is_null(b["lcrpgr"])
    assert "declined" in b["lcrpgr_note"]
    assert b["lcr"] == pytest.approx(math.log(3) / 7)
    assert b["pgr"] == pytest.approx(math.log(0.8) / 7)


def test_landconsumption_centroid_and_daa(run_alg, fixture_layers):
    zones, built_1, built_2, cells = fixture_layers
    result = run_alg(
        "smaaby:landconsumption",
        _params(zones, built_1, built_2, cells, cells, POPULATION_METHOD=1, UNIT=1),
    )
    rows = _rows(result["OUTPUT"])
    # the straddling cell's centroid (100, 25) is on the border: it goes to the first zone (A)
    assert rows["A"]["pop_t2"] == pytest.approx(60.0)
    assert rows["B"]["pop_t2"] == pytest.approx(60.0)
    assert rows["A"]["built_t2_daa"] == pytest.approx(0.4)


def test_landconsumption_bad_years(run_alg, fixture_layers):
    zones, built_1, built_2, cells = fixture_layers
    with pytest.raises(QgsProcessingException, match="YEAR_T2"):
        run_alg(
            "smaaby:landconsumption",
            _params(zones, built_1, built_2, cells, cells, YEAR_T1=2022, YEAR_T2=2022),
        )


def test_landconsumption_text_population_field(run_alg, fixture_layers, make_layer):
    zones, built_1, built_2, _ = fixture_layers
    points = make_layer(
        "Point",
        CRS,
        {"p1": int, "p2": int},
        [
            ("POINT(10 10)", {"p1": -5, "p2": 3}),
        ],
    )
    with pytest.raises(QgsProcessingException, match="negative"):
        run_alg("smaaby:landconsumption", _params(zones, built_1, built_2, points, points))


def test_landconsumption_eksempelby(run_alg, eksempelby):
    """Every zone (kommune) against a direct shapely computation on the GeoPackage."""
    import numpy as np
    import shapely

    def layer(name):
        lyr = QgsVectorLayer(f"{eksempelby}|layername={name}", name, "ogr")
        assert lyr.isValid(), name
        return lyr

    def geoms(lyr):
        return [shapely.from_wkb(bytes(f.geometry().asWkb())) for f in lyr.getFeatures()]

    kommuner, b15, b22, pop = (
        layer(n) for n in ("kommuner", "built_2015", "built_2022", "population")
    )
    result = run_alg(
        "smaaby:landconsumption",
        {
            "ZONES": kommuner,
            "ZONE_FIELD": "kommunenummer",
            "BUILT_T1": b15,
            "BUILT_T2": b22,
            "POPULATION_T1": pop,
            "POPULATION_FIELD_T1": "pop2015",
            "POPULATION_T2": pop,
            "POPULATION_FIELD_T2": "pop2022",
            "YEAR_T1": 2015,
            "YEAR_T2": 2022,
            "UNIT": 0,
            "OUTPUT": "memory:",
        },
    )
    rows = _rows(result["OUTPUT"])
    u15 = shapely.union_all(geoms(b15))
    u22 = shapely.union_all(geoms(b22))
    cells = geoms(pop)
    p15 = np.array([f["pop2015"] for f in pop.getFeatures()], dtype=float)
    p22 = np.array([f["pop2022"] for f in pop.getFeatures()], dtype=float)
    cell_area = np.array([c.area for c in cells])
    assert len(rows) == kommuner.featureCount()
    for feature in kommuner.getFeatures():
        zone = shapely.from_wkb(bytes(feature.geometry().asWkb()))
        row = rows[feature["kommunenummer"]]
        e15 = zone.intersection(u15).area
        e22 = zone.intersection(u22).area
        share = np.array([zone.intersection(c).area for c in cells]) / cell_area
        q15, q22 = float(share @ p15), float(share @ p22)
        assert row["built_t1_m2"] == pytest.approx(e15, rel=1e-9, abs=1e-6)
        assert row["built_t2_m2"] == pytest.approx(e22, rel=1e-9, abs=1e-6)
        assert row["pop_t1"] == pytest.approx(q15, rel=1e-9, abs=1e-9)
        assert row["pop_t2"] == pytest.approx(q22, rel=1e-9, abs=1e-9)
        if e15 > 1e-3 and e22 > 1e-3:
            assert row["lcr"] == pytest.approx(math.log(e22 / e15) / 7, rel=1e-9)
        elif e15 < 1e-3 and e22 < 1e-3:
            # kommuner without built-up land: no rate, and the note says why
            assert _is_null(row["lcr"]) and _is_null(row["lcrpgr"])
            assert "no built-up area" in row["lcrpgr_note"]
        if q15 > 0 and q22 > 0:
            pgr = math.log(q22 / q15) / 7
            assert row["pgr"] == pytest.approx(pgr, rel=1e-9, abs=1e-15)
            if pgr > 0 and e15 > 1e-3 and e22 > 1e-3:
                assert row["lcrpgr"] == pytest.approx(math.log(e22 / e15) / 7 / pgr, rel=1e-9)
            if pgr <= 0:
                assert row["lcrpgr_note"]
    # the sample town itself grows in people and built-up land
    town = rows["9901"]
    assert town["built_t2_m2"] > town["built_t1_m2"] > 0

"""smaaby:shapecompactness through processing.run: hand shapes with closed forms, and the
real kommuner of 2024 checked against QGIS's own geometry functions."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsVectorLayer,
)

DATA = Path(__file__).resolve().parents[4] / "shared" / "data"
KOMMUNER = DATA / "norge" / "kommuner2024_25833.gpkg"
ALL = [
    "polsby_popper",
    "schwartzberg",
    "reock",
    "convex_hull",
    "nmi",
    "proximity",
    "cohesion",
    "spin",
    "exchange",
    "depth",
    "girth",
    "range",
]


def rows_by(layer, key):
    names = [f.name() for f in layer.fields()]
    return {f[key]: dict(zip(names, f.attributes())) for f in layer.getFeatures()}


def kommuner():
    if not KOMMUNER.exists():
        pytest.skip(f"../shared/data is absent: {KOMMUNER} not found")
    layer = QgsVectorLayer(str(KOMMUNER), "kommuner", "ogr")
    assert layer.isValid()
    return layer


def test_square_and_rectangle_closed_forms(run_alg, make_layer):
    layer = make_layer(
        "Polygon",
        "EPSG:25833",
        {"name": str, "code": int},
        [
            (
                "POLYGON((300000 6700000, 300100 6700000, 300100 6700100, 300000 6700100, "
                "300000 6700000))",
                {"name": "square", "code": 1},
            ),
            (
                "POLYGON((301000 6700000, 301400 6700000, 301400 6700100, 301000 6700100, "
                "301000 6700000))",
                {"name": "rect", "code": 2},
            ),
        ],
    )
    out = run_alg("smaaby:shapecompactness", {"INPUT": layer, "OUTPUT": "memory:"})["OUTPUT"]
    assert [f.name() for f in out.fields()] == ["name", "code", *ALL]
    rows = rows_by(out, "name")
    sq, rect = rows["square"], rows["rect"]
    assert sq["code"] == 1 and rect["code"] == 2
    assert sq["polsby_popper"] == pytest.approx(math.pi / 4)
    assert sq["schwartzberg"] == pytest.approx(math.sqrt(math.pi) / 2)
    assert sq["reock"] == pytest.approx(2 / math.pi)
    assert sq["nmi"] == pytest.approx(3 / math.pi) and sq["spin"] == pytest.approx(3 / math.pi)
    # Mean distance to the centre of a unit square: (sqrt 2 + ln(1 + sqrt 2)) / 6.
    mean = (math.sqrt(2) + math.log(1 + math.sqrt(2))) / 6
    assert sq["proximity"] == pytest.approx((2 / 3) / math.sqrt(math.pi) / mean)
    # Mean distance to the boundary of a square: side / 6; sampled (1 %).
    assert sq["depth"] == pytest.approx(math.sqrt(math.pi) / 2, rel=0.01)
    assert sq["girth"] == pytest.approx(math.sqrt(math.pi) / 2, abs=2e-3)
    assert sq["range"] == pytest.approx(math.sqrt(2 / math.pi))
    assert rect["polsby_popper"] == pytest.approx(0.16 * math.pi)
    assert rect["reock"] == pytest.approx(16 / (17 * math.pi))
    assert rect["nmi"] == pytest.approx(24 / (17 * math.pi))
    assert rect["convex_hull"] == pytest.approx(1.0)
    assert rect["girth"] == pytest.approx(50 / math.sqrt(40000 / math.pi), abs=2e-3)


def test_subset_holes_multipart_null_geometry_and_clashing_field(run_alg, make_layer):
    layer = make_layer(
        "MultiPolygon",
        "EPSG:25833",
        {"id": int, "reock": str},
        [
            (
                "MULTIPOLYGON(((0 0, 1 0, 1 1, 0 1, 0 0)), ((2 0, 3 0, 3 1, 2 1, 2 0)))",
                {"id": 1, "reock": "old"},
            ),
            (
                "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0), (3 3, 3 7, 7 7, 7 3, 3 3)))",
                {"id": 2, "reock": "old"},
            ),
            (None, {"id": 3, "reock": "old"}),
        ],
    )
    out = run_alg(
        "smaaby:shapecompactness", {"INPUT": layer, "INDICES": [0, 2, 3, 4], "OUTPUT": "memory:"}
    )["OUTPUT"]
    assert [f.name() for f in out.fields()] == [
        "id",
        "polsby_popper",
        "reock",
        "convex_hull",
        "nmi",
    ]
    rows = rows_by(out, "id")
    assert sorted(rows) == [1, 2]  # the feature without geometry is skipped (logged)
    two = rows[1]  # two unit squares 1 apart, one shape
    assert two["polsby_popper"] == pytest.approx(math.pi / 8)
    assert two["reock"] == pytest.approx(2 / (math.pi * 10 / 4))
    assert two["convex_hull"] == pytest.approx(2 / 3)
    assert two["nmi"] == pytest.approx(4 / (2 * math.pi * 2 * (1 / 6 + 1)))
    holed = rows[2]  # 10 x 10 with a 4 x 4 hole: I = (10**4 - 4**4) / 6
    assert holed["nmi"] == pytest.approx(84**2 / (2 * math.pi * (10**4 - 4**4) / 6))
    assert holed["convex_hull"] == pytest.approx(0.84)
    assert holed["polsby_popper"] == pytest.approx(4 * math.pi * 84 / 56**2)


@pytest.mark.slow
def test_kommuner_against_qgis_geometry_functions(run_alg):
    layer = kommuner()
    out = run_alg(
        "smaaby:shapecompactness",
        {"INPUT": layer, "INDICES": [0, 2, 3, 10, 11], "OUTPUT": "memory:"},
    )["OUTPUT"]
    assert out.featureCount() == layer.featureCount() == 357
    names = [f.name() for f in out.fields()]
    assert "src_fid" in names and "kommunenavn" in names and "fid" not in names
    results = rows_by(out, "kommunenummer")
    worst = {"pp": 0.0, "reock": 0.0, "hull": 0.0, "girth": 0.0}
    compared = 0
    for feature in layer.getFeatures():
        geom = feature.geometry()
        row = results[feature["kommunenummer"]]
        assert row["range"] == pytest.approx(math.sqrt(row["reock"]), rel=1e-9)
        if not geom.isGeosValid():  # 32 self-intersecting outlines are repaired first
            continue
        compared += 1
        area, perimeter = geom.area(), geom.length()
        r = math.sqrt(area / math.pi)
        _, _, radius = geom.minimalEnclosingCircle()  # QGIS's own Welzl implementation
        _, inscribed = geom.poleOfInaccessibility(r * 1e-4)  # QGIS's own polylabel
        worst["pp"] = max(
            worst["pp"], abs(row["polsby_popper"] / (4 * math.pi * area / perimeter**2) - 1)
        )
        worst["reock"] = max(worst["reock"], abs(row["reock"] / (area / (math.pi * radius**2)) - 1))
        worst["hull"] = max(
            worst["hull"], abs(row["convex_hull"] / (area / geom.convexHull().area()) - 1)
        )
        worst["girth"] = max(worst["girth"], abs(row["girth"] - inscribed / r))
    assert compared == 325
    assert worst["pp"] < 1e-9 and worst["hull"] < 1e-9
    assert worst["reock"] < 1e-6
    assert worst["girth"] < 2e-3


@pytest.mark.slow
def test_geographic_input_is_reprojected_to_utm(run_alg):
    layer = kommuner()
    geo = run_alg(
        "native:reprojectlayer",
        {
            "INPUT": layer,
            "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:4326"),
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    params = {"INDICES": [0, 4, 5], "OUTPUT": "memory:"}
    out = run_alg("smaaby:shapecompactness", {"INPUT": geo, **params})["OUTPUT"]
    assert out.crs().authid() == "EPSG:25833"
    ref = rows_by(
        run_alg("smaaby:shapecompactness", {"INPUT": layer, **params})["OUTPUT"], "kommunenummer"
    )
    for knr, row in rows_by(out, "kommunenummer").items():
        for key in ("polsby_popper", "nmi", "proximity"):
            assert row[key] == pytest.approx(ref[knr][key], rel=1e-6), (knr, key)


def test_empty_layer_and_no_index_give_clear_errors(run_alg, make_layer):
    empty = make_layer("Polygon", "EPSG:25833", {"id": int}, [])
    with pytest.raises(QgsProcessingException, match="has no features"):
        run_alg("smaaby:shapecompactness", {"INPUT": empty, "OUTPUT": "memory:"})
    layer = make_layer(
        "Polygon", "EPSG:25833", {"id": int}, [("POLYGON((0 0, 1 0, 1 1, 0 0))", {"id": 1})]
    )
    with pytest.raises(QgsProcessingException):
        run_alg("smaaby:shapecompactness", {"INPUT": layer, "INDICES": [], "OUTPUT": "memory:"})


def test_flat_polygon_is_skipped(run_alg, make_layer):
    layer = make_layer(
        "Polygon",
        "EPSG:25833",
        {"id": int},
        [
            ("POLYGON((0 0, 1 0, 1 1, 0 0))", {"id": 1}),
            ("POLYGON((0 0, 1 0, 2 0, 0 0))", {"id": 2}),
        ],
    )
    out = run_alg("smaaby:shapecompactness", {"INPUT": layer, "INDICES": [0], "OUTPUT": "memory:"})[
        "OUTPUT"
    ]
    rows = rows_by(out, "id")
    # A right triangle with legs 1: A = 0.5, P = 2 + sqrt 2.
    assert rows[1]["polsby_popper"] == pytest.approx(2 * math.pi / (2 + math.sqrt(2)) ** 2)
    # The flat ring repairs to a line, which has no polygon: skipped (and logged).
    assert sorted(rows) == [1]


@pytest.mark.slow
def test_qgis_process_gives_the_values_of_processing_run(qgis_process, run_alg, tmp_path):
    # Under qgis_process shapely runs on QGIS's own GEOS: every index must still come out,
    # and the same as in this process (girth within its tolerance: GEOS versions differ).
    layer = kommuner()
    out = tmp_path / "kc.gpkg"
    result = qgis_process.json(
        "run",
        "smaaby:shapecompactness",
        f"--INPUT={KOMMUNER}",
        "--SAMPLE_POINTS=64",
        f"--OUTPUT={out}",
    )
    written = rows_by(QgsVectorLayer(result["results"]["OUTPUT"], "out", "ogr"), "kommunenummer")
    here = rows_by(
        run_alg(
            "smaaby:shapecompactness", {"INPUT": layer, "SAMPLE_POINTS": 64, "OUTPUT": "memory:"}
        )["OUTPUT"],
        "kommunenummer",
    )
    assert len(written) == len(here) == 357
    tolerance = {"girth": 2e-3}
    for knr, row in here.items():
        for key in ALL:
            assert written[knr][key] == pytest.approx(row[key], abs=tolerance.get(key, 1e-9)), (
                knr,
                key,
            )

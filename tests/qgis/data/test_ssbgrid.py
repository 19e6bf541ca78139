"""smaaby:ssbgrid through processing.run: the real 250 m grid, CSV tables, bad ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

GRID = (
    Path(__file__).resolve().parents[4]
    / "shared"
    / "data"
    / "norge"
    / ("popgrid250m_towns_25833.gpkg")
)


def grid_layer(name: str) -> QgsVectorLayer:
    if not GRID.exists():
        pytest.skip(f"../shared/data is absent: {GRID} not found")
    layer = QgsVectorLayer(f"{GRID}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


def is_null(value) -> bool:
    return value is None or (isinstance(value, QVariant) and value.isNull())


def attributes(layer) -> list[dict]:
    names = [f.name() for f in layer.fields()]
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


@pytest.mark.parametrize(
    "name, cells, pop2019",
    [("pop250m_hamar_3403", 911, 31339), ("pop250m_elverum_3420", 1433, None)],
)
def test_real_grid_cells_are_rebuilt_from_their_ids(run_alg, name, cells, pop2019):
    layer = grid_layer(name)
    res = run_alg(
        "smaaby:ssbgrid",
        {
            "INPUT": layer,
            "ID_FIELD": "ssbid_250m",
            "OUTPUT": "memory:",
            "OUTPUT_INVALID": "memory:",
        },
    )
    out = res["OUTPUT"]
    assert res["INVALID_COUNT"] == 0 and res["CELL_SIZE_USED"] == 250
    assert res["OUTPUT_INVALID"].featureCount() == 0
    assert out.featureCount() == cells and out.crs().authid() == "EPSG:25833"
    own = {f["ssbid_250m"]: f for f in layer.getFeatures()}
    for feature in out.getFeatures():
        original = own[feature["ssbid_250m"]]
        # The cell decoded from the id is the cell's own polygon and its own corner.
        assert feature.geometry().symDifference(original.geometry()).area() == 0
        bbox = feature.geometry().boundingBox()
        assert (bbox.xMinimum(), bbox.yMinimum()) == (original["x_ll"], original["y_ll"])
        assert feature["pop2015"] == original["pop2015"]
    if pop2019 is not None:
        assert sum(f["pop2019"] for f in out.getFeatures()) == pop2019


def test_table_with_integer_ids_bad_ids_and_nulls(run_alg, make_layer):
    table = make_layer(
        "None",
        "",
        {"ssbid1000m": int, "pop": int},
        [
            (None, {"ssbid1000m": 19250006616000, "pop": 10}),
            (None, {"ssbid1000m": 19250006617000, "pop": None}),
            (None, {"ssbid1000m": None, "pop": 3}),
            (None, {"ssbid1000m": 1925000661, "pop": 4}),
            (None, {"ssbid1000m": 19250006617001, "pop": 5}),
        ],
    )
    res = run_alg(
        "smaaby:ssbgrid",
        {
            "INPUT": table,
            "ID_FIELD": "ssbid1000m",
            "OUTPUT": "memory:",
            "OUTPUT_INVALID": "memory:",
        },
    )
    assert res["CELL_SIZE_USED"] == 1000 and res["INVALID_COUNT"] == 3
    cells = {f["ssbid1000m"]: f for f in res["OUTPUT"].getFeatures()}
    assert sorted(cells) == [19250006616000, 19250006617000]
    expected = QgsGeometry.fromWkt(
        "POLYGON((-75000 6616000, -74000 6616000, -74000 6617000, -75000 6617000, -75000 6616000))"
    )
    assert cells[19250006616000].geometry().symDifference(expected).area() == 0
    assert is_null(cells[19250006617000]["pop"]) and cells[19250006616000]["pop"] == 10
    bad = sorted(attributes(res["OUTPUT_INVALID"]), key=lambda r: r["pop"])
    assert [(r["pop"], r["reason"]) for r in bad] == [
        (3, "empty id"),
        (4, "not 14 digits"),
        (5, "not on the 1000 m grid"),
    ]


def test_point_layer_rows_without_geometry_are_kept(run_alg, make_layer):
    points = make_layer(
        "Point",
        "EPSG:4326",
        {"rute": str},
        [
            ("POINT(10 60)", {"rute": "22832506748250"}),
            (None, {"rute": "22835006747750"}),
        ],
    )
    res = run_alg(
        "smaaby:ssbgrid",
        {"INPUT": points, "ID_FIELD": "rute", "CELL_SIZE": 250, "OUTPUT": "memory:"},
    )
    out = res["OUTPUT"]
    assert out.featureCount() == 2 and out.crs().authid() == "EPSG:25833"
    boxes = sorted(
        (f.geometry().boundingBox().xMinimum(), f.geometry().boundingBox().yMinimum())
        for f in out.getFeatures()
    )
    assert boxes == [(283250, 6748250), (283500, 6747750)]


def test_csv_from_ssb_with_decimal_commas(run_alg, tmp_path):
    csv = tmp_path / "nor1km.csv"
    # The first rows of SSB's 2015 1 km file as published (GeoForum/veiledning08).
    csv.write_text(
        "SSBID1000M;pop_tot;pop_ave\n19250006616000;10;39,9\n"
        "19250006617000;146;39,2\n19250006618000;27;54\n19260006617000;23;33\n"
    )
    uri = f"file://{csv}?delimiter=;&decimalPoint=,&detectTypes=yes&geomType=none"
    layer = QgsVectorLayer(uri, "nor1km", "delimitedtext")
    assert layer.isValid() and layer.featureCount() == 4
    res = run_alg("smaaby:ssbgrid", {"INPUT": layer, "ID_FIELD": "SSBID1000M", "OUTPUT": "memory:"})
    assert res["CELL_SIZE_USED"] == 1000 and res["INVALID_COUNT"] == 0
    corners = sorted(
        (f.geometry().boundingBox().xMinimum(), f.geometry().boundingBox().yMinimum())
        for f in res["OUTPUT"].getFeatures()
    )
    assert corners == [(-75000, 6616000), (-75000, 6617000), (-75000, 6618000), (-74000, 6617000)]
    areas = {f.geometry().area() for f in res["OUTPUT"].getFeatures()}
    assert areas == {1e6}
    assert sum(f["pop_tot"] for f in res["OUTPUT"].getFeatures()) == 206


def test_a_given_cell_size_most_ids_are_off_stops_naming_their_grid(run_alg):
    # Ås is on the 250 m grid: with CELL_SIZE 1000 the 1/16 of ids that fit by chance
    # would get 1 km squares over 15 neighbours each (was the output, with a warning).
    layer = grid_layer("pop250m_aas_3218")
    on_km = [f for f in layer.getFeatures() if f["x_ll"] % 1000 == 0 and f["y_ll"] % 1000 == 0]
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(
            "smaaby:ssbgrid",
            {"INPUT": layer, "ID_FIELD": "ssbid_250m", "CELL_SIZE": 1000, "OUTPUT": "memory:"},
        )
    text = str(caught.value)
    assert f"{605 - len(on_km)} of the 605 decodable ids do not lie on the 1000 m grid" in text
    assert "they lie on the 250 m grid" in text and "Traceback" not in text


def test_given_cell_size_reports_the_few_off_grid_ids(run_alg, make_layer):
    ids = ["22832506748250", "22835006747750", "22837506747500", "22832516748250"]
    table = make_layer("None", "", {"id": str}, [(None, {"id": i}) for i in ids])
    res = run_alg(
        "smaaby:ssbgrid",
        {
            "INPUT": table,
            "ID_FIELD": "id",
            "CELL_SIZE": 250,
            "OUTPUT": "memory:",
            "OUTPUT_INVALID": "memory:",
        },
    )
    assert res["OUTPUT"].featureCount() == 3 and res["INVALID_COUNT"] == 1
    assert [r["reason"] for r in attributes(res["OUTPUT_INVALID"])] == ["not on the 250 m grid"]


def test_nothing_decodable_is_an_error(run_alg, make_layer):
    table = make_layer("None", "", {"id": str}, [(None, {"id": "abc"}), (None, {"id": "12"})])
    with pytest.raises(QgsProcessingException, match="could be read as an SSB grid id"):
        run_alg("smaaby:ssbgrid", {"INPUT": table, "ID_FIELD": "id", "OUTPUT": "memory:"})


@pytest.mark.slow
def test_qgis_process_writes_the_cells(qgis_process, tmp_path):
    layer = grid_layer("pop250m_hamar_3403")
    out = tmp_path / "cells.gpkg"
    result = qgis_process.json(
        "run",
        "smaaby:ssbgrid",
        f"--INPUT={GRID}|layername={layer.name()}",
        "--ID_FIELD=ssbid_250m",
        f"--OUTPUT={out}",
        f"--OUTPUT_INVALID={tmp_path / 'bad.gpkg'}",
    )
    assert result["results"]["INVALID_COUNT"] == 0
    assert result["results"]["CELL_SIZE_USED"] == 250
    cells = QgsVectorLayer(result["results"]["OUTPUT"], "cells", "ogr")
    assert cells.featureCount() == 911
    own = {f["ssbid_250m"]: f.geometry() for f in layer.getFeatures()}
    for feature in cells.getFeatures():
        assert feature.geometry().symDifference(own[feature["ssbid_250m"]]).area() == 0


def test_the_same_cell_written_differently_is_counted_and_named(run_alg, make_layer, log_feedback):
    ids = ["22832506748250", " 22832506748250 ", "2.283250674825E+13", "22835006747750"]
    table = make_layer("None", "", {"id": str, "pop": float}, [(None, {"id": i}) for i in ids])
    feedback = log_feedback()
    res = run_alg(
        "smaaby:ssbgrid",
        {"INPUT": table, "ID_FIELD": "id", "CELL_SIZE": 250, "OUTPUT": "memory:"},
        feedback,
    )
    # every row keeps its cell: three squares at x 283250, y 6748250
    corners = sorted(
        (f.geometry().boundingBox().xMinimum(), f.geometry().boundingBox().yMinimum())
        for f in res["OUTPUT"].getFeatures()
    )
    assert corners == [(283250, 6748250)] * 3 + [(283500, 6747750)]
    warning = [line for line in feedback.log if "repeat the cell of an earlier row" in line]
    assert len(warning) == 1 and warning[0].startswith("2 row(s)")
    assert "2.283250674825E+13" in warning[0] and "one row per cell" in warning[0]


@pytest.mark.parametrize(
    "size, words",
    [
        (1e9, "is outside the accepted range 0 to 100000"),
        (float("nan"), "is not a number"),
        (0.001, "must be a whole number of metres"),
        (250.5, "must be a whole number of metres"),
    ],
)
def test_a_cell_size_out_of_range_or_fractional_stops(run_alg, make_layer, size, words):
    table = make_layer("None", "", {"id": str}, [(None, {"id": "22832506748250"})])
    with pytest.raises(QgsProcessingException, match=words) as caught:
        run_alg(
            "smaaby:ssbgrid",
            {"INPUT": table, "ID_FIELD": "id", "CELL_SIZE": size, "OUTPUT": "memory:"},
        )
    assert "Traceback" not in str(caught.value) and "Error" not in str(caught.value)


def test_a_layer_without_crs_is_read_for_its_ids_only(run_alg, make_layer):
    # the input's geometry and CRS are not used: a layer with no CRS gives the cells
    layer = make_layer(
        "Point", "", {"id": str}, [("POINT(0 0)", {"id": "22832506748250"}), (None, {"id": None})]
    )
    assert not layer.crs().isValid()
    res = run_alg(
        "smaaby:ssbgrid",
        {"INPUT": layer, "ID_FIELD": "id", "OUTPUT": "memory:", "OUTPUT_INVALID": "memory:"},
    )
    assert res["OUTPUT"].crs().authid() == "EPSG:25833"
    box = next(res["OUTPUT"].getFeatures()).geometry().boundingBox()
    assert (box.xMinimum(), box.yMinimum(), box.width(), box.height()) == (
        283250,
        6748250,
        250,
        250,
    )
    assert [r["reason"] for r in attributes(res["OUTPUT_INVALID"])] == ["empty id"]

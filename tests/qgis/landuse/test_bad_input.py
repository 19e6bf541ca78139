"""The land-use family's bad-input cases (issue 10): ids, counts, classes as text and
huge numbers, inputs that do not meet, parameters out of range, layers without a CRS;
every message asserted without a traceback or a Python exception name, every number
against a hand computation or an independent pandas/QGIS figure."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from shapely import affinity, box

CRS = "EPSG:25833"
X0, Y0 = 600000, 6600000
FAR = 100_000  # 100 km east


def _box(x0, y0, x1, y1, dx=0):
    return affinity.translate(box(x0, y0, x1, y1), X0 + dx, Y0)


def _clean(message: str) -> None:
    """A planner's message: no traceback, no Python exception class name."""
    assert "Traceback" not in message
    assert not re.search(r"\b(TypeError|ValueError|KeyError|IndexError|GEOSException)\b", message)


def _fails(run_alg, alg, params, *needles):
    with pytest.raises(QgsProcessingException) as err:
        run_alg(alg, params)
    message = str(err.value)
    _clean(message)
    for needle in needles:
        assert needle in message, message
    return message


@pytest.fixture
def landuse(make_layer):
    # 21: 3,000 m², "skog": 2,000 + 1,000 m², " Skog " is "Skog" (text, case kept): 1,000,
    # null: 1,000; the zones below cover 0-100 x 0-100 (two halves) and 100-200 x 0-100
    rows = [
        (_box(0, 0, 30, 100), {"kode": "21"}),
        (_box(30, 0, 50, 100), {"kode": "skog"}),
        (_box(50, 0, 60, 100), {"kode": "skog"}),
        (_box(60, 0, 70, 100), {"kode": " Skog "}),
        (_box(70, 0, 80, 100), {"kode": None}),
        (_box(100, 0, 150, 100), {"kode": "21.0"}),
    ]
    return make_layer("Polygon", CRS, {"kode": str}, rows, "landuse")


@pytest.fixture
def zones(make_layer):
    rows = [
        (_box(0, 0, 50, 100), {"navn": "A"}),
        (_box(50, 0, 100, 100), {"navn": "A"}),  # the same id: a zone in two features
        (_box(100, 0, 200, 100), {"navn": "B"}),
    ]
    return make_layer("Polygon", CRS, {"navn": str}, rows, "zones")


def _account(landuse, zones, **extra):
    return {
        "LANDUSE": landuse,
        "CLASS_FIELD": "kode",
        "ZONES": zones,
        "ZONE_FIELD": "navn",
        "UNIT": 0,
        "CODE_LIST": 4,
        "OUTPUT_TABLE": "memory:",
        **extra,
    }


def _value(v):
    """A QGIS attribute as Python: NULL (a null QVariant) as None."""
    from qgis.PyQt.QtCore import QVariant

    if isinstance(v, QVariant):
        return None if v.isNull() or not v.isValid() else v.value()
    return v


def _rows(layer):
    names = layer.fields().names()
    return pd.DataFrame(
        [dict(zip(names, map(_value, f.attributes()))) for f in layer.getFeatures()]
    )


def test_duplicate_zone_ids_stop_unless_merged(run_alg, landuse, zones):
    _fails(
        run_alg,
        "smaaby:landuseaccount",
        _account(landuse, zones),
        "ZONE_FIELD",
        "ids must be unique",
        "'A' (2 times)",
    )
    table = _rows(
        run_alg("smaaby:landuseaccount", _account(landuse, zones, MERGE_ZONES=True))["OUTPUT_TABLE"]
    )
    a = table[table.zone_id == "A"].set_index(
        table[table.zone_id == "A"]["class"].fillna(table.row_type)
    )
    # by hand: zone A = 0-100 x 0-100 (both features): 21 3,000; skog 3,000; Skog 1,000;
    # no class 1,000; uncovered 2,000
    assert a.loc["21", "area_m2"] == pytest.approx(3000.0)
    assert a.loc["skog", "area_m2"] == pytest.approx(3000.0)
    assert a.loc["Skog", "area_m2"] == pytest.approx(1000.0)
    assert a.loc["no class", "area_m2"] == pytest.approx(1000.0)
    assert a.loc["uncovered", "area_m2"] == pytest.approx(2000.0)
    assert a["zone_area_m2"].tolist() == pytest.approx([10000.0] * 5)


def test_null_zone_id_stops(run_alg, landuse, make_layer):
    zones = make_layer("Polygon", CRS, {"navn": str}, [(_box(0, 0, 100, 100), {"navn": None})])
    _fails(run_alg, "smaaby:landuseaccount", _account(landuse, zones), "have no id", "fill them in")


def test_text_classes_grouped_like_pandas(run_alg, landuse, make_layer):
    """Each distinct text is a class; '21' and '21.0' are the code 21 (was: 98.6 % of Ås
    in one 'no class' row with N50's klasse_navn)."""
    zone = make_layer("Polygon", CRS, {"navn": str}, [(_box(0, 0, 200, 100), {"navn": "Z"})])
    table = _rows(run_alg("smaaby:landuseaccount", _account(landuse, zone))["OUTPUT_TABLE"])
    got = table[table.row_type == "class"].set_index("class")["area_m2"]
    # independent: the fixture's own areas grouped by pandas on the stripped text, with
    # numeric text as its number
    source = [(_value(f["kode"]), f.geometry().area()) for f in landuse.getFeatures()]

    def key(text):
        text = text.strip()
        return str(int(float(text))) if text[0].isdigit() else text

    frame = pd.DataFrame(
        {"key": [key(k) for k, _ in source if k], "area": [a for k, a in source if k]}
    )
    expected = frame.groupby("key")["area"].sum()
    assert sorted(got.index) == sorted(expected.index) == ["21", "Skog", "skog"]
    for key, area in expected.items():
        assert got[key] == pytest.approx(area)
    codes = table[table.row_type == "class"].set_index("class")
    assert codes.loc["21", "class_code"] == 21 and codes.loc["skog", "label_nb"] == "skog"
    assert codes.loc["skog", "class_code"] is None or pd.isna(codes.loc["skog", "class_code"])
    assert table["class"].tolist()[:3] == ["21", "Skog", "skog"]  # codes, then text


def test_population_nulls_count_as_zero_and_bad_values_stop(
    run_alg, landuse, make_layer, log_feedback
):
    zone = make_layer("Polygon", CRS, {"navn": str}, [(_box(0, 0, 200, 100), {"navn": "Z"})])
    people = make_layer(
        "Point",
        CRS,
        {"pop": float},
        [
            (affinity.translate(box(0, 0, 1, 1).centroid, X0 + 10, Y0 + 10), {"pop": 30.0}),
            (affinity.translate(box(0, 0, 1, 1).centroid, X0 + 20, Y0 + 10), {"pop": None}),
            (affinity.translate(box(0, 0, 1, 1).centroid, X0 + 30, Y0 + 10), {"pop": 10.0}),
        ],
    )
    feedback = log_feedback()
    import processing
    from qgis.core import QgsProcessingContext

    result = processing.run(
        "smaaby:landuseaccount",
        _account(landuse, zone, POPULATION=people, POPULATION_FIELD="pop"),
        context=QgsProcessingContext(),
        feedback=feedback,
    )
    table = _rows(result["OUTPUT_TABLE"])
    assert (table["population"] == 40.0).all()  # 30 + 0 + 10
    row = table[table["class"] == "21"].iloc[0]
    assert row["m2_per_inhabitant"] == pytest.approx(8000.0 / 40.0)  # 21 covers 3,000+5,000
    assert any("1 of 3 features" in line and "counted as 0" in line for line in feedback.log)
    negative = make_layer(
        "Point",
        CRS,
        {"pop": float},
        [(affinity.translate(box(0, 0, 1, 1).centroid, X0 + 10, Y0 + 10), {"pop": -5.0})],
    )
    _fails(
        run_alg,
        "smaaby:landuseaccount",
        _account(landuse, zone, POPULATION=negative, POPULATION_FIELD="pop"),
        "negative value",
        "feature id",
    )


def test_zones_and_population_that_meet_nothing(run_alg, landuse, make_layer):
    far = make_layer("Polygon", CRS, {"navn": str}, [(_box(0, 0, 100, 100, FAR), {"navn": "F"})])
    message = _fails(
        run_alg, "smaaby:landuseaccount", _account(landuse, far), "do not overlap anywhere"
    )
    assert "km apart" in message and "CRS" in message
    zone = make_layer(
        "Polygon",
        CRS,
        {"navn": str},
        [(_box(0, 0, 100, 100), {"navn": "A"}), (_box(0, 0, 100, 100, FAR), {"navn": "F"})],
    )
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        lines: list = []

        def pushWarning(self, text):  # noqa: N802
            self.lines.append(text)

    feedback = Log()
    processing.run(
        "smaaby:landuseaccount",
        _account(landuse, zone),
        context=QgsProcessingContext(),
        feedback=feedback,
    )
    assert any("1 of 2 feature(s) of ZONES (F)" in line for line in feedback.lines)


def test_changematrix_huge_code_text_and_zones_apart(run_alg, make_layer):
    """A class code of 1e300 crashed ('cannot safely cast non-equivalent float64 to
    int64'); zones meeting no land cover crashed ('No objects to concatenate')."""
    before = make_layer(
        "Polygon",
        CRS,
        {"k": float},
        [(_box(0, 0, 10, 10), {"k": 1e300}), (_box(10, 0, 20, 10), {"k": 21.0})],
    )
    after = make_layer("Polygon", CRS, {"k": str}, [(_box(0, 0, 20, 10), {"k": "skog"})])
    params = {
        "BEFORE": before,
        "BEFORE_FIELD": "k",
        "AFTER": after,
        "AFTER_FIELD": "k",
        "UNIT": 0,
        "OUTPUT_LONG": "memory:",
        "OUTPUT_WIDE": "memory:",
        "OUTPUT_CHANGED": "memory:",
    }
    result = run_alg("smaaby:changematrix", params)
    long = _rows(result["OUTPUT_LONG"]).set_index("from_class")
    assert long.loc["1e+300", "to_class"] == "skog" and long.loc[
        "1e+300", "area_m2"
    ] == pytest.approx(100.0)
    assert long.loc["21", "from_code"] == 21 and long.loc["21", "area_m2"] == pytest.approx(100.0)
    wide = _rows(result["OUTPUT_WIDE"])
    assert {"c_21", "c_1e_300", "c_skog"} <= set(wide.columns)
    net = wide[wide.row == "net_change"].iloc[0]
    assert net["c_skog"] == pytest.approx(200.0) and net["c_21"] == pytest.approx(-100.0)
    changed = _rows(result["OUTPUT_CHANGED"])
    assert sorted(changed["from_class"]) == ["1e+300", "21"] and set(changed["to_class"]) == {
        "skog"
    }
    far = make_layer("Polygon", CRS, {"id": str}, [(_box(0, 0, 10, 10, FAR), {"id": "x"})])
    _fails(
        run_alg,
        "smaaby:changematrix",
        {**params, "ZONES": far, "ZONE_FIELD": "id"},
        "do not overlap anywhere",
    )
    _fails(
        run_alg,
        "smaaby:changematrix",
        {**params, "AFTER": far, "AFTER_FIELD": "id"},
        "BEFORE and AFTER do not overlap",
    )


def test_planchange_huge_code_and_text_purposes(run_alg, make_layer):
    old = make_layer("Polygon", CRS, {"f": float}, [(_box(0, 0, 100, 100), {"f": 1e300})])
    new = make_layer(
        "Polygon",
        CRS,
        {"f": str},
        [(_box(0, 0, 60, 100), {"f": "1110"}), (_box(60, 0, 100, 100), {"f": "Park"})],
    )
    result = run_alg(
        "smaaby:planchange",
        {
            "OLD_PLAN": old,
            "OLD_FIELD": "f",
            "NEW_PLAN": new,
            "NEW_FIELD": "f",
            "UNIT": 0,
            "OUTPUT_MATRIX": "memory:",
            "OUTPUT_CONVERSION": "memory:",
        },
    )
    matrix = _rows(result["OUTPUT_MATRIX"]).set_index("class")
    # by hand: 1e300 (a text class) goes 6,000 m² to 1110 and 4,000 m² to "Park"
    assert matrix.loc["1e+300", "to_1110"] == pytest.approx(6000.0)
    assert matrix.loc["1e+300", "to_park"] == pytest.approx(4000.0)
    assert matrix.loc["Park", "net_change"] == pytest.approx(4000.0)
    assert matrix.loc["Park", "label_nb"] == "Park"
    conversion = _rows(result["OUTPUT_CONVERSION"])
    new_dev = conversion[
        (conversion.direction == "new development") & (conversion["class"] == "1110")
    ]
    assert new_dev["total"].iloc[0] == pytest.approx(6000.0)  # not development -> bolig
    far = make_layer("Polygon", CRS, {"f": int}, [(_box(0, 0, 100, 100, FAR), {"f": 1110})])
    _fails(
        run_alg,
        "smaaby:planchange",
        {
            "OLD_PLAN": old,
            "OLD_FIELD": "f",
            "NEW_PLAN": far,
            "NEW_FIELD": "f",
            "OUTPUT_MATRIX": "memory:",
            "OUTPUT_CONVERSION": "memory:",
        },
        "OLD_PLAN and NEW_PLAN do not overlap anywhere",
    )


@pytest.fixture
def plan_and_cover(make_layer):
    plan = make_layer("Polygon", CRS, {"f": int}, [(_box(0, 0, 100, 100), {"f": 1110})])
    cover = make_layer("Polygon", CRS, {"a": int}, [(_box(0, 0, 100, 100), {"a": 30})])
    return plan, cover


def _reserve(plan, cover, **extra):
    return {
        "PLAN": plan,
        "PURPOSE_FIELD": "f",
        "LANDCOVER": cover,
        "LANDCOVER_FIELD": "a",
        "UNIT": 0,
        "OUTPUT_RESERVE": "memory:",
        "OUTPUT_TABLE": "memory:",
        **extra,
    }


def test_planreserve_inputs_apart_and_parameters(run_alg, make_layer, plan_and_cover):
    plan, cover = plan_and_cover
    far_cover = make_layer("Polygon", CRS, {"a": int}, [(_box(0, 0, 100, 100, FAR), {"a": 30})])
    _fails(
        run_alg,
        "smaaby:planreserve",
        _reserve(plan, far_cover),
        "PLAN and LANDCOVER do not overlap anywhere",
        "km apart",
    )
    far_built = make_layer("Polygon", CRS, {}, [(_box(0, 0, 10, 10, FAR), {})])
    _fails(
        run_alg,
        "smaaby:planreserve",
        _reserve(plan, cover, BUILT=[far_built]),
        "BUILT 1 and PLAN do not overlap",
    )
    for value in (float("nan"), -1.0, 1e6):
        _fails(
            run_alg, "smaaby:planreserve", _reserve(plan, cover, BUILT_BUFFER=value), "BUILT_BUFFER"
        )
    # by hand: 10,000 m² of bolig on forest, minus a 10 x 10 building buffered by 5 m:
    # (20 x 20) - 4 x (5 x 5 - a quarter circle of radius 5) built
    near = make_layer("Polygon", CRS, {}, [(_box(40, 40, 50, 50), {})])
    result = run_alg("smaaby:planreserve", _reserve(plan, cover, BUILT=[near], BUILT_BUFFER=5))
    reserve = sum(f.geometry().area() for f in result["OUTPUT_RESERVE"].getFeatures())
    import math

    buffered = 20 * 20 - 4 * (25 - math.pi * 25 / 4)
    assert reserve == pytest.approx(10000.0 - buffered, abs=2.0)  # shapely's 8-segment arcs


def test_landconsumption_years_ids_and_counts(run_alg, make_layer):
    zones = make_layer(
        "Polygon",
        CRS,
        {"navn": str},
        [(_box(0, 0, 100, 100), {"navn": "A"}), (_box(0, 100, 100, 200), {"navn": "A"})],
    )
    built1 = make_layer("Polygon", CRS, {}, [(_box(0, 0, 10, 10), {})])
    built2 = make_layer("Polygon", CRS, {}, [(_box(0, 0, 20, 10), {})])
    pop = make_layer(
        "Point",
        CRS,
        {"p1": float, "p2": float},
        [
            (
                affinity.translate(box(0, 0, 1, 1).centroid, X0 + 5, Y0 + 5),
                {"p1": 100.0, "p2": 200.0},
            ),
            (
                affinity.translate(box(0, 0, 1, 1).centroid, X0 + 5, Y0 + 150),
                {"p1": None, "p2": 0.0},
            ),
        ],
    )
    params = {
        "ZONES": zones,
        "ZONE_FIELD": "navn",
        "BUILT_T1": built1,
        "BUILT_T2": built2,
        "POPULATION_T1": pop,
        "POPULATION_FIELD_T1": "p1",
        "POPULATION_T2": pop,
        "POPULATION_FIELD_T2": "p2",
        "YEAR_T1": 2010,
        "YEAR_T2": 2020,
        "UNIT": 0,
        "OUTPUT": "memory:",
    }
    _fails(run_alg, "smaaby:landconsumption", {**params, "YEAR_T2": 1e9}, "YEAR_T2", "1800")
    _fails(run_alg, "smaaby:landconsumption", {**params, "YEAR_T1": float("nan")}, "YEAR_T1")
    _fails(run_alg, "smaaby:landconsumption", params, "'A' (2 times)")
    row = next(
        run_alg("smaaby:landconsumption", {**params, "MERGE_ZONES": True})["OUTPUT"].getFeatures()
    )
    import math

    # by hand: LCR = ln(200/100)/10, PGR = ln(200/100)/10 (the null counts as 0): LCRPGR 1
    assert row["zone"] == "A" and row["pop_t1"] == 100.0 and row["pop_t2"] == 200.0
    assert row["lcr"] == pytest.approx(math.log(2) / 10) and row["lcrpgr"] == pytest.approx(1.0)


@pytest.mark.parametrize(
    "alg, params",
    [
        ("smaaby:landuseaccount", {"LANDUSE": "L", "CLASS_FIELD": "k", "OUTPUT_TABLE": "memory:"}),
        (
            "smaaby:changematrix",
            {
                "BEFORE": "G",
                "BEFORE_FIELD": "k",
                "AFTER": "L",
                "AFTER_FIELD": "k",
                "OUTPUT_LONG": "memory:",
            },
        ),
        (
            "smaaby:planchange",
            {
                "OLD_PLAN": "G",
                "OLD_FIELD": "k",
                "NEW_PLAN": "L",
                "NEW_FIELD": "k",
                "OUTPUT_MATRIX": "memory:",
                "OUTPUT_CONVERSION": "memory:",
            },
        ),
        (
            "smaaby:planreserve",
            {
                "PLAN": "G",
                "PURPOSE_FIELD": "k",
                "LANDCOVER": "L",
                "LANDCOVER_FIELD": "k",
                "OUTPUT_RESERVE": "memory:",
                "OUTPUT_TABLE": "memory:",
            },
        ),
    ],
)
def test_layer_without_crs_is_named(run_alg, make_layer, tmp_path, alg, params):
    """A GeoPackage written without an SRS (GDAL's 'Undefined geographic SRS') was taken
    as the working CRS (a kommune of 0.000033 daa); now it stops, naming the layer."""
    from osgeo import ogr

    good = make_layer("Polygon", CRS, {"k": int}, [(_box(0, 0, 10, 10), {"k": 1110})], "good")
    path = str(tmp_path / "bare.gpkg")
    data = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = data.CreateLayer("bare", srs=None, geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("k", ogr.OFTInteger))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("k", 1110)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(_box(0, 0, 10, 10).wkt))
    layer.CreateFeature(feature)
    data = layer = None
    bare = QgsVectorLayer(path, "bare", "ogr")
    resolved = {k: (good if v == "G" else bare if v == "L" else v) for k, v in params.items()}
    _fails(
        run_alg, alg, resolved, "unknown coordinate reference system", "bare", "Assign projection"
    )


def test_output_equal_to_input_refused_and_missing_folder_made(run_alg, tmp_path, make_layer):
    from qgis.core import QgsVectorFileWriter

    source = make_layer("Polygon", CRS, {"k": int}, [(_box(0, 0, 10, 10), {"k": 21})])
    path = str(tmp_path / "in.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(source, path, source.transformContext(), options)
    before = open(path, "rb").read()
    _fails(
        run_alg,
        "smaaby:landuseaccount",
        {"LANDUSE": path, "CLASS_FIELD": "k", "OUTPUT_TABLE": path},
    )
    assert open(path, "rb").read() == before
    out = tmp_path / "new folder æøå" / "account.gpkg"
    run_alg(
        "smaaby:landuseaccount", {"LANDUSE": path, "CLASS_FIELD": "k", "OUTPUT_TABLE": str(out)}
    )
    assert out.is_file()


@pytest.mark.slow
def test_aas_n50_text_classes_equal_the_codes(run_alg, shared_data):
    """N50's klasse_navn maps one to one to klasse on Ås (checked on the data: 11 pairs);
    the account by the text field equals the account by the codes class by class (was:
    98.6 % of Ås in one 'no class' row)."""
    n50 = QgsVectorLayer(str(shared_data / "aas" / "ArealdekkeN50.gpkg"), "n50", "ogr")
    pairs = {(f["klasse"], f["klasse_navn"]) for f in n50.getFeatures()}
    assert len(pairs) == len({k for k, _ in pairs}) == len({n for _, n in pairs}) == 11
    name_of = dict(pairs)
    by = {}
    for field in ("klasse", "klasse_navn"):
        table = _rows(
            run_alg(
                "smaaby:landuseaccount",
                {"LANDUSE": n50, "CLASS_FIELD": field, "UNIT": 0, "OUTPUT_TABLE": "memory:"},
            )["OUTPUT_TABLE"]
        )
        assert (table.row_type == "class").all()  # no 'no class' row
        by[field] = table.set_index("class")["area_m2"]
    assert len(by["klasse"]) == 11
    for code, area in by["klasse"].items():
        assert by["klasse_navn"][name_of[int(code)]] == pytest.approx(area, rel=1e-12)

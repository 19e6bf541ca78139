"""Bad input for the catchment algorithms through processing.run: every case ends in a
clear message (no traceback, no exception class name) or in the documented handling with
its log line, and the numbers of a documented handling are checked against a hand
computation.

The network is the hand network of tests/data/network_hand.md (AB, BC one-way B->C, CD
one-way D->C, and the separate EF), rebuilt in memory so that mistakes can be added.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

CRS = "EPSG:25833"
DATA = Path(__file__).resolve().parents[2] / "data"
ROADS = [
    ("LINESTRING(0 0, 1000 0)", {"road_id": 1, "road_class": "K", "speed_kmh": 60.0}),
    ("LINESTRING(1000 0, 2000 0)", {"road_id": 2, "road_class": "E", "speed_kmh": None}),
    ("LINESTRING(2000 0, 2000 1000)", {"road_id": 3, "road_class": "P", "speed_kmh": 0.0}),
    ("LINESTRING(5000 0, 6000 0)", {"road_id": 4, "road_class": "K", "speed_kmh": 60.0}),
]
ROAD_FIELDS = {"road_id": int, "road_class": str, "speed_kmh": float}
NETWORK_ALGS = ["serviceareas", "catchmentallocation", "odmatrix", "huffcatchment"]
_CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b|Traceback")


def _message(excinfo) -> str:
    text = str(excinfo.value)
    assert not _CLASS_NAME.search(text), text
    return text


@pytest.fixture
def roads(make_layer):
    def make(extra=(), crs=CRS):
        return make_layer("LineString", crs, ROAD_FIELDS, ROADS + list(extra), name="roads")

    return make


@pytest.fixture
def points(make_layer):
    def make(rows, crs=CRS, name="points"):
        return make_layer(
            "Point",
            crs,
            {"name": str, "n": float},
            [(wkt, {"name": name_, "n": n}) for wkt, name_, n in rows],
            name=name,
        )

    return make


CENTRES = [("POINT(500 0)", "one", 3000.0), ("POINT(5500 50)", "two", 1000.0)]
POP = [
    ("POINT(0 100)", "p1", 10.0),
    ("POINT(2000 500)", "p2", 20.0),
    ("POINT(1500 -10)", "p3", 30.0),
    ("POINT(6000 0)", "p4", 40.0),
]


def _params(alg, network, centres, pop, **extra):
    """Parameters of each network algorithm on the same inputs (distance cost)."""
    common = {"NETWORK": network, "COST": 0, "MAX_SNAP": 500.0}
    if alg == "serviceareas":
        p = dict(
            common,
            CENTRES=centres,
            CENTRE_ID_FIELD="name",
            THRESHOLDS="1000, 3000",
            POPULATION=pop,
            POPULATION_FIELD="n",
            OUTPUT_POLYGONS="TEMPORARY_OUTPUT",
        )
    elif alg == "catchmentallocation":
        p = dict(
            common,
            CENTRES=centres,
            CENTRE_ID_FIELD="name",
            DEMAND=pop,
            POPULATION_FIELD="n",
            OUTPUT_SUMMARY="TEMPORARY_OUTPUT",
            OUTPUT_DEMAND="TEMPORARY_OUTPUT",
        )
    elif alg == "odmatrix":
        p = dict(
            common,
            ORIGINS=pop,
            ORIGIN_ID_FIELD="name",
            DESTINATIONS=centres,
            DESTINATION_ID_FIELD="name",
            OUTPUT="TEMPORARY_OUTPUT",
        )
    else:
        p = dict(
            common,
            CENTRES=centres,
            CENTRE_ID_FIELD="name",
            ATTRACTIVENESS_FIELD="n",
            DEMAND=pop,
            DEMAND_ID_FIELD="name",
            POPULATION_FIELD="n",
            OUTPUT_DEMAND="TEMPORARY_OUTPUT",
            OUTPUT_CENTRES="TEMPORARY_OUTPUT",
        )
    p.update(extra)
    return p


# -- CRS -------------------------------------------------------------------------------


@pytest.mark.parametrize("alg", NETWORK_ALGS)
def test_centres_without_crs_stop_with_the_crs_message(alg, run_alg, roads, points):
    # before: "CENTRES has no features" or a garbage run; now the CRS message
    centres = points(CENTRES, crs="", name="centres without crs")
    params = _params(alg, roads(), centres, points(POP))
    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg(f"smaaby:{alg}", params)
    text = _message(excinfo)
    assert "has no coordinate reference system" in text
    assert "Assign projection" in text


def _gpkg_without_srs(path: Path) -> str:
    """The hand roads written to a GeoPackage without an SRS, as GDAL leaves a file
    saved without a CRS ('Undefined geographic SRS')."""
    from osgeo import ogr

    source = ogr.Open(str(DATA / "network_hand_roads.geojson"))
    layer = source.GetLayer(0)
    target = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    out = target.CreateLayer("roads", None, ogr.wkbLineString)
    for i in range(layer.GetLayerDefn().GetFieldCount()):
        out.CreateField(layer.GetLayerDefn().GetFieldDefn(i))
    for feature in layer:
        copy = ogr.Feature(out.GetLayerDefn())
        copy.SetFrom(feature)
        out.CreateFeature(copy)
    target = source = None
    return f"{path}|layername=roads"


def test_preparenetwork_refuses_a_geopackage_without_srs(run_alg, tmp_path):
    # before: a network written out labelled UTM zone 60N
    network = _gpkg_without_srs(tmp_path / "no srs æøå.gpkg")
    assert QgsVectorLayer(network, "n", "ogr").isValid()
    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg("smaaby:preparenetwork", {"NETWORK": network, "OUTPUT": "TEMPORARY_OUTPUT"})
    text = _message(excinfo)
    assert "unknown coordinate reference system" in text and "Undefined" in text
    assert not list(tmp_path.glob("*.gpkg-*"))  # nothing half-written beside the input


def _huff_points(make_layer, crs=CRS):
    centres = make_layer(
        "Point",
        crs,
        {"cid": str, "floor": float},
        [
            ("POINT(286195 6746285)", {"cid": "Hamar", "floor": 30000.0}),
            ("POINT(289700 6747400)", {"cid": "Ridabu", "floor": 5000.0}),
            ("POINT(289000 6744200)", {"cid": "Ottestad", "floor": 8000.0}),
        ],
    )
    rng = np.random.default_rng(7)
    xy = np.c_[rng.uniform(283000, 293000, 40), rng.uniform(6741000, 6751000, 40)]
    demand = make_layer(
        "Point",
        crs,
        {"did": str, "pop": float},
        [
            (f"POINT({x} {y})", {"did": f"d{i}", "pop": float(i % 7 + 1)})
            for i, (x, y) in enumerate(xy)
        ],
    )
    return centres, demand, xy


def _reprojected(layer, crs):
    import processing

    return processing.run(
        "native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "memory:"}
    )["OUTPUT"]


def test_huff_in_web_mercator_gives_the_probabilities_of_utm(run_alg, make_layer, log_feedback):
    # before: computed in EPSG:3857, where distances at 60.8 N are about 2.05 times too long
    # (and the stretch changes by 0.3 % across a town, so the probabilities change too)
    centres, demand, xy = _huff_points(make_layer)
    params = {
        "CENTRE_ID_FIELD": "cid",
        "ATTRACTIVENESS_FIELD": "floor",
        "DEMAND_ID_FIELD": "did",
        "POPULATION_FIELD": "pop",
        "ALPHA": 1.0,
        "BETA": 2.0,
        "MAX_COST": 6000.0,  # the cut-off is in metres: wrong metres cut differently
        "OUTPUT_DEMAND": "memory:",
        "OUTPUT_CENTRES": "memory:",
        "OUTPUT_PROBABILITIES": "memory:",
    }

    def probabilities(c, d, feedback=None):
        result = run_alg("smaaby:huffcatchment", dict(params, CENTRES=c, DEMAND=d), feedback)
        return {
            (f["demand_id"], f["centre_id"]): (f["probability"], f["cost"])
            for f in result["OUTPUT_PROBABILITIES"].getFeatures()
        }

    utm33 = probabilities(centres, demand)
    utm32 = probabilities(_reprojected(centres, "EPSG:25832"), _reprojected(demand, "EPSG:25832"))
    feedback = log_feedback()
    c3857, d3857 = _reprojected(centres, "EPSG:3857"), _reprojected(demand, "EPSG:3857")
    mercator = probabilities(c3857, d3857, feedback)
    # Hamar (11.1 E) lies in UTM zone 32: the data's zone is chosen, never the Mercator
    assert any("Mercator" in line and "computing in EPSG:25832" in line for line in feedback.log)
    assert utm33.keys() == mercator.keys() == utm32.keys()
    for key, (p, cost) in utm33.items():
        assert mercator[key][0] == pytest.approx(utm32[key][0], abs=1e-9)
        # zones 32 and 33 scale Hamar's distances alike within 0.05 %
        assert mercator[key][0] == pytest.approx(p, abs=1e-5)
        assert mercator[key][1] == pytest.approx(cost, rel=5e-4)
    # the 25833 run is the Huff formula on the straight UTM distances, computed here
    names = ["Hamar", "Ridabu", "Ottestad"]
    cxy = np.array([[286195, 6746285], [289700, 6747400], [289000, 6744200]], float)

    def formula(dxy, cxy):
        d = np.hypot(dxy[:, None, 0] - cxy[None, :, 0], dxy[:, None, 1] - cxy[None, :, 1])
        w = np.where(d <= 6000.0, np.array([30000.0, 5000.0, 8000.0]) / d**2, 0.0)
        with np.errstate(invalid="ignore"):
            return w / w.sum(axis=1, keepdims=True), d

    expected, d = formula(xy, cxy)
    for (did, cid), (p, cost) in utm33.items():
        i, j = int(did[1:]), names.index(cid)
        assert p == pytest.approx(expected[i, j], abs=1e-9)
        assert cost == pytest.approx(d[i, j], abs=1e-6)
    # what computing in EPSG:3857 gave: far off (the test would catch a return to it)
    mxy = np.array(
        [[f.geometry().asPoint().x(), f.geometry().asPoint().y()] for f in d3857.getFeatures()]
    )
    mcxy = np.array(
        [[f.geometry().asPoint().x(), f.geometry().asPoint().y()] for f in c3857.getFeatures()]
    )
    in_mercator, _ = formula(mxy, mcxy)
    got = np.zeros_like(expected)
    for (did, cid), (p, _cost) in mercator.items():
        got[int(did[1:]), names.index(cid)] = p
    assert np.nanmax(np.abs(np.nan_to_num(in_mercator) - got)) > 0.05


# -- missing values and ids ----------------------------------------------------------------


def test_serviceareas_counts_a_null_population_as_0_with_a_warning(
    run_alg, roads, points, log_feedback
):
    # before: dropped without a word; now counted as 0 and the log says how many
    pop = points(POP[:2] + [("POINT(1500 -10)", "p3", None)] + POP[3:])
    feedback = log_feedback()
    result = run_alg(
        "smaaby:serviceareas", _params("serviceareas", roads(), points(CENTRES), pop), feedback
    )
    assert any("1 of 4 features" in line and "counted as 0" in line for line in feedback.log)
    reached = {
        (f["centre_id"], f["threshold"]): f["population"]
        for f in result["OUTPUT_POLYGONS"].getFeatures()
    }
    # distance cost, every link two-way: from 'one' p1 costs 100 m access + 500 m, p3
    # (null: 0 people) 500 + 500 + 10, p2 500 + 1000 + 500; from 'two' p4 50 + 500
    assert reached == {
        ("one", 1000.0): 10,
        ("one", 3000.0): 10 + 20 + 0,
        ("two", 1000.0): 40,
        ("two", 3000.0): 40,
    }


@pytest.mark.parametrize("alg", ["serviceareas", "catchmentallocation", "huffcatchment"])
@pytest.mark.parametrize(
    "value, words",
    [
        (-5.0, "a negative value"),
        (float("inf"), "an infinite value"),
        (2e7, "a value above 10,000,000"),
    ],
)
def test_bad_counts_stop_the_run_with_feature_ids(alg, value, words, run_alg, roads, points):
    pop = points(POP[:3] + [("POINT(6000 0)", "p4", value)])
    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg(f"smaaby:{alg}", _params(alg, roads(), points(CENTRES), pop))
    text = _message(excinfo)
    assert words in text and "feature id 4" in text


def test_huff_null_attractiveness_counts_as_0_with_a_warning(run_alg, points, log_feedback):
    centres = points([("POINT(0 0)", "A", 2000.0), ("POINT(4000 0)", "B", None)])
    demand = points([("POINT(1000 0)", "d", 10.0)])
    feedback = log_feedback()
    params = _params("huffcatchment", None, centres, demand)
    del params["NETWORK"]
    result = run_alg("smaaby:huffcatchment", params, feedback)
    assert any("1 of 2 features" in line and "counted as 0" in line for line in feedback.log)
    expected = {f["centre_id"]: f["expected_pop"] for f in result["OUTPUT_CENTRES"].getFeatures()}
    assert expected == {"A": pytest.approx(10.0), "B": pytest.approx(0.0)}


@pytest.mark.parametrize("alg", NETWORK_ALGS)
def test_duplicate_centre_ids_stop_the_run(alg, run_alg, roads, points):
    # before: two centres named 'one' gave two rows (or one merged) without a word
    centres = points(CENTRES + [("POINT(1500 0)", "one", 500.0)])
    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg(f"smaaby:{alg}", _params(alg, roads(), centres, points(POP)))
    text = _message(excinfo)
    assert "ids must be unique" in text and "'one' (2 times)" in text


@pytest.mark.parametrize("alg", ["odmatrix", "huffcatchment"])
def test_missing_demand_ids_stop_the_run(alg, run_alg, roads, points):
    pop = points(POP[:3] + [("POINT(6000 0)", None, 4.0)])
    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg(f"smaaby:{alg}", _params(alg, roads(), points(CENTRES), pop))
    text = _message(excinfo)
    assert "have no id" in text and "feature id 4" in text


# -- parameters ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "alg, extra, words",
    [
        ("serviceareas", {"SNAP_TOLERANCE": 1e9}, "outside the accepted range 0 to 100"),
        ("preparenetwork", {"SNAP_TOLERANCE": float("nan")}, "is not a number"),
        ("serviceareas", {"THRESHOLDS": "1000, 1e300"}, "is above 1,000,000"),
        ("serviceareas", {"THRESHOLDS": "1000, inf"}, "'inf' is not a positive number"),
        ("serviceareas", {"THRESHOLDS": "nan"}, "'nan' is not a positive number"),
        ("serviceareas", {"ACCESS_SPEED": 1e6}, "outside the accepted range 1 to 200"),
        ("catchmentallocation", {"MAX_SNAP": 1e9}, "outside the accepted range"),
        ("odmatrix", {"MAX_COST": float("inf")}, "is not a number"),
        ("huffcatchment", {"BETA": float("nan")}, "is not a number"),
        ("huffcatchment", {"ALPHA": 50.0}, "outside the accepted range 0 to 10"),
        ("serviceareas", {"DEFAULT_SPEEDS": "*=5000", "COST": 1}, "outside 1-200 km/h"),
    ],
)
def test_bad_parameters_are_refused_with_their_label(alg, extra, words, run_alg, roads, points):
    if alg == "preparenetwork":
        params = dict({"NETWORK": roads(), "OUTPUT": "TEMPORARY_OUTPUT"}, **extra)
    else:
        params = _params(alg, roads(), points(CENTRES), points(POP), **extra)
    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg(f"smaaby:{alg}", params)
    text = _message(excinfo)
    assert words in text
    name = next(iter(extra))
    assert name in text


def test_a_speed_above_200_kmh_is_refused_with_its_feature_id(run_alg, make_layer):
    rows = [
        (w, dict(a, speed_kmh=9999.0 if a["road_id"] == 4 else a["speed_kmh"])) for w, a in ROADS
    ]
    network = make_layer("LineString", CRS, ROAD_FIELDS, rows)
    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg(
            "smaaby:preparenetwork",
            {"NETWORK": network, "SPEED_FIELD": "speed_kmh", "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    text = _message(excinfo)
    assert "above 200 km/h" in text and "feature id 4" in text


# -- networks ----------------------------------------------------------------------------------


ZERO_LENGTH = [
    ("LINESTRING(1000 0, 1000 0)", {"road_id": 5, "road_class": "K", "speed_kmh": 50.0}),
    ("LINESTRING(6000 0, 6000 0, 6000 0)", {"road_id": 6, "road_class": "K", "speed_kmh": 50.0}),
]


def test_zero_length_links_are_dropped_with_a_count(run_alg, roads, log_feedback):
    # before: "NETWORK must be a line layer; it holds points or polygons"
    feedback = log_feedback()
    params = {"NETWORK": roads(ZERO_LENGTH), "SPEED_FIELD": "speed_kmh", "OUTPUT": "memory:"}
    result = run_alg("smaaby:preparenetwork", params, feedback)
    assert any("2 of 6 feature(s) have no usable line" in line for line in feedback.log)
    links = sorted(
        (f["src_fid"], round(f["length_m"], 6), round(f["min_fw"] or -1, 6))
        for f in result["OUTPUT"].getFeatures()
    )
    # the four hand links; AB 1000 m at 60 km/h = 1 min, BC and CD at the default 50
    assert links == [(1, 1000.0, 1.0), (2, 1000.0, 1.2), (3, 1000.0, 1.2), (4, 1000.0, 1.0)]


@pytest.mark.parametrize("alg", NETWORK_ALGS)
def test_zero_length_links_do_not_change_the_results(alg, run_alg, roads, points):
    def run(network):
        params = _params(alg, network, points(CENTRES), points(POP))
        result = run_alg(f"smaaby:{alg}", params)
        key = {
            "serviceareas": "OUTPUT_POLYGONS",
            "catchmentallocation": "OUTPUT_DEMAND",
            "odmatrix": "OUTPUT",
            "huffcatchment": "OUTPUT_DEMAND",
        }[alg]
        return sorted(str(f.attributes()) for f in result[key].getFeatures())

    assert run(roads(ZERO_LENGTH)) == run(roads())


def test_a_network_of_only_zero_length_links_stops_clearly(run_alg, make_layer):
    network = make_layer("LineString", CRS, ROAD_FIELDS, ZERO_LENGTH)
    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg("smaaby:preparenetwork", {"NETWORK": network, "OUTPUT": "memory:"})
    assert "no usable lines" in _message(excinfo)


def test_points_in_a_part_without_a_centre_are_counted(run_alg, roads, points, log_feedback):
    feedback = log_feedback()
    params = _params("catchmentallocation", roads(), points(CENTRES[:1]), points(POP))
    result = run_alg("smaaby:catchmentallocation", params, feedback)
    # p4 (40 people) lies on EF, a part of the network without a centre
    assert any(
        "DEMAND: 1 of 4 feature(s) (40 of 100 people) lie in a part of the network without "
        "any CENTRES" in line
        for line in feedback.log
    )
    status = {f["src_fid"]: f["status"] for f in result["OUTPUT_DEMAND"].getFeatures()}
    assert status[4] == "no path to a centre"


# -- inputs that do not meet -------------------------------------------------------------------


@pytest.mark.parametrize("alg", NETWORK_ALGS)
def test_centres_100_km_away_stop_with_distance_and_cause(alg, run_alg, roads, points):
    far = points([("POINT(100500 0)", "one", 3000.0), ("POINT(105500 50)", "two", 1000.0)])
    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg(f"smaaby:{alg}", _params(alg, roads(), far, points(POP)))
    text = _message(excinfo)
    assert "outside the network's extent, up to 99.5 km from it" in text
    assert "right CRS" in text


@pytest.mark.parametrize("alg", ["serviceareas", "catchmentallocation"])
def test_centres_100_km_away_without_a_snap_limit_stop(alg, run_alg, roads, points):
    # MAX_SNAP = 0 (no limit) would attach them with a 100 km straight leg
    far = points([("POINT(100500 0)", "one", 3000.0), ("POINT(105500 50)", "two", 1000.0)])
    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg(f"smaaby:{alg}", _params(alg, roads(), far, points(POP), MAX_SNAP=0.0))
    text = _message(excinfo)
    assert "every feature lies 50.0 km or more from the network (the nearest 94.5 km)" in text


def test_one_centre_far_off_is_warned_about(run_alg, roads, points, log_feedback):
    centres = points(CENTRES + [("POINT(90000 0)", "far", 1.0)])
    feedback = log_feedback()
    run_alg(
        "smaaby:serviceareas",
        _params("serviceareas", roads(), centres, points(POP)),
        feedback,
    )
    assert any(
        "CENTRES: 1 of 3 feature(s) lie farther than 500 m" in line
        and "up to 84.0 km from it" in line
        and "right CRS" in line
        for line in feedback.log
    )


def test_a_centre_inside_the_extent_but_off_the_network_is_reported_with_its_distance(
    run_alg, roads, points, log_feedback
):
    centres = points(CENTRES + [("POINT(3500 900)", "gap", 1.0)])  # 1500 m from CD
    feedback = log_feedback()
    run_alg("smaaby:odmatrix", _params("odmatrix", roads(), centres, points(POP)), feedback)
    assert any(
        "DESTINATIONS: 1 of 3 feature(s) lie farther than 500 m from the network and are "
        "left out (the nearest of them 1.5 km from it); raise MAX_SNAP" in line
        for line in feedback.log
    )


@pytest.mark.parametrize("alg", NETWORK_ALGS)
def test_metres_labelled_as_degrees_stop_with_the_crs_message(alg, run_alg, roads, points):
    # before: "CENTRES has no features (2 read, none with a usable geometry)"
    centres = points(CENTRES, crs="EPSG:4326", name="centres in metres")
    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg(f"smaaby:{alg}", _params(alg, roads(), centres, points(POP)))
    text = _message(excinfo)
    assert "'centres in metres'" in text and "look like metres" in text
    assert "Assign projection" in text


def test_huff_without_network_warns_when_demand_and_centres_do_not_meet(
    run_alg, points, log_feedback
):
    centres = points([("POINT(0 0)", "A", 2000.0), ("POINT(4000 0)", "B", 1000.0)])
    demand = points([("POINT(80000 0)", "d1", 10.0), ("POINT(90000 0)", "d2", 5.0)])
    params = _params("huffcatchment", None, centres, demand, MAX_COST=0.0)
    del params["NETWORK"]
    feedback = log_feedback()
    run_alg("smaaby:huffcatchment", params, feedback)
    assert any(
        "every demand feature lies 50 km or more from every centre (the nearest 76.0 km)" in line
        for line in feedback.log
    )


def test_commutingshed_duplicate_area_ids_and_null_counts(run_alg, make_layer, log_feedback):
    def square(x):
        return f"POLYGON(({x} 0,{x + 1000} 0,{x + 1000} 1000,{x} 1000,{x} 0))"

    areas = make_layer(
        "Polygon",
        CRS,
        {"knr": str},
        [(square(0), {"knr": "0301"}), (square(1000), {"knr": "0302"})],
    )
    flows = make_layer(
        "None",
        CRS,
        {"home": str, "work": str, "n": float},
        [
            (None, {"home": "0301", "work": "0301", "n": 10}),
            (None, {"home": "0302", "work": "0301", "n": 3}),
            (None, {"home": "0302", "work": "0302", "n": 7}),
            (None, {"home": "0302", "work": "0301", "n": None}),
        ],
    )
    params = {
        "FLOWS": flows,
        "HOME_FIELD": "home",
        "WORK_FIELD": "work",
        "COUNT_FIELD": "n",
        "AREAS": areas,
        "AREA_ID_FIELD": "knr",
        "CENTRE_ID": "0301",
        "THRESHOLD": 0.25,
        "OUTPUT": "memory:",
        "OUTPUT_SHED": "memory:",
    }
    feedback = log_feedback()
    result = run_alg("smaaby:commutingshed", params, feedback)
    assert any("1 of 4 features" in line and "counted as 0" in line for line in feedback.log)
    share = {f["area_id"]: f["share"] for f in result["OUTPUT"].getFeatures()}
    assert share == {"0301": pytest.approx(1.0), "0302": pytest.approx(3 / 10)}
    twice = make_layer(
        "Polygon", CRS, {"knr": str}, [(square(0), {"knr": "0301"}), (square(1000), {"knr": "301"})]
    )
    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg("smaaby:commutingshed", dict(params, AREAS=twice))
    text = _message(excinfo)
    assert "ids must be unique" in text and "'0301' (2 times)" in text

"""smaaby:transitservice and smaaby:transittraveltime through processing.run: the hand
feed of tests/_transit_feed.py (every figure worked out by hand), every bad input with its
message, and Eksempelby's feed with its road network."""

from __future__ import annotations

import re

import numpy as np
import pytest
import shapely
from _transit_feed import FILES, write_feed
from qgis.core import QgsProcessingException, QgsVectorLayer

_CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b|Traceback")
WGS = "EPSG:4326"
# stops on latitude 60: A 11.00, B 11.01, C 11.02, D 11.03, E 11.04 (about 557 m apart)


def message(excinfo) -> str:
    text = str(excinfo.value)
    assert not _CLASS_NAME.search(text), text
    return text


@pytest.fixture
def feed(tmp_path):
    def make(**changes):
        folder = tmp_path / f"feed{len(list(tmp_path.iterdir()))}"
        return str(write_feed(folder, **changes) / "stops.txt")  # a .txt of the folder

    return make


def features(layer):
    return {f["origin_id"]: f for f in layer.getFeatures()}


def test_travel_time_on_the_hand_feed(run_alg, make_layer, feed):
    origins = make_layer("Point", WGS, {"name": str}, [("POINT(11.00 60.0)", {"name": "atA"})])
    dest = make_layer("Point", WGS, {"name": str}, [("POINT(11.03 60.0)", {"name": "atD"})])
    params = {
        "FEED": feed(),
        "DATE": "2024-09-17",
        "START": "07:00",
        "END": "07:05",
        "ORIGINS": origins,
        "ORIGIN_ID_FIELD": "name",
        "DESTINATIONS": dest,
        "MAX_WALK": 100.0,
        "WITHIN": 60.0,
        "MIN_TRANSFER_TIME": 2.0,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_ZONES": "TEMPORARY_OUTPUT",
    }
    out = run_alg("smaaby:transittraveltime", params)
    f = features(out["OUTPUT"])["atA"]
    # departures 07:00..07:04: 30 (t1, B 2 min, t3), then t2 and t5 (t4 missed): 87..84
    assert (f["pt_min"], f["pt_median"], f["transfers"]) == (30, 85, 1)
    assert f["share_within"] == pytest.approx(0.2)
    assert not f["walk_only"]
    zone = next(out["OUTPUT_ZONES"].getFeatures())
    assert zone["pt_median"] == 85 and zone["population"] == 1
    # the other way round: from the point at A to the origin at D
    back = run_alg(
        "smaaby:transittraveltime",
        {**params, "ORIGINS": dest, "DESTINATIONS": origins, "DIRECTION": 1},
    )
    assert features(back["OUTPUT"])["atD"]["pt_median"] == 85
    # a 1-minute transfer catches t4: 07:01 -> D 08:00
    quick = run_alg(
        "smaaby:transittraveltime",
        {**params, "START": "07:01", "END": "07:02", "MIN_TRANSFER_TIME": 1.0},
    )
    assert features(quick["OUTPUT"])["atA"]["pt_min"] == 59


def test_service_and_coverage_on_the_hand_feed(run_alg, make_layer, feed):
    pop = make_layer(
        "Point",
        WGS,
        {"pop": float},
        [
            ("POINT(11.01 60.0)", {"pop": 100.0}),
            ("POINT(11.02 60.0)", {"pop": 50.0}),
            ("POINT(11.012 60.0)", {"pop": None}),
        ],
    )
    out = run_alg(
        "smaaby:transitservice",
        {
            "FEED": feed(),
            "DATE": "2024-09-17",
            "START": "07:00",
            "END": "08:00",
            "POPULATION": pop,
            "POPULATION_FIELD": "pop",
            "MIN_DEPARTURES": 2.0,
            "OUTPUT_STOPS": "TEMPORARY_OUTPUT",
            "OUTPUT_ROUTES": "TEMPORARY_OUTPUT",
            "OUTPUT_COVERAGE": "TEMPORARY_OUTPUT",
        },
    )
    stops = {f["stop_id"]: f for f in out["OUTPUT_STOPS"].getFeatures()}
    assert stops["B"]["departures"] == 4 and stops["B"]["service_class"] == "4-8"
    assert stops["C"]["departures"] == 1 and not stops["C"]["covering"]
    cov = next(out["OUTPUT_COVERAGE"].getFeatures())
    # B covers the 100 at it; C's 50 live 557 m x 1.3 from B; the null counts as 0
    assert (cov["population"], cov["covered"]) == (150, 100)
    assert cov["share"] == pytest.approx(2 / 3)
    routes = {f["route_id"]: f for f in out["OUTPUT_ROUTES"].getFeatures()}
    assert routes["R2"]["trips_window"] == 2


def _run_error(run_alg, alg, params) -> str:
    with pytest.raises(QgsProcessingException) as err:
        run_alg(alg, params)
    return message(err)


@pytest.fixture
def points(make_layer):
    return make_layer("Point", WGS, {"n": int}, [("POINT(11.00 60.0)", {"n": 1})])


def _base(alg, feed_path, points):
    if alg == "transitservice":
        return {
            "FEED": feed_path,
            "DATE": "2024-09-17",
            "OUTPUT_STOPS": "TEMPORARY_OUTPUT",
            "OUTPUT_ROUTES": "TEMPORARY_OUTPUT",
        }
    return {
        "FEED": feed_path,
        "DATE": "2024-09-17",
        "ORIGINS": points,
        "DESTINATIONS": points,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }


ALGS = ["transitservice", "transittraveltime"]


@pytest.mark.parametrize("alg", ALGS)
def test_missing_file_or_column(alg, run_alg, feed, points):
    text = _run_error(run_alg, f"smaaby:{alg}", _base(alg, feed(stop_times=None), points))
    assert "stop_times.txt" in text
    broken = FILES["stops.txt"].replace("stop_lat", "latitude")
    text = _run_error(run_alg, f"smaaby:{alg}", _base(alg, feed(stops=broken), points))
    assert "stops.txt" in text and "stop_lat" in text


@pytest.mark.parametrize("alg", ALGS)
def test_day_without_trips(alg, run_alg, feed, points):
    params = {**_base(alg, feed(), points), "DATE": "2024-10-05"}
    text = _run_error(run_alg, f"smaaby:{alg}", params)
    assert "2024-10-05" in text and "2024-09-02 to 2024-09-30" in text


@pytest.mark.parametrize("alg", ALGS)
def test_times_that_do_not_parse(alg, run_alg, feed, points):
    bad = FILES["stop_times.txt"].replace("t4,08:00:00,08:00:00,D,2", "t4,8 o'clock,,D,2")
    text = _run_error(run_alg, f"smaaby:{alg}", _base(alg, feed(stop_times=bad), points))
    assert "trip t4" in text and "stop D" in text


@pytest.mark.parametrize("alg", ALGS)
@pytest.mark.parametrize(
    "start, end, words",
    [
        ("31:00", "32:00", "outside 00:00-30:00"),
        ("09:00", "08:00", "end after it starts"),
        ("7h", "08:00", "not a time"),
    ],
)
def test_bad_window(alg, start, end, words, run_alg, feed, points):
    params = {**_base(alg, feed(), points), "START": start, "END": end}
    assert words in _run_error(run_alg, f"smaaby:{alg}", params)


def test_bad_date_text(run_alg, feed, points):
    params = {**_base("transitservice", feed(), points), "DATE": "17/9"}
    assert "YYYY-MM-DD" in _run_error(run_alg, "smaaby:transitservice", params)


def test_points_far_from_the_feed(run_alg, feed, make_layer):
    far = make_layer("Point", WGS, {"n": int}, [("POINT(14.0 61.0)", {"n": 1})])
    params = _base("transittraveltime", feed(), far)
    assert "50 km from the feed's stops" in _run_error(run_alg, "smaaby:transittraveltime", params)


def test_stops_far_from_the_network_walk_straight(run_alg, feed, make_layer, log_feedback):
    # a road only along A-B; C, D, E lie beyond MAX_SNAP
    road = make_layer(
        "LineString", WGS, {"k": int}, [("LINESTRING(11.0 60.0001, 11.01 60.0001)", {"k": 1})]
    )
    origins = make_layer("Point", WGS, {"name": str}, [("POINT(11.00 60.0)", {"name": "atA"})])
    dest = make_layer("Point", WGS, {"name": str}, [("POINT(11.03 60.0)", {"name": "atD"})])
    fb = log_feedback()
    out = run_alg(
        "smaaby:transittraveltime",
        {
            "FEED": feed(),
            "DATE": "2024-09-17",
            "START": "06:59",
            "END": "07:00",
            "ORIGINS": origins,
            "ORIGIN_ID_FIELD": "name",
            "DESTINATIONS": dest,
            "NETWORK": road,
            "MAX_SNAP": 50.0,
            "MAX_WALK": 100.0,
            "COMPARE_CAR": False,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=fb,
    )
    assert any("3 of 5 point(s) lie farther than MAX_SNAP (50 m)" in line for line in fb.log), (
        fb.log
    )
    # 11 m to the road and back to A on it (18 s): leaving 06:59, t1 07:00, D 07:30
    assert features(out["OUTPUT"])["atA"]["pt_min"] == 31


# -- Eksempelby -----------------------------------------------------------------------


def test_eksempelby_both_algorithms(run_alg, eksempelby):
    gpkg = str(eksempelby)
    zpath = gpkg[: -len(".gpkg")] + "_gtfs.zip"
    layer = lambda name: f"{gpkg}|layername={name}"  # noqa: E731
    service = run_alg(
        "smaaby:transitservice",
        {
            "FEED": zpath,
            "START": "07:00",
            "END": "09:00",
            "POPULATION": layer("population"),
            "POPULATION_FIELD": "pop2022",
            "ZONES": layer("kommuner"),
            "ZONE_ID_FIELD": "kommunenummer",
            "NETWORK": layer("roads"),
            "OUTPUT_STOPS": "TEMPORARY_OUTPUT",
            "OUTPUT_ROUTES": "TEMPORARY_OUTPUT",
            "OUTPUT_COVERAGE": "TEMPORARY_OUTPUT",
        },
    )
    cov = {f["zone_id"]: f for f in service["OUTPUT_COVERAGE"].getFeatures()}
    assert 0.3 < cov["9901"]["share"] < 1.0  # the town is served, its rural parts are not
    assert cov["9906"]["covered"] == 0  # no line runs to Moen's kommune
    out = run_alg(
        "smaaby:transittraveltime",
        {
            "FEED": zpath,
            "START": "07:00",
            "END": "08:00",
            "ORIGINS": layer("population"),
            "POPULATION_FIELD": "pop2022",
            "DESTINATIONS": f"{gpkg}|layername=centres|subset=\"name\" = 'Eksempelby'",
            "ZONES": layer("kommuner"),
            "ZONE_ID_FIELD": "kommunenummer",
            "NETWORK": layer("roads"),
            "SPEED_FIELD": "speed_kmh",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_BANDS": "TEMPORARY_OUTPUT",
            "OUTPUT_ZONES": "TEMPORARY_OUTPUT",
        },
    )
    rows = list(out["OUTPUT"].getFeatures())

    def column(name):
        values = [r[name] for r in rows]
        return np.array([v if isinstance(v, float) else np.nan for v in values])

    med, car, ratio = column("pt_median"), column("car_min"), column("pt_car_ratio")
    ok = np.isfinite(med) & np.isfinite(car) & (car > 0)
    assert ok.sum() > 100
    np.testing.assert_allclose(ratio[ok], med[ok] / car[ok])
    assert np.nanmedian(ratio[ok]) > 1  # the bus is slower than the car door to door
    bands = sorted(out["OUTPUT_BANDS"].getFeatures(), key=lambda f: f["band_min"])
    geoms = [shapely.from_wkt(f.geometry().asWkt()) for f in bands]
    for inner, outer in zip(geoms, geoms[1:]):  # nested bands
        assert shapely.area(shapely.difference(inner, outer)) < 1.0
    zones = {f["zone_id"]: f for f in out["OUTPUT_ZONES"].getFeatures()}
    assert zones["9901"]["pt_car_ratio"] > 1
    assert isinstance(out["OUTPUT"], QgsVectorLayer)


def test_walking_ignores_one_way_links(run_alg, feed, make_layer, log_feedback):
    # a prepared network whose only link is one-way from the destination to the origin:
    # people on foot walk it the other way too (one-way rules are for vehicles)
    road = make_layer(
        "LineString",
        WGS,
        {"min_fw": float, "min_bw": float},
        [("LINESTRING(11.004 60.0, 11.0 60.0)", {"min_fw": 0.5, "min_bw": None})],
    )
    origins = make_layer("Point", WGS, {"name": str}, [("POINT(11.00 60.0)", {"name": "o"})])
    dest = make_layer("Point", WGS, {"name": str}, [("POINT(11.004 60.0)", {"name": "d"})])
    fb = log_feedback()
    out = run_alg(
        "smaaby:transittraveltime",
        {
            "FEED": feed(),
            "DATE": "2024-09-17",
            "START": "07:00",
            "END": "07:05",
            "ORIGINS": origins,
            "ORIGIN_ID_FIELD": "name",
            "DESTINATIONS": dest,
            "NETWORK": road,
            "MAX_WALK": 1000.0,
            "WALK_SPEED": 4.5,
            "COMPARE_CAR": False,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=fb,
    )
    assert any("walked both ways" in line for line in fb.log), fb.log
    f = features(out["OUTPUT"])["o"]
    # 0.004 degrees of longitude at 60 N on the ellipsoid, walked at 4.5 km/h
    from qgis.core import QgsDistanceArea, QgsPointXY

    da = QgsDistanceArea()
    da.setEllipsoid("EPSG:7030")
    metres = da.measureLine(QgsPointXY(11.0, 60.0), QgsPointXY(11.004, 60.0))
    assert f["walk_only"]
    assert f["pt_min"] == pytest.approx(metres / (4.5 / 3.6) / 60.0, abs=0.51)

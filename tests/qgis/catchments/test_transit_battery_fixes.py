"""What the bad-input battery (tests/qgis/test_battery.py) found in the transit algorithms,
on the hand feed of tests/_transit_feed.py.

transittraveltime counts a trip longer than MAX_TIME as none, so a WITHIN above MAX_TIME
gave the share within MAX_TIME under the label of WITHIN, and a band above MAX_TIME
repeated MAX_TIME's band, without a word. Both are refused now, before the feed is read.
Both algorithms warn when the time window holds no departure at all. In transitservice a
stop without a departure never covers (with MIN_DEPARTURES 0 every stop did)."""

from __future__ import annotations

import re

import pytest
from _transit_feed import write_feed
from qgis.core import QgsProcessingException

WGS = "EPSG:4326"
_CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b|Traceback")


@pytest.fixture
def params(tmp_path, make_layer):
    origin = make_layer("Point", WGS, {"name": str}, [("POINT(11.00 60.0)", {"name": "atA"})])
    dest = make_layer("Point", WGS, {"name": str}, [("POINT(11.03 60.0)", {"name": "atD"})])
    return {
        "FEED": str(write_feed(tmp_path / "feed") / "stops.txt"),
        "DATE": "2024-09-17",
        "START": "07:00",
        "END": "07:05",
        "ORIGINS": origin,
        "ORIGIN_ID_FIELD": "name",
        "DESTINATIONS": dest,
        "MAX_WALK": 100.0,
        "COMPARE_CAR": False,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }


def _refused(run_alg, params) -> str:
    with pytest.raises(QgsProcessingException) as err:
        run_alg("smaaby:transittraveltime", params)
    text = str(err.value)
    assert not _CLASS_NAME.search(text), text
    return text


def test_within_above_max_time_is_refused(run_alg, params):
    text = _refused(run_alg, {**params, "MAX_TIME": 5.0, "WITHIN": 60.0})
    assert "WITHIN (60 min) is above MAX_TIME (5 min)" in text, text


def test_within_equal_to_max_time_runs(run_alg, params):
    # departures 07:00-07:04 reach D in 30 (t1, t3) and 84-87 minutes: 1 of 5 within 60
    out = run_alg("smaaby:transittraveltime", {**params, "MAX_TIME": 60.0, "WITHIN": 60.0})
    f = next(out["OUTPUT"].getFeatures())
    assert f["pt_min"] == 30 and f["share_within"] == pytest.approx(0.2)


def test_band_above_max_time_is_refused_when_bands_are_written(run_alg, params):
    changed = {**params, "MAX_TIME": 45.0, "WITHIN": 45.0, "BANDS": "15, 30, 45, 60"}
    text = _refused(run_alg, {**changed, "OUTPUT_BANDS": "TEMPORARY_OUTPUT"})
    assert "BANDS: 60 min is above MAX_TIME (45 min)" in text, text
    # without OUTPUT_BANDS the bands are not used: the run goes ahead
    assert run_alg("smaaby:transittraveltime", changed)["OUTPUT"]


# -- a window without departures ---------------------------------------------------------
# 05:00-05:30 on the hand feed: no trip runs (the night trip t6 leaves D at 23:50 the day
# before and reaches A at 24:30, i.e. 00:10-00:30 today): zero service everywhere was
# written without a word


@pytest.mark.parametrize("alg", ["transitservice", "transittraveltime"])
def test_window_without_departures_is_told(run_alg, params, log_feedback, alg):
    if alg == "transitservice":
        params = {
            "FEED": params["FEED"],
            "DATE": params["DATE"],
            "OUTPUT_STOPS": "TEMPORARY_OUTPUT",
            "OUTPUT_ROUTES": "TEMPORARY_OUTPUT",
        }
    fb = log_feedback()
    out = run_alg(f"smaaby:{alg}", {**params, "START": "05:00", "END": "05:30"}, feedback=fb)
    told = [line for line in fb.log if "No departure in the window 05:00-05:30" in line]
    assert len(told) == 1, fb.log
    # the day's departures: 00:10 (t6 at B, the day before's 24:10) to 24:30 (t6 at A)
    assert "2024-09-17" in told[0] and "from 00:10 to 24:30" in told[0], told[0]
    if alg == "transitservice":
        stops = list(out["OUTPUT_STOPS"].getFeatures())
        assert len(stops) == 5 and all(f["departures"] == 0 for f in stops)


def test_window_with_departures_is_not_told(run_alg, params, log_feedback):
    fb = log_feedback()
    run_alg("smaaby:transittraveltime", params, feedback=fb)
    assert not [line for line in fb.log if "No departure in the window" in line], fb.log


def test_a_stop_without_departures_never_covers(run_alg, make_layer, tmp_path):
    # MIN_DEPARTURES 0 (its minimum): stop E has no departure at all (t7 only arrives
    # there), so the 7 people beside E are not covered; before, every stop covered
    pop = make_layer(
        "Point",
        WGS,
        {"pop": float},
        [("POINT(11.04 60.0)", {"pop": 7.0}), ("POINT(11.00 60.0)", {"pop": 3.0})],
    )
    out = run_alg(
        "smaaby:transitservice",
        {
            "FEED": str(write_feed(tmp_path / "feed_e") / "stops.txt"),
            "DATE": "2024-09-17",
            "START": "07:00",
            "END": "09:00",
            "MIN_DEPARTURES": 0.0,
            "WALK_DISTANCE": 100.0,
            "POPULATION": pop,
            "POPULATION_FIELD": "pop",
            "OUTPUT_STOPS": "TEMPORARY_OUTPUT",
            "OUTPUT_ROUTES": "TEMPORARY_OUTPUT",
            "OUTPUT_COVERAGE": "TEMPORARY_OUTPUT",
        },
    )
    stops = {f["stop_id"]: f for f in out["OUTPUT_STOPS"].getFeatures()}
    assert stops["E"]["departures"] == 0 and not stops["E"]["covering"]
    assert stops["A"]["departures"] > 0 and stops["A"]["covering"]
    cov = next(out["OUTPUT_COVERAGE"].getFeatures())
    assert (cov["population"], cov["covered"]) == (10, 3)

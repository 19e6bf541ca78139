"""Service level per stop and route: the hand feed by hand, Cairns against a direct count
from stop_times.txt."""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from collections import Counter

import numpy as np
import pytest
from _transit_feed import FILES, write_feed

from smaaby_plugin.core.catchments import gtfs
from smaaby_plugin.core.catchments import transit_service as ts
from smaaby_plugin.core.errors import InputError

TUE = datetime.date(2024, 9, 17)


def test_hand_feed_stops_and_routes(tmp_path):
    tt = gtfs.timetable(gtfs.read_feed(str(write_feed(tmp_path / "f"))), TUE)
    s = ts.stop_service(tt.stops, tt.trips, tt.stop_times, 7 * 3600, 8 * 3600).set_index("stop_id")
    # B: t1 07:10, t3 07:12, t2 07:40, t4 07:41 (t5 08:10 is after the window)
    assert s.loc["B", "departures"] == 4
    assert s.loc["B", "headway_min"] == 15
    assert s.loc["B", "routes"] == "1, 2"
    # Monday's night trip passes B at 00:10; Tuesday's at 24:10
    assert (s.loc["B", "first_departure"], s.loc["B", "last_departure"]) == ("00:10:00", "24:10:00")
    assert s.loc["C", "departures"] == 1  # t7; t1 and t2 end at C
    assert s.loc["E", "departures"] == 0 and np.isnan(s.loc["E", "headway_min"])
    r = ts.route_service(tt.trips, tt.stop_times, 7 * 3600, 8 * 3600).set_index("route_id")
    assert r.loc["R1", "trips_window"] == 2 and r.loc["R2", "trips_window"] == 2
    assert r.loc["R5", "trips_window"] == 0 and r.loc["R5", "trips_day"] == 3
    assert (r.loc["R5", "first_trip"], r.loc["R5", "last_trip"]) == ("08:00:00", "08:40:00")
    assert r.loc["R2", "trips_per_hour"] == 2 and r.loc["R2", "headway_min"] == 30


def test_no_pickup_is_no_departure(tmp_path):
    text = FILES["stop_times.txt"].replace("stop_sequence\n", "stop_sequence,pickup_type\n")
    text = text.replace("t3,07:12:00,07:12:00,B,1\n", "t3,07:12:00,07:12:00,B,1,1\n")
    tt = gtfs.timetable(gtfs.read_feed(str(write_feed(tmp_path / "f", stop_times=text))), TUE)
    s = ts.stop_service(tt.stops, tt.trips, tt.stop_times, 7 * 3600, 8 * 3600)
    assert s.set_index("stop_id").loc["B", "departures"] == 3  # t3 takes no one on at B


def test_classes():
    assert ts.class_labels([1, 2]) == ["under 1", "1-2", "2 and more"]
    assert ts.classify(np.array([0.99, 1, 2]), [1, 2]).tolist() == ["under 1", "1-2", "2 and more"]
    for bad in ("1, x", "2, 1", "0", "inf", "", "500"):
        with pytest.raises(InputError, match="CLASS_BREAKS"):
            ts.parse_breaks(bad)


def test_cairns_departures_equal_a_direct_count(shared_data):
    path = shared_data / "gtfs" / "cairns_gtfs.zip"
    day = datetime.date(2014, 6, 3)
    tt = gtfs.timetable(gtfs.read_feed(str(path)), day)
    got = ts.stop_service(tt.stops, tt.trips, tt.stop_times, 7 * 3600, 9 * 3600)
    # the direct count: services of a Tuesday in range, trips, non-last stop times whose
    # departure_time text lies in [07:00:00, 09:00:00) and whose pickup_type is not 1
    with zipfile.ZipFile(path) as z:
        rows = {
            n: list(csv.DictReader(io.TextIOWrapper(z.open(f"{n}.txt"), "utf-8-sig")))
            for n in ("calendar", "calendar_dates", "trips", "stop_times")
        }
    ymd = day.strftime("%Y%m%d")
    services = {
        r["service_id"]
        for r in rows["calendar"]
        if r["tuesday"] == "1" and r["start_date"] <= ymd <= r["end_date"]
    }
    for r in rows["calendar_dates"]:
        if r["date"] == ymd:
            (services.add if r["exception_type"] == "1" else services.discard)(r["service_id"])
    trips = {r["trip_id"] for r in rows["trips"] if r["service_id"] in services}
    last = {}
    for r in rows["stop_times"]:
        if r["trip_id"] in trips:
            last[r["trip_id"]] = max(last.get(r["trip_id"], -1), int(r["stop_sequence"]))
    count = Counter(
        r["stop_id"]
        for r in rows["stop_times"]
        if r["trip_id"] in trips
        and int(r["stop_sequence"]) != last[r["trip_id"]]
        and r.get("pickup_type", "") != "1"  # no boarding there: no departure
        and "07:00:00" <= r["departure_time"].zfill(8) < "09:00:00"
    )
    expect = got["stop_id"].map(lambda s: count.get(s, 0)).to_numpy()
    np.testing.assert_array_equal(got["departures"].to_numpy(), expect)
    assert expect.sum() > 1000
    np.testing.assert_allclose(got["departures_per_hour"], expect / 2)

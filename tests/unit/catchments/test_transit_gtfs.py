"""GTFS reading: the hand feed's days, times and frequencies, and every bad input with its
message."""

from __future__ import annotations

import datetime
import zipfile

import numpy as np
import pytest
from _transit_feed import FILES, write_feed

from smaaby_plugin.core.catchments import gtfs
from smaaby_plugin.core.errors import InputError

TUE = datetime.date(2024, 9, 17)


def feed(tmp_path, **changes):
    folder = tmp_path / f"feed{len(list(tmp_path.iterdir()))}"  # a fresh folder per feed
    return gtfs.read_feed(str(write_feed(folder, **changes)))


def error_of(call) -> str:
    with pytest.raises(InputError) as err:
        call()
    text = str(err.value)
    assert "Traceback" not in text and "Error" not in text
    return text


def test_zip_and_folder_read_the_same(tmp_path):
    folder = write_feed(tmp_path / "feed")
    path = tmp_path / "feed.zip"
    with zipfile.ZipFile(path, "w") as z:
        for name in FILES:
            z.write(folder / name, f"inner/{name}")  # files in a subfolder of the zip
    a = gtfs.timetable(gtfs.read_feed(str(folder)), TUE)
    b = gtfs.timetable(gtfs.read_feed(str(path)), TUE)
    assert a.stop_times.equals(b.stop_times)


def test_service_days_and_typical_weekday(tmp_path):
    f = feed(tmp_path)
    per = gtfs.trips_per_date(f)
    # WK has 7 trips Monday-Friday in September 2024; XTRA adds t7 on 2024-09-17
    assert per[TUE] == 8
    assert per[datetime.date(2024, 9, 18)] == 7
    assert per[datetime.date(2024, 9, 21)] == 0  # Saturday
    day, n, note = gtfs.choose_day(f)
    assert (day, n) == (datetime.date(2024, 9, 2), 7)  # the common count, its first date
    assert "7 trips" in note


def test_timetable_of_a_day(tmp_path):
    tt = gtfs.timetable(feed(tmp_path), TUE)
    # 8 trips of the day (t8 expanded to 3) and t6 of Monday, past midnight
    assert len(tt.trips) == 7 + 3 - 1 + 1 + 1
    shifted = tt.trips[tt.trips["shifted"]]
    assert shifted["trip_id"].tolist() == ["t6"]
    times = tt.stop_times[tt.stop_times["trip"] == shifted.index[0]]["arr"].tolist()
    assert times == [-600.0, 600.0, 1800.0]  # 23:50, 24:10, 24:30 of Monday
    freq = tt.trips["trip_id"][tt.trips["trip_id"].str.startswith("t8")].tolist()
    assert freq == ["t8@08:00:00", "t8@08:20:00", "t8@08:40:00"]
    # the platform B with its parent station, E with an empty location_type
    st = tt.stops.set_index("stop_id")
    assert st.loc["B", "station_id"] == "SB" and "SB" not in st.index and "E" in st.index


def test_untimed_stops_interpolated(tmp_path):
    text = FILES["stop_times.txt"].replace("t1,07:10:00,07:10:00,B,2", "t1,,,B,2")
    tt = gtfs.timetable(feed(tmp_path, stop_times=text), TUE)
    t1 = tt.stop_times[tt.stop_times["trip"] == 0]
    assert t1["arr"].tolist() == [25200.0, 25800.0, 26400.0]


def test_missing_file(tmp_path):
    msg = error_of(lambda: feed(tmp_path, stop_times=None))
    assert "stop_times.txt" in msg
    msg = error_of(lambda: feed(tmp_path, calendar=None, calendar_dates=None))
    assert "calendar.txt or calendar_dates.txt" in msg


def test_missing_column(tmp_path):
    text = FILES["trips.txt"].replace("service_id", "service")
    msg = error_of(lambda: feed(tmp_path, trips=text))
    assert "trips.txt" in msg and "service_id" in msg


def test_day_without_trips_names_the_range(tmp_path):
    msg = error_of(lambda: gtfs.choose_day(feed(tmp_path), datetime.date(2024, 9, 21)))
    assert "2024-09-21" in msg and "2024-09-02" in msg and "2024-09-30" in msg


def test_bad_time_names_trip_and_stop(tmp_path):
    text = FILES["stop_times.txt"].replace("t3,07:30:00,07:30:00,D,2", "t3,7h30,7h30,D,2")
    msg = error_of(lambda: gtfs.timetable(feed(tmp_path, stop_times=text), TUE))
    assert "trip t3" in msg and "stop D" in msg and "7h30" in msg


def test_times_running_backwards(tmp_path):
    text = FILES["stop_times.txt"].replace("t3,07:30:00,07:30:00,D,2", "t3,07:00:00,07:00:00,D,2")
    msg = error_of(lambda: gtfs.timetable(feed(tmp_path, stop_times=text), TUE))
    assert "trip t3" in msg and "stop D" in msg


def test_untimed_first_stop(tmp_path):
    text = FILES["stop_times.txt"].replace("t3,07:12:00,07:12:00,B,1", "t3,,,B,1")
    msg = error_of(lambda: gtfs.timetable(feed(tmp_path, stop_times=text), TUE))
    assert "trip t3" in msg and "first or last" in msg


def test_unknown_stop(tmp_path):
    text = FILES["stop_times.txt"].replace("t3,07:30:00,07:30:00,D,2", "t3,07:30:00,07:30:00,Q,2")
    msg = error_of(lambda: gtfs.timetable(feed(tmp_path, stop_times=text), TUE))
    assert "Q" in msg and "t3" in msg


def test_stop_without_coordinates(tmp_path):
    text = FILES["stops.txt"].replace("C,Stop C,60.0,11.02", "C,Stop C,,")
    msg = error_of(lambda: gtfs.timetable(feed(tmp_path, stops=text), TUE))
    assert "C" in msg and "stop_lat" in msg


@pytest.mark.parametrize("text", ["30:01", "31:00", "-1:00", "7.5", "ab"])
def test_window_outside_or_not_a_time(text):
    msg = error_of(lambda: gtfs.parse_clock(text, "START"))
    assert "START" in msg


def test_window_order():
    assert error_of(lambda: gtfs.check_window(8 * 3600, 7 * 3600)).startswith("The time window")
    gtfs.check_window(0, 30 * 3600)
    assert gtfs.parse_clock("30:00", "END") == 108000.0


def test_not_a_feed(tmp_path):
    path = tmp_path / "x.zip"
    path.write_text("no zip")
    assert "zip" in error_of(lambda: gtfs.read_feed(str(path)))
    assert "does not exist" in error_of(lambda: gtfs.read_feed(str(tmp_path / "nope")))


def test_cairns(shared_data):
    f = gtfs.read_feed(str(shared_data / "gtfs" / "cairns_gtfs.zip"))
    per = gtfs.trips_per_date(f)
    # the figures of the feed's PROVENANCE (gtfs-kit and partridge)
    assert per[datetime.date(2014, 6, 3)] == 622
    assert per[datetime.date(2014, 6, 7)] == 437
    assert per[datetime.date(2014, 6, 8)] == 266
    assert int((per > 0).sum()) == 217
    tt = gtfs.timetable(f, datetime.date(2014, 6, 3))
    assert len(tt.stops) == 416
    assert np.isfinite(tt.stop_times[["arr", "dep"]].to_numpy()).all()
    msg = error_of(lambda: gtfs.choose_day(f, datetime.date(2015, 1, 5)))
    assert "2014-05-26" in msg and "2014-12-28" in msg

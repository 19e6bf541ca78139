"""Eksempelby's synthetic GTFS feed: it reads cleanly, and has what issue 14 asks for."""

from __future__ import annotations

import datetime
import zipfile

import numpy as np
import pytest
import shapely

from smaaby_plugin.core.catchments import gtfs
from smaaby_plugin.core.catchments import transit_service as ts
from smaaby_plugin.sample import eksempelby


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    layers = eksempelby.generate()
    path = tmp_path_factory.mktemp("eks") / "eks.gpkg"
    eksempelby.write_gpkg(str(path), layers=layers)
    return layers, path.with_name("eks_gtfs.zip")


def test_written_beside_the_geopackage(sample):
    _, zpath = sample
    with zipfile.ZipFile(zpath) as z:
        assert sorted(z.namelist()) == sorted(
            f"{n}.txt"
            for n in (
                "agency",
                "stops",
                "routes",
                "trips",
                "stop_times",
                "calendar",
                "calendar_dates",
            )
        )


def test_stops_on_roads_and_at_the_centres(sample):
    layers, zpath = sample
    from pyproj import Transformer

    stops = gtfs.read_feed(str(zpath))["stops"]
    x, y = Transformer.from_crs("EPSG:4326", "EPSG:25833", always_xy=True).transform(
        stops["stop_lon"].astype(float).to_numpy(), stops["stop_lat"].astype(float).to_numpy()
    )
    pts = shapely.points(np.c_[x, y])
    roads = shapely.union_all(layers["roads"]["geometry"].to_numpy())
    assert shapely.distance(pts, roads).max() < 1.0  # metres (6-decimal degrees)
    centres = layers["centres"].set_index("name")["geometry"]
    for name in ("Eksempelby", "Haugen", "Lia", "Austbygd"):  # each centre has a stop nearby
        assert shapely.distance(pts, centres[name]).min() < 400, name


def test_days_and_service(sample):
    _, zpath = sample
    feed = gtfs.read_feed(str(zpath))
    per = gtfs.trips_per_date(feed)
    tue, sun = datetime.date(2024, 9, 17), datetime.date(2024, 9, 15)
    assert per[tue] > 2 * per[sun] > 0
    day, n, _ = gtfs.choose_day(feed)
    assert n == per[tue] and day.weekday() < 5
    tt = gtfs.timetable(feed, tue)
    s = ts.stop_service(tt.stops, tt.trips, tt.stop_times, 7 * 3600, 8 * 3600).set_index(
        "stop_name"
    )
    assert s.loc["Torget", "departures_per_hour"] >= 10  # four lines meet at the square
    assert s.loc["Markedsplassen", "departures"] == 0  # the shuttle runs on the market day only
    market = gtfs.timetable(feed, datetime.date(2024, 9, 14))
    m = ts.stop_service(market.stops, market.trips, market.stop_times, 9 * 3600, 15 * 3600)
    assert m.set_index("stop_name").loc["Markedsplassen", "departures"] == 12
    # the night bus to Lia of Monday runs into Tuesday
    assert tt.trips["shifted"].sum() >= 1
    assert (tt.stop_times["arr"] > 24 * 3600).any()

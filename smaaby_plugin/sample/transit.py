"""A synthetic GTFS feed for Eksempelby: two town bus lines, two regional routes to the
neighbouring kommuner (Lia in 9902, Austbygd in 9903), a weekday and a Sunday service,
a night trip past midnight, and a market-day shuttle whose stop is served only on one
date (calendar_dates).

Stops lie on Eksempelby's roads: each is the nearest road point to a place along the
line's course (offsets from the town square, :data:`design.TORGET`); stops of different
lines closer than 120 m are one stop. Running times follow the distance between stops at
the line's speed; the only random draws (dwell times) come from their own generator,
``numpy.random.default_rng([seed, 14])``, so no other layer of Eksempelby changes.

>>> feed = feed_tables(_test_roads())
>>> sorted(feed)[:4], len(feed["routes"])
(['agency', 'calendar', 'calendar_dates', 'routes'], 5)
"""

from __future__ import annotations

import io
import zipfile

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.sample.design import TORGET, _xy

__all__ = ["feed_tables", "write_feed", "SERVICE_START", "SERVICE_END", "MARKET_DAY"]

SERVICE_START, SERVICE_END = "20240819", "20241220"
MARKET_DAY = "20240914"  # a Saturday: the shuttle to the market runs on this date only
_SHARED_M = 120.0

# line: (route id, short name, long name, speed km/h, stop spacing m, waypoints as offsets)
_LINES = (
    ("L1", "1", "Torget - Haugen", 24.0, 450.0, [(0, 0), (1200, 900), (2600, 2500), (4300, 4300)]),
    (
        "L2",
        "2",
        "Sørbyen - Torget - Nordbyen",
        22.0,
        400.0,
        [(2000, -1500), (0, 0), (-600, 1500), (-1600, 2600)],
    ),
    (
        "R100",
        "100",
        "Eksempelby - Lia",
        55.0,
        1500.0,
        [(0, 0), (-500, 4000), (-800, 8500), (-1000, 12500)],
    ),
    (
        "R200",
        "200",
        "Eksempelby - Austbygd",
        60.0,
        1600.0,
        [(0, 0), (4000, 700), (8500, 1500), (12500, 2000)],
    ),
    ("M1", "M", "Marked (shuttle)", 20.0, 500.0, [(0, 0), (-800, 400), (-1500, 700)]),
)

# (route, service, first, last, headway minutes) in service-day minutes
_TIMETABLE = (
    ("L1", "WK", 6 * 60, 9 * 60, 15),
    ("L1", "WK", 9 * 60, 15 * 60, 30),
    ("L1", "WK", 15 * 60, 18 * 60, 15),
    ("L1", "WK", 18 * 60, 23 * 60, 60),
    ("L1", "SUN", 10 * 60, 20 * 60 + 1, 60),
    ("L2", "WK", 6 * 60 + 10, 19 * 60, 20),
    ("L2", "WK", 19 * 60, 23 * 60, 60),
    ("L2", "SUN", 10 * 60 + 30, 19 * 60, 120),
    ("R100", "WK", 6 * 60 + 5, 22 * 60, 60),
    ("R100", "WK", 7 * 60 + 35, 8 * 60, 60),
    ("R100", "WK", 15 * 60 + 35, 17 * 60, 60),
    ("R100", "WK", 23 * 60 + 50, 23 * 60 + 51, 60),
    ("R100", "SUN", 9 * 60 + 5, 21 * 60, 120),
    ("R200", "WK", 6 * 60 + 20, 20 * 60, 120),
    ("R200", "WK", 7 * 60 + 20, 8 * 60, 60),
    ("R200", "SUN", 12 * 60 + 20, 18 * 60, 180),
    ("M1", "MARKET", 9 * 60, 15 * 60, 30),
)


def _test_roads() -> pd.DataFrame:
    """A road grid over the sample's extent (for the doctest only)."""
    x0, y0 = TORGET
    lines = [
        shapely.LineString([(x0 - 3000, y0 + d), (x0 + 14000, y0 + d)])
        for d in range(-3000, 14000, 500)
    ]
    lines += [
        shapely.LineString([(x0 + d, y0 - 3000), (x0 + d, y0 + 14000)])
        for d in range(-3000, 14000, 500)
    ]
    return pd.DataFrame({"geometry": lines})


def _stops(roads: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    """Per line the stop rows along it, and the stops' coordinates (on the roads)."""
    tree = shapely.STRtree(roads)
    xy_all: list[tuple[float, float]] = []
    per_line = []
    for _, _, _, _, spacing, way in _LINES:
        course = shapely.LineString(_xy(way))
        n = max(2, int(round(course.length / spacing)) + 1)
        pts = shapely.line_interpolate_point(course, np.linspace(0, course.length, n))
        near = tree.nearest(pts)
        on_road = shapely.line_interpolate_point(
            roads[near], shapely.line_locate_point(roads[near], pts)
        )
        rows = []
        for p in shapely.get_coordinates(on_road):
            d = [np.hypot(p[0] - q[0], p[1] - q[1]) for q in xy_all]
            if d and min(d) < _SHARED_M:  # lines meeting at a stop share it
                j = int(np.argmin(d))
            else:
                xy_all.append((float(p[0]), float(p[1])))
                j = len(xy_all) - 1
            if not rows or rows[-1] != j:
                rows.append(j)
        per_line.append(np.array(rows))
    return per_line, np.array(xy_all)


def _lonlat(xy: np.ndarray) -> np.ndarray:
    """EPSG:25833 metres to WGS 84 degrees: the inverse transverse Mercator of UTM zone 33
    on GRS80 (Snyder 1987, Map Projections - A Working Manual, eq. 8-18 to 8-25; well
    under a metre this near the central meridian), so the sample needs no PROJ.

    >>> np.round(_lonlat(np.array([[500000.0, 6651411.19]])), 5).tolist()
    [[15.0, 60.0]]
    """
    a, f, k0 = 6378137.0, 1 / 298.257222101, 0.9996
    e2 = f * (2 - f)
    ep2 = e2 / (1 - e2)
    x, y = xy[:, 0] - 500000.0, xy[:, 1]
    m = y / k0
    mu = m / (a * (1 - e2 / 4 - 3 * e2**2 / 64 - 5 * e2**3 / 256))
    e1 = (1 - np.sqrt(1 - e2)) / (1 + np.sqrt(1 - e2))
    phi1 = (
        mu
        + (3 * e1 / 2 - 27 * e1**3 / 32) * np.sin(2 * mu)
        + (21 * e1**2 / 16 - 55 * e1**4 / 32) * np.sin(4 * mu)
        + (151 * e1**3 / 96) * np.sin(6 * mu)
        + (1097 * e1**4 / 512) * np.sin(8 * mu)
    )
    c1 = ep2 * np.cos(phi1) ** 2
    t1 = np.tan(phi1) ** 2
    n1 = a / np.sqrt(1 - e2 * np.sin(phi1) ** 2)
    r1 = a * (1 - e2) / (1 - e2 * np.sin(phi1) ** 2) ** 1.5
    d = x / (n1 * k0)
    lat = phi1 - (n1 * np.tan(phi1) / r1) * (
        d**2 / 2
        - (5 + 3 * t1 + 10 * c1 - 4 * c1**2 - 9 * ep2) * d**4 / 24
        + (61 + 90 * t1 + 298 * c1 + 45 * t1**2 - 252 * ep2 - 3 * c1**2) * d**6 / 720
    )
    lon = (
        d
        - (1 + 2 * t1 + c1) * d**3 / 6
        + (5 - 2 * c1 + 28 * t1 - 3 * c1**2 + 8 * ep2 + 24 * t1**2) * d**5 / 120
    ) / np.cos(phi1)
    return np.c_[15.0 + np.degrees(lon), np.degrees(lat)]


def _clock(minutes: float) -> str:
    s = int(round(minutes * 60))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def feed_tables(layers_or_roads, seed: int = 2024) -> dict[str, pd.DataFrame]:
    """The feed's tables from Eksempelby's layers (or a roads frame)."""
    roads = layers_or_roads["roads"] if isinstance(layers_or_roads, dict) else layers_or_roads
    rng = np.random.default_rng([seed, 14])
    per_line, xy = _stops(np.asarray(roads["geometry"], dtype=object))
    lonlat = _lonlat(xy)
    names = [f"Holdeplass {i + 1}" for i in range(len(xy))]
    names[per_line[0][0]] = "Torget"
    names[per_line[0][-1]] = "Haugen"
    names[per_line[2][-1]] = "Lia sentrum"
    names[per_line[3][-1]] = "Austbygd sentrum"
    names[per_line[4][-1]] = "Markedsplassen"
    stops = pd.DataFrame(
        {
            "stop_id": [f"EKS{i + 1:03d}" for i in range(len(xy))],
            "stop_name": names,
            "stop_lat": np.round(lonlat[:, 1], 6),
            "stop_lon": np.round(lonlat[:, 0], 6),
            "location_type": 0,
        }
    )
    routes = pd.DataFrame(
        {
            "route_id": [ln[0] for ln in _LINES],
            "agency_id": "EKS",
            "route_short_name": [ln[1] for ln in _LINES],
            "route_long_name": [ln[2] for ln in _LINES],
            "route_type": 3,
        }
    )
    trips, times = [], []
    for route, service, first, last, headway in _TIMETABLE:
        k = [ln[0] for ln in _LINES].index(route)
        rows, speed = per_line[k], _LINES[k][3]
        gaps = np.hypot(*np.diff(xy[rows], axis=0).T) * 1.25 / (speed / 0.06)  # minutes
        for direction in (0, 1):
            order = rows if direction == 0 else rows[::-1]
            g = gaps if direction == 0 else gaps[::-1]
            for start in np.arange(first, last, headway):
                trip_id = f"{route}-{service}-{direction}-{_clock(start).replace(':', '')[:4]}"
                trips.append((route, service, trip_id, direction))
                dwell = rng.uniform(0.2, 0.6, len(order))
                t = start + np.r_[0, np.cumsum(g + dwell[1:])]
                for seq, (stop, tm) in enumerate(zip(order, t)):
                    times.append((trip_id, _clock(tm), _clock(tm), stops["stop_id"][stop], seq + 1))
    trips = pd.DataFrame(trips, columns=["route_id", "service_id", "trip_id", "direction_id"])
    stop_times = pd.DataFrame(
        times, columns=["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"]
    )
    calendar = pd.DataFrame(
        {
            "service_id": ["WK", "SUN"],
            "monday": [1, 0],
            "tuesday": [1, 0],
            "wednesday": [1, 0],
            "thursday": [1, 0],
            "friday": [1, 0],
            "saturday": [0, 0],
            "sunday": [0, 1],
            "start_date": SERVICE_START,
            "end_date": SERVICE_END,
        }
    )
    calendar_dates = pd.DataFrame(
        {"service_id": ["MARKET"], "date": [MARKET_DAY], "exception_type": [1]}
    )
    agency = pd.DataFrame(
        {
            "agency_id": ["EKS"],
            "agency_name": ["Eksempelby kollektivtrafikk (synthetic)"],
            "agency_url": ["https://example.invalid"],
            "agency_timezone": ["Europe/Oslo"],
        }
    )
    return {
        "agency": agency,
        "stops": stops,
        "routes": routes,
        "trips": trips,
        "stop_times": stop_times,
        "calendar": calendar,
        "calendar_dates": calendar_dates,
    }


def write_feed(path: str, layers, seed: int = 2024) -> dict[str, int]:
    """Write the feed as a GTFS zip; returns the row count per file."""
    tables = feed_tables(layers, seed)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, frame in tables.items():
            buf = io.StringIO()
            frame.to_csv(buf, index=False, lineterminator="\n")
            z.writestr(f"{name}.txt", buf.getvalue())
    return {name: len(frame) for name, frame in tables.items()}

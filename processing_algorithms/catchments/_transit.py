"""What the two public-transport algorithms share: the FEED, DATE and window parameters,
reading the service day, the stops as points in the working CRS, and walking legs (on the
road network when one is given, else straight lines times a detour factor)."""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from smaaby_plugin import layers
from smaaby_plugin.core.catchments import gtfs
from smaaby_plugin.core.catchments.transit_routing import Walks, straight_walks
from smaaby_plugin.core.catchments.transit_service import clock
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.processing_algorithms.catchments import _network as nw

FEED, DATE, START, END = "FEED", "DATE", "START", "END"
DETOUR_FACTOR = "DETOUR_FACTOR"
WALK_SPEED = "WALK_SPEED"


@dataclass
class Service:
    """A service day read from the feed, with its window in seconds."""

    timetable: gtfs.Timetable
    start: float
    end: float
    note: str


def add_feed_parameters(alg, start: str = "07:00", end: str = "09:00") -> None:
    tr = alg.tr
    alg.add(
        QgsProcessingParameterFile(
            FEED,
            tr("GTFS feed (.zip, or a .txt file of an unzipped feed)"),
            behavior=QgsProcessingParameterFile.File,
            fileFilter="GTFS (*.zip *.txt)",
        ),
        tr(
            "The timetable as GTFS (Entur publishes Norway's and each county's). A .zip, or "
            "any .txt file of an unzipped feed (its folder is read). Needs agency, stops, "
            "routes, trips, stop_times and calendar and/or calendar_dates; frequencies and "
            "transfers are used where present. A missing file or column stops the run with "
            "its name; times that do not parse stop it with the trip and stop ids."
        ),
    )
    alg.add(
        QgsProcessingParameterString(
            DATE,
            tr("Service day (YYYY-MM-DD; empty = typical weekday)"),
            defaultValue="",
            optional=True,
        ),
        tr(
            "The date whose timetable is used (calendar and calendar_dates). Empty: a typical "
            "weekday, the Monday-Friday date with the most common number of trips (the log "
            "names it). A date without trips stops the run with the feed's range of dates."
        ),
    )
    alg.add(
        QgsProcessingParameterString(START, tr("Window start (HH:MM)"), defaultValue=start),
        tr(
            "Start of the time window, 00:00-30:00 (GTFS service-day time; 25:00 = 01:00 "
            "the next night)."
        ),
    )
    alg.add(
        QgsProcessingParameterString(END, tr("Window end (HH:MM)"), defaultValue=end),
        tr("End of the time window (not included), 00:00-30:00, after the start."),
    )


def add_walk_parameters(alg, network_help: str) -> None:
    """The optional road network for walking (with its settings), the detour factor for
    straight lines and the walking speed."""
    tr = alg.tr
    nw.add_network_parameters(alg, cost=False, access=True)
    net = alg.parameterDefinition(nw.NETWORK)
    net.setFlags(net.flags() | QgsProcessingParameterDefinition.FlagOptional)
    net.setDescription(tr("Road network for walking (optional)"))
    net.setHelp(network_help)
    alg.add(
        QgsProcessingParameterNumber(
            DETOUR_FACTOR,
            tr("Detour factor of straight walking lines"),
            QgsProcessingParameterNumber.Double,
            defaultValue=1.3,
            minValue=1.0,
            maxValue=3.0,
        ),
        tr(
            "Without a road network (or for stops and points too far from it), walking "
            "follows straight lines times this factor (1-3; 1.3 is a common mean ratio of "
            "street to straight distance in towns)."
        ),
    )
    alg.add(
        QgsProcessingParameterNumber(
            WALK_SPEED,
            tr("Walking speed (km/h)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=4.5,
            minValue=1.0,
            maxValue=10.0,
        ),
        tr("Walking speed, 1-10 km/h (4.5 km/h = 1.25 m/s, close to the 1.3 m/s of Conveyal R5)."),
    )


def feed_path(alg, parameters, context) -> str:
    path = alg.parameterAsFile(parameters, FEED, context)
    if path and os.path.isfile(path) and path.lower().endswith(".txt"):
        return os.path.dirname(path)
    return path


def read_service(alg, parameters, context, feedback) -> Service:
    start = gtfs.parse_clock(alg.parameterAsString(parameters, START, context), START)
    end = gtfs.parse_clock(alg.parameterAsString(parameters, END, context), END)
    gtfs.check_window(start, end)
    feed = gtfs.read_feed(feed_path(alg, parameters, context))
    if "agency" not in feed.tables:
        feedback.pushWarning(alg.tr("FEED has no agency.txt; the timetable is read without it."))
    text = (alg.parameterAsString(parameters, DATE, context) or "").strip()
    day, n, note = gtfs.choose_day(feed, gtfs.as_date(text) if text else None)
    feedback.pushInfo(note)
    tt = gtfs.timetable(feed, day)
    for line in tt.notes:
        feedback.pushInfo(line)
    if feed.has("frequencies"):
        feedback.pushInfo(
            alg.tr("frequencies.txt: headway-based trips are expanded into single trips.")
        )
    _warn_empty_window(alg, tt, start, end, feedback)
    feedback.pushInfo(
        alg.tr("{:,} stops, {:,} trips, {:,} stop times on {}, window {}-{}.").format(
            len(tt.stops),
            len(tt.trips),
            len(tt.stop_times),
            day.isoformat(),
            alg.parameterAsString(parameters, START, context),
            alg.parameterAsString(parameters, END, context),
        )
    )
    return Service(tt, start, end, note)


def _warn_empty_window(alg, tt, start: float, end: float, feedback) -> None:
    """A window without one departure gives zero service everywhere: say so, with the
    day's first and last departures (e.g. 05:00 written for 15:00)."""
    dep = tt.stop_times["dep"].to_numpy(dtype=float)
    dep = dep[np.isfinite(dep)]
    if not len(dep) or ((dep >= start) & (dep < end)).any():
        return
    today = dep[dep >= 0] if (dep >= 0).any() else dep  # trips of the day before: < 0
    first, last, w0, w1 = clock(np.array([today.min(), today.max(), start, end]))
    feedback.pushWarning(
        alg.tr(
            "No departure in the window {}-{} on {}: every stop and route has no service "
            "in it. The day's departures run from {} to {}; check START and END."
        ).format(w0[:5], w1[:5], tt.day.isoformat(), first[:5], last[:5])
    )


def working_crs(alg, parameters, context, feedback, names, service: Service):
    """The CRS of the given layer inputs (network first), else the UTM zone of the stops."""
    names = [nw.NETWORK, *names]
    sources = [alg.parameterAsSource(parameters, n, context) for n in names]
    kept = [(n, s) for n, s in zip(names, sources) if s is not None]
    if kept:
        return layers.working_crs([s for _, s in kept], context, feedback, [n for n, _ in kept])
    stops = service.timetable.stops
    crs = layers.utm_crs_for_lonlat(float(stops["lon"].median()), float(stops["lat"].median()))
    feedback.pushInfo(alg.tr("Computing in {}, the UTM zone of the stops.").format(crs.authid()))
    return crs


def stop_points(service: Service, crs, context) -> np.ndarray:
    """The stops (WGS 84 in GTFS) as shapely points in ``crs``."""
    st = service.timetable.stops
    xf = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), crs, context.transformContext()
    )
    xy = np.array(
        [
            (p.x(), p.y())
            for p in (xf.transform(QgsPointXY(lon, lat)) for lon, lat in zip(st["lon"], st["lat"]))
        ],
        dtype=float,
    ).reshape(-1, 2)
    return shapely.points(xy)


class Walking:
    """Walking metres between point sets: on the road network (distance), with straight
    lines times the detour factor for points beyond MAX_SNAP (counted in the log), or
    straight lines everywhere without a network."""

    def __init__(self, alg, parameters, context, feedback, crs, progress=None):
        self.alg, self.feedback = alg, feedback
        self.detour = alg.parameterAsDouble(parameters, DETOUR_FACTOR, context)
        self.speed_ms = alg.parameterAsDouble(parameters, WALK_SPEED, context) / 3.6
        self.setup = None
        if alg.parameterAsSource(parameters, nw.NETWORK, context) is not None:
            self.setup = nw.read_network(
                alg, parameters, context, feedback, crs, progress=progress, walking=True
            )
        else:
            feedback.pushInfo(
                alg.tr(
                    "No road network: walking follows straight lines times {:g} (DETOUR_FACTOR)."
                ).format(self.detour)
            )
        self._att = {}

    def attach(self, points: np.ndarray, name: str):
        if self.setup is None:
            return None
        if name not in self._att:
            att = self.setup.net.attach(points, max_snap=self.setup.max_snap)
            far = int((~att.attached).sum())
            if far:
                self.feedback.pushWarning(
                    self.alg.tr(
                        "{}: {} of {} point(s) lie farther than MAX_SNAP ({:g} m) from the road "
                        "network; they walk by straight lines times DETOUR_FACTOR."
                    ).format(name, far, len(points), self.setup.max_snap or 0)
                )
            self._att[name] = att
        return self._att[name]

    def pairs(
        self, a: np.ndarray, a_name: str, b: np.ndarray, b_name: str, max_m: float, progress=None
    ) -> Walks:
        """Walking metres for every pair within ``max_m`` (sorted by a, then b)."""
        xy_a, xy_b = shapely.get_coordinates(a), shapely.get_coordinates(b)
        if self.setup is None:
            return straight_walks(xy_a, xy_b, max_m, self.detour)
        att_a, att_b = self.attach(a, a_name), self.attach(b, b_name)
        od = self.setup.net.od_matrix(att_a, att_b, limit=max_m, progress=progress)
        parts = [(od["origin"].to_numpy(), od["destination"].to_numpy(), od["cost"].to_numpy())]
        # legs of points off the network are straight lines
        off_a, off_b = np.flatnonzero(~att_a.attached), np.flatnonzero(~att_b.attached)
        if len(off_a):
            w = straight_walks(xy_a[off_a], xy_b, max_m, self.detour)
            parts.append((off_a[w.a], w.b, w.secs))
        if len(off_b):
            w = straight_walks(xy_a, xy_b[off_b], max_m, self.detour)
            keep = att_a.attached[w.a]
            parts.append((w.a[keep], off_b[w.b[keep]], w.secs[keep]))
        ia, ib, m = (np.concatenate(x) for x in zip(*parts))
        order = np.lexsort((ib, ia))
        return Walks(ia[order].astype(np.int64), ib[order].astype(np.int64), m[order])


def transfer_metres(walking: Walking, stops: np.ndarray, max_m: float) -> Walks:
    """Walking between different stops within ``max_m`` metres."""
    w = walking.pairs(stops, "stops", stops, "stops", max_m)
    keep = w.a != w.b
    return Walks(w.a[keep], w.b[keep], w.secs[keep])


def check_feed_meets(alg, stops: np.ndarray, points: np.ndarray, name: str) -> None:
    """Stop when no point lies within 50 km of any stop (a CRS or feed mistake)."""
    if not len(points) or not len(stops):
        return
    tree = shapely.STRtree(stops)
    _, dist = tree.query_nearest(points, return_distance=True, all_matches=False)
    if len(dist) and float(np.min(dist)) > nw.FAR_M:
        raise InputError(
            alg.tr(
                "{}: every feature lies more than 50 km from the feed's stops (the nearest "
                "{:,.0f} km); check that the feed covers this area and that {} has its "
                "right CRS."
            ).format(name, float(np.min(dist)) / 1000, name)
        )

"""Benchmark of public-transport routing (core.catchments.transit_routing, RAPTOR) on the
real Cairns GTFS feed (../shared/data/gtfs, 416 stops, Tuesday 2014-06-03: 627 trips with
the night trips of the day before, 17,238 stop times), against a plain Dijkstra over the
time-expanded graph of the tests (tests/unit/catchments/test_transit_routing.py).

    .venv/bin/python bench/bench_transit.py [--repeats 5]

1. one departure minute (08:00) from one stop to all stops: RAPTOR vs one Dijkstra on the
   time-expanded graph (target: under 0.2 s);
2. one origin, the 60 departure minutes 07:00-07:59: RAPTOR (all minutes in one batch) vs
   60 Dijkstras;
3. 10,000 origins (random points around the stops, walking within 1 km by straight
   lines x 1.3) to one destination, the 60 minutes: RAPTOR backwards in time (target:
   under 60 s). The Dijkstra baseline would need 600,000 searches; its time is the
   measured time per search of case 2 times 600,000 (said as extrapolated).

Runs interleave (RAPTOR, baseline, RAPTOR, ...); the figures are medians with min-max of
wall time, CPU time beside it; peak memory is the process's peak resident set.
"""

from __future__ import annotations

import argparse
import datetime
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))  # the plugin as QGIS loads it
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "unit" / "catchments"))
from scipy.sparse.csgraph import dijkstra  # noqa: E402
from test_transit_routing import time_expanded  # noqa: E402  (the tests' baseline)

from smaaby_plugin.core.catchments import gtfs  # noqa: E402
from smaaby_plugin.core.catchments import transit_routing as tr  # noqa: E402

FEED = ROOT.parent / "shared" / "data" / "gtfs" / "cairns_gtfs.zip"


def timed(fn):
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w, time.process_time() - c


def stats(values) -> str:
    v = np.array(values)
    return f"{np.median(v):.4f} s ({v.min():.4f}-{v.max():.4f})"


def project(lon, lat):
    """Equirectangular metres around the feed's centre (enough for walking legs)."""
    lat0 = np.radians(np.median(lat))
    return np.c_[np.radians(lon) * 6_371_000 * np.cos(lat0), np.radians(lat) * 6_371_000]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if not FEED.exists():
        print(f"skipped: {FEED} is absent")
        return 0
    t0 = time.perf_counter()
    feed = gtfs.read_feed(str(FEED))
    tt = gtfs.timetable(feed, datetime.date(2014, 6, 3))
    xy = project(tt.stops["lon"].to_numpy(), tt.stops["lat"].to_numpy())
    n = len(xy)
    speed, mtt = 1.25, 120.0
    walks = tr.straight_walks(xy, xy, 400.0, 1.3)
    off = walks.a != walks.b
    walks = tr.Walks(walks.a[off], walks.b[off], walks.secs[off])
    net = tr.TransitNetwork.build(tt.stop_times, n, walks, walk_speed_ms=speed, min_transfer=mtt)
    print(
        f"feed read and network built in {time.perf_counter() - t0:.2f} s: {n} stops, "
        f"{len(tt.trips)} trips, {len(tt.stop_times)} stop times, "
        f"{len(net.forward.col_stop)} pattern positions"
    )
    transfer_secs = {(s, s): mtt for s in range(n)}
    for a, b, m in zip(walks.a, walks.b, walks.secs):
        transfer_secs[(int(a), int(b))] = max(m / speed, mtt)
    t1 = time.perf_counter()
    g, by_stop, stop_of, arr_of, a0 = time_expanded(net.stop_times, n, transfer_secs)
    g = g.tocsr()
    print(f"time-expanded graph: {g.shape[0]:,} nodes, built in {time.perf_counter() - t1:.2f} s")
    eg = tr.Walks(np.arange(n), np.arange(n), np.zeros(n))
    direct = np.full(n, np.inf)
    origin = int(np.argmax(np.bincount(tt.stop_times["stop"], minlength=n)))  # busiest stop

    def raptor(deps):
        return lambda: net.travel_from(np.array([origin]), np.array([0.0]), eg, direct, deps)

    def baseline(deps):
        def run():
            times, nodes = by_stop[origin]
            out = []
            for m in deps:  # from the first departure at the origin on or after m
                j = np.searchsorted(times, m)
                d = dijkstra(g, indices=nodes[j])[a0 : a0 + len(stop_of)]
                best = np.full(n, np.inf)
                np.minimum.at(best, stop_of, times[j] + d - m)
                out.append(best)
            return out

        return run

    one = np.array([8 * 3600.0])
    window = 7 * 3600.0 + 60.0 * np.arange(60)
    for label, deps in (
        ("1 minute, 1 origin -> all stops", one),
        ("60 minutes, 1 origin -> all stops", window),
    ):
        rw, rc, bw, bc = [], [], [], []
        for _ in range(args.repeats):
            _, w, c = timed(raptor(deps))
            rw.append(w)
            rc.append(c)
            _, w, c = timed(baseline(deps))
            bw.append(w)
            bc.append(c)
        print(
            f"{label}: RAPTOR {stats(rw)} wall, {np.median(rc):.4f} s CPU; time-expanded "
            f"Dijkstra {stats(bw)} wall, {np.median(bc):.4f} s CPU; ratio Dijkstra/RAPTOR "
            f"{np.median(bw) / np.median(rw):.1f} (min-max {min(bw) / max(rw):.1f}-"
            f"{max(bw) / min(rw):.1f})"
        )
        if len(deps) == 1:
            ok = np.median(rw) < 0.2
            print(f"  target one minute to all stops < 0.2 s: {'met' if ok else 'NOT met'}")
        per_search = np.median(bw) / len(deps)
    rng = np.random.default_rng(14)
    o_xy = xy[rng.integers(0, n, 10_000)] + rng.normal(0, 400, (10_000, 2))
    access = tr.straight_walks(o_xy, xy, 1000.0, 1.3)
    access = tr.Walks(access.a, access.b, access.secs / speed)
    dest = origin
    egress = tr.straight_walks(xy[[dest]], xy, 1000.0, 1.3)
    d_direct = np.hypot(*(o_xy - xy[dest]).T) * 1.3
    d_direct = np.where(d_direct <= 1000, d_direct / speed, np.inf)
    mw = []
    for _ in range(max(1, args.repeats // 2)):
        res, w, c = timed(
            lambda: net.travel_to(access, egress.b, egress.secs / speed, d_direct, window)
        )
        mw.append((w, c))
    walls = [w for w, _ in mw]
    print(
        f"60 minutes, 10,000 origins -> 1 destination ({len(access):,} walking legs): RAPTOR "
        f"backwards {stats(walls)} wall, {np.median([c for _, c in mw]):.2f} s CPU; "
        f"reached at the median minute: {np.isfinite(res.summary(3600)['median_min']).mean():.1%}"
    )
    extrapolated = per_search * 600_000
    print(
        f"  time-expanded Dijkstra, extrapolated from {per_search:.4f} s per search x 600,000: "
        f"{extrapolated:,.0f} s; ratio {extrapolated / np.median(walls):,.0f}"
    )
    met = "met" if np.median(walls) < 60 else "NOT met"
    print(f"  target 10,000 origins x 60 minutes < 60 s: {met}")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

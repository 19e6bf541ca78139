"""RAPTOR travel times on the hand feed (worked out by hand) and on the real Cairns feed
(against a time-expanded graph searched with a plain Dijkstra, written here)."""

from __future__ import annotations

import datetime

import numpy as np
import pytest
import scipy.sparse as sp
from _transit_feed import FILES, STOPS, write_feed
from scipy.sparse.csgraph import dijkstra

from smaaby_plugin.core.catchments import gtfs
from smaaby_plugin.core.catchments import transit_routing as tr

TUE, WED = datetime.date(2024, 9, 17), datetime.date(2024, 9, 18)
MIN = 60.0


def hm(h, m):
    return h * 3600.0 + m * 60.0


def hand_network(tmp_path, day=TUE, min_transfer=120.0, walks=None):
    tt = gtfs.timetable(gtfs.read_feed(str(write_feed(tmp_path / "feed"))), day)
    order = tt.stops["stop_id"].tolist()
    assert sorted(order) == STOPS
    net = tr.TransitNetwork.build(
        tt.stop_times, len(order), walks or tr.Walks.empty(), min_transfer=min_transfer
    )
    return net, {s: i for i, s in enumerate(order)}


def from_stop(net, idx, origin, deps, max_trips=4, egress_secs=0.0):
    """Travel from stop ``origin`` to every stop (as targets)."""
    n = len(idx)
    eg = tr.Walks(np.arange(n), np.arange(n), np.full(n, egress_secs))
    return net.travel_from(
        np.array([idx[origin]]), np.array([0.0]), eg, np.full(n, np.inf), deps, max_trips=max_trips
    )


def test_transfer_and_missed_connection(tmp_path):
    net, idx = hand_network(tmp_path)
    deps = np.array([hm(7, 0), hm(7, 1), hm(7, 2), hm(7, 3), hm(7, 4)])
    res = from_stop(net, idx, "A", deps)
    d = res.times[:, idx["D"]] / MIN
    # 07:00: t1 to B 07:10, 2 min, t3 07:12 -> D 07:30 = 30 min; later: t2 07:30 -> B 07:40,
    # t4 07:41 missed (07:42), t5 08:10 -> D 08:28 = 08:28 - departure
    assert d.tolist() == [30, 87, 86, 85, 84]
    summary = res.summary(60 * MIN).iloc[idx["D"]]
    assert summary["min_min"] == 30
    assert summary["median_min"] == 85  # sorted 30, 84, 85, 86, 87: the middle one
    assert summary["share_within"] == pytest.approx(1 / 5)
    assert summary["transfers"] == 1  # t2 then t5
    assert not summary["walk_only"]


def test_shorter_transfer_time_catches_the_connection(tmp_path):
    net, idx = hand_network(tmp_path, min_transfer=60.0)
    res = from_stop(net, idx, "A", np.array([hm(7, 1)]))
    assert res.times[0, idx["D"]] / MIN == 59  # t2 07:30 -> B 07:40 +1 min, t4 07:41 -> 08:00


def test_no_pickup_or_no_drop_off(tmp_path):
    # t3 takes no one on at B (pickup_type 1): t1 to B 07:10, wait for t4 07:41 -> D 08:00;
    # t1 lets no one off at B (drop_off_type 1): t2, B 07:40, t4 missed, t5 -> D 08:28
    text = FILES["stop_times.txt"].replace(
        "stop_sequence\n", "stop_sequence,pickup_type,drop_off_type\n"
    )
    for changed, expect in (
        ("t3,07:12:00,07:12:00,B,1", 60),
        ("t1,07:10:00,07:10:00,B,2", 88),
        ("t2,07:30:00,07:30:00,A,1", 30),
    ):
        rule = ",1,0" if changed.startswith("t3") else ",0,1"
        feed_text = text.replace(changed + "\n", changed + rule + "\n")
        tt = gtfs.timetable(
            gtfs.read_feed(str(write_feed(tmp_path / changed[:2], stop_times=feed_text))), TUE
        )
        net = tr.TransitNetwork.build(tt.stop_times, 5, tr.Walks.empty(), min_transfer=120.0)
        idx = {s: i for i, s in enumerate(tt.stops["stop_id"])}
        res = from_stop(net, idx, "A", np.array([hm(7, 0)]))
        assert res.times[0, idx["D"]] / MIN == expect, changed
        back = net.travel_to(
            tr.Walks(np.array([0]), np.array([idx["A"]]), np.array([0.0])),
            np.array([idx["D"]]),
            np.array([0.0]),
            np.array([np.inf]),
            np.array([hm(7, 0)]),
        )
        assert back.times[0, 0] / MIN == expect, changed


def test_max_trips_limits_transfers(tmp_path):
    net, idx = hand_network(tmp_path)
    res = from_stop(net, idx, "A", np.array([hm(7, 0)]), max_trips=1)
    assert np.isinf(res.times[0, idx["D"]])  # D needs two trips
    assert res.times[0, idx["C"]] / MIN == 20


def test_stop_only_on_calendar_dates(tmp_path):
    net, idx = hand_network(tmp_path, day=TUE)
    res = from_stop(net, idx, "A", np.array([hm(7, 0)]))
    assert res.times[0, idx["E"]] / MIN == 35  # t1 C 07:20 +2, t7 07:25 -> E 07:35
    net, idx = hand_network(tmp_path, day=WED)
    res = from_stop(net, idx, "A", np.array([hm(7, 0)]))
    assert np.isinf(res.times[0, idx["E"]])  # XTRA does not run on Wednesday


def test_trip_past_midnight(tmp_path):
    net, idx = hand_network(tmp_path, day=TUE)
    res = from_stop(net, idx, "D", np.array([hm(23, 45)]))
    assert res.times[0, idx["A"]] / MIN == 45  # t6 23:50 -> A 24:30
    # the next service day: the same trip of the day before, B 00:10 -> A 00:30
    net, idx = hand_network(tmp_path, day=WED)
    res = from_stop(net, idx, "B", np.array([hm(0, 5)]))
    assert res.times[0, idx["A"]] / MIN == 25


def test_frequencies_expanded(tmp_path):
    net, idx = hand_network(tmp_path)
    res = from_stop(net, idx, "A", np.array([hm(8, 5), hm(8, 40), hm(8, 41)]))
    # t8 every 20 min from 08:00 (08:00, 08:20, 08:40), 15 min to C; none at 09:00
    assert res.times[:2, idx["C"]].tolist() == [30 * MIN, 15 * MIN]
    assert np.isinf(res.times[2, idx["C"]])


def test_walking_only_when_faster(tmp_path):
    net, idx = hand_network(tmp_path)
    # a target 1 min from C, or 12 min walking straight from the origin
    eg = tr.Walks(np.array([idx["C"]]), np.array([0]), np.array([60.0]))
    res = net.travel_from(
        np.array([idx["A"]]), np.array([0.0]), eg, np.array([12 * MIN]), np.array([hm(7, 0)])
    )
    assert res.times[0, 0] == 12 * MIN
    assert res.median_trips.tolist() == [0]
    assert bool(res.summary(15 * MIN)["walk_only"].iloc[0])
    res = net.travel_from(
        np.array([idx["A"]]), np.array([0.0]), eg, np.array([30 * MIN]), np.array([hm(7, 0)])
    )
    assert res.times[0, 0] == 21 * MIN  # t1 to C 07:20, 1 min walk
    assert res.median_trips.tolist() == [1]


def test_walking_transfer(tmp_path):
    # with a 6-minute transfer time t1 reaches C at 07:20 and misses t7 (07:25); walking
    # from B to C (234 m, 3 min at 1.3 m/s, so the 6 minutes count) leaves B at 07:10 and
    # is at C 07:16: t7 to E 07:35
    net, idx = hand_network(tmp_path, min_transfer=360.0)
    assert np.isinf(from_stop(net, idx, "A", np.array([hm(7, 0)])).times[0, idx["E"]])
    walks = tr.Walks(np.array([1, 2]), np.array([2, 1]), np.array([234.0, 234.0]))
    net, idx = hand_network(tmp_path, min_transfer=360.0, walks=walks)
    assert idx["B"] == 1 and idx["C"] == 2
    res = from_stop(net, idx, "A", np.array([hm(7, 0)]))
    assert res.times[0, idx["E"]] / MIN == 35
    assert res.median_trips[idx["E"]] == 2  # the walk between stops is no vehicle trip


def test_travel_to_equals_travel_from(tmp_path):
    net, idx = hand_network(tmp_path)
    deps = hm(7, 0) + MIN * np.arange(40)
    n = len(idx)
    for dest in ("B", "C", "D", "E"):
        fwd = from_stop(net, idx, "A", deps).times[:, idx[dest]]
        back = net.travel_to(
            tr.Walks(np.array([0]), np.array([idx["A"]]), np.array([0.0])),
            np.array([idx[dest]]),
            np.array([0.0]),
            np.array([np.inf]),
            deps,
        )
        np.testing.assert_array_equal(back.times[:, 0], fwd, err_msg=dest)
    assert n == 5


def test_transfers_txt_rules():
    rules = gtfs.pd.DataFrame(
        {
            "from_stop": [0, 1, 2],
            "to_stop": [1, 0, 3],
            "transfer_type": [2, 3, 1],
            "min_transfer_time": [300.0, np.nan, np.nan],
        }
    )
    walks = tr.Walks(np.array([0, 1]), np.array([1, 0]), np.array([130.0, 130.0]))
    tw = tr.transfer_walks(walks, 1.3, 120.0, 4, rules)
    pairs = {(int(a), int(b)): s for a, b, s in zip(tw.a, tw.b, tw.secs)}
    assert pairs[(0, 0)] == 120 and pairs[(3, 3)] == 120
    assert pairs[(0, 1)] == 300  # type 2: its own time
    assert (1, 0) not in pairs  # type 3: no transfer
    assert pairs[(2, 3)] == 120  # type 1: a transfer even beyond the walking limit


# -- the real feed against a time-expanded graph ------------------------------------------


def time_expanded(st, n_stops, transfer_secs):
    """Three nodes per stop time: waiting at the stop (W), departing on the vehicle (D) and
    arriving on it (A). Arcs: W -> D (board), D -> next A of the trip (ride), A -> D (stay
    on), W -> next W at the stop (wait), A -> first W at a stop at least the transfer time
    later (walk, or stay at the stop for the minimum transfer time). Returns (graph,
    waiting nodes by stop as (times, nodes), stop and arrival time of each A node, the
    first A node). Boarding needs pickup, leaving the vehicle drop-off (pickup_type /
    drop_off_type)."""
    n = len(st)
    trip, stop = st["trip"].to_numpy(), st["stop"].to_numpy()
    arr, dep = st["arr"].to_numpy(), st["dep"].to_numpy()
    up, down = st["pickup"].to_numpy(bool), st["dropoff"].to_numpy(bool)
    wait, dnode, anode = np.arange(n), n + np.arange(n), 2 * n + np.arange(n)
    rows, cols, w = [wait[up]], [dnode[up]], [np.zeros(int(up.sum()))]  # board: pickup only
    i = np.flatnonzero(trip[1:] == trip[:-1])
    rows += [dnode[i], anode[i + 1]]
    cols += [anode[i + 1], dnode[i + 1]]
    w += [arr[i + 1] - dep[i], dep[i + 1] - arr[i + 1]]
    by_stop = {}
    for s in range(n_stops):
        k = np.flatnonzero(stop == s)
        k = k[np.argsort(dep[k], kind="stable")]
        by_stop[s] = (dep[k], k)
        rows += [k[:-1]]
        cols += [k[1:]]
        w += [dep[k[1:]] - dep[k[:-1]]]
    for (a, b), secs in transfer_secs.items():
        src = np.flatnonzero((stop == a) & down)  # leave the vehicle: drop-off only
        times, nodes = by_stop[b]
        j = np.searchsorted(times, arr[src] + secs, side="left")
        ok = j < len(times)
        rows += [anode[src[ok]]]
        cols += [nodes[j[ok]]]
        w += [times[j[ok]] - arr[src[ok]]]
    r, c, ww = np.concatenate(rows), np.concatenate(cols), np.concatenate(w)
    g = sp.csr_matrix((ww + 1e-6, (r, c)), shape=(3 * n + 1, 3 * n + 1))  # +eps keeps 0 arcs
    return g, by_stop, stop, arr, 2 * n


def test_cairns_equals_time_expanded_dijkstra(shared_data):
    from pyproj import Transformer

    feed = gtfs.read_feed(str(shared_data / "gtfs" / "cairns_gtfs.zip"))
    tt = gtfs.timetable(feed, datetime.date(2014, 6, 3))
    xy = np.c_[
        Transformer.from_crs(4326, 32755, always_xy=True).transform(
            tt.stops["lon"].to_numpy(), tt.stops["lat"].to_numpy()
        )
    ]
    n_stops = len(xy)
    walks = tr.straight_walks(xy, xy, 400.0, 1.3)
    off = walks.a != walks.b
    walks = tr.Walks(walks.a[off], walks.b[off], walks.secs[off])
    speed, mtt = 1.25, 90.0
    net = tr.TransitNetwork.build(
        tt.stop_times, n_stops, walks, walk_speed_ms=speed, min_transfer=mtt
    )
    transfer_secs = {(s, s): mtt for s in range(n_stops)}
    for a, b, m in zip(walks.a, walks.b, walks.secs):
        transfer_secs[(int(a), int(b))] = max(m / speed, mtt)
    g, by_stop, stop_of, arr_of, a0 = time_expanded(net.stop_times, n_stops, transfer_secs)
    source = g.shape[0] - 1
    rng = np.random.default_rng(14)
    origins = rng.choice(n_stops, 6, replace=False)
    minutes = hm(6, 0) + MIN * rng.choice(16 * 60, 4, replace=False)
    eg = tr.Walks(np.arange(n_stops), np.arange(n_stops), np.zeros(n_stops))
    n_arr = len(stop_of)
    st_down = net.stop_times["dropoff"].to_numpy(bool)
    assert (~st_down).sum() > 0 and (~net.stop_times["pickup"].to_numpy(bool)).sum() > 0
    checked = 0
    for o in origins:
        direct = np.full(n_stops, np.inf)
        direct[o] = 0.0
        res = net.travel_from(np.array([o]), np.array([0.0]), eg, direct, minutes, max_trips=12)
        for mi, m in enumerate(minutes):
            times, nodes = by_stop[o]
            j = np.searchsorted(times, m)
            expect = np.full(n_stops, np.inf)
            if j < len(times):
                gm = g.tolil()
                gm[source, nodes[j]] = times[j] - m + 1e-6
                d = dijkstra(gm.tocsr(), indices=source)
                at = d[a0 : a0 + n_arr]
                ok = np.isfinite(at) & st_down
                arrival = arr_of[ok]
                np.minimum.at(expect, stop_of[ok], arrival - m)
            expect[o] = 0.0  # the origin itself (walking "all the way": 0 s)
            got = res.times[mi]
            assert np.array_equal(np.isfinite(got), np.isfinite(expect))
            np.testing.assert_allclose(
                got[np.isfinite(got)], expect[np.isfinite(expect)], atol=1e-3
            )
            checked += int(np.isfinite(expect).sum())
    assert checked > 1000


def test_cairns_travel_to_equals_travel_from(shared_data):
    feed = gtfs.read_feed(str(shared_data / "gtfs" / "cairns_gtfs.zip"))
    tt = gtfs.timetable(feed, datetime.date(2014, 6, 7))  # a Saturday
    n = len(tt.stops)
    net = tr.TransitNetwork.build(tt.stop_times, n, tr.Walks.empty(), min_transfer=60.0)
    deps = hm(9, 0) + MIN * np.arange(60)
    dest = 50
    rng = np.random.default_rng(3)
    origins = rng.choice(n, 20, replace=False)
    back = net.travel_to(
        tr.Walks(np.arange(20), origins, np.zeros(20)),
        np.array([dest]),
        np.array([0.0]),
        np.full(20, np.inf),
        deps,
    )
    eg = tr.Walks(np.array([dest]), np.array([0]), np.array([0.0]))
    for i, o in enumerate(origins):
        fwd = net.travel_from(np.array([o]), np.array([0.0]), eg, np.array([np.inf]), deps)
        np.testing.assert_array_equal(back.times[:, i], fwd.times[:, 0])
        np.testing.assert_array_equal(back.median_trips[i], fwd.median_trips[0])

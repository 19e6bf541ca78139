"""Door-to-door travel time by public transport: RAPTOR over numpy arrays.

RAPTOR (Delling, Pajor, Werneck, "Round-Based Public Transit Routing", Transportation
Science 49(3), 2015; ALENEX 2012): round r gives the earliest arrival at every stop with at
most r vehicle trips. Here a round is a handful of array operations over *every* route at
once and over a batch of queries (departure minutes) at once:

* the timetable is split into patterns (trips with the same stop sequence that never
  overtake each other); each pattern's departures are laid out column by column
  (position in the pattern), trips in time order, in one sorted key array;
* the first trip catchable at each column is one ``searchsorted`` of the times one is
  ready at its stop; the trip one rides at a later column is the running minimum of those
  along the pattern (a segmented ``minimum.accumulate``), because trips of a pattern do
  not overtake;
* arrivals are gathered, reduced per stop (``minimum.reduceat``), and walking transfers
  (with a minimum transfer time, also at the same stop) make the next round's ready times.

Travel to one destination from many origins runs the same rounds on the time-reversed
timetable (latest departures) once per possible arrival time at the destination, then every
origin's earliest arrival for every departure minute is one ``searchsorted`` per origin-stop
walking leg. Per origin (or target) the departure minutes of the window are summarised as
Conveyal R5 and r5py do (Conway, Byrd, van Eggermond 2018): the minimum, the median and the
share of minutes with a trip within T; plus the number of transfers of the median trip.
Walking all the way counts when it is faster.

>>> import pandas as pd
>>> st = pd.DataFrame({"trip": [0, 0, 1, 1], "stop": [0, 1, 1, 2], "seq": [1, 2, 1, 2],
...                    "arr": [0., 600, 900, 1500], "dep": [0., 600, 900, 1500]})
>>> net = TransitNetwork.build(st, 3, Walks.empty(), min_transfer=120)
>>> res = net.travel_from(np.array([0]), np.array([0.]), Walks(np.array([2]), np.array([0]),
...                       np.array([0.])), np.array([np.inf]), np.array([0., 60.]))
>>> res.times.tolist(), res.median_trips.tolist()
([[1500.0], [inf]], [2])
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.progress import Progress, report, scaled

__all__ = [
    "Walks",
    "straight_walks",
    "Raptor",
    "TransitNetwork",
    "Travel",
    "summarise",
    "transfer_walks",
]

_LIM = 4.0e5  # times are clipped into +-_LIM seconds (a day and a bit either side)
_SHIFT = 5.0e5
_BIG = 1.0e6  # key spacing between columns
_BATCH = 256  # queries per kernel batch (memory: batch x columns x 8 bytes, a few times)


@dataclass
class Walks:
    """Sparse walking legs ``a`` -> ``b`` in seconds (indices of two point sets)."""

    a: np.ndarray
    b: np.ndarray
    secs: np.ndarray

    @classmethod
    def empty(cls) -> Walks:
        return cls(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0))

    def __len__(self) -> int:
        return len(self.a)


def straight_walks(xy_a: np.ndarray, xy_b: np.ndarray, max_m: float, detour: float) -> Walks:
    """Walking metres between two point sets along straight lines times ``detour``, for
    pairs within ``max_m`` metres of walking (a KD-tree; no network).

    >>> w = straight_walks(np.array([[0., 0]]), np.array([[300., 400], [900, 0]]), 600, 1.2)
    >>> w.a.tolist(), w.b.tolist(), w.secs.tolist()
    ([0], [0], [600.0])
    """
    from scipy.spatial import cKDTree

    if not (np.isfinite(detour) and detour >= 1):
        raise InputError("DETOUR_FACTOR must be at least 1 (1 = straight lines).")
    if len(xy_a) == 0 or len(xy_b) == 0:
        return Walks.empty()
    ta, tb = cKDTree(xy_a), cKDTree(xy_b)
    dm = ta.sparse_distance_matrix(tb, max_m / detour, output_type="coo_matrix")
    order = np.lexsort((dm.col, dm.row))
    metres = dm.data[order] * detour
    return Walks(dm.row[order].astype(np.int64), dm.col[order].astype(np.int64), metres)


def transfer_walks(
    metres: Walks, speed_ms: float, min_transfer: float, n_stops: int, rules: pd.DataFrame | None
) -> Walks:
    """Transfer legs between stops: every stop to itself in ``min_transfer`` seconds,
    walks of ``metres`` at ``speed_ms`` taking at least ``min_transfer``; GTFS transfers
    (``rules``: from_stop, to_stop, transfer_type, min_transfer_time) add their pairs
    (type 0/1 at walking time, type 2 at min_transfer_time) and remove type 3 pairs."""
    a = np.r_[np.arange(n_stops), metres.a]
    b = np.r_[np.arange(n_stops), metres.b]
    secs = np.r_[
        np.full(n_stops, float(min_transfer)), np.maximum(metres.secs / speed_ms, min_transfer)
    ]
    frame = pd.DataFrame({"a": a, "b": b, "secs": secs})
    if rules is not None and len(rules):
        r = rules.rename(columns={"from_stop": "a", "to_stop": "b"})
        banned = r[r["transfer_type"] == 3][["a", "b"]]
        timed = r[(r["transfer_type"] == 2) & r["min_transfer_time"].notna()]
        frame = frame.merge(banned.assign(_ban=True), on=["a", "b"], how="left")
        frame = frame[frame["_ban"].isna()].drop(columns="_ban")
        frame = frame[~frame.set_index(["a", "b"]).index.isin(timed.set_index(["a", "b"]).index)]
        extra = [timed.assign(secs=timed["min_transfer_time"])[["a", "b", "secs"]]]
        plain = r[r["transfer_type"].isin([0, 1])][["a", "b"]]
        plain = plain[~plain.set_index(["a", "b"]).index.isin(frame.set_index(["a", "b"]).index)]
        if len(plain):
            extra.append(plain.assign(secs=float(min_transfer)))
        frame = pd.concat([frame, *extra], ignore_index=True)
    frame = frame.groupby(["a", "b"], as_index=False)["secs"].min()
    return Walks(
        frame["a"].to_numpy(np.int64), frame["b"].to_numpy(np.int64), frame["secs"].to_numpy()
    )


def _patterns(st: pd.DataFrame) -> list[tuple]:
    """(stops, trip ids, dep matrix, arr matrix, pickup, drop-off) per pattern of
    non-overtaking trips with the same stops and the same boarding and alighting rules."""
    trip = st["trip"].to_numpy()
    stops = st["stop"].to_numpy()
    pickup = st["pickup"].to_numpy(bool) if "pickup" in st else np.ones(len(st), bool)
    dropoff = st["dropoff"].to_numpy(bool) if "dropoff" in st else np.ones(len(st), bool)
    flags = pickup.astype(np.int64) + 2 * dropoff.astype(np.int64)
    starts = np.flatnonzero(np.r_[True, trip[1:] != trip[:-1]])
    ends = np.r_[starts[1:], len(trip)]
    seqs = [stops[s:e].tobytes() + flags[s:e].tobytes() for s, e in zip(starts, ends)]
    codes, _ = pd.factorize(pd.Series(seqs))
    dep, arr = st["dep"].to_numpy(), st["arr"].to_numpy()
    out = []
    for code in np.unique(codes):
        members = np.flatnonzero(codes == code)
        length = ends[members[0]] - starts[members[0]]
        rows = starts[members][:, None] + np.arange(length)[None, :]
        d, a = dep[rows], arr[rows]
        order = np.lexsort((a[:, -1], d[:, 0]))
        members, d, a = members[order], d[order], a[order]
        chains: list[list[int]] = []
        for i in range(len(members)):  # a trip that overtakes opens a pattern of its own
            for chain in chains:
                j = chain[-1]
                if np.all(d[j] <= d[i]) and np.all(a[j] <= a[i]):
                    chain.append(i)
                    break
            else:
                chains.append([i])
        for chain in chains:
            c = np.asarray(chain)
            r0 = rows[c[0]]
            out.append((stops[r0], trip[starts[members[c]]], d[c], a[c], pickup[r0], dropoff[r0]))
    return out


@dataclass
class Raptor:
    """The flat, column-major layout of a timetable's patterns for the RAPTOR rounds."""

    n_stops: int
    col_stop: np.ndarray
    col_start: np.ndarray
    col_ntrips: np.ndarray
    col_first: np.ndarray
    col_pickup: np.ndarray
    col_dropoff: np.ndarray
    col_offset: np.ndarray
    col_key0: np.ndarray
    key: np.ndarray
    cell_arr: np.ndarray
    cell_trip: np.ndarray
    stop_order: np.ndarray
    seg_starts: np.ndarray
    seg_stop: np.ndarray

    @classmethod
    def build(cls, st: pd.DataFrame, n_stops: int) -> Raptor:
        pats = _patterns(st) if len(st) else []
        col_stop, col_ntrips, col_first, col_pat, deps, arrs, trips = [], [], [], [], [], [], []
        col_pickup, col_dropoff = [], []
        for p, (stops, trip, d, a, up, down) in enumerate(pats):
            col_pickup.append(up)
            col_dropoff.append(down)
            t, s = d.shape
            col_stop.append(stops)
            col_ntrips.append(np.full(s, t))
            col_first.append(np.arange(s) == 0)
            col_pat.append(np.full(s, p))
            deps.append(d.T.ravel())
            arrs.append(a.T.ravel())
            trips.append(np.tile(trip, s))
        cat = lambda xs, dt: np.concatenate(xs).astype(dt) if xs else np.empty(0, dt)  # noqa: E731
        col_stop = cat(col_stop, np.int64)
        ntrips = cat(col_ntrips, np.int64)
        col_start = np.r_[0, np.cumsum(ntrips)[:-1]].astype(np.int64) if len(ntrips) else ntrips
        pat = cat(col_pat, np.int64)
        big_t = int(ntrips.max()) + 1 if len(ntrips) else 1
        n_pat = len(pats)
        col = np.arange(len(col_stop))
        key0 = col * _BIG + _SHIFT
        dep = cat(deps, float)
        key = np.repeat(key0, ntrips) + np.clip(dep, -_LIM, _LIM)
        order = np.argsort(col_stop, kind="stable")
        sorted_stops = col_stop[order]
        seg = (
            np.flatnonzero(np.r_[True, sorted_stops[1:] != sorted_stops[:-1]])
            if len(order)
            else order
        )
        return cls(
            n_stops,
            col_stop,
            col_start,
            ntrips,
            cat(col_first, bool),
            cat(col_pickup, bool),
            cat(col_dropoff, bool),
            (n_pat - 1 - pat) * big_t,
            key0,
            key,
            cat(arrs, float),
            cat(trips, np.int64),
            order,
            seg,
            sorted_stops[seg] if len(order) else order,
        )

    def rounds(self, ready0: np.ndarray, max_trips: int, transfers: Walks) -> list[np.ndarray]:
        """Earliest vehicle arrival per query and stop after each round: a list of
        ``max_trips`` arrays (Q, n_stops), the r-th with at most r+1 trips. ``ready0``
        (Q, n_stops): when each query is at each stop ready to board (inf = not)."""
        q = ready0.shape[0]
        ready = ready0.copy()
        best = np.full((q, self.n_stops), np.inf)
        out = []
        t_order = np.argsort(transfers.b, kind="stable")
        t_from, t_to, t_secs = transfers.a[t_order], transfers.b[t_order], transfers.secs[t_order]
        t_seg = np.flatnonzero(np.r_[True, t_to[1:] != t_to[:-1]]) if len(t_to) else t_to
        for _ in range(max_trips):
            if not len(self.col_stop):
                out.append(best.copy())
                continue
            at = np.clip(ready[:, self.col_stop], -_LIM, _LIM) + self.col_key0
            board = np.searchsorted(self.key, at, side="left") - self.col_start
            board[:, ~self.col_pickup] = self.col_ntrips[~self.col_pickup]  # no boarding
            run = np.minimum.accumulate(board + self.col_offset, axis=1) - self.col_offset
            ride = np.empty_like(run)
            ride[:, 1:] = run[:, :-1]
            ride[:, self.col_first] = self.col_ntrips[self.col_first]
            ok = (ride < self.col_ntrips) & self.col_dropoff  # alighting allowed
            cell = self.col_start + np.where(ok, ride, 0)
            arr = np.where(ok, self.cell_arr[cell], np.inf)
            new = np.full((q, self.n_stops), np.inf)
            new[:, self.seg_stop] = np.minimum.reduceat(
                arr[:, self.stop_order], self.seg_starts, axis=1
            )
            improved = new < best
            best = np.minimum(best, new)
            out.append(best.copy())
            if not improved.any():
                out.extend(best.copy() for _ in range(max_trips - len(out)))
                break
            if len(t_to):
                walk = np.minimum.reduceat(
                    np.where(improved[:, t_from], new[:, t_from] + t_secs, np.inf), t_seg, axis=1
                )
                ready[:, t_to[t_seg]] = np.minimum(ready[:, t_to[t_seg]], walk)
        return out


@dataclass
class Travel:
    """Travel times (seconds) per departure minute (rows) and point (columns), inf when
    none within the limits, and the trips of the median departure (0 = walking only)."""

    departures: np.ndarray
    times: np.ndarray
    median_trips: np.ndarray

    def summary(self, within: float) -> pd.DataFrame:
        return summarise(self.times, within, self.median_trips)


def _median_rank(m: int) -> int:
    return (m - 1) // 2


def summarise(
    times: np.ndarray, within: float, median_trips: np.ndarray | None = None
) -> pd.DataFrame:
    """Per column of ``times`` (minutes x points, seconds): min_min, median_min (the lower
    median: the middle departure, the earlier of the two middle ones for an even count),
    share_within (of departure minutes with a trip of at most ``within`` seconds),
    transfers (of the median trip; NaN when walking or unreachable), walk_only.

    >>> summarise(np.array([[600., np.inf], [1200., np.inf], [900., 60.]]), 900)
    ...  # doctest: +NORMALIZE_WHITESPACE
       min_min  median_min  share_within  transfers  walk_only
    0     10.0        15.0      0.666667        NaN      False
    1      1.0         NaN      0.333333        NaN      False
    """
    m = times.shape[0]
    srt = np.sort(times, axis=0)
    med = srt[_median_rank(m)] if m else np.full(times.shape[1], np.inf)
    low = srt[0] if m else med
    trips = np.full(times.shape[1], np.nan) if median_trips is None else median_trips.astype(float)
    reach = np.isfinite(med)
    transfers = np.where(reach & (trips >= 1), trips - 1, np.nan)
    return pd.DataFrame(
        {
            "min_min": np.where(np.isfinite(low), low / 60, np.nan),
            "median_min": np.where(reach, med / 60, np.nan),
            "share_within": (times <= within).mean(axis=0) if m else np.zeros(times.shape[1]),
            "transfers": transfers,
            "walk_only": reach & (trips == 0),
        }
    )


def _median_minute(times: np.ndarray) -> np.ndarray:
    order = np.argsort(times, axis=0, kind="stable")
    return order[_median_rank(times.shape[0])]


@dataclass
class TransitNetwork:
    """A service day's timetable ready for routing, forwards and reversed in time."""

    forward: Raptor
    backward: Raptor
    transfers: Walks
    stop_times: pd.DataFrame

    @classmethod
    def build(
        cls,
        stop_times: pd.DataFrame,
        n_stops: int,
        walks_m: Walks,
        *,
        walk_speed_ms: float = 1.3,
        min_transfer: float = 120.0,
        rules: pd.DataFrame | None = None,
    ) -> TransitNetwork:
        """From stop times (trip, stop, seq, arr, dep; optional pickup and dropoff: False
        where GTFS pickup_type / drop_off_type is 1), the walking metres between stops and
        the minimum transfer time (seconds)."""
        if not (np.isfinite(min_transfer) and min_transfer >= 0):
            raise InputError("MIN_TRANSFER_TIME must be zero or a positive number of minutes.")
        st = stop_times.sort_values(["trip", "seq"], kind="stable", ignore_index=True)
        rev = st.iloc[::-1].reset_index(drop=True)
        rev = pd.DataFrame(
            {
                "trip": rev["trip"],
                "stop": rev["stop"],
                "seq": -rev["seq"],
                "arr": -rev["dep"],
                "dep": -rev["arr"],
                # backwards in time boarding is the forward alighting and the other way
                "pickup": rev["dropoff"] if "dropoff" in rev else True,
                "dropoff": rev["pickup"] if "pickup" in rev else True,
            }
        ).sort_values(["trip", "seq"], kind="stable", ignore_index=True)
        tw = transfer_walks(walks_m, walk_speed_ms, min_transfer, n_stops, rules)
        back = Walks(tw.b, tw.a, tw.secs)  # reversed in time the same leg runs b -> a
        net = cls(Raptor.build(st, n_stops), Raptor.build(rev, n_stops), tw, st)
        net._back = back
        return net

    def _run(
        self, raptor: Raptor, ready0: np.ndarray, max_trips: int, transfers: Walks, progress=None
    ):
        outs = [[] for _ in range(max_trips)]
        n = ready0.shape[0]
        for i in range(0, n, _BATCH):
            res = raptor.rounds(ready0[i : i + _BATCH], max_trips, transfers)
            for r in range(max_trips):
                outs[r].append(res[r])
            report(progress, min(1.0, (i + _BATCH) / max(n, 1)))
        return [np.concatenate(o, axis=0) if o else np.empty((0, raptor.n_stops)) for o in outs]

    def travel_from(
        self,
        access_stop: np.ndarray,
        access_secs: np.ndarray,
        egress: Walks,
        direct: np.ndarray,
        departures: np.ndarray,
        *,
        max_trips: int = 4,
        max_time: float = np.inf,
        progress: Progress | None = None,
    ) -> Travel:
        """From one place (walking ``access_secs`` to ``access_stop``) to many targets
        (``egress``: stop -> target seconds; ``direct``: walking seconds to each target)
        for each departure (seconds)."""
        s = self.forward.n_stops
        n_t = len(direct)
        ready0 = np.full((len(departures), s), np.inf)
        for stop, secs in zip(access_stop, access_secs):
            ready0[:, stop] = np.minimum(ready0[:, stop], departures + secs)
        rounds = self._run(self.forward, ready0, max_trips, self.transfers, progress)
        order = np.argsort(egress.b, kind="stable")
        e_stop, e_t, e_secs = egress.a[order], egress.b[order], egress.secs[order]
        seg = np.flatnonzero(np.r_[True, e_t[1:] != e_t[:-1]]) if len(e_t) else e_t

        def at_targets(varr):
            out = np.full((varr.shape[0], n_t), np.inf)
            if len(e_t):
                out[:, e_t[seg]] = np.minimum.reduceat(varr[:, e_stop] + e_secs, seg, axis=1)
            return out

        walk = departures[:, None] + direct[None, :]
        arrive = np.minimum(walk, at_targets(rounds[-1]))
        times = arrive - departures[:, None]
        times[times > max_time] = np.inf
        mid = _median_minute(times) if len(departures) else np.zeros(n_t, int)
        cols = np.arange(n_t)
        best = arrive[mid, cols]
        trips = np.where(walk[mid, cols] <= best, 0, max_trips)
        for r in range(max_trips - 1, 0, -1):  # fewest trips reaching the same arrival
            tr_r = np.full(n_t, np.inf)
            if len(e_t):
                at = rounds[r - 1][mid[e_t], e_stop] + e_secs
                tr_r[e_t[seg]] = np.minimum.reduceat(at, seg)
            trips = np.where((trips > r) & (tr_r <= best), r, trips)
        return Travel(departures, times, trips)

    def arrival_times(
        self, egress_stop: np.ndarray, egress_secs: np.ndarray, lo: float, hi: float
    ) -> np.ndarray:
        """Every arrival time at the destination within [lo, hi] by a vehicle arriving at an
        egress stop, plus the walk from it (the only arrival times a trip can have)."""
        st = self.stop_times
        e = pd.Series(egress_secs).groupby(egress_stop).min()
        rows = st["stop"].isin(e.index).to_numpy()
        arr = st["arr"].to_numpy()[rows] + e.reindex(st["stop"].to_numpy()[rows]).to_numpy()
        return np.unique(arr[(arr >= lo) & (arr <= hi)])

    def travel_to(
        self,
        access: Walks,
        egress_stop: np.ndarray,
        egress_secs: np.ndarray,
        direct: np.ndarray,
        departures: np.ndarray,
        *,
        max_trips: int = 4,
        max_time: float = np.inf,
        progress: Progress | None = None,
    ) -> Travel:
        """From many origins (``access``: origin -> stop seconds; ``direct``: walking seconds
        to the destination) to one destination (reached from ``egress_stop`` in
        ``egress_secs``), for each departure (seconds)."""
        s = self.backward.n_stops
        n_o = len(direct)
        m = len(departures)
        hi = float(departures.max() + min(max_time, 2 * 86_400.0)) if m else 0.0
        deadline = self.arrival_times(
            egress_stop, egress_secs, float(departures.min()) if m else 0.0, hi
        )
        k = len(deadline)
        ready0 = np.full((k, s), np.inf)
        for stop, secs in zip(egress_stop, egress_secs):
            ready0[:, stop] = np.minimum(ready0[:, stop], -(deadline - secs))
        rounds = (
            self._run(self.backward, ready0, max_trips, self._back, scaled(progress, 0, 0.8))
            if k
            else []
        )
        # latest departure per deadline and stop (non-decreasing in the deadline)
        lds = [np.maximum.accumulate(np.clip(-r, -_LIM, _LIM), axis=0) for r in rounds]
        order = np.argsort(access.a, kind="stable")
        o, stop, w = access.a[order], access.b[order], access.secs[order]
        seg = np.flatnonzero(np.r_[True, o[1:] != o[:-1]]) if len(o) else o
        a_ext = np.r_[deadline, np.inf]

        def earliest(ld, times, lo, hi):
            """Arrival at the destination per pair lo:hi leaving at ``times`` (.., pairs)."""
            if not k:
                return np.full(np.broadcast_shapes(np.shape(times), (hi - lo,)), np.inf)
            keys = (ld.T + (np.arange(s) * _BIG + _SHIFT)[:, None]).ravel()
            q = np.clip(times + w[lo:hi], -_LIM, _LIM) + stop[lo:hi] * _BIG + _SHIFT
            idx = np.searchsorted(keys, q, side="left") - stop[lo:hi] * k
            return a_ext[np.minimum(idx, k)]

        arrive = np.full((m, n_o), np.inf)
        step = max(1, 500_000 // max(m, 1))  # origins per block (a few walking legs each)
        for i in range(0, len(seg), step):  # blocks of whole origins
            lo, hi = seg[i], seg[i + step] if i + step < len(seg) else len(o)
            ea = earliest(lds[-1] if k else None, departures[:, None], lo, hi)
            arrive[:, o[seg[i : i + step]]] = np.minimum.reduceat(
                ea, seg[i : i + step] - lo, axis=1
            )
            report(progress, 0.8 + 0.2 * min(1.0, (i + step) / max(len(seg), 1)))
        walk = departures[:, None] + direct[None, :]
        best = np.minimum(walk, arrive)
        times = best - departures[:, None]
        times[times > max_time] = np.inf
        mid = _median_minute(times) if m else np.zeros(n_o, int)
        cols = np.arange(n_o)
        target = best[mid, cols]
        trips = np.where(walk[mid, cols] <= target, 0, max_trips)
        if len(o):
            dep_pair = departures[mid[o]]
            for r in range(max_trips - 1, 0, -1):
                ea = earliest(lds[r - 1] if k else None, dep_pair, 0, len(o))
                ea_o = np.full(n_o, np.inf)
                ea_o[o[seg]] = np.minimum.reduceat(ea, seg)
                trips = np.where((trips > r) & (ea_o <= target), r, trips)
        return Travel(departures, times, trips)

"""Travel cost from every origin to the nearest destination of each kind (smaaby:serviceaccess),
and its population-weighted summary per zone.

No QGIS here. One reversed multi-source Dijkstra search per kind: the destinations of
that kind are the sources of a search on the reversed network, so the cost found at an
origin is the cost *from* the origin *to* its nearest destination on a directed network
(one-way links count the right way round). It is the engine's nearest-source search
(:meth:`~smaaby_plugin.core.catchments.network.Network.nearest_source`) on the reversed
graph; the split graph is built once for all kinds.

Summary (:func:`zone_summary`): per zone and kind, the population, the reached and
unreached population, the population-weighted mean (over the reached), median and 90th
percentile cost (the smallest cost within which 50 % / 90 % of the zone's population live;
NaN when that share is not reached), and the share of the population within each
threshold. Unreached people (no path, too far from the network, beyond the cut-off) are
counted in the population and in no share: they are never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from scipy.sparse.csgraph import dijkstra

from smaaby_plugin.core.catchments import network_routing as routing
from smaaby_plugin.core.catchments.network import (
    ALLOCATED,
    BEYOND_LIMIT,
    NO_PATH,
    UNATTACHED,
    Attachment,
    Network,
    as_points,
)
from smaaby_plugin.core.progress import Progress, report

__all__ = [
    "NearestByGroup",
    "access_columns",
    "column_name",
    "nearest_by_group",
    "served_by",
    "summary_table",
    "unique_columns",
    "weighted_quantile",
    "zone_of_points",
    "zone_summary",
]

# Cost added per destination index to break exact ties towards the lowest index.
_TIE_EPS = 1e-9


@dataclass
class NearestByGroup:
    """Per origin (rows) and group (columns): the nearest destination and its cost.

    Attributes
    ----------
    destination : ndarray of int, shape (n_origins, n_groups)
        Index of the nearest destination of the group, -1 where none.
    cost : ndarray of float
        Cost to it, access legs at both ends included (inf where none or beyond the limit).
    status : ndarray of int8
        The engine's codes: ALLOCATED, BEYOND_LIMIT, NO_PATH, UNATTACHED.
    """

    destination: np.ndarray
    cost: np.ndarray
    status: np.ndarray


def nearest_by_group(
    net: Network,
    origins: Attachment,
    destinations: Attachment,
    groups: Sequence[np.ndarray],
    *,
    limit: float | None = None,
    to_destination: bool = True,
    progress: Progress | None = None,
) -> NearestByGroup:
    """The nearest destination of each group from every origin.

    Parameters
    ----------
    net : Network
    origins, destinations : Attachment
    groups : sequence of bool arrays (one per group, length n_destinations)
        Which destinations belong to each group (a destination may be in several).
    limit : float, optional
        Searches stop at this cost; origins farther get BEYOND_LIMIT and cost inf.
    to_destination : bool
        True: cost from the origin to the destination (reversed search); False: from
        the destination to the origin.
    progress : Progress, optional
        Told the share done between the searches; raises ``Cancelled``.

    Returns
    -------
    NearestByGroup
        Exact ties go to the lowest destination index.

    Examples
    --------
    >>> import shapely
    >>> from smaaby_plugin.core.catchments.network import build_graph
    >>> net = build_graph(np.array([shapely.LineString([(0, 0), (1000, 0)])]))
    >>> o = net.attach(np.array([shapely.Point(100, 0)]))
    >>> d = net.attach(np.array([shapely.Point(0, 0), shapely.Point(900, 0)]))
    >>> r = nearest_by_group(net, o, d, [np.array([True, True]), np.array([False, True])])
    >>> r.destination.tolist(), r.cost.round(6).tolist()
    ([[0, 1]], [[100.0, 800.0]])
    """
    n_o, n_g = len(origins), len(groups)
    dest = np.full((n_o, n_g), -1, dtype=np.int64)
    cost = np.full((n_o, n_g), np.inf)
    status = np.full((n_o, n_g), UNATTACHED, dtype=np.int8)
    report(progress, 0.0)
    sp = routing.split(net, [origins, destinations])
    o_nodes, d_nodes = sp.point_nodes
    o_ok = np.flatnonzero(o_nodes >= 0)
    d_ok = np.flatnonzero(d_nodes >= 0)
    status[o_ok] = NO_PATH
    if len(o_ok) == 0 or len(d_ok) == 0 or n_g == 0:
        report(progress, 1.0)
        return NearestByGroup(dest, cost, status)
    # one graph with a virtual node per attached destination; a search starts from the
    # virtual nodes of one group only, so the others are dead ends it never enters
    tie = d_ok * _TIE_EPS
    g = routing.csr(sp, d_nodes[d_ok], destinations.access_cost[d_ok] + tie, to_destination)
    virtual = np.full(len(destinations), -1, dtype=np.int64)
    virtual[d_ok] = sp.n_nodes + np.arange(len(d_ok))
    kw = {"limit": float(limit)} if limit is not None else {}
    on = o_nodes[o_ok]
    o_comp = net.component[net.from_node[origins.link[o_ok]]]
    d_comp = net.component[net.from_node[destinations.link[d_ok]]]
    for k, member in enumerate(groups):
        report(progress, 0.05 + 0.95 * k / n_g)
        member = np.asarray(member, dtype=bool)
        vs = virtual[member & (virtual >= 0)]
        if len(vs) == 0:
            continue
        d, _, src = dijkstra(
            g, directed=True, indices=vs, min_only=True, return_predecessors=True, **kw
        )
        reach = np.isfinite(d[on])
        rows = o_ok[reach]
        j = src[on[reach]] - sp.n_nodes
        dest[rows, k] = d_ok[j]
        cost[rows, k] = d[on[reach]] - tie[j] + origins.access_cost[rows]
        status[rows, k] = ALLOCATED
        if limit is not None:
            beyond = cost[rows, k] > limit
            status[rows[beyond], k] = BEYOND_LIMIT
            cost[rows[beyond], k] = np.inf
            dest[rows[beyond], k] = -1
            # a search stopped at the limit leaves the farther origins unreached: in a
            # network part with a destination of the group they lie beyond the limit
            lost = o_ok[~reach]
            in_part = np.isin(o_comp[~reach], d_comp[member[d_ok]])
            status[lost[in_part], k] = BEYOND_LIMIT
    report(progress, 1.0)
    return NearestByGroup(dest, cost, status)


def weighted_quantile(values: np.ndarray, weights: np.ndarray, q: float) -> float:
    """The smallest value within which a share ``q`` of the total weight lies (inf values
    count in the total); NaN when that share is only reached among the inf ones or the
    weights are all 0.

    >>> weighted_quantile(np.array([10.0, 20.0, 30.0]), np.array([1.0, 1.0, 2.0]), 0.5)
    20.0
    >>> weighted_quantile(np.array([10.0, np.inf]), np.array([1.0, 3.0]), 0.5)
    nan
    """
    w = np.asarray(weights, float)
    total = w.sum()
    if total <= 0:
        return float("nan")
    order = np.argsort(values, kind="stable")
    v, cw = np.asarray(values, float)[order], np.cumsum(w[order])
    i = int(np.searchsorted(cw, q * total * (1 - 1e-12)))
    if i >= len(v) or not np.isfinite(v[i]):
        return float("nan")
    return float(v[i])


def zone_summary(
    cost: np.ndarray,
    population: np.ndarray,
    zone: np.ndarray,
    zone_ids: Sequence[str],
    kinds: Sequence[str],
    thresholds: Sequence[float],
) -> pd.DataFrame:
    """Population-weighted cost summary per zone and kind (see the module text).

    Parameters
    ----------
    cost : ndarray, shape (n_origins, n_kinds)
        inf where unreached.
    population : ndarray (n_origins)
    zone : ndarray of int (n_origins)
        Zone index of each origin, -1 outside every zone (left out of the zones, kept
        in the row for all origins).
    zone_ids : sequence of str
    kinds : sequence of str
    thresholds : sequence of float

    Returns
    -------
    DataFrame
        zone_id ("(all)" for all origins first), kind, population, reached, unreached,
        mean, median, p90, within_<t> (share 0-1 of the population) per threshold.

    Examples
    --------
    >>> t = zone_summary(np.array([[10.0], [40.0], [np.inf]]), np.array([2.0, 1.0, 1.0]),
    ...                  np.array([0, 0, -1]), ["A"], ["gp"], [15, 30])
    >>> t[["zone_id", "population", "unreached", "mean", "within_15"]].values.tolist()
    [['(all)', 4.0, 1.0, 20.0, 0.5], ['A', 3.0, 0.0, 20.0, 0.6666666666666666]]
    """
    cost = np.asarray(cost, float)
    pop = np.asarray(population, float)
    zone = np.asarray(zone, np.int64)
    groups = [("(all)", np.ones(len(pop), bool))]
    groups += [(zid, zone == z) for z, zid in enumerate(zone_ids)]
    rows = []
    for zid, mask in groups:
        p = pop[mask]
        total = float(p.sum())
        for k, kind in enumerate(kinds):
            c = cost[mask, k]
            fin = np.isfinite(c)
            reached = float(p[fin].sum())
            row = {
                "zone_id": zid,
                "kind": kind,
                "population": total,
                "reached": reached,
                "unreached": total - reached,
                "mean": float(np.dot(c[fin], p[fin]) / reached) if reached > 0 else np.nan,
                "median": weighted_quantile(c, p, 0.5),
                "p90": weighted_quantile(c, p, 0.9),
            }
            for t in thresholds:
                within = float(p[c <= t].sum())
                row[f"within_{t:g}"] = within / total if total > 0 else np.nan
            rows.append(row)
    return pd.DataFrame(rows)


def zone_of_points(geoms: np.ndarray, zones: np.ndarray) -> np.ndarray:
    """Index of the zone polygon each geometry lies in (by its representative point, as it
    is attached to the network), -1 outside every zone; a point in several overlapping
    zones goes to the first of them.

    >>> zone_of_points(np.array([shapely.Point(1, 1), shapely.box(5, 5, 7, 7),
    ...                          shapely.Point(20, 0)]),
    ...                np.array([shapely.box(0, 0, 4, 4), shapely.box(4, 4, 9, 9)])).tolist()
    [0, 1, -1]
    """
    pts = as_points(np.asarray(geoms, dtype=object))
    out = np.full(len(pts), -1, dtype=np.int64)
    if not len(pts) or not len(zones):
        return out
    tree = shapely.STRtree(np.asarray(zones, dtype=object))
    pi, zi = tree.query(pts, predicate="intersects")
    order = np.lexsort((zi, pi))
    pi, zi = pi[order], zi[order]
    first = np.r_[True, pi[1:] != pi[:-1]] if len(pi) else np.zeros(0, bool)
    out[pi[first]] = zi[first]
    return out


def served_by(destination: np.ndarray, population: np.ndarray, n_destinations: int):
    """Per destination: the origins, and their population, for which it is the nearest of
    its kind (a destination in several groups adds up its columns).

    Parameters
    ----------
    destination : ndarray of int, shape (n_origins, n_groups)
        ``NearestByGroup.destination`` (-1 = none).
    population : ndarray (n_origins)
    n_destinations : int

    Returns
    -------
    (n_origins per destination, population per destination)

    Examples
    --------
    >>> n, p = served_by(np.array([[0, 2], [1, 2], [0, -1]]), np.array([5.0, 1.0, 2.0]), 3)
    >>> n.tolist(), p.tolist()
    ([2, 1, 2], [7.0, 1.0, 6.0])
    """
    d = np.asarray(destination, np.int64)
    pop = np.broadcast_to(np.asarray(population, float)[:, None], d.shape)
    ok = d >= 0
    count = np.bincount(d[ok], minlength=n_destinations).astype(np.int64)
    people = np.bincount(d[ok], weights=pop[ok], minlength=n_destinations)
    return count, people


def column_name(prefix: str, kind: str) -> str:
    """A field name for a kind: 'min_' + 'school_primary'; other characters become _.

    >>> column_name("min_", "Legevakt Hamar")
    'min_legevakt_hamar'
    """
    return prefix + (re.sub(r"[^0-9a-z_]+", "_", str(kind).strip().lower()).strip("_") or "x")


def unique_columns(prefix: str, kinds) -> list[str]:
    """column_name per kind, numbered when two kinds give the same name.

    >>> unique_columns("id_", ["GP", "gp", "school"])
    ['id_gp', 'id_gp_2', 'id_school']
    """
    out, seen = [], {}
    for k in kinds:
        c = column_name(prefix, k)
        seen[c] = seen.get(c, 0) + 1
        out.append(c if seen[c] == 1 else f"{c}_{seen[c]}")
    return out


def access_columns(res: NearestByGroup, kinds: Sequence[str], destination_ids) -> dict:
    """The per-origin columns of smaaby:serviceaccess: per kind ``min_<kind>`` (the cost,
    NaN when unreached) and ``id_<kind>`` (the nearest destination's id, None)."""
    d_ids = np.asarray(destination_ids, dtype=object)
    table = {}
    cost_cols = unique_columns("min_", kinds)
    id_cols = unique_columns("id_", kinds)
    for k in range(len(kinds)):
        ok = res.destination[:, k] >= 0
        table[cost_cols[k]] = np.where(ok, res.cost[:, k], np.nan)
        table[id_cols[k]] = np.where(ok, d_ids[np.maximum(res.destination[:, k], 0)], None)
    return table


def summary_table(
    cost: np.ndarray,
    population: np.ndarray,
    zone: np.ndarray,
    zone_ids: Sequence[str],
    kinds: Sequence[str],
    thresholds: Sequence[float],
    labels: Sequence[float],
    n_destinations: Sequence[int],
    unit: str,
    note: str,
) -> pd.DataFrame:
    """smaaby:serviceaccess's OUTPUT_SUMMARY: :func:`zone_summary` with ``thresholds``
    in the network's unit named ``within_<label>`` by the ``labels`` the user gave
    (minutes, or km on a distance network), ``n_destinations`` per kind, ``cost_unit``
    and ``note`` on the rows of a kind without any destination."""
    summary = zone_summary(cost, population, zone, list(zone_ids), kinds, thresholds)
    summary = summary.rename(
        columns={
            f"within_{t:g}": f"within_{s:g}".replace(".", "_") for t, s in zip(thresholds, labels)
        }
    )
    n_dest = dict(zip(kinds, (int(n) for n in n_destinations)))
    summary.insert(2, "n_destinations", summary["kind"].map(n_dest).astype(np.int64))
    summary["cost_unit"] = unit
    summary["note"] = np.where(summary["n_destinations"] == 0, note, "")
    return summary

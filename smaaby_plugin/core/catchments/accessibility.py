"""Opportunities within reach (smaaby:accessibility): for every origin the weighted sum of
destinations within a cut-off T and the distance-decay sum Aᵢ = Σⱼ Wⱼ·f(tᵢⱼ) (Hansen 1959).

No QGIS here. Method: origins and destinations are attached to the network at their
projected positions (the engine's split graph). Origins at the same network position
(the same link and distance along it) share one search: the cost grows with the number
of distinct origin positions, not of features; each origin keeps its own access leg.
Destinations are taken at their own positions and access legs (exact). One Dijkstra
search per distinct origin position, limited to T, runs in blocks of positions whose
node costs stay below ``routing.BLOCK_CELLS`` cells; per block the origin x destination
costs are turned into f(t) and multiplied by the weight matrix (n_destinations x k), so
memory is bounded by a block, never a full origin x destination matrix.

>>> import shapely
>>> from smaaby_plugin.core.catchments.network import build_graph
>>> net = build_graph(np.array([shapely.LineString([(0, 0), (1000, 0)])]))
>>> o = net.attach(np.array([shapely.Point(0, 0)]))
>>> d = net.attach(np.array([shapely.Point(100, 0), shapely.Point(500, 0)]))
>>> r = opportunity_sums(net, o, d, np.array([[1.0], [2.0]]), 300.0, "step", 0.0)
>>> r.within.tolist(), r.decayed.tolist()
([[1.0]], [[1.0]])
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse.csgraph import dijkstra

from smaaby_plugin.core.catchments import network_routing as routing
from smaaby_plugin.core.catchments._decay import decay
from smaaby_plugin.core.catchments.network import Attachment, Network
from smaaby_plugin.core.progress import Progress, report, timed_chunks

__all__ = ["OpportunitySums", "opportunity_sums"]

# Largest origin x destination block of costs held at once (cells).
_PAIR_CELLS = 4_000_000


@dataclass
class OpportunitySums:
    """Per origin (rows) and weight column (columns).

    Attributes
    ----------
    within : ndarray (n_origins, k)
        Σ Wⱼ over destinations with tᵢⱼ <= T (NaN for unattached origins).
    decayed : ndarray (n_origins, k)
        Σ Wⱼ·f(tᵢⱼ) (NaN for unattached origins).
    n_positions : int
        Distinct origin positions searched from.
    """

    within: np.ndarray
    decayed: np.ndarray
    n_positions: int


def opportunity_sums(
    net: Network,
    origins: Attachment,
    destinations: Attachment,
    weights: np.ndarray,
    cutoff: float,
    function: str,
    beta: float,
    *,
    floor: float = 1.0,
    progress: Progress | None = None,
) -> OpportunitySums:
    """Cumulative and decay-weighted opportunities within ``cutoff`` of each origin.

    Parameters
    ----------
    net : Network
    origins, destinations : Attachment
    weights : ndarray (n_destinations, k)
        Opportunities per destination (jobs, 1 per service, ...), one column per kind.
    cutoff : float
        T in the network's unit; pairs costing more count nothing.
    function, beta, floor
        The decay f (see :mod:`~smaaby_plugin.core.catchments._decay`).
    progress : Progress, optional
        Told the share done between blocks of searches; raises ``Cancelled``.

    Returns
    -------
    OpportunitySums
    """
    w = np.asarray(weights, float)
    if w.ndim == 1:
        w = w[:, None]
    decay(np.zeros(1), function, beta, cutoff, floor)  # checks the decay's parameters
    n_o, k = len(origins), w.shape[1]
    within = np.full((n_o, k), np.nan)
    decayed = np.full((n_o, k), np.nan)
    sp = routing.split(net, [origins, destinations])
    o_nodes, d_nodes = sp.point_nodes
    o_ok = np.flatnonzero(o_nodes >= 0)
    within[o_ok] = 0.0
    decayed[o_ok] = 0.0
    d_ok = np.flatnonzero((d_nodes >= 0) & np.any(w != 0, axis=1))
    if len(o_ok) == 0 or len(d_ok) == 0:
        report(progress, 1.0)
        return OpportunitySums(within, decayed, 0)
    g = routing.csr(sp, np.empty(0, np.int64), np.empty(0), reverse=False)
    n = g.shape[0]
    positions, inverse = np.unique(o_nodes[o_ok], return_inverse=True)
    # origins grouped by position, so a block of positions is a run of origins
    order = np.argsort(inverse, kind="stable")
    starts = np.searchsorted(inverse[order], np.arange(len(positions) + 1))
    dn, d_acc, wd = d_nodes[d_ok], destinations.access_cost[d_ok], w[d_ok]
    o_acc = origins.access_cost
    per_pos = max(1.0, len(o_ok) / len(positions))
    largest = max(1, min(routing.BLOCK_CELLS // n, int(_PAIR_CELLS / (len(d_ok) * per_pos))))
    # the nearest an origin's access leg lets the search stop early: T minus the
    # cheapest access leg of the block's origins
    for part in timed_chunks(len(positions), progress, first=1, largest=largest):
        pos = positions[part]
        rows = o_ok[order[starts[part.start] : starts[part.stop]]]
        lim = float(cutoff - o_acc[rows].min())
        if lim < 0:
            continue
        node_cost = dijkstra(g, directed=True, indices=pos, limit=lim)
        pos_cost = node_cost[:, dn] + d_acc  # (positions, destinations)
        del node_cost
        which = inverse[np.searchsorted(o_ok, rows)] - part.start
        t = pos_cost[which] + o_acc[rows][:, None]
        inside = t <= cutoff
        within[rows] = inside.astype(float) @ wd
        decayed[rows] = decay(t, function, beta, cutoff, floor) @ wd
    report(progress, 1.0)
    return OpportunitySums(within, decayed, len(positions))

"""Network costs for location-allocation (smaaby:locationallocation): blocked searches
from the side with fewer network positions, and the exact truncated-cost scheme that
lets the p-median (and the p-center, and the capacitated p-median) search only as far
as its solution needs.

Searches
--------
``Searcher`` splits the network once at the demand and candidate points and runs one
Dijkstra (``scipy.sparse.csgraph``) per distinct network *position* of the side with
fewer of them (on the reversed graph from the candidates, which are the usual case),
in blocks of at most ``routing.BLOCK_CELLS`` node costs, so memory stays bounded. A
search to a cost ``L`` stops at ``L`` minus the cheapest access leg at each end (the
access legs are added afterwards), so the matrix is exact for every pair costing at most
``L`` and ``inf`` beyond. ``nearest`` is one multi-source search (``min_only``): every
demand's cost to the cheapest of a set of candidates.

Truncated costs (p-median, p-center, capacitated p-median)
----------------------------------------------------------
The covering problems need costs up to T only. The p-median needs every pair in
principle, but only those its solution uses in fact. With a search limit ``L`` define
``c'_ij = min(c_ij, L)`` (a pair not found within ``L`` costs at least ``L``, or has no
path): ``c' <= c`` elementwise, so for every choice of sites (and every assignment, also
the capacitated one's shares) the truncated objective is at most the true one, and the
truncated problem's optimum and its bound are lower bounds of the true optimum. If in the
truncated solution every demand's assigned cost is *below* ``L`` (every pair with a
share, for the capacitated problem), then truncation touched none of them: those costs
are exact, any other site costs at least as much in truth as truncated, so the true
objective of that solution equals the truncated one, and the solution is optimal (or
within the same gap) for the true problem. Otherwise ``L`` is raised and the problem
solved again; when ``L`` reaches the cut-off T (or after ``MAX_ROUNDS``) the search runs
to T (or without limit), which is the untruncated problem.

The first ``L`` comes from the data: a greedy p-median on straight-line distances gives
a start set of sites; one multi-source search gives every demand's true cost to it, and
``L`` is ``FIRST_MARGIN`` times the largest of these (the largest cost that a good
solution needs). After a failed round ``L`` becomes the larger of ``RAISE`` times ``L``
and ``FIRST_MARGIN`` times the failed solution's own largest true cost (one more
multi-source search). The rounds are logged.

>>> import numpy as np
>>> c = np.array([[1.0, 9.0, 4.0], [8.0, 1.0, 5.0], [9.0, 8.0, 1.0], [2.0, 7.0, 3.0]])
>>> def costs(lim, cols=None):
...     sub = c if cols is None else c[:, cols]
...     return sub if lim is None else np.where(sub <= lim, sub, np.inf)
>>> nearest = lambda cols: c[:, slice(None) if cols is None else cols].min(axis=1)
>>> out = truncated_solve(costs, nearest, np.ones(4), "p-median", 2, start=np.array([0]))
>>> out.solution.chosen.tolist(), out.solution.objective, out.rounds
([0, 2], 9.0, [(10.35, True)])
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.sparse.csgraph import dijkstra

from smaaby_plugin.core.catchments import location_allocation as la
from smaaby_plugin.core.catchments import network_routing as routing
from smaaby_plugin.core.progress import report, timed_chunks

__all__ = [
    "FIRST_MARGIN",
    "RAISE",
    "MAX_ROUNDS",
    "Searcher",
    "Truncated",
    "truncated_solve",
    "euclidean_start",
]

#: The first search limit is this times the largest true cost of the start set.
FIRST_MARGIN = 1.15
#: After a failed round the limit grows at least by this factor.
RAISE = 1.5
#: Truncated rounds before the search runs to T (or without limit).
MAX_ROUNDS = 5
#: Truncated problems only (the covering ones search to T, which is exact).
TRUNCATED = (la.PMEDIAN, la.PCENTER, la.CPMEDIAN)
_SLACK = 1e-9


class Searcher:
    """Cost searches from demand to candidates on one split network (see the module).

    ``searches`` counts the single-source searches run, ``multi`` the multi-source ones.
    """

    def __init__(self, net, demand, candidates):
        self.sp = routing.split(net, [demand, candidates])
        self.d_nodes, self.c_nodes = self.sp.point_nodes
        self.d_acc = np.asarray(demand.access_cost, float)
        self.c_acc = np.asarray(candidates.access_cost, float)
        self.n, self.m = len(demand), len(candidates)
        self.d_ok = np.flatnonzero(self.d_nodes >= 0)
        self.c_ok = np.flatnonzero(self.c_nodes >= 0)
        n_dpos = len(np.unique(self.d_nodes[self.d_ok]))
        n_cpos = len(np.unique(self.c_nodes[self.c_ok]))
        #: search from the candidates' positions (reversed graph) when they are fewer
        self.from_candidates = n_cpos <= n_dpos
        # the reversed graph carries one virtual node per candidate for ``nearest``;
        # no edge enters a virtual node, so the searches from real nodes do not see them
        self._rev = routing.csr(
            self.sp, self.c_nodes[self.c_ok], self.c_acc[self.c_ok], reverse=True
        )
        self._fwd = None
        self.searches = 0
        self.multi = 0

    def _graph(self):
        if self.from_candidates:
            return self._rev
        if self._fwd is None:
            self._fwd = routing.csr(self.sp, np.empty(0, np.int64), np.empty(0), reverse=False)
        return self._fwd

    def matrix(self, limit=None, cols=None, progress=None) -> np.ndarray:
        """Cost from every demand to the candidates ``cols`` (all by default): exact for
        pairs up to ``limit``, inf beyond it and where there is no path."""
        cols = np.arange(self.m) if cols is None else np.asarray(cols, np.int64)
        out = np.full((self.n, len(cols)), np.inf)
        c_sel = np.flatnonzero(self.c_nodes[cols] >= 0)
        if len(self.d_ok) == 0 or len(c_sel) == 0:
            report(progress, 1.0)
            return out
        if self.from_candidates:
            s_idx, s_nodes, s_acc = c_sel, self.c_nodes[cols[c_sel]], self.c_acc[cols[c_sel]]
            e_idx, e_nodes, e_acc = self.d_ok, self.d_nodes[self.d_ok], self.d_acc[self.d_ok]
        else:
            s_idx, s_nodes, s_acc = self.d_ok, self.d_nodes[self.d_ok], self.d_acc[self.d_ok]
            e_idx, e_nodes, e_acc = c_sel, self.c_nodes[cols[c_sel]], self.c_acc[cols[c_sel]]
        g = self._graph()
        positions, inverse = np.unique(s_nodes, return_inverse=True)
        order = np.argsort(inverse, kind="stable")  # starts grouped by position
        bounds = np.searchsorted(inverse[order], np.arange(len(positions) + 1))
        end_min = float(e_acc.min())
        largest = max(1, routing.BLOCK_CELLS // g.shape[0])
        for part in timed_chunks(len(positions), progress, first=1, largest=largest):
            members = order[bounds[part.start] : bounds[part.stop]]
            kw = {}
            if limit is not None:
                # the search stops at the limit less the cheapest access legs at both ends
                lim = float(limit) - float(s_acc[members].min()) - end_min
                if lim < 0:
                    continue
                kw["limit"] = lim * (1 + _SLACK) + _SLACK
            node_cost = dijkstra(g, directed=True, indices=positions[part], **kw)
            self.searches += part.stop - part.start
            at_end = node_cost[:, e_nodes]
            del node_cost
            block = at_end[inverse[members] - part.start] + s_acc[members][:, None] + e_acc
            if limit is not None:
                block[block > limit] = np.inf
            if self.from_candidates:
                out[np.ix_(e_idx, s_idx[members])] = block.T
            else:
                out[np.ix_(s_idx[members], e_idx)] = block
        report(progress, 1.0)
        return out

    def nearest(self, cols=None) -> np.ndarray:
        """Every demand's cost to the cheapest of the candidates ``cols`` (all by
        default; inf = none reachable), in one multi-source search."""
        cols = np.arange(self.m) if cols is None else np.asarray(cols, np.int64)
        virtual = np.full(self.m, -1, np.int64)
        virtual[self.c_ok] = self.sp.n_nodes + np.arange(len(self.c_ok))
        starts = virtual[cols]
        starts = starts[starts >= 0]
        out = np.full(self.n, np.inf)
        if len(starts) == 0 or len(self.d_ok) == 0:
            return out
        d = dijkstra(self._rev, directed=True, indices=starts, min_only=True)
        self.multi += 1
        out[self.d_ok] = d[self.d_nodes[self.d_ok]] + self.d_acc[self.d_ok]
        return out


def euclidean_start(demand_xy, cand_xy, weight, p, required=None, block=2_000, sample=2_000):
    """A start set of P sites: the greedy p-median (each step the site that lowers the
    weighted straight-line total most) on the coordinates; the required sites first. Of
    more than ``sample`` demand points an even sample is used (it only sets the first
    search limit).

    >>> euclidean_start(np.array([[0.0, 0], [10, 0], [6, 0]]),
    ...                 np.array([[1.0, 0], [9, 0], [5, 0]]), np.ones(3), 1).tolist()
    [2]
    """
    d_xy = np.asarray(demand_xy, float)
    c_xy = np.asarray(cand_xy, float)
    w = np.asarray(weight, float)
    if len(d_xy) > sample:
        pick = np.linspace(0, len(d_xy) - 1, sample).astype(np.int64)
        d_xy, w = d_xy[pick], w[pick]
    m = len(c_xy)
    required = np.zeros(m, bool) if required is None else np.asarray(required, bool)
    chosen = list(np.flatnonzero(required))
    span = np.ptp(np.vstack([d_xy, c_xy]), axis=0) if len(d_xy) and m else np.zeros(2)
    big = 2.0 * float(np.hypot(*span)) + 1.0  # more than any distance: "not served yet"
    current = np.full(len(d_xy), big)
    for j in chosen:
        current = np.minimum(current, np.hypot(*(d_xy - c_xy[j]).T))
    while len(chosen) < min(p, m):
        gain = np.zeros(m)
        cap = current
        for s in range(0, len(d_xy), block):  # blocks of demand bound the memory
            dist = np.hypot(
                d_xy[s : s + block, None, 0] - c_xy[None, :, 0],
                d_xy[s : s + block, None, 1] - c_xy[None, :, 1],
            )
            gain += w[s : s + block] @ np.maximum(cap[s : s + block, None] - dist, 0.0)
        gain[chosen] = -1.0
        j = int(np.argmax(gain))
        chosen.append(j)
        current = np.minimum(current, np.hypot(*(d_xy - c_xy[j]).T))
    return np.sort(np.array(chosen, np.int64))


@dataclass
class Truncated:
    """The outcome of ``truncated_solve``: ``matrix`` (exact for every pair the
    allocation uses: give it to ``location_allocation.allocate``), ``reduced``,
    ``solution``, and ``rounds``: per round (limit or None, accepted?)."""

    matrix: np.ndarray
    reduced: la.Reduced
    solution: object
    rounds: list = field(default_factory=list)


def _assigned_below(red, sol, cost_nodes, limit) -> bool:
    """True when every demand node's cost in the solution is below ``limit``."""
    if sol.share is not None:  # capacitated: every pair with a share
        rows, cols, share = sol.share
        used = share > 1e-9
        return bool(np.all(cost_nodes[rows[used], cols[used]] < limit))
    pos = np.searchsorted(red.candidates, sol.chosen)
    return bool(np.all(cost_nodes[:, pos].min(axis=1) < limit))


def truncated_solve(
    costs,
    nearest,
    weight,
    problem,
    p,
    t=None,
    required=None,
    capacity=None,
    time_limit=60.0,
    start=None,
    max_rounds=MAX_ROUNDS,
    first_limit=None,
) -> Truncated:
    """Solve ``problem`` with the truncated-cost scheme (see the module's text).

    ``costs(limit, cols=None)``: the (demand, candidates ``cols``) matrix exact up to
    ``limit`` (None = no limit), inf beyond; ``nearest(cols)``: every demand's true cost
    to the cheapest of the candidates ``cols`` (None = all); ``start``: a start set of
    sites (e.g. ``euclidean_start``); without one, or for the covering problems, one
    search to T (exact, no truncation). ``first_limit`` overrides the first limit drawn
    from ``start``. Each round's solver gets ``time_limit`` seconds.
    """
    weight = np.asarray(weight, float)
    rounds = []
    limit = None
    if problem in TRUNCATED and start is not None and len(start):
        reach = nearest(None)
        use = np.isfinite(reach) & (weight > 0) & ((reach <= t) if t else True)
        if use.any():
            a0 = nearest(np.asarray(start))[use]
            if first_limit is not None:
                limit = float(first_limit)
            elif np.isfinite(a0).all():
                limit = FIRST_MARGIN * float(a0.max())
    for _ in range(max_rounds):
        if limit is None or (t and limit >= t):
            break
        exact = costs(limit)
        cut = np.where(np.isfinite(exact), exact, limit)
        # demand that no candidate reaches (within T) is out of the true problem
        cut[~use] = np.where(np.isfinite(exact[~use]), exact[~use], np.inf)
        red = la.reduce(cut, weight, problem, t, required, capacity)
        sol = la.solve(red, problem, p, time_limit=time_limit)
        if _assigned_below(red, sol, red.cost, limit):
            rounds.append((limit, True))
            matrix = _exact_chosen(cut, exact, sol, weight, reach, costs, t)
            return Truncated(matrix, red, sol, rounds)
        rounds.append((limit, False))
        worst = nearest(sol.chosen)[use]
        worst = float(worst.max()) if np.isfinite(worst).all() else np.inf
        limit = max(RAISE * limit, FIRST_MARGIN * worst)
    matrix = costs(t if t else None)
    rounds.append((t if t else None, True))
    red = la.reduce(matrix, weight, problem, t, required, capacity)
    sol = la.solve(red, problem, p, time_limit=time_limit)
    return Truncated(matrix, red, sol, rounds)


def _exact_chosen(cut, exact, sol, weight, reach, costs, t) -> np.ndarray:
    """The truncated matrix with the chosen sites' columns exact wherever the allocation
    reads them: the demand in the model is served below the limit (exact already); demand
    out of it (zero weight) whose chosen sites all lie beyond the limit needs a search."""
    matrix = np.where(np.isfinite(exact), exact, cut)
    chosen = np.asarray(sol.chosen)
    sub = exact[:, chosen]
    # beyond the limit a chosen site is never the cheapest of a demand served below it
    matrix[:, chosen] = sub
    within = np.isfinite(reach) & ((reach <= t) if t else True)
    need = ~np.isfinite(sub).any(axis=1) & (weight <= 0) & within
    if need.any():
        matrix[:, chosen] = costs(t if t else None, chosen)
    return matrix

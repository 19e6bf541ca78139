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

The limit may differ per candidate (``c'_ij = min(c_ij, L_j)`` is still at most
``c_ij``, and the argument holds pair by pair), so a candidate in the middle of the
demand need not search as far as one at its edge. The first limits come from the data
(``first_limits``): a greedy p-median on straight-line distances gives a start set of P
sites; one multi-source search gives every demand's true cost ``a_i`` to it; candidate
j's limit is ``FIRST_MARGIN`` times the largest ``a_i`` of the demand that j could
plausibly take over (no more than ``KAPPA`` times as far, in straight lines, as its
nearest start site). After a failed round only the sites where truncation touched the
solution are searched again, to the larger of ``RAISE`` times their limit and
``FIRST_MARGIN`` times the largest true cost of the demand concerned (one more
multi-source search). The rounds are logged; the choice of the first limits affects only
the time, never the result.

>>> import numpy as np
>>> c = np.array([[1.0, 9.0, 4.0], [8.0, 1.0, 5.0], [9.0, 8.0, 1.0], [2.0, 7.0, 3.0]])
>>> def costs(lim, cols=None):
...     sub = c if cols is None else c[:, cols]
...     return sub if lim is None else np.where(sub <= lim, sub, np.inf)
>>> nearest = lambda cols: c[:, slice(None) if cols is None else cols].min(axis=1)
>>> out = truncated_solve(costs, nearest, np.ones(4), "p-median", 2,
...                       first_limit=np.full(3, 2.0))
>>> out.solution.chosen.tolist(), out.solution.objective
([0, 2], 9.0)
>>> [accepted for *_, accepted in out.rounds]
[False, False, False, True]
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
    "first_limits",
    "euclidean_start",
]

#: The first search limit is this times the largest true cost of the start set.
FIRST_MARGIN = 1.15
#: After a failed round the limit grows at least by this factor.
RAISE = 1.5
#: Truncated rounds before the search runs to T (or without limit).
MAX_ROUNDS = 8
#: The p-median's screening rounds (heuristic alone) get this share of the time limit.
SCREEN = 0.3
#: A demand may move to a candidate at most this times as far (straight line) as its
#: nearest start site (the first limits only; any limits give a valid bound).
KAPPA = 1.25
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
        return self._forward()

    def _forward(self):
        # one virtual node per attached demand (for ``reaching``); no edge enters a
        # virtual node, so the searches from real nodes do not see them
        if self._fwd is None:
            self._fwd = routing.csr(
                self.sp, self.d_nodes[self.d_ok], self.d_acc[self.d_ok], reverse=False
            )
        return self._fwd

    def matrix(self, limit=None, cols=None, progress=None) -> np.ndarray:
        """Cost from every demand to the candidates ``cols`` (all by default): exact for
        pairs up to ``limit`` (None, one number, or one per column of ``cols``), inf
        beyond it and where there is no path."""
        cols = np.arange(self.m) if cols is None else np.asarray(cols, np.int64)
        lim = np.full(len(cols), np.inf)
        if limit is not None:
            lim[:] = np.broadcast_to(np.asarray(limit, float), (len(cols),))
        out = np.full((self.n, len(cols)), np.inf)
        c_sel = np.flatnonzero(self.c_nodes[cols] >= 0)
        if len(self.d_ok) == 0 or len(c_sel) == 0:
            report(progress, 1.0)
            return out
        d_part = (self.d_ok, self.d_nodes[self.d_ok], self.d_acc[self.d_ok])
        c_part = (c_sel, self.c_nodes[cols[c_sel]], self.c_acc[cols[c_sel]])
        if self.from_candidates:
            (s_idx, s_nodes, s_acc), (e_idx, e_nodes, e_acc) = c_part, d_part
            s_lim, e_lim = lim[c_sel], None
        else:
            (s_idx, s_nodes, s_acc), (e_idx, e_nodes, e_acc) = d_part, c_part
            s_lim, e_lim = np.full(len(s_idx), lim[c_sel].max()), lim[c_sel]
        g = self._graph()
        positions, inverse = np.unique(s_nodes, return_inverse=True)
        pos_lim = np.full(len(positions), -np.inf)
        np.maximum.at(pos_lim, inverse, s_lim)
        # positions by their limit, so a block's searches stop at similar costs
        pos_order = np.argsort(pos_lim, kind="stable")
        rank = np.empty_like(pos_order)
        rank[pos_order] = np.arange(len(pos_order))
        start_rank = rank[inverse]
        order = np.argsort(start_rank, kind="stable")  # starts grouped by position
        bounds = np.searchsorted(start_rank[order], np.arange(len(positions) + 1))
        end_min = float(e_acc.min())
        largest = max(1, routing.BLOCK_CELLS // g.shape[0])
        for part in timed_chunks(len(positions), progress, first=1, largest=largest):
            members = order[bounds[part.start] : bounds[part.stop]]
            top = float(pos_lim[pos_order[part]].max())
            kw = {}
            if np.isfinite(top):
                # the search stops at the limit less the cheapest access legs at both ends
                stop = top - float(s_acc[members].min()) - end_min
                if stop < 0:
                    continue
                kw["limit"] = stop * (1 + _SLACK) + _SLACK
            node_cost = dijkstra(g, directed=True, indices=positions[pos_order[part]], **kw)
            self.searches += part.stop - part.start
            at_end = node_cost[:, e_nodes]
            del node_cost
            block = at_end[start_rank[members] - part.start] + s_acc[members][:, None] + e_acc
            block[block > (s_lim[members][:, None] if e_lim is None else e_lim)] = np.inf
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

    def reaching(self, rows=None) -> np.ndarray:
        """Every candidate's cost from the cheapest of the demand ``rows`` (a mask or
        indices; all by default; inf = none reaches it), in one multi-source search on
        the forward graph."""
        pick = np.zeros(self.n, bool)
        pick[np.arange(self.n) if rows is None else rows] = True
        virtual = np.full(self.n, -1, np.int64)
        virtual[self.d_ok] = self.sp.n_nodes + np.arange(len(self.d_ok))
        starts = virtual[pick & (virtual >= 0)]
        out = np.full(self.m, np.inf)
        if len(starts) == 0 or len(self.c_ok) == 0:
            return out
        d = dijkstra(self._forward(), directed=True, indices=starts, min_only=True)
        self.multi += 1
        out[self.c_ok] = d[self.c_nodes[self.c_ok]] + self.c_acc[self.c_ok]
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


def first_limits(demand_xy, cand_xy, weight, use, p, required, nearest, block=2_000):
    """One search limit per candidate, from the data (see the module's text): the start
    set's true costs ``a_i`` (one multi-source search), and for candidate j the largest
    ``a_i`` of the demand that j could plausibly take over (no more than ``KAPPA`` times
    as far as its nearest start site, in straight lines), times ``FIRST_MARGIN``."""
    d_xy = np.asarray(demand_xy, float)[use]
    c_xy = np.asarray(cand_xy, float)
    start = euclidean_start(d_xy, c_xy, np.asarray(weight, float)[use], p, required)
    a = np.asarray(nearest(start), float)[use]
    a = np.where(np.isfinite(a), a, np.max(a[np.isfinite(a)], initial=0.0))
    m = len(c_xy)
    top = np.zeros(m)
    closest = np.full(m, np.inf)
    closest_a = np.zeros(m)
    for s in range(0, len(d_xy), block):
        dist = np.hypot(
            d_xy[s : s + block, None, 0] - c_xy[None, :, 0],
            d_xy[s : s + block, None, 1] - c_xy[None, :, 1],
        )
        own = dist[:, start].min(axis=1)
        could = dist <= KAPPA * own[:, None] + _SLACK
        top = np.maximum(top, np.where(could, a[s : s + block, None], 0.0).max(axis=0))
        k = dist.argmin(axis=0)  # each candidate's nearest demand, for one without any
        better = dist[k, np.arange(m)] < closest
        closest = np.where(better, dist[k, np.arange(m)], closest)
        closest_a = np.where(better, a[s + k], closest_a)
    return FIRST_MARGIN * np.where(top > 0, top, closest_a)


def _failing(red, sol, lim, untruncated):
    """The demand nodes whose cost in the solution may be truncated (at or above the
    limit of a truncated site), and those sites (indices of the original candidates)."""
    lim_k = lim[red.candidates]
    open_k = untruncated[red.candidates]
    if sol.share is not None:  # capacitated: every pair with a share
        rows, cols, share = sol.share
        used = share > 1e-9
        rows, cols = rows[used], cols[used]
        bad = (red.cost[rows, cols] >= lim_k[cols]) & ~open_k[cols]
        return np.unique(rows[bad]), np.unique(red.candidates[cols[bad]])
    pos = np.searchsorted(red.candidates, sol.chosen)
    sub = red.cost[:, pos]
    k = pos[np.argmin(sub, axis=1)]
    v = sub.min(axis=1)
    bad = (v >= lim_k[k]) & ~open_k[k]
    return np.flatnonzero(bad), np.unique(red.candidates[k[bad]])


def _raise(lim, exact, untruncated, red, nodes, sites, true_cost) -> np.ndarray:
    """Raise, all at once, the limit of every site a failing demand could move to: a
    site whose pair with a failing demand i was cut at a limit below i's true cost
    ``a_i`` to the solution (``true_cost``) goes to ``FIRST_MARGIN`` times the largest
    such ``a_i``; a failing chosen site without one to ``RAISE`` times its limit.
    Changes ``lim`` in place; returns the sites raised."""
    failing = np.zeros(len(red.weight), bool)
    failing[nodes] = True
    rows = np.flatnonzero((red.node_of >= 0) & failing[np.maximum(red.node_of, 0)])
    a = np.asarray(true_cost, float)[rows]
    a = np.where(np.isfinite(a), a, 0.0)
    could = ~np.isfinite(exact[rows]) & ~untruncated & (lim[None, :] < a[:, None])
    top = np.where(could, a[:, None], 0.0).max(axis=0, initial=0.0)
    raised = np.union1d(np.flatnonzero(could.any(axis=0)), sites)
    lim[raised] = np.where(
        top[raised] > 0,
        np.maximum(lim[raised], FIRST_MARGIN * top[raised]),
        RAISE * lim[raised],
    )
    return raised


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
    xy=None,
    max_rounds=MAX_ROUNDS,
    first_limit=None,
    reaching=None,
) -> Truncated:
    """Solve ``problem`` with the truncated-cost scheme (see the module's text).

    ``costs(limit, cols=None)``: the (demand, candidates ``cols``) matrix exact up to
    ``limit`` (None = no limit; one number or one per column), inf beyond;
    ``nearest(cols)``: every demand's true cost to the cheapest of the candidates
    ``cols`` (None = all); ``xy``: (demand, candidate) coordinates for the first limits
    (``first_limits``), or ``first_limit`` (one per candidate) instead;
    ``reaching(rows)``: every candidate's true cost from the cheapest of the demand
    ``rows`` (a mask), so that a candidate no weighted demand reaches (within T) is left
    out as the untruncated model leaves it out (without it, such a candidate would be
    kept at its limit cost). Without ``xy`` and ``first_limit``,
    or for the covering problems, one search to T (exact, no truncation). Each round's
    solver gets ``time_limit`` seconds. ``rounds`` records per round the largest and the
    median limit, the number of sites searched, and whether it was accepted.
    """
    weight = np.asarray(weight, float)
    rounds = []
    lim = None
    gone = None
    if problem in TRUNCATED and (xy is not None or first_limit is not None):
        reach = nearest(None)
        use = np.isfinite(reach) & (weight > 0) & ((reach <= t) if t else True)
        if use.any():
            if first_limit is not None:
                lim = np.array(first_limit, float)
            else:
                lim = first_limits(xy[0], xy[1], weight, use, p, required, nearest)
            if reaching is not None:
                r = np.asarray(reaching(use), float)
                gone = ~np.isfinite(r) | ((r > t * (1 + _SLACK)) if t else False)
    exact, fresh, warm = None, None, None
    for _ in range(max_rounds):
        if lim is None:
            break
        untruncated = (lim >= t) if t else np.zeros(len(lim), bool)
        if untruncated.all():
            break
        search = np.minimum(lim, t) if t else lim
        if exact is None:
            fresh = np.arange(len(lim))
            exact = costs(search)
        else:
            exact[:, fresh] = costs(search[fresh], fresh)
        cut = np.where(np.isfinite(exact), exact, np.where(untruncated, np.inf, lim))
        # demand that no candidate reaches (within T) is out of the true problem
        cut[~use] = exact[~use]
        if gone is not None:
            cut[:, gone] = np.inf
        red = la.reduce(cut, weight, problem, t, required, capacity)
        entry = (float(search.max()), float(np.median(search)), int(len(fresh)))
        # the p-median screens with the heuristic alone (warm from the last round): only
        # a choice that truncation does not touch gets the full solve (bound, MILP)
        screen = problem == la.PMEDIAN
        sol = la.solve(red, problem, p, SCREEN * time_limit if screen else time_limit,
                       warm=warm, heuristic_only=screen)  # fmt: skip
        nodes, sites = _failing(red, sol, lim, untruncated)
        if len(sites) == 0 and screen:
            sol = la.solve(red, problem, p, time_limit=time_limit, warm=sol.chosen)
            nodes, sites = _failing(red, sol, lim, untruncated)
        if len(sites) == 0:
            rounds.append(entry + (True,))
            matrix = _exact_chosen(cut, exact, sol, weight, reach, costs, t)
            return Truncated(matrix, red, sol, rounds)
        rounds.append(entry + (False,))
        warm = sol.chosen
        fresh = _raise(lim, exact, untruncated, red, nodes, sites, nearest(sol.chosen))
    matrix = costs(t if t else None)
    rounds.append((t if t else np.inf, t if t else np.inf, int(matrix.shape[1]), True))
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

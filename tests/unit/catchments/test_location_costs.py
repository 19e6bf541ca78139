"""Location-allocation network costs: the blocked searches against the engine's
cost_matrix, and the truncated-cost scheme against brute force over all P-subsets (with
rounds forced by a small first limit) and against the untruncated solve."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from smaaby_plugin.core.catchments import location_allocation as la
from smaaby_plugin.core.catchments import location_costs as lc
from smaaby_plugin.core.catchments import network_routing as routing
from smaaby_plugin.core.catchments.network import build_graph
from smaaby_plugin.core.errors import InputError

from .test_location_allocation import (
    brute_cpmedian,
    brute_pcenter,
    brute_pmedian,
    instance,
)


def grid(n_side, rng, one_way=0.1):
    """A jittered grid network (100 m), travel time at mixed speeds, some one-way links."""
    i, j = np.meshgrid(np.arange(n_side), np.arange(n_side), indexing="ij")
    xy = np.stack([i.ravel() * 100.0, j.ravel() * 100.0], axis=1) + rng.uniform(
        -20, 20, (n_side**2, 2)
    )
    node = np.arange(n_side * n_side).reshape(n_side, n_side)
    a = np.concatenate([node[:-1, :].ravel(), node[:, :-1].ravel()])
    b = np.concatenate([node[1:, :].ravel(), node[:, 1:].ravel()])
    lines = shapely.linestrings(
        np.stack([xy[a], xy[b]], axis=1).reshape(-1, 2), indices=np.repeat(np.arange(len(a)), 2)
    )
    forward = rng.random(len(a)) > one_way
    backward = ~forward | (rng.random(len(a)) > one_way)
    speed = rng.choice([30.0, 50.0, 80.0], len(a))
    net = build_graph(lines, forward=forward, backward=backward, cost="time", speed_kmh=speed)
    return net, n_side * 100.0


def points(rng, k, side):
    return shapely.points(rng.uniform(-50, side, k), rng.uniform(-50, side, k))


@pytest.mark.parametrize("n_d, n_c", [(60, 9), (7, 25)])
def test_matrix_equals_engine(n_d, n_c):
    """Both search directions (candidates fewer / demand fewer), with and without a
    limit, equal the engine's cost_matrix; nearest equals the matrix's row minimum."""
    rng = np.random.default_rng(n_d)
    net, side = grid(12, rng)
    d_att = net.attach(points(rng, n_d, side), max_snap=60.0)
    c_att = net.attach(points(rng, n_c, side), max_snap=60.0)
    s = lc.Searcher(net, d_att, c_att)
    assert s.from_candidates == (n_c < n_d)
    full = net.cost_matrix(d_att, c_att)
    assert np.isfinite(full).any() and np.isinf(full).any()  # unattached points
    np.testing.assert_allclose(s.matrix(), full, rtol=1e-12)
    for limit in (0.2, 0.6, 1.5):
        want = np.where(full <= limit, full, np.inf)
        got = s.matrix(limit)
        assert np.array_equal(np.isfinite(got), np.isfinite(want))
        np.testing.assert_allclose(got, want, rtol=1e-12)
    cols = np.array([2, 0, 5])
    np.testing.assert_allclose(s.matrix(1.0, cols), np.where(full <= 1.0, full, np.inf)[:, cols])
    np.testing.assert_allclose(s.nearest(), full.min(axis=1), rtol=1e-12)
    np.testing.assert_allclose(s.nearest(cols), full[:, cols].min(axis=1), rtol=1e-12)


def test_blocks_bound_memory(monkeypatch):
    """With a tiny BLOCK_CELLS each block holds one search: the same matrix."""
    rng = np.random.default_rng(5)
    net, side = grid(8, rng)
    d_att, c_att = net.attach(points(rng, 30, side)), net.attach(points(rng, 6, side))
    want = lc.Searcher(net, d_att, c_att).matrix(1.0)
    monkeypatch.setattr(routing, "BLOCK_CELLS", 1)
    s = lc.Searcher(net, d_att, c_att)
    np.testing.assert_allclose(s.matrix(1.0), want)
    assert s.searches == len(np.unique(s.c_nodes[s.c_ok]))


def dense(cost):
    """costs/nearest callables over a dense matrix, counting the searches."""
    calls = []

    def costs(limit, cols=None):
        calls.append(limit)
        sub = cost if cols is None else cost[:, cols]
        return sub.copy() if limit is None else np.where(sub <= limit, sub, np.inf)

    def nearest(cols):
        return cost[:, slice(None) if cols is None else cols].min(axis=1)

    return costs, nearest, calls


@pytest.mark.parametrize("seed", range(5))
def test_truncated_against_brute_force(seed):
    """Forced to start far too low, the scheme raises the limits over several rounds and
    ends at the brute-force optimum; the bound never exceeds it; the allocation matrix gives
    the same allocation as the full one."""
    cost, w = instance(seed, n=16, m=7)
    w[seed] = 0.0  # a zero-weight demand is allocated from exact costs too
    none = np.zeros(7, bool)
    several = 0
    for p in (1, 2, 3):
        for problem, brute in ((la.PMEDIAN, brute_pmedian), (la.PCENTER, None)):
            costs, nearest, _ = dense(cost)
            out = lc.truncated_solve(costs, nearest, w, problem, p, first_limit=np.ones(7))
            if problem == la.PMEDIAN:
                want = brute(cost, w, p, none)
            else:
                want = brute_pcenter(cost[w > 0], p, none)
            assert out.solution.objective == pytest.approx(want, abs=1e-9)
            assert out.solution.bound <= want + 1e-9
            several += len(out.rounds) > 1
            chosen = out.solution.chosen
            # beyond the limit a chosen site is inf: never the cheapest of the served demand
            np.testing.assert_array_equal(
                out.matrix[:, chosen].min(axis=1), cost[:, chosen].min(axis=1)
            )
            res = la.allocate(out.matrix, w, out.reduced, out.solution, problem, p)
            red = la.reduce(cost, w, problem)
            ref = la.allocate(cost, w, red, out.solution, problem, p)
            np.testing.assert_allclose(res.demand["cost"], ref.demand["cost"])
            np.testing.assert_array_equal(res.demand["facility"], ref.demand["facility"])
    assert several >= 3


def test_truncated_capacitated_and_cut_off():
    """The capacitated p-median and a cut-off T: the brute-force optimum; once the limit
    reaches T the search runs to T (the untruncated problem)."""
    cost, w = instance(2, n=12, m=6)
    none = np.zeros(6, bool)
    cap = np.full(6, w.sum() / 2 * 0.7 + 5)
    cap[3] = w.sum()
    costs, nearest, calls = dense(cost)
    out = lc.truncated_solve(
        costs, nearest, w, la.CPMEDIAN, 2, capacity=cap, first_limit=np.ones(6)
    )
    assert out.solution.objective == pytest.approx(brute_cpmedian(cost, w, 2, cap, none), 1e-7)
    t = float(np.quantile(cost, 0.8))
    costs, nearest, calls = dense(cost)
    out = lc.truncated_solve(
        costs, nearest, w, la.PMEDIAN, 3, t=t, first_limit=np.linspace(0.2, 1.2, 6) * t
    )
    allowed = np.where(cost <= t, cost, np.inf)
    assert out.solution.objective == pytest.approx(brute_pmedian(allowed, w, 3, none))
    assert all(c is None or np.all(np.asarray(c) <= t) for c in calls)


def test_no_start_is_one_exact_search():
    cost, w = instance(4, n=10, m=5)
    costs, nearest, calls = dense(cost)
    out = lc.truncated_solve(costs, nearest, w, la.MCLP, 2, t=5.0, first_limit=np.ones(5))
    assert calls == [5.0] and out.rounds == [(5.0, 5.0, 5, True)]
    out = lc.truncated_solve(costs, nearest, w, la.PMEDIAN, 2)
    assert out.rounds == [(np.inf, np.inf, 5, True)]


def test_first_limits_from_the_data():
    """Straight-line costs: each candidate's limit is the margin times the largest
    start-set cost of the demand it could take over; the solve from them is exact."""
    rng = np.random.default_rng(3)
    d, c = rng.uniform(0, 10, (50, 2)), rng.uniform(0, 10, (8, 2))
    w = rng.integers(1, 9, 50).astype(float)
    cost = np.hypot(d[:, None, 0] - c[None, :, 0], d[:, None, 1] - c[None, :, 1])
    costs, nearest, calls = dense(cost)
    use = np.ones(50, bool)
    lim = lc.first_limits(d, c, w, use, 2, np.zeros(8, bool), nearest)
    start = lc.euclidean_start(d, c, w, 2)
    a = own = cost[:, start].min(axis=1)  # the true costs are the straight lines here
    for j in range(8):
        could = cost[:, j] <= lc.KAPPA * own + 1e-9
        assert lim[j] == pytest.approx(lc.FIRST_MARGIN * a[could].max())
    assert lim.min() < lim.max()  # per candidate, not one global limit
    out = lc.truncated_solve(costs, nearest, w, la.PMEDIAN, 2, xy=(d, c))
    assert out.solution.objective == pytest.approx(brute_pmedian(cost, w, 2, np.zeros(8, bool)))


def test_euclidean_start_is_greedy():
    rng = np.random.default_rng(1)
    d, c, w = rng.uniform(0, 10, (40, 2)), rng.uniform(0, 10, (8, 2)), rng.uniform(1, 5, 40)
    dist = np.hypot(d[:, None, 0] - c[None, :, 0], d[:, None, 1] - c[None, :, 1])
    first = int(np.argmin(w @ dist))
    second = int(np.argmin([w @ np.minimum(dist[:, first], dist[:, j]) for j in range(8)]))
    assert lc.euclidean_start(d, c, w, 2, block=7).tolist() == sorted([first, second])
    req = np.zeros(8, bool)
    req[5] = True
    assert 5 in lc.euclidean_start(d, c, w, 2, req).tolist()


def test_reaching_equals_column_minimum():
    """reaching(rows): every candidate's cost from the cheapest of those demand, as the
    engine's matrix's column minimum over the rows (both search directions)."""
    for n_d, n_c in ((40, 6), (5, 20)):
        rng = np.random.default_rng(n_c)
        net, side = grid(10, rng)
        d_att = net.attach(points(rng, n_d, side), max_snap=60.0)
        c_att = net.attach(points(rng, n_c, side), max_snap=60.0)
        s = lc.Searcher(net, d_att, c_att)
        full = net.cost_matrix(d_att, c_att)
        rows = np.arange(n_d) % 3 == 0
        np.testing.assert_allclose(s.reaching(rows), full[rows].min(axis=0), rtol=1e-12)
        np.testing.assert_allclose(s.reaching(), full.min(axis=0), rtol=1e-12)
        # a search from the demand side uses the same graph afterwards: still exact
        np.testing.assert_allclose(s.matrix(), full, rtol=1e-12)


def test_candidate_no_demand_reaches_is_left_out():
    """A candidate that no weighted demand reaches within T is removed as in the
    untruncated model (the same count, and P above the reachable candidates stops the
    run as there), instead of being kept at its limit cost."""
    cost, w = instance(1, n=12, m=6)
    t = float(np.quantile(cost, 0.9))
    w[0] = 0.0
    cost[:, 4] = np.where(w > 0, t * 2, 0.5)  # beyond T of all weighted demand
    costs, nearest, _ = dense(cost)
    reaching = lambda rows: cost[rows].min(axis=0)  # noqa: E731
    full = la.reduce(np.where(cost <= t, cost, np.inf), w, la.PMEDIAN, t)
    out = lc.truncated_solve(
        costs, nearest, w, la.PMEDIAN, 2, t=t, first_limit=np.full(6, 0.3 * t), reaching=reaching
    )
    assert out.reduced.removed == full.removed == 1
    assert 4 not in out.reduced.candidates.tolist()
    allowed = np.where(cost <= t, cost, np.inf)
    assert out.solution.objective == pytest.approx(brute_pmedian(allowed, w, 2, np.zeros(6, bool)))
    with pytest.raises(InputError, match="P"):
        lc.truncated_solve(
            costs, nearest, w, la.PMEDIAN, 6, t=t, first_limit=np.full(6, 0.3 * t),
            reaching=reaching,
        )  # fmt: skip


def test_raise_every_site_a_failing_demand_could_move_to():
    """By hand: demand 1 (true cost 6 to the solution) was cut at sites 0, 1 and 3; the
    limits of 0 and 1 (2 and 2.5, below 6) go to FIRST_MARGIN x 6 at once, 3 (7 >= 6) and
    the exact pair's site 2 stay; without a true cost only the failing site grows by RAISE."""
    from types import SimpleNamespace

    inf = np.inf
    exact = np.array([[1.0, inf, inf, 2.0], [inf, inf, 3.0, inf], [0.5, inf, inf, inf]])
    red = SimpleNamespace(weight=np.ones(3), node_of=np.array([0, 1, 2]))
    none = np.zeros(4, bool)
    lim = np.array([2.0, 2.5, 4.0, 7.0])
    raised = lc._raise(lim, exact, none, red, np.array([1]), np.array([0]), [1.0, 6.0, 0.5])
    assert raised.tolist() == [0, 1]
    np.testing.assert_allclose(lim, [1.15 * 6, 1.15 * 6, 4.0, 7.0])
    lim = np.array([2.0, 2.5, 4.0, 7.0])
    raised = lc._raise(lim, exact, none, red, np.array([1]), np.array([0]), [1.0, inf, 0.5])
    assert raised.tolist() == [0]
    np.testing.assert_allclose(lim, [3.0, 2.5, 4.0, 7.0])


@pytest.mark.parametrize("seed", range(4))
def test_warm_start_and_screening_against_brute_force(seed):
    """Warm-started from any sites, the full p-median solve still reaches the brute-force
    optimum; the screening solve (heuristic alone) is never better and has no bound."""
    cost, w = instance(seed, n=15, m=7)
    none = np.zeros(7, bool)
    want = brute_pmedian(cost, w, 3, none)
    red = la.reduce(cost, w, la.PMEDIAN)
    warm = np.random.default_rng(seed).choice(7, 2, replace=False)
    sol = la.solve(red, la.PMEDIAN, 3, time_limit=20, warm=warm)
    assert sol.objective == pytest.approx(want) and sol.gap == 0
    screen = la.solve(red, la.PMEDIAN, 3, time_limit=20, warm=warm, heuristic_only=True)
    assert screen.objective >= want - 1e-9 and screen.bound == -np.inf
    assert len(screen.chosen) == 3
    assert screen.objective == pytest.approx(float(w @ cost[:, screen.chosen].min(axis=1)))

"""Location-allocation core: every problem type against brute force over all P-subsets on
hand-made and small random instances; the reduction; the bad-input messages."""

from __future__ import annotations

import itertools
import re

import numpy as np
import pytest
from scipy.optimize import linprog

from smaaby_plugin.core.catchments import location_allocation as la
from smaaby_plugin.core.catchments import location_solvers as ls
from smaaby_plugin.core.errors import InputError


def _subsets(m, p, required):
    req = set(np.flatnonzero(required))
    for s in itertools.combinations(range(m), p):
        if req <= set(s):
            yield list(s)


def brute_pmedian(cost, w, p, required):
    return min(float(w @ cost[:, s].min(axis=1)) for s in _subsets(cost.shape[1], p, required))


def brute_mclp(cost, w, p, t, required):
    return max(
        float(w @ (cost[:, s] <= t).any(axis=1)) for s in _subsets(cost.shape[1], p, required)
    )


def brute_lscp(cost, t, required):
    m = cost.shape[1]
    for k in range(int(required.sum()), m + 1):
        for s in _subsets(m, k, required):
            if (cost[:, s] <= t).any(axis=1).all():
                return k
    return None


def brute_pcenter(cost, p, required):
    return min(float(cost[:, s].min(axis=1).max()) for s in _subsets(cost.shape[1], p, required))


def transport(cost, w, cap):
    """Least cost of sending each demand's weight to the facilities of ``cost``'s columns
    within their capacities (an LP; shares allowed)."""
    n, k = cost.shape
    a_eq = np.kron(np.eye(n), np.ones(k))
    a_ub = np.zeros((k, n * k))
    for i in range(n):
        a_ub[:, i * k : (i + 1) * k] = np.eye(k) * w[i]
    res = linprog(
        (w[:, None] * cost).ravel(), A_ub=a_ub, b_ub=cap, A_eq=a_eq, b_eq=np.ones(n),
        bounds=(0, 1), method="highs",
    )  # fmt: skip
    return res.fun if res.status == 0 else np.inf


def brute_cpmedian(cost, w, p, cap, required):
    return min(transport(cost[:, s], w, cap[s]) for s in _subsets(cost.shape[1], p, required))


def instance(seed, n=14, m=7):
    rng = np.random.default_rng(seed)
    xy_d = rng.uniform(0, 10, (n, 2))
    xy_c = rng.uniform(0, 10, (m, 2))
    # Manhattan distances, rounded to 0.5 so ties occur as on a real network
    cost = np.round(np.abs(xy_d[:, None, :] - xy_c[None, :, :]).sum(axis=2) * 2) / 2
    w = rng.integers(1, 20, n).astype(float)
    return cost, w


HAND = np.array(
    [
        [1.0, 4.0, 8.0],
        [2.0, 3.0, 7.0],
        [6.0, 1.0, 5.0],
        [7.0, 2.0, 2.0],
        [9.0, 6.0, 1.0],
    ]
)
HAND_W = np.array([10.0, 5.0, 8.0, 3.0, 4.0])


def run(cost, w, problem, p, t=None, required=None, capacity=None, limit=20):
    red = la.reduce(cost, w, problem, t, required, capacity)
    sol = la.solve(red, problem, p, time_limit=limit)
    return red, sol


def test_hand_pmedian():
    # P=1: j0 = 10*1+5*2+8*6+3*7+4*9 = 125; j1 = 40+15+8+6+24 = 93; j2 = 80+35+40+6+4 = 165
    _, sol = run(HAND, HAND_W, la.PMEDIAN, 1)
    assert sol.chosen.tolist() == [1] and sol.objective == pytest.approx(93.0)
    # P=2: {0,2}: 10+10+40+6+4 = 70; {0,1}: 10+10+8+6+24 = 58; {1,2}: 40+15+8+6+4 = 73
    _, sol = run(HAND, HAND_W, la.PMEDIAN, 2)
    assert sol.chosen.tolist() == [0, 1] and sol.objective == pytest.approx(58.0)
    assert sol.status == ls.OPTIMAL and sol.gap == 0.0


def test_hand_covering_and_center():
    # within T=2: j0 covers 0,1 (15); j1 covers 2,3 (11); j2 covers 3,4 (7)
    _, sol = run(HAND, HAND_W, la.MCLP, 1, t=2)
    assert sol.chosen.tolist() == [0] and sol.objective == 15.0
    _, sol = run(HAND, HAND_W, la.MCLP, 2, t=2)
    assert sol.chosen.tolist() == [0, 1] and sol.objective == 26.0
    _, sol = run(HAND, HAND_W, la.LSCP, 0, t=2)
    assert sol.objective == 3.0
    _, sol = run(HAND, HAND_W, la.LSCP, 0, t=3)  # j0 covers 0,1; j1 covers 1..3; j2 3,4
    assert sol.objective == 3.0
    _, sol = run(HAND, HAND_W, la.LSCP, 0, t=5)  # j1 covers 0..3, j2 covers 4 (or j1 alone?)
    assert sol.objective == 2.0  # j1 reaches 4 only at 6
    # p-center P=1: max per column 9, 6, 8 -> 6 (j1); P=2: {0,2}: max(1,2,5,2,1)=5,
    # {0,1}: max(1,2,1,2,6)=6, {1,2}: max(4,3,1,2,1)=4 -> 4
    _, sol = run(HAND, HAND_W, la.PCENTER, 1)
    assert sol.objective == 6.0 and sol.chosen.tolist() == [1]
    _, sol = run(HAND, HAND_W, la.PCENTER, 2)
    assert sol.objective == 4.0 and sol.chosen.tolist() == [1, 2]


def test_hand_capacitated():
    # P=2 with j0 holding 12 only: demand 0 (10) fits; {0,1} would put 15 of demand 0+1 on
    # j0: 3 of demand 1 moves to j1 (cost 3 instead of 2) -> 58 + 3*(3-2) = 61 (shares);
    # {0,2} costs 70 and {1,2} 73 even without the capacity
    cap = np.array([12.0, 100.0, 100.0])
    _, sol = run(HAND, HAND_W, la.CPMEDIAN, 2, capacity=cap)
    assert sol.objective == pytest.approx(brute_cpmedian(HAND, HAND_W, 2, cap, np.zeros(3, bool)))
    assert sol.objective == pytest.approx(61.0)
    assert sol.chosen.tolist() == [0, 1]


@pytest.mark.parametrize("seed", range(6))
def test_random_against_brute_force(seed):
    cost, w = instance(seed)
    m = cost.shape[1]
    none = np.zeros(m, bool)
    req = none.copy()
    req[seed % m] = True
    t = float(np.quantile(cost, 0.3))
    for required in (none, req):
        for p in (1, 2, 3):
            if p < required.sum():
                continue
            _, sol = run(cost, w, la.PMEDIAN, p, required=required)
            assert sol.objective == pytest.approx(brute_pmedian(cost, w, p, required), abs=1e-9)
            assert set(np.flatnonzero(required)) <= set(sol.chosen)
            _, sol = run(cost, w, la.MCLP, p, t=t, required=required)
            assert sol.objective == pytest.approx(brute_mclp(cost, w, p, t, required), abs=1e-9)
            _, sol = run(cost, w, la.PCENTER, p, required=required)
            assert sol.objective == pytest.approx(brute_pcenter(cost, p, required), abs=1e-9)
            cap = np.full(m, w.sum() / p * 0.8 + 5)
            cap[0] = w.sum()
            want = brute_cpmedian(cost, w, p, cap, required)
            if np.isinf(want):  # the required site's capacity is too small for P = 1
                with pytest.raises(InputError, match="Infeasible: the"):
                    run(cost, w, la.CPMEDIAN, p, capacity=cap, required=required)
                continue
            _, sol = run(cost, w, la.CPMEDIAN, p, capacity=cap, required=required)
            assert sol.objective == pytest.approx(want, rel=1e-7)
        coverable = (cost <= t).any(axis=1)
        _, sol = run(cost[coverable], w[coverable], la.LSCP, 0, t=t, required=required)
        assert sol.objective == brute_lscp(cost[coverable], t, required)


@pytest.mark.parametrize("seed", range(4))
def test_heuristic_and_bounds(seed):
    """The heuristic is never better than the proven optimum and the Lagrangian bound
    never above it."""
    cost, w = instance(seed + 10, n=30, m=9)
    none = np.zeros(9, bool)
    for p in (2, 3, 4):
        best = brute_pmedian(cost, w, p, none)
        heur = ls.pmedian_heuristic(cost, w, p, none, deadline=1e18)
        h = float(w @ cost[:, heur].min(axis=1))
        assert h >= best - 1e-9
        lb = ls.pmedian_lagrangian(cost, w, p, none, h, deadline=1e18, nearest=4)
        assert lb <= best + 1e-9
        assert lb >= 0.8 * best  # a useful bound, not just 0
        mh = ls.mclp_heuristic(__import__("scipy").sparse.csr_matrix(cost <= 6), w, p, none, 1e18)
        assert float(w @ (cost[:, mh] <= 6).any(axis=1)) <= brute_mclp(cost, w, p, 6, none)


def test_heuristic_path_reports_gap(monkeypatch):
    """Too large for the MILP (here: any size): the heuristic with its Lagrangian gap."""
    monkeypatch.setattr(ls, "MILP_MAX_PAIRS", 0)
    cost, w = instance(3, n=30, m=9)
    _, sol = run(cost, w, la.PMEDIAN, 3)
    best = brute_pmedian(cost, w, 3, np.zeros(9, bool))
    assert sol.objective >= best - 1e-9 and sol.bound <= best + 1e-9
    if sol.status == ls.OPTIMAL:  # the Lagrangian bound proved the heuristic optimal
        assert sol.objective == pytest.approx(best) and sol.bound == pytest.approx(best)
    else:
        assert sol.status == ls.HEURISTIC
        assert sol.gap == pytest.approx((sol.objective - sol.bound) / sol.objective)


def test_lagrangian_proof_and_fallback_statuses(monkeypatch):
    """On 8 random instances the heuristic + Lagrangian path is either proven optimal
    (then it is the brute-force optimum) or reports a positive gap to a valid bound."""
    monkeypatch.setattr(ls, "MILP_MAX_PAIRS", 0)
    statuses = set()
    for seed in range(8):
        cost, w = instance(seed + 40, n=25, m=8)
        best = brute_pmedian(cost, w, 3, np.zeros(8, bool))
        _, sol = run(cost, w, la.PMEDIAN, 3)
        statuses.add(sol.status)
        assert sol.bound <= best + 1e-6 and sol.objective >= best - 1e-6
        if sol.status == ls.OPTIMAL:
            assert sol.objective == pytest.approx(best, abs=1e-9)
        else:
            assert sol.gap > 0
    assert ls.OPTIMAL in statuses


def test_reduce_aggregates_and_removes():
    inf = np.inf
    cost = np.array(
        [
            [1.0, 2.0, inf, 50.0],
            [1.0, 2.0, inf, 50.0],  # same row as 0: one node
            [3.0, 1.0, inf, 60.0],
            [inf, inf, inf, inf],  # reaches nothing
            [4.0, 4.0, inf, 70.0],
        ]
    )
    w = np.array([2.0, 3.0, 1.0, 7.0, 0.0])
    red = la.reduce(cost, w, la.PMEDIAN, t=10)
    assert red.weight.tolist() == [5.0, 1.0]  # zero weight left out, 0 and 1 merged
    assert red.node_of.tolist() == [0, 0, 1, -1, -1]
    assert red.candidates.tolist() == [0, 1]  # 2 reaches nothing, 3 only beyond T
    assert red.removed == 2 and red.unreachable.tolist() == [3] and red.unreachable_weight == 7
    # a required candidate stays even when it reaches nothing
    red = la.reduce(cost, w, la.PMEDIAN, t=10, required=np.array([0, 0, 1, 0], bool))
    assert red.candidates.tolist() == [0, 1, 2]
    # covering: rows with the same covering set merge though their costs differ
    red = la.reduce(cost, w, la.MCLP, t=2.5)
    assert red.weight.tolist() == [5.0, 1.0] and red.cover.nnz == 3


def test_allocate_tables():
    red, sol = run(HAND, HAND_W, la.PMEDIAN, 2)
    res = la.allocate(HAND, HAND_W, red, sol, la.PMEDIAN, 2)
    assert res.demand["facility"].tolist() == [0, 0, 1, 1, 1]
    assert res.demand["cost"].tolist() == [1.0, 2.0, 1.0, 2.0, 6.0]
    fac = res.facilities
    assert fac["weight"].tolist() == [15.0, 15.0]
    assert fac["mean_cost"].tolist() == pytest.approx([20 / 15, (8 + 6 + 24) / 15])
    assert fac["max_cost"].tolist() == [2.0, 6.0]
    assert res.summary["objective"] == 58.0 and res.summary["coverage_share"] == 1.0
    red, sol = run(HAND, HAND_W, la.MCLP, 1, t=2)
    res = la.allocate(HAND, HAND_W, red, sol, la.MCLP, 1, t=2)
    assert res.summary["coverage_share"] == pytest.approx(15 / 30)
    assert res.demand["covered"].tolist() == [True, True, False, False, False]


def test_capacitated_tables_follow_shares():
    cap = np.array([12.0, 100.0, 100.0])
    red, sol = run(HAND, HAND_W, la.CPMEDIAN, 2, capacity=cap)
    res = la.allocate(HAND, HAND_W, red, sol, la.CPMEDIAN, 2)
    assert res.facilities["weight"].tolist() == pytest.approx([12.0, 18.0])
    # demand 1 (5) is split 2 to j0 and 3 to j1: its main facility is j1
    assert res.demand["facility"].tolist() == [0, 1, 1, 1, 1]


@pytest.mark.parametrize(
    ("kwargs", "p", "problem", "message"),
    [
        ({}, 4, la.PMEDIAN, "P = 4 is more than the 3 candidate(s)"),
        ({"required": np.array([1, 1, 0], bool)}, 1, la.PMEDIAN, "less than the 2 required"),
        ({"capacity": np.array([5.0, 5.0, 5.0])}, 2, la.CPMEDIAN, "Infeasible: the 2 largest"),
    ],
)
def test_bad_input(kwargs, p, problem, message):
    with pytest.raises(InputError, match=re.escape(message)) as info:
        run(HAND, HAND_W, problem, p, **kwargs)
    assert "Traceback" not in str(info.value)


def test_capacity_shortfall_says_how_much():
    with pytest.raises(InputError) as info:
        run(HAND, HAND_W, la.CPMEDIAN, 2, capacity=np.array([5.0, 5.0, 5.0]))
    assert "at most 10 of the 30 demand (20 too little, 66.7%)" in str(info.value)


def test_nothing_within_reach():
    with pytest.raises(InputError, match="No demand with weight lies within reach"):
        la.reduce(HAND, HAND_W, la.MCLP, t=0.5)
    with pytest.raises(InputError, match="No demand"):
        la.reduce(np.full((2, 2), np.inf), np.ones(2), la.PMEDIAN)


def test_cut_off_too_tight_for_p():
    # within T=2 no single facility serves everyone
    with pytest.raises(InputError, match="No set of P facilities can serve every demand"):
        run(HAND, HAND_W, la.PMEDIAN, 1, t=2)


def test_spopt_on_random_matrices():
    """The same objectives as PySAL spopt (from_cost_matrix, CBC through PuLP)."""
    import pulp
    from spopt.locate import LSCP, MCLP, PCenter, PMedian

    solver = pulp.PULP_CBC_CMD(msg=False)
    for seed in range(3):
        cost, w = instance(seed + 20, n=25, m=8)
        t = float(np.quantile(cost, 0.3))
        p = 3
        ref = PMedian.from_cost_matrix(cost, w, p_facilities=p).solve(solver)
        _, sol = run(cost, w, la.PMEDIAN, p)
        assert sol.objective == pytest.approx(ref.problem.objective.value(), abs=1e-6)
        ref = MCLP.from_cost_matrix(cost, w, service_radius=t, p_facilities=p).solve(solver)
        _, sol = run(cost, w, la.MCLP, p, t=t)
        assert sol.objective == pytest.approx(ref.problem.objective.value(), abs=1e-6)
        ref = PCenter.from_cost_matrix(cost, p_facilities=p).solve(solver)
        _, sol = run(cost, w, la.PCENTER, p)
        assert sol.objective == pytest.approx(ref.problem.objective.value(), abs=1e-6)
        ok = (cost <= t).any(axis=1)
        ref = LSCP.from_cost_matrix(cost[ok], service_radius=t).solve(solver)
        _, sol = run(cost[ok], w[ok], la.LSCP, 0, t=t)
        assert sol.objective == pytest.approx(ref.problem.objective.value(), abs=1e-6)


@pytest.mark.parametrize("seed", range(4))
def test_reported_bound_on_the_right_side_of_brute_force(seed):
    """Every problem with a bound: the reported bound is never on the wrong side of the
    brute-force optimum (below it when minimising, above it for MCLP), the objective
    never beyond it, both through the MILP and (p-median) the heuristic + Lagrangian."""
    cost, w = instance(seed + 70, n=18, m=7)
    none = np.zeros(7, bool)
    t = float(np.quantile(cost, 0.35))
    cap = np.full(7, 0.6 * w.sum())
    for p in (2, 3):
        cases = [
            (la.PMEDIAN, {}, brute_pmedian(cost, w, p, none), False),
            (la.PCENTER, {}, brute_pcenter(cost, p, none), False),
            (la.CPMEDIAN, {"capacity": cap}, brute_cpmedian(cost, w, p, cap, none), False),
            (la.MCLP, {"t": t}, brute_mclp(cost, w, p, t, none), True),
        ]
        for problem, kw, best, maximise in cases:
            _, sol = run(cost, w, problem, p, **kw)
            if maximise:
                assert sol.bound >= best - 1e-9 and sol.objective <= best + 1e-9
            else:
                assert sol.bound <= best + 1e-6 and sol.objective >= best - 1e-6
            assert sol.objective == pytest.approx(best, rel=1e-7)  # MILP: proven optimal
    _, sol = run(cost, w, la.LSCP, 0, t=2 * t)
    covered = (cost <= 2 * t).any(axis=1)
    assert sol.bound <= brute_lscp(cost[covered], 2 * t, none) <= sol.objective


def test_heuristic_within_one_percent_of_milp_mid_instance(monkeypatch):
    """300 demand x 30 candidates, P = 5 (a mid instance, costs on a jittered plane): the
    heuristic path (greedy + vertex substitution) is within 1 % of the MILP's proven
    optimum, and the MILP is never worse than the heuristic; the heuristic's Lagrangian
    bound lies below the optimum."""
    rng = np.random.default_rng(300)
    d, c = rng.uniform(0, 50, (300, 2)), rng.uniform(0, 50, (30, 2))
    cost = np.abs(d[:, None, :] - c[None, :, :]).sum(axis=2) * rng.uniform(1.0, 1.3, (300, 30))
    w = rng.integers(1, 40, 300).astype(float)
    n, m = cost.shape
    # the MILP written out here (ReVelle & Swain 1970): x_ij (n*m), then y_j (m)
    from scipy import sparse
    from scipy.optimize import LinearConstraint, milp

    assign = sparse.hstack([sparse.kron(sparse.eye(n), np.ones((1, m))), sparse.csr_matrix((n, m))])
    link = sparse.hstack([sparse.eye(n * m), -sparse.kron(np.ones((n, 1)), sparse.eye(m))])
    count = sparse.hstack([sparse.csr_matrix((1, n * m)), np.ones((1, m))])
    res = milp(
        np.concatenate([(w[:, None] * cost).ravel(), np.zeros(m)]),
        constraints=[
            LinearConstraint(assign, 1, 1),
            LinearConstraint(link, -np.inf, 0),
            LinearConstraint(count, 5, 5),
        ],
        integrality=np.concatenate([np.zeros(n * m), np.ones(m)]),
        bounds=(0, 1),
    )
    assert res.status == 0
    optimum = res.fun
    heur = ls.pmedian_heuristic(cost, w, 5, np.zeros(m, bool), deadline=1e18)
    h = float(w @ cost[:, heur].min(axis=1))
    assert optimum <= h + 1e-6 <= 1.01 * optimum + 1e-6
    _, ours = run(cost, w, la.PMEDIAN, 5)  # the solver as the algorithm calls it
    assert ours.objective == pytest.approx(optimum, rel=1e-9)
    monkeypatch.setattr(ls, "MILP_MAX_PAIRS", 0)  # forced onto the heuristic path
    _, sol = run(cost, w, la.PMEDIAN, 5)
    assert optimum <= sol.objective + 1e-6 <= 1.01 * optimum + 1e-6
    assert sol.bound <= optimum + 1e-6

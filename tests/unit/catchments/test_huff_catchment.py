"""Huff gravity model (smaaby_plugin.core.catchments.huff_catchment): hand-computed cases
and properties."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smaaby_plugin.core.catchments.huff_catchment import (
    huff,
    probability_table,
    straight_line_costs,
)
from smaaby_plugin.core.errors import InputError


def test_two_centres_by_hand():
    # Centres A (attractiveness 2000) and B (6000); alpha 1, beta 2.
    # Demand 1 at 1000 m from A and 3000 m from B: weights 2000/1e6 = 0.002 and
    # 6000/9e6 = 0.000667, so P = 0.75 / 0.25. Demand 2 at 2000 m from both:
    # 2000/4e6 and 6000/4e6, so P = 0.25 / 0.75.
    cost = np.array([[1000.0, 3000.0], [2000.0, 2000.0]])
    r = huff(cost, np.array([2000.0, 6000.0]), np.array([400.0, 100.0]), alpha=1, beta=2)
    assert r.probability == pytest.approx(np.array([[0.75, 0.25], [0.25, 0.75]]))
    assert r.best.tolist() == [0, 1]
    assert r.best_probability == pytest.approx([0.75, 0.75])
    # Expected: A 400*0.75 + 100*0.25 = 325, B 400*0.25 + 100*0.75 = 175.
    assert r.expected == pytest.approx([325.0, 175.0])
    assert r.n_centres.tolist() == [2, 2]


def test_alpha_weights_attractiveness():
    # alpha 2, beta 1: weights 2000^2/1000 = 4000 and 6000^2/3000 = 12000 -> 0.25 / 0.75.
    r = huff(np.array([[1000.0, 3000.0]]), np.array([2000.0, 6000.0]), alpha=2, beta=1)
    assert r.probability[0] == pytest.approx([0.25, 0.75])
    # alpha 0: only distance counts: 1/1000 and 1/3000 (beta 1) -> 0.75 / 0.25.
    r = huff(np.array([[1000.0, 3000.0]]), np.array([2000.0, 6000.0]), alpha=0, beta=1)
    assert r.probability[0] == pytest.approx([0.75, 0.25])


def test_max_cost_and_unreachable_centres():
    cost = np.array([[1000.0, 7000.0], [np.inf, 9000.0], [7000.0, 8000.0]])
    r = huff(cost, np.array([1.0, 1.0]), np.array([10.0, 20.0, 30.0]), beta=2, max_cost=6000)
    # Row 0: only A within 6000 m; row 1: B beyond the limit, A unreachable; row 2: none.
    assert r.probability.tolist() == [[1.0, 0.0], [0.0, 0.0], [0.0, 0.0]]
    assert r.best.tolist() == [0, -1, -1]
    assert np.isnan(r.best_probability[1:]).all()
    assert r.n_centres.tolist() == [1, 0, 0]
    assert r.expected.tolist() == [10.0, 0.0]


def test_zero_attractiveness_attracts_nobody():
    r = huff(np.array([[10.0, 1.0]]), np.array([5.0, 0.0]), alpha=0, beta=2)
    assert r.probability[0].tolist() == [1.0, 0.0]


def test_demand_at_a_centre_goes_to_the_centres_at_cost_zero():
    # Two centres at cost 0 share in proportion to A^alpha (1:3); the third gets nothing.
    r = huff(np.array([[0.0, 0.0, 5.0]]), np.array([1.0, 3.0, 100.0]), alpha=1, beta=2)
    assert r.probability[0] == pytest.approx([0.25, 0.75, 0.0])


def test_probabilities_do_not_depend_on_the_cost_unit():
    rng = np.random.default_rng(1)
    cost = rng.uniform(100, 10_000, (20, 4))
    a = rng.uniform(1, 100, 4)
    metres = huff(cost, a, alpha=1.3, beta=1.7).probability
    km = huff(cost / 1000, a, alpha=1.3, beta=1.7).probability
    assert km == pytest.approx(metres)


@settings(max_examples=50, deadline=None)
@given(
    n=st.integers(1, 30),
    m=st.integers(1, 6),
    seed=st.integers(0, 10_000),
    alpha=st.floats(0, 3),
    beta=st.floats(0, 5),
)
def test_probabilities_sum_to_one_per_demand(n, m, seed, alpha, beta):
    rng = np.random.default_rng(seed)
    cost = rng.uniform(0, 5000, (n, m))
    cost[rng.random((n, m)) < 0.3] = np.inf
    a = rng.uniform(0, 10, m)
    pop = rng.integers(0, 100, n).astype(float)
    r = huff(cost, a, pop, alpha=alpha, beta=beta, max_cost=4000)
    reachable = ((cost <= 4000) & (a > 0)).any(axis=1)
    sums = r.probability.sum(axis=1)
    assert sums[reachable] == pytest.approx(np.ones(reachable.sum()))
    assert (sums[~reachable] == 0).all() and (r.best[~reachable] == -1).all()
    assert (r.probability >= 0).all()
    # Every person of a demand point that reaches a centre is expected somewhere.
    assert r.expected.sum() == pytest.approx(pop[reachable].sum())
    # Independent check of one row by the formula.
    i = int(np.flatnonzero(reachable)[0]) if reachable.any() else None
    if i is not None and (cost[i] > 0).all():
        ok = (cost[i] <= 4000) & (a > 0)
        w = np.where(ok, a**alpha / np.where(ok, cost[i], 1) ** beta, 0)
        assert r.probability[i] == pytest.approx(w / w.sum())


def test_large_beta_tends_to_nearest_centre_allocation():
    rng = np.random.default_rng(7)
    demand = rng.uniform(0, 10_000, (300, 2))
    centres = rng.uniform(0, 10_000, (5, 2))
    a = rng.uniform(100, 5000, 5)
    cost = straight_line_costs(demand, centres)
    nearest = cost.argmin(axis=1)
    previous = None
    for beta in [1, 2, 5, 20, 100, 1000]:
        r = huff(cost, a, alpha=1, beta=beta)
        p_nearest = r.probability[np.arange(300), nearest]
        if previous is not None:
            # P of the nearest centre grows with beta: every other weight ratio
            # (d_near / d_k)^beta shrinks.
            assert (p_nearest >= previous - 1e-12).all()
        previous = p_nearest
    assert (r.best == nearest).all()
    # All but points almost equidistant from two centres are allocated outright.
    assert np.mean(p_nearest > 0.999) > 0.99 and p_nearest.min() > 0.5


def test_straight_line_costs_with_and_without_limit():
    rng = np.random.default_rng(3)
    d = rng.uniform(0, 1000, (50, 2))
    c = np.vstack([rng.uniform(0, 1000, (4, 2)), d[:1]])  # one centre on a demand point
    brute = np.array([[np.hypot(*(p - q)) for q in c] for p in d])
    assert straight_line_costs(d, c) == pytest.approx(brute)
    limited = straight_line_costs(d, c, max_cost=300)
    assert np.array_equal(np.isfinite(limited), brute <= 300)
    assert limited[np.isfinite(limited)] == pytest.approx(brute[brute <= 300])
    assert limited[0, 4] == 0.0


def test_probability_table_rows():
    cost = np.array([[1000.0, 3000.0], [2000.0, np.inf]])
    r = huff(cost, np.array([2000.0, 6000.0]), np.array([400.0, 100.0]))
    t = probability_table(r, np.array([400.0, 100.0]))
    assert t[["demand", "centre"]].values.tolist() == [[0, 0], [0, 1], [1, 0]]
    assert t.probability.tolist() == pytest.approx([0.75, 0.25, 1.0])
    assert t.expected.tolist() == pytest.approx([300.0, 100.0, 100.0])
    assert t.cost.tolist() == [1000.0, 3000.0, 2000.0]


def test_bad_input():
    with pytest.raises(InputError, match="negative attractiveness"):
        huff(np.ones((1, 2)), np.array([1.0, -1.0]))
    with pytest.raises(InputError, match="BETA"):
        huff(np.ones((1, 2)), np.ones(2), beta=-1)
    with pytest.raises(InputError, match="negative population"):
        huff(np.ones((1, 2)), np.ones(2), np.array([-5.0]))

"""Core of serviceaccess, accessibility and centrality: hand-worked tiny networks, scipy on
the same graph, decay sums by formula, the index and the 1994 codes."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from smaaby_plugin.core.catchments._decay import check_cutoff, decay
from smaaby_plugin.core.catchments.accessibility import opportunity_sums
from smaaby_plugin.core.catchments.centrality import (
    centrality_classes,
    centrality_index,
    codes_1994,
    weighted_mean,
)
from smaaby_plugin.core.catchments.network import (
    ALLOCATED,
    BEYOND_LIMIT,
    NO_PATH,
    UNATTACHED,
    build_graph,
)
from smaaby_plugin.core.catchments.service_access import nearest_by_group, zone_summary
from smaaby_plugin.core.errors import InputError

L = shapely.LineString
P = shapely.Point


def _triangle():
    """A: (0,0)-(1000,0) at 60 km/h = 1 min; B: (1000,0)-(1000,2000) at 60 km/h = 2 min,
    one-way north; C: (0,0)-(0,2000)-(1000,2000) at 30 km/h, 3000 m = 6 min; and a
    separate link D far away."""
    lines = np.array(
        [
            L([(0, 0), (1000, 0)]),
            L([(1000, 0), (1000, 2000)]),
            L([(0, 0), (0, 2000), (1000, 2000)]),
            L([(50_000, 0), (51_000, 0)]),
        ]
    )
    return build_graph(
        lines,
        cost="time",
        speed_kmh=np.array([60.0, 60.0, 30.0, 60.0]),
        forward=np.array([True, True, True, True]),
        backward=np.array([True, False, True, True]),
    )


def test_nearest_by_group_hand_worked_one_way():
    net = _triangle()
    # origin on the north-east corner, 10 m off the network (0.12 min at 5 km/h)
    o = net.attach(np.array([P(1000, 2010), P(50_500, 0), P(90_000, 0)]), max_snap=1000)
    d = net.attach(np.array([P(0, 0), P(1000, 0), P(51_000, 0)]))
    groups = [np.array([True, False, False]), np.array([False, True, True])]
    to = nearest_by_group(net, o, d, groups)
    walk = 10 / (5000 / 60)
    # to (0,0): B is one-way north, so back along C: 6 min; to (1000,0): C then A: 7 min
    assert to.cost[0].tolist() == pytest.approx([6 + walk, 7 + walk])
    assert to.destination[0].tolist() == [0, 1]
    # the origin on D reaches only the group with a destination on D (3: 0.5 min)
    assert to.status[1].tolist() == [NO_PATH, ALLOCATED]
    assert to.cost[1, 1] == pytest.approx(0.5) and to.destination[1, 1] == 2
    assert to.status[2].tolist() == [UNATTACHED, UNATTACHED]
    # the other way round: from (0,0) along A and B north, 3 min; from (1000,0) 2 min
    back = nearest_by_group(net, o, d, groups, to_destination=False)
    assert back.cost[0].tolist() == pytest.approx([3 + walk, 2 + walk])


def test_nearest_by_group_limit_and_ties():
    net = _triangle()
    o = net.attach(np.array([P(1000, 2000), P(50_500, 0)]))
    d = net.attach(np.array([P(0, 0), P(0, 0), P(50_000, 0)]))
    r = nearest_by_group(net, o, d, [np.array([True, True, False])], limit=5.0)
    assert r.status[0, 0] == BEYOND_LIMIT and np.isinf(r.cost[0, 0])
    assert r.status[1, 0] == NO_PATH  # a part without the group's destinations
    r = nearest_by_group(net, o, d, [np.array([True, True, False])])
    assert r.destination[0, 0] == 0  # exact tie: the lowest index


def test_nearest_by_group_against_scipy_on_a_random_grid():
    rng = np.random.default_rng(5)
    n = 12
    xy = np.stack(np.meshgrid(np.arange(n) * 100.0, np.arange(n) * 100.0), -1).reshape(-1, 2)
    idx = np.arange(n * n).reshape(n, n)
    a = np.concatenate([idx[:, :-1].ravel(), idx[:-1, :].ravel()])
    b = np.concatenate([idx[:, 1:].ravel(), idx[1:, :].ravel()])
    lines = shapely.linestrings(
        np.stack([xy[a], xy[b]], 1).reshape(-1, 2), indices=np.repeat(np.arange(len(a)), 2)
    )
    speed = rng.choice([30.0, 50.0, 80.0], len(a))
    fw = rng.random(len(a)) > 0.2
    bw = ~fw | (rng.random(len(a)) > 0.2)
    net = build_graph(lines, cost="time", speed_kmh=speed, forward=fw, backward=bw)
    # an independent graph on the grid's own nodes
    minutes = 100.0 / (speed * 1000 / 60)
    rows = np.concatenate([a[fw], b[bw]])
    cols = np.concatenate([b[fw], a[bw]])
    g = csr_matrix((np.concatenate([minutes[fw], minutes[bw]]), (rows, cols)), (n * n, n * n))
    full = dijkstra(g, directed=True)
    origins = rng.choice(n * n, 30, replace=False)
    dests = rng.choice(n * n, 6, replace=False)
    o = net.attach(shapely.points(xy[origins]))
    d = net.attach(shapely.points(xy[dests]))
    r = nearest_by_group(net, o, d, [np.ones(6, bool), np.arange(6) < 2])
    expect_all = full[np.ix_(origins, dests)].min(axis=1)
    expect_two = full[np.ix_(origins, dests[:2])].min(axis=1)
    assert r.cost[:, 0] == pytest.approx(expect_all)
    assert r.cost[:, 1] == pytest.approx(expect_two)
    # accessibility's exact pair costs against scipy: a step sum with weights 10^j
    w = 10.0 ** np.arange(6)
    acc = opportunity_sums(net, o, d, w[:, None], 6.0, "step", 0.0)
    expect = ((full[np.ix_(origins, dests)] <= 6.0) * w).sum(axis=1)
    assert acc.within[:, 0] == pytest.approx(expect)
    ex = opportunity_sums(net, o, d, w[:, None], 600.0, "exponential", 0.1)
    t = full[np.ix_(origins, dests)]
    assert ex.decayed[:, 0] == pytest.approx((np.exp(-0.1 * t) * w).sum(axis=1))


def test_opportunity_sums_by_formula_and_shared_positions():
    net = build_graph(np.array([L([(0, 0), (6000, 0)])]), cost="time", speed_kmh=np.array([60.0]))
    # two origins at the same place share one search; one is unattached
    o = net.attach(np.array([P(0, 0), P(0, 0), P(0, 99_000)]), max_snap=100)
    d = net.attach(np.array([P(1000, 0), P(3000, 0), P(6000, 0)]))
    w = np.array([[1.0, 10.0], [2.0, 0.0], [4.0, 1.0]])  # t = 1, 3, 6 minutes
    r = opportunity_sums(net, o, d, w, 5.0, "exponential", 0.2)
    assert r.n_positions == 1
    assert r.within[0].tolist() == [3.0, 10.0]
    e = np.exp(-0.2 * np.array([1.0, 3.0]))
    assert r.decayed[0].tolist() == pytest.approx([e[0] + 2 * e[1], 10 * e[0]])
    assert r.decayed[1].tolist() == r.decayed[0].tolist()
    assert np.isnan(r.within[2]).all()
    p = opportunity_sums(net, o, d, w, 10.0, "power", 1.0, floor=2.0)
    assert p.decayed[0, 0] == pytest.approx(1 / 2 + 2 / 3 + 4 / 6)


def test_decay_and_cutoff_checks():
    assert decay(np.array([0.0, 1.0]), "power", 2.0, 10.0, floor=0.5).tolist() == [4.0, 1.0]
    for bad in (0.5, 601, float("nan"), float("inf")):
        with pytest.raises(InputError, match="between 1 and 600 minutes"):
            check_cutoff(bad)
    with pytest.raises(InputError, match="beta"):
        decay(np.zeros(1), "exponential", -1.0, 10.0)
    with pytest.raises(InputError, match="floor"):
        decay(np.zeros(1), "power", 1.0, 10.0, floor=0.0)


def test_zone_summary_adds_up_and_quantiles():
    cost = np.array([[5.0], [20.0], [50.0], [np.inf], [70.0]])
    pop = np.array([10.0, 20.0, 30.0, 40.0, 0.0])
    zone = np.array([0, 0, 1, 1, -1])
    t = zone_summary(cost, pop, zone, ["A", "B"], ["gp"], [15, 30, 60])
    whole, a, b = (t.iloc[i] for i in range(3))
    assert a.population + b.population == whole.population == 100.0
    assert whole.unreached == 40.0 and b.unreached == 40.0
    assert whole["mean"] == pytest.approx((50 + 400 + 1500) / 60)
    assert a["median"] == 20.0  # 10 of 30 within 5, 30 of 30 within 20
    assert whole["median"] == 50.0 and np.isnan(whole.p90)  # 90 % only with the unreached
    assert whole.within_15 == 0.1 and whole.within_30 == 0.3 and whole.within_60 == 0.6


def test_index_reference_monotone_and_classes():
    rng = np.random.default_rng(3)
    parts = rng.random((50, 2)) * [5000, 20]
    idx = centrality_index(parts)
    assert idx.max() == pytest.approx(1000.0) and idx.min() >= 0
    # monotone: more of either part never lowers the index
    more = parts.copy()
    more[:, 0] += 1
    assert np.all(centrality_index(more, reference=int(np.argmax(idx))) >= idx - 1e-9)
    # a chosen reference is 1000 and parts scale by it
    r = centrality_index(parts, reference=7)
    assert r[7] == pytest.approx(1000.0)
    assert r[3] == pytest.approx(
        1000 * (2 / 3 * parts[3, 0] / parts[7, 0] + parts[3, 1] / parts[7, 1] / 3)
    )
    assert centrality_index(np.array([[0.0, 0.0], [1.0, 2.0]]))[0] == 0.0
    with pytest.raises(InputError, match="reference"):
        centrality_index(np.array([[0.0, 0.0], [1.0, 2.0]]), reference=0)
    assert centrality_classes(
        np.array([1000, 899, 800, 700, 650, 500, 10]), [500, 600, 700, 800, 900]
    ).tolist() == [1, 2, 2, 3, 4, 5, 6]
    m, w = weighted_mean(idx, np.ones(50), np.repeat([0, 1], 25), 2)
    assert w.sum() == 50 and m[0] == pytest.approx(idx[:25].mean())


def test_codes_1994_every_code_on_a_hand_made_region():
    """A line of places: Storby (60,000) at 0, Mellomby (20,000) at km 100, Småby (6,000)
    at km 170, then villages at km 200, 260 and 320; all at 60 km/h (1 min per km)."""
    towns = {"large": [0.0], "medium": [0.0, 100.0], "small": [0.0, 100.0, 170.0]}
    places = np.array([70.0, 140.0, 200.0, 260.0, 50.0])
    net = build_graph(
        np.array([L([(-1000, 0), (400_000, 0)])]), cost="time", speed_kmh=np.array([60.0])
    )
    o = net.attach(shapely.points(places * 1000, 0))
    tier_cost = {}
    for tier, kms in towns.items():
        d = net.attach(shapely.points(np.array(kms) * 1000, 0))
        tier_cost[tier] = nearest_by_group(net, o, d, [np.ones(len(kms), bool)]).cost[:, 0]
    code = codes_1994(tier_cost)
    # 70 km: 70 min from Storby -> 3; 140: 40 min from Mellomby -> 2; 200: 30 min from
    # Småby -> 1; 260: 90 min from Småby -> 0; 50 -> 3
    assert code.tolist() == [3, 2, 1, 0, 3]
    # Oslo's own 90 minutes: a place 80 min from Oslo is code 3
    tier_cost["oslo"] = np.array([np.inf, np.inf, np.inf, 80.0, np.inf])
    assert codes_1994(tier_cost).tolist() == [3, 2, 1, 3, 3]


def test_served_by_adds_up_to_the_reached():
    from smaaby_plugin.core.catchments.service_access import served_by

    net = _triangle()
    rng = np.random.default_rng(8)
    o = net.attach(shapely.points(rng.uniform(0, 1000, (40, 2))), max_snap=300)
    d = net.attach(np.array([P(0, 0), P(1000, 0), P(1000, 2000), P(50_000, 0)]))
    groups = [np.array([True, True, False, False]), np.array([False, False, True, True])]
    r = nearest_by_group(net, o, d, groups)
    pop = rng.integers(0, 9, 40).astype(float)
    n, people = served_by(r.destination, pop, 4)
    for k, g in enumerate(groups):
        reached = r.destination[:, k] >= 0
        assert people[g].sum() == pop[reached].sum() and n[g].sum() == reached.sum()

"""Coombes-Bond travel-to-work regions (smaaby_plugin.core.catchments.commuting_regions).

Expected values are worked out by hand in the comments, recomputed from the flows
with pandas, or given by a plain reference implementation written here with Python
sets and a dense matrix.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smaaby_plugin.core.catchments.commuting_regions import cohesion, find_regions, validity
from smaaby_plugin.core.catchments.flows import prepare_flows
from smaaby_plugin.core.errors import Cancelled, InputError
from smaaby_plugin.core.progress import cancel_after

# Small test parameters: minSZ 100, tarSZ 1000, minSC 0.6, tarSC 0.75 (minSC/tarSC = 0.8).
SMALL = dict(min_size=100, target_size=1000, min_containment=0.6, target_containment=0.75)


def flows_of(rows):
    home, work, count = zip(*rows)
    return prepare_flows(list(home), list(work), list(count))[0]


def hand_validity(
    internal, residents, jobs, min_size, target_size, min_containment, target_containment
):
    """The validity function written out from Coombes and Bond (2008)."""
    sc = min(internal / residents, internal / jobs) if jobs > 0 and residents > 0 else 0.0
    if sc >= 1:
        return 1.0
    y = min(sc / target_containment, 1.0)
    s = max((target_size - residents) / (target_size - min_size), 0.0)
    z = 1 - (1 - min_containment / target_containment) * s
    return y * z * target_containment / min_containment


def recompute_regions(frame: pd.DataFrame, membership: pd.DataFrame) -> pd.DataFrame:
    """Residents, jobs and internal flow per region straight from the flow rows."""
    region = membership.set_index("area_id")["region_id"]
    f = frame.assign(rh=frame.home.map(region), rw=frame.work.map(region))
    res = f.dropna(subset=["rh"]).groupby("rh")["count"].sum()
    job = f.dropna(subset=["rw"]).groupby("rw")["count"].sum()
    internal = f[(f.rh == f.rw) & f.rh.notna()].groupby("rh")["count"].sum()
    out = pd.DataFrame({"residents": res, "jobs": job}).fillna(0.0)
    out["internal"] = internal.reindex(out.index).fillna(0.0)
    return out


# -- validity and cohesion --------------------------------------------------------------------


def test_validity_corner_points_and_a_middle_point():
    # tarSC at minSZ and minSC at tarSZ both lie on the validity = 1 line.
    assert validity(75.0, 100.0, 100.0, **SMALL)[()] == pytest.approx(1.0)
    assert validity(600.0, 1000.0, 1000.0, **SMALL)[()] == pytest.approx(1.0)
    # SC 0.6 at size 550: Y = 0.8, s = 450/900 = 0.5, Z = 1 - 0.2*0.5 = 0.9,
    # validity = 0.8 * 0.9 * 1.25 = 0.9.
    assert validity(330.0, 550.0, 500.0, **SMALL)[()] == pytest.approx(0.9)
    # Large and fully self-contained above tarSC: Y = 1, Z = 1, validity = tarSC/minSC.
    assert validity(800.0, 1000.0, 1000.0, **SMALL)[()] == pytest.approx(1.25)
    # SC = 1 gives exactly 1 however small; no jobs gives SC 0 and validity 0.
    assert validity(5.0, 5.0, 5.0, **SMALL)[()] == 1.0
    assert validity(0.0, 5.0, 0.0, **SMALL)[()] == 0.0
    # The demand side counts when it is the smaller: 600/1000 supply but 600/1200 demand.
    assert validity(600.0, 1000.0, 1200.0, **SMALL)[()] == pytest.approx(0.5 / 0.75 * 1.25)


def test_vignette_defaults_in_validity():
    # Defaults minSZ 1000, tarSZ 10000, minSC 0.6667, tarSC 0.75: at the target size a
    # cluster with SC 0.6667 is exactly valid.
    assert validity(6667.0, 10000.0, 10000.0)[()] == pytest.approx(1.0)
    assert validity(6600.0, 10000.0, 10000.0)[()] < 1.0


def test_cohesion_by_hand():
    # 30^2/(60*90) + 15^2/(120*45) = 900/5400 + 225/5400 = 1125/5400
    assert cohesion(30.0, 15.0, 60.0, 45.0, 120.0, 90.0)[()] == pytest.approx(1125 / 5400)
    assert cohesion(30.0, 0.0, 60.0, 0.0, 0.0, 90.0)[()] == pytest.approx(900 / 5400)


# -- travel-to-work regions: hand-traced examples -------------------------------------------------

PAIRS = [
    ("A", "A", 400),
    ("A", "B", 150),
    ("A", "C", 50),
    ("B", "B", 200),
    ("B", "A", 200),
    ("C", "C", 300),
    ("C", "D", 150),
    ("C", "A", 30),
    ("D", "D", 150),
    ("D", "C", 150),
]


def test_regions_two_pairs_traced_by_hand():
    # Residents L: A 600, B 400, C 480, D 300; jobs W: A 630, B 350, C 500, D 300.
    # Singleton validities: A 0.964, B 0.722, C 0.884, D 0.704 -> D is dissolved first.
    # D is linked only to C: cohesion 150^2/(300*500) + 150^2/(480*300) = 0.30625.
    # C+D: internal 750, L 780, W 800, SC 0.9375, validity 1.189 >= 0.884: accepted.
    # Next B (0.722), linked only to A; A+B: internal 950, L 1000, W 980, validity
    # 1.25: accepted. A+B and C+D are valid: two rounds, two regions.
    result = find_regions(flows_of(PAIRS), **SMALL)
    assert result.iterations == 2
    assert result.membership.region_id.tolist() == ["A", "A", "C", "C"]
    assert result.reserve == [] and result.unassigned == []
    regions = result.regions.set_index("region_id")
    assert regions.loc["A", ["n_areas", "residents", "jobs", "internal"]].tolist() == [
        2,
        1000,
        980,
        950,
    ]
    assert regions.loc["C", ["n_areas", "residents", "jobs", "internal"]].tolist() == [
        2,
        780,
        800,
        750,
    ]
    assert regions.loc["A", "sc_supply"] == pytest.approx(0.95)
    assert regions.loc["A", "sc_demand"] == pytest.approx(950 / 980)
    assert regions.loc["C", "self_containment"] == pytest.approx(750 / 800)
    assert regions.loc["C", "validity"] == pytest.approx(hand_validity(750, 780, 800, **SMALL))
    # Regions are listed by jobs, most first: A (980) before C (800).
    assert result.regions.region_id.tolist() == ["A", "C"]


def test_region_refuses_a_move_that_lowers_validity_then_takes_it_from_the_reserve():
    # P: L 1000, internal 700, W 1020 -> validity 1.144. Q: L 20000, W 20070 -> 1.25.
    # E: L 100, internal 10, W 10 -> 0.133, dissolved. Cohesion with P 20^2/(100*1020)
    # = 0.0039 beats Q 70^2/(100*20070) = 0.0024. P+E: internal 730, L 1100, W 1030,
    # validity 1.106 < 1.144: refused, E to the reserve list. P and Q are valid, so
    # the rounds end; from the reserve E joins P, which stays valid (1.106 >= 1).
    rows = [
        ("P", "P", 700),
        ("P", "Q", 300),
        ("Q", "Q", 19700),
        ("Q", "P", 300),
        ("E", "E", 10),
        ("E", "P", 20),
        ("E", "Q", 70),
    ]
    result = find_regions(flows_of(rows), **SMALL)
    assert result.iterations == 1
    assert result.reserve == ["E"]
    m = result.membership.set_index("area_id")
    assert m.region_id.to_dict() == {"E": "P", "P": "P", "Q": "Q"}
    assert m.status.to_dict() == {"E": "reserve", "P": "assigned", "Q": "assigned"}
    p = result.regions.set_index("region_id").loc["P"]
    assert [p.residents, p.jobs, p.internal] == [1100, 1030, 730]
    assert p.validity == pytest.approx(hand_validity(730, 1100, 1030, **SMALL))


def test_reserve_area_falls_back_to_the_next_region_that_stays_valid():
    # As above but P is barely valid: internal 620, L 1000, W 940 -> 1.033. P+E gives
    # internal 650, L 1100, W 950, SC 0.591 < minSC -> 0.985: refused in the rounds and
    # again from the reserve list (below 1). The next linked region, Q, stays valid
    # (internal 19780, L 20100, W 20160 -> 1.25), so E joins Q.
    rows = [
        ("P", "P", 620),
        ("P", "Q", 380),
        ("Q", "Q", 19700),
        ("Q", "P", 300),
        ("E", "E", 10),
        ("E", "P", 20),
        ("E", "Q", 70),
    ]
    result = find_regions(flows_of(rows), **SMALL)
    assert result.reserve == ["E"]
    m = result.membership.set_index("area_id")
    assert m.region_id.to_dict() == {"E": "Q", "P": "P", "Q": "Q"}
    assert m.loc["E", "status"] == "reserve"
    q = result.regions.set_index("region_id").loc["Q"]
    assert [q.residents, q.jobs, q.internal] == [20100, 20160, 19780]


def test_closed_pair_below_min_size_is_its_own_region():
    # E and F commute only with each other: together fully self-contained (SC = 1),
    # which the method counts as valid (validity 1) whatever the size.
    rows = PAIRS + [("E", "E", 10), ("E", "F", 40), ("F", "F", 10), ("F", "E", 40)]
    result = find_regions(flows_of(rows), **SMALL)
    m = result.membership.set_index("area_id")
    assert m.loc["E", "region_id"] == m.loc["F", "region_id"] == "E"
    assert result.regions.set_index("region_id").loc["E", "validity"] == 1.0


def test_area_without_any_flow_is_unassigned():
    result = find_regions(flows_of(PAIRS + [("G", "G", 0)]), **SMALL)
    m = result.membership.set_index("area_id")
    assert m.loc["G", "region_id"] is None and m.loc["G", "status"] == "unassigned"
    assert result.unassigned == ["G"]


def test_region_parameters_are_checked():
    flows = flows_of(PAIRS)
    with pytest.raises(InputError, match="MIN_SIZE"):
        find_regions(flows, min_size=5000, target_size=1000)
    with pytest.raises(InputError, match="MIN_CONTAINMENT"):
        find_regions(flows, min_containment=0.8, target_containment=0.7)


# -- a plain reference implementation on random flows -----------------------------------------


def reference_zero_list(dense):
    """LabourMarketAreas' zero list written out: no residents, no jobs or only internal
    flows, tested again after each removal."""
    kept = set(range(dense.shape[0]))
    while True:
        idx = sorted(kept)
        sub = dense[np.ix_(idx, idx)]
        res, job, diag = sub.sum(axis=1), sub.sum(axis=0), np.diag(sub)
        zero = {
            a for a, r, w, d in zip(idx, res, job, diag) if r == 0 or w == 0 or (d == r and d == w)
        }
        if not zero:
            return set(range(dense.shape[0])) - kept
        kept -= zero


def reference_regions(dense, min_size, target_size, min_containment, target_containment, lma=False):
    """The same rules written with Python sets over a dense matrix, for comparison.

    lma=True: the LabourMarketAreas 3.4 reserve step (zero list set aside with its
    flows, reserve areas placed highest index first with no validity check)."""
    n = dense.shape[0]
    params = (min_size, target_size, min_containment, target_containment)
    if lma:
        dense = dense.copy()
        zero = sorted(reference_zero_list(dense))
        dense[zero, :] = 0
        dense[:, zero] = 0
    res, job = dense.sum(axis=1), dense.sum(axis=0)

    def stats(members):
        idx = sorted(members)
        return dense[np.ix_(idx, idx)].sum(), dense[idx].sum(), dense[:, idx].sum()

    def val(members):
        return hand_validity(*stats(members), *params)

    def strength(a, members):
        idx = sorted(members)
        f_to, f_from = dense[a, idx].sum(), dense[idx, a].sum()
        _, lc, wc = stats(members)
        s = 0.0
        if res[a] * wc > 0:
            s += f_to**2 / (res[a] * wc)
        if lc * job[a] > 0:
            s += f_from**2 / (lc * job[a])
        return s

    clusters = {i: {i} for i in range(n) if res[i] + job[i] > 0}
    reserve = []
    while clusters:
        worst = min(clusters, key=lambda c: (val(clusters[c]), c))
        if val(clusters[worst]) >= 1:
            break
        members = clusters.pop(worst)
        others = set(range(n)) - members
        idx = sorted(members)
        key = {a: dense[sorted(others), a].sum() + res[a] - dense[a, a] for a in idx}
        for a in sorted(idx, key=lambda a: (-key[a], a)):
            scored = [(strength(a, m), c) for c, m in clusters.items()]
            scored = [(s, c) for s, c in scored if s > 0]
            if scored:
                best = max(scored, key=lambda t: (t[0], -t[1]))[1]
                if val(clusters[best] | {a}) >= val(clusters[best]):
                    clusters[best].add(a)
                    continue
            reserve.append(a)
    moved = True
    while moved:
        moved = False
        for a in sorted(set(reserve) - set().union(*clusters.values()), reverse=lma):
            scored = sorted(
                ((strength(a, m), c) for c, m in clusters.items()), key=lambda t: (-t[0], t[1])
            )
            for s, c in scored:
                if s > 0 and (lma or val(clusters[c] | {a}) >= 1):
                    clusters[c].add(a)
                    moved = True
                    break
    label = [None] * n
    for members in clusters.values():
        core = max(sorted(members), key=lambda a: (job[a], -a))
        for a in members:
            label[a] = core
    return label


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(2, 9),
    seed=st.integers(0, 10_000),
    density=st.floats(0.2, 0.9),
)
def test_regions_agree_with_reference_on_random_flows(n, seed, density):
    rng = np.random.default_rng(seed)
    dense = rng.uniform(1, 100, (n, n)) * (rng.random((n, n)) < density)
    dense[np.diag_indices(n)] += rng.uniform(0, 400, n)
    ids = [f"{i:02d}" for i in range(n)]
    rows = [(ids[i], ids[j], dense[i, j]) for i in range(n) for j in range(n) if dense[i, j]]
    params = dict(min_size=50, target_size=500, min_containment=0.6, target_containment=0.75)
    result = find_regions(flows_of(rows), **params)
    expected = reference_regions(dense, **params)
    got = result.membership.set_index("area_id").region_id
    assert [got[ids[i]] for i in range(n)] == [None if e is None else ids[e] for e in expected]
    for row in result.regions.itertuples():
        members = [
            i for i in range(n) if expected[i] is not None and ids[expected[i]] == row.region_id
        ]
        internal = dense[np.ix_(members, members)].sum()
        assert row.internal == pytest.approx(internal)
        assert hand_validity(internal, dense[members].sum(), dense[:, members].sum(), **params) >= 1


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(2, 9),
    seed=st.integers(0, 10_000),
    density=st.floats(0.2, 0.9),
    zeros=st.integers(0, 2),
)
def test_lma_reserve_step_agrees_with_reference_and_keeps_the_main_phase(n, seed, density, zeros):
    # Random flows, with up to two areas emptied (no jobs, or only internal flows) so
    # that the zero list shows.
    rng = np.random.default_rng(seed)
    dense = rng.uniform(1, 100, (n, n)) * (rng.random((n, n)) < density)
    dense[np.diag_indices(n)] += rng.uniform(0, 400, n)
    for k in range(min(zeros, n)):
        if k == 0:
            dense[:, k] = 0.0  # no jobs
        else:
            dense[k, :] = dense[:, k] = 0.0
            dense[k, k] = 50.0  # only internal flows
    ids = [f"{i:02d}" for i in range(n)]
    rows = [(ids[i], ids[j], dense[i, j]) for i in range(n) for j in range(n) if dense[i, j]]
    if not rows:
        return
    params = dict(min_size=50, target_size=500, min_containment=0.6, target_containment=0.75)
    flows = flows_of(rows)
    ids = list(flows.ids)
    keep = [int(i) for i in ids]
    dense = dense[np.ix_(keep, keep)]
    lma = find_regions(flows, **params, reserve_step="lma34")
    expected = reference_regions(dense, **params, lma=True)
    got = lma.membership.set_index("area_id").region_id
    assert [got[a] for a in ids] == [None if e is None else ids[e] for e in expected]
    zero = sorted(reference_zero_list(dense))
    assert lma.zero_list == [ids[i] for i in zero]
    assert set(lma.zero_list) <= set(lma.unassigned)
    # Without a zero list the main phase is the same under both options: the same
    # rounds, the same reserve list, and every area off the reserve list in the same
    # region.
    if not zero:
        ours = find_regions(flows, **params)
        assert ours.iterations == lma.iterations and ours.reserve == lma.reserve
        off = ~ours.membership.area_id.isin(ours.reserve)
        assert ours.membership.status[off].equals(lma.membership.status[off])
        # the same partition (a region's name may follow a reserve area with more jobs)
        a, b = ours.membership.region_id[off], lma.membership.region_id[off]
        assert pd.crosstab(a, b).astype(bool).sum(axis=1).eq(1).all()
        assert pd.crosstab(a, b).astype(bool).sum(axis=0).eq(1).all()


# -- the real SSB flows ------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("year", [2020, 2022])
def test_regions_real_flows_all_valid(read_pendling, year):
    frame = read_pendling(year)
    flows, _ = prepare_flows(frame.home, frame.work, frame["count"])
    result = find_regions(flows)
    m = result.membership
    assert len(m) == 356 and m.area_id.is_unique
    assert set(m.region_id.dropna()) == set(result.regions.region_id)
    again = recompute_regions(frame, m).loc[result.regions.region_id]
    regions = result.regions.set_index("region_id")
    assert np.allclose(regions.residents, again.residents)
    assert np.allclose(regions.jobs, again.jobs)
    assert np.allclose(regions.internal, again.internal)
    assert np.allclose(regions.sc_supply, again.internal / again.residents)
    assert np.allclose(regions.sc_demand, again.internal / again.jobs)
    # The method's own test, written out again: every region valid.
    checks = [
        hand_validity(r.internal, r.residents, r.jobs, 1000, 10000, 0.6667, 0.75)
        for r in again.itertuples()
    ]
    assert min(checks) >= 1.0
    assert np.allclose(regions.validity, checks)
    # Employed residents are all counted once, in their region or unassigned.
    assigned = frame.home.isin(m.area_id[m.region_id.notna()])
    assert regions.residents.sum() == pytest.approx(frame["count"][assigned].sum())
    assert math.isclose(
        regions.residents.sum() + frame["count"][~assigned].sum(), frame["count"].sum()
    )
    # The region around Oslo holds Oslo, Bærum and Lillestrøm (2020 codes).
    oslo = m.set_index("area_id").region_id
    assert oslo["0301"] == oslo["3024"] == oslo["3030"]


def test_regions_cancel_with_the_progress_protocol():
    rng = np.random.default_rng(2)
    n = 40
    home, work = rng.integers(0, n, 600), rng.integers(0, n, 600)
    flows, _ = prepare_flows(home.tolist(), work.tolist(), rng.integers(1, 50, 600).tolist())
    seen = []
    again = find_regions(flows, **SMALL, progress=seen.append)
    assert again.membership.equals(find_regions(flows, **SMALL).membership)
    assert seen == sorted(seen) and seen[-1] == 1.0
    for calls in (1, 2, len(seen)):
        with pytest.raises(Cancelled):
            find_regions(flows, **SMALL, progress=cancel_after(calls))

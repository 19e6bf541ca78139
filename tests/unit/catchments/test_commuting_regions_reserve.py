"""The reserve step of smaaby_plugin.core.catchments.commuting_regions: Småby's (default)
and LabourMarketAreas 3.4's (``reserve_step="lma34"``).

Each of the three differences has its own fixture, traced by hand in the comments with
the test parameters minSZ 100, tarSZ 1000, minSC 0.6, tarSC 0.75 (so a region of
1,000 employed residents or more has validity min(SC/0.75, 1) * 1.25).
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from smaaby_plugin.core.catchments.commuting_regions import (
    RESERVE_LMA,
    RESERVE_SMAABY,
    find_regions,
    zero_list,
)
from smaaby_plugin.core.catchments.flows import prepare_flows
from smaaby_plugin.core.errors import InputError

SMALL = dict(min_size=100, target_size=1000, min_containment=0.6, target_containment=0.75)


def flows_of(rows):
    home, work, count = zip(*rows)
    return prepare_flows(list(home), list(work), list(count))[0]


def both(rows):
    flows = flows_of(rows)
    return (
        find_regions(flows, **SMALL, reserve_step=RESERVE_SMAABY),
        find_regions(flows, **SMALL, reserve_step=RESERVE_LMA),
    )


def regions_of(result):
    return result.membership.set_index("area_id").region_id.to_dict()


def stats(result, region):
    r = result.regions.set_index("region_id").loc[region]
    return [r.n_areas, r.residents, r.jobs, r.internal]


# (a) no validity check in the reserve step ----------------------------------------------------

BARELY_VALID = [
    ("P", "P", 620),
    ("P", "Q", 380),
    ("Q", "Q", 19700),
    ("Q", "P", 300),
    ("E", "E", 10),
    ("E", "P", 20),
    ("E", "Q", 70),
]


def test_lma_adds_a_reserve_area_without_the_validity_check():
    # P: L 1000, W 620+300+20 = 940, internal 620, SC 0.62 -> validity 1.0333.
    # Q: L 20000, W 20150, SC 0.9777 -> 1.25. E: L 100, W 10, SC 0.1 -> dissolved in
    # round 1. Cohesion E-P 20^2/(100*940) = 0.00426 beats E-Q 70^2/(100*20150) =
    # 0.00243. P+E: internal 620+10+20 = 650, L 1100, W 950, SC 650/1100 = 0.5909,
    # validity 0.5909/0.75*1.25 = 0.9848 < 1.0333: refused, E to the reserve list.
    # Småby: P+E would be 0.9848 < 1, so E takes the next region, Q (stays 1.25).
    # LabourMarketAreas: E joins P, its strongest tie, and P ends invalid (0.9848).
    ours, lma = both(BARELY_VALID)
    assert ours.iterations == lma.iterations == 1
    assert ours.reserve == lma.reserve == ["E"]
    assert regions_of(ours) == {"E": "Q", "P": "P", "Q": "Q"}
    assert regions_of(lma) == {"E": "P", "P": "P", "Q": "Q"}
    assert lma.membership.set_index("area_id").status["E"] == "reserve"
    assert stats(ours, "Q") == [2, 20100, 20160, 19780]
    assert stats(lma, "P") == [2, 1100, 950, 650]
    p = lma.regions.set_index("region_id").loc["P"]
    assert p.validity == pytest.approx(650 / 1100 / 0.75 * 1.25)
    assert p.validity < 1.0
    assert ours.regions.validity.min() >= 1.0


# (b) the order of the reserve list ------------------------------------------------------------

ORDER = [
    ("P", "P", 740),
    ("P", "Q", 260),
    ("P", "X", 22),
    ("Q", "Q", 740),
    ("Q", "P", 260),
    ("X", "X", 9),
    ("X", "Q", 31),
    ("Y", "Y", 5),
    ("Y", "P", 19),
    ("Y", "X", 38),
]


def test_lma_places_the_reserve_list_from_the_highest_area_id_down():
    # L: P 1022, Q 1000, X 40, Y 62; W: P 1019, Q 1031, X 69, Y 5.
    # Validity: P 0.72407/0.75*1.25 = 1.2068, Q (SC 740/1031) 1.1963, X 0.1710, Y 0.1064.
    # Round 1: Y is dissolved; cohesion Y-X 38^2/(62*69) = 0.3375 beats Y-P 0.0057;
    # X+Y (internal 52, L 102, W 74, SC 0.5098) has validity 0.6801 > 0.1710: joins X.
    # Round 2: X+Y is dissolved. Order key (in-commuting from outside + out-commuting):
    # Y 0 + 57 before X 22 + 31. Y: only P is linked; P+Y (internal 764, L 1084,
    # W 1024, SC 0.7048) 1.1747 < 1.2068: refused. X: Q 31^2/(40*1031) = 0.0233 beats
    # P 22^2/(1022*69) = 0.0069; Q+X (internal 780, L 1040, W 1100, SC 0.7091) 1.1818
    # < 1.1963: refused. Both on the reserve list; all valid, the rounds end.
    # Småby, lowest id first: X -> Q (0.0233 > 0.0069; Q+X 1.1818 valid); then Y sees
    # Q+X through Y->X: 38^2/(62*1100) = 0.0212 > P 0.0057; Q+X+Y (internal 823,
    # L 1102, W 1105) 1.2413: Y -> Q.
    # LabourMarketAreas, highest id first: Y -> P (its one link; P+Y 1.1747); then X
    # sees P+Y through P->X and Y->X: 60^2/(1084*69) = 0.0481 > Q 0.0233: X -> P
    # (internal 833, L 1124, W 1093, SC 0.7411, 1.2352).
    # Every join is each area's strongest tie and every region stays valid, so the
    # validity check plays no part: only the order differs.
    ours, lma = both(ORDER)
    assert ours.iterations == lma.iterations == 2
    assert ours.reserve == lma.reserve == ["Y", "X"]
    assert regions_of(ours) == {"P": "P", "Q": "Q", "X": "Q", "Y": "Q"}
    assert regions_of(lma) == {"P": "P", "Q": "Q", "X": "P", "Y": "P"}
    assert stats(ours, "Q") == [3, 1102, 1105, 823]
    assert stats(lma, "P") == [3, 1124, 1093, 833]
    assert lma.regions.set_index("region_id").validity["P"] == pytest.approx(
        833 / 1124 / 0.75 * 1.25
    )
    assert ours.regions.validity.min() >= 1.0 and lma.regions.validity.min() >= 1.0


# (c) the zero list ---------------------------------------------------------------------------

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
# G lives and works at home only; H has 10 residents who all work in C and no jobs.
WITH_ZEROS = PAIRS + [("G", "G", 50), ("H", "C", 10)]


def test_lma_sets_the_zero_list_aside_with_its_flows():
    # LabourMarketAreas: G (only internal flows) and H (no jobs) are set aside and H's
    # flow to C is left out, so the rest is the two pairs of test_commuting_regions:
    # D joins C, B joins A, two rounds; C+D: L 780, W 800, internal 750.
    # Småby keeps both. H (validity 0) is dissolved first and joins C, its one link:
    # C (internal 300, L 480, W 510, SC 0.5882) 0.8671 -> C+H (internal 310, L 490,
    # W 510, SC 0.6078) 0.8983. Then D (0.7037) joins C+H (0.30012 cohesion; internal
    # 760, L 790, W 810, validity 1.1917), then B joins A (1.25). G, with SC 1, is a
    # region of its own with validity 1. Three rounds.
    ours, lma = both(WITH_ZEROS)
    assert lma.zero_list == ["G", "H"] and ours.zero_list == []
    assert lma.unassigned == ["G", "H"] and ours.unassigned == []
    status = lma.membership.set_index("area_id").status
    assert status["G"] == status["H"] == "zero_list"
    assert regions_of(lma) == {"A": "A", "B": "A", "C": "C", "D": "C", "G": None, "H": None}
    assert regions_of(ours) == {"A": "A", "B": "A", "C": "C", "D": "C", "G": "G", "H": "C"}
    assert lma.iterations == 2 and ours.iterations == 3
    assert stats(lma, "C") == [2, 780, 800, 750]
    assert stats(ours, "C") == [3, 790, 810, 760]
    assert stats(ours, "G") == [1, 50, 50, 50]
    assert ours.regions.set_index("region_id").validity["G"] == 1.0
    # Without G and H the LabourMarketAreas run is the Småby run on the pairs alone.
    alone = find_regions(flows_of(PAIRS), **SMALL)
    assert lma.regions.equals(alone.regions)
    assert lma.iterations == alone.iterations


def test_zero_list_repeats_until_nothing_more_is_set_aside():
    # C has jobs but no residents; once C and its flow B -> C are gone, B has only
    # internal flows (4 = residents = jobs) and goes in the second round; D and E
    # commute with each other and stay.
    dense = np.zeros((5, 5))
    dense[0, 0] = 5  # A: only internal
    dense[1, 1], dense[1, 2] = 4, 3  # B: 4 at home, 3 to C
    dense[3, 3], dense[3, 4], dense[4, 4], dense[4, 3] = 7, 2, 6, 1  # D <-> E
    assert zero_list(sparse.csr_matrix(dense)).tolist() == [True, True, True, False, False]
    # B has jobs but no residents; without the flow A -> B, A has only internal flows.
    dense = np.array([[3.0, 2.0], [0.0, 0.0]])
    assert zero_list(sparse.csr_matrix(dense)).tolist() == [True, True]


def test_flows_without_a_zero_list_give_the_same_main_phase():
    # The two pairs: no reserve list, nothing set aside, the same result under both.
    ours, lma = both(PAIRS)
    assert lma.zero_list == [] and ours.reserve == lma.reserve == []
    assert ours.membership.equals(lma.membership)
    assert ours.regions.equals(lma.regions)


def test_unknown_reserve_step_is_refused():
    with pytest.raises(InputError, match="reserve step"):
        find_regions(flows_of(PAIRS), **SMALL, reserve_step="R")


@pytest.mark.slow
def test_lma_option_on_the_real_flows_2022(read_pendling):
    # SSB's 2022 flows hold no zero-list kommune: the rounds and the reserve list are the
    # same; only reserve kommuner are placed differently, and three regions end invalid
    # under the R package's rule (the figures of issue 10 item 9, measured against R).
    frame = read_pendling(2022)
    flows, _ = prepare_flows(frame.home, frame.work, frame["count"])
    ours = find_regions(flows)
    lma = find_regions(flows, reserve_step=RESERVE_LMA)
    assert lma.zero_list == []
    assert ours.iterations == lma.iterations == 227
    assert ours.reserve == lma.reserve and len(ours.reserve) == 11
    a = ours.membership.set_index("area_id").region_id
    b = lma.membership.set_index("area_id").region_id
    moved = sorted(a.index[a != b])
    assert moved == ["4220", "4629", "5029", "5420"]
    assert set(moved) <= set(ours.reserve)
    assert len(lma.regions) == len(ours.regions) == 129
    assert int((lma.regions.validity < 1).sum()) == 3
    assert ours.regions.validity.min() >= 1.0

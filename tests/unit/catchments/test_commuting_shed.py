"""Commuting sheds (smaaby_plugin.core.catchments.commuting_shed), by hand and on the
real SSB flows."""

from __future__ import annotations

import numpy as np
import pytest

from smaaby_plugin.core.catchments.commuting_shed import commuting_shed
from smaaby_plugin.core.catchments.flows import prepare_flows
from smaaby_plugin.core.errors import InputError


def flows_of(rows):
    home, work, count = zip(*rows)
    return prepare_flows(list(home), list(work), list(count))[0]


def test_shed_by_hand():
    # A is the centre. B: 30 of 100 work in A (0.30). C: 12 of 120 (0.10, at the
    # threshold, so in). D: 9 of 100 (0.09, out). E lives nowhere (works in A only).
    flows = flows_of(
        [
            ("A", "A", 200),
            ("B", "B", 70),
            ("B", "A", 30),
            ("C", "C", 108),
            ("C", "A", 12),
            ("D", "D", 91),
            ("D", "A", 9),
            ("A", "B", 50),
        ]
    )
    shed = commuting_shed(flows, "A", 0.10).set_index("area_id")
    assert shed.loc["A", "employed"] == 250 and shed.loc["A", "to_centre"] == 200
    assert shed.loc["A", "share"] == pytest.approx(0.8)
    assert shed.share.loc[["B", "C", "D"]].tolist() == pytest.approx([0.30, 0.10, 0.09])
    assert shed.in_shed.to_dict() == {"A": True, "B": True, "C": True, "D": False}
    assert shed.is_centre.sum() == 1 and shed.loc["A", "is_centre"]


def test_shed_centre_is_always_in_even_below_threshold():
    flows = flows_of([("A", "A", 5), ("A", "B", 95), ("B", "B", 100)])
    shed = commuting_shed(flows, "A", 0.5).set_index("area_id")
    assert shed.loc["A", "share"] == pytest.approx(0.05)
    assert bool(shed.loc["A", "in_shed"])


def test_shed_bad_input():
    flows = flows_of([("A", "A", 5), ("B", "A", 5)])
    with pytest.raises(InputError, match="CENTRE_ID 'Z'"):
        commuting_shed(flows, "Z")
    with pytest.raises(InputError, match="THRESHOLD"):
        commuting_shed(flows, "A", 0)
    with pytest.raises(InputError, match="THRESHOLD"):
        commuting_shed(flows, "A", 1.5)


def test_shed_hamar_2022_real_flows(read_pendling):
    frame = read_pendling(2022)
    # Integer kommune numbers (as in Kommuner2020) for the home column: padding must match.
    flows, _ = prepare_flows(frame.home.astype(int).tolist(), frame.work, frame["count"])
    shed = commuting_shed(flows, "3403", 0.10).set_index("area_id")
    employed = frame.groupby("home")["count"].sum()
    to_hamar = frame[frame.work == "3403"].groupby("home")["count"].sum()
    expected = (to_hamar / employed).reindex(employed.index).fillna(0.0)
    assert np.allclose(shed.share.reindex(expected.index), expected)
    assert sorted(shed.index[shed.in_shed]) == sorted(expected.index[expected >= 0.10])
    # Hamar, Ringsaker, Løten and Stange (2020 codes) make up the 10 % shed in 2022.
    assert sorted(shed.index[shed.in_shed]) == ["3403", "3411", "3412", "3413"]

"""Area ids and flow tables (smaaby_plugin.core.catchments.flows)."""

from __future__ import annotations

import pytest

from smaaby_plugin.core.catchments.flows import normalise_ids, prepare_flows
from smaaby_plugin.core.errors import InputError


def test_normalise_ids_pads_numbers_to_a_common_width():
    a, b = normalise_ids([301, 3403.0, "301.0"], ["0301", " 3403", "Utlandet", None])
    assert list(a) == ["0301", "3403", "0301"]
    assert list(b) == ["0301", "3403", "Utlandet", None]


def test_prepare_flows_sums_duplicates_and_counts_nulls():
    flows, extra = prepare_flows(
        ["A", "A", "B", "A"], ["B", "B", "A", "A"], [3, 4, None, 5], extra_ids=["A", "C"]
    )
    assert list(flows.ids) == ["A", "B"]
    assert flows.matrix.toarray().tolist() == [[5.0, 7.0], [0.0, 0.0]]
    assert flows.n_null_counts == 1
    assert flows.n_rows == 3
    assert list(extra) == ["A", "C"]


def test_prepare_flows_refuses_negative_counts():
    with pytest.raises(InputError, match="negative count"):
        prepare_flows(["A", "B"], ["B", "A"], [3, -1])


def test_prepare_flows_refuses_missing_ids_and_text_counts():
    with pytest.raises(InputError, match="without a home or work area"):
        prepare_flows(["A", None], ["B", "A"], [3, 1])
    with pytest.raises(InputError, match="not numbers"):
        prepare_flows(["A", "B"], ["B", "A"], [3, "many"])

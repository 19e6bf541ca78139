"""The travel model's refusals name the parameter to fix (found by the bad-input battery:
DISTANCE_BREAKS "1, 3, 1e12" and CAR_SHARES "0.3, 0.45, 0.6, 1e12" said only "distance
breaks" / "car shares")."""

from __future__ import annotations

import re

import pytest

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.scenarios.travel_emissions import TravelModel, parse_list

_CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b|Traceback")


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"distance_breaks_km": (1.0, 3.0, 1e12)}, ("DISTANCE_BREAKS", "0 and 1000", "1e+12")),
        ({"distance_breaks_km": (1.0, float("nan"), 10.0)}, ("DISTANCE_BREAKS", "nan")),
        ({"car_shares": (0.3, 0.45, 0.6, 1e12)}, ("CAR_SHARES", "fractions 0-1", "1e+12")),
        ({"car_shares": (0.3, -0.1, 0.6, 0.7)}, ("CAR_SHARES", "-0.1")),
    ],
)
def test_list_refusals_name_the_parameter(kwargs, words):
    with pytest.raises(InputError) as excinfo:
        TravelModel(**kwargs)
    text = str(excinfo.value)
    for word in words:
        assert word in text, text
    assert not _CLASS_NAME.search(text), text


def test_list_text_refusal_shows_the_parameters_example():
    # CAR_SHARES are fractions: its example is not the distance breaks' '1, 3, 10'
    with pytest.raises(InputError, match=r"CAR_SHARES: 'nan' is not a number; .*'0\.30, 0\.45"):
        parse_list("0.3, nan", "CAR_SHARES", example="0.30, 0.45, 0.60, 0.70")
    with pytest.raises(InputError, match=r"DISTANCE_BREAKS is empty; write e\.g\. '1, 3, 10'"):
        parse_list(" , ", "DISTANCE_BREAKS")

"""Link attributes (smaaby_plugin.core.catchments.link_attributes): directions from
direction fields and NVDB lane lists, speeds, speed-limit lines, and the speed policy,
on hand-made cases."""

import numpy as np
import pytest
from shapely import LineString

from smaaby_plugin.core.catchments.link_attributes import (
    SPEED_SOURCES,
    fill_speeds,
    lane_directions,
    link_speeds,
    match_speed_lines,
    parse_default_speeds,
    value_directions,
)
from smaaby_plugin.core.errors import Cancelled, InputError
from smaaby_plugin.core.progress import cancel_after


def lines(*coords):
    return np.array([LineString(c) for c in coords], dtype=object)


def test_directions_and_speeds_helpers():
    f, b = value_directions(["FT", " ft ", "TF", None, "N", "B"], ["FT"], ["TF"], ["N"])
    assert f.tolist() == [True, True, False, True, False, True]
    assert b.tolist() == [False, False, True, True, False, True]
    with pytest.raises(InputError):
        value_directions(["x"], ["A"], ["A"], [])
    f, b = lane_directions(["1#2", "1", "2", "", "1#2#3S", "2#4"])
    assert f.tolist() == [True, True, False, True, True, False]
    assert b.tolist() == [True, False, True, True, True, True]
    assert parse_default_speeds("E = 80; K=40") == {"e": 80.0, "k": 40.0}
    with pytest.raises(InputError):
        parse_default_speeds("E80")
    with pytest.raises(InputError):
        parse_default_speeds("E=0")
    s, rep = fill_speeds(
        [50, None, 0, float("nan"), "x", 70], ["K", "E", "P", "Z", "K", "E"], {"E": 90, "*": 30}
    )
    assert s.tolist() == [50, 90, 30, 30, 30, 70]
    assert rep.tolist() == [False, True, True, True, True, False]


def test_match_speed_lines_length_weighted():
    links = lines([(0, 0), (100, 0)], [(100, 0), (100, 100)], [(0, 50), (100, 50)])
    # 30 m at 30 km/h and 70 m at 60 along link 0; a crossing line (x=50) at 80 must
    # not count; link 1 covered by one 40 line lying 0.5 m beside it
    sl = lines(
        [(0, 0), (30, 0)], [(30, 0), (100, 0)], [(50, -20), (50, 120)], [(100.5, 0), (100.5, 100)]
    )
    got = match_speed_lines(links, sl, [30, 60, 80, 40], tolerance=1.0)
    assert got[0] == pytest.approx((30 * 30 + 70 * 60) / 100)
    assert got[1] == pytest.approx(40)
    assert np.isnan(got[2])


def test_speed_policy_layer_then_field_then_class_default():
    # 0: field only; 1: field and layer (the layer wins); 2: layer only; 3: nothing, class
    # E listed; 4: nothing, class not listed (*); 5: zero in the field and no layer (class
    # default); 6: negative field, layer (layer)
    s = link_speeds(
        7,
        field_kmh=[60, 50, None, None, None, 0, -5],
        layer_kmh=[np.nan, 80, 70, np.nan, np.nan, np.nan, 40],
        road_class=["K", "K", "K", "e", "X", "K", "K"],
        default_speeds={"e": 90, "k": 30, "*": 45},
    )
    assert s.speed_kmh.tolist() == [60, 80, 70, 90, 45, 30, 40]
    assert s.source.tolist() == [
        "field",
        "layer",
        "layer",
        "default",
        "default",
        "default",
        "layer",
    ]
    assert s.counts == {"layer": 3, "field": 1, "default": 3}
    assert tuple(s.counts) == SPEED_SOURCES


def test_speed_policy_without_inputs_uses_defaults_and_fallback():
    s = link_speeds(3, road_class=["E", "K", None], default_speeds={"E": 80})
    assert s.speed_kmh.tolist() == [80, 50, 50]  # no '*': the fallback 50 km/h
    assert s.counts == {"layer": 0, "field": 0, "default": 3}
    s = link_speeds(2, field_kmh=["70", "fast"], fallback_kmh=20)
    assert s.speed_kmh.tolist() == [70, 20] and s.source.tolist() == ["field", "default"]
    # the policy as the network algorithms used it before it moved into core
    field = np.array([50.0, np.nan, 0.0, 60.0])
    layer = np.array([np.nan, 30.0, np.nan, 70.0])
    speed, replaced = fill_speeds(np.where(np.isfinite(layer), layer, field), None, {"*": 40}, n=4)
    s = link_speeds(4, field_kmh=field, layer_kmh=layer, default_speeds={"*": 40})
    assert np.array_equal(s.speed_kmh, speed) and np.array_equal(s.source == "default", replaced)


def test_speed_policy_bad_input():
    with pytest.raises(InputError, match="one value per link"):
        link_speeds(3, field_kmh=[50, 60])
    with pytest.raises(InputError, match="fallback"):
        link_speeds(1, fallback_kmh=0)


def test_speed_line_matching_in_chunks_cancels():
    links = lines(*[[(0, y), (100, y)] for y in range(0, 3000, 10)])
    limits = lines(*[[(0, y), (100, y)] for y in range(0, 3000, 20)])
    seen = []
    got = match_speed_lines(links, limits, [50] * len(limits), progress=seen.append)
    assert np.nansum(got) == 50 * len(limits) and seen[-1] == 1.0
    with pytest.raises(Cancelled):
        match_speed_lines(links, limits, [50] * len(limits), progress=cancel_after(1))

"""The SVG bar chart drawn for print layouts (smaaby_plugin.report.chart, no QGIS)."""

from __future__ import annotations

import doctest
import math
import xml.etree.ElementTree as ET

import pytest

from smaaby_plugin.report import chart
from smaaby_plugin.report.chart import bar_chart_svg, format_number

NS = "{http://www.w3.org/2000/svg}"


def _parse(svg: str):
    root = ET.fromstring(svg)
    bars = [e for e in root.iter(f"{NS}rect") if e.get("class") == "bar"]
    axis = next(e for e in root.iter(f"{NS}line") if e.get("class") == "axis")
    texts = {
        cls: [e.text for e in root.iter(f"{NS}text") if e.get("class") == cls]
        for cls in ("label", "value", "tick", "title")
    }
    return root, bars, float(axis.get("x1")), texts


def test_bar_lengths_are_proportional_to_the_values():
    values = [120.0, 30.0, 60.0]
    _, bars, zero, texts = _parse(bar_chart_svg(["a", "b", "c"], values))
    widths = [float(b.get("width")) for b in bars]
    # every bar starts at the zero line and its length / value is one common scale
    assert all(math.isclose(float(b.get("x")), zero) for b in bars)
    scales = [w / v for w, v in zip(widths, values)]
    assert max(scales) - min(scales) < 1e-2 * scales[0]
    assert texts["label"] == ["a", "b", "c"]
    assert texts["value"] == ["120", "30,0", "60,0"]


def test_negative_values_extend_left_of_zero_and_nan_draws_no_bar():
    _, bars, zero, texts = _parse(
        bar_chart_svg(["gain", "loss", "none"], [40.0, -10.0, float("nan")])
    )
    assert len(bars) == 2
    gain, loss = bars
    assert math.isclose(float(gain.get("x")), zero)
    assert math.isclose(float(loss.get("x")) + float(loss.get("width")), zero, abs_tol=1e-3)
    assert math.isclose(float(gain.get("width")) / float(loss.get("width")), 4.0, rel_tol=1e-3)
    assert texts["label"] == ["gain", "loss", "none"]  # the label stays, the bar is absent


def test_axis_ticks_are_round_and_cover_the_data():
    _, bars, _, texts = _parse(bar_chart_svg(["x"], [0.37]))
    ticks = [float(t.replace(",", ".")) for t in texts["tick"]]
    assert ticks[0] == 0.0 and ticks[-1] >= 0.37
    steps = {round(b - a, 9) for a, b in zip(ticks, ticks[1:])}
    assert len(steps) == 1 and steps.pop() in {0.05, 0.1, 0.2, 0.5}


def test_text_is_escaped_and_title_carries_the_unit():
    svg = bar_chart_svg(
        ["<Bebygd & samferdsel>"], [5.0], title="Areal", unit="daa", colors=["#fcdbd6"]
    )
    root, bars, _, texts = _parse(svg)  # parses, so the markup is well formed
    assert texts["label"] == ["<Bebygd & samferdsel>"]
    assert texts["title"] == ["Areal (daa)"]
    assert bars[0].get("fill") == "#fcdbd6"
    assert root.get("width") == "160.00mm"


def test_lengths_must_match():
    with pytest.raises(ValueError):
        bar_chart_svg(["a", "b"], [1.0])


def test_format_number():
    assert format_number(1234.5) == "1\u202f234"  # rounds half to even at 0 decimals
    assert format_number(-0.256) == "-0,26"
    assert format_number(12.25, decimals=1, thousands=",", decimal_point=".") == "12.2"
    assert format_number(None) == "–"


def test_doctests():
    assert doctest.testmod(chart).failed == 0

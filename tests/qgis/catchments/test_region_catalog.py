"""The catalogue entries of serviceaccess, accessibility and centrality (report/catalog/
region.py): the styles find their fields, the key figures read the run's numbers."""

from __future__ import annotations

from qgis.core import QgsGraduatedSymbolRenderer

from smaaby_plugin.report.catalog import chart_data, key_figures, result_spec
from smaaby_plugin.report.styles import apply_style
from tests.qgis.catchments.test_accessibility import _centrality
from tests.qgis.catchments.test_accessibility import hand as hand  # noqa: F401 (fixture)


def test_serviceaccess_style_and_share_within_30(run_alg, hand):  # noqa: F811
    res = run_alg(
        "smaaby:serviceaccess",
        dict(hand, WEIGHT_FIELD=None, KIND_FIELD="kind", THRESHOLDS="1.1, 30"),
    )
    spec = result_spec("serviceaccess")
    style = spec.style_for("OUTPUT", {}, res["OUTPUT"])
    assert style.fields == ("min_gp",)
    assert apply_style(res["OUTPUT"], style)
    assert isinstance(res["OUTPUT"].renderer(), QgsGraduatedSymbolRenderer)
    figures = dict(key_figures("serviceaccess", res))
    # gp at B: oA 1 min, oD none (CD runs only D -> C, BC only B -> C); 100 of 155 people
    assert figures["gp"] == "65 %"
    chart = chart_data("serviceaccess", res)
    assert chart.labels == ["gp", "grocery"] and round(chart.values[0]) == 65


def test_centrality_zone_figures(run_alg, hand, make_layer):  # noqa: F811
    zone = make_layer(
        "Polygon",
        "EPSG:25833",
        {"knr": str},
        [("POLYGON((-100 -100, 3000 -100, 3000 2000, -100 2000, -100 -100))", {"knr": "9901"})],
    )
    res = run_alg(
        "smaaby:centrality",
        _centrality(
            hand,
            DECAY=2,
            CUTOFF=5,
            ZONES=zone,
            ZONE_ID_FIELD="knr",
            OUTPUT_ZONES="TEMPORARY_OUTPUT",
        ),
    )
    figures = key_figures("centrality", res)
    # population-weighted: (100 * 1000 + 50 * 611.1) / 150 = 870.4 -> class 2
    assert figures[1] == ("9901", "870 (class 2)")
    spec = result_spec("centrality")
    assert apply_style(res["OUTPUT_ZONES"], spec.style_for("OUTPUT_ZONES", {}, res["OUTPUT_ZONES"]))
    assert apply_style(res["OUTPUT"], spec.style_for("OUTPUT", {}, res["OUTPUT"]))
    assert isinstance(res["OUTPUT"].renderer(), QgsGraduatedSymbolRenderer)

"""The catalogue entries of transitservice and transittraveltime (report/catalog/
transit.py): styles find their fields, key figures read the run's numbers (hand feed)."""

from __future__ import annotations

from _transit_feed import write_feed
from qgis.core import QgsGraduatedSymbolRenderer

from smaaby_plugin.report.catalog import chart_data, key_figures, result_spec
from smaaby_plugin.report.styles import apply_style

WGS = "EPSG:4326"


def test_transitservice_figures_and_style(run_alg, make_layer, tmp_path):
    pop = make_layer(
        "Point",
        WGS,
        {"pop": float},
        [("POINT(11.01 60.0)", {"pop": 100.0}), ("POINT(11.02 60.0)", {"pop": 50.0})],
    )
    res = run_alg(
        "smaaby:transitservice",
        {
            "FEED": str(write_feed(tmp_path / "f") / "stops.txt"),
            "DATE": "2024-09-17",
            "START": "07:00",
            "END": "08:00",
            "POPULATION": pop,
            "POPULATION_FIELD": "pop",
            "OUTPUT_STOPS": "TEMPORARY_OUTPUT",
            "OUTPUT_ROUTES": "TEMPORARY_OUTPUT",
            "OUTPUT_COVERAGE": "TEMPORARY_OUTPUT",
        },
    )
    spec = result_spec("transitservice")
    style = spec.style_for("OUTPUT_STOPS", {}, res["OUTPUT_STOPS"])
    assert apply_style(res["OUTPUT_STOPS"], style)
    assert isinstance(res["OUTPUT_STOPS"].renderer(), QgsGraduatedSymbolRenderer)
    figures = dict(key_figures("transitservice", res))
    assert (
        figures["Kollektivdekning (population covered)"].replace("\u00a0", " ").replace(",", ".")
        == "66.7 %"
    )
    chart = chart_data("transitservice", res)
    # A: t1, t2 (2/h); B: 4; C: t7 (1); D, E: none in 07-08 -> under 1: D, E
    assert dict(zip(chart.labels, chart.values)) == {"under 1": 2, "1-2": 1, "2-4": 1, "4-8": 1}


def test_transittraveltime_figures(run_alg, make_layer, tmp_path):
    origins = make_layer("Point", WGS, {"name": str}, [("POINT(11.00 60.0)", {"name": "a"})])
    dest = make_layer("Point", WGS, {"name": str}, [("POINT(11.03 60.0)", {"name": "d"})])
    res = run_alg(
        "smaaby:transittraveltime",
        {
            "FEED": str(write_feed(tmp_path / "f") / "stops.txt"),
            "DATE": "2024-09-17",
            "START": "07:00",
            "END": "07:05",
            "ORIGINS": origins,
            "DESTINATIONS": dest,
            "MAX_WALK": 100.0,
            "WITHIN": 60.0,
            "BANDS": "30, 90",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_BANDS": "TEMPORARY_OUTPUT",
        },
    )
    figures = dict(key_figures("transittraveltime", res))
    assert figures["Median travel time by public transport"].startswith("85")
    assert (
        figures["Share of departures within 60 min"].replace("\u00a0", " ").replace(",", ".")
        == "20.0 %"
    )
    chart = chart_data("transittraveltime", res)
    assert chart.values == [0, 1]  # the median of 85 min lies in the 90-minute band

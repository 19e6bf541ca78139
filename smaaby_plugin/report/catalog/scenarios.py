"""Catalogue entry of the scenario family: smaaby:scenariocompare (plan alternatives).

The areas are drawn with one colour per alternative; the key figures are the headline
rows of the comparison per alternative (dwellings, area, dyrka mark, share within walking
distance of the centre, CO₂); the chart compares the alternatives' CO₂ per year."""

from __future__ import annotations

from smaaby_plugin.report.catalog._spec import ResultSpec, register, tr
from smaaby_plugin.report.catalog._tables import as_number, table_rows
from smaaby_plugin.report.chart import format_value
from smaaby_plugin.report.layout import ChartData
from smaaby_plugin.report.styles import StyleSpec

#: The rows shown as key figures, with their unit and decimals.
_HEADLINE = (
    ("area_daa", "daa", 1),
    ("farmland_daa", "daa", 1),
    ("shore_daa", "daa", 1),
    ("dwellings_walk_centre", "%", 0),
    ("car_km_day", "km", 0),
    ("co2_t_year", "t", 1),
)
_FIXED = {"indicator", "group", "label", "label_nb", "unit", "direction", "best", "note"}


def _comparison(layer):
    """(alternative names, {indicator: (label, {name: value})}) of the comparison table."""
    if layer is None:
        return [], {}
    names = [f.name() for f in layer.fields()]
    alternatives = [n for n in names if n not in _FIXED and not n.startswith("rank_")]
    if "indicator" not in names:
        return [], {}
    rows = {}
    for values in table_rows(layer, ["indicator", "label", *alternatives]):
        rows[str(values[0])] = (str(values[1]), dict(zip(alternatives, values[2:])))
    return alternatives, rows


def _figures(layers):
    alternatives, rows = _comparison(layers.get("OUTPUT"))
    out = []
    for key, unit, decimals in _HEADLINE:
        if key not in rows:
            continue
        label, values = rows[key]
        out.append(
            (
                label,
                " / ".join(
                    format_value(as_number(values[a]), unit, decimals) for a in alternatives
                ),
            )
        )
    if out:
        out.insert(0, (tr("Alternatives"), " / ".join(alternatives)))
    return out


def _chart(layers):
    alternatives, rows = _comparison(layers.get("OUTPUT"))
    if "co2_t_year" not in rows:
        return None
    values = rows["co2_t_year"][1]
    return ChartData(
        tr("CO₂ per year from the new residents' car trips"),
        "t",
        alternatives,
        [as_number(values[a]) for a in alternatives],
    )


register(
    "scenariocompare",
    ResultSpec(
        styles={
            "OUTPUT_AREAS": StyleSpec("categories.qml", ("alternative",), mode="distinct"),
        },
        map_outputs=("OUTPUT_AREAS",),
        figures=_figures,
        chart=_chart,
    ),
)

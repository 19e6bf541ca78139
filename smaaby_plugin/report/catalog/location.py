"""Catalogue entry of smaaby:locationallocation: the chosen sites large and labelled with
their weight, the demand coloured by its site, and the key figures of the summary
(objective, coverage share, gap, solver status)."""

from __future__ import annotations

from qgis.core import QgsWkbTypes

from smaaby_plugin.report.catalog._spec import ResultSpec, register, tr
from smaaby_plugin.report.catalog._tables import as_number, sum_by, table_rows
from smaaby_plugin.report.chart import format_value
from smaaby_plugin.report.layout import ChartData
from smaaby_plugin.report.styles import StyleSpec

_SUMMARY = (
    "problem",
    "p",
    "objective",
    "coverage_share",
    "gap",
    "status",
    "cost_unit",
    "mean_cost",
    "max_cost",
)


def _summary(layers) -> dict:
    layer = layers.get("OUTPUT_SUMMARY")
    if layer is None:
        return {}
    names = [n for n in _SUMMARY if layer.fields().indexOf(n) >= 0]
    rows = table_rows(layer, names)
    return dict(zip(names, rows[0])) if rows else {}


def _unit(text) -> str:
    return {"minutes": "min", "metres": "m"}.get(str(text), "")


def _location_figures(layers):
    s = _summary(layers)
    rows = []
    if s:
        unit = _unit(s.get("cost_unit"))
        problem = str(s.get("problem", ""))
        objective_unit = unit if problem == "p-center" else ""
        rows += [
            (tr("Problem"), f"{problem}, P = {int(as_number(s.get('p')))}"),
            (tr("Objective"), format_value(as_number(s.get("objective")), objective_unit, 1)),
            (tr("Coverage share"), format_value(100 * as_number(s.get("coverage_share")), "%", 1)),
            (tr("Optimality gap"), format_value(100 * as_number(s.get("gap")), "%", 2)),
            (tr("Solver status"), str(s.get("status", ""))),
            (tr("Mean cost"), format_value(as_number(s.get("mean_cost")), unit, 1)),
            (tr("Largest cost"), format_value(as_number(s.get("max_cost")), unit, 1)),
        ]
    sites = layers.get("OUTPUT_FACILITIES")
    if sites is not None:
        for site, weight in table_rows(sites, ["facility_id", "weight"])[:8]:
            rows.append((str(site), format_value(as_number(weight), "", 0)))
    return rows


def _location_chart(layers):
    labels, values = sum_by(layers.get("OUTPUT_FACILITIES"), ["facility_id"], ["weight"])
    if not labels:
        return None
    return ChartData(tr("Weight served by each chosen site"), "", labels, values)


def _demand_style(_parameters, layer):
    """Demand coloured by its site: polygons (250 m cells) with the fill template, points
    (addresses) with the marker one; demand without a site gets the "-" category."""
    if layer is not None and layer.geometryType() == QgsWkbTypes.PolygonGeometry:
        return StyleSpec("categories.qml", ("facility_id",), mode="distinct")
    return StyleSpec("categories_points.qml", ("facility_id",), mode="distinct")


register(
    "locationallocation",
    ResultSpec(
        styles={
            "OUTPUT_FACILITIES": StyleSpec(
                "centres.qml",
                ("facility_id",),
                label="{0} || '\\n' || format_number({1}, 0)",
                label_fields=(("facility_id",), ("weight",)),
            ),
            "OUTPUT_DEMAND": _demand_style,
            "OUTPUT_LINES": StyleSpec("lines.qml"),
        },
        map_outputs=("OUTPUT_FACILITIES", "OUTPUT_LINES", "OUTPUT_DEMAND"),
        figures=_location_figures,
        chart=_location_chart,
    ),
)

"""Catalogue entries of public transport from GTFS (issue 14): transitservice (stops
classed by departures per hour, coverage per zone) and transittraveltime (travel-time
bands, per-zone comparison with the car). Key figures: kollektivdekning (share of the
population covered), the population-weighted median travel time and the ratio public
transport / car."""

from __future__ import annotations

import math

from smaaby_plugin.report.catalog._spec import ResultSpec, register, tr
from smaaby_plugin.report.catalog._tables import as_number, column_total, table_rows
from smaaby_plugin.report.chart import format_value
from smaaby_plugin.report.layout import ChartData
from smaaby_plugin.report.styles import StyleSpec, first_field


def _weighted_median(pairs):
    """Lower weighted median of (value, weight) pairs (NaN values count as the slowest)."""
    pairs = sorted(((math.inf if math.isnan(v) else v, w) for v, w in pairs if w > 0))
    total = sum(w for _, w in pairs)
    run = 0.0
    for value, weight in pairs:
        run += weight
        if run >= total / 2:
            return value
    return math.nan


def _service_figures(layers):
    stops = layers.get("OUTPUT_STOPS")
    cover = layers.get("OUTPUT_COVERAGE")
    rows = []
    if stops is not None:
        rows.append((tr("Stops"), format_value(stops.featureCount(), "", 0)))
        covering = [r[0] for r in table_rows(stops, ["covering"])]
        rows.append(
            (
                tr("Stops with the coverage service level"),
                format_value(sum(map(bool, covering)), "", 0),
            )
        )
        rows.append(
            (
                tr("Departures in the window"),
                format_value(column_total(stops, ["departures"]), "", 0),
            )
        )
    if cover is not None:
        people = column_total(cover, ["population"])
        covered = column_total(cover, ["covered"])
        share = covered / people if people > 0 else math.nan
        rows.append(
            (tr("Kollektivdekning (population covered)"), format_value(100 * share, "%", 1))
        )
        rows.append((tr("Population covered"), format_value(covered, "", 0)))
    return rows


def _service_chart(layers):
    stops = layers.get("OUTPUT_STOPS")
    if stops is None or first_field(stops, ["service_class"]) is None:
        return None
    counts: dict[str, int] = {}
    order: dict[str, float] = {}
    for label, per_hour in table_rows(stops, ["service_class", "departures_per_hour"]):
        counts[str(label)] = counts.get(str(label), 0) + 1
        order[str(label)] = min(order.get(str(label), math.inf), as_number(per_hour))
    labels = sorted(counts, key=lambda k: order[k])
    return ChartData(
        tr("Stops by departures per hour"), tr("stops"), labels, [counts[k] for k in labels]
    )


register(
    "transitservice",
    ResultSpec(
        styles={
            "OUTPUT_STOPS": StyleSpec(
                "graduated_points.qml", ("departures_per_hour",), mode="graduated"
            ),
            "OUTPUT_COVERAGE": StyleSpec(
                "graduated.qml",
                ("share",),
                mode="graduated",
                label="format_number({0} * 100, 0) || ' %'",
                label_fields=(("share",),),
            ),
        },
        map_outputs=("OUTPUT_STOPS", "OUTPUT_COVERAGE"),
        figures=_service_figures,
        chart=_service_chart,
    ),
)


def _travel_figures(layers):
    out = layers.get("OUTPUT")
    if out is None:
        return []
    rows = table_rows(out, ["pt_median", "population", "car_min", "share_within", "within_min"])
    pt = _weighted_median((as_number(m), as_number(p)) for m, p, *_ in rows)
    car = _weighted_median(
        (as_number(c), as_number(p)) for _, p, c, *_ in rows if not math.isnan(as_number(c))
    )
    people = sum(as_number(p) for _, p, *_ in rows)
    within = (
        sum(as_number(s) * as_number(p) for _, p, _, s, _ in rows) / people
        if people > 0
        else math.nan
    )
    t = next((as_number(r[4]) for r in rows), math.nan)
    figures = [
        (
            tr("Median travel time by public transport"),
            format_value(pt, "min", 0) if math.isfinite(pt) else "–",
        ),
        (tr("Share of departures within {:g} min").format(t), format_value(100 * within, "%", 1)),
    ]
    if math.isfinite(car) and car > 0:
        figures.append((tr("Median travel time by car"), format_value(car, "min", 0)))
        ratio = pt / car if math.isfinite(pt) else math.nan
        figures.append(
            (
                tr("Public transport / car"),
                format_value(ratio, "", 1) if math.isfinite(ratio) else "–",
            )
        )
    return figures


def _travel_chart(layers):
    bands = layers.get("OUTPUT_BANDS")
    if bands is None:
        return None
    rows = sorted(table_rows(bands, ["band_min", "population"]), key=lambda r: as_number(r[0]))
    if not rows:
        return None
    return ChartData(
        tr("Population within median travel time"),
        tr("inh."),
        [f"≤ {as_number(b):g} min" for b, _ in rows],
        [as_number(p) for _, p in rows],
    )


register(
    "transittraveltime",
    ResultSpec(
        styles={
            "OUTPUT": StyleSpec("graduated.qml", ("pt_median",), mode="graduated"),
            "OUTPUT_BANDS": StyleSpec("servicearea_bands.qml", ("band_min",), mode="bands"),
            "OUTPUT_ZONES": StyleSpec("graduated.qml", ("pt_car_ratio",), mode="graduated"),
        },
        map_outputs=("OUTPUT_BANDS", "OUTPUT"),
        figures=_travel_figures,
        chart=_travel_chart,
    ),
)

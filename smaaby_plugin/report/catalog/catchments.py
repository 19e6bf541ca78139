"""Catalogue entries of the catchment family (omland): preparenetwork, serviceareas,
catchmentallocation, huffcatchment, odmatrix, commutingshed and commutingregions."""

from __future__ import annotations

from smaaby_plugin.report.catalog._spec import (
    GRADUATED,
    ResultSpec,
    register,
    tr,
)
from smaaby_plugin.report.catalog._tables import (
    as_number,
    column_total,
    sum_by,
    table_rows,
)
from smaaby_plugin.report.chart import format_number, format_value
from smaaby_plugin.report.layout import ChartData
from smaaby_plugin.report.styles import StyleSpec, first_field


def _network_figures(layers):
    links = layers.get("OUTPUT")
    nodes = layers.get("OUTPUT_NODES")
    if links is None:
        return []
    length = column_total(links, ["length_m"])
    components = {r[0] for r in table_rows(links, ["component"])}
    rows = [
        (tr("Links"), format_value(links.featureCount(), "", 0)),
        (tr("Length"), format_value(length / 1000.0, "km", 1)),
        (tr("Connected components"), format_value(len(components), "", 0)),
    ]
    if nodes is not None:
        dangling = column_total(nodes, ["dangling"])
        rows.append((tr("Dangling ends"), format_value(dangling, "", 0)))
    return rows


def _network_chart(layers):
    labels, values = sum_by(layers.get("OUTPUT"), ["speed_kmh"], ["length_m"])
    if not labels:
        return None
    pairs = sorted(zip(labels, values), key=lambda p: as_number(p[0]))
    return ChartData(
        tr("Length by speed (km/h)"),
        "km",
        [f"{as_number(k):g} km/h" for k, _ in pairs],
        [v / 1000.0 for _, v in pairs],
    )


register(
    "preparenetwork",
    ResultSpec(
        styles={
            "OUTPUT": StyleSpec("cost_lines.qml", ("speed_kmh",), mode="graduated"),
            "OUTPUT_NODES": StyleSpec("points.qml"),
        },
        map_outputs=("OUTPUT",),
        figures=_network_figures,
        chart=_network_chart,
    ),
)

_BAND = ("threshold", "cost_threshold", "band", "cost")
_POP = ("population", "pop_reached", "pop", "expected_pop")
_CENTRE_ID = ("centre_id", "centre", "huff_centre", "nearest_centre")


def _band_unit(layer) -> str:
    name = first_field(layer, ["cost_unit"]) if layer is not None else None
    values = {str(r[0]) for r in table_rows(layer, [name])} if name else set()
    unit = next(iter(values), "")
    return {"minutes": "min", "metres": "m", "meters": "m"}.get(unit, unit)


def _threshold_text(value, unit: str) -> str:
    number = as_number(value)
    decimals = 0 if float(number).is_integer() else 1
    return f"≤ {format_number(number, decimals)} {unit}".strip()


def _service_rows(layer):
    """(centre, threshold, population) of the service-area polygons, by centre and
    threshold; a dissolved run has one "centre" for all."""
    centre = first_field(layer, _CENTRE_ID) if layer is not None else None
    band = first_field(layer, _BAND) if layer is not None else None
    people = first_field(layer, _POP) if layer is not None else None
    if band is None or people is None:
        return []
    rows = table_rows(layer, [centre or band, band, people])
    return sorted(
        ((str(c) if centre else "", as_number(t), as_number(p)) for c, t, p in rows),
        key=lambda r: (r[0], r[1]),
    )


def _serviceareas_figures(layers):
    """One row per centre: the population within each threshold ("1 947 / 2 642 / 14 399")."""
    layer = layers.get("OUTPUT_POLYGONS")
    unit = _band_unit(layer)
    rows = _service_rows(layer)
    if not rows:
        return []
    thresholds = sorted({t for _, t, _ in rows})
    by_centre: dict[str, dict[float, float]] = {}
    for centre, threshold, people in rows:
        by_centre.setdefault(centre, {})[threshold] = people
    limits = " / ".join(format_number(t, 0 if float(t).is_integer() else 1) for t in thresholds)
    out = [(tr("Population within {} {}").format(limits, unit).strip(), "")]
    for centre, values in by_centre.items():
        out.append(
            (
                centre or tr("All centres"),
                " / ".join(format_value(values.get(t), "", 0) for t in thresholds),
            )
        )
    return out[:14]


def _serviceareas_chart(layers):
    layer = layers.get("OUTPUT_POLYGONS")
    unit = _band_unit(layer)
    rows = _service_rows(layer)
    if not rows:
        return None
    centres = sorted({r[0] for r in rows})
    if len(centres) == 1:
        return ChartData(
            tr("Population reached"),
            tr("inh."),
            [_threshold_text(t, unit) for _, t, _ in rows],
            [p for *_, p in rows],
        )
    # areas of several centres overlap: compare the centres at the largest threshold
    largest = max(r[1] for r in rows)
    chosen = sorted(((c, p) for c, t, p in rows if t == largest), key=lambda r: -r[1])
    return ChartData(
        tr("Population reached {} from each centre").format(_threshold_text(largest, unit)),
        tr("inh."),
        [c for c, _ in chosen][:15],
        [p for _, p in chosen][:15],
    )


register(
    "serviceareas",
    ResultSpec(
        styles={
            "OUTPUT_POLYGONS": StyleSpec("servicearea_bands.qml", _BAND, mode="bands"),
            "OUTPUT_LINES": StyleSpec(
                "cost_lines.qml", ("threshold", "cost_max", "cost"), mode="bands"
            ),
        },
        map_outputs=("OUTPUT_POLYGONS",),
        figures=_serviceareas_figures,
        chart=_serviceareas_chart,
    ),
)


def _population_by_centre(layer, title):
    labels, values = sum_by(layer, _CENTRE_ID, _POP)
    if not labels:
        return None, []
    rows = [(str(k), format_value(v, "", 0)) for k, v in zip(labels, values)]
    return ChartData(title, tr("inh."), labels, values), rows


_CATCHMENT_STYLE = StyleSpec(
    "catchments.qml",
    _CENTRE_ID,
    mode="distinct",
    label="{0} || '\\n' || format_number({1}, 0)",
    label_fields=(_CENTRE_ID, _POP),
)

register(
    "catchmentallocation",
    ResultSpec(
        styles={
            "OUTPUT_CATCHMENTS": _CATCHMENT_STYLE,
            "OUTPUT_DEMAND": StyleSpec("categories.qml", _CENTRE_ID, mode="distinct"),
        },
        map_outputs=("OUTPUT_CATCHMENTS",),
        figures=lambda layers: _population_by_centre(layers.get("OUTPUT_CATCHMENTS"), "")[1],
        chart=lambda layers: _population_by_centre(
            layers.get("OUTPUT_CATCHMENTS"), tr("Population by catchment")
        )[0],
    ),
)

register(
    "huffcatchment",
    ResultSpec(
        styles={
            "OUTPUT_DEMAND": StyleSpec("categories.qml", ("huff_centre",), mode="distinct"),
            "OUTPUT_CENTRES": StyleSpec(
                "centres.qml",
                ("centre_id",),
                label="{0} || '\\n' || format_number({1}, 0)",
                label_fields=(("centre_id",), ("expected_pop",)),
            ),
        },
        map_outputs=("OUTPUT_CENTRES", "OUTPUT_DEMAND"),
        figures=lambda layers: _population_by_centre(layers.get("OUTPUT_CENTRES"), "")[1],
        chart=lambda layers: _population_by_centre(
            layers.get("OUTPUT_CENTRES"), tr("Expected population by centre")
        )[0],
    ),
)

register(
    "odmatrix",
    ResultSpec(
        styles={
            "OUTPUT": StyleSpec("cost_lines.qml", ("cost", "cost_m", "cost_min"), mode="graduated")
        }
    ),
)


def _shed_figures(layers):
    shed = layers.get("OUTPUT_SHED")
    rows = []
    for name, n, employed, to_centre, share in (
        table_rows(shed, ["centre_name", "n_areas", "employed", "to_centre", "share"])
        if shed
        else []
    ):
        rows += [
            (tr("Commuting shed of {}").format(name), format_value(n, tr("areas"), 0)),
            (tr("Employed residents in the shed"), format_value(employed, "", 0)),
            (tr("of whom work in the centre"), format_value(to_centre, "", 0)),
            (tr("Share"), format_value(100 * as_number(share), "%", 1)),
        ]
    return rows


def _shed_chart(layers):
    labels, values = sum_by(layers.get("OUTPUT"), ["area_name", "area_id"], ["share"])
    if not labels:
        return None
    return ChartData(
        tr("Share of employed residents working in the centre"),
        "%",
        labels,
        [100 * v for v in values],
    )


register(
    "commutingshed",
    ResultSpec(
        styles={
            "OUTPUT": StyleSpec(
                GRADUATED,
                ("share",),
                mode="graduated",
                label="{0}",
                label_fields=(("area_name", "area_id"),),
            ),
            "OUTPUT_SHED": StyleSpec("outline.qml"),
        },
        map_outputs=("OUTPUT_SHED", "OUTPUT"),
        # the shed and its centre, not every area the flows name (all of Norway)
        frame=lambda layers: [
            (layers.get("OUTPUT_SHED"), None),
            (layers.get("OUTPUT"), '"in_shed" = 1 OR "is_centre" = 1'),
        ],
        figures=_shed_figures,
        chart=_shed_chart,
    ),
)


def _regions_figures(layers):
    regions = layers.get("OUTPUT")
    rows = []
    for name, residents, containment in (
        table_rows(regions, ["region_name", "residents", "self_containment"])[:10]
        if regions
        else []
    ):
        share = format_value(100 * as_number(containment), "%", 0)
        rows.append((str(name), f"{format_value(residents, '', 0)} ({share})"))
    return rows


def _regions_chart(layers):
    labels, values = sum_by(layers.get("OUTPUT"), ["region_name", "region_id"], ["residents"])
    if not labels:
        return None
    return ChartData(tr("Employed residents by region"), "", labels, values)


register(
    "commutingregions",
    ResultSpec(
        styles={
            "OUTPUT": StyleSpec(
                "catchments.qml",
                ("region_id",),
                mode="distinct",
                label="{0}",
                label_fields=(("region_name", "region_id"),),
            )
        },
        map_outputs=("OUTPUT",),
        figures=_regions_figures,
        chart=_regions_chart,
    ),
)

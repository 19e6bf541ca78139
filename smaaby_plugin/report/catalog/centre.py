"""Catalogue entries of the centre and compactness family: settlements, centrezones,
centreindicators and shapecompactness."""

from __future__ import annotations

import math

from qgis.PyQt.QtCore import QVariant

from smaaby_plugin.core.centre.shape_compactness import INDICES
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
from smaaby_plugin.report.chart import format_value
from smaaby_plugin.report.layout import ChartData
from smaaby_plugin.report.styles import StyleSpec, first_field


def _settlement_figures(layers):
    out = layers.get("OUTPUT")
    if out is None:
        return []
    residents = column_total(out, ["residents"])
    return [
        (tr("Settlements"), format_value(out.featureCount(), "", 0)),
        (tr("Residents in settlements"), format_value(residents, "", 0)),
        (tr("Area"), format_value(column_total(out, ["area_daa"]), "daa")),
    ]


def _settlement_chart(layers):
    labels, values = sum_by(layers.get("OUTPUT"), ["settlement_id"], ["residents"])
    if not labels:
        return None
    return ChartData(tr("Residents by settlement"), "", [str(k) for k in labels], values)


register(
    "settlements",
    ResultSpec(
        styles={
            "OUTPUT": StyleSpec("zones.qml", label="{0}", label_fields=(("residents",),)),
            "OUTPUT_POINTS": StyleSpec("points.qml"),
        },
        map_outputs=("OUTPUT",),
        figures=_settlement_figures,
        chart=_settlement_chart,
    ),
)


def _centrezone_figures(layers):
    out = layers.get("OUTPUT")
    if out is None:
        return []
    return [
        (tr("Centre zones"), format_value(out.featureCount(), "", 0)),
        (
            tr("Employees in centre zones"),
            format_value(column_total(out, ["employees"]), "", 0),
        ),
        (
            tr("Businesses in centre zones"),
            format_value(column_total(out, ["businesses"]), "", 0),
        ),
        (tr("Area"), format_value(column_total(out, ["area_daa"]), "daa")),
    ]


def _centrezone_chart(layers):
    labels, values = sum_by(layers.get("OUTPUT"), ["zone_id"], ["employees"])
    if not labels:
        return None
    return ChartData(tr("Employees by centre zone"), "", [str(k) for k in labels], values)


register(
    "centrezones",
    ResultSpec(
        styles={"OUTPUT": StyleSpec("zones.qml", label="{0}", label_fields=(("employees",),))},
        map_outputs=("OUTPUT",),
        figures=_centrezone_figures,
        chart=_centrezone_chart,
    ),
)


def _indicator_figures(layers):
    table = layers.get("OUTPUT_TABLE")
    if table is None or table.featureCount() == 0:
        return []
    names = [f.name() for f in table.fields()]
    row = dict(zip(names, table_rows(table, names)[0]))
    rows = [
        (tr("Town"), str(row.get("town"))),
        (tr("Population"), format_value(row.get("population"), "", 0)),
        (tr("Density"), format_value(row.get("density_km2"), tr("inh./km²"), 0)),
    ]
    for name in names:
        if name.startswith("pct_within_"):
            metres = name[len("pct_within_") : -1]
            rows.append(
                (
                    tr("Within {} m of the centre").format(metres),
                    format_value(row[name], "%", 1),
                )
            )
    rows += [
        (
            tr("Mean distance to the centre"),
            format_value(row.get("mean_dist_m"), "m", 0),
        ),
        (tr("Proximity index"), format_value(row.get("proximity"), "", 2)),
    ]
    if table.featureCount() > 1:
        rows.append((tr("Towns in the table"), format_value(table.featureCount(), "", 0)))
    return rows


def _indicator_chart(layers):
    rings = layers.get("OUTPUT_RINGS")
    if rings is None or rings.featureCount() == 0:
        return None
    rows = table_rows(rings, ["town", "r_inner_m", "r_outer_m", "density_km2"])
    first = rows[0][0]
    rows = sorted((r for r in rows if r[0] == first), key=lambda r: as_number(r[1]))
    return ChartData(
        tr("Density by distance from the centre: {}").format(first),
        tr("inh./km²"),
        [f"{as_number(r[1]):g}–{as_number(r[2]):g} m" for r in rows],
        [as_number(r[3]) for r in rows],
    )


register(
    "centreindicators",
    ResultSpec(
        styles={"OUTPUT_RINGS": StyleSpec("density.qml", ("density_km2",), mode="graduated")},
        map_outputs=("OUTPUT_RINGS",),
        figures=_indicator_figures,
        chart=_indicator_chart,
    ),
)

# the index fields of shapecompactness, then those of other results (settlements, zones)
_INDICES = (*INDICES, "ipq", "compactness")
_NOT_NAMES = {"fid", "src_fid", "id", "objid", "lokalid", "gml_id", "uuid"}


def _index_field(layer):
    return first_field(layer, _INDICES) if layer is not None else None


def _name_field(layer):
    """A text field that names the features (kommunenavn, name, ...): never an id."""
    texts = [
        f.name()
        for f in layer.fields()
        if f.type() == QVariant.String and f.name().lower() not in _NOT_NAMES
    ]
    preferred = [n for n in texts if any(k in n.lower() for k in ("navn", "name"))]
    return (preferred or texts or [None])[0]


def _index_values(layer):
    """(name or None, value) of each feature with a value of the first index, largest
    first."""
    index = _index_field(layer)
    if index is None:
        return None, []
    name = _name_field(layer)
    rows = [
        (n, as_number(v))
        for n, v in table_rows(layer, [name, index])
        if not math.isnan(as_number(v))
    ]
    return index, sorted(rows, key=lambda r: -r[1])


def _compactness_figures(layers):
    layer = layers.get("OUTPUT")
    index, rows = _index_values(layer)
    if not rows:
        return []
    values = sorted(v for _, v in rows)
    middle = len(values) // 2
    median = values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
    out = [
        (tr("Shapes measured"), format_value(len(rows), "", 0)),
        (tr("Index"), index),
        (tr("Mean"), format_value(sum(values) / len(values), "", 3)),
        (tr("Median"), format_value(median, "", 3)),
    ]
    most, least = rows[0], rows[-1]
    out.append((tr("Most compact"), f"{most[0] or '–'} ({format_value(most[1], '', 3)})"))
    out.append((tr("Least compact"), f"{least[0] or '–'} ({format_value(least[1], '', 3)})"))
    for other in _INDICES:
        name = first_field(layer, [other])
        if name is None or name == index or len(out) >= 10:
            continue
        numbers = [as_number(v) for (v,) in table_rows(layer, [name])]
        numbers = [v for v in numbers if not math.isnan(v)]
        if numbers:
            out.append(
                (tr("Mean {}").format(name), format_value(sum(numbers) / len(numbers), "", 3))
            )
    return out


def _compactness_chart(layers):
    """The index by name: all shapes when they fit, else the 7 most and 7 least compact;
    without a name field, the distribution of the index in tenths."""
    layer = layers.get("OUTPUT")
    index, rows = _index_values(layer)
    if not rows:
        return None
    named = all(n not in (None, "") for n, _ in rows)
    if named:
        chosen = rows if len(rows) <= 15 else rows[:7] + [("…", math.nan)] + rows[-7:]
        title = (
            tr("{}: every shape").format(index)
            if len(rows) <= 15
            else tr("{}: the 7 most and the 7 least compact of {}").format(index, len(rows))
        )
        return ChartData(title, "", [str(n) for n, _ in chosen], [v for _, v in chosen])
    top = max(1.0, max(v for _, v in rows))
    step = top / 10.0
    counts = [0] * 10
    for _, v in rows:
        counts[min(int(v / step), 9)] += 1
    labels = [
        f"{format_value(i * step, '', 1)}–{format_value((i + 1) * step, '', 1)}" for i in range(10)
    ]
    return ChartData(tr("Distribution of {} (number of shapes)").format(index), "", labels, counts)


register(
    "shapecompactness",
    ResultSpec(
        styles={
            "OUTPUT": StyleSpec(
                GRADUATED,
                _INDICES,
                mode="graduated",
            )
        },
        map_outputs=("OUTPUT",),
        figures=_compactness_figures,
        chart=_compactness_chart,
    ),
)

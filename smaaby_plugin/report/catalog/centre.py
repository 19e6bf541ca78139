"""Catalogue entries of the centre and compactness family: settlements, centrezones,
centreindicators and shapecompactness."""

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
from smaaby_plugin.report.chart import format_value
from smaaby_plugin.report.layout import ChartData
from smaaby_plugin.report.styles import StyleSpec


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

register(
    "shapecompactness",
    ResultSpec(
        styles={
            "OUTPUT": StyleSpec(
                GRADUATED,
                (
                    "polsby_popper",
                    "ipq",
                    "compactness",
                    "reock",
                    "convex_hull",
                    "schwartzberg",
                ),
                mode="graduated",
            )
        },
        map_outputs=("OUTPUT",),
    ),
)

"""Catalogue entries of the region algorithms (issue 12): serviceaccess, accessibility and
centrality: graduated styles for costs and index values, key figures (the share within
30 minutes per service, each zone's index and class or 1994 code) and a chart."""

from __future__ import annotations

from qgis.core import QgsWkbTypes

from smaaby_plugin.report.catalog._spec import GRADUATED, ResultSpec, register, tr
from smaaby_plugin.report.catalog._tables import as_number, table_rows
from smaaby_plugin.report.chart import format_value
from smaaby_plugin.report.layout import ChartData
from smaaby_plugin.report.styles import StyleSpec, first_field

GRADUATED_POINTS = "graduated_points.qml"
#: The threshold the layout's key figures show (minutes).
KEY_MINUTES = 30


def _first_prefixed(layer, prefix: str) -> str | None:
    if layer is None:
        return None
    names = sorted(f.name() for f in layer.fields() if f.name().startswith(prefix))
    return names[0] if names else None


def _template(layer) -> str:
    """Graduated fill for cells and zones, graduated markers for address points."""
    points = layer is not None and layer.geometryType() == QgsWkbTypes.PointGeometry
    return GRADUATED_POINTS if points else GRADUATED


def _graduated_on(prefix: str, fallback: tuple[str, ...] = ()):
    """A graduated style on the first field starting with ``prefix`` (min_gp, access_all)."""

    def choose(_parameters, layer):
        name = _first_prefixed(layer, prefix)
        return StyleSpec(_template(layer), (name,) if name else fallback, mode="graduated")

    return choose


def _graduated(fields: tuple[str, ...], **kw):
    def choose(_parameters, layer):
        return StyleSpec(_template(layer), fields, mode="graduated", **kw)

    return choose


def _within_key(layer) -> str | None:
    """within_30 where the run has it, else the summary's middle threshold."""
    if layer is None:
        return None
    names = [f.name() for f in layer.fields() if f.name().startswith("within_")]
    if f"within_{KEY_MINUTES}" in names:
        return f"within_{KEY_MINUTES}"
    return names[len(names) // 2] if names else None


def _service_rows(layers):
    """(kind, share within the key threshold, threshold text) for all origins."""
    summary = layers.get("OUTPUT_SUMMARY")
    key = _within_key(summary)
    if key is None:
        return [], ""
    rows = table_rows(summary, ["zone_id", "kind", key])
    out = [(str(k), as_number(v)) for z, k, v in rows if str(z) == "(all)"]
    return out, key.removeprefix("within_").replace("_", ",")


def _service_figures(layers):
    rows, limit = _service_rows(layers)
    if not rows:
        return []
    head = [(tr("Share of inhabitants within {} min").format(limit), "")]
    return head + [(kind, format_value(100 * share, "%", 0)) for kind, share in rows][:13]


def _service_chart(layers):
    rows, limit = _service_rows(layers)
    if not rows:
        return None
    return ChartData(
        tr("Share within {} min").format(limit),
        "%",
        [k for k, _ in rows],
        [100 * v for _, v in rows],
    )


register(
    "serviceaccess",
    ResultSpec(
        styles={"OUTPUT": _graduated_on("min_", ("min_all",))},
        map_outputs=("OUTPUT",),
        figures=_service_figures,
        chart=_service_chart,
    ),
)


def _access_figures(layers):
    summary = layers.get("OUTPUT_SUMMARY")
    rows = table_rows(summary, ["zone_id", "kind", "mean_within"]) if summary else []
    out = [(tr("Mean opportunities within the cut-off"), "")]
    out += [(f"{z} {k}", format_value(as_number(v), "", 0)) for z, k, v in rows]
    return out[:14] if len(out) > 1 else []


register(
    "accessibility",
    ResultSpec(
        styles={"OUTPUT": _graduated_on("access_", ("access_all",))},
        map_outputs=("OUTPUT",),
        figures=_access_figures,
    ),
)


def _zone_rows(layers):
    zones = layers.get("OUTPUT_ZONES")
    if zones is None:
        return [], ""
    if first_field(zones, ["index"]):
        return table_rows(zones, ["zone_id", "index", "class"]), "index"
    return table_rows(zones, ["zone_id", "code_1994"]), "code"


def _centrality_figures(layers):
    rows, kind = _zone_rows(layers)
    if kind == "index":
        head = [(tr("Centrality index (0-1000) and class"), "")]
        body = [
            (str(z), f"{format_value(as_number(i), '', 0)} ({tr('class')} {c})") for z, i, c in rows
        ]
    elif kind == "code":
        head = [(tr("Centrality code (SSB 1994)"), "")]
        body = [(str(z), format_value(as_number(c), "", 0)) for z, c in rows]
    else:
        return []
    return head + body[:13]


def _centrality_chart(layers):
    rows, kind = _zone_rows(layers)
    if kind != "index" or not rows:
        return None
    return ChartData(
        tr("Centrality index by zone"),
        "",
        [str(r[0]) for r in rows],
        [as_number(r[1]) for r in rows],
    )


register(
    "centrality",
    ResultSpec(
        styles={
            "OUTPUT": _graduated(("index", "code_1994")),
            "OUTPUT_ZONES": _graduated(
                ("index", "code_1994"), label="{0}", label_fields=(("zone_id",),)
            ),
        },
        map_outputs=("OUTPUT_ZONES", "OUTPUT"),
        figures=_centrality_figures,
        chart=_centrality_chart,
    ),
)

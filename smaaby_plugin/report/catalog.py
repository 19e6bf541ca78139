"""What each Småby algorithm's results look like on a map and in a report.

For every algorithm id a :class:`ResultSpec` says how each output layer is styled,
which outputs the layout map shows, and how the key figures and the chart are read
from the result layers. The dock (styling, "Create layout") and
``smaaby:townprofile`` use it. Outputs without an entry keep QGIS's default style; an
algorithm without an entry still gets a layout with generic key figures (feature
counts and the totals of its table's numeric fields).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from smaaby_plugin.report.chart import format_number
from smaaby_plugin.report.layout import ChartData
from smaaby_plugin.report.styles import StyleSpec, first_field

__all__ = ["ResultSpec", "result_spec", "key_figures", "chart_data", "map_layers",
           "AR5", "SOSI", "table_rows"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SmaabyCatalog", text)


# -- shared style specs -----------------------------------------------------------------
AR5 = StyleSpec("ar5_arealtype.qml", ("arealtype", "ar5", "artype", "landcover", "class_code",
                                      "code", "class"))
SOSI = StyleSpec("sosi_arealformal.qml", ("arealformal", "purpose", "new_code", "code"))
GRADUATED = "graduated.qml"


@dataclass(frozen=True)
class ResultSpec:
    """How one algorithm's outputs are shown.

    Attributes
    ----------
    styles : dict
        Output name -> :class:`StyleSpec`, or a callable ``(parameters) -> StyleSpec``
        where the style depends on the run (e.g. the code list chosen).
    map_outputs : tuple of str
        Outputs drawn on the layout map, top first.
    figures : callable, optional
        ``(layers by output name) -> [(label, value text), ...]``.
    chart : callable, optional
        ``(layers by output name) -> ChartData or None``.
    """

    styles: dict = field(default_factory=dict)
    map_outputs: tuple[str, ...] = ()
    figures: Callable | None = None
    chart: Callable | None = None

    def style_for(self, output: str, parameters: dict | None = None) -> StyleSpec | None:
        spec = self.styles.get(output)
        if callable(spec) and not isinstance(spec, StyleSpec):
            return spec(parameters or {})
        return spec


# -- reading result layers (small tables: attribute reads, no geometry work) -----------
def table_rows(layer: QgsVectorLayer, names: list[str]) -> list[list]:
    """The values of ``names`` (None where absent or NULL), one list per feature."""
    index = [layer.fields().indexOf(n) if n else -1 for n in names]
    rows = []
    for feature in layer.getFeatures():
        attributes = feature.attributes()
        row = []
        for i in index:
            value = attributes[i] if i >= 0 else None
            if isinstance(value, QVariant) and value.isNull():
                value = None
            row.append(value)
        rows.append(row)
    return rows


def _number(value) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number


def _numeric_fields(layer: QgsVectorLayer) -> list[str]:
    return [f.name() for f in layer.fields() if f.isNumeric()
            and f.name().lower() not in {"fid", "id", "code", "year"}]


def sum_by(layer: QgsVectorLayer | None, label_candidates, value_candidates,
           top: int = 15) -> tuple[list[str], list[float]]:
    """Sum of a value field grouped by a label field, largest first (at most ``top``)."""
    if layer is None:
        return [], []
    label = first_field(layer, label_candidates)
    value = first_field(layer, value_candidates)
    if label is None or value is None:
        return [], []
    totals: dict[str, float] = {}
    for key, amount in table_rows(layer, [label, value]):
        amount = _number(amount)
        if math.isnan(amount):
            continue
        key = "–" if key is None else str(key)
        totals[key] = totals.get(key, 0.0) + amount
    ordered = sorted(totals.items(), key=lambda kv: -abs(kv[1]))[:top]
    return [k for k, _ in ordered], [v for _, v in ordered]


def column_total(layer: QgsVectorLayer | None, candidates) -> float:
    if layer is None:
        return math.nan
    name = first_field(layer, candidates)
    if name is None:
        return math.nan
    values = [_number(v) for (v,) in table_rows(layer, [name])]
    values = [v for v in values if not math.isnan(v)]
    return sum(values) if values else math.nan


def generic_figures(layers: dict) -> list[tuple[str, str]]:
    """Feature counts of every output and totals of the first table's numeric fields."""
    rows = [(layer.name(), _tr("{} features").format(layer.featureCount()))
            for layer in layers.values() if isinstance(layer, QgsVectorLayer)]
    table = next((lyr for lyr in layers.values()
                  if isinstance(lyr, QgsVectorLayer) and not lyr.isSpatial()), None)
    if table is not None:
        for name in _numeric_fields(table)[:6]:
            rows.append((_tr("Total {}").format(name),
                         format_number(column_total(table, [name]))))
    return rows


def generic_chart(layers: dict) -> ChartData | None:
    """Bars of the first numeric field by the first text field of a result table."""
    for layer in layers.values():
        if not isinstance(layer, QgsVectorLayer):
            continue
        texts = [f.name() for f in layer.fields() if f.type() == QVariant.String]
        numbers = _numeric_fields(layer)
        if texts and numbers:
            labels, values = sum_by(layer, [texts[0]], [numbers[0]])
            if labels:
                return ChartData(numbers[0], "", labels, values)
    return None


# -- the catalogue ------------------------------------------------------------------------
_SPECS: dict[str, ResultSpec] = {}


def register(alg_id: str, spec: ResultSpec) -> None:
    _SPECS[alg_id.split(":")[-1]] = spec


def result_spec(alg_id: str) -> ResultSpec | None:
    """The spec of ``smaaby:<id>`` (or ``<id>``); None for an algorithm not described."""
    return _SPECS.get(alg_id.split(":")[-1])


def map_layers(alg_id: str, layers: dict) -> list:
    """The layers a layout map shows for a run, top first (all spatial ones by default)."""
    spec = result_spec(alg_id)
    wanted = spec.map_outputs if spec is not None and spec.map_outputs else ()
    chosen = [layers[name] for name in wanted if name in layers]
    if not chosen:
        chosen = [layer for layer in layers.values() if layer.isSpatial()]
    return chosen


def key_figures(alg_id: str, layers: dict) -> list[tuple[str, str]]:
    spec = result_spec(alg_id)
    if spec is not None and spec.figures is not None:
        rows = spec.figures(layers)
        if rows:
            return rows
    return generic_figures(layers)


def chart_data(alg_id: str, layers: dict) -> ChartData | None:
    spec = result_spec(alg_id)
    if spec is not None and spec.chart is not None:
        chart = spec.chart(layers)
        if chart is not None:
            return chart
    return generic_chart(layers)


# Land use --------------------------------------------------------------------------------
def _landconsumption_figures(layers):
    zones = layers.get("OUTPUT")
    if zones is None:
        return []
    names = ["zone", "lcrpgr", "lcrpgr_note"]
    rows = []
    for zone, ratio, note in table_rows(zones, names)[:8]:
        text = format_number(_number(ratio), 2) if ratio is not None else (note or "–")
        rows.append((_tr("LCRPGR {}").format(zone), text))
    return rows


def _landconsumption_chart(layers):
    zones = layers.get("OUTPUT")
    labels, values = sum_by(zones, ["zone"], ["lcrpgr"])
    if not labels:
        return None
    return ChartData(_tr("Land consumption / population growth (LCRPGR)"), "", labels, values)


register("landconsumption", ResultSpec(
    styles={"OUTPUT": StyleSpec(GRADUATED, ("lcrpgr",), mode="graduated", classes=5,
                                label="{0}", label_fields=(("zone",),))},
    map_outputs=("OUTPUT",),
    figures=_landconsumption_figures,
    chart=_landconsumption_chart,
))

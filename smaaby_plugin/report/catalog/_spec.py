"""What a catalogue entry is, the registry of entries, and the fallbacks.

A :class:`ResultSpec` says for one algorithm how its output layers are styled, which
outputs a layout map shows, and how its key figures and chart are read from the result
layers. The family modules (``landuse``, ``catchments``, ``centre``, ``data``)
:func:`register` theirs; :func:`result_spec`, :func:`map_layers`, :func:`key_figures` and
:func:`chart_data` look them up, with generic figures and a generic chart for an
algorithm without an entry.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from smaaby_plugin.report.catalog._tables import (
    as_number,
    column_total,
    numeric_fields,
    sum_by,
    table_rows,
)
from smaaby_plugin.report.chart import format_number
from smaaby_plugin.report.layout import ChartData
from smaaby_plugin.report.styles import StyleSpec, first_field

__all__ = [
    "tr",
    "AR5",
    "SOSI",
    "GRADUATED",
    "ResultSpec",
    "register",
    "result_spec",
    "map_layers",
    "key_figures",
    "chart_data",
    "generic_figures",
    "generic_chart",
    "class_style",
    "frame_features",
]


def tr(text: str) -> str:
    """The catalogue's texts, one translation context for every family module."""
    return QCoreApplication.translate("SmaabyCatalog", text)


# -- shared style specs -----------------------------------------------------------------
AR5 = StyleSpec(
    "ar5_arealtype.qml",
    ("arealtype", "ar5", "artype", "landcover", "class_code", "code", "class"),
)
SOSI = StyleSpec("sosi_arealformal.qml", ("arealformal", "purpose", "new_code", "code"))
GRADUATED = "graduated.qml"
_AR5_CODES = {11, 12, 21, 22, 23, 30, 50, 60, 70, 81, 82, 99}


@dataclass(frozen=True)
class ResultSpec:
    """How one algorithm's outputs are shown.

    Attributes
    ----------
    styles : dict
        Output name -> :class:`StyleSpec`, or a callable ``(parameters, layer) ->
        StyleSpec`` where the style depends on the run or the data.
    map_outputs : tuple of str
        Outputs drawn on the layout map, top first.
    figures : callable, optional
        ``(layers by output name) -> [(label, value text), ...]``.
    chart : callable, optional
        ``(layers by output name) -> ChartData or None``.
    frame : callable, optional
        ``(layers by output name) -> [(layer, filter expression or None), ...]``: the
        features the layout map is framed on (default: all of the map's layers), e.g.
        the commuting shed and its centre rather than every area of the country.
    zones : tuple, optional
        ``(zones parameter, zone id field parameter, covered)`` for a result that is a
        table about zones of an input layer: ``covered(layers)`` gives the ids of the
        zones the run covered, which the layout maps (a copy of those zones of the
        input) and frames on.
    """

    styles: dict = field(default_factory=dict)
    map_outputs: tuple[str, ...] = ()
    figures: Callable | None = None
    chart: Callable | None = None
    frame: Callable | None = None
    zones: tuple | None = None

    def style_for(
        self,
        output: str,
        parameters: dict | None = None,
        layer: QgsVectorLayer | None = None,
    ) -> StyleSpec | None:
        """The style of an output; a callable entry decides from the run's parameters
        and the layer itself (e.g. AR5 or SOSI colours after the codes present)."""
        spec = self.styles.get(output)
        if callable(spec) and not isinstance(spec, StyleSpec):
            return spec(parameters or {}, layer)
        return spec


def _codes(layer, candidates) -> list[int]:
    name = first_field(layer, candidates) if layer is not None else None
    if name is None:
        return []
    values = []
    for (value,) in table_rows(layer, [name]):
        number = as_number(value)
        if not math.isnan(number):
            values.append(int(number))
    return values


def class_style(fields: tuple[str, ...]):
    """AR5 colours for AR5 codes, SOSI colours for four-digit purposes, else distinct."""

    def choose(_parameters, layer):
        codes = set(_codes(layer, fields))
        texts = [f for f in fields if layer is not None and first_field(layer, [f])]
        if not codes and len(texts) > 1:  # text classes: the code field is empty
            return StyleSpec("categories.qml", tuple(texts[1:]), mode="distinct")
        if codes and codes <= _AR5_CODES:
            return StyleSpec(AR5.qml, fields)
        if codes and min(codes) >= 100 and max(codes) >= 1000:
            return StyleSpec(SOSI.qml, fields)
        return StyleSpec(
            "categories.qml", fields, mode="distinct", relabel=lambda: _class_names(layer, fields)
        )

    return choose


def _class_names(layer, fields) -> dict:
    """``{code: "code name"}`` from a result's label field, for a legend of codes."""
    from smaaby_plugin.report.catalog._tables import label_field

    code = first_field(layer, fields) if layer is not None else None
    name = first_field(layer, [label_field(), "label_en", "label_nb"]) if code else None
    if name is None:
        return {}
    names = {}
    for value, text in table_rows(layer, [code, name]):
        if value is not None and text and str(value) not in names:
            names[str(value)] = f"{value} {text}"
    return names


# -- fallbacks for an algorithm without an entry --------------------------------------------
def generic_figures(layers: dict) -> list[tuple[str, str]]:
    """Feature counts of every output and totals of the first table's numeric fields."""
    rows = [
        (layer.name(), tr("{} features").format(layer.featureCount()))
        for layer in layers.values()
        if isinstance(layer, QgsVectorLayer)
    ]
    table = next(
        (lyr for lyr in layers.values() if isinstance(lyr, QgsVectorLayer) and not lyr.isSpatial()),
        None,
    )
    if table is not None:
        for name in numeric_fields(table)[:6]:
            rows.append(
                (
                    tr("Total {}").format(name),
                    format_number(column_total(table, [name])),
                )
            )
    return rows


def generic_chart(layers: dict) -> ChartData | None:
    """Bars of the first numeric field by the first text field of a result table."""
    for layer in layers.values():
        if not isinstance(layer, QgsVectorLayer):
            continue
        texts = [f.name() for f in layer.fields() if f.type() == QVariant.String]
        numbers = numeric_fields(layer)
        if texts and numbers:
            labels, values = sum_by(layer, [texts[0]], [numbers[0]])
            if labels:
                return ChartData(numbers[0], "", labels, values)
    return None


# -- the registry ---------------------------------------------------------------------------
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


def frame_features(alg_id: str, layers: dict) -> list:
    """``[(layer, expression or None), ...]`` to frame a run's map on; empty: the map's
    layers as a whole."""
    spec = result_spec(alg_id)
    if spec is None or spec.frame is None:
        return []
    return [(layer, expression) for layer, expression in spec.frame(layers) if layer is not None]


def key_figures(alg_id: str, layers: dict) -> list[tuple[str, str]]:
    spec = result_spec(alg_id)
    if spec is not None and spec.figures is not None:
        rows = spec.figures(layers)
        if rows:
            return rows
    return generic_figures(layers)


def chart_data(alg_id: str, layers: dict) -> ChartData | None:
    """The chart of a run (None: nothing worth a chart, e.g. an empty plan reserve)."""
    spec = result_spec(alg_id)
    if spec is not None and spec.chart is not None:
        return spec.chart(layers)
    return generic_chart(layers)

"""Styling of result layers from the templates in ``resources/styles/*.qml``.

A :class:`StyleSpec` names a template and the fields it may apply to. The template
gives the look (AR5 and SOSI colours, a sequential colour ramp, labels); the data
give what only the data can: the field actually present, the classes of a graduated
style, the categories of a data-driven categorized style (one distinct colour per
catchment). Used by the dock and by ``smaaby:townprofile``.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass, field

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsClassificationMethod,
    QgsClassificationPrettyBreaks,
    QgsClassificationQuantile,
    QgsFeatureRequest,
    QgsGraduatedSymbolRenderer,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSymbol,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from smaaby_plugin import paths
from smaaby_plugin.report.chart import DEFAULT_BAR_COLOUR

__all__ = [
    "StyleSpec",
    "apply_style",
    "class_colours",
    "distinct_colours",
    "first_field",
    "STYLE_PROPERTY",
    "distinct_breaks",
]

#: custom layer property holding the template applied (read by tests and layouts)
STYLE_PROPERTY = "smaaby/style"

_METHODS = {
    "quantile": QgsClassificationQuantile,
    "jenks": QgsClassificationJenks,
    "equal": QgsClassificationEqualInterval,
    "pretty": QgsClassificationPrettyBreaks,
}

# ColorBrewer "Set3"-like light qualitative colours first, then golden-ratio hues.
_QUALITATIVE = [
    "#8dd3c7",
    "#ffffb3",
    "#bebada",
    "#fb8072",
    "#80b1d3",
    "#fdb462",
    "#b3de69",
    "#fccde5",
    "#d9d9d9",
    "#bc80bd",
    "#ccebc5",
    "#ffed6f",
]


@dataclass(frozen=True)
class StyleSpec:
    """How to style one kind of result layer.

    Attributes
    ----------
    qml : str
        Template file in ``resources/styles/``.
    fields : tuple of str
        Candidate fields for the classes (first one present wins); empty for single
        symbols.
    mode : str
        ``"fixed"`` (categories of the template, kept where present in the data),
        ``"distinct"`` (one category per value, distinct colours), ``"graduated"``
        (classes from the data) or ``"bands"`` (one class per threshold value).
    classes : int
        Number of graduated classes.
    method : str
        Graduated classification: quantile, jenks, equal or pretty.
    label : str
        Label expression; ``{0}``, ``{1}``... stand for the fields found among
        ``label_fields`` (each a tuple of candidates).
    relabel : callable, optional
        ``() -> {value: legend text}`` for categories whose template labels are
        English keys (translated at apply time).
    """

    qml: str
    fields: tuple[str, ...] = ()
    mode: str = "fixed"
    classes: int = 5
    method: str = "quantile"
    label: str = ""
    label_fields: tuple[tuple[str, ...], ...] = field(default_factory=tuple)
    relabel: object = None


def first_field(layer: QgsVectorLayer, candidates) -> str | None:
    """The first of ``candidates`` that ``layer`` has (case-insensitive), as spelt there."""
    names = {f.name().lower(): f.name() for f in layer.fields()}
    for candidate in candidates:
        if candidate.lower() in names:
            return names[candidate.lower()]
    return None


def distinct_colours(n: int) -> list[QColor]:
    """``n`` well-separated light colours (qualitative palette, then golden-ratio hues)."""
    colours = [QColor(c) for c in _QUALITATIVE[:n]]
    hue = 0.11
    while len(colours) < n:
        hue = (hue + 0.618033988749895) % 1.0
        r, g, b = colorsys.hsv_to_rgb(hue, 0.45, 0.95)
        colours.append(QColor(int(r * 255), int(g * 255), int(b * 255)))
    return colours


def class_colours(layer: QgsVectorLayer | None, codes) -> list[str]:
    """Bar colours for class codes, so a chart's bars match the map: the fill colour of
    each code's category in the layer's categorized style (AR5, SOSI), the default bar
    colour for a code without one; empty when there is no styled layer."""
    renderer = layer.renderer() if layer is not None else None
    if renderer is None:
        return []
    known = {}
    for category in getattr(renderer, "categories", lambda: [])():
        symbol = category.symbol()
        if symbol is not None and category.value() is not None:
            known[str(category.value())] = symbol.color().name()
    return [known.get(str(code), DEFAULT_BAR_COLOUR) for code in codes]


def _unique_values(layer: QgsVectorLayer, name: str) -> list:
    index = layer.fields().indexOf(name)
    values = [v for v in layer.uniqueValues(index) if v is not None and str(v) != "NULL"]
    try:
        return sorted(values)
    except TypeError:
        return sorted(values, key=str)


def _keep_present(renderer: QgsCategorizedSymbolRenderer, layer: QgsVectorLayer, name: str) -> None:
    present = {str(v) for v in _unique_values(layer, name)}
    for index in reversed(range(len(renderer.categories()))):
        value = renderer.categories()[index].value()
        if str(value) not in present:
            renderer.deleteCategory(index)
    known = {str(c.value()) for c in renderer.categories()}
    if present - known:  # codes outside the list: one grey class for all other values
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor("#bdbdbd"))
        renderer.addCategory(QgsRendererCategory(None, symbol, "–"))


def _distinct(renderer: QgsCategorizedSymbolRenderer, layer: QgsVectorLayer, name: str) -> None:
    values = _unique_values(layer, name)
    base = renderer.sourceSymbol()
    if base is None and renderer.categories():
        base = renderer.categories()[0].symbol()
    base = base.clone() if base is not None else None
    for index in reversed(range(len(renderer.categories()))):
        renderer.deleteCategory(index)
    index = layer.fields().indexOf(name)
    has_null = any(v is None or str(v) == "NULL" for v in layer.uniqueValues(index))
    for value, colour in zip(values, distinct_colours(len(values))):
        symbol = base.clone() if base is not None else QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(colour)
        renderer.addCategory(QgsRendererCategory(value, symbol, str(value)))
    if has_null:  # features without a value (no centre reached, ...): grey
        symbol = base.clone() if base is not None else QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor("#d0d0d0"))
        renderer.addCategory(QgsRendererCategory(None, symbol, "–"))


def _unit_text(layer: QgsVectorLayer) -> str:
    """ "min" or "m" from a result's ``cost_unit`` field, else ""."""
    name = first_field(layer, ["cost_unit", "unit"])
    if name is None:
        return ""
    value = str(next(iter(_unique_values(layer, name)), "")).lower()
    return {
        "minutes": "min",
        "minute": "min",
        "min": "min",
        "metres": "m",
        "meters": "m",
        "m": "m",
    }.get(value, value)


def _bands(renderer: QgsGraduatedSymbolRenderer, layer: QgsVectorLayer, name: str) -> None:
    """One class per threshold ("≤ 10 min"), shortest darkest and drawn on top, for
    nested service-area bands."""
    values = [v for v in _unique_values(layer, name) if isinstance(v, (int, float))]
    ramp = renderer.sourceColorRamp()
    base = renderer.sourceSymbol() or QgsSymbol.defaultSymbol(layer.geometryType())
    unit = _unit_text(layer)
    for index in reversed(range(len(renderer.ranges()))):
        renderer.deleteClass(index)
    renderer.setClassAttribute(name)
    lower = min(values + [0.0]) - 1e-9
    for i, value in enumerate(values):
        symbol = base.clone()
        if ramp is not None:
            symbol.setColor(ramp.color(i / (len(values) - 1) if len(values) > 1 else 0.0))
        label = f"≤ {value:g} {unit}".strip()
        renderer.addClassRange(QgsRendererRange(lower, value, symbol, label))
        lower = value
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(name, False)]))
    renderer.setOrderByEnabled(True)


def distinct_breaks(bounds, same) -> list[tuple[float, float]]:
    """Class bounds without a class whose bounds print alike ("0 – 0", from quantiles of
    data with many equal values): such a class joins the next one (the last one joins
    the one before). One class is left when all values print alike.

    ``same(a, b)`` says whether two numbers print alike at the legend's precision.
    """
    merged: list[list[float]] = []
    pending = None  # lower bound of a degenerate class waiting for the next one
    for lower, upper in bounds:
        if pending is not None:
            lower, pending = pending, None
        if same(lower, upper):
            pending = lower
            continue
        merged.append([lower, upper])
    if pending is not None:
        if merged:
            merged[-1][1] = max(merged[-1][1], bounds[-1][1])
        else:
            merged.append([pending, bounds[-1][1]])
    return [(a, b) for a, b in merged]


def _merge_degenerate(renderer: QgsGraduatedSymbolRenderer, method) -> None:
    """Rebuild the classes of ``renderer`` without degenerate ones (see
    :func:`distinct_breaks`), coloured along the ramp and labelled by ``method``."""
    ranges = renderer.ranges()
    if not ranges:
        return

    def text(value: float) -> str:
        return method.labelForRange(value, value, QgsClassificationMethod.Inner).split(" – ")[0]

    def same(a: float, b: float) -> bool:
        return text(a) == text(b)

    bounds = [(r.lowerValue(), r.upperValue()) for r in ranges]
    cleaned = distinct_breaks(bounds, same)
    if cleaned == bounds and not any(same(a, b) for a, b in cleaned):
        return
    base = renderer.sourceSymbol() or ranges[0].symbol()
    ramp = renderer.sourceColorRamp()
    for index in reversed(range(len(ranges))):
        renderer.deleteClass(index)
    n = len(cleaned)
    for i, (lower, upper) in enumerate(cleaned):
        symbol = base.clone()
        if ramp is not None:
            symbol.setColor(ramp.color(i / (n - 1) if n > 1 else 1.0))
        if same(lower, upper):
            label = text(lower)
        else:
            position = (
                QgsClassificationMethod.LowerBound
                if i == 0
                else QgsClassificationMethod.UpperBound
                if i == n - 1
                else QgsClassificationMethod.Inner
            )
            label = method.labelForRange(lower, upper, position)
        renderer.addClassRange(QgsRendererRange(lower, upper, symbol, label))


def _set_label(layer: QgsVectorLayer, spec: StyleSpec) -> None:
    if not spec.label:
        return
    found = [first_field(layer, group) for group in spec.label_fields]
    if any(f is None for f in found):
        found = [f for f in found if f is not None]
        if not found:
            layer.setLabelsEnabled(False)
            return
        expression = " || '\\n' || ".join(f'"{f}"' for f in found)
    else:
        expression = spec.label.format(*[f'"{f}"' for f in found])
    labeling = layer.labeling()
    settings = (
        QgsPalLayerSettings(labeling.settings()) if labeling is not None else QgsPalLayerSettings()
    )
    settings.fieldName = expression
    settings.isExpression = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def apply_style(layer: QgsVectorLayer, spec: StyleSpec) -> str:
    """Style ``layer`` after ``spec``; returns the template name, or "" if none applied.

    A table layer (no geometry) is left alone. When none of ``spec.fields`` exists
    (an older result, a renamed field), the layer keeps QGIS's default style.
    """
    if not isinstance(layer, QgsVectorLayer) or not layer.isSpatial():
        return ""
    class_field = first_field(layer, spec.fields) if spec.fields else None
    if spec.fields and class_field is None:
        return ""
    path = paths.resource("styles", spec.qml)
    _message, ok = layer.loadNamedStyle(str(path))
    if not ok:
        return ""
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer) and class_field:
        renderer.setClassAttribute(class_field)
        if spec.mode == "distinct":
            _distinct(renderer, layer, class_field)
        else:
            _keep_present(renderer, layer, class_field)
        if spec.relabel is not None:
            names = spec.relabel()
            for index, category in enumerate(renderer.categories()):
                if str(category.value()) in names:
                    renderer.updateCategoryLabel(index, names[str(category.value())])
    elif isinstance(renderer, QgsGraduatedSymbolRenderer) and class_field and spec.mode == "bands":
        _bands(renderer, layer, class_field)
    elif isinstance(renderer, QgsGraduatedSymbolRenderer) and class_field:
        renderer.setClassAttribute(class_field)
        values = [v for v in _unique_values(layer, class_field) if isinstance(v, (int, float))]
        method = _METHODS.get(spec.method, QgsClassificationQuantile)()
        size = max((abs(v) for v in values), default=0.0)
        method.setLabelPrecision(0 if size >= 100 else 1 if size >= 10 else 2)
        method.setLabelTrimTrailingZeroes(True)
        method.setLabelFormat("%1 – %2")
        wanted = max(1, min(spec.classes, len(values)))
        renderer.setClassificationMethod(method)
        renderer.updateClasses(layer, wanted)
        _merge_degenerate(renderer, method)
        if len(renderer.ranges()) < min(3, wanted) and spec.method != "jenks":
            # quantiles of mostly equal values (0 commuters from most kommuner) collapse
            # into one class: natural breaks keep the few different values apart
            jenks = QgsClassificationJenks()
            jenks.setLabelPrecision(method.labelPrecision())
            jenks.setLabelTrimTrailingZeroes(True)
            jenks.setLabelFormat("%1 – %2")
            renderer.setClassificationMethod(jenks)
            renderer.updateClasses(layer, wanted)
            _merge_degenerate(renderer, jenks)
    _set_label(layer, spec)
    layer.setCustomProperty(STYLE_PROPERTY, spec.qml)
    layer.triggerRepaint()
    return spec.qml

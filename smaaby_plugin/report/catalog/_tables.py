"""Reading small result tables for the catalogue's key figures and charts: attribute
reads and sums, no geometry work."""

from __future__ import annotations

import math

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from smaaby_plugin.report.styles import first_field

__all__ = [
    "table_rows",
    "as_number",
    "numeric_fields",
    "sum_by",
    "column_total",
    "rows_by",
    "area_field",
    "unit_of",
    "label_field",
]


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


def as_number(value) -> float:
    """``value`` as a float; NaN where it is missing or not a number."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number


def numeric_fields(layer: QgsVectorLayer) -> list[str]:
    return [
        f.name()
        for f in layer.fields()
        if f.isNumeric() and f.name().lower() not in {"fid", "id", "code", "year"}
    ]


def sum_by(
    layer: QgsVectorLayer | None, label_candidates, value_candidates, top: int = 15
) -> tuple[list[str], list[float]]:
    """Sum of a value field grouped by a label field, largest first (at most ``top``)."""
    if layer is None:
        return [], []
    label = first_field(layer, label_candidates)
    value = first_field(layer, value_candidates)
    if label is None or value is None:
        return [], []
    totals: dict[str, float] = {}
    for key, amount in table_rows(layer, [label, value]):
        amount = as_number(amount)
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
    values = [as_number(v) for (v,) in table_rows(layer, [name])]
    values = [v for v in values if not math.isnan(v)]
    return sum(values) if values else math.nan


def rows_by(layer, key_field, value_fields):
    """``{key: [values...]}`` of a small table (first row per key)."""
    out = {}
    for row in table_rows(layer, [key_field, *value_fields]) if layer is not None else []:
        out.setdefault(row[0], row[1:])
    return out


def area_field(layer) -> str | None:
    if layer is None:
        return None
    return next(
        (
            f.name()
            for f in layer.fields()
            if f.name().startswith("area_") and f.name() not in ("area_m2",)
        ),
        None,
    ) or first_field(layer, ["area_m2"])


def unit_of(field_name: str | None) -> str:
    units = {"area_daa": "daa", "area_m2": "m²", "area_ha": "ha", "area_km2": "km²"}
    return units.get(field_name or "", "")


def label_field() -> str:
    """``label_nb`` when the interface speaks Norwegian, else ``label_en``."""
    from qgis.core import QgsApplication

    return "label_nb" if QgsApplication.locale()[:2] in ("nb", "no", "nn") else "label_en"

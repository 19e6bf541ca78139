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

__all__ = [
    "ResultSpec",
    "result_spec",
    "key_figures",
    "chart_data",
    "map_layers",
    "AR5",
    "SOSI",
    "table_rows",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SmaabyCatalog", text)


# -- shared style specs -----------------------------------------------------------------
AR5 = StyleSpec(
    "ar5_arealtype.qml", ("arealtype", "ar5", "artype", "landcover", "class_code", "code", "class")
)
SOSI = StyleSpec("sosi_arealformal.qml", ("arealformal", "purpose", "new_code", "code"))
GRADUATED = "graduated.qml"


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
    """

    styles: dict = field(default_factory=dict)
    map_outputs: tuple[str, ...] = ()
    figures: Callable | None = None
    chart: Callable | None = None

    def style_for(
        self, output: str, parameters: dict | None = None, layer: QgsVectorLayer | None = None
    ) -> StyleSpec | None:
        """The style of an output; a callable entry decides from the run's parameters
        and the layer itself (e.g. AR5 or SOSI colours after the codes present)."""
        spec = self.styles.get(output)
        if callable(spec) and not isinstance(spec, StyleSpec):
            return spec(parameters or {}, layer)
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
    rows = [
        (layer.name(), _tr("{} features").format(layer.featureCount()))
        for layer in layers.values()
        if isinstance(layer, QgsVectorLayer)
    ]
    table = next(
        (lyr for lyr in layers.values() if isinstance(lyr, QgsVectorLayer) and not lyr.isSpatial()),
        None,
    )
    if table is not None:
        for name in _numeric_fields(table)[:6]:
            rows.append((_tr("Total {}").format(name), format_number(column_total(table, [name]))))
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
    """The chart of a run (None: nothing worth a chart, e.g. an empty plan reserve)."""
    spec = result_spec(alg_id)
    if spec is not None and spec.chart is not None:
        return spec.chart(layers)
    return generic_chart(layers)


# -- helpers for the entries ------------------------------------------------------------------
_AR5_CODES = {11, 12, 21, 22, 23, 30, 50, 60, 70, 81, 82, 99}


def _codes(layer, candidates) -> list[int]:
    name = first_field(layer, candidates) if layer is not None else None
    if name is None:
        return []
    values = []
    for (value,) in table_rows(layer, [name]):
        number = _number(value)
        if not math.isnan(number):
            values.append(int(number))
    return values


def class_style(fields: tuple[str, ...]):
    """AR5 colours for AR5 codes, SOSI colours for four-digit purposes, else distinct."""

    def choose(_parameters, layer):
        codes = set(_codes(layer, fields))
        if codes and codes <= _AR5_CODES:
            return StyleSpec(AR5.qml, fields)
        if codes and min(codes) >= 100 and max(codes) >= 1000:
            return StyleSpec(SOSI.qml, fields)
        return StyleSpec("categories.qml", fields, mode="distinct")

    return choose


def _label_field() -> str:
    """``label_nb`` when the interface speaks Norwegian, else ``label_en``."""
    from qgis.core import QgsApplication

    return "label_nb" if QgsApplication.locale()[:2] in ("nb", "no", "nn") else "label_en"


def _class_colours(layer, codes) -> list[str]:
    """Bar colours of class codes: their AR5 or SOSI legend colours where known."""
    if layer is None or layer.renderer() is None:
        return []
    known = {}
    for category in getattr(layer.renderer(), "categories", lambda: [])():
        if category.symbol() is not None:
            known[str(category.value())] = category.symbol().color().name()
    return [known.get(str(c), "#4a7fb0") for c in codes]


def _rows_by(layer, key_field, value_fields):
    """``{key: [values...]}`` of a small table (first row per key)."""
    out = {}
    for row in table_rows(layer, [key_field, *value_fields]) if layer is not None else []:
        out.setdefault(row[0], row[1:])
    return out


def _fmt(value, unit: str = "", decimals: int | None = None) -> str:
    number = _number(value)
    text = format_number(number, decimals)
    return f"{text} {unit}".strip() if not math.isnan(number) else "–"


def _area_field(layer) -> str | None:
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


def _unit_of(field_name: str | None) -> str:
    units = {"area_daa": "daa", "area_m2": "m²", "area_ha": "ha", "area_km2": "km²"}
    return units.get(field_name or "", "")


# Land use -------------------------------------------------------------------------------
def _account_by_class(table):
    """Area by class over all zones (uncovered as its own class), largest first."""
    area = _area_field(table)
    label = _label_field()
    if table is None or area is None:
        return [], [], [], ""
    totals, labels = {}, {}
    for code, text, value in table_rows(table, ["class_code", label, area]):
        key = "–" if code is None else int(code)
        totals[key] = totals.get(key, 0.0) + (_number(value) if value is not None else 0.0)
        labels[key] = f"{key} {text}" if code is not None else (text or "–")
    ordered = [k for k in sorted(totals, key=lambda k: -totals[k]) if totals[k] > 0]
    return ordered, [labels[k] for k in ordered], [totals[k] for k in ordered], _unit_of(area)


def _landuseaccount_figures(layers):
    table = layers.get("OUTPUT_TABLE")
    codes, labels, values, unit = _account_by_class(table)
    total = sum(v for v in values if not math.isnan(v))
    rows = [(_tr("Total area"), _fmt(total, unit))]
    rows += [
        (label, f"{_fmt(v, unit)} ({_fmt(100 * v / total, '%', 1)})")
        for label, v in list(zip(labels, values))[:9]
        if total
    ]
    population = _rows_by(table, "zone_id", ["population"]) if table is not None else {}
    people = sum(_number(v[0]) for v in population.values() if v[0] is not None)
    if people:
        rows.append((_tr("Population"), _fmt(people, "", 0)))
    return rows


def _landuseaccount_chart(layers):
    codes, labels, values, unit = _account_by_class(layers.get("OUTPUT_TABLE"))
    if not labels:
        return None
    colours = _class_colours(layers.get("OUTPUT_PIECES"), codes) or None
    return ChartData(
        _tr("Area by class"), unit, labels[:15], values[:15], colours[:15] if colours else None
    )


register(
    "landuseaccount",
    ResultSpec(
        styles={"OUTPUT_PIECES": class_style(("class_code",))},
        map_outputs=("OUTPUT_PIECES",),
        figures=_landuseaccount_figures,
        chart=_landuseaccount_chart,
    ),
)


def _change_net(long_table):
    """Net change per class (gains minus losses) from the long change table."""
    area = _area_field(long_table)
    label = _label_field()
    if long_table is None or area is None:
        return [], [], ""
    net, names = {}, {}
    for f_code, f_lab, t_code, t_lab, changed, value in table_rows(
        long_table, ["from_code", f"from_{label}", "to_code", f"to_{label}", "changed", area]
    ):
        if not changed:
            continue
        amount = _number(value)
        for code, text, sign in ((t_code, t_lab, 1.0), (f_code, f_lab, -1.0)):
            key = "–" if code is None else int(code)
            net[key] = net.get(key, 0.0) + sign * amount
            names[key] = f"{key} {text}" if code is not None else (text or "–")
    ordered = sorted(net, key=lambda k: -abs(net[k]))
    return [names[k] for k in ordered], [net[k] for k in ordered], _unit_of(area)


def _changematrix_figures(layers):
    long_table = layers.get("OUTPUT_LONG")
    area = _area_field(long_table)
    if long_table is None or area is None:
        return []
    label = _label_field()
    moves = []
    total = 0.0
    for f_lab, t_lab, changed, value in table_rows(
        long_table, [f"from_{label}", f"to_{label}", "changed", area]
    ):
        if changed:
            total += _number(value)
            moves.append((f"{f_lab} → {t_lab}", _number(value)))
    moves.sort(key=lambda m: -m[1])
    unit = _unit_of(area)
    return [(_tr("Changed area"), _fmt(total, unit))] + [(m, _fmt(v, unit)) for m, v in moves[:9]]


def _changematrix_chart(layers):
    labels, values, unit = _change_net(layers.get("OUTPUT_LONG"))
    if not labels:
        return None
    return ChartData(_tr("Net change by class"), unit, labels[:15], values[:15])


register(
    "changematrix",
    ResultSpec(
        styles={"OUTPUT_CHANGED": class_style(("to_code",))},
        map_outputs=("OUTPUT_CHANGED",),
        figures=_changematrix_figures,
        chart=_changematrix_chart,
    ),
)


def _planreserve_figures(layers):
    table = layers.get("OUTPUT_TABLE")
    if table is None:
        return []
    label = "group_" + _label_field()
    rows = table_rows(table, [label, "total", "shore_zone", "cultivated_21_22", "unit"])
    unit = next((r[4] for r in rows if r[4]), "daa")
    total = sum(_number(r[1]) for r in rows if r[1] is not None)
    shore = sum(_number(r[2]) for r in rows if r[2] is not None)
    cultivated = sum(_number(r[3]) for r in rows if r[3] is not None)
    out = [
        (_tr("Plan reserve, total"), _fmt(total, unit)),
        (_tr("of which in the shore zone"), _fmt(shore, unit)),
        (_tr("of which on cultivated land (AR5 21, 22)"), _fmt(cultivated, unit)),
    ]
    out += [(r[0], _fmt(r[1], unit)) for r in rows if _number(r[1]) > 0][:7]
    return out


def _planreserve_chart(layers):
    table = layers.get("OUTPUT_TABLE")
    if table is None:
        return None
    label = "group_" + _label_field()
    rows = [r for r in table_rows(table, [label, "total", "unit"]) if _number(r[1]) > 0]
    if not rows:
        return None
    return ChartData(
        _tr("Plan reserve by purpose group"),
        rows[0][2] or "daa",
        [r[0] for r in rows],
        [_number(r[1]) for r in rows],
    )


register(
    "planreserve",
    ResultSpec(
        styles={"OUTPUT_RESERVE": StyleSpec(SOSI.qml, ("code",))},
        map_outputs=("OUTPUT_RESERVE",),
        figures=_planreserve_figures,
        chart=_planreserve_chart,
    ),
)


def _change_labels() -> dict:
    return {
        "new development": _tr("new development"),
        "development returned": _tr("development returned"),
        "within development": _tr("within development"),
        "within non-development": _tr("within non-development"),
    }


_CONVERSION = (
    ("ar5_21", 21),
    ("ar5_22", 22),
    ("ar5_23", 23),
    ("ar5_30", 30),
    ("ar5_60", 60),
    ("ar5_50", 50),
    ("ar5_11", 11),
    ("ar5_12", 12),
)


def _conversion_sum(layer, direction):
    names = ["direction", "key", "total", "shore_zone", "cultivated_21_22", "unit"]
    names += [n for n, _ in _CONVERSION]
    for row in table_rows(layer, names) if layer is not None else []:
        if row[0] == direction and row[1] is None:
            return dict(zip(names, row))
    return {}


def _planchange_figures(layers):
    conversion = layers.get("OUTPUT_CONVERSION")
    new = _conversion_sum(conversion, "new development")
    back = _conversion_sum(conversion, "development returned")
    unit = new.get("unit") or back.get("unit") or "daa"
    rows = [
        (_tr("New development land"), _fmt(new.get("total"), unit)),
        (_tr("of which on cultivated land (AR5 21, 22)"), _fmt(new.get("cultivated_21_22"), unit)),
        (_tr("of which on pasture (AR5 23)"), _fmt(new.get("ar5_23"), unit)),
        (_tr("of which on forest (AR5 30)"), _fmt(new.get("ar5_30"), unit)),
        (_tr("of which on bog (AR5 60)"), _fmt(new.get("ar5_60"), unit)),
        (_tr("of which on open land (AR5 50)"), _fmt(new.get("ar5_50"), unit)),
        (_tr("of which in the shore zone"), _fmt(new.get("shore_zone"), unit)),
        (_tr("Development land returned"), _fmt(back.get("total"), unit)),
    ]
    return rows if new or back else []


def _planchange_chart(layers):
    new = _conversion_sum(layers.get("OUTPUT_CONVERSION"), "new development")
    if not new:
        return None
    from smaaby_plugin import paths
    from smaaby_plugin.core.landuse.codes import load_codes

    ar5 = load_codes(paths.resource("codes", "ar5_arealtype.csv"), "ar5")
    label = _label_field()
    labels = [f"{code} {ar5.table.loc[code, label]}" for _, code in _CONVERSION]
    values = [_number(new.get(name)) for name, _ in _CONVERSION]
    colours = [
        "#ffd16e",
        "#ffff4c",
        "#ffffad",
        "#9ecc73",
        "#73dfff",
        "#d9d9d9",
        "#fcdbd6",
        "#b3784c",
    ]  # NIBIO's AR5 colours of the classes, in the same order
    return ChartData(
        _tr("New development land by present land cover"),
        new.get("unit") or "daa",
        labels,
        values,
        colours,
    )


register(
    "planchange",
    ResultSpec(
        styles={
            "OUTPUT_CHANGES": StyleSpec("change.qml", ("change_type",), relabel=_change_labels)
        },
        map_outputs=("OUTPUT_CHANGES",),
        figures=_planchange_figures,
        chart=_planchange_chart,
    ),
)


def _landconsumption_figures(layers):
    zones = layers.get("OUTPUT")
    rows = []
    for zone, ratio, note in (
        table_rows(zones, ["zone", "lcrpgr", "lcrpgr_note"])[:10] if zones else []
    ):
        text = _fmt(ratio, "", 2) if ratio is not None else (note or "–")
        rows.append((_tr("LCRPGR {}").format(zone), text))
    return rows


def _landconsumption_chart(layers):
    labels, values = sum_by(layers.get("OUTPUT"), ["zone"], ["lcrpgr"])
    if not labels:
        return None
    return ChartData(
        _tr("Land consumption rate / population growth rate (LCRPGR)"), "", labels, values
    )


register(
    "landconsumption",
    ResultSpec(
        styles={
            "OUTPUT": StyleSpec(
                GRADUATED, ("lcrpgr",), mode="graduated", label="{0}", label_fields=(("zone",),)
            )
        },
        map_outputs=("OUTPUT",),
        figures=_landconsumption_figures,
        chart=_landconsumption_chart,
    ),
)


# Catchments ------------------------------------------------------------------------------
def _network_figures(layers):
    links = layers.get("OUTPUT")
    nodes = layers.get("OUTPUT_NODES")
    if links is None:
        return []
    length = column_total(links, ["length_m"])
    components = {r[0] for r in table_rows(links, ["component"])}
    rows = [
        (_tr("Links"), _fmt(links.featureCount(), "", 0)),
        (_tr("Length"), _fmt(length / 1000.0, "km", 1)),
        (_tr("Connected components"), _fmt(len(components), "", 0)),
    ]
    if nodes is not None:
        dangling = column_total(nodes, ["dangling"])
        rows.append((_tr("Dangling ends"), _fmt(dangling, "", 0)))
    return rows


def _network_chart(layers):
    labels, values = sum_by(layers.get("OUTPUT"), ["speed_kmh"], ["length_m"])
    if not labels:
        return None
    pairs = sorted(zip(labels, values), key=lambda p: _number(p[0]))
    return ChartData(
        _tr("Length by speed (km/h)"),
        "km",
        [f"{_number(k):g} km/h" for k, _ in pairs],
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
    number = _number(value)
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
        ((str(c) if centre else "", _number(t), _number(p)) for c, t, p in rows),
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
    out = [(_tr("Population within {} {}").format(limits, unit).strip(), "")]
    for centre, values in by_centre.items():
        out.append(
            (
                centre or _tr("All centres"),
                " / ".join(_fmt(values.get(t), "", 0) for t in thresholds),
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
            _tr("Population reached"),
            _tr("inh."),
            [_threshold_text(t, unit) for _, t, _ in rows],
            [p for *_, p in rows],
        )
    # areas of several centres overlap: compare the centres at the largest threshold
    largest = max(r[1] for r in rows)
    chosen = sorted(((c, p) for c, t, p in rows if t == largest), key=lambda r: -r[1])
    return ChartData(
        _tr("Population reached {} from each centre").format(_threshold_text(largest, unit)),
        _tr("inh."),
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
    rows = [(str(k), _fmt(v, "", 0)) for k, v in zip(labels, values)]
    return ChartData(title, _tr("inh."), labels, values), rows


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
            layers.get("OUTPUT_CATCHMENTS"), _tr("Population by catchment")
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
            layers.get("OUTPUT_CENTRES"), _tr("Expected population by centre")
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
            (_tr("Commuting shed of {}").format(name), _fmt(n, _tr("areas"), 0)),
            (_tr("Employed residents in the shed"), _fmt(employed, "", 0)),
            (_tr("of whom work in the centre"), _fmt(to_centre, "", 0)),
            (_tr("Share"), _fmt(100 * _number(share), "%", 1)),
        ]
    return rows


def _shed_chart(layers):
    labels, values = sum_by(layers.get("OUTPUT"), ["area_name", "area_id"], ["share"])
    if not labels:
        return None
    return ChartData(
        _tr("Share of employed residents working in the centre"),
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
        share = _fmt(100 * _number(containment), "%", 0)
        rows.append((str(name), f"{_fmt(residents, '', 0)} ({share})"))
    return rows


def _regions_chart(layers):
    labels, values = sum_by(layers.get("OUTPUT"), ["region_name", "region_id"], ["residents"])
    if not labels:
        return None
    return ChartData(_tr("Employed residents by region"), "", labels, values)


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


# Centre and compactness --------------------------------------------------------------------
def _settlement_figures(layers):
    out = layers.get("OUTPUT")
    if out is None:
        return []
    residents = column_total(out, ["residents"])
    return [
        (_tr("Settlements"), _fmt(out.featureCount(), "", 0)),
        (_tr("Residents in settlements"), _fmt(residents, "", 0)),
        (_tr("Area"), _fmt(column_total(out, ["area_daa"]), "daa")),
    ]


def _settlement_chart(layers):
    labels, values = sum_by(layers.get("OUTPUT"), ["settlement_id"], ["residents"])
    if not labels:
        return None
    return ChartData(_tr("Residents by settlement"), "", [str(k) for k in labels], values)


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
        (_tr("Centre zones"), _fmt(out.featureCount(), "", 0)),
        (_tr("Employees in centre zones"), _fmt(column_total(out, ["employees"]), "", 0)),
        (_tr("Businesses in centre zones"), _fmt(column_total(out, ["businesses"]), "", 0)),
        (_tr("Area"), _fmt(column_total(out, ["area_daa"]), "daa")),
    ]


def _centrezone_chart(layers):
    labels, values = sum_by(layers.get("OUTPUT"), ["zone_id"], ["employees"])
    if not labels:
        return None
    return ChartData(_tr("Employees by centre zone"), "", [str(k) for k in labels], values)


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
        (_tr("Town"), str(row.get("town"))),
        (_tr("Population"), _fmt(row.get("population"), "", 0)),
        (_tr("Density"), _fmt(row.get("density_km2"), _tr("inh./km²"), 0)),
    ]
    for name in names:
        if name.startswith("pct_within_"):
            metres = name[len("pct_within_") : -1]
            rows.append((_tr("Within {} m of the centre").format(metres), _fmt(row[name], "%", 1)))
    rows += [
        (_tr("Mean distance to the centre"), _fmt(row.get("mean_dist_m"), "m", 0)),
        (_tr("Proximity index"), _fmt(row.get("proximity"), "", 2)),
    ]
    if table.featureCount() > 1:
        rows.append((_tr("Towns in the table"), _fmt(table.featureCount(), "", 0)))
    return rows


def _indicator_chart(layers):
    rings = layers.get("OUTPUT_RINGS")
    if rings is None or rings.featureCount() == 0:
        return None
    rows = table_rows(rings, ["town", "r_inner_m", "r_outer_m", "density_km2"])
    first = rows[0][0]
    rows = sorted((r for r in rows if r[0] == first), key=lambda r: _number(r[1]))
    return ChartData(
        _tr("Density by distance from the centre: {}").format(first),
        _tr("inh./km²"),
        [f"{_number(r[1]):g}–{_number(r[2]):g} m" for r in rows],
        [_number(r[3]) for r in rows],
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
                ("polsby_popper", "ipq", "compactness", "reock", "convex_hull", "schwartzberg"),
                mode="graduated",
            )
        },
        map_outputs=("OUTPUT",),
    ),
)

register(
    "ssbgrid",
    ResultSpec(
        styles={
            "OUTPUT": StyleSpec(
                "density.qml",
                ("pop2022", "pop2019", "population", "pop", "befolkning", "residents", "count"),
                mode="graduated",
                method="jenks",
            )
        },
        map_outputs=("OUTPUT",),
    ),
)

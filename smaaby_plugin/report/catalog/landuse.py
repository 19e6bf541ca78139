"""Catalogue entries of the land-use accounting family (arealregnskap): landuseaccount,
changematrix, planreserve, planchange and landconsumption."""

from __future__ import annotations

import math

from smaaby_plugin.report.catalog._spec import (
    GRADUATED,
    SOSI,
    ResultSpec,
    class_style,
    register,
    tr,
)
from smaaby_plugin.report.catalog._tables import (
    area_field,
    as_number,
    label_field,
    rows_by,
    sum_by,
    table_rows,
    unit_of,
)
from smaaby_plugin.report.chart import format_value
from smaaby_plugin.report.layout import ChartData
from smaaby_plugin.report.styles import StyleSpec, class_colours


def _class_key(code, text):
    """A class's key and printed name: the number of a numeric class, else its text
    (text land-use classes have an empty class_code and the class in 'class')."""
    number = as_number(code)
    if not math.isnan(number):
        return int(number)
    return str(text).strip() if text not in (None, "") else "–"


def _account(table):
    """The account summed over the zones the run covered: ``{"classes": [(key, label,
    area), ...] largest first, "uncovered": area, "zones": [ids], "zone_area": area,
    "unit": unit}``; the uncovered part of the zones is kept apart from the classes."""
    area = area_field(table)
    if table is None or area is None:
        return None
    label = label_field()
    names = ["zone_id", "row_type", "class_code", "class", label, area]
    rows = table_rows(table, names)
    # the zones the run found land use in: zones of the layer it never touched (all
    # kommuner given, one kommune's land cover) would make the rest look uncovered
    every = list(dict.fromkeys(r[0] for r in rows))
    zones = [
        z
        for z in every
        if any(r[0] == z and r[1] != "uncovered" and as_number(r[5]) > 0 for r in rows)
    ] or every
    kept = set(zones)
    totals, labels, uncovered = {}, {}, 0.0
    for zone, row_type, code, text, name, value in rows:
        if zone not in kept:
            continue
        amount = as_number(value)
        amount = 0.0 if math.isnan(amount) else amount
        if row_type == "uncovered":
            uncovered += amount
            continue
        key = _class_key(code, text)
        totals[key] = totals.get(key, 0.0) + amount
        shown = name or (text if text not in (None, "") else "")
        labels[key] = f"{key} {shown}".strip() if isinstance(key, int) else (shown or str(key))
    ordered = [k for k in sorted(totals, key=lambda k: -totals[k]) if totals[k] > 0]
    return {
        "classes": [(k, labels[k], totals[k]) for k in ordered],
        "uncovered": uncovered,
        "zones": zones,
        "left_out": len(every) - len(zones),
        "zone_area": sum(totals.values()) + uncovered,
        "unit": unit_of(area),
    }


def covered_zones(layers) -> list:
    """Ids of the zones where the run found land use (all its zones when none had any):
    what the layout maps, frames on and sums, not the whole zone layer."""
    account = _account(layers.get("OUTPUT_TABLE"))
    return account["zones"] if account else []


def _uncovered_note(account) -> str:
    if not account or account["uncovered"] <= 0:
        return ""
    share = 100 * account["uncovered"] / account["zone_area"] if account["zone_area"] else 0.0
    return tr("Not covered by land use (not drawn): {} ({} of the zones)").format(
        format_value(account["uncovered"], account["unit"]), format_value(share, "%", 1)
    )


def _landuseaccount_figures(layers):
    account = _account(layers.get("OUTPUT_TABLE"))
    if not account:
        return []
    unit = account["unit"]
    covered = sum(a for _, _, a in account["classes"])
    zones = account["zones"]
    shown = ", ".join(str(z) for z in zones[:3]) + (" …" if len(zones) > 3 else "")
    rows = [
        (tr("Zones with land use"), f"{shown} ({len(zones)})" if len(zones) > 3 else shown),
        (tr("Area with land use (= 100 %)"), format_value(covered, unit)),
    ]
    rows += [
        (label, f"{format_value(a, unit)} ({format_value(100 * a / covered, '%', 1)})")
        for _key, label, a in account["classes"][:8]
        if covered
    ]
    if account["uncovered"] > 0:
        share = 100 * account["uncovered"] / account["zone_area"]
        rows.append(
            (
                tr("Not covered by land use"),
                tr("{} ({} of the zones)").format(
                    format_value(account["uncovered"], unit), format_value(share, "%", 1)
                ),
            )
        )
    if account["left_out"]:
        rows.append(
            (tr("Zones without any land use (left out)"), format_value(account["left_out"], "", 0))
        )
    table = layers.get("OUTPUT_TABLE")
    population = rows_by(table, "zone_id", ["population"]) if table is not None else {}
    people = sum(
        as_number(v[0])
        for z, v in population.items()
        if v[0] is not None and (not zones or z in zones)
    )
    if people:
        rows.append((tr("Population"), format_value(people, "", 0)))
    return rows


def _landuseaccount_chart(layers):
    account = _account(layers.get("OUTPUT_TABLE"))
    if not account or not account["classes"]:
        return None
    classes = account["classes"][:15]
    colours = class_colours(layers.get("OUTPUT_PIECES"), [k for k, _, _ in classes]) or None
    return ChartData(
        tr("Area by class"),
        account["unit"],
        [label for _, label, _ in classes],
        [a for _, _, a in classes],
        colours,
        note=_uncovered_note(account),
    )


register(
    "landuseaccount",
    ResultSpec(
        styles={"OUTPUT_PIECES": class_style(("class_code", "class"))},
        map_outputs=("OUTPUT_PIECES",),
        figures=_landuseaccount_figures,
        chart=_landuseaccount_chart,
        zones=("ZONES", "ZONE_FIELD", covered_zones),
    ),
)


def _change_net(long_table):
    """Net change per class (gains minus losses) from the long change table."""
    area = area_field(long_table)
    label = label_field()
    if long_table is None or area is None:
        return [], [], ""
    net, names = {}, {}
    for f_code, f_lab, t_code, t_lab, changed, value in table_rows(
        long_table,
        ["from_code", f"from_{label}", "to_code", f"to_{label}", "changed", area],
    ):
        if not changed:
            continue
        amount = as_number(value)
        for code, text, sign in ((t_code, t_lab, 1.0), (f_code, f_lab, -1.0)):
            key = "–" if code is None else int(code)
            net[key] = net.get(key, 0.0) + sign * amount
            names[key] = f"{key} {text}" if code is not None else (text or "–")
    ordered = sorted(net, key=lambda k: -abs(net[k]))
    return [names[k] for k in ordered], [net[k] for k in ordered], unit_of(area)


def _changematrix_figures(layers):
    long_table = layers.get("OUTPUT_LONG")
    area = area_field(long_table)
    if long_table is None or area is None:
        return []
    label = label_field()
    moves = []
    total = 0.0
    for f_lab, t_lab, changed, value in table_rows(
        long_table, [f"from_{label}", f"to_{label}", "changed", area]
    ):
        if changed:
            total += as_number(value)
            moves.append((f"{f_lab} → {t_lab}", as_number(value)))
    moves.sort(key=lambda m: -m[1])
    unit = unit_of(area)
    return [(tr("Changed area"), format_value(total, unit))] + [
        (m, format_value(v, unit)) for m, v in moves[:9]
    ]


def _changematrix_chart(layers):
    labels, values, unit = _change_net(layers.get("OUTPUT_LONG"))
    if not labels:
        return None
    return ChartData(tr("Net change by class"), unit, labels[:15], values[:15])


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
    label = "group_" + label_field()
    rows = table_rows(table, [label, "total", "shore_zone", "cultivated_21_22", "unit"])
    unit = next((r[4] for r in rows if r[4]), "daa")
    total = sum(as_number(r[1]) for r in rows if r[1] is not None)
    shore = sum(as_number(r[2]) for r in rows if r[2] is not None)
    cultivated = sum(as_number(r[3]) for r in rows if r[3] is not None)
    out = [
        (tr("Plan reserve, total"), format_value(total, unit)),
        (tr("of which in the shore zone"), format_value(shore, unit)),
        (
            tr("of which on cultivated land (AR5 21, 22)"),
            format_value(cultivated, unit),
        ),
    ]
    out += [(r[0], format_value(r[1], unit)) for r in rows if as_number(r[1]) > 0][:7]
    return out


def _planreserve_chart(layers):
    table = layers.get("OUTPUT_TABLE")
    if table is None:
        return None
    label = "group_" + label_field()
    rows = [r for r in table_rows(table, [label, "total", "unit"]) if as_number(r[1]) > 0]
    if not rows:
        return None
    return ChartData(
        tr("Plan reserve by purpose group"),
        rows[0][2] or "daa",
        [r[0] for r in rows],
        [as_number(r[1]) for r in rows],
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
        "new development": tr("new development"),
        "development returned": tr("development returned"),
        "within development": tr("within development"),
        "within non-development": tr("within non-development"),
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
        (tr("New development land"), format_value(new.get("total"), unit)),
        (
            tr("of which on cultivated land (AR5 21, 22)"),
            format_value(new.get("cultivated_21_22"), unit),
        ),
        (tr("of which on pasture (AR5 23)"), format_value(new.get("ar5_23"), unit)),
        (tr("of which on forest (AR5 30)"), format_value(new.get("ar5_30"), unit)),
        (tr("of which on bog (AR5 60)"), format_value(new.get("ar5_60"), unit)),
        (tr("of which on open land (AR5 50)"), format_value(new.get("ar5_50"), unit)),
        (tr("of which in the shore zone"), format_value(new.get("shore_zone"), unit)),
        (tr("Development land returned"), format_value(back.get("total"), unit)),
    ]
    return rows if new or back else []


def _planchange_chart(layers):
    new = _conversion_sum(layers.get("OUTPUT_CONVERSION"), "new development")
    if not new:
        return None
    from smaaby_plugin import paths
    from smaaby_plugin.core.landuse.codes import load_codes

    ar5 = load_codes(paths.resource("codes", "ar5_arealtype.csv"), "ar5")
    label = label_field()
    labels = [f"{code} {ar5.table.loc[code, label]}" for _, code in _CONVERSION]
    values = [as_number(new.get(name)) for name, _ in _CONVERSION]
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
        tr("New development land by present land cover"),
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
        text = format_value(ratio, "", 2) if ratio is not None else (note or "–")
        rows.append((tr("LCRPGR {}").format(zone), text))
    return rows


def _landconsumption_chart(layers):
    labels, values = sum_by(layers.get("OUTPUT"), ["zone"], ["lcrpgr"])
    if not labels:
        return None
    return ChartData(
        tr("Land consumption rate / population growth rate (LCRPGR)"),
        "",
        labels,
        values,
    )


register(
    "landconsumption",
    ResultSpec(
        styles={
            "OUTPUT": StyleSpec(
                GRADUATED,
                ("lcrpgr",),
                mode="graduated",
                label="{0}",
                label_fields=(("zone",),),
            )
        },
        map_outputs=("OUTPUT",),
        figures=_landconsumption_figures,
        chart=_landconsumption_chart,
    ),
)

"""Result styles from resources/styles: AR5 and SOSI colours, distinct catchment colours
with population labels, graduated classes and service-area bands."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
)

from smaaby_plugin.report.catalog import result_spec
from smaaby_plugin.report.styles import StyleSpec, apply_style, distinct_colours

CRS = "EPSG:25833"


def _squares(make_layer, fields, values, kind="Polygon"):
    rows = []
    for i, value in enumerate(values):
        x = i * 100
        rows.append((f"POLYGON(({x} 0,{x + 90} 0,{x + 90} 90,{x} 90,{x} 0))", value))
    return make_layer(kind, CRS, fields, rows)


def _colours(renderer):
    return {str(c.value()): c.symbol().color().name() for c in renderer.categories()}


def test_ar5_keeps_the_classes_present_in_nibio_colours(make_layer):
    layer = _squares(
        make_layer,
        {"arealtype": int},
        [{"arealtype": 21}, {"arealtype": 30}, {"arealtype": 30}, {"arealtype": 11}],
    )
    assert apply_style(layer, StyleSpec("ar5_arealtype.qml", ("arealtype",))) == "ar5_arealtype.qml"
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    # NIBIO's FKB-AR5 symbol table: 21 (255,209,110), 30 (158,204,115), 11 (252,219,214)
    assert _colours(renderer) == {"11": "#fcdbd6", "21": "#ffd16e", "30": "#9ecc73"}
    labels = {str(c.value()): c.label() for c in renderer.categories()}
    assert labels["21"] == "21 Fulldyrka jord"


def test_sosi_colours_and_unknown_codes_grey(make_layer):
    layer = _squares(make_layer, {"code": int}, [{"code": 1110}, {"code": 3040}, {"code": 9999}])
    apply_style(layer, StyleSpec("sosi_arealformal.qml", ("arealformal", "code")))
    colours = _colours(layer.renderer())
    # NPAD drawing rules (existing purpose): boligbebyggelse #ffff99, friområde #99ff99
    assert colours["1110"] == "#ffff99" and colours["3040"] == "#99ff99"
    assert colours["None"] == "#bdbdbd"  # 9999 is in no list: the grey "other" class
    assert layer.renderer().classAttribute() == "code"


def test_catchments_get_distinct_colours_and_population_labels(make_layer):
    layer = _squares(
        make_layer,
        {"centre_id": str, "population": float},
        [{"centre_id": c, "population": p} for c, p in (("A", 1200.0), ("B", 300.0), ("C", 45.0))],
    )
    spec = result_spec("catchmentallocation").style_for("OUTPUT_CATCHMENTS", {}, layer)
    apply_style(layer, spec)
    colours = _colours(layer.renderer())
    assert set(colours) == {"A", "B", "C"} and len(set(colours.values())) == 3
    expression = layer.labeling().settings().fieldName
    assert '"centre_id"' in expression and '"population"' in expression
    assert layer.labelsEnabled()
    many = distinct_colours(30)
    assert len({c.name() for c in many}) == 30


def test_graduated_classes_follow_the_data(make_layer):
    values = [0.2, 0.5, 0.9, 1.4, 2.0, 3.5]
    layer = _squares(make_layer, {"lcrpgr": float}, [{"lcrpgr": v} for v in values])
    apply_style(layer, StyleSpec("graduated.qml", ("lcrpgr",), mode="graduated", classes=3))
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    ranges = renderer.ranges()
    assert len(ranges) == 3
    assert ranges[0].lowerValue() == 0.2 and ranges[-1].upperValue() == 3.5
    # quantiles of six values in three classes: two values per class
    counts = [sum(r.lowerValue() <= v <= r.upperValue() for v in values) for r in ranges]
    assert counts == [2, 2, 2]


def test_service_area_bands_one_class_per_threshold(make_layer):
    layer = _squares(
        make_layer,
        {"threshold": float, "cost_unit": str},
        [{"threshold": t, "cost_unit": "minutes"} for t in (10.0, 5.0, 20.0)],
    )
    spec = result_spec("serviceareas").style_for("OUTPUT_POLYGONS", {}, layer)
    apply_style(layer, spec)
    renderer = layer.renderer()
    assert [r.label() for r in renderer.ranges()] == ["≤ 5 min", "≤ 10 min", "≤ 20 min"]
    assert [r.upperValue() for r in renderer.ranges()] == [5.0, 10.0, 20.0]
    # the shortest band is drawn last (on top) and darkest
    assert renderer.orderByEnabled()
    lightness = [r.symbol().color().lightness() for r in renderer.ranges()]
    assert lightness == sorted(lightness)


def test_missing_field_leaves_the_default_style(make_layer):
    layer = _squares(make_layer, {"other": int}, [{"other": 1}])
    assert apply_style(layer, StyleSpec("ar5_arealtype.qml", ("arealtype",))) == ""


def test_the_town_profile_and_the_catalogue_colour_class_bars_alike(make_layer):
    from smaaby_plugin.report import styles, town_profile
    from smaaby_plugin.report.catalog import landuse
    from smaaby_plugin.report.chart import DEFAULT_BAR_COLOUR

    assert town_profile.class_colours is styles.class_colours is landuse.class_colours
    layer = _squares(make_layer, {"class_code": int}, [{"class_code": 21}, {"class_code": 30}])
    apply_style(layer, result_spec("landuseaccount").style_for("OUTPUT_PIECES", {}, layer))
    # the map's NIBIO colours; a class the style does not draw gets the default bar colour
    assert styles.class_colours(layer, [21, "30", 99]) == ["#ffd16e", "#9ecc73", DEFAULT_BAR_COLOUR]
    assert styles.class_colours(None, [21]) == []


def _legend_labels(renderer):
    return [r.label() for r in renderer.ranges()]


def _degenerate(label: str) -> bool:
    """ "0 – 0", "1,5 – 1,5": a class whose bounds print alike."""
    parts = label.split(" – ")
    return len(parts) == 2 and parts[0] == parts[1]


@pytest.mark.parametrize(
    ("values", "spec_field"),
    [
        # density rings of a kommune: most rings empty (the legend showed "0 – 0" three times)
        ([0.0] * 20 + [3.0, 40.0, 120.0, 900.0, 2500.0], "density_km2"),
        # commuting shares of all kommuner: most 0, a few 0.001-0.7
        ([0.0] * 300 + [0.0004, 0.002, 0.05, 0.12, 0.31, 0.7], "share"),
    ],
)
def test_graduated_classes_never_print_alike(make_layer, values, spec_field):
    layer = _squares(make_layer, {spec_field: float}, [{spec_field: v} for v in values])
    apply_style(layer, StyleSpec("graduated.qml", (spec_field,), mode="graduated", classes=5))
    renderer = layer.renderer()
    labels = _legend_labels(renderer)
    assert labels and not any(_degenerate(label) for label in labels), labels
    ranges = renderer.ranges()
    # the classes still cover every value, in order, without gaps
    assert ranges[0].lowerValue() == min(values) and ranges[-1].upperValue() == max(values)
    for left, right in zip(ranges, ranges[1:]):
        assert left.upperValue() == right.lowerValue()
    assert all(any(r.lowerValue() <= v <= r.upperValue() for r in ranges) for v in values)
    # the colours still run along the ramp: one colour per class
    assert len({r.symbol().color().name() for r in ranges}) == len(ranges)


def test_graduated_one_value_is_one_class_with_that_value(make_layer):
    layer = _squares(make_layer, {"share": float}, [{"share": 0.0} for _ in range(4)])
    apply_style(layer, StyleSpec("graduated.qml", ("share",), mode="graduated", classes=5))
    assert _legend_labels(layer.renderer()) == ["0"]


def test_distinct_breaks_joins_degenerate_classes():
    from smaaby_plugin.report.styles import distinct_breaks

    def same(a, b):
        return a == b

    assert distinct_breaks([(0, 0), (0, 0), (0, 5), (5, 9)], same) == [(0, 5), (5, 9)]
    assert distinct_breaks([(0, 5), (5, 5), (5, 9)], same) == [(0, 5), (5, 9)]
    assert distinct_breaks([(0, 5), (5, 9), (9, 9)], same) == [(0, 5), (5, 9)]
    assert distinct_breaks([(2, 2), (2, 2)], same) == [(2, 2)]

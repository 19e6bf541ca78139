"""Write the layer styles in resources/styles/*.qml from the code lists and colour tables.

    .venv/bin/python scripts/make_styles.py      (QT_QPA_PLATFORM=offscreen)

The .qml files are committed; rerun this after editing a code list or a colour below.
They are templates: ``smaaby_plugin.report.styles.apply_style`` loads one, points it at
the result's field and, for graduated and data-driven categorized styles, recomputes
the classes from the data.

Colour sources (facts, not copied styles):
- AR5 arealtype: NIBIO's "Dokumentasjon av FKB-AR5", symbol table (R G B per class);
  bog (myr) is a line hatch in its colour, as NIBIO draws it.
- SOSI kommuneplan arealformål: the NPAD drawing rules as published in DiBK's map
  styles (styles.ft.dibk.no, KpArealformålOmråde, status "eksisterende"); sub-purposes
  without their own colour take their hovedformål's.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "resources" / "styles"
CODES = ROOT / "resources" / "codes"

AR5_RGB = {
    11: (252, 219, 214),
    12: (179, 120, 76),
    21: (255, 209, 110),
    22: (255, 255, 76),
    23: (255, 255, 173),
    30: (158, 204, 115),
    50: (217, 217, 217),
    60: (115, 223, 255),
    70: (227, 235, 224),
    81: (204, 245, 255),
    82: (204, 245, 255),
    99: (255, 255, 255),
}

SOSI_HEX = {
    1000: "#ffcc00",
    1001: "#ffcc00",
    1110: "#ffff99",
    1120: "#ffcc66",
    1130: "#cc9900",
    1140: "#cc99cc",
    1150: "#ccccff",
    1160: "#ff9999",
    1170: "#9999cc",
    1200: "#cc9999",
    1300: "#cc99ff",
    1400: "#99cc00",
    1500: "#ff9933",
    1600: "#66cc99",
    1700: "#cc6699",
    1800: "#ffcc00",
    2000: "#999999",
    2001: "#999999",
    2010: "#cccccc",
    3000: "#99ff99",
    3001: "#99ff99",
    3002: "#99ff99",
    3020: "#99ff99",
    3030: "#99ff99",
    3040: "#99ff99",
    3050: "#99ff99",
    3100: "#33ebeb",
    3800: "#99ff99",
    4000: "#cccc99",
    4001: "#cccc99",
    5000: "#ccff99",
    5001: "#ccff99",
    5100: "#ccff99",
    5200: "#ccffcc",
    5210: "#ccffcc",
    5220: "#ccffcc",
    5230: "#ccffcc",
    6000: "#ccffff",
    6001: "#ccffff",
    6100: "#66ccff",
    6110: "#33afaf",
}
#: hovedformål 0..6 -> colour of its generic purpose (0: not registered, white)
HOVEDFORMAL_HEX = {
    0: "#ffffff",
    1: "#ffcc00",
    2: "#999999",
    3: "#99ff99",
    4: "#cccc99",
    5: "#ccff99",
    6: "#ccffff",
}


def _rows(name: str) -> list[dict]:
    with open(CODES / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def main() -> int:
    from qgis.core import (
        QgsApplication,
        QgsCategorizedSymbolRenderer,
        QgsFillSymbol,
        QgsGraduatedSymbolRenderer,
        QgsLinePatternFillSymbolLayer,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsPalLayerSettings,
        QgsRendererCategory,
        QgsSimpleFillSymbolLayer,
        QgsSingleSymbolRenderer,
        QgsStyle,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)

    def layer(geometry: str, field: str, kind: str = "integer") -> QgsVectorLayer:
        return QgsVectorLayer(f"{geometry}?crs=EPSG:25833&field={field}:{kind}", "s", "memory")

    def fill(
        colour: str, outline: str = "#606060", width: float = 0.15, alpha: float = 1.0
    ) -> QgsFillSymbol:
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": outline, "outline_width": str(width)}
        )
        symbol.setOpacity(alpha)
        return symbol

    def save(lyr: QgsVectorLayer, name: str) -> None:
        path = STYLES / name
        message, ok = lyr.saveNamedStyle(str(path))
        if not ok:
            raise SystemExit(f"could not write {path}: {message}")
        print(f"wrote {path.relative_to(ROOT)}")

    def labels(lyr, expression: str, size: float = 8.0, placement=None) -> None:
        settings = QgsPalLayerSettings()
        settings.fieldName = expression
        settings.isExpression = True
        text = QgsTextFormat()
        text.setFont(QFont("Sans Serif"))
        text.setSize(size)
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        buffer.setColor(QColor("white"))
        text.setBuffer(buffer)
        settings.setFormat(text)
        if placement is not None:
            settings.placement = placement
        lyr.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        lyr.setLabelsEnabled(True)

    # AR5 arealtype ----------------------------------------------------------------
    lyr = layer("Polygon", "arealtype")
    categories = []
    for row in _rows("ar5_arealtype.csv"):
        code = int(row["code"])
        r, g, b = AR5_RGB.get(code, (255, 255, 255))
        colour = QColor(r, g, b).name()
        if code == 60:  # myr: NIBIO draws a line hatch in the class colour
            symbol = fill("#ffffff")
            hatch = QgsLinePatternFillSymbolLayer()
            hatch.setLineAngle(0)
            hatch.setDistance(1.2)
            hatch.setSubSymbol(QgsLineSymbol.createSimple({"color": colour, "width": "0.35"}))
            symbol.appendSymbolLayer(hatch)
        else:
            symbol = fill(colour)
        categories.append(QgsRendererCategory(code, symbol, f"{code} {row['label_nb']}"))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("arealtype", categories))
    save(lyr, "ar5_arealtype.qml")

    # SOSI arealformål --------------------------------------------------------------
    lyr = layer("Polygon", "arealformal")
    categories = []
    for row in _rows("sosi_arealformal.csv"):
        code = int(row["code"])
        colour = SOSI_HEX.get(code) or HOVEDFORMAL_HEX.get(int(row["hovedformal"] or 0), "#ffffff")
        label = f"{code} {row['label_nb']}"
        if row["outdated"] == "1":
            label += " (utgått)"
        categories.append(QgsRendererCategory(code, fill(colour), label))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("arealformal", categories))
    save(lyr, "sosi_arealformal.qml")

    lyr = layer("Polygon", "hovedformal")
    categories = [
        QgsRendererCategory(
            int(r["code"]),
            fill(HOVEDFORMAL_HEX.get(int(r["code"]), "#ffffff")),
            f"{r['code']} {r['label_nb']}",
        )
        for r in _rows("sosi_hovedformal.csv")
    ]
    lyr.setRenderer(QgsCategorizedSymbolRenderer("hovedformal", categories))
    save(lyr, "sosi_hovedformal.qml")

    # Graduated templates: the classes are recomputed from the data when applied ---------
    def graduated(
        geometry: str,
        ramp_name: str,
        name: str,
        invert: bool = False,
        symbol=None,
        alpha: float = 1.0,
    ) -> None:
        lyr = layer(geometry, "value", "double")
        renderer = QgsGraduatedSymbolRenderer("value")
        ramp = QgsStyle.defaultStyle().colorRamp(ramp_name)
        if invert:
            ramp.invert()
        renderer.setSourceColorRamp(ramp)
        base = symbol or fill("#ffffff", outline="#808080", width=0.1, alpha=alpha)
        renderer.setSourceSymbol(base)
        lyr.setRenderer(renderer)
        save(lyr, name)

    graduated("Polygon", "YlOrRd", "graduated.qml")
    graduated("Polygon", "Blues", "density.qml")
    graduated("Polygon", "RdYlBu", "diverging.qml", invert=True)
    # service-area bands: the shortest band darkest, semi-transparent over the map
    graduated("Polygon", "YlGnBu", "servicearea_bands.qml", invert=True, alpha=0.7)
    graduated(
        "LineString",
        "YlGnBu",
        "cost_lines.qml",
        invert=True,
        symbol=QgsLineSymbol.createSimple({"color": "#333333", "width": "0.5"}),
    )

    # Catchments: one distinct colour per centre (recomputed), labels with population --
    lyr = layer("Polygon", "centre_id", "string")
    # one placeholder category: a categorized renderer without any loads as a single
    # symbol; apply_style replaces it with one category per value
    template = fill("#ffffff", outline="#404040", width=0.3, alpha=0.8)
    renderer = QgsCategorizedSymbolRenderer(
        "centre_id", [QgsRendererCategory("__template__", template.clone(), "template")]
    )
    renderer.setSourceSymbol(template)
    lyr.setRenderer(renderer)
    labels(lyr, '"centre_id"', size=9.0)
    save(lyr, "catchments.qml")

    # Generic categories (one distinct colour per value, recomputed), no labels
    lyr = layer("Polygon", "category", "string")
    template = fill("#ffffff", outline="#606060", width=0.2, alpha=0.85)
    renderer = QgsCategorizedSymbolRenderer(
        "category", [QgsRendererCategory("__template__", template.clone(), "template")]
    )
    renderer.setSourceSymbol(template)
    lyr.setRenderer(renderer)
    save(lyr, "categories.qml")

    # Plan change by type: new development red, returned development green
    lyr = layer("Polygon", "change_type", "string")
    categories = [
        QgsRendererCategory("new development", fill("#e31a1c"), "new development"),
        QgsRendererCategory("development returned", fill("#33a02c"), "development returned"),
        QgsRendererCategory("within development", fill("#fdbf6f"), "within development"),
        QgsRendererCategory("within non-development", fill("#d9f0d3"), "within non-development"),
    ]
    lyr.setRenderer(QgsCategorizedSymbolRenderer("change_type", categories))
    save(lyr, "change.qml")

    # Points: centres (labelled), businesses, demand ---------------------------------
    lyr = layer("Point", "name", "string")
    star = QgsMarkerSymbol.createSimple(
        {"name": "star", "color": "#d7191c", "outline_color": "#000000", "size": "5"}
    )
    lyr.setRenderer(QgsSingleSymbolRenderer(star))
    labels(lyr, '"name"', size=9.0)
    save(lyr, "centres.qml")

    lyr = layer("Point", "value", "double")
    dot = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#2c7bb6", "outline_color": "#ffffff", "size": "1.6"}
    )
    lyr.setRenderer(QgsSingleSymbolRenderer(dot))
    save(lyr, "points.qml")

    # Outlines: settlements, centre zones, towns, distance rings ----------------------
    lyr = layer("Polygon", "name", "string")
    outline = QgsFillSymbol()
    outline.changeSymbolLayer(
        0,
        QgsSimpleFillSymbolLayer.create(
            {"color": "0,0,0,0", "style": "no", "outline_color": "#7b3294", "outline_width": "0.6"}
        ),
    )
    lyr.setRenderer(QgsSingleSymbolRenderer(outline))
    save(lyr, "outline.qml")

    # distance circles of the town profile: dashed outlines labelled along the perimeter
    lyr = layer("Polygon", "distance_m", "double")
    circle = QgsFillSymbol()
    circle.changeSymbolLayer(
        0,
        QgsSimpleFillSymbolLayer.create(
            {
                "color": "0,0,0,0",
                "style": "no",
                "outline_color": "#252525",
                "outline_width": "0.4",
                "outline_style": "dash",
            }
        ),
    )
    lyr.setRenderer(QgsSingleSymbolRenderer(circle))
    labels(
        lyr,
        "format_number(\"distance_m\", 0) || ' m'",
        size=8.0,
        placement=QgsPalLayerSettings.Line,
    )
    save(lyr, "circles.qml")

    lyr = layer("Polygon", "name", "string")
    zone = fill("#fdae61", outline="#a6611a", width=0.4, alpha=0.75)
    lyr.setRenderer(QgsSingleSymbolRenderer(zone))
    save(lyr, "zones.qml")

    lyr = layer("LineString", "name", "string")
    lyr.setRenderer(
        QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"color": "#7f7f7f", "width": "0.3"}))
    )
    save(lyr, "lines.qml")

    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())

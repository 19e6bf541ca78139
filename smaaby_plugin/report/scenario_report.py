"""The PDF report of ``smaaby:scenariocompare``, in the town-profile style: an overview
map of all the alternatives, the comparison table, a map page per alternative, bar
charts per indicator, and the texts with the travel model and its sources.

The pages are the town profile's (:mod:`smaaby_plugin.report.town_profile`: A4 portrait,
the standard items of :mod:`smaaby_plugin.report.layout`), written by
:mod:`smaaby_plugin.report.pdf` page by page (a cancel takes effect between pages). The
figures come from ``core.scenarios``; nothing is computed here. Texts are translated in
the context ``ScenarioReport``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemPicture,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProject,
    QgsRendererCategory,
    QgsTableCell,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor, QFont

from smaaby_plugin import layers as bridge
from smaaby_plugin.core.progress import Progress, report, scaled
from smaaby_plugin.report.chart import format_value
from smaaby_plugin.report.layout import (
    ChartData,
    LayoutContent,
    _place,
    chart_picture_path,
    fill_layout,
)
from smaaby_plugin.report.pdf import export_pdf
from smaaby_plugin.report.runlayout import today_text
from smaaby_plugin.report.styles import distinct_colours
from smaaby_plugin.report.town_profile import PDF_DPI, _page

__all__ = ["ReportLayers", "report_layers", "write_pdf", "value_text"]

_HEAD = {"title": (10, 8, 190, 11), "date": (10, 19, 190, 6), "source": (10, 284, 190, 9)}
_OVERVIEW = {
    **_HEAD,
    "map": (10, 27, 190, 150),
    "north": (186, 30, 11, 15),
    "scalebar": (13, 163, 70, 11),
    "legend": (10, 181, 70, 98),
    "keyfigures": (84, 181, 116, 98),
}
_TABLE = {**_HEAD, "keyfigures": (10, 27, 190, 252)}
_MAP_PAGE = {
    **_HEAD,
    "map": (10, 27, 190, 120),
    "north": (186, 30, 11, 15),
    "scalebar": (13, 133, 70, 11),
    "keyfigures": (10, 151, 110, 130),
    "chart": (124, 151, 76, 130),
}
_CHARTS_PER_PAGE = 6
_SOURCE = "Småby: smaaby:scenariocompare"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScenarioReport", text)


@dataclass
class ReportLayers:
    """The map layers of the report: all areas coloured by alternative, each
    alternative's areas on its own, and the centre."""

    areas: QgsVectorLayer
    centre: QgsVectorLayer
    roads: QgsVectorLayer | None = None
    by_alternative: dict = field(default_factory=dict)
    shore: QgsVectorLayer | None = None

    def all(self) -> list:
        return [
            lyr
            for lyr in (
                self.areas,
                self.centre,
                self.roads,
                self.shore,
                *self.by_alternative.values(),
            )
            if lyr is not None
        ]


def _label(row) -> str:
    """The indicator's label in the language the report is translated into: bokmål
    (``label_nb``) where the report's own texts are, English otherwise."""
    norwegian = _tr("Indicator") != "Indicator"
    return str(row["label_nb"]) if norwegian and row.get("label_nb") else str(row["label"])


def _colours(names) -> dict:
    return {n: c.name() for n, c in zip(names, distinct_colours(len(names)))}


def _style(layer: QgsVectorLayer, colours: dict) -> None:
    categories = []
    for name, colour in colours.items():
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#333333", "outline_width": "0.3"}
        )
        categories.append(QgsRendererCategory(name, symbol, name))
    layer.setRenderer(QgsCategorizedSymbolRenderer("alternative", categories))


def _near(geoms, frame_box):
    geoms = np.asarray(geoms, dtype=object) if geoms is not None else np.zeros(0, object)
    return geoms[shapely.intersects(geoms, frame_box)] if len(geoms) else geoms


def report_layers(
    areas: pd.DataFrame, geometry, centre, crs, roads=None, shore=None
) -> ReportLayers:
    """Memory layers for the maps (made in the algorithm's thread, styled here); the
    roads (lines) only where they come near the areas, for the background."""
    frame = areas[["alternative", "area_fid", "dwellings", "jobs"]].reset_index(drop=True)
    names = list(dict.fromkeys(frame["alternative"]))
    colours = _colours(names)
    geometry = np.asarray(geometry, dtype=object)
    all_areas = bridge.memory_layer(
        frame, geometry, crs, QgsWkbTypes.MultiPolygon, _tr("Development areas")
    )
    _style(all_areas, colours)
    centre_layer = bridge.memory_layer(
        pd.DataFrame({"name": [_tr("Centre")] * len(centre)}),
        centre,
        crs,
        QgsWkbTypes.Point,
        _tr("Centre"),
    )
    centre_layer.renderer().setSymbol(
        QgsMarkerSymbol.createSimple({"name": "star", "color": "#d7191c", "size": "5"})
    )
    road_layer = shore_layer = None
    frame_box = shapely.buffer(shapely.envelope(shapely.union_all(geometry)), 1500.0)
    near = _near(roads, frame_box)
    if len(near):
        road_layer = bridge.memory_layer(
            pd.DataFrame({"kind": ["road"] * len(near)}),
            near,
            crs,
            QgsWkbTypes.MultiLineString,
            _tr("Roads"),
        )
        road_layer.renderer().setSymbol(
            QgsLineSymbol.createSimple({"line_color": "#9a9a9a", "line_width": "0.25"})
        )
    by_alt = {}
    for name in names:
        sel = (frame["alternative"] == name).to_numpy()
        layer = bridge.memory_layer(frame[sel], geometry[sel], crs, QgsWkbTypes.MultiPolygon, name)
        _style(layer, {name: colours[name]})
        by_alt[name] = layer
    water = _near(shore, frame_box)
    if len(water):
        # shore lines as they are, water polygons by their outlines
        polygons = shapely.get_dimensions(water) == 2
        water[polygons] = shapely.boundary(water[polygons])
        shore_layer = bridge.memory_layer(
            pd.DataFrame({"kind": ["shore"] * len(water)}),
            water,
            crs,
            QgsWkbTypes.MultiLineString,
            _tr("Shore"),
        )
        shore_layer.renderer().setSymbol(
            QgsLineSymbol.createSimple({"line_color": "#2b83ba", "line_width": "0.6"})
        )
    return ReportLayers(all_areas, centre_layer, road_layer, by_alt, shore_layer)


def value_text(value: float, unit: str) -> str:
    """A value as printed in the tables ('–' when empty)."""
    if value is None or not np.isfinite(value):
        return "–"
    decimals = 1 if unit in ("daa", "dwellings per daa", "min", "t/year") else 0
    shown = "" if unit in ("dwellings", "jobs", "persons") else unit
    return format_value(float(value), shown, decimals)


def _wide_table(items: dict, header: list[str], rows: list[list[str]], first: float) -> None:
    """The key-figure table of ``items`` with several columns (the first ``first`` of the
    width, the rest shared)."""
    frame = items["keyfigures"]
    table = frame.multiFrame()
    width = frame.sizeWithUnits().width() - (len(header) + 1) * (table.cellMargin() + 0.4)
    rest = (width * (1 - first)) / max(len(header) - 1, 1)
    table.setWrapBehavior(QgsLayoutTable.WrapText)  # long sources wrap inside their cell
    table.setHeaders([QgsLayoutTableColumn(h) for h in header])
    table.setColumnWidths([width * first] + [rest] * (len(header) - 1))
    table.setTableContents([[QgsTableCell(c) for c in row] for row in rows])
    table.refresh()


def _text_item(layout, text: str, box, size: float = 8.0) -> None:
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("Sans Serif")
    font.setPointSizeF(size)
    item.setFont(font)
    item.setFontColor(QColor("#000000"))
    layout.addLayoutItem(item)
    _place(item, box, 0)


def _drawn(maps: ReportLayers, areas) -> list:
    """Top first: the centre, the areas, the shore, the roads."""
    return [lyr for lyr in (maps.centre, areas, maps.shore, maps.roads) if lyr is not None]


def _overview(project, crs, title, maps, table, names, date):
    layout, items = _page(project, title, _OVERVIEW)
    rows = table.set_index("indicator")
    figures = [
        (
            n,
            _tr("{} dwellings, {} jobs, {}").format(
                value_text(rows.at["dwellings", n], "dwellings"),
                value_text(rows.at["jobs", n], "jobs"),
                value_text(rows.at["area_daa", n], "daa"),
            ),
        )
        for n in names
    ]
    fill_layout(
        layout,
        LayoutContent(
            title=title,
            date_text=date,
            layers=_drawn(maps, maps.areas),
            crs=crs,
            extent_layers=[maps.areas],
            key_header=(_tr("Alternative"), _tr("Plan")),
            key_figures=figures,
            source=_SOURCE,
            legend_title=_tr("Legend"),
        ),
        items,
        project,
    )
    return layout


def _comparison(project, title, table, names, date):
    layout, items = _page(project, title, _TABLE)
    fill_layout(
        layout,
        LayoutContent(title=_tr("Comparison of the alternatives"), date_text=date, source=_SOURCE),
        items,
        project,
    )
    header = [_tr("Indicator (unit)"), *names, _tr("Best")]
    rows = []
    for _, r in table.iterrows():
        better = {"lower": " ↓", "higher": " ↑"}.get(r["direction"], "")
        rows.append(
            [f"{_label(r)} ({r['unit']}){better}"]
            + [value_text(r[n], r["unit"]) for n in names]
            + [r["best"] or "–"]
        )
    _wide_table(items, header, rows, 0.42 if len(names) <= 3 else 0.32)
    return layout


def _alternative_page(project, crs, title, maps, table, name, date):
    layout, items = _page(project, title, _MAP_PAGE)
    land = table[(table["group"] == "land") & table[name].notna()]
    figures = [
        (f"{_label(r)} ({r['unit']})", value_text(r[name], r["unit"]))
        for _, r in table.iterrows()
        if r["group"] != "land" or r["indicator"] == "area_daa"
    ]
    chart = ChartData(
        _tr("Land taken by class"),
        "daa",
        [_label(r) for _, r in land.iterrows() if r["indicator"] != "area_daa"],
        [float(r[name]) for _, r in land.iterrows() if r["indicator"] != "area_daa"],
    )
    fill_layout(
        layout,
        LayoutContent(
            title=_tr("Alternative: {}").format(name),
            date_text=date,
            layers=_drawn(maps, maps.by_alternative[name]),
            crs=crs,
            extent_layers=[maps.areas],  # the same frame on every alternative's page
            key_header=(_tr("Indicator"), _tr("Value")),
            key_figures=figures,
            chart=chart if chart.values else None,
            source=_SOURCE,
        ),
        items,
        project,
    )
    return layout


def _chart_page(project, title, table, names, colours, date):
    layout, items = _page(project, title, _HEAD)
    fill_layout(
        layout,
        LayoutContent(title=_tr("Indicators by alternative"), date_text=date, source=_SOURCE),
        items,
        project,
    )
    for i, (_, r) in enumerate(table.iterrows()):
        x, y = 10 + (i % 2) * 96, 27 + (i // 2) * 84
        values = [float(r[n]) for n in names]
        better = {"lower": _tr("lower is better"), "higher": _tr("higher is better")}
        chart = ChartData(
            _label(r),
            r["unit"],
            list(names),
            values,
            [colours[n] for n in names],
            better.get(r["direction"], ""),
        )
        picture = QgsLayoutItemPicture(layout)
        picture.setResizeMode(QgsLayoutItemPicture.Zoom)
        layout.addLayoutItem(picture)
        _place(picture, (x, y, 94, 80), 0)
        picture.setPicturePath(chart_picture_path(chart, 94, 80), QgsLayoutItemPicture.FormatSVG)
    return layout


def _texts_page(project, title, texts, model_table, date):
    layout, items = _page(project, title, {**_HEAD, "keyfigures": (10, 150, 190, 130)})
    fill_layout(
        layout,
        LayoutContent(
            title=_tr("What each alternative costs and gains"), date_text=date, source=_SOURCE
        ),
        items,
        project,
    )
    _text_item(layout, "\n\n".join(texts["text"]), (10, 27, 190, 118))
    rows = [
        [f"{r['parameter']} ({r['unit']})", r["value"], r["status"], r["source"]]
        for _, r in model_table.iterrows()
    ]
    _wide_table(items, [_tr("Parameter"), _tr("Value"), _tr("Status"), _tr("Source")], rows, 0.25)
    frame = items["keyfigures"]
    table = frame.multiFrame()
    size = frame.sizeWithUnits().width()
    table.setColumnWidths([size * 0.22, size * 0.1, size * 0.16, size * 0.46])
    table.refresh()
    return layout


def write_pdf(
    path: str,
    title: str,
    crs: QgsCoordinateReferenceSystem,
    maps: ReportLayers,
    table: pd.DataFrame,
    texts: pd.DataFrame,
    model_table: pd.DataFrame,
    progress: Progress | None = None,
) -> int:
    """Lay the report out and write it to ``path``; returns the number of pages.

    Pages: the overview map, the comparison table, a map per alternative, the bar
    charts (six indicators a page), the texts with the model's parameters and sources.
    The layouts live in a project of their own, which takes the layers over.
    """
    project = QgsProject()
    project.setCrs(crs if crs.isValid() else QgsCoordinateReferenceSystem("EPSG:25833"))
    for layer in maps.all():
        project.addMapLayer(layer, False)
    names = [c[len("rank_") :] for c in table.columns if c.startswith("rank_")]
    colours = _colours(names)
    date = today_text()
    pages = [
        lambda: _overview(project, crs, title, maps, table, names, date),
        lambda: _comparison(project, title, table, names, date),
    ]
    for name in names:
        pages.append(lambda n=name: _alternative_page(project, crs, title, maps, table, n, date))
    shown = table[table[names].notna().any(axis=1)].reset_index(drop=True)
    for start in range(0, len(shown), _CHARTS_PER_PAGE):
        part = shown.iloc[start : start + _CHARTS_PER_PAGE]
        pages.append(lambda p=part: _chart_page(project, title, p, names, colours, date))
    pages.append(lambda: _texts_page(project, title, texts, model_table, date))
    layouts = []
    for i, make in enumerate(pages):
        report(progress, 0.35 * i / len(pages))
        layouts.append(make())
    export_pdf(layouts, path, PDF_DPI, scaled(progress, 0.35, 1.0))
    return len(layouts)

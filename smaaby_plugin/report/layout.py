"""Print layouts: the standard items, the templates in ``resources/layouts/`` and filling
them with a result (map, legend, scale bar, north arrow, title, date, source text,
key-figure table and a bar chart).

The same item builders make the templates (``scripts/make_layouts.py``) and the pages
of the town profile, so a template and a profile page look alike. Item ids:
``title``, ``date``, ``map``, ``north``, ``scalebar``, ``legend``, ``keyfigures``
(the frame of a manual table), ``chart`` (an embedded SVG picture) and ``source``.
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from smaaby_plugin import paths
from smaaby_plugin.report.chart import bar_chart_svg

__all__ = [
    "TEMPLATES",
    "ChartData",
    "LayoutContent",
    "page_boxes",
    "add_standard_items",
    "load_template",
    "fill_layout",
    "unique_layout_name",
    "paper_size_mm",
    "chart_picture_path",
    "features_extent",
    "legend_keys_in_extent",
]

NORTH_ARROW = ":/images/north_arrows/layout_default_north_arrow.svg"
_TABLE_WIDTH = "smaaby/table_width"
TEMPLATES = ["a4_portrait", "a4_landscape", "a3_portrait", "a3_landscape"]
_PAPER_MM = {"a4": (210.0, 297.0), "a3": (297.0, 420.0)}

# Boxes in mm on A4 (x, y, width, height); A3 scales them by sqrt(2).
_PORTRAIT = {
    "title": (10, 8, 190, 11),
    "date": (10, 19, 190, 6),
    "map": (10, 27, 190, 138),
    "north": (186, 30, 11, 15),
    "scalebar": (13, 151, 70, 11),
    "legend": (10, 169, 92, 56),
    "keyfigures": (106, 169, 94, 56),
    "chart": (10, 228, 190, 54),
    "source": (10, 284, 190, 9),
}
_LANDSCAPE = {
    "title": (10, 8, 277, 11),
    "date": (10, 19, 277, 6),
    "map": (10, 27, 180, 165),
    "north": (176, 30, 11, 15),
    "scalebar": (13, 178, 70, 11),
    "legend": (195, 27, 92, 62),
    "keyfigures": (195, 92, 92, 48),
    "chart": (195, 143, 92, 49),
    "source": (10, 195, 277, 9),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SmaabyLayout", text)


@dataclass
class ChartData:
    """Bars for the chart item: one label and value (and optional colour) per bar."""

    title: str
    unit: str
    labels: list[str]
    values: list[float]
    colours: list[str] | None = None
    note: str = ""


@dataclass
class LayoutContent:
    """What a layout shows; ``layers`` are drawn top first."""

    title: str
    date_text: str = ""
    layers: list = field(default_factory=list)
    crs: QgsCoordinateReferenceSystem | None = None
    extent_layers: list | None = None
    extent: QgsRectangle | None = None  # in ``crs``; wins over extent_layers
    key_header: tuple[str, str] = ("", "")
    key_figures: list[tuple[str, str]] = field(default_factory=list)
    chart: ChartData | None = None
    source: str = ""
    legend_title: str = ""


def page_boxes(paper: str = "a4", orientation: str = "portrait") -> dict[str, tuple]:
    """The standard item boxes (x, y, w, h in mm) for a paper size and orientation."""
    k = 1.0 if paper == "a4" else math.sqrt(2.0)
    boxes = _PORTRAIT if orientation == "portrait" else _LANDSCAPE
    return {key: tuple(v * k for v in box) for key, box in boxes.items()}


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont("Sans Serif")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _text_format(size: float, bold: bool = False, colour: str = "#000000") -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(QColor(colour))
    return fmt


def _place(item, box, page: int) -> None:
    x, y, w, h = box
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))


def _label(layout, text: str, size: float, bold: bool = False, colour: str = "#000000"):
    # QGIS 3.22 labels take a QFont (setTextFormat came with 3.24)
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    item.setFont(_font(size, bold))
    item.setFontColor(QColor(colour))
    layout.addLayoutItem(item)
    return item


def add_standard_items(
    layout: QgsPrintLayout,
    paper: str = "a4",
    orientation: str = "portrait",
    page: int = 0,
    boxes: dict | None = None,
    only: set | None = None,
) -> dict:
    """Add the standard items to ``page`` of ``layout``; returns them by id.

    ``boxes`` overrides the standard boxes (x, y, w, h in mm on the page); ``only``
    limits the items made.
    """
    boxes = boxes or page_boxes(paper, orientation)
    f = 1.0 if paper == "a4" else 1.25  # fonts grow less than the paper
    wanted = [k for k in boxes if only is None or k in only]
    items: dict = {}
    if "map" in wanted:
        # DESIGN.md: a new map item is 0 x 0: size, extent, then size again (_place).
        map_item = QgsLayoutItemMap(layout)
        layout.addLayoutItem(map_item)
        map_item.setFrameEnabled(True)
        map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
        _place(map_item, boxes["map"], page)
        # a finite extent of the box's shape: an empty one is saved as NaN and a
        # template's map then loads with a NaN height
        _x, _y, width, height = boxes["map"]
        map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:25833"))
        map_item.setExtent(QgsRectangle(0, 0, width * 100.0, height * 100.0))
        _place(map_item, boxes["map"], page)
        items["map"] = map_item
    map_item = items.get("map")
    for key in wanted:
        box = boxes[key]
        if key == "title":
            item = _label(layout, _tr("Title"), 18 * f, bold=True)
        elif key == "date":
            item = _label(layout, "", 9 * f, colour="#444444")
        elif key == "source":
            item = _label(layout, "", 7 * f, colour="#444444")
            item.setVAlign(Qt.AlignBottom)
        elif key == "north":
            item = QgsLayoutItemPicture(layout)
            item.setPicturePath(NORTH_ARROW)
            if map_item is not None:
                item.setLinkedMap(map_item)
            item.setNorthMode(QgsLayoutItemPicture.GridNorth)
            layout.addLayoutItem(item)
        elif key == "scalebar":
            item = QgsLayoutItemScaleBar(layout)
            item.setStyle("Single Box")
            if map_item is not None:
                item.setLinkedMap(map_item)
            item.setUnits(QgsUnitTypes.DistanceKilometers)
            item.setUnitLabel("km")
            item.setNumberOfSegments(2)
            item.setNumberOfSegmentsLeft(0)
            item.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
            item.setMinimumBarWidth(25 * f)
            item.setMaximumBarWidth(55 * f)
            item.setTextFormat(_text_format(8 * f))
            item.setBackgroundEnabled(True)
            item.setBackgroundColor(QColor(255, 255, 255, 210))
            layout.addLayoutItem(item)
        elif key == "legend":
            item = QgsLayoutItemLegend(layout)
            item.setTitle(_tr("Legend"))
            if map_item is not None:
                item.setLinkedMap(map_item)
            item.setAutoUpdateModel(False)
            item.setResizeToContents(False)
            item.setSymbolWidth(6 * f)
            item.setSymbolHeight(3.5 * f)
            for style, size in (
                (QgsLegendStyle.Title, 11),
                (QgsLegendStyle.Group, 9),
                (QgsLegendStyle.Subgroup, 9),
                (QgsLegendStyle.SymbolLabel, 8),
            ):
                item.rstyle(style).setFont(
                    _font(size * f, bold=style != QgsLegendStyle.SymbolLabel)
                )
            layout.addLayoutItem(item)
        elif key == "keyfigures":
            table = QgsLayoutItemManualTable.create(layout)
            table.setContentTextFormat(_text_format(8 * f))
            table.setHeaderTextFormat(_text_format(8 * f, bold=True))
            table.setShowGrid(True)
            table.setGridStrokeWidth(0.2)
            table.setCellMargin(1.0)
            layout.addMultiFrame(table)
            item = QgsLayoutFrame(layout, table)
            table.addFrame(item)
            # a table sizes its frame to its columns: keep the box width for fill_layout
            item.setCustomProperty(_TABLE_WIDTH, box[2])
        elif key == "chart":
            item = QgsLayoutItemPicture(layout)
            item.setResizeMode(QgsLayoutItemPicture.Zoom)
            layout.addLayoutItem(item)
        else:
            continue
        item.setId(key)
        _place(item, box, page)
        items[key] = item
    if map_item is not None:
        map_item.setId("map")
    return items


def paper_size_mm(name: str) -> tuple[float, float]:
    """(width, height) in mm of a template name such as ``a3_landscape``."""
    paper, orientation = name.split("_")
    width, height = _PAPER_MM[paper]
    return (height, width) if orientation == "landscape" else (width, height)


def template_path(name: str):
    """Path of a layout template (``a4_portrait``, ... see :data:`TEMPLATES`)."""
    return paths.resource("layouts", f"{name}.qpt")


def load_template(project: QgsProject, name: str) -> QgsPrintLayout:
    """A new print layout of ``project`` from a template, not yet in its manager."""
    path = template_path(name)
    document = QDomDocument()
    with open(path, encoding="utf-8") as handle:
        if not document.setContent(handle.read()):
            raise ValueError(f"{path} is not a layout template")
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    if not ok:
        raise ValueError(f"{path} could not be loaded")
    return layout


def items_by_id(layout: QgsPrintLayout) -> dict:
    """The layout's items keyed by their id (frames included)."""
    return {
        item.id(): item
        for item in layout.items()
        if hasattr(item, "id") and callable(item.id) and item.id()
    }


def unique_layout_name(project: QgsProject, name: str) -> str:
    """``name``, or ``name (2)``, ``name (3)``... if the project has a layout of that name."""
    manager = project.layoutManager()
    candidate, n = name, 1
    while manager.layoutByName(candidate) is not None:
        n += 1
        candidate = f"{name} ({n})"
    return candidate


def chart_picture_path(chart: ChartData, width_mm: float, height_mm: float) -> str:
    """The chart as an embedded SVG path for ``QgsLayoutItemPicture.setPicturePath``."""
    svg = bar_chart_svg(
        chart.labels,
        chart.values,
        title=chart.title,
        unit=chart.unit,
        colors=chart.colours,
        width=width_mm,
        height=height_mm,
        note=chart.note,
    )
    return "base64:" + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _extent(layers, crs, project) -> QgsRectangle:
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in layers:
        if not layer.isSpatial() or layer.extent().isEmpty():
            continue
        rect = layer.extent()
        if layer.crs() != crs and layer.crs().isValid():
            transform = QgsCoordinateTransform(layer.crs(), crs, project)
            rect = transform.transformBoundingBox(rect)
        extent.combineExtentWith(rect)
    if extent.isEmpty() or not extent.isFinite():
        return QgsRectangle()
    return _margin(extent)


def _margin(extent: QgsRectangle) -> QgsRectangle:
    margin = max(extent.width(), extent.height()) * 0.05 or 100.0
    return extent.buffered(margin)


def features_extent(layer, expression: str | None, crs, project) -> QgsRectangle:
    """The bounding box (in ``crs``) of the features of ``layer`` matching
    ``expression`` (all features when None); empty when none match."""
    extent = QgsRectangle()
    extent.setMinimal()
    if layer is None or not layer.isSpatial():
        return QgsRectangle()
    request = QgsFeatureRequest().setNoAttributes()
    if expression:
        request = QgsFeatureRequest().setFilterExpression(expression)
    found = False
    for feature in layer.getFeatures(request):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        extent.combineExtentWith(geometry.boundingBox())
        found = True
    if not found:
        return QgsRectangle()
    if crs is not None and crs.isValid() and layer.crs().isValid() and layer.crs() != crs:
        extent = QgsCoordinateTransform(layer.crs(), crs, project).transformBoundingBox(extent)
    return extent


def _fill_map(items: dict, content: LayoutContent, project: QgsProject) -> None:
    map_item = items.get("map")
    if map_item is None:
        return
    spatial = [layer for layer in content.layers if layer.isSpatial()]
    crs = content.crs or (spatial[0].crs() if spatial else QgsCoordinateReferenceSystem())
    map_item.setCrs(crs)
    map_item.setLayers(spatial)
    map_item.setKeepLayerSet(True)
    if content.extent is not None and not content.extent.isEmpty():
        extent = _margin(QgsRectangle(content.extent))
    else:
        extent = _extent(content.extent_layers or spatial, crs, project)
    if not extent.isEmpty():
        size = map_item.sizeWithUnits()
        map_item.zoomToExtent(extent)
        map_item.attemptResize(size)  # zoomToExtent keeps the item, but say it again
        map_item.zoomToExtent(extent)
    for key in ("north", "scalebar", "legend"):
        if key in items:
            items[key].setLinkedMap(map_item)
    scalebar = items.get("scalebar")
    if scalebar is not None and not extent.isEmpty():
        _nice_scalebar(scalebar, map_item.extent().width())


def nice_segment(width_m: float, segments: int = 2, fraction: float = 0.3) -> float:
    """A round segment length (1, 2 or 5 times a power of ten, in m) so that ``segments``
    of them span about ``fraction`` of a map ``width_m`` wide."""
    target = max(width_m * fraction / segments, 1e-9)
    power = 10 ** math.floor(math.log10(target))
    return max((f * power for f in (1, 2, 5, 10) if f * power <= target), default=power)


def _nice_scalebar(scalebar, width_m: float) -> None:
    segment = nice_segment(width_m)
    kilometres = segment * 2 >= 1000
    scalebar.setUnits(
        QgsUnitTypes.DistanceKilometers if kilometres else QgsUnitTypes.DistanceMeters
    )
    scalebar.setUnitLabel("km" if kilometres else "m")
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(segment / 1000.0 if kilometres else segment)
    scalebar.resizeToMinimumWidth()
    scalebar.update()


def legend_keys_in_extent(layer, extent: QgsRectangle, crs, project) -> set | None:
    """The legend keys (classes) of ``layer``'s renderer drawn by some feature inside
    ``extent`` (in ``crs``); None when the layer has one symbol or no renderer.

    Reads the features in the extent once (attributes the renderer uses only), instead of
    QGIS's "filter legend by map content", which renders the whole map a second time:
    on Hamar's town profile that took 6 of its 7.5 s of printing, on the main thread.
    """
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    if renderer is None or len(renderer.legendSymbolItems()) <= 1 or extent.isEmpty():
        return None
    rect = extent
    if crs is not None and crs.isValid() and layer.crs().isValid() and layer.crs() != crs:
        rect = QgsCoordinateTransform(crs, layer.crs(), project).transformBoundingBox(extent)
    context = QgsRenderContext()
    context.setExpressionContext(
        QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    )
    renderer = renderer.clone()
    renderer.startRender(context, layer.fields())
    request = QgsFeatureRequest().setFilterRect(rect)
    request.setSubsetOfAttributes(renderer.usedAttributes(context), layer.fields())
    wanted = len(renderer.legendSymbolItems())
    keys: set = set()
    try:
        for feature in layer.getFeatures(request):
            context.expressionContext().setFeature(feature)
            keys.update(renderer.legendKeysForFeature(feature, context))
            if len(keys) >= wanted:
                break
    finally:
        renderer.stopRender(context)
    return keys


def _fill_legend(items: dict, content: LayoutContent, project: QgsProject | None = None) -> None:
    legend = items.get("legend")
    if legend is None:
        return
    legend.setTitle(content.legend_title or _tr("Legend"))
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    spatial = [layer for layer in content.layers if layer.isSpatial()]
    map_item = items.get("map")
    extent = map_item.extent() if map_item is not None else QgsRectangle()
    crs = map_item.crs() if map_item is not None else None
    # only the classes drawn inside the map (see legend_keys_in_extent)
    legend.setLegendFilterByMapEnabled(False)
    n_nodes = 0
    for layer in spatial:
        node = root.addLayer(layer)
        renderer = layer.renderer() if hasattr(layer, "renderer") else None
        symbols = renderer.legendSymbolItems() if renderer is not None else []
        keys = legend_keys_in_extent(layer, extent, crs, project)
        if keys is not None and not keys:  # nothing of it inside the map
            root.removeChildNode(node)
            continue
        if keys is not None:
            order = [i for i, item in enumerate(symbols) if item.ruleKey() in keys]
            if len(order) < len(symbols):
                QgsMapLayerLegendUtils.setLegendNodeOrder(node, order)
                legend.model().refreshLayerLegend(node)
            n_nodes += 1 + len(order)
        else:
            n_nodes += 1 + len(symbols)
    height = legend.sizeWithUnits().height()
    # about 5 mm a line: go to two columns when one would overflow the box
    legend.setColumnCount(2 if n_nodes * 5.0 > height else 1)
    legend.setSplitLayer(True)
    legend.refresh()


def _fill_table(items: dict, content: LayoutContent) -> None:
    frame = items.get("keyfigures")
    if frame is None:
        return
    table = frame.multiFrame()
    header = content.key_header if any(content.key_header) else (_tr("Key figure"), _tr("Value"))
    table.setIncludeTableHeader(True)
    box = float(frame.customProperty(_TABLE_WIDTH, frame.sizeWithUnits().width()))
    width = box - 4 * table.cellMargin() - 3 * table.gridStrokeWidth()
    table.setHeaders([QgsLayoutTableColumn(header[0]), QgsLayoutTableColumn(header[1])])
    # split the box by the longest text of each column, within 55-80 % for the labels
    longest = [
        max([len(str(h))] + [len(str(row[i])) for row in content.key_figures])
        for i, h in enumerate(header[:2])
    ]
    share = min(max(longest[0] / max(sum(longest), 1), 0.55), 0.8)
    table.setColumnWidths([width * share, width * (1 - share)])
    rows = [[QgsTableCell(label), QgsTableCell(value)] for label, value in content.key_figures]
    table.setTableContents(rows or [[QgsTableCell("–"), QgsTableCell("")]])
    table.refresh()


def _fill_chart(items: dict, content: LayoutContent) -> None:
    picture = items.get("chart")
    if picture is None:
        return
    if content.chart is None or not content.chart.values:
        picture.setVisibility(False)
        return
    size = picture.sizeWithUnits()
    picture.setPicturePath(
        chart_picture_path(content.chart, size.width(), size.height()),
        QgsLayoutItemPicture.FormatSVG,
    )
    picture.setVisibility(True)


def fill_layout(
    layout: QgsPrintLayout,
    content: LayoutContent,
    items: dict | None = None,
    project: QgsProject | None = None,
) -> dict:
    """Put ``content`` into the standard items of ``layout`` (found by id unless given)."""
    items = items or items_by_id(layout)
    project = project or layout.project()
    if "title" in items:
        items["title"].setText(content.title)
    if "date" in items:
        items["date"].setText(content.date_text)
    if "source" in items:
        items["source"].setText(content.source)
    _fill_map(items, content, project)
    _fill_legend(items, content, project)
    _fill_table(items, content)
    _fill_chart(items, content)
    layout.refresh()
    return items

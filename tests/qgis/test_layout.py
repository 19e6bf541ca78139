"""Print layouts: the templates' items, filling them, and the PDF they export (rendered
with pdftoppm: not blank, and the map drawn where the map item is)."""

from __future__ import annotations

import base64
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsProject,
)
from qgis.PyQt.QtGui import QColor, QImage

from smaaby_plugin.report.layout import (
    TEMPLATES,
    ChartData,
    LayoutContent,
    fill_layout,
    items_by_id,
    load_template,
    paper_size_mm,
)
from smaaby_plugin.report.styles import StyleSpec, apply_style

CRS = "EPSG:25833"
FOREST = QColor(158, 204, 115)  # AR5 30 skog, NIBIO's colour
BUILT = QColor(252, 219, 214)  # AR5 11 bebygd


@pytest.fixture
def project():
    project = QgsProject()
    project.setCrs(project.crs().fromOgcWmsCrs(CRS))
    return project


@pytest.fixture
def landcover(make_layer, project):
    # a 3 km x 1 km strip: bebygd in the west third, skog in the east two thirds
    layer = make_layer(
        "Polygon",
        CRS,
        {"arealtype": int},
        [
            (
                "POLYGON((300000 6700000,301000 6700000,301000 6701000,300000 6701000,"
                "300000 6700000))",
                {"arealtype": 11},
            ),
            (
                "POLYGON((301000 6700000,303000 6700000,303000 6701000,301000 6701000,"
                "301000 6700000))",
                {"arealtype": 30},
            ),
        ],
        name="landcover",
    )
    project.addMapLayer(layer)
    assert apply_style(layer, StyleSpec("ar5_arealtype.qml", ("arealtype",))) != ""
    return layer


def _content(layer):
    return LayoutContent(
        title="Eksempelby",
        date_text="1. januar 2025",
        layers=[layer],
        key_header=("Figure", "Value"),
        key_figures=[("Area", "3 000 daa"), ("Forest", "2 000 daa")],
        chart=ChartData(
            "Area by class", "daa", ["Bebygd", "Skog"], [1000.0, 2000.0], ["#fcdbd6", "#9ecc73"]
        ),
        source="Data: test fixture",
    )


@pytest.mark.parametrize("name", TEMPLATES)
def test_templates_hold_the_standard_items(project, name):
    layout = load_template(project, name)
    items = items_by_id(layout)
    assert set(items) == {
        "title",
        "date",
        "map",
        "north",
        "scalebar",
        "legend",
        "keyfigures",
        "chart",
        "source",
    }
    assert isinstance(items["map"], QgsLayoutItemMap)
    assert isinstance(items["legend"], QgsLayoutItemLegend)
    assert isinstance(items["scalebar"], QgsLayoutItemScaleBar)
    assert isinstance(items["north"], QgsLayoutItemPicture)
    assert isinstance(items["keyfigures"], QgsLayoutFrame)
    assert isinstance(items["keyfigures"].multiFrame(), QgsLayoutItemManualTable)
    size = layout.pageCollection().page(0).pageSize()
    assert (size.width(), size.height()) == paper_size_mm(name)
    # every item lies on the page, and the map is the largest item
    for item in items.values():
        rect = item.sceneBoundingRect()
        assert rect.left() >= 0 and rect.top() >= 0
        assert rect.right() <= size.width() + 0.01 and rect.bottom() <= size.height() + 0.01
    map_size = items["map"].sizeWithUnits()
    assert map_size.width() * map_size.height() == max(
        i.sizeWithUnits().width() * i.sizeWithUnits().height() for i in items.values()
    )


def test_fill_sets_map_legend_table_chart_and_texts(project, landcover):
    layout = load_template(project, "a4_portrait")
    items = fill_layout(layout, _content(landcover))
    assert items["title"].text() == "Eksempelby"
    assert items["source"].text() == "Data: test fixture"
    map_item = items["map"]
    assert map_item.layers() == [landcover] and map_item.crs().authid() == CRS
    # the extent holds the whole layer (5 % margin), at the item's aspect ratio
    extent = map_item.extent()
    assert extent.contains(landcover.extent())
    size = map_item.sizeWithUnits()
    assert extent.width() / extent.height() == pytest.approx(size.width() / size.height(), rel=1e-3)
    assert items["scalebar"].linkedMap() is map_item
    legend_layers = [n.layer() for n in items["legend"].model().rootGroup().findLayers()]
    assert legend_layers == [landcover]
    table = items["keyfigures"].multiFrame()
    cells = [[c.content() for c in row] for row in table.tableContents()]
    assert cells == [["Area", "3 000 daa"], ["Forest", "2 000 daa"]]
    assert [c.heading() for c in table.headers()] == ["Figure", "Value"]
    # the columns fill the template's 94 mm box (a table sizes its frame to its columns)
    assert items["keyfigures"].sizeWithUnits().width() == pytest.approx(94.0, abs=0.1)
    path = items["chart"].picturePath()
    assert path.startswith("base64:")
    svg = ET.fromstring(base64.b64decode(path[len("base64:") :]))
    bars = [e for e in svg.iter("{http://www.w3.org/2000/svg}rect") if e.get("class") == "bar"]
    widths = [float(b.get("width")) for b in bars]
    assert widths[1] == pytest.approx(2 * widths[0], rel=1e-3)


def _map_pixel(map_item, x, y, dpi):
    """Page pixel of map coordinates (x, y) for an export at ``dpi``."""
    extent = map_item.extent()
    rect = map_item.sceneBoundingRect()  # mm on the page
    pos = map_item.pos()
    width_mm = map_item.rect().width()
    height_mm = map_item.rect().height()
    fx = (x - extent.xMinimum()) / extent.width()
    fy = (extent.yMaximum() - y) / extent.height()
    mm_x = pos.x() + fx * width_mm
    mm_y = pos.y() + fy * height_mm
    assert rect.contains(mm_x, mm_y)
    return int(round(mm_x / 25.4 * dpi)), int(round(mm_y / 25.4 * dpi))


def _close(colour: QColor, other: QColor, tolerance: int = 12) -> bool:
    return (
        abs(colour.red() - other.red()) <= tolerance
        and abs(colour.green() - other.green()) <= tolerance
        and abs(colour.blue() - other.blue()) <= tolerance
    )


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) absent")
def test_pdf_shows_the_map_where_the_map_item_is(project, landcover, tmp_path):
    layout = load_template(project, "a4_landscape")
    items = fill_layout(layout, _content(landcover))
    pdf = tmp_path / "layout.pdf"
    result = QgsLayoutExporter(layout).exportToPdf(str(pdf), QgsLayoutExporter.PdfExportSettings())
    assert result == QgsLayoutExporter.Success
    dpi = 50
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(tmp_path / "page")], check=True
    )
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    image = QImage(str(pages[0]))
    assert abs(image.width() - 297 / 25.4 * dpi) <= 1  # pdftoppm rounds up
    assert abs(image.height() - 210 / 25.4 * dpi) <= 1
    # not blank: a good share of the page is neither white nor near-white
    inked = sum(
        1
        for px in range(0, image.width(), 3)
        for py in range(0, image.height(), 3)
        if QColor(image.pixel(px, py)).lightness() < 235
    )
    assert inked > 0.05 * (image.width() // 3) * (image.height() // 3)
    # the forest's middle and the built-up middle are drawn in their AR5 colours at the
    # page positions the map item's extent gives them
    map_item = items["map"]
    fx, fy = _map_pixel(map_item, 302000, 6700500, dpi)
    bx, by = _map_pixel(map_item, 300500, 6700500, dpi)
    assert _close(QColor(image.pixel(fx, fy)), FOREST)
    assert _close(QColor(image.pixel(bx, by)), BUILT)
    # and outside the map item, above it, the page is white there
    top = int(round(map_item.pos().y() / 25.4 * dpi)) - 3
    assert QColor(image.pixel(fx, top)).lightness() > 240

"""report.pdf.export_pdf: one page per layout in one PDF, the first page georeferenced as
QGIS's own export does it, a cancel between pages and a failed write leave no file."""

from __future__ import annotations

import pytest
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutExporter,
    QgsLayoutItemPage,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
)

from smaaby_plugin.core.errors import Cancelled
from smaaby_plugin.core.progress import cancel_after
from smaaby_plugin.report.layout import add_standard_items
from smaaby_plugin.report.pdf import PdfExportError, export_pdf

CRS = QgsCoordinateReferenceSystem("EPSG:25833")


@pytest.fixture
def pages():
    project = QgsProject()
    project.setCrs(CRS)
    layouts = []
    for i in range(3):
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Portrait)
        items = add_standard_items(
            layout, boxes={"title": (10, 8, 190, 11), "map": (10, 27, 190, 150)}
        )
        items["title"].setText(f"page {i + 1}")
        items["map"].setCrs(CRS)
        items["map"].setExtent(QgsRectangle(0, 0, 19000, 15000))
        layouts.append(layout)
    yield layouts
    del project


def _page_count(path) -> int:
    dataset = gdal.Open(str(path))
    subsets = dataset.GetMetadata("SUBDATASETS") or {}
    return max(1, len([k for k in subsets if k.endswith("_NAME")]))


def test_layouts_become_pages_of_one_georeferenced_pdf(pages, tmp_path):
    path = tmp_path / "sub" / "report.pdf"  # the folder is made, as QGIS does
    seen = []
    export_pdf(pages, str(path), 100, seen.append)
    assert _page_count(path) == 3
    assert seen == [0.0, 1 / 3, 2 / 3, 1.0]
    assert sorted(p.name for p in path.parent.iterdir()) == ["report.pdf"]
    # the same georeferencing as QGIS's one-layout export of the first page
    single = tmp_path / "single.pdf"
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 100
    assert QgsLayoutExporter(pages[0]).exportToPdf(str(single), settings) == 0
    gdal.SetConfigOption("GDAL_PDF_DPI", "100")
    try:
        ours, theirs = gdal.Open(str(path)), gdal.Open(str(single))
        assert ours.GetGeoTransform() == pytest.approx(theirs.GetGeoTransform())
        assert ours.GetProjection() == theirs.GetProjection()
        for key in ("AUTHOR", "CREATOR", "PRODUCER"):
            assert ours.GetMetadataItem(key) == theirs.GetMetadataItem(key), key
    finally:
        gdal.SetConfigOption("GDAL_PDF_DPI", None)


def test_a_cancel_between_pages_leaves_no_file(pages, tmp_path):
    path = tmp_path / "report.pdf"
    with pytest.raises(Cancelled):
        export_pdf(pages, str(path), 100, cancel_after(2))  # before the second page
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_says_so_and_leaves_no_file(pages, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises((PdfExportError, OSError)):
        export_pdf(pages, str(blocker / "report.pdf"), 100)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file"]

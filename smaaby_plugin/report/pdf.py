"""Print layouts into one PDF, page by page, so that a cancel takes effect between pages.

``QgsLayoutExporter(layout).exportToPdf(path)`` renders every page in one call that
nothing can stop. Here each page is a layout of its own and QGIS's iterator export
(``QgsLayoutExporter.exportToPdf(iterator, ...)``, the one atlases use) asks before each
page whether to go on. That export leaves out what the one-layout export adds after the
pages, the georeferencing of the reference map on the first page and the document
metadata; :func:`_georeference` adds them the same way (with GDAL, as
``QgsLayoutExporter`` does), so the file is the same as before.

The PDF is written under a temporary name in the destination folder and moved into place
when complete: a cancelled, failed or killed export never leaves a half-written file
under the name the user asked for.
"""

from __future__ import annotations

import os
import uuid

from qgis.core import (
    Qgis,
    QgsAbstractLayoutIterator,
    QgsCoordinateReferenceSystem,
    QgsLayoutExporter,
    QgsPrintLayout,
)

from smaaby_plugin.core.errors import Cancelled
from smaaby_plugin.core.progress import Progress, report

__all__ = ["PdfExportError", "export_pdf"]

try:  # QGIS >= 3.36 moved the WKT variants to Qgis
    _WKT_GDAL = Qgis.CrsWktVariant.PreferredGdal
except AttributeError:  # QGIS 3.22
    _WKT_GDAL = QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL


class PdfExportError(OSError):
    """QGIS could not write the PDF (the message says why)."""


class _Pages(QgsAbstractLayoutIterator):
    """The layouts one after the other; before each, ``progress`` has its say (a
    ``Cancelled`` there ends the export after the pages already written)."""

    def __init__(self, layouts: list[QgsPrintLayout], progress: Progress | None):
        super().__init__()
        self._layouts = layouts
        self._progress = progress
        self._index = -1
        self.cancelled = False

    def beginRender(self) -> bool:  # noqa: N802
        self._index = -1
        return True

    def endRender(self) -> bool:  # noqa: N802
        return True

    def count(self) -> int:
        return len(self._layouts)

    def next(self) -> bool:
        self._index += 1
        if self._index >= len(self._layouts):
            return False
        try:
            report(self._progress, self._index / len(self._layouts))
        except Cancelled:  # never into C++: the caller raises it once the export returns
            self.cancelled = True
            return False
        return True

    def layout(self) -> QgsPrintLayout:
        return self._layouts[self._index]

    def filePath(self, base_path: str, extension: str) -> str:  # noqa: N802
        return base_path


def export_pdf(
    layouts: list[QgsPrintLayout],
    path: str,
    dpi: float = 200.0,
    progress: Progress | None = None,
) -> None:
    """Write ``layouts`` (one page each) to the PDF ``path``, vector output at ``dpi``.

    ``progress`` is called before each page; the ``Cancelled`` it raises is raised here
    once QGIS has stopped, and no file is left. Raises :class:`PdfExportError` when QGIS
    cannot write the file.
    """
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)  # as QGIS's own export does
    partial = os.path.join(
        folder, f".{os.path.basename(path)}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part"
    )
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    pages = _Pages(layouts, progress)
    try:
        result, error = QgsLayoutExporter.exportToPdf(pages, partial, settings)
        if pages.cancelled:
            raise Cancelled()
        if result != QgsLayoutExporter.Success:
            raise PdfExportError(error or f"QGIS export result {int(result)}")
        _georeference(partial, layouts[0], dpi)
        report(progress, 1.0)
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def _georeference(path: str, layout: QgsPrintLayout, dpi: float) -> None:
    """What ``QgsLayoutExporter.exportToPdf`` writes after the pages of one layout
    (``georeferenceOutputPrivate`` in QGIS 3.22 and 3.40): the geotransform and CRS of the
    layout's reference map when it is on the first page, and the project's metadata."""
    from osgeo import gdal

    project = layout.project()
    reference = layout.referenceMap()
    transform = None
    if reference is not None and reference.page() == 0:
        # world-file terms (a, b, c, d, e, f) are GDAL's (c, a, b, f, d, e) for a map
        # without rotation, the only kind the profile draws
        a, b, c, d, e, f = QgsLayoutExporter(layout).computeWorldFileParameters(dpi)
        transform = (c, a, b, f, d, e)
    metadata = project.metadata()
    created = metadata.creationDateTime()
    creation = ""
    if created.isValid():
        creation = "D:" + created.toString("yyyyMMddHHmmss")
        if created.timeZone().isValid():
            offset = created.timeZone().offsetFromUtc(created)
            sign = "+" if offset >= 0 else "-"
            offset = abs(offset)
            creation += f"{sign}{offset // 3600}'{offset % 3600 // 60}'"
    creator = f"QGIS {Qgis.version()}"
    keywords = ";".join(f"{key}: {','.join(words)}" for key, words in metadata.keywords().items())
    # GDAL reads a PDF at 150 dpi unless told: the transform is in pixels of ``dpi``
    gdal.SetConfigOption("GDAL_PDF_DPI", f"{dpi:g}")
    try:
        dataset = gdal.Open(path, gdal.GA_Update)
        if dataset is None:
            return
        if transform is not None:
            dataset.SetGeoTransform(transform)
        for key, value in (
            ("CREATION_DATE", creation),
            ("AUTHOR", metadata.author()),
            ("CREATOR", creator),
            ("PRODUCER", creator),
            ("SUBJECT", metadata.abstract()),
            ("TITLE", metadata.title()),
            ("KEYWORDS", keywords),
        ):
            dataset.SetMetadataItem(key, value)
        if transform is not None:
            dataset.SetProjection(reference.crs().toWkt(_WKT_GDAL))
        dataset = None  # closes the file: GDAL writes the update now
    finally:
        gdal.SetConfigOption("GDAL_PDF_DPI", None)

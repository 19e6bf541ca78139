"""layers.read_file_geometries: the batch read of a whole OGR file layer gives what
QGIS's own feature iteration (layers.read_source) gives, and declines what it cannot
read the same way."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from smaaby_plugin import layers


def _same(fast, slow):
    assert fast is not None
    np.testing.assert_array_equal(fast.fids, slow.fids)
    assert (fast.n_read, fast.n_empty, fast.n_repaired) == (
        slow.n_read,
        slow.n_empty,
        slow.n_repaired,
    )
    assert fast.kind == slow.kind and fast.crs == slow.crs
    assert len(fast.attributes) == len(slow.attributes) == len(fast.fids)
    assert shapely.equals_exact(fast.geometry, slow.geometry, tolerance=0).all()


def test_hamar_network_reads_as_qgis_does(shared_data):
    path = shared_data / "hamar" / "hamar_0403_fkbvegnett_2017.gpkg"
    layer = QgsVectorLayer(f"{path}|layername=veglenke", "veglenke", "ogr")
    context = QgsProcessingContext()
    slow = layers.read_source(layer, "NETWORK", context, fields=[], target_crs=layer.crs())
    fast = layers.read_file_geometries(layer, "NETWORK", context, target_crs=layer.crs())
    assert len(slow) == layer.featureCount() > 8000
    _same(fast, slow)


def test_null_geometry_and_declined_cases(tmp_path, make_layer, log_feedback):
    memory = make_layer(
        "LineString",
        "EPSG:25833",
        {"name": str},
        [
            ("LINESTRING(0 0, 10 0)", {"name": "a"}),
            (None, {"name": "no geometry"}),
            ("LINESTRING(10 0, 10 5, 20 5)", {"name": "c"}),
        ],
    )
    context = QgsProcessingContext()
    # memory layers are read by QGIS only
    assert layers.read_file_geometries(memory, "NETWORK", context) is None
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "lines"
    path = str(tmp_path / "lines.gpkg")
    result = QgsVectorFileWriter.writeAsVectorFormatV3(
        memory, path, context.transformContext(), options
    )
    assert result[0] == QgsVectorFileWriter.NoError
    layer = QgsVectorLayer(f"{path}|layername=lines", "lines", "ogr")
    assert layer.isValid() and layer.featureCount() == 3
    feedback = log_feedback()
    fast = layers.read_file_geometries(layer, "NETWORK", context, feedback)
    _same(fast, layers.read_source(layer, "NETWORK", context, fields=[]))
    assert fast.n_empty == 1 and len(fast) == 2
    assert shapely.length(fast.geometry).tolist() == [10.0, 15.0]  # 10; 5 + 10
    assert any("skipped" in m for m in feedback.log)
    # another CRS (a transform) and a subset filter are left to QGIS
    other = QgsCoordinateReferenceSystem("EPSG:25832")
    assert layers.read_file_geometries(layer, "NETWORK", context, target_crs=other) is None
    layer.setSubsetString("name = 'a'")
    assert layer.featureCount() == 1
    assert layers.read_file_geometries(layer, "NETWORK", context) is None

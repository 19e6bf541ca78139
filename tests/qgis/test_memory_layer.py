"""layers.memory_layer: the small memory layers an adapter makes (a town, its centre, the
distance circles): geometry type, fields typed as write_sink types them, CRS, features."""

from __future__ import annotations

import pandas as pd
import pytest
import shapely
from qgis.core import NULL, QgsCoordinateReferenceSystem, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from smaaby_plugin import layers

CRS = QgsCoordinateReferenceSystem("EPSG:25833")


def test_polygons_become_a_multipolygon_layer_with_typed_fields():
    square = shapely.box(0, 0, 100, 50)
    frame = pd.DataFrame({"name": ["a", "b"], "n": [1, 2], "share": [0.5, None]})
    layer = layers.memory_layer(frame, [square, shapely.MultiPolygon([square])], CRS, name="x")
    assert layer.isValid() and layer.name() == "x" and layer.crs() == CRS
    assert layer.wkbType() == QgsWkbTypes.MultiPolygon and layer.featureCount() == 2
    types = {f.name(): f.type() for f in layer.fields()}
    assert types == {"name": QVariant.String, "n": QVariant.LongLong, "share": QVariant.Double}
    first, second = layer.getFeatures()
    assert first["name"] == "a" and first["n"] == 1 and first["share"] == pytest.approx(0.5)
    assert second.attribute("share") in (None, NULL)  # a missing value is NULL
    assert first.geometry().area() == pytest.approx(5000.0)
    assert layer.extent().xMaximum() == pytest.approx(100.0)


def test_a_point_stays_a_point_and_the_type_can_be_given():
    point = layers.memory_layer(pd.DataFrame({"name": ["Torget"]}), [shapely.Point(1, 2)], CRS)
    assert point.wkbType() == QgsWkbTypes.Point
    assert next(point.getFeatures()).geometry().asPoint().x() == pytest.approx(1.0)
    lines = layers.memory_layer(
        pd.DataFrame({"id": [1]}),
        [shapely.LineString([(0, 0), (3, 4)])],
        CRS,
        QgsWkbTypes.MultiLineString,
    )
    assert lines.wkbType() == QgsWkbTypes.MultiLineString
    assert next(lines.getFeatures()).geometry().length() == pytest.approx(5.0)

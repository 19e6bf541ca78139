"""layers.py: reading once into arrays, repair/skip counts, CRS policy, clear errors."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingContext

from smaaby_plugin import layers
from smaaby_plugin.core.errors import InputError


def test_read_repairs_invalid_and_skips_empty(log_feedback, make_layer):
    bowtie = "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"  # self-intersecting: two triangles
    layer = make_layer(
        "Polygon",
        "EPSG:25833",
        {"code": int, "name": str},
        [
            ("POLYGON((0 0, 4 0, 4 3, 0 3, 0 0))", {"code": 1, "name": "a"}),
            (bowtie, {"code": 2, "name": None}),
            (None, {"code": 3, "name": "c"}),
        ],
    )
    feedback = log_feedback()
    data = layers.read_source(layer, "LANDUSE", QgsProcessingContext(), feedback)
    assert len(data) == 2 and data.n_read == 3
    assert data.n_repaired == 1 and data.n_empty == 1
    assert data.attributes["code"].tolist() == [1, 2]
    assert data.attributes["name"].tolist() == ["a", None]  # NULL -> None
    # the repaired bow-tie is its two triangles of 25 m² each
    np.testing.assert_allclose(shapely.area(data.geometry), [12.0, 50.0])
    assert all(shapely.is_valid(data.geometry))
    assert any("repaired" in m for m in feedback.log)
    assert any("skipped" in m for m in feedback.log)


def test_geographic_layer_is_reprojected_to_utm(log_feedback, make_layer):
    # a 0.01° x 0.01° box near Hamar (lon 11.07, lat 60.79) lands in ETRS89 UTM 32
    layer = make_layer(
        "Polygon",
        "EPSG:4326",
        {"id": int},
        [("POLYGON((11.07 60.79, 11.08 60.79, 11.08 60.80, 11.07 60.80, 11.07 60.79))", {"id": 1})],
    )
    feedback = log_feedback()
    data = layers.read_source(layer, "ZONES", QgsProcessingContext(), feedback)
    assert data.crs.authid() == "EPSG:25832"
    # 0.01° lat = ~1113 m, 0.01° lon at 60.8° = ~544 m: area ~0.605 km²
    assert shapely.area(data.geometry[0]) == pytest.approx(1113.2 * 544.0, rel=0.01)
    assert any("computing in EPSG:25832" in m for m in feedback.log)


def test_target_crs_reprojects(make_layer):
    layer = make_layer("Point", "EPSG:25832", {"id": int}, [("POINT(600000 6740000)", {"id": 1})])
    target = QgsCoordinateReferenceSystem("EPSG:25833")
    data = layers.read_source(layer, "P", QgsProcessingContext(), None, target_crs=target)
    x, y = shapely.get_x(data.geometry[0]), shapely.get_y(data.geometry[0])
    assert data.crs == target and x < 300000 and 6.7e6 < y < 6.8e6


def test_missing_field_and_empty_layer_errors(make_layer):
    layer = make_layer("Point", "EPSG:25833", {"pop": int}, [])
    with pytest.raises(InputError, match="field\\(s\\) residents not found; the layer has: pop"):
        layers.read_source(layer, "POPULATION", QgsProcessingContext(), None, fields=["residents"])
    with pytest.raises(InputError, match="POPULATION has no features"):
        layers.read_source(layer, "POPULATION", QgsProcessingContext(), None)


def test_numeric_column_rejects_text_and_negatives(make_layer):
    layer = make_layer(
        "Point",
        "EPSG:25833",
        {"pop": str},
        [("POINT(0 0)", {"pop": "12"}), ("POINT(1 1)", {"pop": "many"})],
    )
    data = layers.read_source(layer, "POPULATION", QgsProcessingContext(), None)
    with pytest.raises(InputError, match="is a text field \\(e.g. '12'\\)"):
        layers.numeric_column(data, "pop", "POPULATION_FIELD")
    with pytest.raises(InputError, match="must be numeric.*'many'"):
        layers.numeric_column(data, "pop", "POPULATION_FIELD", allow_text=True)
    layer = make_layer(
        "Point",
        "EPSG:25833",
        {"pop": int},
        [("POINT(0 0)", {"pop": 5}), ("POINT(1 1)", {"pop": -2}), ("POINT(2 2)", {"pop": None})],
    )
    data = layers.read_source(layer, "POPULATION", QgsProcessingContext(), None)
    with pytest.raises(InputError, match="negative"):
        layers.numeric_column(data, "pop", "POPULATION_FIELD", nonnegative=True)
    values = layers.numeric_column(data, "pop", "POPULATION_FIELD", fill=0.0)
    assert values.tolist() == [5.0, -2.0, 0.0]


def test_utm_zone_choice():
    assert layers.utm_crs_for_lonlat(10.75, 59.9).authid() == "EPSG:25832"  # Oslo
    assert layers.utm_crs_for_lonlat(15.0, 68.0).authid() == "EPSG:25833"  # Lofoten
    assert layers.utm_crs_for_lonlat(25.0, 70.0).authid() == "EPSG:25835"  # Finnmark
    assert layers.utm_crs_for_lonlat(-74.0, 40.7).authid() == "EPSG:32618"  # New York
    assert layers.utm_crs_for_lonlat(151.2, -33.9).authid() == "EPSG:32756"  # Sydney


def test_repair_without_polygon_part_and_processing_source(make_layer):
    """A polygon that repairs to a line only is dropped as empty; a processing source
    with QGIS's 'stop on invalid' check still reaches the repair."""
    from qgis.core import QgsFeatureRequest, QgsProcessingFeatureSource

    layer = make_layer(
        "Polygon",
        "EPSG:25833",
        {"id": int},
        [
            ("POLYGON((0 0, 10 0, 20 0, 0 0))", {"id": 1}),  # collapses to a line
            ("POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))", {"id": 2}),  # bow-tie
            ("POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))", {"id": 3}),
        ],
    )
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
    source = QgsProcessingFeatureSource(layer, context)
    data = layers.read_source(source, "LANDUSE", context, None)
    assert data.attributes["id"].tolist() == [2, 3]
    assert data.n_repaired == 2 and data.n_empty == 1
    np.testing.assert_allclose(shapely.area(data.geometry), [50.0, 1.0])

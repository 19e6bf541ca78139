"""The working-CRS policy (smaaby_plugin/crs.py): refuse what cannot be placed, never
compute in degrees or Web Mercator, log the choice."""

import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsVectorLayer,
)

from smaaby_plugin import crs as policy
from smaaby_plugin.core.errors import InputError

BOX = "POLYGON((600000 6740000, 600100 6740000, 600100 6740100, 600000 6740000))"


def _gpkg(path, srs_epsg=None, wkt=BOX):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = None
    if srs_epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(srs_epsg)
    layer = ds.CreateLayer("data", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.CreateFeature(feature)
    ds = None
    return QgsVectorLayer(f"{path}|layername=data", "my zones", "ogr")


def _source(layer):
    return QgsProcessingFeatureSource(layer, QgsProcessingContext())


def test_a_geopackage_without_srs_is_refused_naming_the_layer(tmp_path):
    layer = _gpkg(tmp_path / "nosrs.gpkg")
    assert layer.crs().isValid() and layer.crs().description() == "Undefined geographic SRS"
    with pytest.raises(InputError) as caught:
        policy.working_crs([_source(layer)], QgsProcessingContext(), names=["ZONES"])
    text = str(caught.value)
    assert "ZONES ('my zones')" in text and "unknown coordinate reference system" in text
    assert "Assign projection" in text


def test_a_layer_with_no_crs_is_refused(make_layer):
    layer = make_layer("Polygon", "", {"id": int}, [(BOX, {"id": 1})])
    assert not layer.crs().isValid()
    with pytest.raises(InputError, match="has no coordinate reference system"):
        policy.working_crs([layer], QgsProcessingContext(), names=["ZONES"])


def test_the_first_metric_projected_crs_wins(make_layer, log_feedback):
    a = make_layer("Polygon", "EPSG:4326", {}, [("POLYGON((11 60,11.1 60,11.1 60.1,11 60))", {})])
    b = make_layer("Polygon", "EPSG:25833", {}, [(BOX, {})])
    feedback = log_feedback()
    chosen = policy.working_crs([a, b], QgsProcessingContext(), feedback, ["A", "B"])
    assert chosen.authid() == "EPSG:25833"
    assert any("different CRSs" in line and "EPSG:25833" in line for line in feedback.log)


@pytest.mark.parametrize("code", ["EPSG:3857", "EPSG:4326", "EPSG:2225"])
def test_mercator_degrees_and_feet_give_the_utm_zone(make_layer, log_feedback, code):
    # Hamar (11.07 E, 60.79 N) in each CRS: the UTM zone is 32 (ETRS89)
    target = QgsCoordinateReferenceSystem(code)
    layer = make_layer("Point", code, {}, [("POINT(0 0)", {})])
    from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsProject

    to_target = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), target, QgsProject.instance()
    )
    if code != "EPSG:2225":
        p = to_target.transform(QgsPointXY(11.07, 60.79))
        layer = make_layer("Point", code, {}, [(f"POINT({p.x()} {p.y()})", {})])
    feedback = log_feedback()
    chosen = policy.working_crs([layer], QgsProcessingContext(), feedback, ["CENTRES"])
    assert not policy.is_metric_projected(target)
    if code != "EPSG:2225":
        assert chosen.authid() == "EPSG:25832"
    assert chosen.authid().startswith(("EPSG:258", "EPSG:326"))
    assert any("UTM zone of the data" in line for line in feedback.log)


def test_a_custom_metric_crs_without_authority_is_kept(make_layer):
    proj = "+proj=tmerc +lat_0=58 +lon_0=10.7 +k=1 +x_0=0 +y_0=0 +ellps=bessel +units=m +no_defs"
    custom = QgsCoordinateReferenceSystem.fromProj(proj)
    assert custom.isValid() and not custom.authid()
    layer = make_layer("Polygon", custom.toWkt(), {}, [(BOX, {})])
    assert layer.crs().isValid()
    assert policy.working_crs([layer], QgsProcessingContext()) == layer.crs()


def test_metres_labelled_as_degrees_say_so_with_any_target(make_layer):
    from smaaby_plugin import layers

    layer = make_layer("Point", "EPSG:4326", {"a": int}, [("POINT(600000 6740000)", {"a": 1})])
    for target in (None, QgsCoordinateReferenceSystem("EPSG:25833")):
        with pytest.raises(InputError, match="reach 600,000, 6,740,000: they look like metres"):
            layers.read_source(layer, "CENTRES", QgsProcessingContext(), target_crs=target)


def test_a_field_chosen_twice_is_read_once(make_layer):
    from smaaby_plugin import layers

    layer = make_layer("Point", "EPSG:25833", {"a": int}, [("POINT(600000 6740000)", {"a": 7})])
    data = layers.read_source(layer, "P", QgsProcessingContext(), fields=["a", "a"])
    assert data.attributes.columns.tolist() == ["a"] and data.attributes["a"].tolist() == [7]

"""layers.read_source's batch (Arrow) read of a whole GeoPackage layer gives exactly what
QGIS's feature iteration gives: fids, geometries (WKB), attribute values and dtypes, the
counts of empty and repaired geometries; and it is not used where it could differ
(selections, feature limits, reprojection, field types it does not map)."""

from __future__ import annotations

import datetime

import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QVariant

from smaaby_plugin import layers


def _slow(layer, context, **kwargs):
    """read_source through a Processing source no store knows: always the feature loop."""
    source = QgsProcessingFeatureSource(layer, context)
    assert layers._whole_layer(source, context) is None
    return layers.read_source(source, "INPUT", context, **kwargs)


def _same(fast, slow):
    np.testing.assert_array_equal(fast.fids, slow.fids)
    assert (fast.n_read, fast.n_empty, fast.n_repaired, fast.kind) == (
        slow.n_read,
        slow.n_empty,
        slow.n_repaired,
        slow.kind,
    )
    assert fast.crs == slow.crs
    pd.testing.assert_frame_equal(fast.attributes, slow.attributes, check_exact=True)
    if slow.geometry is None:
        assert fast.geometry is None
    else:
        assert list(shapely.to_wkb(fast.geometry)) == list(shapely.to_wkb(slow.geometry))


def _batch_used(layer, fields):
    wanted = layer.fields().names() if fields is None else fields
    return layers._read_batch(layer, wanted) is not None


REAL = [
    ("aas/ArealdekkeN50.gpkg", None),
    ("aas/ArealdekkeN50.gpkg", ["klasse"]),
    ("hamar/hamar_0403_fkbvegnett_2017.gpkg|layername=veglenke", None),
    ("elverum/elverum_adresser_25833.gpkg", None),
    ("elverum/elverum_adresser_25833.gpkg", ["adressenavn", "nummer"]),
    ("norge/kommuner2024_25833.gpkg", ["kommunenummer"]),
    ("norge/popgrid250m_towns_25833.gpkg|layername=pop250m_hamar_3403", None),
    ("norge/popgrid250m_towns_25833.gpkg|layername=pop250m_aas_3218", ["pop2022", "fid"]),
]


@pytest.mark.parametrize("path, fields", REAL)
def test_real_data_reads_as_qgis_does(shared_data, path, fields):
    layer = QgsVectorLayer(str(shared_data / path), "input", "ogr")
    assert layer.isValid()
    context = QgsProcessingContext()
    wanted = layer.fields().names() if fields is None else fields
    ogr_types = {layer.fields().field(f).typeName().lower() for f in wanted}
    fast = layers.read_source(layer, "INPUT", context, fields=fields, repair=True)
    slow = _slow(layer, context, fields=fields, repair=True)
    assert len(fast) > 100
    _same(fast, slow)
    if not ogr_types & {"date", "datetime", "boolean", "stringlist", "binary"}:
        assert _batch_used(layer, wanted)  # the fast path was the one compared
    table = layers.read_source(layer, "INPUT", context, fields=fields, geometry=False)
    _same(table, _slow(layer, context, fields=fields, geometry=False))


def test_processing_source_found_only_when_whole(shared_data):
    layer = QgsVectorLayer(str(shared_data / "aas/ArealdekkeN50.gpkg"), "n50", "ogr")
    context = QgsProcessingContext()
    context.temporaryLayerStore().addMapLayer(layer)
    whole = QgsProcessingFeatureSource(layer, context)
    assert layers._whole_layer(whole, context) is layer
    limited = QgsProcessingFeatureSource(layer, context, False, 10)
    assert layers._whole_layer(limited, context) is None
    assert len(layers.read_source(limited, "INPUT", context, fields=["klasse"])) == 10
    layer.selectByIds([1, 2])
    assert layers._whole_layer(whole, context) is None
    layer.removeSelection()
    # the same file twice is one candidate; a selection on either one means QGIS reads
    other = layer.clone()
    other.setName(layer.name())
    context.temporaryLayerStore().addMapLayer(other)
    assert layers._whole_layer(whole, context).source() == layer.source()
    other.selectByIds([3])
    assert layers._whole_layer(whole, context) is None
    other.removeSelection()
    # reprojected reads stay with QGIS, and agree
    target = QgsCoordinateReferenceSystem("EPSG:25832")
    fast = layers.read_source(whole, "INPUT", context, fields=["klasse"], target_crs=target)
    slow = _slow(layer, QgsProcessingContext(), fields=["klasse"], target_crs=target)
    _same(fast, slow)


_TEXT = st.one_of(st.none(), st.text(max_size=12).filter(lambda t: "\x00" not in t))
_INT = st.one_of(st.none(), st.integers(-(2**40), 2**40))
_REAL = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False, width=64))
_DATE = st.one_of(st.none(), st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 1, 1)))
_GEOM = st.sampled_from(
    [
        None,
        "POLYGON EMPTY",
        "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))",
        "MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
        "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))",  # a bow tie: repaired
        "POLYGON((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1))",
    ]
)
_ROW = st.tuples(_GEOM, _TEXT, _INT, _REAL, _DATE)


def _gpkg(tmp_path, rows, n):
    memory = QgsVectorLayer("MultiPolygon?crs=EPSG:25833", "random", "memory")
    provider = memory.dataProvider()
    provider.addAttributes(
        [
            QgsField("name", QVariant.String),
            QgsField("count", QVariant.LongLong),
            QgsField("value", QVariant.Double),
            QgsField("day", QVariant.Date),
        ]
    )
    memory.updateFields()
    features = []
    for geometry, name, count, value, day in rows:
        feature = QgsFeature(memory.fields())
        if geometry is not None:
            feature.setGeometry(QgsGeometry.fromWkt(geometry))
        feature.setAttributes([name, count, value, QDate(day) if day is not None else None])
        features.append(feature)
    provider.addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    path = str(tmp_path / f"random{n}.gpkg")
    context = QgsProcessingContext()
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        memory, path, context.transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.NoError
    layer = QgsVectorLayer(path, "random", "ogr")
    assert layer.isValid()
    return layer


_RUNS = iter(range(10**6))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(_ROW, min_size=1, max_size=20))
def test_random_layers_read_as_qgis_does(tmp_path, rows):
    layer = _gpkg(tmp_path, rows, next(_RUNS))
    context = QgsProcessingContext()
    for fields in (["name", "count", "value"], ["count"], ["value", "name"], None, []):
        if fields is None or "day" not in fields:
            used = _batch_used(layer, fields)
            assert used == (fields is not None)  # "day" (a date) only through QGIS
        kwargs = {"fields": fields, "require_features": False}
        _same(
            layers.read_source(layer, "INPUT", context, **kwargs), _slow(layer, context, **kwargs)
        )
        kwargs["geometry"] = False
        _same(
            layers.read_source(layer, "INPUT", context, **kwargs), _slow(layer, context, **kwargs)
        )


def test_layer_objects_given_to_a_run_read_in_one_batch(shared_data, run_alg, monkeypatch):
    # a script or model passing layer objects that are in no store: the run notes them
    # on its context, the batch read takes their file, and the result is the loop's
    landuse = QgsVectorLayer(str(shared_data / "aas/ArealdekkeN50.gpkg"), "n50", "ogr")
    zones = QgsVectorLayer(str(shared_data / "norge/kommuner2024_25833.gpkg"), "k", "ogr")
    zones.setSubsetString("kommunenummer = '3218'")
    assert landuse.isValid() and zones.featureCount() == 1
    params = {
        "LANDUSE": landuse,
        "CLASS_FIELD": "klasse",
        "ZONES": zones,
        "ZONE_FIELD": "kommunenummer",
        "OUTPUT_TABLE": "memory:",
    }
    batches = []
    real = layers._read_batch

    def spy(layer, wanted, with_geometry=True):
        out = real(layer, wanted, with_geometry)
        batches.append((None if layer is None else layer.name(), out is not None))
        return out

    monkeypatch.setattr(layers, "_read_batch", spy)
    fast = run_alg("smaaby:landuseaccount", params)
    # the land cover came in one batch; the kommune layer has a subset filter: QGIS reads it
    assert ("n50", True) in batches and ("k", True) not in batches, batches
    monkeypatch.setattr(layers, "_read_batch", lambda *a, **k: None)
    slow = run_alg("smaaby:landuseaccount", params)

    def rows(out):
        return sorted(
            tuple(str(v) for v in f.attributes()) for f in out["OUTPUT_TABLE"].getFeatures()
        )

    assert rows(fast) == rows(slow) and len(rows(fast)) > 5

"""The bridge between QGIS sources/sinks and the arrays and frames ``core`` works on.

Read a layer once into a :class:`LayerData` (shapely geometry array + pandas frame),
compute in ``core``, write the result with :func:`write_sink`. Everything that touches
QGIS feature iteration lives here, so algorithms stay thin and ``core`` stays QGIS-free.

CRS policy (DESIGN.md §4, :mod:`smaaby_plugin.crs`): computation is in metres in a
projected CRS; a layer without a usable CRS stops the run; a geographic or Mercator layer
is reprojected to the UTM zone of its data and the log says so (:func:`working_crs`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from smaaby_plugin.core import values
from smaaby_plugin.core.errors import Cancelled, InputError
from smaaby_plugin.core.polygons import usable_geometries
from smaaby_plugin.crs import check_source_crs, is_metric_projected, working_crs
from smaaby_plugin.crs import utm_crs_for_lonlat as utm_crs_for_lonlat
from smaaby_plugin.outputs import destination_path

__all__ = [
    "LayerData",
    "read_source",
    "read_file_geometries",
    "working_crs",
    "utm_crs_for_lonlat",
    "numeric_column",
    "text_column",
    "count_column",
    "id_column",
    "class_column",
    "fields_from_frame",
    "write_sink",
    "planned_output",
    "memory_layer",
]

_GEOMETRY_KIND = {
    QgsWkbTypes.PointGeometry: "point",
    QgsWkbTypes.LineGeometry: "line",
    QgsWkbTypes.PolygonGeometry: "polygon",
    QgsWkbTypes.NullGeometry: "none",
    QgsWkbTypes.UnknownGeometry: "none",
}


@dataclass
class LayerData:
    """One input read into memory.

    ``geometry`` is a numpy object array of shapely geometries (``None`` for tables),
    aligned row by row with ``attributes`` and ``fids``. Rows with null or empty geometry
    are dropped for geometry layers (counted in ``n_empty``); invalid geometries are
    repaired (counted in ``n_repaired``).
    """

    name: str
    kind: str  # "point", "line", "polygon" or "none"
    geometry: np.ndarray | None
    attributes: pd.DataFrame
    fids: np.ndarray
    crs: QgsCoordinateReferenceSystem
    source_crs: QgsCoordinateReferenceSystem
    n_read: int = 0
    n_empty: int = 0
    n_repaired: int = 0
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.fids)


def _to_python(value):
    """QVariant NULL -> None, Qt dates -> Python dates; everything else unchanged."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value


def read_source(
    source,
    name: str,
    context,
    feedback=None,
    fields=None,
    target_crs=None,
    require_features: bool = True,
    repair: bool = True,
    geometry: bool = True,
) -> LayerData:
    """Read a feature source once.

    Parameters
    ----------
    source : QgsFeatureSource or None
        From ``parameterAsSource``; None gives a clear error.
    name : str
        The parameter name, used in messages ("ZONES has no features").
    fields : list of str, optional
        Fields to read (all when None). A missing field is an ``InputError`` naming
        the fields the layer has.
    target_crs : QgsCoordinateReferenceSystem, optional
        Reproject to this CRS. Without it, a geographic layer goes to its UTM zone.
    require_features : bool
        Raise ``InputError`` when no usable feature remains.
    repair : bool
        Repair invalid geometries with ``shapely.make_valid`` (counted and logged).
    geometry : bool
        False reads the attributes only, as a table: every row is kept.
    """
    if source is None:
        raise InputError(f"{name}: the layer could not be opened (is it still in the project?).")
    layer_fields = source.fields()
    names = [f.name() for f in layer_fields]
    # the same field chosen twice (a count also used as the weight) is read once
    wanted = names if fields is None else list(dict.fromkeys(f for f in fields if f))
    missing = [f for f in wanted if f not in names]
    if missing:
        raise InputError(
            f"{name}: field(s) {', '.join(missing)} not found; the layer has: "
            f"{', '.join(names) or '(no fields)'}."
        )
    kind = _GEOMETRY_KIND.get(QgsWkbTypes.geometryType(source.wkbType()), "none")
    if not geometry:
        kind = "none"
    source_crs = source.sourceCrs()
    request = QgsFeatureRequest()
    indexes = [names.index(f) for f in wanted]
    request.setSubsetOfAttributes(indexes)
    if kind == "none":
        request.setFlags(QgsFeatureRequest.NoGeometry)
        crs = QgsCoordinateReferenceSystem()
    else:
        check_source_crs(source, name)
        crs = target_crs if target_crs is not None else source_crs
        if target_crs is None and not is_metric_projected(source_crs):
            crs = working_crs([source], context, feedback, [name])
        if crs != source_crs:
            request.setDestinationCrs(crs, context.transformContext())

    total = source.featureCount() or 0
    batch = None
    if kind == "none" or crs == source_crs:  # a transform is QGIS's work
        batch = _read_batch(_whole_layer(source, context), wanted, with_geometry=kind != "none")
    if batch is not None:
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
        fids, frame, wkbs = batch
    else:
        fids, frame, wkbs = _read_features(source, request, wanted, indexes, names, kind, feedback)
    return _layer_data(
        name,
        kind,
        frame,
        np.asarray(fids, dtype=np.int64),
        wkbs,
        crs,
        source_crs,
        feedback,
        require_features,
        repair,
        total,
    )


def _read_features(source, request, wanted, indexes, names, kind, feedback):
    """(fids, frame, wkbs) by QGIS's feature iteration: every provider, selections,
    feature limits, filters and reprojection."""
    fids, rows, wkbs = [], [], []
    if isinstance(source, QgsProcessingFeatureSource):
        # Repair happens below (counted); QGIS's own check would stop at the first one.
        features = source.getFeatures(
            request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        )
    else:
        features = source.getFeatures(request)
    all_fields = indexes == list(range(len(names)))
    # The loop runs once per feature: bound methods, and feature[i] for a few fields
    # (attributes() converts every field, measured 40 % of the loop for 3 fields).
    if all_fields:
        row_of = QgsFeature.attributes
    elif len(indexes) == 1:
        only = indexes[0]

        def row_of(feature):
            return feature[only]
    else:

        def row_of(feature):
            return [feature[j] for j in indexes]

    add_fid, add_row, add_wkb = fids.append, rows.append, wkbs.append
    with_geometry = kind != "none"
    read_rows = bool(wanted)
    for i, feature in enumerate(features):
        if feedback is not None and i % 5000 == 0:
            if feedback.isCanceled():
                raise Cancelled()
        add_fid(feature.id())
        if read_rows:
            add_row(row_of(feature))
        if with_geometry:
            # A null geometry gives empty WKB, which from_wkb below reads as missing.
            add_wkb(bytes(feature.geometry().asWkb()))
    if len(indexes) == 1 and not all_fields:
        rows = [[value] for value in rows]
    frame = (
        pd.DataFrame(rows, columns=wanted)
        if wanted
        else pd.DataFrame(index=pd.RangeIndex(len(fids)))
    )
    return fids, _typed(frame), wkbs


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Object columns as plain Python values (NULL -> None, Qt dates -> dates); whole
    numbers with NULLs as nullable integers (Int64) instead of object."""
    for column in frame.columns:
        if frame[column].dtype == object:
            values = frame[column].map(_to_python)
            present = values.dropna()
            if (
                len(present)
                and present.map(lambda v: isinstance(v, int) and not isinstance(v, bool)).all()
            ):
                values = values.astype("Int64")
            frame[column] = values
    return frame


_GIVEN_LAYERS = "_smaaby_given_layers"


def remember_given_layers(context, parameters) -> None:
    """Note the layer objects among a run's parameter values on its context, so a source
    made from one can be matched to its file and read in one batch (``_whole_layer``)."""
    given = [v for v in parameters.values() if isinstance(v, QgsVectorLayer)]
    try:
        setattr(context, _GIVEN_LAYERS, given)
    except (AttributeError, TypeError):  # a context that takes no attributes: the loop reads
        pass


def _whole_layer(source, context):
    """The OGR layer behind ``source`` when ``source`` reads that layer whole, else None.

    A layer passed as it is reads whole. A Processing source is matched to the one layer
    of the context's stores (the project's and the temporary one) with its name, fields,
    type, CRS and feature count, and no selection, subset filter or unsaved edits: a
    feature limit changes the count and a filter expression makes it unknown (-1), so
    neither matches, and a layer with a selection is never taken.
    """
    if isinstance(source, QgsVectorLayer):
        return source if source.providerType() == "ogr" else None
    if not isinstance(source, QgsProcessingFeatureSource) or context is None:
        return None
    count = source.featureCount()
    if count is None or count < 0:
        return None
    stores = [context.temporaryLayerStore().mapLayers().values()]
    project = context.project()
    if project is not None:
        stores.append(project.layerStore().mapLayers().values())
    # layer objects given as parameter values (scripts, models), outside every store
    stores.append(getattr(context, _GIVEN_LAYERS, ()))
    names = source.fields().names()
    found = {}
    for store in stores:
        for layer in store:
            if (
                isinstance(layer, QgsVectorLayer)
                and layer.providerType() == "ogr"
                and layer.name() == source.sourceName()
                and layer.fields().names() == names
                and layer.wkbType() == source.wkbType()
                and layer.crs() == source.sourceCrs()
                and layer.featureCount() == count
            ):
                if layer.selectedFeatureCount() or layer.subsetString() or layer.isModified():
                    return None  # it might be the one, read through a selection or filter
                found[layer.source()] = layer
    if len(found) != 1:
        return None  # none, or two files that could both be it
    return next(iter(found.values()))


# OGR field types the batch read gives exactly as QGIS's OGR provider does (int, float,
# str; NULL -> None); dates, booleans, lists and blobs are read by QGIS.
_BATCH_FIELD_TYPES = (0, 12, 2, 4)  # OFTInteger, OFTInteger64, OFTReal, OFTString


def _open_ogr(layer):
    """(dataset, ogr layer) of a whole OGR file layer, or None."""
    try:
        from osgeo import ogr
    except ImportError:
        return None
    if (
        layer is None
        or layer.providerType() != "ogr"
        or layer.subsetString()
        or layer.isModified()
        or not hasattr(ogr.Layer, "GetArrowStreamAsNumPy")
    ):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or parts.get("subset") or parts.get("geometryType"):
        return None
    dataset = ogr.Open(path, 0)
    if dataset is None:
        return None
    if parts.get("layerName"):
        ogr_layer = dataset.GetLayerByName(parts["layerName"])
    elif parts.get("layerId") is not None:
        ogr_layer = dataset.GetLayer(int(parts["layerId"]))
    elif dataset.GetLayerCount() == 1:
        ogr_layer = dataset.GetLayer(0)
    else:
        return None
    return None if ogr_layer is None else (dataset, ogr_layer)


def _read_batch(layer, wanted, with_geometry=True):
    """(fids, frame, wkbs) of a whole GeoPackage layer through GDAL's columnar (Arrow)
    read: the same values, dtypes and order as :func:`_read_features`, or None where the
    batch read cannot promise that (not a GeoPackage, curves, a field type outside
    int/float/text, a field QGIS adds itself, a count that differs)."""
    if layer is None or QgsWkbTypes.isCurvedType(layer.wkbType()):
        return None
    layer_fields = layer.fields()
    for f in wanted:
        index = layer_fields.indexOf(f)
        if index < 0 or layer_fields.fieldOrigin(index) != QgsFields.OriginProvider:
            return None  # joined, virtual or expression fields are QGIS's
    try:
        opened = _open_ogr(layer)
        if opened is None:
            return None
        dataset, ogr_layer = opened
        if dataset.GetDriver().GetName() != "GPKG":
            return None
        from osgeo import ogr

        if with_geometry and ogr.GT_Flatten(ogr_layer.GetGeomType()) not in (1, 2, 3, 4, 5, 6):
            return None
        fid_name = ogr_layer.GetFIDColumn()
        definition = ogr_layer.GetLayerDefn()
        ogr_fields = {
            definition.GetFieldDefn(i).GetName(): definition.GetFieldDefn(i)
            for i in range(definition.GetFieldCount())
        }
        for f in wanted:
            if f == fid_name:
                continue  # QGIS shows a GeoPackage's fid column as a field: the fid
            d = ogr_fields.get(f)
            if d is None or d.GetType() not in _BATCH_FIELD_TYPES or d.GetSubType() != 0:
                return None
        ogr_layer.SetIgnoredFields(
            [n for n in ogr_fields if n not in wanted] + ([] if with_geometry else ["OGR_GEOMETRY"])
        )
        geometry_name = ogr_layer.GetGeometryColumn() or "wkb_geometry"
        batches = list(ogr_layer.GetArrowStreamAsNumPy())
        ogr_layer.SetIgnoredFields([])
    except Exception:  # any GDAL trouble: the ordinary reader will say what is wrong
        return None
    if not fid_name or any(fid_name not in b for b in batches):
        return None
    fids = np.concatenate([np.asarray(b[fid_name], dtype=np.int64) for b in batches] or [[]])
    fids = fids.astype(np.int64)
    if len(fids) != layer.featureCount():
        return None
    if with_geometry and any(geometry_name not in b for b in batches):
        return None
    return _from_arrow(fids, batches, wanted, geometry_name if with_geometry else None, fid_name)


def _from_arrow(fids, batches, wanted, geometry_name=None, fid_name=None):
    """(fids, frame, wkbs) from GDAL's Arrow batches (dicts of numpy arrays): values and
    dtypes as the feature loop gives them (NULL -> None, whole numbers with NULLs as Int64)."""
    wkbs = []
    if geometry_name is not None:
        for b in batches:
            column = b[geometry_name]
            # fixed-width blobs come as numpy void: astype(object) gives bytes that keep
            # their trailing zero bytes, in C
            blobs = np.ma.getdata(column).astype(object)
            blobs[np.ma.getmaskarray(column)] = None
            wkbs.append(blobs)
        wkbs = list(np.concatenate(wkbs)) if wkbs else []
    if not wanted:
        return fids, pd.DataFrame(index=pd.RangeIndex(len(fids))), wkbs
    columns = {}
    for f in wanted:
        if f == fid_name:
            columns[f] = pd.Series(np.asarray(fids).tolist())
            continue
        parts = [b[f] for b in batches]
        if parts and all(
            p.dtype.kind in "iuf" and not np.ma.getmaskarray(p).any() for p in parts
        ):  # numbers without nulls: the dtype the feature loop's Python values give
            whole = np.concatenate([np.ma.getdata(p) for p in parts])
            columns[f] = pd.Series(
                whole.astype(np.float64 if whole.dtype.kind == "f" else np.int64)
            )
            continue
        values = []
        for p in parts:
            values.extend(np.ma.asarray(p).tolist())  # masked (null) -> None
        if values and isinstance(next((v for v in values if v is not None), None), bytes):
            values = [None if v is None else v.decode("utf-8") for v in values]
        has_null = any(v is None for v in values)
        columns[f] = pd.Series(values, dtype=object if has_null else None)
    return fids, _typed(pd.DataFrame(columns, columns=wanted)), wkbs


def read_file_geometries(
    layer,
    name: str,
    context,
    feedback=None,
    target_crs=None,
    require_features: bool = True,
    repair: bool = True,
) -> LayerData | None:
    """Read the geometries and feature ids of a whole OGR file layer in one batch.

    The same :class:`LayerData` as ``read_source(source, name, ..., fields=[])`` (no
    attributes), read through GDAL's columnar (Arrow) interface instead of one QGIS
    feature at a time: for a town's road network several times faster.

    Returns None (read with :func:`read_source` instead) unless the layer is an OGR
    file layer read whole: no subset filter, no geometry-type filter, no unsaved edits,
    already in ``target_crs``, lines, points or polygons (no curves), GDAL >= 3.6, and
    the same feature count as QGIS reports. The caller makes sure no selection or
    feature limit applies.
    """
    if layer is None or layer.providerType() != "ogr":
        return None
    crs = layer.crs()
    if not crs.isValid() or (target_crs is not None and target_crs != crs):
        return None
    if target_crs is None and not is_metric_projected(crs):
        return None  # read_source checks the CRS and chooses the UTM zone
    kind = _GEOMETRY_KIND.get(QgsWkbTypes.geometryType(layer.wkbType()), "none")
    if kind == "none" or QgsWkbTypes.isCurvedType(layer.wkbType()):
        return None
    try:
        opened = _open_ogr(layer)
        if opened is None:
            return None
        from osgeo import ogr

        dataset, ogr_layer = opened
        if ogr_layer is None or ogr.GT_Flatten(ogr_layer.GetGeomType()) not in (1, 2, 3, 4, 5, 6):
            return None
        definition = ogr_layer.GetLayerDefn()
        ogr_layer.SetIgnoredFields(
            [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        )
        fid_name = ogr_layer.GetFIDColumn() or "OGC_FID"
        geometry_name = ogr_layer.GetGeometryColumn() or "wkb_geometry"
        fids, wkbs = [], []
        for batch in ogr_layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO"]):
            fids.append(np.asarray(batch[fid_name], dtype=np.int64))
            wkbs.append(np.asarray(batch[geometry_name], dtype=object))
    except Exception:  # any GDAL trouble: the ordinary reader will say what is wrong
        return None
    fids = np.concatenate(fids) if fids else np.empty(0, np.int64)
    wkbs = np.concatenate(wkbs) if wkbs else np.empty(0, dtype=object)
    total = layer.featureCount()
    if len(fids) != total:
        return None
    frame = pd.DataFrame(index=pd.RangeIndex(len(fids)))
    return _layer_data(
        name, kind, frame, fids, wkbs, crs, crs, feedback, require_features, repair, total
    )


def _layer_data(
    name, kind, frame, fids, wkbs, crs, source_crs, feedback, require_features, repair, total
) -> LayerData:
    """LayerData from what was read: WKB parsed, empty geometries dropped, invalid ones
    repaired (counted and logged)."""
    n_read = len(fids)
    data = LayerData(name, kind, None, frame, fids, crs, source_crs, n_read=n_read)

    if kind != "none":
        geometry = shapely.from_wkb(np.asarray(wkbs, dtype=object), on_invalid="ignore")
        geometry, usable, data.n_repaired = usable_geometries(geometry, repair, kind == "polygon")
        data.geometry = geometry[usable]
        data.attributes = frame.loc[usable].reset_index(drop=True)
        data.fids = fids[usable]
        data.n_empty = int(n_read - usable.sum())
        if feedback is not None:
            if data.n_repaired:
                feedback.pushWarning(
                    f"{name}: {data.n_repaired} invalid geometr"
                    f"{'y was' if data.n_repaired == 1 else 'ies were'} repaired "
                    f"(shapely make_valid)."
                )
            if data.n_empty:
                feedback.pushWarning(
                    f"{name}: {data.n_empty} feature(s) without geometry "
                    f"(null or empty) were skipped."
                )
    if require_features and len(data) == 0:
        detail = f" ({n_read} read, none with a usable geometry)" if n_read else ""
        raise InputError(f"{name} has no features{detail}; choose a layer with data.")
    if total and feedback is not None:
        feedback.pushDebugInfo(f"{name}: {len(data)} of {total} features read.")
    return data


def numeric_column(
    data: LayerData,
    field_name: str,
    param: str,
    allow_null: bool = True,
    nonnegative: bool = False,
    fill=np.nan,
    allow_text: bool = False,
) -> np.ndarray:
    """A field as float64, with planner-readable errors for text or negative values.

    Nulls become ``fill`` when ``allow_null``; otherwise they are an error. A text field
    is an error even where its values look like numbers (an id field chosen as a count
    would otherwise give silently wrong sums); ``allow_text`` accepts numeric text, for
    delimited-text tables (CSV) that OGR reads as strings.
    """
    column = data.attributes[field_name]
    if pd.api.types.is_numeric_dtype(column.dtype):  # no text in a numeric column
        is_text = pd.Series(False, index=column.index)
    else:
        is_text = column.map(lambda v: isinstance(v, str))
    if is_text.any() and not allow_text:
        raise InputError(
            f"{param}: field '{field_name}' of {data.name} is a text field "
            f"(e.g. {column[is_text].iloc[0]!r}); choose a numeric field, or "
            f"convert it with the field calculator."
        )
    values = pd.to_numeric(column, errors="coerce")
    bad_text = values.isna() & column.notna()
    if bad_text.any():
        example = column[bad_text].iloc[0]
        raise InputError(
            f"{param}: field '{field_name}' of {data.name} must be numeric, "
            f"but {int(bad_text.sum())} value(s) are not (e.g. {example!r})."
        )
    nulls = column.isna()
    if nulls.any() and not allow_null:
        raise InputError(
            f"{param}: field '{field_name}' of {data.name} has {int(nulls.sum())} "
            f"null value(s); fill them in or filter them out."
        )
    array = values.to_numpy(dtype=np.float64, na_value=np.nan)
    if nonnegative and (array < 0).any():
        raise InputError(
            f"{param}: field '{field_name}' of {data.name} has "
            f"{int((array < 0).sum())} negative value(s) "
            f"(smallest {np.nanmin(array)}); counts cannot be negative."
        )
    return np.where(np.isnan(array), fill, array)


def count_column(
    data: LayerData,
    field_name: str,
    param: str,
    feedback=None,
    ceiling: float = values.COUNT_CEILING,
    allow_text: bool = False,
) -> np.ndarray:
    """A count or weight field (population, employees, flows, attractiveness) under the
    one missing-value policy (:mod:`smaaby_plugin.core.values`): null and NaN count as 0
    with a warning that says how many features that is; negative, infinite or absurd
    values stop the run with their feature ids."""
    raw = numeric_column(data, field_name, param, allow_null=True, allow_text=allow_text)
    checked = values.check_counts(raw, data.fids, f"{param}: field '{field_name}'", ceiling)
    if checked.n_missing and feedback is not None:
        feedback.pushWarning(
            f"{param}: {checked.n_missing} of {checked.n} features of {data.name} "
            f"({checked.share_missing:.1%}) have no value in '{field_name}' (null or NaN); "
            f"they are counted as 0."
        )
    return checked.values


def id_column(
    data: LayerData, field_name: str, param: str, allow_duplicates: bool = False
) -> pd.Series:
    """An id field as text under the one policy: a missing id is an error, and so is a
    duplicate unless the caller offers a documented merge (``allow_duplicates``)."""
    ids = text_column(data, field_name)
    what = f"{param}: field '{field_name}' of {data.name}"
    if allow_duplicates:
        values.check_ids(ids.drop_duplicates(), what, data.fids[~ids.duplicated().to_numpy()])
    else:
        values.check_ids(ids, what, data.fids)
    return ids


def class_column(data: LayerData, field_name: str) -> pd.Series:
    """A class field (any type) as class keys: ints for whole numbers and numeric text,
    text otherwise, None where missing (:func:`smaaby_plugin.core.values.class_keys`)."""
    return values.class_keys(data.attributes[field_name].tolist())


def text_column(data: LayerData, field_name: str) -> pd.Series:
    """A field as strings (integers without '.0'), nulls kept as None
    (:func:`smaaby_plugin.core.values.text_values`, which the batch shares)."""
    return values.text_values(data.attributes[field_name])


def _field_type(dtype) -> QVariant.Type:
    if pd.api.types.is_bool_dtype(dtype):
        return QVariant.Int
    if pd.api.types.is_integer_dtype(dtype):
        return QVariant.LongLong
    if pd.api.types.is_float_dtype(dtype):
        return QVariant.Double
    return QVariant.String


def _output_name(column) -> str:
    # GeoPackage keeps its own feature id in "fid": a copied fid field would clash.
    return "src_fid" if str(column).lower() == "fid" else str(column)


def fields_from_frame(frame: pd.DataFrame) -> QgsFields:
    """QgsFields for a DataFrame: ints -> 64-bit integer, floats -> double, else text."""
    fields = QgsFields()
    for column in frame.columns:
        fields.append(QgsField(_output_name(column), _field_type(frame[column].dtype)))
    return fields


def _python_values(frame: pd.DataFrame) -> list[list]:
    """Rows of plain Python values (None for missing) for ``QgsFeature.setAttributes``."""
    columns = []
    for column in frame.columns:
        series = frame[column]
        kind = series.dtype.kind if isinstance(series.dtype, np.dtype) else "?"
        if kind in ("i", "u"):
            columns.append(series.tolist())  # Python ints already, never missing
            continue
        if kind == "f":
            values = series.tolist()  # Python floats; NaN (v != v) is missing
            columns.append([None if v != v else v for v in values])
            continue
        if pd.api.types.is_bool_dtype(series.dtype):
            series = series.astype("Int64")
        values = series.astype(object).where(series.notna(), None).tolist()
        columns.append([v.item() if isinstance(v, np.generic) else v for v in values])
    return [list(row) for row in zip(*columns)] if columns else [[] for _ in range(len(frame))]


def planned_output(alg, parameters, name, context) -> str:
    """Where a sink parameter will be written, without side effects: QGIS's
    ``parameterAsOutputLayer`` also adds a layer to load on completion when the output
    has a destination project (the Processing dialog always sets one), and that extra
    "memory:" layer then fails to load and keeps the dialog from finishing."""
    before = context.layersToLoadOnCompletion()
    try:
        return alg.parameterAsOutputLayer(parameters, name, context)
    finally:
        context.setLayersToLoadOnCompletion(before)


def write_sink(
    alg,
    parameters,
    name,
    context,
    frame: pd.DataFrame,
    geometry=None,
    crs=None,
    wkb_type=None,
    feedback=None,
) -> str | None:
    """Write rows (and geometries) to a feature-sink parameter.

    Returns the destination id, or None when an optional output was not requested.
    Polygon/line outputs are written as multi-types when ``wkb_type`` is multi.
    """
    frame = frame.reset_index(drop=True)
    fields = fields_from_frame(frame)
    if wkb_type is None:
        wkb_type = QgsWkbTypes.NoGeometry
    if crs is None:
        crs = QgsCoordinateReferenceSystem()
    run_outputs = getattr(alg, "_outputs", None)  # base.SmaabyAlgorithm's record of the run
    if run_outputs is not None:
        planned = planned_output(alg, parameters, name, context)
        run_outputs.before_write(destination_path(planned)[0] if planned else None)
    sink, dest = alg.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
    if sink is not None and run_outputs is not None:
        run_outputs.record(dest)
    if sink is None:
        definition = alg.parameterDefinition(name)
        optional = definition is not None and bool(definition.flags() & definition.FlagOptional)
        if optional or parameters.get(name) is None:
            return None
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    if geometry is not None and wkb_type != QgsWkbTypes.NoGeometry:
        geometry = np.asarray(geometry, dtype=object)
    else:
        geometry = None
    multi = QgsWkbTypes.isMultiType(wkb_type)
    complete = False
    try:
        complete = _add_features(sink, fields, frame, geometry, multi, feedback)
    finally:
        began = time.perf_counter()
        del sink  # closes the file now, so a cancelled run can remove it
        closing = time.perf_counter() - began
    if not complete:
        if feedback is not None and closing > 0.2:
            # GDAL builds a GeoPackage's spatial index of what was written when the file
            # closes (3.4 s for 200,000 polygons measured): not ours to interrupt.
            feedback.pushInfo(f"{name}: closing the file took {closing:.2f} s ({CLOSING_NOTE}).")
        # Raised here, not inside _add_features: a traceback through that frame would keep
        # the sink (and the open file) alive while base.py removes the file.
        raise Cancelled()
    return dest


CLOSING_NOTE = "GDAL builds the spatial index of what was written"
_BATCH_FEATURES = 2000
_BATCH_BYTES = 2_000_000
_LOOK_EVERY = 250


def _add_features(sink, fields, frame, geometry, multi, feedback) -> bool:
    """Add the rows (and geometries) as features; False when the user cancelled."""

    # Block by block (2,000 rows): values and WKB are made per block, and a cancel is
    # looked at every 250 features and before each add, so nothing between two looks
    # grows with the layer (a loaded two-core machine took over a second for one
    # 5,000-feature batch, and longer to convert 200,000 rows at once).
    def cancelled() -> bool:
        return feedback is not None and feedback.isCanceled()

    for start in range(0, len(frame), _BATCH_FEATURES):
        if cancelled():
            return False
        stop = start + _BATCH_FEATURES
        rows = _python_values(frame.iloc[start:stop])
        wkbs = None
        if geometry is not None:
            # 2D, explicitly: with the GEOS QGIS loads, shapely's default dimension is refused.
            wkbs = shapely.to_wkb(geometry[start:stop], output_dimension=2)
        batch, size = [], 0
        if wkbs is None:  # a table: no geometry work per feature
            for sub in range(0, len(rows), _LOOK_EVERY):
                if cancelled():
                    return False
                for row in rows[sub : sub + _LOOK_EVERY]:
                    feature = QgsFeature(fields)
                    feature.setAttributes(row)
                    batch.append(feature)
            rows = ()
        for i, row in enumerate(rows):
            if i % _LOOK_EVERY == 0 and cancelled():
                return False
            feature = QgsFeature(fields)
            feature.setAttributes(row)
            if wkbs is not None and wkbs[i] is not None:
                g = QgsGeometry()
                g.fromWkb(wkbs[i])
                if multi:
                    g.convertToMultiType()
                feature.setGeometry(g)
                size += len(wkbs[i])
            batch.append(feature)
            if size > _BATCH_BYTES:  # a few huge features (kommune polygons) go on their own
                sink.addFeatures(batch, QgsFeatureSink.FastInsert)
                batch, size = [], 0
                if cancelled():
                    return False
        if batch:
            if cancelled():
                return False
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
    return True


# shapely type id -> the layer type of a memory layer: polygons and lines as multi-types,
# as write_sink writes them, so one layer holds single and multi parts alike
_MEMORY_TYPES = {
    0: QgsWkbTypes.Point,
    4: QgsWkbTypes.MultiPoint,
    1: QgsWkbTypes.MultiLineString,
    2: QgsWkbTypes.MultiLineString,
    5: QgsWkbTypes.MultiLineString,
    3: QgsWkbTypes.MultiPolygon,
    6: QgsWkbTypes.MultiPolygon,
}


def memory_layer(
    frame: pd.DataFrame, geometry, crs: QgsCoordinateReferenceSystem, wkb_type=None, name=""
) -> QgsVectorLayer:
    """A memory layer of rows and their geometries: the few features an algorithm hands
    to a child algorithm or draws on a layout (a town, its centre, distance circles).

    Fields are typed as :func:`write_sink` types them; ``wkb_type`` None takes the type
    of the first geometry (polygons and lines as multi-types).
    """
    frame = frame.reset_index(drop=True)
    geometry = np.asarray(geometry, dtype=object)
    if wkb_type is None:
        kind = int(shapely.get_type_id(geometry[0])) if len(geometry) else 3
        wkb_type = _MEMORY_TYPES.get(kind, QgsWkbTypes.MultiPolygon)
    layer = QgsVectorLayer(QgsWkbTypes.displayString(wkb_type), name, "memory")
    layer.setCrs(crs)
    provider = layer.dataProvider()
    provider.addAttributes(fields_from_frame(frame).toList())
    layer.updateFields()
    multi = QgsWkbTypes.isMultiType(wkb_type)
    frame = frame.reset_index(drop=True)
    _add_features(provider, layer.fields(), frame, np.asarray(geometry, dtype=object), multi, None)
    layer.updateExtents()
    return layer


def project_crs_or(default: str = "EPSG:25833") -> QgsCoordinateReferenceSystem:
    """For GUI code only: the project's CRS, or ``default`` (algorithms never use it)."""
    crs = QgsProject.instance().crs()
    return crs if crs.isValid() else QgsCoordinateReferenceSystem(default)

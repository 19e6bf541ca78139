"""Files in and out for the batch: GeoPackage and FlatGeobuf through pyogrio (GDAL, fast,
whole columns) or fiona when pyogrio is absent, and GeoParquet through pyarrow when it is
installed. Geometries are shapely arrays, attributes pandas frames."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

__all__ = [
    "Layer",
    "field_names",
    "has_geoparquet",
    "layer_names",
    "read_layer",
    "write_geoparquet",
    "write_table",
]

try:  # pyogrio reads and writes whole columns; fiona goes feature by feature
    import pyogrio
    import pyogrio.raw
except ImportError:  # pragma: no cover - Debian's python3 has fiona only
    pyogrio = None

_DRIVERS = {".gpkg": "GPKG", ".fgb": "FlatGeobuf"}


@dataclass
class Layer:
    """What :func:`read_layer` returns: ``geometry`` (shapely array, None for a table),
    ``attributes`` (DataFrame), ``fids`` (int array)."""

    geometry: np.ndarray | None
    attributes: pd.DataFrame
    fids: np.ndarray

    def __len__(self) -> int:
        return len(self.fids)


def _driver(path) -> str:
    ext = os.path.splitext(str(path))[1].lower()
    if ext not in _DRIVERS:
        raise ValueError(f"{path}: use a GeoPackage (.gpkg) or FlatGeobuf (.fgb) file.")
    return _DRIVERS[ext]


def layer_names(path) -> list[str]:
    """The layers of a file."""
    if pyogrio is not None:
        return [str(n) for n in pyogrio.list_layers(path)[:, 0]]
    import fiona

    return list(fiona.listlayers(path))


def field_names(path, layer=None) -> list[str]:
    """The fields of a layer (without reading its features)."""
    if pyogrio is not None:
        return [str(n) for n in pyogrio.read_info(path, layer=layer)["fields"]]
    import fiona  # pragma: no cover

    with fiona.open(path, layer=layer) as src:  # pragma: no cover
        return list(src.schema["properties"])


def read_layer(path, layer=None, columns=None, where=None, bbox=None, geometry=True) -> Layer:
    """Read a layer (optionally only ``columns``, rows matching the SQL ``where`` and
    features meeting ``bbox`` = (xmin, ymin, xmax, ymax), which uses the file's spatial
    index)."""
    if not os.path.exists(path):
        raise FileNotFoundError(f"{path} does not exist.")
    if pyogrio is not None:
        meta, fids, wkb, data = pyogrio.raw.read(
            path,
            layer=layer,
            columns=columns,
            where=where,
            bbox=bbox,
            return_fids=True,
            read_geometry=geometry,
        )
        frame = pd.DataFrame({n: v for n, v in zip(meta["fields"], data)}, index=range(len(fids)))
        _nullable(frame, meta)
        geometry = None if wkb is None else shapely.from_wkb(wkb)
        return Layer(geometry, frame, np.asarray(fids, dtype=np.int64))
    return _read_fiona(path, layer, columns, where, bbox, geometry)  # pragma: no cover


def _nullable(frame: pd.DataFrame, meta: dict) -> None:
    """Integer and boolean fields that GDAL gave as floats (they have nulls) back to
    pandas' nullable Int64 and boolean, so a table read back equals the one written."""
    for name, ogr, sub in zip(meta["fields"], meta["ogr_types"], meta["ogr_subtypes"]):
        col = frame[name]
        if sub == "OFSTBoolean":
            frame[name] = col.astype("boolean")
        elif ogr in ("OFTInteger", "OFTInteger64") and col.dtype.kind == "f":
            frame[name] = col.astype("Int64")


def _read_fiona(path, layer, columns, where, bbox, geometry) -> Layer:  # pragma: no cover
    import fiona

    with fiona.open(path, layer=layer) as src:
        names = list(src.schema["properties"]) if columns is None else list(columns)
        feats = list(src.filter(bbox=bbox, where=where))
        spatial = src.schema.get("geometry") not in (None, "None")
    frame = pd.DataFrame({n: [f["properties"][n] for f in feats] for n in names})
    geoms = None
    if spatial and geometry:
        geoms = np.array(
            [
                None if f["geometry"] is None else shapely.geometry.shape(f["geometry"])
                for f in feats
            ],
            dtype=object,
        )
    return Layer(geoms, frame, np.array([f.id for f in feats], dtype=np.int64))


def _columns(frame: pd.DataFrame):
    """Plain numpy columns and null masks for GDAL: nullable ints and booleans as their
    values with a mask, text as object arrays with None."""
    data, masks = [], []
    for name in frame.columns:
        col = frame[name]
        dtype = col.dtype
        if isinstance(dtype, pd.api.extensions.ExtensionDtype) and dtype.kind in "iub":
            mask = col.isna().to_numpy()
            fill = False if dtype.kind == "b" else 0
            values = col.fillna(fill).to_numpy(dtype=bool if dtype.kind == "b" else np.int64)
            data.append(values)
            masks.append(mask if mask.any() else None)
        elif pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype):
            values = col.astype(object).where(col.notna(), None).to_numpy(object)
            data.append(values)
            masks.append(None)
        else:
            data.append(col.to_numpy())
            masks.append(None)
    return data, masks


def write_table(path, layer, frame, geometry=None, geometry_type=None, crs=None) -> None:
    """Write a frame (with a shapely geometry array, or none for a table) as ``layer`` of
    a GeoPackage or FlatGeobuf; other layers of an existing GeoPackage are kept."""
    driver = _driver(path)
    frame = frame.reset_index(drop=True)
    if pyogrio is not None:
        data, masks = _columns(frame)
        wkb = None
        if geometry is not None:
            wkb = shapely.to_wkb(np.asarray(geometry, dtype=object), output_dimension=2)
        spatial = wkb is not None
        exists = os.path.exists(path)
        multi = bool(geometry_type and geometry_type.startswith("Multi"))
        pyogrio.raw.write(
            path,
            wkb,
            data,
            list(frame.columns),
            field_mask=masks if any(m is not None for m in masks) else None,
            layer=layer,
            driver=driver,
            geometry_type=geometry_type if spatial else None,
            crs=crs if spatial else None,
            promote_to_multi=multi,
            layer_options={"SPATIAL_INDEX": "YES"} if driver == "GPKG" and spatial else None,
            # GeoPackage 1.2: what GDAL 3.6 (Debian 12's QGIS) reads without a warning
            dataset_options={"VERSION": "1.2"} if driver == "GPKG" and not exists else None,
        )
        return
    _write_fiona(path, layer, frame, geometry, geometry_type, crs, driver)  # pragma: no cover


def _write_fiona(path, layer, frame, geometry, geometry_type, crs, driver):  # pragma: no cover
    import fiona

    kinds = {"i": "int", "u": "int", "f": "float", "b": "bool"}
    props = {c: kinds.get(frame[c].dtype.kind, "str") for c in frame.columns}
    schema = {"geometry": geometry_type or "None", "properties": props}
    columns = [frame[c].astype(object).where(frame[c].notna(), None).tolist() for c in frame]
    geoms = (
        [json.loads(g) for g in shapely.to_geojson(np.asarray(geometry, dtype=object))]
        if geometry is not None
        else [None] * len(frame)
    )
    with fiona.open(path, "w", driver=driver, layer=layer, schema=schema, crs=crs) as dst:
        dst.writerecords(
            {"geometry": g, "properties": dict(zip(props, v))} for g, v in zip(geoms, zip(*columns))
        )


def has_geoparquet() -> bool:
    """Whether GeoParquet can be written here (pyarrow importable)."""
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def write_geoparquet(path, frame, geometry=None, crs_epsg: int | None = 25833) -> None:
    """Write a frame (with WKB geometry in ``geometry`` and GeoParquet 1.0 metadata) to
    Parquet; needs pyarrow (see :func:`has_geoparquet`)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(frame.reset_index(drop=True), preserve_index=False)
    if geometry is not None:
        geoms = np.asarray(geometry, dtype=object)
        table = table.append_column("geometry", pa.array(list(shapely.to_wkb(geoms)), pa.binary()))
        types = sorted({str(t) for t in shapely.get_type_id(geoms)})
        names = {"3": "Polygon", "6": "MultiPolygon", "1": "LineString", "0": "Point"}
        meta = {
            "version": "1.0.0",
            "primary_column": "geometry",
            "columns": {
                "geometry": {
                    "encoding": "WKB",
                    "geometry_types": [names.get(t, "Unknown") for t in types],
                    "crs": None
                    if crs_epsg is None
                    else {"id": {"authority": "EPSG", "code": crs_epsg}},
                }
            },
        }
        table = table.replace_schema_metadata(
            {**(table.schema.metadata or {}), b"geo": json.dumps(meta).encode()}
        )
    pq.write_table(table, path)

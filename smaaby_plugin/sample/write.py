"""Writing the layers into one GeoPackage with fiona."""

from __future__ import annotations

import json
import os

import pandas as pd
import shapely

from smaaby_plugin.sample.schema import CRS, LAYERS


def _records(frame: pd.DataFrame, fields: dict[str, str], spatial: bool):
    """Fiona records of a layer frame: plain Python values, None for missing ones."""
    columns = []
    for field in fields:
        col = frame[field]
        columns.append(col.astype(object).where(col.notna(), None).tolist())
    geoms = (
        [json.loads(g) for g in shapely.to_geojson(frame["geometry"].to_numpy())]
        if spatial
        else [None] * len(frame)
    )
    for geom, values in zip(geoms, zip(*columns)):
        yield {"geometry": geom, "properties": dict(zip(fields, values))}


def write_layers(path: str, layers: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Write the layers of :data:`~smaaby_plugin.sample.schema.LAYERS` into one
    GeoPackage (an existing file is replaced); returns the feature count per layer."""
    import fiona  # only needed for writing; generate() works without it

    if os.path.exists(path):
        os.remove(path)
    counts = {}
    # a file written in one go needs no fsync after every layer
    with fiona.Env(OGR_SQLITE_SYNCHRONOUS="OFF"):
        for name, (geom_type, fields) in LAYERS.items():
            frame = layers[name]
            schema = {"geometry": geom_type or "None", "properties": dict(fields)}
            with fiona.open(path, "w", driver="GPKG", layer=name, schema=schema, crs=CRS) as dst:
                dst.writerecords(_records(frame, fields, geom_type is not None))
            counts[name] = len(frame)
    return counts

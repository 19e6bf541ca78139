"""What a run has written, so that a cancelled or failed run leaves nothing behind.

``layers.write_sink`` (and any adapter that writes a file itself) records each destination
here before it writes; ``base.SmaabyAlgorithm`` discards them all when the run is cancelled
or stops with an error: a file the run created is removed (with its GeoPackage side files,
or a shapefile's companions), a layer the run added to an existing GeoPackage is deleted
from it, a memory layer is dropped from the context, and none is loaded on completion.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Written", "RunOutputs", "destination_path"]

_SIDE_FILES = ("-wal", "-shm", "-journal")
_SHAPE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx")


@dataclass
class Written:
    dest: str  # what the sink returned (a path, "path|layername=x", an ogr: URI or a layer id)
    path: str | None  # the file on disk, when there is one
    layer: str | None  # the layer inside the file, when named
    existed: bool  # the file was there before this run


def destination_path(dest: str) -> tuple[str | None, str | None]:
    """(file path, layer name) of a sink destination string, or (None, None)."""
    text = str(dest or "")
    if text.startswith("ogr:"):
        db = re.search(r"dbname='((?:[^'\\]|\\.)*)'", text) or re.search(r"dbname=(\S+)", text)
        table = re.search(r'table="([^"]*)"', text) or re.search(r"table=(\S+)", text)
        return (db.group(1) if db else None), (table.group(1) if table else None)
    if text.startswith("memory:") or not text:
        return None, None
    path, _, options = text.partition("|")
    layer = re.search(r"layername=([^|]+)", options)
    if not os.path.isabs(path) and not os.path.exists(path) and "/" not in path:
        return None, None  # a layer id of a temporary layer
    return path, (layer.group(1) if layer else None)


@dataclass
class RunOutputs:
    written: list[Written] = field(default_factory=list)
    _before: dict = field(default_factory=dict)

    def before_write(self, path: str | None) -> None:
        """Note whether ``path`` exists before the run first writes to it."""
        if path and path not in self._before:
            self._before[path] = os.path.exists(path)

    def record(self, dest: str) -> None:
        path, layer = destination_path(dest)
        existed = self._before.get(path, False) if path else False
        self.written.append(Written(str(dest), path, layer, existed))

    def discard(self, context) -> list[str]:
        """Remove everything written; returns what was removed (for the log)."""
        removed = []
        to_load = dict(context.layersToLoadOnCompletion())
        for w in self.written:
            to_load.pop(w.dest, None)
            store = context.temporaryLayerStore()
            if store.mapLayer(w.dest) is not None:
                store.removeMapLayer(w.dest)
                removed.append(w.dest)
                continue
            if not w.path:
                continue
            to_load = {k: v for k, v in to_load.items() if not str(k).startswith(w.path)}
            if not w.existed or not w.layer:  # created, or overwritten whole by this run
                removed += _remove_file(w.path)
            else:
                if _delete_layer(w.path, w.layer):
                    removed.append(f"{w.path}|layername={w.layer}")
        context.setLayersToLoadOnCompletion(to_load)
        self.written.clear()
        return removed


def _remove_file(path: str) -> list[str]:
    p = Path(path)
    candidates = [p] + [Path(str(p) + s) for s in _SIDE_FILES]
    if p.suffix.lower() == ".shp":
        candidates += [p.with_suffix(s) for s in _SHAPE_PARTS]
    removed = []
    for c in candidates:
        try:
            c.unlink()
            removed.append(str(c))
        except FileNotFoundError:
            pass
        except OSError:  # locked on Windows: leave it, the log names it
            pass
    return [r for r in removed if not r.endswith(_SIDE_FILES)]


def _delete_layer(path: str, layer: str) -> bool:
    from osgeo import gdal

    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    if ds is None:
        return False
    for i in range(ds.GetLayerCount()):
        if ds.GetLayerByIndex(i).GetName() == layer:
            ok = ds.DeleteLayer(i) == 0
            ds = None
            return ok
    return False

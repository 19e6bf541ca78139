"""Buffers and grouped unions in chunks, so that a cancel takes effect between them.

No QGIS here. Shared by :mod:`~smaaby_plugin.core.catchments.service_areas` and
:mod:`~smaaby_plugin.core.catchments.catchment_allocation`, whose polygons are the
longest GEOS work of the catchment family. The chunks are sized from the measured pace
and run on every core (:func:`smaaby_plugin.core.parallel.run_chunks`); they change no
result.
"""

from __future__ import annotations

import numpy as np
import shapely

from smaaby_plugin.core import polygons
from smaaby_plugin.core.parallel import run_chunks
from smaaby_plugin.core.progress import Progress

__all__ = ["buffer", "grouped_union"]


def buffer(
    geoms: np.ndarray, distance: float, quad_segs: int = 4, progress: Progress | None = None
) -> np.ndarray:
    """``shapely.buffer`` in chunks (each geometry on its own: the same result).

    Examples
    --------
    >>> [round(g.area, 1) for g in buffer(shapely.points([(0, 0), (5, 5)]), 1.0)]
    [3.1, 3.1]
    """
    geoms = np.asarray(geoms, dtype=object)
    out = np.empty(len(geoms), dtype=object)

    def work(part: slice) -> None:
        out[part] = shapely.buffer(geoms[part], distance, quad_segs=quad_segs)

    run_chunks(len(geoms), work, progress, first=1000)
    return out


def grouped_union(
    geoms: np.ndarray, groups: np.ndarray, n: int, progress: Progress | None = None
) -> np.ndarray:
    """:func:`smaaby_plugin.core.polygons.grouped_union` in chunks of groups.

    Each group gets the union of the same members in the same (stable) order as in one
    call, so the polygons are the same.

    Examples
    --------
    >>> u = grouped_union(np.array([shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)]),
    ...                   np.array([1, 1]), 3)
    >>> [round(g.area, 6) for g in u]
    [0.0, 2.0, 0.0]
    """
    geoms = np.asarray(geoms, dtype=object)
    groups = np.asarray(groups, dtype=np.int64)
    order = np.argsort(groups, kind="stable")
    bounds = np.searchsorted(groups[order], np.arange(n + 1))
    out = np.empty(n, dtype=object)

    def work(part: slice) -> None:
        members = order[bounds[part.start] : bounds[part.stop]]
        out[part] = polygons.grouped_union(
            geoms[members], groups[members] - part.start, part.stop - part.start
        )

    run_chunks(n, work, progress, first=4)
    return out

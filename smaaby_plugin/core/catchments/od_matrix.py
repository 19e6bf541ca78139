"""Origin-destination tables for ``smaaby:odmatrix``: straight lines and distances for
the pairs of a network cost table.

No QGIS here. The costs themselves come from
:meth:`smaaby_plugin.core.catchments.network.Network.od_matrix`.
"""

from __future__ import annotations

import numpy as np
import shapely

from smaaby_plugin.core.catchments.network import as_points

__all__ = ["od_lines"]


def od_lines(
    origins: np.ndarray, destinations: np.ndarray, origin: np.ndarray, destination: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Straight lines from ``origins[origin[i]]`` to ``destinations[destination[i]]``
    and their lengths (m).

    Polygons are represented by a point inside them.

    Examples
    --------
    >>> o = shapely.points([(0, 0)]); d = shapely.points([(3, 4), (1, 1)])
    >>> g, m = od_lines(o, d, np.array([0, 0]), np.array([1, 0]))
    >>> [x.wkt for x in g], m.tolist()
    (['LINESTRING (0 0, 1 1)', 'LINESTRING (0 0, 3 4)'], [1.4142135623730951, 5.0])
    """

    def xy(g, i):
        return shapely.get_coordinates(as_points(g))[np.asarray(i, np.int64)]

    a = xy(origins, origin)
    b = xy(destinations, destination)
    coords = np.stack([a, b], axis=1).reshape(-1, 2)
    if len(a) == 0:
        return np.empty(0, dtype=object), np.empty(0)
    lines = shapely.linestrings(coords, indices=np.repeat(np.arange(len(a)), 2))
    return lines, np.hypot(*(b - a).T)

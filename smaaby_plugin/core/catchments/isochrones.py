"""Isochrone polygons for ``smaaby:serviceareas``: the area reached within each threshold
drawn as planners (and QNEAT3, ORS Tools, ArcGIS users) expect it, rather than the
reached roads buffered.

No QGIS here. Works on the result of
:meth:`smaaby_plugin.core.catchments.network.Network.service_area`
(``ServiceArea.pieces``/``geometry``), whose pieces already end at the exact cut points
of partially reached links.

Method, per source and threshold ``k`` (everything reached within ``thresholds[k]``):

1. the points of the reached network: the vertices of every reached piece, including
   the exact cut points where a partial link runs out of budget, with the pieces
   densified to one point every :data:`DENSIFY_M` metres so that long straight links
   weigh as much as curvy ones;
2. their concave hull (``shapely.concave_hull``, GEOS >= 3.11) with the ratio
   :data:`CONCAVE_RATIO`: Delaunay edges longer than that share of the range between the
   shortest and longest edge are peeled off, so the outline follows the roads at the
   edge of the area while filling the blocks between them;
3. united with the reached roads buffered by :data:`ROAD_BUFFER_M` metres, so every
   reached road lies inside (a hull edge can cut across a road bend at the rim);
4. holes smaller than :data:`MIN_HOLE_M2` (a block) filled;
5. nested: the polygon for threshold ``k`` is united with the one for ``k - 1`` (then
   small holes filled again), so the 10-minute band contains the 5-minute band.

API summary
-----------
``isochrone_polygons(pieces, geometry, n_bands, links=None, ratio=CONCAVE_RATIO,
road_buffer=ROAD_BUFFER_M, min_hole=MIN_HOLE_M2, densify=DENSIFY_M, progress=None)
-> (DataFrame, polygons)``
    Same table as :func:`~smaaby_plugin.core.catchments.service_areas.service_area_polygons`.
``fill_small_holes(polygons, min_area) -> polygons``
    Holes smaller than ``min_area`` filled, larger ones kept.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core import polygons as poly_ops
from smaaby_plugin.core.catchments.service_areas import service_area_polygons
from smaaby_plugin.core.progress import Progress, report, scaled

__all__ = [
    "CONCAVE_RATIO",
    "DENSIFY_M",
    "MIN_HOLE_M2",
    "ROAD_BUFFER_M",
    "fill_small_holes",
    "isochrone_polygons",
]

#: Ratio of ``shapely.concave_hull`` (0 = tightest, 1 = convex hull). 0.1 was chosen by
#: looking at walking bands of 500-3000 m from Torggata on the Hamar network
#: (docs/img/isochrone_methods.png): the outline follows the outermost reached roads and
#: fills the blocks between them, while the unreached land between radial roads and the
#: shore stays outside. The ratio is relative to the spread of the Delaunay edge lengths,
#: so the shape scales with the band.
CONCAVE_RATIO = 0.1
#: Metres around the reached roads united with the hull, so that every reached road
#: lies inside the polygon (a road on the rim is still drawn with a margin).
ROAD_BUFFER_M = 25.0
#: Holes smaller than this (m², 1 ha: about a town block) are filled.
MIN_HOLE_M2 = 10_000.0
#: Spacing (m) of the points taken along the reached pieces.
DENSIFY_M = 50.0


def fill_small_holes(polygons: np.ndarray, min_area: float) -> np.ndarray:
    """Fill the holes of each (multi)polygon whose area is below ``min_area``.

    Parameters
    ----------
    polygons : array of Polygon/MultiPolygon
    min_area : float
        m²; holes at least this large are kept.

    Returns
    -------
    array of Polygon/MultiPolygon (a new array; unchanged items are the same objects)

    Examples
    --------
    >>> outer = shapely.box(0, 0, 100, 100)
    >>> p = outer.difference(shapely.box(10, 10, 20, 20)).difference(
    ...     shapely.box(40, 40, 90, 90))
    >>> [round(x.area) for x in fill_small_holes(np.array([p]), 500.0)]
    [7500]
    """
    polygons = np.asarray(polygons, dtype=object)
    out = polygons.copy()
    if len(polygons) == 0:
        return out
    parts, owner = shapely.get_parts(polygons, return_index=True)
    n_int = shapely.get_num_interior_rings(parts)
    n_int = np.where(n_int < 0, 0, n_int)
    part_of = np.repeat(np.arange(len(parts)), n_int)
    ring_no = np.arange(len(part_of)) - np.repeat(np.cumsum(n_int) - n_int, n_int)
    holes = shapely.polygons(shapely.get_interior_ring(parts[part_of], ring_no))
    small = shapely.area(holes) < min_area
    if not small.any():
        return out
    hole_owner = owner[part_of[small]]
    fix = np.unique(hole_owner)
    pos = np.searchsorted(fix, hole_owner)
    geoms = np.concatenate([polygons[fix], holes[small]])
    groups = np.concatenate([np.arange(len(fix)), pos])
    out[fix] = poly_ops.grouped_union(geoms, groups, len(fix))
    return out


def isochrone_polygons(
    pieces: pd.DataFrame,
    geometry: np.ndarray,
    n_bands: int,
    links: np.ndarray | None = None,
    ratio: float = CONCAVE_RATIO,
    road_buffer: float = ROAD_BUFFER_M,
    min_hole: float = MIN_HOLE_M2,
    densify: float = DENSIFY_M,
    progress: Progress | None = None,
) -> tuple[pd.DataFrame, np.ndarray]:
    """Nested isochrone polygons per source and threshold (see the module's method).

    Parameters
    ----------
    pieces, geometry
        ``ServiceArea.pieces`` and ``ServiceArea.geometry``.
    n_bands : int
        Number of thresholds.
    links : array of LineString, optional
        ``Network.lines`` (speeds up the road buffers, same result).
    ratio : float
        ``shapely.concave_hull`` ratio, 0-1.
    road_buffer : float
        Metres around the reached roads (> 0).
    min_hole : float
        Holes smaller than this (m²) are filled.
    densify : float
        Spacing (m) of the points taken along the pieces (> 0).
    progress : Progress, optional
        Told the share done; raises ``Cancelled``.

    Returns
    -------
    table : DataFrame
        source, band, length_m, area_m2; one row per source and threshold that reaches
        anything, sorted by source and band.
    polygons : array of Polygon/MultiPolygon

    Examples
    --------
    A cross of two 200 m roads reached whole within threshold 0, and a 100 m spur
    more within threshold 1: the hull fills between the arms, and band 1 contains
    band 0 (ratio 1: the convex hulls, a 200 m x 200 m diamond and a 300 m x 200 m
    kite, and the 1 m road buffers).

    >>> from shapely import LineString
    >>> g = np.array([LineString([(-100, 0), (100, 0)]), LineString([(0, -100), (0, 100)]),
    ...               LineString([(100, 0), (200, 0)])])
    >>> p = pd.DataFrame({"source": [0, 0, 0], "band": [0, 0, 1], "link": [0, 1, 2],
    ...                   "start": [0.0, 0.0, 0.0], "end": [200.0, 200.0, 100.0]})
    >>> t, poly = isochrone_polygons(p, g, 2, links=g, ratio=1.0, road_buffer=1.0)
    >>> t["length_m"].tolist(), [int(round(x.area, -2)) for x in poly]
    ([400.0, 500.0], [20000, 30000])
    >>> bool(shapely.covers(poly[1], poly[0]))
    True
    """
    table, roads = service_area_polygons(
        pieces, geometry, n_bands, road_buffer, links=links, progress=scaled(progress, 0.0, 0.5)
    )
    if len(table) == 0:
        return table, roads
    geometry = np.asarray(geometry, dtype=object)
    band = pieces["band"].to_numpy()
    source = pieces["source"].to_numpy()
    # the points of each piece (its cut ends included) ...
    coords, piece_of = shapely.get_coordinates(
        shapely.segmentize(geometry, densify), return_index=True
    )
    # ... belong to its own band's hull and every larger one
    reps = n_bands - band[piece_of]
    idx = np.repeat(np.arange(len(coords)), reps)
    first = np.repeat(np.cumsum(reps) - reps, reps)
    k = band[piece_of][idx] + (np.arange(len(idx)) - first)
    key = source[piece_of][idx].astype(np.int64) * n_bands + k
    tkey = table["source"].to_numpy().astype(np.int64) * n_bands + table["band"].to_numpy()
    grp = np.searchsorted(tkey, key)
    order = np.argsort(grp, kind="stable")
    points = shapely.multipoints(coords[idx[order]], indices=grp[order])
    report(progress, 0.6)
    hulls = shapely.concave_hull(points, ratio)
    # fewer than three distinct points give a point or line, which lies on the roads
    hulls[~np.isin(shapely.get_type_id(hulls), (3, 6))] = shapely.Polygon()
    report(progress, 0.8)
    polys = fill_small_holes(shapely.union(hulls, roads), min_hole)
    # nesting: union with the band before (same source, previous row)
    src = table["source"].to_numpy()
    bnd = table["band"].to_numpy()
    for b in range(1, n_bands):
        rows = np.flatnonzero(bnd == b)
        rows = rows[(rows > 0) & (src[np.maximum(rows - 1, 0)] == src[rows])]
        if len(rows):
            polys[rows] = fill_small_holes(shapely.union(polys[rows], polys[rows - 1]), min_hole)
    table["area_m2"] = shapely.area(polys)
    report(progress, 1.0)
    return table, polys

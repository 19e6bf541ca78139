"""Areas and tables from network results: service-area polygons and lines, population
reached, non-overlapping catchment polygons and per-centre summaries.

No QGIS here. Works on the outputs of :mod:`smaaby_plugin.core.catchments.network`
(``ServiceArea.pieces``/``geometry``, ``Allocation``).

API summary
-----------
``band_lines(pieces, geometry) -> (DataFrame, multilines)``
    One MultiLineString per source and band with its length and cost range.
``service_area_polygons(pieces, geometry, n_bands, buffer_distance) -> (DataFrame, polygons)``
    Per source and threshold the reached network (all bands up to it) buffered.
``population_reached(target_cost, population, thresholds) -> ndarray``
    Population whose cost is within each threshold, per row of sources.
``catchment_polygons(demand, centre, n_centres, point_radius) -> (polygons, area_m2)``
    Non-overlapping polygons, one per centre: the demand polygons allocated to it,
    or for points their Voronoi cells within ``point_radius``.
``od_lines(origins, destinations, origin, destination) -> (lines, straight_m)``
    Straight lines and distances for an OD table.
``allocation_summary(centre, cost, population, n_centres) -> DataFrame``
    Per centre: features, population, share, population-weighted mean and median cost.
``weighted_median(values, weights) -> float``
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.catchments.network import as_points
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.polygons import grouped_union

__all__ = [
    "allocation_summary",
    "band_lines",
    "catchment_polygons",
    "od_lines",
    "population_reached",
    "service_area_polygons",
    "weighted_median",
]


def band_lines(pieces: pd.DataFrame, geometry: np.ndarray) -> tuple[pd.DataFrame, np.ndarray]:
    """Merge reached pieces into one MultiLineString per source and band.

    Parameters
    ----------
    pieces : DataFrame
        ``ServiceArea.pieces`` (columns source, band, cost_min, cost_max, start, end).
    geometry : array of LineString
        ``ServiceArea.geometry``.

    Returns
    -------
    table : DataFrame
        source, band, n_pieces, length_m, cost_min, cost_max; sorted by source, band.
    lines : array of MultiLineString

    Examples
    --------
    >>> from shapely import LineString
    >>> p = pd.DataFrame({"source": [0, 0, 1], "band": [0, 0, 0], "start": [0.0, 0.0, 0.0],
    ...                   "end": [1.0, 2.0, 3.0], "cost_min": [0.0, 1.0, 0.0],
    ...                   "cost_max": [1.0, 3.0, 3.0]})
    >>> g = np.array([LineString([(0, 0), (1, 0)]), LineString([(5, 0), (7, 0)]),
    ...               LineString([(0, 0), (0, 3)])])
    >>> t, m = band_lines(p, g)
    >>> t["length_m"].tolist(), t["cost_max"].tolist(), [len(x.geoms) for x in m]
    ([3.0, 3.0], [3.0, 3.0], [2, 1])
    """
    if len(pieces) == 0:
        empty = pd.DataFrame(
            {
                "source": np.empty(0, np.int64),
                "band": np.empty(0, np.int64),
                "n_pieces": np.empty(0, np.int64),
                "length_m": np.empty(0),
                "cost_min": np.empty(0),
                "cost_max": np.empty(0),
            }
        )
        return empty, np.empty(0, dtype=object)
    key = pieces[["source", "band"]].to_numpy()
    step = np.diff(key[:, 0] * (int(key[:, 1].max()) + 1) + key[:, 1])
    # ServiceArea.pieces come sorted already
    order = np.arange(len(key)) if np.all(step >= 0) else np.lexsort((key[:, 1], key[:, 0]))
    key = key[order]
    new = np.r_[True, np.any(key[1:] != key[:-1], axis=1)]
    grp = np.cumsum(new) - 1
    heads = np.flatnonzero(new)
    lengths = (pieces["end"].to_numpy() - pieces["start"].to_numpy())[order]
    n = int(grp[-1]) + 1
    table = pd.DataFrame(
        {
            "source": key[new, 0],
            "band": key[new, 1],
            "n_pieces": np.bincount(grp, minlength=n).astype(np.int64),
            "length_m": np.bincount(grp, weights=lengths, minlength=n),
            "cost_min": np.minimum.reduceat(pieces["cost_min"].to_numpy()[order], heads),
            "cost_max": np.maximum.reduceat(pieces["cost_max"].to_numpy()[order], heads),
        }
    )
    lines = shapely.multilinestrings(np.asarray(geometry, dtype=object)[order], indices=grp)
    return table, lines


def service_area_polygons(
    pieces: pd.DataFrame,
    geometry: np.ndarray,
    n_bands: int,
    buffer_distance: float,
    links: np.ndarray | None = None,
    quad_segs: int = 4,
    tile_size: float | None = None,
) -> tuple[pd.DataFrame, np.ndarray]:
    """Polygons of the network reached within each threshold, buffered.

    The polygon for source ``s`` and threshold ``k`` is the union of the buffers
    of all pieces of ``s`` in bands ``0..k`` (everything reached within
    ``thresholds[k]``).

    With ``links`` (the network's link geometries, indexed by ``pieces.link``)
    the union is sped up without changing its result: a link reached whole is
    buffered once for all sources, and the links are grouped in square tiles
    whose union is computed once and used wherever a source reaches all links
    of a tile whole.  (Buffering a MultiLineString of thousands of overlapping
    pieces at once is far slower in GEOS than a cascaded union of the parts.)

    Parameters
    ----------
    pieces, geometry
        ``ServiceArea.pieces`` and ``ServiceArea.geometry``.
    n_bands : int
        Number of thresholds.
    buffer_distance : float
        Metres around the reached lines (> 0).
    links : array of LineString, optional
        ``Network.lines``.
    quad_segs : int
        Segments per quarter circle of the buffer.
    tile_size : float, optional
        Side of the tiles (m); default 1.5 x ``buffer_distance``.

    Returns
    -------
    table : DataFrame
        source, band (threshold index), length_m (network reached within it),
        area_m2 (of the polygon); one row per source and threshold that reaches
        anything.
    polygons : array of Polygon/MultiPolygon

    Examples
    --------
    >>> from shapely import LineString
    >>> p = pd.DataFrame({"source": [0, 0], "band": [0, 1], "link": [0, 1],
    ...                   "start": [0.0, 0.0], "end": [10.0, 10.0]})
    >>> g = np.array([LineString([(0, 0), (10, 0)]), LineString([(10, 0), (20, 0)])])
    >>> t, poly = service_area_polygons(p, g, 2, 1.0, links=g)
    >>> t["length_m"].tolist(), [round(x.bounds[2], 6) for x in poly]
    ([10.0, 20.0], [11.0, 21.0])
    """
    if not np.isfinite(buffer_distance) or buffer_distance <= 0:
        raise InputError("The buffer distance for service-area polygons must be positive.")
    empty = (
        pd.DataFrame(
            {
                "source": np.empty(0, np.int64),
                "band": np.empty(0, np.int64),
                "length_m": np.empty(0),
                "area_m2": np.empty(0),
            }
        ),
        np.empty(0, dtype=object),
    )
    if len(pieces) == 0:
        return empty
    geometry = np.asarray(geometry, dtype=object)
    band = pieces["band"].to_numpy()
    source = pieces["source"].to_numpy()
    length = pieces["end"].to_numpy() - pieces["start"].to_numpy()
    # each piece belongs to its own band's polygon and every larger one
    reps = n_bands - band
    idx = np.repeat(np.arange(len(pieces)), reps)
    first = np.r_[0, np.cumsum(reps)[:-1]]
    k = band[idx] + (np.arange(len(idx)) - np.repeat(first, reps))
    gkey = np.stack([source[idx], k], axis=1)
    ukey, grp = np.unique(gkey, axis=0, return_inverse=True)
    grp = np.asarray(grp).ravel()
    n = len(ukey)
    table = pd.DataFrame(
        {
            "source": ukey[:, 0],
            "band": ukey[:, 1],
            "length_m": np.bincount(grp, weights=length[idx], minlength=n),
        }
    )
    if links is None:
        polys = grouped_union(
            shapely.buffer(geometry[idx], buffer_distance, quad_segs=quad_segs), grp, n
        )
        table["area_m2"] = shapely.area(polys)
        return table, polys
    links = np.asarray(links, dtype=object)
    link = pieces["link"].to_numpy()[idx]
    link_len = shapely.length(links)
    # links reached whole by a group (their pieces in bands <= k cover them)
    gl = pd.DataFrame({"g": grp, "link": link, "len": length[idx]})
    cover = gl.groupby(["g", "link"], sort=True)["len"].sum()
    g_of = cover.index.get_level_values(0).to_numpy()
    l_of = cover.index.get_level_values(1).to_numpy()
    whole = cover.to_numpy() >= link_len[l_of] * (1 - 1e-9) - 1e-9
    # tiles of links by their first vertex
    tile = float(tile_size) if tile_size else 1.5 * buffer_distance
    xy = shapely.get_coordinates(shapely.get_point(links, 0))
    cell = np.floor(xy / tile).astype(np.int64)
    _, tile_of = np.unique(cell, axis=0, return_inverse=True)
    tile_of = np.asarray(tile_of).ravel()
    n_tiles = int(tile_of.max()) + 1
    links_in_tile = np.bincount(tile_of, minlength=n_tiles)
    gt = g_of[whole] * n_tiles + tile_of[l_of[whole]]
    gt_u, gt_n = np.unique(gt, return_counts=True)
    complete = gt_u[gt_n == links_in_tile[gt_u % n_tiles]]
    done_tiles = np.unique(complete % n_tiles)
    # a whole link in a complete tile is covered by the tile's polygon
    in_complete = np.isin(g_of * n_tiles + tile_of[l_of], complete) & whole
    whole_rest = whole & ~in_complete
    tiled_links = np.flatnonzero(np.isin(tile_of, done_tiles))
    buffered_links = np.union1d(tiled_links, l_of[whole_rest])
    link_buf = np.empty(len(links), dtype=object)
    link_buf[buffered_links] = shapely.buffer(
        links[buffered_links], buffer_distance, quad_segs=quad_segs
    )
    tile_poly = np.empty(n_tiles, dtype=object)
    if len(done_tiles):
        tpos = np.searchsorted(done_tiles, tile_of[tiled_links])
        tile_poly[done_tiles] = grouped_union(link_buf[tiled_links], tpos, len(done_tiles))
    # pieces of links that are not whole for their group
    nl = len(links)
    part = np.isin(
        grp.astype(np.int64) * nl + link, g_of[~whole].astype(np.int64) * nl + l_of[~whole]
    )
    geoms = np.concatenate(
        [
            tile_poly[complete % n_tiles],
            link_buf[l_of[whole_rest]],
            shapely.buffer(geometry[idx[part]], buffer_distance, quad_segs=quad_segs),
        ]
    )
    groups = np.concatenate([complete // n_tiles, g_of[whole_rest], grp[part]])
    polys = grouped_union(geoms, groups, n)
    table["area_m2"] = shapely.area(polys)
    return table, polys


def population_reached(
    target_cost: np.ndarray, population: np.ndarray, thresholds: np.ndarray
) -> np.ndarray:
    """Population within each threshold, per row of sources.

    Parameters
    ----------
    target_cost : ndarray, shape (rows, n_targets)
        inf where not reached.
    population : ndarray, shape (n_targets,)
    thresholds : ndarray, shape (n_bands,)

    Returns
    -------
    ndarray, shape (rows, n_bands)

    Examples
    --------
    >>> population_reached(np.array([[1.0, 4.0, np.inf]]), np.array([10.0, 20.0, 5.0]),
    ...                    np.array([2.0, 5.0]))
    array([[10., 30.]])
    """
    pop = np.nan_to_num(np.asarray(population, float))
    tc = np.asarray(target_cost, float)
    th = np.asarray(thresholds, float)
    out = np.empty((tc.shape[0], len(th)))
    for k, t in enumerate(th):
        out[:, k] = (tc <= t) @ pop
    return out


def catchment_polygons(
    demand: np.ndarray,
    centre: np.ndarray,
    n_centres: int,
    point_radius: float = 250.0,
) -> np.ndarray:
    """Non-overlapping areas, one per centre, from allocated demand features.

    Polygon demand (e.g. SSB 250 m cells) is dissolved by centre.  Point demand
    (addresses) is given the part of its Voronoi cell (the area nearer to it
    than to any other demand point, allocated or not) within ``point_radius``,
    and those are dissolved by centre.  Either way the areas of different
    centres cannot overlap as long as the demand polygons do not.

    Parameters
    ----------
    demand : array of geometries
        All demand features (points, or polygons).
    centre : array of int
        Centre index per feature, -1 for those without one.
    n_centres : int
    point_radius : float
        Metres (points only).

    Returns
    -------
    polygons : array of geometries, length ``n_centres`` (empty where a centre has none)
    area_m2 : ndarray of float

    Examples
    --------
    >>> pts = shapely.points([(0, 0), (10, 0), (20, 0)])
    >>> a, area = catchment_polygons(pts, np.array([0, 0, 1]), 2, point_radius=100)
    >>> round(a[0].bounds[2], 6), round(a[1].bounds[0], 6)
    (15.0, 15.0)
    """
    demand = np.asarray(demand, dtype=object)
    centre = np.asarray(centre, dtype=np.int64)
    out = np.empty(n_centres, dtype=object)
    out[:] = shapely.from_wkt("GEOMETRYCOLLECTION EMPTY")
    if len(demand) == 0:
        return out, np.zeros(n_centres)
    types = shapely.get_type_id(demand)
    if np.all(types == 0):
        if not np.isfinite(point_radius) or point_radius <= 0:
            raise InputError("The radius around demand points must be positive.")
        cells = _voronoi_cells(demand, point_radius)
        pieces = shapely.intersection(cells, shapely.buffer(demand, point_radius))
    else:
        pieces = demand
    ok = centre >= 0
    if ok.any():
        out = grouped_union(pieces[ok], centre[ok], n_centres)
    return out, shapely.area(out)


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


def _voronoi_cells(points: np.ndarray, pad: float) -> np.ndarray:
    """The Voronoi cell of each point (points at the same place share one cell)."""
    xy = shapely.get_coordinates(points)
    uniq, inv = np.unique(xy, axis=0, return_inverse=True)
    inv = np.asarray(inv).ravel()
    upts = shapely.points(uniq)
    if len(uniq) == 1:
        return np.repeat(shapely.buffer(upts[0], pad * 2), len(points))
    env = shapely.buffer(shapely.envelope(shapely.multipoints(upts)), pad * 2)
    coll = shapely.voronoi_polygons(shapely.multipoints(upts), extend_to=env)
    cells = np.asarray(shapely.get_parts(coll), dtype=object)
    tree = shapely.STRtree(upts)
    ci, pi = tree.query(cells, predicate="contains")
    cell_of = np.empty(len(uniq), dtype=object)
    cell_of[pi] = cells[ci]
    return cell_of[inv]


def weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    """The smallest value at which the cumulative weight reaches half the total.

    Examples
    --------
    >>> weighted_median(np.array([1.0, 2.0, 10.0]), np.array([1.0, 1.0, 3.0]))
    10.0
    >>> weighted_median(np.array([1.0, 2.0, 10.0]), np.array([3.0, 1.0, 1.0]))
    1.0
    """
    v = np.asarray(values, float)
    w = np.asarray(weights, float)
    if len(v) == 0 or w.sum() <= 0:
        return float("nan")
    o = np.argsort(v, kind="stable")
    cum = np.cumsum(w[o])
    return float(v[o][np.searchsorted(cum, cum[-1] / 2.0)])


def allocation_summary(
    centre: np.ndarray, cost: np.ndarray, population: np.ndarray, n_centres: int
) -> pd.DataFrame:
    """Per centre: demand features, population, share of all allocated population,
    and the population-weighted mean and median cost.

    Examples
    --------
    >>> s = allocation_summary(np.array([0, 0, 1, -1]), np.array([2.0, 4.0, 1.0, np.inf]),
    ...                        np.array([10.0, 30.0, 60.0, 5.0]), 2)
    >>> s[["n_features", "population", "mean_cost", "median_cost"]].values.tolist()
    [[2.0, 40.0, 3.5, 4.0], [1.0, 60.0, 1.0, 1.0]]
    """
    centre = np.asarray(centre, np.int64)
    pop = np.nan_to_num(np.asarray(population, float))
    cost = np.asarray(cost, float)
    ok = centre >= 0
    c, w, x = centre[ok], pop[ok], cost[ok]
    n = np.bincount(c, minlength=n_centres)
    p = np.bincount(c, weights=w, minlength=n_centres)
    wc = np.bincount(c, weights=w * x, minlength=n_centres)
    total = p.sum()
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(p > 0, wc / np.where(p > 0, p, 1.0), np.nan)
        share = p / total if total > 0 else np.full(n_centres, np.nan)
    order = np.argsort(c, kind="stable")
    bounds = np.r_[0, np.cumsum(n)]
    median = np.full(n_centres, np.nan)
    for j in np.flatnonzero(n):
        sel = order[bounds[j] : bounds[j + 1]]
        median[j] = weighted_median(x[sel], w[sel])
    return pd.DataFrame(
        {
            "n_features": n.astype(np.int64),
            "population": p,
            "share": share,
            "mean_cost": mean,
            "median_cost": median,
        }
    )

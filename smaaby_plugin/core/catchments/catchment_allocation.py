"""Nearest-centre catchments (omland) for ``smaaby:catchmentallocation``: non-overlapping
catchment polygons from allocated demand, and a summary per centre.

No QGIS here. Works on the result of
:meth:`smaaby_plugin.core.catchments.network.Network.nearest_source` (a centre index
per demand feature and its cost).

API summary
-----------
``catchment_polygons(demand, centre, n_centres, point_radius) -> (polygons, area_m2)``
    Non-overlapping polygons, one per centre: the demand polygons allocated to it,
    or for points their Voronoi cells within ``point_radius``.
``allocation_summary(centre, cost, population, n_centres) -> DataFrame``
    Per centre: features, population, share, population-weighted mean and median cost.
``weighted_median(values, weights) -> float``
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.catchments import _chunked as chunked
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.progress import Progress, report, scaled, timed_chunks

__all__ = ["allocation_summary", "catchment_polygons", "weighted_median"]


def catchment_polygons(
    demand: np.ndarray,
    centre: np.ndarray,
    n_centres: int,
    point_radius: float = 250.0,
    progress: Progress | None = None,
) -> tuple[np.ndarray, np.ndarray]:
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
    progress : Progress, optional
        Told the share done between chunks of the work; raises ``Cancelled``.

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
        report(progress, 0.0)
        cells = _voronoi_cells(demand, point_radius)
        discs = chunked.buffer(demand, point_radius, 8, scaled(progress, 0.2, 0.35))
        pieces = np.empty(len(demand), dtype=object)
        for part in timed_chunks(len(demand), scaled(progress, 0.35, 0.5), first=1000):
            pieces[part] = shapely.intersection(cells[part], discs[part])
        unions = scaled(progress, 0.5, 1.0)
    else:
        pieces = demand
        unions = progress
    ok = centre >= 0
    if ok.any():
        out = chunked.grouped_union(pieces[ok], centre[ok], n_centres, unions)
    report(progress, 1.0)
    return out, shapely.area(out)


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

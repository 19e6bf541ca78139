"""Single-linkage clustering of points and the outlines of the clusters.

Shared by the settlement (SSB tettsted) and centre-zone (SSB sentrumssone) rules, which
both join points that lie at most a given gap apart and draw an area around each group.
"""

from __future__ import annotations

import numpy as np
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.polygons import grouped_union

__all__ = [
    "check_points",
    "merge_duplicate_positions",
    "single_linkage",
    "nearest_group_distance",
    "closed_outlines",
]


def check_points(xy: np.ndarray, what: str) -> np.ndarray:
    """Return ``xy`` as a float (n, 2) array; raise InputError on empty or non-finite input.

    Parameters
    ----------
    xy : array_like, shape (n, 2)
        Projected coordinates in metres.
    what : str
        The layer name used in the error message.

    Examples
    --------
    >>> check_points([[0, 0], [1, 2]], "BUILDINGS").shape
    (2, 2)
    """
    arr = np.asarray(xy, dtype=float)
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise InputError(f"{what}: expected points with x and y coordinates.")
    if not np.isfinite(arr).all():
        bad = int((~np.isfinite(arr).all(axis=1)).sum())
        raise InputError(
            f"{what}: {bad} point(s) have no valid position (empty or "
            "non-finite geometry); remove them or fix their geometry."
        )
    return arr


def merge_duplicate_positions(
    xy: np.ndarray, weights: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Merge points that share a position.

    Parameters
    ----------
    xy : ndarray, shape (n, 2)
    weights : ndarray, shape (n,), optional
        Summed per position (e.g. residents). Ones when omitted.

    Returns
    -------
    unique_xy : ndarray, shape (m, 2)
        The distinct positions, in order of first appearance.
    inverse : ndarray of int, shape (n,)
        Index of each input point's position in ``unique_xy``.
    counts : ndarray of int, shape (m,)
        Number of input points at each position.
    summed : ndarray of float, shape (m,)
        Sum of ``weights`` at each position.

    Examples
    --------
    >>> u, inv, c, s = merge_duplicate_positions([[0, 0], [5, 5], [0, 0]], [1, 2, 3])
    >>> u.tolist(), inv.tolist(), c.tolist(), s.tolist()
    ([[0.0, 0.0], [5.0, 5.0]], [0, 1, 0], [2, 1], [4.0, 2.0])
    """
    xy = np.asarray(xy, dtype=float)
    w = np.ones(len(xy)) if weights is None else np.asarray(weights, dtype=float)
    if len(xy) == 0:
        return xy.reshape(0, 2), np.zeros(0, int), np.zeros(0, int), np.zeros(0)
    # Sort by (x, y); a new position starts wherever either coordinate changes. (Faster
    # than np.unique(axis=0), which sorts rows as structured records.)
    order = np.lexsort((xy[:, 1], xy[:, 0]))
    sx = xy[order]
    new = np.r_[True, (sx[1:, 0] != sx[:-1, 0]) | (sx[1:, 1] != sx[:-1, 1])]
    group_sorted = np.cumsum(new) - 1
    group = np.empty(len(xy), dtype=np.int64)
    group[order] = group_sorted
    # lexsort is stable, so each run starts with the position's first input index;
    # number the positions in order of first appearance.
    first = order[new]
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    inverse = rank[group]
    unique_xy = xy[np.sort(first)]
    counts = np.bincount(inverse, minlength=len(unique_xy))
    summed = np.bincount(inverse, weights=w, minlength=len(unique_xy))
    return unique_xy, inverse, counts, summed


def single_linkage(xy: np.ndarray, max_gap: float) -> np.ndarray:
    """Label groups of points chained by steps of at most ``max_gap`` metres.

    Two points belong to the same group when a chain of points joins them in which no
    step is longer than ``max_gap`` (single-linkage clustering cut at ``max_gap``; a
    distance exactly equal to ``max_gap`` joins).

    Parameters
    ----------
    xy : ndarray, shape (n, 2)
    max_gap : float
        Largest distance in metres that joins two points.

    Returns
    -------
    ndarray of int, shape (n,)
        Group label per point, numbered 0.. in order of each group's first point.

    Examples
    --------
    >>> single_linkage([[0, 0], [49, 0], [100, 0], [300, 0]], 50).tolist()
    [0, 0, 1, 2]
    """
    xy = np.asarray(xy, dtype=float)
    n = len(xy)
    if n == 0:
        return np.zeros(0, dtype=int)
    if not max_gap > 0:
        raise InputError("The largest gap between points must be greater than 0 m.")
    pairs = cKDTree(xy).query_pairs(r=float(max_gap), output_type="ndarray")
    graph = coo_matrix(
        (np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), shape=(n, n)
    )
    _, labels = connected_components(graph, directed=False)
    # connected_components numbers groups by their lowest point index already; make sure.
    _, first = np.unique(labels, return_index=True)
    rank = np.empty(len(first), dtype=int)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    return rank[labels]


def nearest_group_distance(
    xy: np.ndarray, labels: np.ndarray, targets: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Shortest distance from each group of points to a set of target points.

    Parameters
    ----------
    xy : ndarray, shape (n, 2)
        The points of the groups.
    labels : ndarray of int, shape (n,)
        Group of each point, 0..k-1.
    targets : ndarray, shape (m, 2)
        The points to measure to (m >= 1).

    Returns
    -------
    distance : ndarray, shape (k,)
        Shortest point-to-target distance per group.
    target : ndarray of int, shape (k,)
        Index of the target point that gives it.

    Examples
    --------
    >>> d, t = nearest_group_distance([[0, 0], [10, 0], [50, 0]], [0, 0, 1], [[20, 0]])
    >>> d.tolist(), t.tolist()
    ([10.0, 30.0], [0, 0])
    """
    xy = np.asarray(xy, dtype=float)
    labels = np.asarray(labels)
    k = int(labels.max()) + 1 if len(labels) else 0
    dist, idx = cKDTree(np.asarray(targets, dtype=float)).query(xy)
    order = np.lexsort((dist, labels))  # by group, nearest first
    first = np.full(k, -1)
    seen = np.r_[True, labels[order][1:] != labels[order][:-1]]
    first[labels[order][seen]] = order[seen]
    out_d = np.full(k, np.inf)
    out_t = np.full(k, -1)
    has = first >= 0
    out_d[has] = dist[first[has]]
    out_t[has] = idx[first[has]]
    return out_d, out_t


def closed_outlines(
    xy: np.ndarray, labels: np.ndarray, radius: float, n_groups: int | None = None
) -> np.ndarray:
    """Outline each group of points as the morphological closing of its point discs.

    Each point is taken as a disc of ``radius`` metres; the union of a group's discs is
    then closed (dilated and eroded by ``radius``), which fills the narrow gaps and small
    holes between discs. In one step: buffer the points by ``2 * radius``, dissolve per
    group, buffer by ``-radius``. With ``radius = max_gap / 2`` the discs of two points
    that are at most ``max_gap`` apart touch, so every single-linkage group of
    ``max_gap`` gives one connected polygon.

    Parameters
    ----------
    xy : ndarray, shape (n, 2)
    labels : ndarray of int, shape (n,)
        Group per point 0..k-1; points with a negative label are left out.
    radius : float
        Disc radius in metres (> 0).
    n_groups : int, optional
        Number of groups k (default: ``labels.max() + 1``).

    Returns
    -------
    ndarray of shapely geometries, shape (k,)
        (Multi)polygon per group; an empty geometry for a group without points.

    Examples
    --------
    >>> g = closed_outlines([[0, 0], [50, 0], [500, 0]], [0, 0, 1], 25)
    >>> [geom.geom_type for geom in g]  # 50 m apart: the discs touch, one polygon
    ['Polygon', 'Polygon']
    >>> 0.97 < float(shapely.area(g[1])) / (3.14159 * 25**2) < 1  # a lone point: its disc
    True
    """
    xy = np.asarray(xy, dtype=float)
    labels = np.asarray(labels, dtype=int)
    k = (int(labels.max()) + 1 if len(labels) else 0) if n_groups is None else n_groups
    keep = labels >= 0
    discs = shapely.buffer(shapely.points(xy[keep]), 2.0 * radius, quad_segs=8)
    return shapely.buffer(grouped_union(discs, labels[keep], k), -radius, quad_segs=8)

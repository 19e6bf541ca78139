"""Overlaps inside one polygon layer: found, ranked and resolved.

``find_overlaps(geoms, min_area=0.0) -> OverlapReport``
    Pairs of features whose interiors overlap, their overlap areas and the area
    covered more than once.
``overlap_rank(rule, ...)``, ``resolve_overlaps(geoms, rank, report=None)``
    Rules that decide which feature keeps an overlap, and the resolution itself:
    every overlapped point is kept by the covering feature with the lowest rank.

A clean partition (AR5, N50, a mosaic whose neighbours share vertices) is settled
quickly: only the features with a boundary edge that no neighbour matches are tested
(see ``_unmatched_edges``). Never imports ``qgis``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from shapely import GeometryType

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.parallel import run_chunks
from smaaby_plugin.core.polygons import (
    as_array,
    grouped_union,
    polygonal_parts,
    prepared,
    query_pairs,
)
from smaaby_plugin.core.progress import Progress, report, scaled, timed_chunks

__all__ = [
    "OVERLAP_RULES",
    "OverlapReport",
    "find_overlaps",
    "overlap_rank",
    "resolve_overlaps",
]

#: Ways to handle polygons that overlap inside one layer (see :func:`overlap_rank`).
OVERLAP_RULES: tuple[str, ...] = (
    "error",
    "priority",
    "smallest_code",
    "largest_code",
    "smallest_area",
)

_POLYGONAL = (int(GeometryType.POLYGON), int(GeometryType.MULTIPOLYGON))
_EPS = np.finfo(float).eps
# Odd 64-bit constants for hashing coordinates (splitmix64 / xxhash primes).
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)


def _rings(geoms: np.ndarray):
    """All rings of polygonal geometries as one coordinate array.

    Returns ``xy`` (float, (n, 2)), ``ring`` (ring number of each coordinate, ascending),
    ``owner`` (geometry index of each ring) and ``exterior`` (bool per ring). Single
    polygons without holes (the common case) are read without building ring objects.
    """
    types = shapely.get_type_id(geoms)
    simple = (types == int(GeometryType.POLYGON)) & (shapely.get_num_interior_rings(geoms) == 0)
    s_idx = np.flatnonzero(simple)
    xy, ring = shapely.get_coordinates(geoms[s_idx], return_index=True)
    owner, exterior = s_idx, np.ones(len(s_idx), dtype=bool)
    rest = np.flatnonzero(np.isin(types, _POLYGONAL) & ~simple)
    if len(rest):
        parts, pidx = shapely.get_parts(geoms[rest], return_index=True)
        rings, ridx = shapely.get_rings(parts, return_index=True)
        rxy, rring = shapely.get_coordinates(rings, return_index=True)
        xy = np.concatenate([xy, rxy])
        ring = np.concatenate([ring, rring + len(s_idx)])
        owner = np.concatenate([owner, rest[pidx[ridx]]])
        # get_rings gives each polygon's exterior ring first, then its holes.
        exterior = np.concatenate([exterior, np.r_[True, ridx[1:] != ridx[:-1]]])
    return xy, ring, owner, exterior


def _unmatched_edges(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Boundary edges that no neighbour matches exactly, and the features they bound.

    With every ring oriented so that its polygon lies on the left, two features that are
    neighbours across an edge have that edge in opposite directions. Such pairs cancel
    (same two vertices, opposite directions, different features, no third copy). If two
    features overlap, then at the rim of the area covered twice or more the covering
    count drops, so some edge there does not cancel, and its feature overlaps another
    feature right beside that edge. Hence: when no feature overlaps a feature that meets
    one of its unmatched edges, no two features overlap at all. In a clean partition
    (AR5, N50, a mosaic whose neighbours share vertices) only the outer rim is unmatched.

    Returns
    -------
    bounds : numpy.ndarray, shape (m, 4)
        Bounding box (xmin, ymin, xmax, ymax) of each unmatched edge.
    owner : numpy.ndarray of int64, shape (m,)
        The feature each edge belongs to.
    """
    xy, ring, owner, exterior = _rings(geoms)
    if len(xy) < 2:
        return np.zeros((0, 4)), np.zeros(0, dtype=np.int64)
    x = xy[:, 0] + 0.0  # -0.0 -> 0.0, so equal coordinates have equal bits
    y = xy[:, 1] + 0.0
    n_rings = len(owner)
    r0 = ring[:-1]
    # Edge c runs from coordinate c to c + 1 within one ring (zero-length edges bound
    # nothing and are left out).
    edge = (r0 == ring[1:]) & ((x[:-1] != x[1:]) | (y[:-1] != y[1:]))
    # Orientation: shoelace sum about the middle of the data, with an error bound; the
    # edges of a ring whose sign is in doubt never cancel.
    u = x - 0.5 * (x.min() + x.max())
    v = y - 0.5 * (y.min() + y.max())
    t1 = u[:-1] * v[1:]
    t2 = u[1:] * v[:-1]
    w = edge.astype(float)
    twice_area = np.bincount(r0, (t1 - t2) * w, n_rings)
    bound = np.bincount(r0, (np.abs(t1) + np.abs(t2)) * w, n_rings)
    count = np.bincount(r0, w, n_rings)
    sure = np.abs(twice_area) > 8.0 * _EPS * (count + 4) * bound
    flip = (twice_area > 0) != exterior  # exteriors counter-clockwise, holes clockwise
    k = np.flatnonzero(edge)
    matched = np.zeros(len(k), dtype=bool)
    cand = np.flatnonzero(sure[r0[k]])
    if len(cand) > 1:
        vh = x.view(np.uint64) * _MIX[0]
        vh ^= vh >> np.uint64(29)
        vh += y.view(np.uint64) * _MIX[1]
        vh ^= vh >> np.uint64(32)
        vh *= _MIX[2]
        kc = k[cand]
        # Group edges by a hash that is the same in both directions; a group of exactly
        # two is checked with exact coordinates (a hash collision can only leave more
        # edges unmatched).
        codes, uniq = pd.factorize(vh[kc] + vh[kc + 1])
        two = np.flatnonzero(np.bincount(codes, minlength=len(uniq))[codes] == 2)
        # In a group of two, the partner's position is the group's sum minus one's own.
        total = np.bincount(codes, np.arange(len(cand), dtype=np.float64), len(uniq))
        partner = (total[codes[two]] - two).astype(np.int64)
        a, b = kc[two], kc[partner]
        same = (x[a] == x[b]) & (y[a] == y[b]) & (x[a + 1] == x[b + 1]) & (y[a + 1] == y[b + 1])
        reverse = (x[a] == x[b + 1]) & (y[a] == y[b + 1]) & (x[a + 1] == x[b]) & (y[a + 1] == y[b])
        ra, rb = ring[a], ring[b]
        # Oriented, the two run in opposite directions.
        opposite = np.where(flip[ra] == flip[rb], reverse, same)
        matched[cand[two]] = opposite & (owner[ra] != owner[rb])
    k = k[~matched]
    bounds = np.c_[
        np.minimum(x[k], x[k + 1]),
        np.minimum(y[k], y[k + 1]),
        np.maximum(x[k], x[k + 1]),
        np.maximum(y[k], y[k + 1]),
    ]
    return bounds, owner[ring[k]]


def _unique_pairs(i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct unordered pairs (i < j) of two index arrays."""
    lo, hi = np.minimum(i, j).astype(np.int64), np.maximum(i, j).astype(np.int64)
    keep = lo < hi
    lo, hi = lo[keep], hi[keep]
    if len(lo) == 0:
        return lo, hi
    span = int(hi.max()) + 1
    key = np.unique(lo * span + hi)
    return key // span, key % span


# Above this many vertices in a pair, GEOS < 3.13 computes relate() far more slowly
# than the intersection itself (measured: 16 s against 0.3 s for 6,000 pairs of
# detailed AR5 polygons), so such pairs go straight to the intersection. GEOS 3.13's
# RelateNG is fast at any size (Ås N50's rim pairs: 0.04 s against 0.10 s by intersection).
_RELATE_MAX_VERTICES = 256 if shapely.geos_version < (3, 13, 0) else np.iinfo(np.int64).max


def _overlaps_of_pairs(geoms: np.ndarray, i: np.ndarray, j: np.ndarray, progress):
    """:func:`_pair_overlaps` over blocks of pairs (each pair is tested on its own)."""
    found = [_pair_overlaps(geoms, i[:0], j[:0])]
    for sl in timed_chunks(len(i), progress):
        found.append(_pair_overlaps(geoms, i[sl], j[sl]))
    return tuple(np.concatenate(parts) for parts in zip(*found))


def _pair_overlaps(geoms: np.ndarray, i: np.ndarray, j: np.ndarray):
    """The pairs among (i, j) whose intersection has a positive area, with the
    intersections and their areas."""
    none = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, object), np.zeros(0, float))
    if len(i) == 0:
        return none
    fresh = prepared(geoms, i)
    try:
        hit = shapely.intersects(geoms[i], geoms[j])
        i, j = i[hit], j[hit]
        # Interiors meet ("T********"): cheap for small polygons, and it spares the
        # overlay for neighbours that only share an edge.
        nv = shapely.get_num_coordinates(geoms)
        small = np.flatnonzero(nv[i] + nv[j] <= _RELATE_MAX_VERTICES)
        inner = np.ones(len(i), dtype=bool)
        inner[small] = shapely.relate_pattern(geoms[i[small]], geoms[j[small]], "T********")
        i, j = i[inner], j[inner]
    finally:
        shapely.destroy_prepared(geoms[fresh])
    if len(i) == 0:
        return none
    ov = polygonal_parts(shapely.intersection(geoms[i], geoms[j]))
    area = shapely.area(ov)
    pos = area > 0
    return i[pos], j[pos], ov[pos], area[pos]


@dataclass(frozen=True)
class OverlapReport:
    """Overlaps inside one polygon layer (result of :func:`find_overlaps`).

    Attributes
    ----------
    pairs : pandas.DataFrame
        Columns ``i`` < ``j`` (feature indices), ``area`` (area of their overlap) and
        ``geometry`` (the overlap), sorted by (i, j).
    overlap_area : float
        Area covered by two or more features (the union of all pairwise overlaps).
    excess_area : float
        Area counted more than once when summing feature areas
        (sum of areas minus area of their union).
        Both are NaN when not measured (``find_overlaps(measure=False)``).
    n_ignored, ignored_area : int, float
        Overlaps at or below ``min_area`` (digitising noise) that were left out, and
        their summed area.
    """

    pairs: pd.DataFrame
    overlap_area: float
    excess_area: float
    n_ignored: int = 0
    ignored_area: float = 0.0

    @property
    def n_pairs(self) -> int:
        """Number of overlapping pairs."""
        return len(self.pairs)

    @property
    def features(self) -> np.ndarray:
        """Sorted indices of the features that overlap another one."""
        return np.unique(np.r_[self.pairs["i"].to_numpy(), self.pairs["j"].to_numpy()])


def find_overlaps(
    geoms, min_area: float = 0.0, progress: Progress | None = None, measure: bool = True
) -> OverlapReport:
    """Find features of one layer whose interiors overlap.

    Neighbours that only share an edge are not overlaps. First only the features with a
    boundary edge that no neighbour matches are tested, against the features whose
    bounding boxes meet such an edge: if none of these pairs overlaps, no two features
    overlap (see ``_unmatched_edges``), which settles a clean partition quickly.
    Otherwise every pair of features whose bounding boxes meet is tested. A pair overlaps
    when its intersection has a positive area.

    Parameters
    ----------
    geoms : array_like of valid Polygon/MultiPolygon
    min_area : float, default 0
        Overlaps with area <= min_area are ignored.
    progress : Progress, optional
        Told the share done between blocks of pairs; raises ``Cancelled`` to stop.
    measure : bool, default True
        Also measure ``overlap_area`` and ``excess_area`` (areas of unions, found by
        resolving the overlaps in blocks rather than one long dissolve); False leaves
        them NaN, for callers that need only the pairs.

    Returns
    -------
    OverlapReport

    Examples
    --------
    >>> from shapely import box
    >>> r = find_overlaps([box(0, 0, 2, 2), box(1, 0, 3, 2), box(3, 0, 4, 2)])
    >>> r.n_pairs, r.overlap_area
    (1, 2.0)
    """
    geoms = as_array(geoms)
    cols = {
        "i": np.zeros(0, np.int64),
        "j": np.zeros(0, np.int64),
        "area": np.zeros(0, float),
        "geometry": np.zeros(0, object),
    }
    if len(geoms) < 2:
        return OverlapReport(pd.DataFrame(cols), 0.0, 0.0)
    tree = shapely.STRtree(geoms)
    edge_box, edge_owner = _unmatched_edges(geoms)
    report(progress, 0.1)
    # features that may meet an unmatched edge
    qi, qj = query_pairs(tree, shapely.box(*edge_box.T), scaled(progress, 0.1, 0.15))
    pairs = _unique_pairs(edge_owner[qi], qj)
    i, j, ov, area = _overlaps_of_pairs(geoms, *pairs, scaled(progress, 0.15, 0.3))
    if len(i) == 0:
        report(progress, 1.0)
        return OverlapReport(pd.DataFrame(cols), 0.0, 0.0)
    # Some features overlap: the overlaps of unflagged features are found only by
    # testing every pair.
    qi, qj = query_pairs(tree, geoms, scaled(progress, 0.3, 0.4))
    pairs = _unique_pairs(qi, qj)
    i, j, ov, area = _overlaps_of_pairs(geoms, *pairs, scaled(progress, 0.4, 0.95))
    every = i, j  # every overlapping pair, noise included: for the union of the involved
    keep = area > min_area
    noise = ~keep
    n_ignored, ignored_area = int(noise.sum()), math.fsum(area[noise])
    i, j, ov, area = i[keep], j[keep], ov[keep], area[keep]
    order = np.lexsort((j, i))
    pairs = pd.DataFrame(
        {
            "i": i[order].astype(np.int64),
            "j": j[order].astype(np.int64),
            "area": area[order],
            "geometry": ov[order],
        }
    )
    if len(pairs) == 0 or not measure:
        report(progress, 1.0)
        figure = 0.0 if len(pairs) == 0 else np.nan
        return OverlapReport(pairs, figure, figure, n_ignored, ignored_area)
    # Covered more than once: the union of the overlaps, which overlap one another where
    # three or more features meet.
    among = find_overlaps(ov, measure=False, progress=scaled(progress, 0.95, 0.96))
    overlap_area = _union_area(ov, among.pairs["i"], among.pairs["j"], scaled(progress, 0.96, 0.97))
    involved = np.unique(np.r_[i, j])
    inside = np.zeros(len(geoms), dtype=bool)
    inside[involved] = True
    both = inside[every[0]] & inside[every[1]]
    local = np.searchsorted(involved, np.c_[every[0][both], every[1][both]])
    sub = geoms[involved]
    union = _union_area(sub, local[:, 0], local[:, 1], scaled(progress, 0.97, 1.0))
    excess = math.fsum(shapely.area(sub)) - union
    return OverlapReport(pairs, overlap_area, max(excess, 0.0), n_ignored, ignored_area)


def _union_area(geoms: np.ndarray, i, j, progress) -> float:
    """Area of the union of ``geoms`` given every pair (i, j) that overlaps: each
    overlapped spot is counted once, with the first of the features covering it."""
    rank = np.arange(len(geoms))
    kept = _resolved(geoms, np.asarray(i, np.int64), np.asarray(j, np.int64), rank, progress)
    return math.fsum(shapely.area(kept))


def overlap_rank(
    rule: str,
    *,
    codes=None,
    priority=None,
    areas=None,
) -> np.ndarray:
    """Rank features for :func:`resolve_overlaps` (lower rank keeps the overlap).

    Parameters
    ----------
    rule : {"priority", "smallest_code", "largest_code", "smallest_area"}
        ``priority``: the feature with the lowest value of a priority field wins;
        ``smallest_code`` / ``largest_code``: the feature with the smallest / largest
        class code wins; ``smallest_area``: the smaller polygon wins (a detail drawn
        on top of a larger area). Features without a value rank last. Ties are
        broken by feature index.
    codes, priority, areas : array_like, optional
        The values the rule needs (numeric; NaN for missing).

    Returns
    -------
    numpy.ndarray of int64
        A rank per feature (a permutation of 0..n-1).

    Examples
    --------
    >>> overlap_rank("largest_code", codes=[10, 30, 20]).tolist()
    [2, 0, 1]
    """
    if rule == "error":
        raise InputError("The overlap rule 'error' does not rank features.")
    source = {
        "priority": priority,
        "smallest_code": codes,
        "largest_code": codes,
        "smallest_area": areas,
    }
    if rule not in source:
        raise InputError(f"Unknown overlap rule {rule!r}; use one of {', '.join(OVERLAP_RULES)}.")
    values = source[rule]
    if values is None:
        raise InputError(f"The overlap rule {rule!r} needs its values (field or areas).")
    key = np.asarray(values, dtype=float).copy()
    if rule == "largest_code":
        key = -key
    key[np.isnan(key)] = np.inf
    order = np.lexsort((np.arange(len(key)), key))
    rank = np.empty(len(key), dtype=np.int64)
    rank[order] = np.arange(len(key))
    return rank


def resolve_overlaps(
    geoms, rank, report: OverlapReport | None = None, progress: Progress | None = None
) -> np.ndarray:
    """Remove overlaps: each overlapped point stays with the lowest-ranked feature.

    Every feature loses the union of the features that overlap it and rank lower,
    taken as originally drawn; the result is a set of non-overlapping polygons whose
    union equals the union of the input, independent of feature order.

    Parameters
    ----------
    geoms : array_like of valid Polygon/MultiPolygon
    rank : array_like of int
        From :func:`overlap_rank`.
    report : OverlapReport, optional
        From :func:`find_overlaps` on the same ``geoms`` (computed if not given).
    progress : Progress, optional
        Told the share done between blocks of polygons; raises ``Cancelled`` to stop.

    Returns
    -------
    numpy.ndarray of Polygon/MultiPolygon (empty polygon where nothing is left)

    Examples
    --------
    >>> from shapely import box
    >>> g = resolve_overlaps([box(0, 0, 2, 2), box(1, 0, 3, 2)], [1, 0])
    >>> [x.area for x in g]
    [2.0, 4.0]
    """
    geoms = as_array(geoms)
    rank = np.asarray(rank, dtype=np.int64)
    if report is None:
        report = find_overlaps(geoms, progress=scaled(progress, 0.0, 0.5))
        progress = scaled(progress, 0.5, 1.0)
    i = report.pairs["i"].to_numpy()
    j = report.pairs["j"].to_numpy()
    return _resolved(geoms, i, j, rank, progress)


def _resolved(geoms: np.ndarray, i: np.ndarray, j: np.ndarray, rank: np.ndarray, progress):
    """``geoms`` with each overlap of the pairs (i, j) left to the lower rank."""
    out = geoms.copy()
    if len(i) == 0:
        return out
    i_wins = rank[i] < rank[j]
    winner = np.where(i_wins, i, j)
    loser = np.where(i_wins, j, i)
    losers = np.unique(loser)
    slot = np.searchsorted(losers, loser)
    # the winners of each loser in pair order (stable), so blocks of losers union
    # exactly what one call would
    order = np.argsort(slot, kind="stable")
    winner, slot = winner[order], slot[order]
    bounds = np.searchsorted(slot, np.arange(len(losers) + 1))

    def resolve(sl: slice) -> None:
        a, b = bounds[sl.start], bounds[sl.stop]
        cover = grouped_union(geoms[winner[a:b]], slot[a:b] - sl.start, sl.stop - sl.start)
        out[losers[sl]] = polygonal_parts(shapely.difference(geoms[losers[sl]], cover))

    run_chunks(len(losers), resolve, progress)
    return out

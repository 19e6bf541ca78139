"""Exact, vectorised, order-independent overlay of categorical polygon layers.

This module is the geometric engine of the land-use accounts (arealregnskap). It
never imports ``qgis``; layers arrive as numpy object arrays of shapely geometries
(in one projected CRS, metres) and results leave as pandas frames.

API (stable: other core modules build on it)
--------------------------------------------
``AREA_UNITS``, ``to_unit(area_m2, unit)``
    Square metres per unit (``m2``, ``daa``, ``ha``, ``km2``) and the conversion.
``clean_polygons(geoms) -> CleanResult``
    Repair invalid geometries (``make_valid``, "structure" method), keep polygonal
    parts only, flatten Z; counts repaired and empty features.
``polygonal_parts(geoms)``
    Keep only the polygonal parts of each geometry (overlay results can hold lines).
``grouped_union(geoms, groups, n_groups)``
    Union of the geometries of each integer group, in one vectorised call.
``intersect(left, right, min_area=0.0) -> DataFrame[left, right, area, geometry]``
    All pairs whose intersection has positive area, with the intersection; sorted
    by (left, right).
``uncovered(zones, piece_zone, piece_area, piece_geom, rel_tol=1e-9)``
    Per zone, the part no piece covers (zone minus union of its pieces).
``union_overlay(a, b) -> DataFrame[a, b, area, geometry]``
    The "union" (identity both ways) of two layers: a∩b pieces plus the parts of a
    outside b (``b == -1``) and of b outside a (``a == -1``).
``find_overlaps(geoms, min_area=0.0) -> OverlapReport``
    Pairs of features whose interiors overlap, their overlap areas and the area
    covered more than once.
``overlap_rank(rule, ...)``, ``resolve_overlaps(geoms, rank, report=None)``
    Rules that decide which feature keeps an overlap, and the resolution itself:
    every overlapped point is kept by the covering feature with the lowest rank.
``group_sum(keys, values, n_groups)``
    Correctly rounded sums per group (``math.fsum``): the totals do not depend on
    the order of the features.

Why the results do not depend on feature order: each piece is the intersection of
one fixed pair of input geometries, pieces are sorted by their input indices before
anything is summed, and sums are correctly rounded (``math.fsum``), so permuting the
input features permutes nothing in the output except the indices.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from shapely import GeometryType

from smaaby_plugin.core.errors import InputError

__all__ = [
    "AREA_UNITS",
    "NOISE_AREA_M2",
    "OVERLAP_RULES",
    "CleanResult",
    "OverlapReport",
    "clean_polygons",
    "find_overlaps",
    "group_sum",
    "grouped_union",
    "intersect",
    "overlap_rank",
    "polygonal_parts",
    "resolve_overlaps",
    "to_unit",
    "uncovered",
    "union_overlay",
]

#: Pieces smaller than this (m², 1 mm²) are floating-point noise where the boundaries of
#: two layers coincide (GEOS versions leave them in different places); accounts leave them
#: out: their area is far below any unit shown.
NOISE_AREA_M2 = 1e-6

#: Square metres in one unit. ``daa`` (dekar, 1,000 m²) is the unit of Norwegian plans.
AREA_UNITS: dict[str, float] = {"m2": 1.0, "daa": 1_000.0, "ha": 10_000.0, "km2": 1_000_000.0}

#: Ways to handle polygons that overlap inside one layer (see :func:`overlap_rank`).
OVERLAP_RULES: tuple[str, ...] = (
    "error",
    "priority",
    "smallest_code",
    "largest_code",
    "smallest_area",
)

_POLYGONAL = (int(GeometryType.POLYGON), int(GeometryType.MULTIPOLYGON))
_COLLECTION = int(GeometryType.GEOMETRYCOLLECTION)


def to_unit(area_m2, unit: str):
    """Convert areas in m² to ``unit``.

    Parameters
    ----------
    area_m2 : float or array_like
        Areas in square metres.
    unit : {"m2", "daa", "ha", "km2"}
        Target unit.

    Returns
    -------
    float or numpy.ndarray

    Examples
    --------
    >>> to_unit(2500.0, "daa")
    2.5
    """
    try:
        factor = AREA_UNITS[unit]
    except KeyError:
        raise InputError(
            f"Unknown area unit {unit!r}; use one of {', '.join(AREA_UNITS)}."
        ) from None
    return np.asarray(area_m2, dtype=float) / factor if np.ndim(area_m2) else area_m2 / factor


def _as_array(geoms) -> np.ndarray:
    arr = np.asarray(geoms, dtype=object)
    if arr.ndim != 1:
        arr = arr.reshape(-1)
    return arr


def polygonal_parts(geoms) -> np.ndarray:
    """Keep only the polygonal parts of each geometry.

    Points and lines (for example where two polygons only touch) are dropped;
    a geometry without polygonal parts becomes an empty polygon. Missing
    geometries (None) become empty polygons too.

    Parameters
    ----------
    geoms : array_like of shapely geometries

    Returns
    -------
    numpy.ndarray of Polygon or MultiPolygon

    Examples
    --------
    >>> from shapely import box, GeometryCollection, LineString
    >>> gc = GeometryCollection([box(0, 0, 1, 1), LineString([(1, 0), (2, 0)])])
    >>> polygonal_parts([gc])[0].area
    1.0
    """
    geoms = _as_array(geoms).copy()
    out = np.empty(len(geoms), dtype=object)
    types = shapely.get_type_id(geoms)
    poly = np.isin(types, _POLYGONAL)
    out[poly] = geoms[poly]
    coll = np.flatnonzero(types == _COLLECTION)
    if len(coll):
        # Flatten collections twice: collection -> members -> single polygons.
        parts, idx = shapely.get_parts(geoms[coll], return_index=True)
        keep = np.isin(shapely.get_type_id(parts), _POLYGONAL)
        parts, idx = parts[keep], idx[keep]
        polys, sub = shapely.get_parts(parts, return_index=True)
        idx = idx[sub]
        res = np.empty(len(coll), dtype=object)
        if len(polys):
            # indices ascend (get_parts keeps order); groups without parts stay None.
            shapely.multipolygons(polys, indices=idx, out=res)
            single = np.bincount(idx, minlength=len(coll)) == 1
            if single.any():
                res[single] = shapely.get_geometry(res[single], 0)
        out[coll] = res
    empty = shapely.from_wkt("POLYGON EMPTY")
    out[shapely.is_missing(out)] = empty
    return out


@dataclass(frozen=True)
class CleanResult:
    """Result of :func:`clean_polygons`.

    Attributes
    ----------
    geometry : numpy.ndarray
        Valid Polygon/MultiPolygon geometries (empty polygon where nothing is left).
    n_repaired : int
        Features that were invalid and were repaired.
    n_empty : int
        Features that are missing, empty or have no area after repair.
    repaired : numpy.ndarray of bool
        Which features were repaired.
    empty : numpy.ndarray of bool
        Which features are missing, empty or without area after repair.
    """

    geometry: np.ndarray
    n_repaired: int
    n_empty: int
    repaired: np.ndarray
    empty: np.ndarray


def clean_polygons(geoms) -> CleanResult:
    """Repair and normalise polygon input.

    Invalid geometries are repaired with ``shapely.make_valid(method="structure")``
    (rings are unioned as shells and holes, as a planner drew them); Z/M values are
    dropped; only polygonal parts are kept.

    Parameters
    ----------
    geoms : array_like of shapely geometries (None allowed)

    Returns
    -------
    CleanResult

    Examples
    --------
    >>> from shapely import Polygon
    >>> bowtie = Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])
    >>> res = clean_polygons([bowtie])
    >>> res.n_repaired, res.geometry[0].area
    (1, 2.0)
    """
    geoms = _as_array(geoms)
    missing = shapely.is_missing(geoms)
    g = geoms.copy()
    has_z = ~missing
    has_z[has_z] = shapely.has_z(g[has_z])
    if has_z.any():
        g[has_z] = shapely.force_2d(g[has_z])
    valid = np.ones(len(g), dtype=bool)
    valid[~missing] = shapely.is_valid(g[~missing])
    repaired = ~valid & ~missing
    if repaired.any():
        g[repaired] = shapely.make_valid(g[repaired], method="structure", keep_collapsed=False)
    g = polygonal_parts(g)
    empty = shapely.is_empty(g) | (shapely.area(g) <= 0.0)
    return CleanResult(g, int(repaired.sum()), int(empty.sum()), repaired, empty)


def grouped_union(geoms, groups, n_groups: int | None = None) -> np.ndarray:
    """Union the geometries of each group.

    Parameters
    ----------
    geoms : array_like of shapely geometries
    groups : array_like of int
        Group of each geometry, 0 <= group < n_groups.
    n_groups : int, optional
        Number of groups (default ``max(groups) + 1``). Groups without members get
        an empty geometry collection.

    Returns
    -------
    numpy.ndarray of shapely geometries, length ``n_groups``

    Examples
    --------
    >>> from shapely import box
    >>> u = grouped_union([box(0, 0, 1, 1), box(1, 0, 2, 1), box(5, 5, 6, 6)], [0, 0, 1])
    >>> [round(x.area, 6) for x in u]
    [2.0, 1.0]
    """
    geoms = _as_array(geoms)
    groups = np.asarray(groups, dtype=np.int64)
    if n_groups is None:
        n_groups = int(groups.max()) + 1 if len(groups) else 0
    out = np.empty(n_groups, dtype=object)
    out[:] = shapely.from_wkt("GEOMETRYCOLLECTION EMPTY")
    if len(geoms) == 0:
        return out
    order = np.argsort(groups, kind="stable")
    coll = np.empty(n_groups, dtype=object)
    shapely.geometrycollections(geoms[order], indices=groups[order], out=coll)
    has = ~shapely.is_missing(coll)
    # union_all along axis 1 of an (n, 1) array unions the members of each collection.
    out[has] = shapely.union_all(coll[has].reshape(-1, 1), axis=1)
    return out


def group_sum(keys, values, n_groups: int) -> np.ndarray:
    """Correctly rounded sum of ``values`` per integer key.

    Parameters
    ----------
    keys : array_like of int
        Group of each value, 0 <= key < n_groups.
    values : array_like of float
    n_groups : int

    Returns
    -------
    numpy.ndarray of float, length ``n_groups``

    Examples
    --------
    >>> group_sum([1, 0, 1], [0.1, 5.0, 0.2], 2).tolist()
    [5.0, 0.30000000000000004]
    """
    keys = np.asarray(keys, dtype=np.int64)
    values = np.asarray(values, dtype=float)
    out = np.zeros(n_groups, dtype=float)
    if len(keys) == 0:
        return out
    order = np.argsort(keys, kind="stable")
    k, v = keys[order], values[order]
    starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    ends = np.r_[starts[1:], len(k)]
    # math.fsum is exact (correctly rounded), hence independent of the order of values.
    out[k[starts]] = [math.fsum(v[s:e]) for s, e in zip(starts, ends)]
    return out


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


def _prepared(geoms: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Prepare ``geoms[idx]`` (GEOS indexes their edges for the predicates that follow);
    returns the indices that were not prepared before, to be released afterwards."""
    idx = np.unique(idx)
    fresh = idx[~shapely.is_prepared(geoms[idx])]
    shapely.prepare(geoms[fresh])
    return fresh


# Above this many vertices in a pair, GEOS < 3.13 computes relate() far more slowly
# than the intersection itself (measured: 16 s against 0.3 s for 6,000 pairs of
# detailed AR5 polygons), so such pairs go straight to the intersection.
_RELATE_MAX_VERTICES = 256


def _pair_overlaps(geoms: np.ndarray, i: np.ndarray, j: np.ndarray):
    """The pairs among (i, j) whose intersection has a positive area, with the
    intersections and their areas."""
    none = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, object), np.zeros(0, float))
    if len(i) == 0:
        return none
    fresh = _prepared(geoms, i)
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


def _rectangles(geoms: np.ndarray) -> np.ndarray:
    """Which geometries are axis-parallel rectangles (grid cells): a polygon of four
    distinct corners of its bounding box joined by axis-parallel edges."""
    out = np.zeros(len(geoms), dtype=bool)
    cand = np.flatnonzero(shapely.get_num_coordinates(geoms) == 5)
    cand = cand[
        (shapely.get_type_id(geoms[cand]) == int(GeometryType.POLYGON))
        & (shapely.get_num_interior_rings(geoms[cand]) == 0)
    ]
    if len(cand) == 0:
        return out
    xy = shapely.get_coordinates(geoms[cand]).reshape(-1, 5, 2)
    x, y = xy[:, :, 0], xy[:, :, 1]
    x0, x1 = x.min(axis=1, keepdims=True), x.max(axis=1, keepdims=True)
    y0, y1 = y.min(axis=1, keepdims=True), y.max(axis=1, keepdims=True)
    on_corner = ((x == x0) | (x == x1)) & ((y == y0) | (y == y1))
    corner = (x[:, :4] == x1) * 2 + (y[:, :4] == y1)
    distinct = np.left_shift(1, corner).sum(axis=1) == 15  # each corner once
    dx, dy = np.diff(x, axis=1) == 0, np.diff(y, axis=1) == 0
    axis_parallel = (dx != dy).all(axis=1)  # each edge moves along one axis only
    ok = (
        on_corner.all(axis=1)
        & distinct
        & axis_parallel
        & (x0[:, 0] < x1[:, 0])
        & (y0[:, 0] < y1[:, 0])
    )
    out[cand[ok]] = True
    return out


def _clip_to_rectangles(
    geoms: np.ndarray, bounds: np.ndarray, rect: np.ndarray, rect_of: np.ndarray
) -> np.ndarray:
    """``geoms[k]`` clipped to the rectangle ``bounds[rect_of[k]]``.

    GEOS's rectangle clipping is several times faster than the general overlay. It takes
    one rectangle per call, so the pieces are grouped by rectangle (a loop over zones,
    each call vectorised over that zone's pieces). A clipped piece that is not valid is
    recomputed by the general overlay with the rectangle polygon ``rect``.
    """
    out = np.empty(len(geoms), dtype=object)
    order = np.argsort(rect_of, kind="stable")
    ids = rect_of[order]
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    ends = np.r_[starts[1:], len(ids)]
    for s, e in zip(starts, ends):
        sel = order[s:e]
        out[sel] = shapely.clip_by_rect(geoms[sel], *bounds[ids[s]])
    out = polygonal_parts(out)
    bad = np.flatnonzero(~shapely.is_valid(out))
    if len(bad):
        out[bad] = polygonal_parts(shapely.intersection(geoms[bad], rect[rect_of[bad]]))
    return out


def intersect(left, right, min_area: float = 0.0, disjoint: bool = False) -> pd.DataFrame:
    """Intersect two polygon layers pairwise.

    Candidate pairs are those whose bounding boxes meet (STRtree). A polygon that lies
    inside the other polygon of its pair is taken as it is (no overlay needed, exact):
    for a rectangle (a grid cell) that is known from the bounding boxes alone, otherwise
    from a prepared ``contains_properly``. Pieces of a rectangle are clipped with GEOS's
    rectangle clipping; the remaining pairs that intersect go through
    ``shapely.intersection`` in one vectorised call. Only polygonal parts are kept.

    Parameters
    ----------
    left, right : array_like of Polygon/MultiPolygon
        Valid polygons (see :func:`clean_polygons`), same projected CRS.
    min_area : float, default 0
        Pieces with area <= min_area (m²) are dropped.
    disjoint : bool, default False
        True when within each layer no two polygons have an intersection of positive
        area (as :func:`find_overlaps` found for land cover without any overlap). A
        polygon identical to one on the other side (land cover that did not change)
        then meets no other polygon there in more than an edge, so those pairs are
        not overlaid: with two dates of land cover most pairs are such neighbours.
        The result is the same; only the work is skipped.

    Returns
    -------
    pandas.DataFrame
        Columns ``left`` and ``right`` (int64 indices into the inputs), ``area``
        (float, CRS units²) and ``geometry`` (object), sorted by (left, right).

    Examples
    --------
    >>> from shapely import box
    >>> p = intersect([box(0, 0, 2, 2)], [box(1, 1, 3, 3), box(5, 5, 6, 6)])
    >>> p[["left", "right", "area"]].values.tolist()
    [[0.0, 0.0, 1.0]]
    """
    left = _as_array(left)
    right = _as_array(right)
    cols = {
        "left": np.zeros(0, np.int64),
        "right": np.zeros(0, np.int64),
        "area": np.zeros(0, float),
        "geometry": np.zeros(0, object),
    }
    if len(left) == 0 or len(right) == 0:
        return pd.DataFrame(cols)
    li, ri = shapely.STRtree(right).query(left)  # bounding boxes meet
    if len(li) == 0:
        return pd.DataFrame(cols)
    l_bounds, r_bounds = shapely.bounds(left), shapely.bounds(right)
    lb, rb = l_bounds[li], r_bounds[ri]
    l_rect, r_rect = _rectangles(left)[li], _rectangles(right)[ri]
    r_box_in_l = (
        (rb[:, 0] >= lb[:, 0])
        & (rb[:, 1] >= lb[:, 1])
        & (rb[:, 2] <= lb[:, 2])
        & (rb[:, 3] <= lb[:, 3])
    )
    l_box_in_r = (
        (lb[:, 0] >= rb[:, 0])
        & (lb[:, 1] >= rb[:, 1])
        & (lb[:, 2] <= rb[:, 2])
        & (lb[:, 3] <= rb[:, 3])
    )
    geom = np.empty(len(li), dtype=object)
    # Inside a rectangle: the piece is the polygon itself.
    r_in_l = l_rect & r_box_in_l
    l_in_r = r_rect & l_box_in_r & ~r_in_l
    geom[r_in_l] = right[ri[r_in_l]]
    geom[l_in_r] = left[li[l_in_r]]
    todo = ~(r_in_l | l_in_r)
    clip_r = np.flatnonzero(todo & l_rect)  # right clipped by a rectangle on the left
    if len(clip_r):
        geom[clip_r] = _clip_to_rectangles(right[ri[clip_r]], l_bounds, left, li[clip_r])
    clip_l = np.flatnonzero(todo & r_rect & ~l_rect)
    if len(clip_l):
        geom[clip_l] = _clip_to_rectangles(left[li[clip_l]], r_bounds, right, ri[clip_l])
    rest = np.flatnonzero(todo & ~l_rect & ~r_rect)
    if len(rest):
        geom[rest] = _intersect_general(
            left, right, li[rest], ri[rest], r_box_in_l[rest], l_box_in_r[rest], disjoint
        )
    area = shapely.area(geom)
    keep = area > min_area  # NaN (no piece) is not kept
    li, ri, geom, area = li[keep], ri[keep], geom[keep], area[keep]
    order = np.lexsort((ri, li))
    return pd.DataFrame(
        {
            "left": li[order].astype(np.int64),
            "right": ri[order].astype(np.int64),
            "area": area[order],
            "geometry": geom[order],
        }
    )


def _intersect_general(
    left, right, li, ri, r_box_in_l, l_box_in_r, disjoint: bool = False
) -> np.ndarray:
    """Pieces ``left[li] ∩ right[ri]`` for pairs of any polygons (None where they do not
    intersect); containment is tested with prepared geometries where the bounding boxes
    allow it. With ``disjoint`` (see :func:`intersect`) the pairs of a polygon that has
    an identical twin on the other side, other than the twins, are None at once."""
    geom = np.empty(len(li), dtype=object)
    if disjoint:
        cand = np.flatnonzero(r_box_in_l & l_box_in_r)  # equal bounding boxes
        same = cand[shapely.equals_exact(left[li[cand]], right[ri[cand]], tolerance=0.0)]
        geom[same] = left[li[same]]
        l_twin = np.zeros(len(left), dtype=bool)
        r_twin = np.zeros(len(right), dtype=bool)
        l_twin[li[same]] = True
        r_twin[ri[same]] = True
        todo = ~(l_twin[li] | r_twin[ri])
        if todo.all():
            return _intersect_general(left, right, li, ri, r_box_in_l, l_box_in_r)
        sub = np.flatnonzero(todo)
        geom[sub] = _intersect_general(
            left, right, li[sub], ri[sub], r_box_in_l[sub], l_box_in_r[sub]
        )
        return geom
    fresh = _prepared(left, li)
    try:
        hit = shapely.intersects(left[li], right[ri])
        cand = np.flatnonzero(hit & r_box_in_l)
        inside = cand[shapely.contains_properly(left[li[cand]], right[ri[cand]])]
    finally:
        shapely.destroy_prepared(left[fresh])
    geom[inside] = right[ri[inside]]
    done = np.zeros(len(li), dtype=bool)
    done[inside] = True
    # The same polygon on both sides (land cover that did not change between two dates):
    # the piece is that polygon.
    cand = np.flatnonzero(hit & r_box_in_l & l_box_in_r & ~done)
    same = cand[shapely.equals_exact(left[li[cand]], right[ri[cand]], tolerance=0.0)]
    geom[same] = left[li[same]]
    done[same] = True
    cand = np.flatnonzero(hit & l_box_in_r & ~done)
    if len(cand):
        fresh = _prepared(right, ri[cand])
        try:
            inside = cand[shapely.contains_properly(right[ri[cand]], left[li[cand]])]
        finally:
            shapely.destroy_prepared(right[fresh])
        geom[inside] = left[li[inside]]
        done[inside] = True
    rest = np.flatnonzero(hit & ~done)
    if len(rest):
        geom[rest] = polygonal_parts(shapely.intersection(left[li[rest]], right[ri[rest]]))
    return geom


def uncovered(
    zones,
    piece_zone,
    piece_area,
    piece_geom,
    rel_tol: float = 1e-9,
) -> pd.DataFrame:
    """Part of each zone that no piece covers.

    Parameters
    ----------
    zones : array_like of Polygon/MultiPolygon
    piece_zone : array_like of int
        Zone index of each piece.
    piece_area : array_like of float
        Area of each piece (the pieces of one zone must not overlap).
    piece_geom : array_like of geometries
    rel_tol : float, default 1e-9
        A zone whose pieces cover all but ``rel_tol`` of its area is taken as fully
        covered (the remainder is floating-point noise along shared edges), which
        saves the costly difference for gap-free land cover.

    Returns
    -------
    pandas.DataFrame
        One row per zone with an uncovered part: ``zone`` (int64), ``area`` and
        ``geometry``, sorted by zone.

    Examples
    --------
    >>> from shapely import box
    >>> u = uncovered([box(0, 0, 2, 1)], [0], [1.0], [box(0, 0, 1, 1)])
    >>> u[["zone", "area"]].values.tolist()
    [[0.0, 1.0]]
    """
    zones = _as_array(zones)
    n = len(zones)
    piece_zone = np.asarray(piece_zone, dtype=np.int64)
    zone_area = shapely.area(zones)
    covered = group_sum(piece_zone, piece_area, n)
    todo = np.flatnonzero(zone_area - covered > rel_tol * zone_area)
    empty = pd.DataFrame(
        {"zone": np.zeros(0, np.int64), "area": np.zeros(0, float), "geometry": np.zeros(0, object)}
    )
    if len(todo) == 0:
        return empty
    remap = np.full(n, -1, dtype=np.int64)
    remap[todo] = np.arange(len(todo))
    sel = remap[piece_zone] >= 0
    cover = grouped_union(_as_array(piece_geom)[sel], remap[piece_zone[sel]], len(todo))
    rest = polygonal_parts(shapely.difference(zones[todo], cover))
    area = shapely.area(rest)
    keep = area > 0
    return pd.DataFrame(
        {"zone": todo[keep].astype(np.int64), "area": area[keep], "geometry": rest[keep]}
    )


def union_overlay(a, b, min_area: float = 0.0, disjoint: bool = False) -> pd.DataFrame:
    """Union overlay ("union" in the KDD guidance) of two polygon layers.

    Each layer must be free of internal overlaps (see :func:`resolve_overlaps`).

    Parameters
    ----------
    a, b : array_like of Polygon/MultiPolygon
    min_area : float, default 0
        Intersection pieces with area <= min_area are dropped (as in
        :func:`intersect`).
    disjoint : bool, default False
        Neither layer has any overlap at all, not even digitising noise (see
        :func:`intersect`); the result is the same, found faster.

    Returns
    -------
    pandas.DataFrame
        Columns ``a``, ``b`` (int64, -1 where the piece lies outside that layer),
        ``area``, ``geometry``; sorted by (a, b) with -1 first.

    Examples
    --------
    >>> from shapely import box
    >>> u = union_overlay([box(0, 0, 2, 1)], [box(1, 0, 3, 1)])
    >>> u[["a", "b", "area"]].values.tolist()
    [[-1.0, 0.0, 1.0], [0.0, -1.0, 1.0], [0.0, 0.0, 1.0]]
    """
    a = _as_array(a)
    b = _as_array(b)
    both = intersect(a, b, min_area=min_area, disjoint=disjoint)
    only_a = uncovered(
        a, both["left"].to_numpy(), both["area"].to_numpy(), both["geometry"].to_numpy()
    )
    only_b = uncovered(
        b, both["right"].to_numpy(), both["area"].to_numpy(), both["geometry"].to_numpy()
    )
    frame = pd.concat(
        [
            pd.DataFrame(
                {
                    "a": both["left"],
                    "b": both["right"],
                    "area": both["area"],
                    "geometry": both["geometry"],
                }
            ),
            pd.DataFrame(
                {
                    "a": only_a["zone"],
                    "b": -1,
                    "area": only_a["area"],
                    "geometry": only_a["geometry"],
                }
            ),
            pd.DataFrame(
                {
                    "a": -1,
                    "b": only_b["zone"],
                    "area": only_b["area"],
                    "geometry": only_b["geometry"],
                }
            ),
        ],
        ignore_index=True,
    )
    frame["a"] = frame["a"].astype(np.int64)
    frame["b"] = frame["b"].astype(np.int64)
    return frame.sort_values(["a", "b"], kind="stable").reset_index(drop=True)


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


def find_overlaps(geoms, min_area: float = 0.0) -> OverlapReport:
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
    geoms = _as_array(geoms)
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
    qi, qj = tree.query(shapely.box(*edge_box.T))  # features that may meet an edge
    i, j, ov, area = _pair_overlaps(geoms, *_unique_pairs(edge_owner[qi], qj))
    if len(i) == 0:
        return OverlapReport(pd.DataFrame(cols), 0.0, 0.0)
    # Some features overlap: the overlaps of unflagged features are found only by
    # testing every pair.
    qi, qj = tree.query(geoms)
    i, j, ov, area = _pair_overlaps(geoms, *_unique_pairs(qi, qj))
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
    if len(pairs) == 0:
        return OverlapReport(pairs, 0.0, 0.0, n_ignored, ignored_area)
    overlap_area = float(shapely.area(shapely.union_all(ov)))
    involved = np.unique(np.r_[i, j])
    sub = geoms[involved]
    excess = math.fsum(shapely.area(sub)) - float(shapely.area(shapely.union_all(sub)))
    return OverlapReport(pairs, overlap_area, max(excess, 0.0), n_ignored, ignored_area)


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


def resolve_overlaps(geoms, rank, report: OverlapReport | None = None) -> np.ndarray:
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
    geoms = _as_array(geoms)
    rank = np.asarray(rank, dtype=np.int64)
    if report is None:
        report = find_overlaps(geoms)
    out = geoms.copy()
    if report.n_pairs == 0:
        return out
    i = report.pairs["i"].to_numpy()
    j = report.pairs["j"].to_numpy()
    i_wins = rank[i] < rank[j]
    winner = np.where(i_wins, i, j)
    loser = np.where(i_wins, j, i)
    losers = np.unique(loser)
    slot = np.searchsorted(losers, loser)
    cover = grouped_union(geoms[winner], slot, len(losers))
    out[losers] = polygonal_parts(shapely.difference(geoms[losers], cover))
    return out

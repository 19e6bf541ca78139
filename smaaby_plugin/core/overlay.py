"""Exact, vectorised, order-independent overlay of polygon layers.

The geometric engine of the land-use accounts (arealregnskap), used by every family
that cuts polygons by polygons. It never imports ``qgis``; layers arrive as numpy
object arrays of shapely geometries (in one projected CRS, metres) and results leave
as pandas frames. Cleaning, units and sums are in :mod:`smaaby_plugin.core.polygons`,
overlaps inside one layer in :mod:`smaaby_plugin.core.overlaps`.

``intersect(left, right, min_area=0.0) -> DataFrame[left, right, area, geometry]``
    All pairs whose intersection has positive area, with the intersection; sorted
    by (left, right).
``uncovered(zones, piece_zone, piece_area, piece_geom, rel_tol=1e-9)``
    Per zone, the part no piece covers (zone minus union of its pieces).
``union_overlay(a, b) -> DataFrame[a, b, area, geometry]``
    The "union" (identity both ways) of two layers: a∩b pieces plus the parts of a
    outside b (``b == -1``) and of b outside a (``a == -1``).
``apart(geoms, others) -> bool array`` and ``apart_message(...)``
    Which geometries lie away from every bounding box of another layer: the check that
    two inputs meet at all (a layer in another CRS or of another place gives a result
    that is all "uncovered" or all "changed").

Each takes ``progress`` (:mod:`smaaby_plugin.core.progress`): the pair work goes in
blocks sized by the measured pace, so a cancel takes effect within a fraction of a second
however large the layers; each piece is computed from its own pair alone, so the blocks
do not change any result.

Why the results do not depend on feature order: each piece is the intersection of
one fixed pair of input geometries, pieces are sorted by their input indices before
anything is summed, and sums are correctly rounded (``math.fsum``), so permuting the
input features permutes nothing in the output except the indices.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from shapely import GeometryType
from shapely.errors import GEOSException

from smaaby_plugin.core.parallel import run_chunks
from smaaby_plugin.core.polygons import (
    as_array,
    group_sum,
    grouped_union,
    polygonal_parts,
    prepared,
    query_pairs,
)
from smaaby_plugin.core.progress import Progress, report, scaled, timed_chunks

__all__ = [
    "NOISE_AREA_M2",
    "apart",
    "apart_message",
    "intersect",
    "uncovered",
    "union_overlay",
]


#: Pieces smaller than this (m², 1 mm²) are floating-point noise where the boundaries of
#: two layers coincide (GEOS versions leave them in different places); accounts leave them
#: out: their area is far below any unit shown.
NOISE_AREA_M2 = 1e-6


def apart(geoms, others) -> np.ndarray:
    """Per geometry, True when its bounding box meets no bounding box of ``others``.

    Bounding boxes only (cheap): the check is for inputs that do not meet at all (another
    CRS, another place), not for a zone that lies in a hole of the land cover.

    >>> from shapely import box
    >>> apart([box(0, 0, 1, 1), box(50, 50, 51, 51)], [box(0.5, 0.5, 2, 2)]).tolist()
    [False, True]
    """
    geoms = as_array(geoms)
    others = as_array(others)
    out = np.ones(len(geoms), dtype=bool)
    others = others[~(shapely.is_missing(others) | shapely.is_empty(others))]
    if len(geoms) and len(others):
        hit = shapely.STRtree(others).query(geoms)[0]
        out[np.unique(hit)] = False
    return out


def _gap_km(geoms, others) -> float:
    """Distance in km between the bounding boxes of two layers."""
    a = shapely.total_bounds(as_array(geoms))
    b = shapely.total_bounds(as_array(others))
    dx = max(b[0] - a[2], a[0] - b[2], 0.0)
    dy = max(b[1] - a[3], a[1] - b[3], 0.0)
    return float(np.hypot(dx, dy)) / 1000.0


def apart_message(name: str, other: str, geoms, others, is_apart, ids=None) -> str | None:
    """A sentence for the log when features of ``name`` meet nothing of ``other``
    (``is_apart`` from :func:`apart`), with the likely cause; None when all meet.

    >>> from shapely import box
    >>> g, o = [box(0, 0, 1, 1)], [box(100000, 0, 100001, 1)]
    >>> apart_message("PLAN", "LANDCOVER", g, o, apart(g, o))  # doctest: +ELLIPSIS
    'PLAN and LANDCOVER do not overlap anywhere (100.0 km apart); ...'
    """
    is_apart = np.asarray(is_apart, dtype=bool)
    if not is_apart.any():
        return None
    cause = (
        "the likely cause is a layer with a wrong CRS or a layer of another area: check "
        "both on a map and set the right CRS (Layer Properties > Source)."
    )
    if is_apart.all():
        return (
            f"{name} and {other} do not overlap anywhere "
            f"({_gap_km(geoms, others):.1f} km apart); {cause}"
        )
    where = ""
    if ids is not None:
        shown = [str(v) for v in np.asarray(ids, dtype=object)[is_apart][:10]]
        more = f", … ({int(is_apart.sum())} in all)" if is_apart.sum() > 10 else ""
        where = f" ({', '.join(shown)}{more})"
    return (
        f"{int(is_apart.sum())} of {len(is_apart)} feature(s) of {name}{where} lie outside "
        f"the extent of {other}; their results hold nothing of {other}. If that is not "
        f"expected, {cause}"
    )


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
    recomputed by the general overlay with the rectangle polygon ``rect``, and so is a
    zone's group where GEOS's clipping fails (it raises on some slivers: "Invalid number
    of points in LinearRing").
    """
    out = np.empty(len(geoms), dtype=object)
    order = np.argsort(rect_of, kind="stable")
    ids = rect_of[order]
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    ends = np.r_[starts[1:], len(ids)]
    for s, e in zip(starts, ends):
        sel = order[s:e]
        try:
            out[sel] = shapely.clip_by_rect(geoms[sel], *bounds[ids[s]])
        except GEOSException:
            out[sel] = shapely.intersection(geoms[sel], rect[ids[s]])
    out = polygonal_parts(out)
    bad = np.flatnonzero(~shapely.is_valid(out))
    if len(bad):
        out[bad] = polygonal_parts(shapely.intersection(geoms[bad], rect[rect_of[bad]]))
    return out


def intersect(
    left,
    right,
    min_area: float = 0.0,
    disjoint: bool = False,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Intersect two polygon layers pairwise.

    Candidate pairs are those whose bounding boxes meet (STRtree). A polygon that lies
    inside the other polygon of its pair is taken as it is (no overlay needed, exact):
    for a rectangle (a grid cell) that is known from the bounding boxes alone, otherwise
    from a prepared ``contains_properly``. Pieces of a rectangle are clipped with GEOS's
    rectangle clipping; the remaining pairs that intersect go through
    ``shapely.intersection``, vectorised over blocks of pairs. Only polygonal parts are
    kept.

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
    progress : Progress, optional
        Told the share done between blocks of pairs; raises ``Cancelled`` to stop.

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
    left = as_array(left)
    right = as_array(right)
    cols = {
        "left": np.zeros(0, np.int64),
        "right": np.zeros(0, np.int64),
        "area": np.zeros(0, float),
        "geometry": np.zeros(0, object),
    }
    if len(left) == 0 or len(right) == 0:
        report(progress, 1.0)
        return pd.DataFrame(cols)
    # bounding boxes meet
    li, ri = query_pairs(shapely.STRtree(right), left, scaled(progress, 0.0, 0.05))
    if len(li) == 0:
        report(progress, 1.0)
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
    # kind of work per pair: 0 right clipped by a rectangle on the left, 1 left clipped by
    # a rectangle on the right, 2 the general overlay
    kind = np.where(l_rect, 0, np.where(r_rect, 1, 2))
    if disjoint:
        todo &= ~_twins(left, right, li, ri, todo & (kind == 2), r_box_in_l, l_box_in_r, geom)
    work = np.flatnonzero(todo)
    for sl in timed_chunks(len(work), scaled(progress, 0.05, 0.95)):
        k, kk = work[sl], kind[work[sl]]
        clip_r, clip_l, rest = k[kk == 0], k[kk == 1], k[kk == 2]
        if len(clip_r):
            geom[clip_r] = _clip_to_rectangles(right[ri[clip_r]], l_bounds, left, li[clip_r])
        if len(clip_l):
            geom[clip_l] = _clip_to_rectangles(left[li[clip_l]], r_bounds, right, ri[clip_l])
        if len(rest):
            geom[rest] = _intersect_general(
                left, right, li[rest], ri[rest], r_box_in_l[rest], l_box_in_r[rest]
            )
    area = shapely.area(geom)
    keep = area > min_area  # NaN (no piece) is not kept
    li, ri, geom, area = li[keep], ri[keep], geom[keep], area[keep]
    order = np.lexsort((ri, li))
    report(progress, 1.0)
    return pd.DataFrame(
        {
            "left": li[order].astype(np.int64),
            "right": ri[order].astype(np.int64),
            "area": area[order],
            "geometry": geom[order],
        }
    )


def _twins(left, right, li, ri, among, r_box_in_l, l_box_in_r, geom) -> np.ndarray:
    """For two overlap-free layers (``intersect(disjoint=True)``): the pairs ``among`` the
    general ones that need no overlay. A polygon identical to one on the other side (same
    bounding box, exactly equal) is its own piece, set in ``geom``; its other pairs meet
    it in an edge at most and give no piece."""
    cand = np.flatnonzero(among & r_box_in_l & l_box_in_r)  # equal bounding boxes
    same = cand[shapely.equals_exact(left[li[cand]], right[ri[cand]], tolerance=0.0)]
    geom[same] = left[li[same]]
    l_twin = np.zeros(len(left), dtype=bool)
    r_twin = np.zeros(len(right), dtype=bool)
    l_twin[li[same]] = True
    r_twin[ri[same]] = True
    return among & (l_twin[li] | r_twin[ri])


def _intersect_general(left, right, li, ri, r_box_in_l, l_box_in_r) -> np.ndarray:
    """Pieces ``left[li] ∩ right[ri]`` for pairs of any polygons (None where they do not
    intersect); containment is tested with prepared geometries where the bounding boxes
    allow it."""
    geom = np.empty(len(li), dtype=object)
    fresh = prepared(left, li)
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
        fresh = prepared(right, ri[cand])
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
    progress: Progress | None = None,
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
    progress : Progress, optional
        Told the share done between blocks of zones; raises ``Cancelled`` to stop.

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
    zones = as_array(zones)
    n = len(zones)
    piece_zone = np.asarray(piece_zone, dtype=np.int64)
    zone_area = shapely.area(zones)
    covered = group_sum(piece_zone, piece_area, n)
    todo = np.flatnonzero(zone_area - covered > rel_tol * zone_area)
    empty = pd.DataFrame(
        {"zone": np.zeros(0, np.int64), "area": np.zeros(0, float), "geometry": np.zeros(0, object)}
    )
    if len(todo) == 0:
        report(progress, 1.0)
        return empty
    remap = np.full(n, -1, dtype=np.int64)
    remap[todo] = np.arange(len(todo))
    # The pieces of each zone to do, grouped by zone in their own order (stable), so a
    # block of zones unions exactly the collections one call for all would union.
    sel = np.flatnonzero(remap[piece_zone] >= 0)
    slot = remap[piece_zone[sel]]
    order = np.argsort(slot, kind="stable")
    sel, slot = sel[order], slot[order]
    bounds = np.searchsorted(slot, np.arange(len(todo) + 1))
    piece_geom = as_array(piece_geom)
    rest = np.empty(len(todo), dtype=object)

    def remainder(sl: slice) -> None:
        a, b = bounds[sl.start], bounds[sl.stop]
        cover = grouped_union(piece_geom[sel[a:b]], slot[a:b] - sl.start, sl.stop - sl.start)
        rest[sl] = polygonal_parts(shapely.difference(zones[todo[sl]], cover))

    run_chunks(len(todo), remainder, progress)
    area = shapely.area(rest)
    keep = area > 0
    return pd.DataFrame(
        {"zone": todo[keep].astype(np.int64), "area": area[keep], "geometry": rest[keep]}
    )


def union_overlay(
    a,
    b,
    min_area: float = 0.0,
    disjoint: bool = False,
    progress: Progress | None = None,
) -> pd.DataFrame:
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
    progress : Progress, optional
        Told the share done; raises ``Cancelled`` to stop.

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
    a = as_array(a)
    b = as_array(b)
    both = intersect(
        a, b, min_area=min_area, disjoint=disjoint, progress=scaled(progress, 0.0, 0.7)
    )
    pieces = both["area"].to_numpy(), both["geometry"].to_numpy()
    only_a = uncovered(a, both["left"].to_numpy(), *pieces, progress=scaled(progress, 0.7, 0.85))
    only_b = uncovered(b, both["right"].to_numpy(), *pieces, progress=scaled(progress, 0.85, 1.0))
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

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

import ctypes
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from shapely import GeometryType

from smaaby_plugin.core.errors import InputError

__all__ = [
    "AREA_UNITS",
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
    """

    geometry: np.ndarray
    n_repaired: int
    n_empty: int
    repaired: np.ndarray


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
    return CleanResult(g, int(repaired.sum()), int(empty.sum()), repaired)


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


def _runtime_geos() -> tuple:
    """The GEOS version shapely really calls.

    Inside a program linked to an older GEOS (``qgis_process`` on Debian 12 links GEOS
    3.11), that library's symbols take precedence over the GEOS bundled with a shapely
    wheel, so ``shapely.geos_version`` (the bundled one) can overstate what runs.
    """
    try:
        fn = ctypes.CDLL(None).GEOSversion
        fn.restype = ctypes.c_char_p
        text = fn().decode().split("-")[0]
        return min(tuple(int(x) for x in text.split(".")[:3]), tuple(shapely.geos_version))
    except Exception:  # no GEOS in the program itself (plain Python), or no dlopen(NULL)
        return tuple(shapely.geos_version)


def _coverage_suspects(geoms: np.ndarray) -> np.ndarray:
    """Features that may overlap a neighbour.

    When GEOS's coverage validator (GEOS >= 3.12, shapely >= 2.1) finds that the
    polygons form a clean partition, none can overlap and the costly pairwise test is
    skipped; otherwise every feature is a suspect.
    """
    suspects = np.ones(len(geoms), dtype=bool)
    if not hasattr(shapely, "coverage_is_valid") or _runtime_geos() < (3, 12, 0):
        return suspects
    # Measured: the validator beats the pairwise test on many small polygons (200,000
    # Voronoi cells: 2 s against 6 s) but is far slower on large detailed ones, so it is
    # only used for the former; an invalid coverage falls back to the pairwise test.
    if len(geoms) < 1000 or shapely.get_num_coordinates(geoms).max() > 256:
        return suspects
    if shapely.coverage_is_valid(geoms):
        suspects[:] = False
    return suspects


def _pairs_in(a_idx, b_idx, c_idx, d_idx, nb: int) -> np.ndarray:
    """Mask of pairs (a, b) that are among pairs (c, d)."""
    if len(c_idx) == 0:
        return np.zeros(len(a_idx), dtype=bool)
    return np.isin(a_idx.astype(np.int64) * nb + b_idx, c_idx.astype(np.int64) * nb + d_idx)


def intersect(left, right, min_area: float = 0.0) -> pd.DataFrame:
    """Intersect two polygon layers pairwise.

    Candidate pairs come from an STRtree; pairs where one polygon lies properly
    inside the other take that polygon as it is (no overlay needed, exact), the rest
    go through ``shapely.intersection`` in one vectorised call. Only polygonal parts are kept.

    Parameters
    ----------
    left, right : array_like of Polygon/MultiPolygon
        Valid polygons (see :func:`clean_polygons`), same projected CRS.
    min_area : float, default 0
        Pieces with area <= min_area (m²) are dropped.

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
    cols = {"left": np.zeros(0, np.int64), "right": np.zeros(0, np.int64),
            "area": np.zeros(0, float), "geometry": np.zeros(0, object)}
    if len(left) == 0 or len(right) == 0:
        return pd.DataFrame(cols)
    tree_r = shapely.STRtree(right)
    li, ri = tree_r.query(left, predicate="intersects")
    if len(li) == 0:
        return pd.DataFrame(cols)
    geom = np.empty(len(li), dtype=object)
    # right properly inside left: the piece is right itself.
    ci, cr = tree_r.query(left, predicate="contains_properly")
    r_in_l = _pairs_in(li, ri, ci, cr, len(right))
    geom[r_in_l] = right[ri[r_in_l]]
    # left properly inside right: the piece is left itself.
    tree_l = shapely.STRtree(left)
    cr2, cl2 = tree_l.query(right, predicate="contains_properly")
    l_in_r = _pairs_in(li, ri, cl2, cr2, len(right)) & ~r_in_l
    geom[l_in_r] = left[li[l_in_r]]
    rest = np.flatnonzero(~(r_in_l | l_in_r))
    if len(rest):
        geom[rest] = polygonal_parts(shapely.intersection(left[li[rest]], right[ri[rest]]))
    area = shapely.area(geom)
    keep = area > min_area
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
    empty = pd.DataFrame({"zone": np.zeros(0, np.int64), "area": np.zeros(0, float),
                          "geometry": np.zeros(0, object)})
    if len(todo) == 0:
        return empty
    remap = np.full(n, -1, dtype=np.int64)
    remap[todo] = np.arange(len(todo))
    sel = remap[piece_zone] >= 0
    cover = grouped_union(_as_array(piece_geom)[sel], remap[piece_zone[sel]], len(todo))
    rest = polygonal_parts(shapely.difference(zones[todo], cover))
    area = shapely.area(rest)
    keep = area > 0
    return pd.DataFrame({"zone": todo[keep].astype(np.int64), "area": area[keep],
                         "geometry": rest[keep]})


def union_overlay(a, b, min_area: float = 0.0) -> pd.DataFrame:
    """Union overlay ("union" in the KDD guidance) of two polygon layers.

    Each layer must be free of internal overlaps (see :func:`resolve_overlaps`).

    Parameters
    ----------
    a, b : array_like of Polygon/MultiPolygon
    min_area : float, default 0
        Intersection pieces with area <= min_area are dropped (as in
        :func:`intersect`).

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
    both = intersect(a, b, min_area=min_area)
    only_a = uncovered(a, both["left"].to_numpy(), both["area"].to_numpy(),
                       both["geometry"].to_numpy())
    only_b = uncovered(b, both["right"].to_numpy(), both["area"].to_numpy(),
                       both["geometry"].to_numpy())
    frame = pd.concat(
        [
            pd.DataFrame({"a": both["left"], "b": both["right"], "area": both["area"],
                          "geometry": both["geometry"]}),
            pd.DataFrame({"a": only_a["zone"], "b": -1, "area": only_a["area"],
                          "geometry": only_a["geometry"]}),
            pd.DataFrame({"a": -1, "b": only_b["zone"], "area": only_b["area"],
                          "geometry": only_b["geometry"]}),
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

    Neighbours that only share an edge are not overlaps. Candidate pairs are features
    whose bounding boxes meet and of which at least one is flagged by GEOS's coverage
    validator; ``relate_pattern(..., "T********")`` keeps pairs whose interiors meet.

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
    cols = {"i": np.zeros(0, np.int64), "j": np.zeros(0, np.int64),
            "area": np.zeros(0, float), "geometry": np.zeros(0, object)}
    if len(geoms) < 2:
        return OverlapReport(pd.DataFrame(cols), 0.0, 0.0)
    tree = shapely.STRtree(geoms)
    i, j = tree.query(geoms)  # bounding boxes only
    flagged = _coverage_suspects(geoms)
    keep = (i < j) & (flagged[i] | flagged[j])
    i, j = i[keep], j[keep]
    inner = shapely.relate_pattern(geoms[i], geoms[j], "T********")
    i, j = i[inner], j[inner]
    if len(i) == 0:
        return OverlapReport(pd.DataFrame(cols), 0.0, 0.0)
    ov = polygonal_parts(shapely.intersection(geoms[i], geoms[j]))
    area = shapely.area(ov)
    keep = area > min_area
    noise = ~keep & (area > 0)
    n_ignored, ignored_area = int(noise.sum()), math.fsum(area[noise])
    i, j, ov, area = i[keep], j[keep], ov[keep], area[keep]
    order = np.lexsort((j, i))
    pairs = pd.DataFrame({"i": i[order].astype(np.int64), "j": j[order].astype(np.int64),
                          "area": area[order], "geometry": ov[order]})
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
    source = {"priority": priority, "smallest_code": codes, "largest_code": codes,
              "smallest_area": areas}
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

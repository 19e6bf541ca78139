"""Polygon arrays: the shared floor of every family's area arithmetic.

Plain functions over numpy object arrays of shapely geometries (one projected CRS,
metres); never imports ``qgis``.

``AREA_UNITS``, ``to_unit(area_m2, unit)``
    Square metres per unit (``m2``, ``daa``, ``ha``, ``km2``) and the conversion.
``clean_polygons(geoms) -> CleanResult``
    Repair invalid geometries (``make_valid``, "structure" method), keep polygonal
    parts only, flatten Z; counts repaired and empty features.
``polygonal_parts(geoms)``
    Keep only the polygonal parts of each geometry (overlay results can hold lines).
``grouped_union(geoms, groups, n_groups)``
    Union of the geometries of each integer group, in one vectorised call.
``areas(geoms, area_function=None, progress=None)``
    Areas in m² (planar or by a given function) in blocks a cancel can stop between.
``group_sum(keys, values, n_groups)``
    Correctly rounded sums per group (``math.fsum``): the totals do not depend on
    the order of the features.
``representative_points(geoms)``
    The one rule for "a point standing for a polygon" (population cells counted in a
    town, buildings as settlement points, a centre zone's anchor).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely
from shapely import GeometryType

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.parallel import run_chunks
from smaaby_plugin.core.progress import Progress, timed_chunks

__all__ = [
    "AREA_UNITS",
    "CleanResult",
    "areas",
    "clean_polygons",
    "group_sum",
    "grouped_union",
    "polygonal_parts",
    "representative_points",
    "to_unit",
    "usable_geometries",
]

#: Square metres in one unit. ``daa`` (dekar, 1,000 m²) is the unit of Norwegian plans.
AREA_UNITS: dict[str, float] = {"m2": 1.0, "daa": 1_000.0, "ha": 10_000.0, "km2": 1_000_000.0}

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


def as_array(geoms) -> np.ndarray:
    """``geoms`` as a one-dimensional object array (a helper of the shared floor)."""
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
    geoms = as_array(geoms).copy()
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


def clean_polygons(geoms, progress: Progress | None = None) -> CleanResult:
    """Repair and normalise polygon input.

    Invalid geometries are repaired with ``shapely.make_valid(method="structure")``
    (rings are unioned as shells and holes, as a planner drew them); Z/M values are
    dropped; only polygonal parts are kept.

    Parameters
    ----------
    geoms : array_like of shapely geometries (None allowed)
    progress : Progress, optional
        Told the share done between blocks of features; raises ``Cancelled`` to stop.

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
    geoms = as_array(geoms)
    missing = shapely.is_missing(geoms)
    g = geoms.copy()
    repaired = np.zeros(len(g), dtype=bool)

    # Each feature is cleaned on its own, so blocks (on every core) give the same result
    # as one call.
    def clean(sl: slice) -> None:
        part = g[sl]
        present = ~missing[sl]
        has_z = present.copy()
        has_z[present] = shapely.has_z(part[present])
        if has_z.any():
            part[has_z] = shapely.force_2d(part[has_z])
        valid = np.ones(len(part), dtype=bool)
        valid[present] = shapely.is_valid(part[present])
        bad = ~valid & present
        if bad.any():
            part[bad] = shapely.make_valid(part[bad], method="structure", keep_collapsed=False)
        g[sl] = polygonal_parts(part)
        repaired[sl] = bad

    run_chunks(len(g), clean, progress)
    empty = shapely.is_empty(g) | (shapely.area(g) <= 0.0)
    return CleanResult(g, int(repaired.sum()), int(empty.sum()), repaired, empty)


def areas(geoms, area_function=None, progress: Progress | None = None) -> np.ndarray:
    """Area of each geometry in m²: planar, or by ``area_function`` (e.g. ellipsoidal).

    Computed in blocks (each area is its own), so that a cancel takes effect between
    them even for a slow area function or a very large array.

    Parameters
    ----------
    geoms : array_like of shapely geometries
    area_function : callable, optional
        ``f(geoms) -> areas in m²``; default ``shapely.area``.
    progress : Progress, optional

    Returns
    -------
    numpy.ndarray of float

    Examples
    --------
    >>> from shapely import box
    >>> areas([box(0, 0, 2, 3), None]).tolist()
    [6.0, nan]
    """
    g = as_array(geoms)
    area_of = shapely.area if area_function is None else area_function
    out = np.empty(len(g), dtype=float)
    for sl in timed_chunks(len(g), progress):
        out[sl] = np.asarray(area_of(g[sl]), dtype=float)
    return out


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
    geoms = as_array(geoms)
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


def representative_points(geoms) -> np.ndarray:
    """Coordinates of one point standing for each geometry: its centroid where that lies
    inside it, else a point on its surface.

    The centroid is the centre of mass, the point a planner expects (QGIS's "Centroids",
    the middle of a grid cell, the middle of a building), and for evenly spread people or
    floor space the point they average to. A concave or multi-part shape (a C-shaped
    block, a kommune around a fjord, islands) can have its centroid outside, where it
    would be counted in a neighbouring zone; there GEOS's interior point
    (``shapely.point_on_surface``; JTS ``InteriorPoint``, PostGIS
    ``ST_PointOnSurface``, QGIS's "Point on surface") is used: for polygons the middle of
    the widest interior run of a horizontal line through the shape, so inside it. "Inside"
    means in the interior: a centroid on the boundary would belong to the neighbour across
    that edge as much as to the shape. Points are returned as they are; a multipoint
    stands at its member nearest its centroid, a line at its centroid when that is on the
    line, else at its vertex nearest the centroid.

    Parameters
    ----------
    geoms : array_like of shapely geometries

    Returns
    -------
    numpy.ndarray of float, shape (n, 2)
        x, y per geometry; NaN for a missing (None) or empty geometry, which has no
        point (callers count it nowhere, or refuse it).

    Examples
    --------
    >>> from shapely import Point, Polygon, box
    >>> representative_points([Point(1, 2), box(0, 0, 4, 2)]).tolist()
    [[1.0, 2.0], [2.0, 1.0]]
    >>> u = Polygon([(0, 0), (3, 0), (3, 3), (2, 3), (2, 1), (1, 1), (1, 3), (0, 3)])
    >>> bool(u.contains(Point(*representative_points([u])[0])))  # centroid (1.5, 1.36) is outside
    True
    >>> representative_points([None]).tolist()
    [[nan, nan]]
    """
    g = as_array(geoms)
    xy = np.full((len(g), 2), np.nan)
    if len(g) == 0:
        return xy
    present = ~(shapely.is_missing(g) | shapely.is_empty(g))
    points = present & (shapely.get_type_id(g) == int(GeometryType.POINT))
    xy[points, 0], xy[points, 1] = shapely.get_x(g[points]), shapely.get_y(g[points])
    other = np.flatnonzero(present & ~points)
    if len(other):
        pts = shapely.centroid(g[other])
        off = ~shapely.within(pts, g[other])  # a point on the boundary is not within
        if off.any():
            pts[off] = shapely.point_on_surface(g[other][off])
        xy[other, 0], xy[other, 1] = shapely.get_x(pts), shapely.get_y(pts)
    return xy


def query_pairs(
    tree: shapely.STRtree, geoms, progress: Progress | None = None, predicate: str | None = None
) -> np.ndarray:
    """``tree.query(geoms, predicate)`` (without a predicate: the pairs whose bounding
    boxes meet), ``(2, m)``: index into ``geoms``, index into the tree; in blocks of
    ``geoms``, so a cancel can stop it."""
    geoms = as_array(geoms)
    found = [np.zeros((2, 0), dtype=np.int64)]
    for sl in timed_chunks(len(geoms), progress):
        pairs = tree.query(geoms[sl], predicate=predicate)
        pairs[0] += sl.start
        found.append(pairs)
    return np.concatenate(found, axis=1)


def prepared(geoms: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Prepare ``geoms[idx]`` (GEOS indexes their edges for the predicates that follow);
    returns the indices that were not prepared before, to be released afterwards."""
    idx = np.unique(idx)
    fresh = idx[~shapely.is_prepared(geoms[idx])]
    shapely.prepare(geoms[fresh])
    return fresh


def convex_quadrilaterals(geometry) -> np.ndarray:
    """True for polygons that are strictly convex quadrilaterals without holes (four
    corners turning the same way, no repeated or collinear corner): simple rings with
    area, so valid without asking GEOS. SSB grid cells are such polygons, and checking
    them by their corners costs a fraction of ``shapely.is_valid``.

    >>> bow = shapely.from_wkt("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))")
    >>> convex_quadrilaterals(np.array([shapely.box(0, 0, 1, 1), bow, None])).tolist()
    [True, False, False]
    """
    geometry = np.asarray(geometry, dtype=object)
    out = np.zeros(len(geometry), bool)
    quad = (
        (shapely.get_type_id(geometry) == 3)
        & (shapely.get_num_interior_rings(geometry) == 0)
        & (shapely.get_num_coordinates(geometry) == 5)
    )
    if not quad.any():
        return out
    # without holes a polygon's coordinates are its exterior ring's (no ring objects made)
    xy = shapely.get_coordinates(geometry[quad]).reshape(-1, 5, 2)
    closed = np.all(xy[:, 0] == xy[:, 4], axis=1)
    edge = xy[:, 1:] - xy[:, :-1]  # four edges
    nxt = np.roll(edge, -1, axis=1)
    cross = edge[..., 0] * nxt[..., 1] - edge[..., 1] * nxt[..., 0]
    turn = np.all(cross > 0, axis=1) | np.all(cross < 0, axis=1)
    out[quad] = closed & turn & np.all(np.isfinite(xy), axis=(1, 2))
    return out


def usable_geometries(
    geometry, repair: bool, polygonal: bool
) -> tuple[np.ndarray, np.ndarray, int]:
    """The repair step of reading a layer (the plugin's reader and the batch's):
    (geometries, usable, n_repaired). Missing and empty geometries are not usable; with
    ``repair`` invalid ones are repaired with ``shapely.make_valid`` (only their
    polygonal parts kept when ``polygonal``) and stay usable unless nothing is left.

    >>> bow = shapely.from_wkt("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))")
    >>> g, ok, n = usable_geometries(np.array([bow, None, shapely.box(0, 0, 1, 1)]), True, True)
    >>> ok.tolist(), n, round(float(shapely.area(g[0])), 6)
    ([True, False, True], 1, 2.0)
    """
    geometry = np.asarray(geometry, dtype=object)
    usable = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    n_repaired = 0
    if repair:
        invalid = usable & ~convex_quadrilaterals(geometry)  # cells skip GEOS's check
        invalid[invalid] = ~shapely.is_valid(geometry[invalid])
        n_repaired = int(invalid.sum())
        if n_repaired:
            geometry = geometry.copy()
            fixed = shapely.make_valid(geometry[invalid])
            if polygonal:
                fixed = polygonal_parts(fixed)  # make_valid can add lines/points
            geometry[invalid] = fixed
            usable &= ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    return geometry, usable, n_repaired

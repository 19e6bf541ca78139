"""Small helpers shared by the generator modules: smooth curves and random outlines,
random points in regions, graph components and point clusters, exact partitions
into polygons, and largest-remainder rounding of counts."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree


def contains_xy(geom, x, y) -> np.ndarray:
    """``shapely.contains_xy`` (the same answer) through ``shapely.contains`` on points:
    the sample is also made inside QGIS, whose GEOS (3.11 on Debian 12) shapely then calls,
    and ``contains_xy`` needs GEOS 3.12 (it crashes QGIS there)."""
    shapely.prepare(geom)
    return shapely.contains(geom, shapely.points(x, y))


def _chaikin(pts: np.ndarray, iterations: int = 3) -> np.ndarray:
    """Chaikin corner cutting; keeps the end points exactly (all columns smoothed)."""
    pts = np.asarray(pts, dtype=float)
    for _ in range(iterations):
        q = 0.75 * pts[:-1] + 0.25 * pts[1:]
        r = 0.25 * pts[:-1] + 0.75 * pts[1:]
        mid = np.empty((2 * len(q), pts.shape[1]))
        mid[0::2] = q
        mid[1::2] = r
        pts = np.vstack([pts[:1], mid, pts[-1:]])
    return pts


def _resample(pts: np.ndarray, step: float) -> tuple[np.ndarray, np.ndarray]:
    """Points at equal arc length along a polyline (every column interpolated)."""
    seg = np.hypot(*np.diff(pts[:, :2], axis=0).T)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    t = np.linspace(0.0, s[-1], max(int(math.ceil(s[-1] / step)), 1) + 1)
    return np.column_stack([np.interp(t, s, pts[:, k]) for k in range(pts.shape[1])]), t


def _wiggle(
    rng: np.random.Generator,
    s: np.ndarray,
    wavelengths: Sequence[float],
    amplitudes: Sequence[float],
) -> np.ndarray:
    """A smooth random function of ``s``: a sum of sines with random phases."""
    phases = rng.uniform(0.0, 2 * math.pi, len(wavelengths))
    out = np.zeros_like(s, dtype=float)
    for w, a, p in zip(wavelengths, amplitudes, phases):
        out += a * np.sin(2 * math.pi * s / w + p)
    return out


def _largest_polygon(geom: shapely.Geometry) -> shapely.Geometry:
    """The largest polygon of a (possibly multi-part or invalid) geometry."""
    parts = shapely.get_parts(shapely.make_valid(geom))
    parts = parts[shapely.get_type_id(parts) == 3]
    return parts[np.argmax(shapely.area(parts))]


def _ellipse(
    centre: Sequence[float],
    a: float,
    b: float,
    angle_deg: float,
    rng: np.random.Generator,
    n: int = 96,
    roughness: float = 0.08,
) -> shapely.Polygon:
    """An ellipse with a randomly wiggled outline."""
    phi = np.linspace(0.0, 2 * math.pi, n, endpoint=False)
    r = 1.0 + _wiggle(
        rng,
        phi,
        (2 * math.pi / 3, 2 * math.pi / 5, 2 * math.pi / 9),
        (roughness, roughness * 0.6, roughness * 0.3),
    )
    x, y = a * r * np.cos(phi), b * r * np.sin(phi)
    t = math.radians(angle_deg)
    xr = centre[0] + x * math.cos(t) - y * math.sin(t)
    yr = centre[1] + x * math.sin(t) + y * math.cos(t)
    return shapely.Polygon(np.column_stack([xr, yr]))


def _components(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """Connected-component label of each of ``n`` nodes joined by the edges (a, b)."""
    graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def _clusters(xy: np.ndarray, distance: float) -> np.ndarray:
    """Single-linkage clusters of points at most ``distance`` apart (labels)."""
    pairs = cKDTree(xy).query_pairs(distance, output_type="ndarray")
    return _components(pairs[:, 0], pairs[:, 1], len(xy))


def _fill_holes(polygons: np.ndarray, max_area: float) -> np.ndarray:
    """The polygons without their holes smaller than ``max_area``."""
    out = []
    for p in polygons:  # a handful of settlement outlines
        holes = [r for r in p.interiors if shapely.Polygon(r).area >= max_area]
        out.append(shapely.Polygon(p.exterior, holes))
    return np.array(out, dtype=object)


def _allocate(
    total: np.ndarray, group: np.ndarray, weight: np.ndarray, minimum_one: bool = False
) -> np.ndarray:
    """Split integer totals per group over its items in proportion to weights.

    Largest-remainder rounding, so every group's items sum exactly to its total.
    With ``minimum_one`` every item gets at least 1 where the total allows it.
    """
    total = np.asarray(total, dtype=np.int64)
    n_groups = len(total)
    count = np.bincount(group, minlength=n_groups)
    give_one = minimum_one & (total >= count)
    rest = total - np.where(give_one, count, 0)
    wsum = np.bincount(group, weight, minlength=n_groups)
    ideal = rest[group] * weight / np.where(wsum[group] > 0, wsum[group], 1.0)
    base = np.floor(ideal).astype(np.int64)
    remainder = rest - np.bincount(group, base, minlength=n_groups)
    order = np.lexsort((np.arange(len(group)), -(ideal - base), group))
    g_sorted = group[order]
    rank = np.arange(len(group)) - np.searchsorted(g_sorted, g_sorted, side="left")
    base[order] += rank < remainder[g_sorted]
    return base + give_one[group]


def _sample_points(
    rng: np.random.Generator,
    region: shapely.Geometry,
    x0: np.ndarray,
    y0: np.ndarray,
    w: np.ndarray,
    h: np.ndarray,
    max_rounds: int = 300,
    fallback: bool = True,
    accept=None,
) -> np.ndarray:
    """Uniform random points inside ``region``, one in each box (x0, y0, w, h).

    Rejection sampling over all boxes at once; a box whose part of ``region`` is too
    small to hit gets a point on the surface of that part (or NaN without
    ``fallback``). ``accept(x, y)`` may reject more candidates (e.g. on a road).
    """
    n = len(x0)
    out = np.full((n, 2), np.nan)
    shapely.prepare(region)
    todo = np.arange(n)
    for _ in range(max_rounds):
        if len(todo) == 0:
            break
        x = x0[todo] + rng.random(len(todo)) * w[todo]
        y = y0[todo] + rng.random(len(todo)) * h[todo]
        ok = contains_xy(region, x, y)
        if accept is not None and ok.any():
            ok[ok] = accept(x[ok], y[ok])
        out[todo[ok], 0] = x[ok]
        out[todo[ok], 1] = y[ok]
        todo = todo[~ok]
    if len(todo) and fallback:
        boxes = shapely.box(x0[todo], y0[todo], x0[todo] + w[todo], y0[todo] + h[todo])
        pts = shapely.point_on_surface(shapely.intersection(boxes, region))
        if shapely.is_empty(pts).any():
            raise RuntimeError("a sampling box does not overlap its region")
        out[todo] = shapely.get_coordinates(pts)
    return out


def _largest_line(geom: shapely.Geometry) -> shapely.LineString:
    """The longest line of a (multi-)line geometry after merging its parts."""
    parts = shapely.get_parts(shapely.line_merge(geom))
    parts = parts[shapely.get_type_id(parts) == 1]
    return parts[np.argmax(shapely.length(parts))]


def _which_kommune(kommuner: dict[str, shapely.Geometry], xy: np.ndarray) -> np.ndarray:
    """The kommune number of each point (an error for a point outside them all)."""
    out = np.full(len(xy), "", dtype=object)
    for k, poly in kommuner.items():
        out[contains_xy(poly, xy[:, 0], xy[:, 1])] = k
    if np.any(out == ""):
        raise RuntimeError("a point lies outside the region")
    return out


def _union_nearby(geoms: np.ndarray, xy: np.ndarray, reach: float) -> shapely.Geometry:
    """Union of small shapes around points, done per group of shapes that can touch.

    Shapes whose points are more than ``reach`` apart cannot overlap, so the groups
    are disjoint and only the shapes within a group need an overlay (much faster
    than one union of everything).
    """
    if len(geoms) == 0:
        return shapely.Polygon()
    label = _clusters(xy, reach)
    size = np.bincount(label)
    order = np.lexsort((np.arange(len(label)), label))
    rank = np.arange(len(order)) - np.searchsorted(label[order], label[order])
    parts = [geoms[size[label] == 1]]
    width = size[label[order]]
    lo = 2
    while lo <= size.max():
        hi = 2 * lo
        sel = (width >= lo) & (width < hi)
        if sel.any():
            groups, row = np.unique(label[order][sel], return_inverse=True)
            table = np.full((len(groups), hi - 1), None, dtype=object)
            table[row, rank[sel]] = geoms[order][sel]
            parts.append(shapely.union_all(table, axis=1))
        lo = hi
    return shapely.multipolygons(shapely.get_parts(np.concatenate(parts)))


def _explode(parts: Sequence[tuple[dict, shapely.Geometry]]) -> pd.DataFrame:
    """One row per polygon part, with the attributes of its source."""
    rows, geoms = [], []
    for attrs, geom in parts:
        polys = shapely.get_parts(shapely.get_parts(geom))
        polys = polys[(shapely.get_type_id(polys) == 3) & (shapely.area(polys) > 0.01)]
        polys = shapely.make_valid(polys)
        polys = shapely.get_parts(polys)
        polys = polys[shapely.get_type_id(polys) == 3]
        rows.extend([attrs] * len(polys))
        geoms.append(polys)
    frame = pd.DataFrame(rows)
    frame["geometry"] = np.concatenate(geoms) if geoms else np.array([], dtype=object)
    return frame


def _explode_lines(parts: Sequence[tuple[dict, shapely.Geometry]]) -> pd.DataFrame:
    """One row per merged line, with the attributes of its source."""
    rows, geoms = [], []
    for attrs, geom in parts:
        lines = shapely.get_parts(shapely.line_merge(geom))
        lines = lines[(shapely.get_type_id(lines) == 1) & (shapely.length(lines) > 0)]
        rows.extend([attrs] * len(lines))
        geoms.append(lines)
    frame = pd.DataFrame(rows)
    frame["geometry"] = np.concatenate(geoms)
    return frame


def _partition(
    area: shapely.Geometry,
    layers: Sequence[tuple[dict, shapely.Geometry]],
    default: dict | None = None,
) -> pd.DataFrame:
    """An exact partition of ``area`` into polygons with attributes.

    All boundaries are noded together and polygonised, so neighbouring polygons share
    their edges vertex for vertex (a valid coverage: no slivers, no gaps). Each face
    takes the attributes of the first layer that holds it (``default`` where none
    does); faces with the same source are then merged (coverage union) and split into
    single polygons.
    """
    lines = np.array(
        [shapely.boundary(area)] + [shapely.boundary(g) for _, g in layers], dtype=object
    )
    noded = shapely.get_parts(shapely.union_all(lines))
    faces = shapely.get_parts(shapely.polygonize(noded))
    faces = faces[shapely.area(faces) > 0.0]
    pts = shapely.point_on_surface(faces)
    shapely.prepare(area)
    inside = shapely.contains(area, pts)
    odd = ~shapely.contains(faces, pts)
    if odd.any():
        inside[odd] = shapely.area(shapely.intersection(faces[odd], area)) > 0.5 * shapely.area(
            faces[odd]
        )
    faces, pts = faces[inside], pts[inside]
    which = np.full(len(faces), -1)
    # GEOS may put the "interior" point of a spiky face on its boundary: classify such
    # faces by the area they share with each layer instead.
    odd = ~shapely.contains(faces, pts)
    for i, (_, geom) in enumerate(layers):
        shapely.prepare(geom)
        free = np.flatnonzero((which < 0) & ~odd)
        which[free[shapely.contains(geom, pts[free])]] = i
        free = np.flatnonzero((which < 0) & odd)
        if len(free):
            share = shapely.area(shapely.intersection(faces[free], geom))
            which[free[share > 0.5 * shapely.area(faces[free])]] = i
    lost = np.flatnonzero(which < 0)
    if default is None and len(lost):
        # slivers between nearly coincident edges go to the nearest layer
        if shapely.area(faces[lost]).max() > 1.0:
            raise RuntimeError("a face of the partition belongs to no layer")
        dist = np.column_stack([shapely.distance(pts[lost], g) for _, g in layers])
        which[lost] = np.argmin(dist, axis=1)
    attrs = [a for a, _ in layers] + [default]
    keys = [tuple(sorted(a.items())) if a else () for a in attrs]
    group = np.array([keys.index(keys[i]) for i in range(len(keys))])[which]
    parts = []
    for g in np.unique(group):
        parts.append((attrs[g], shapely.coverage_union_all(faces[group == g])))
    return _explode(parts)

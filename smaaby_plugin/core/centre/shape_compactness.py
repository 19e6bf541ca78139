"""Shape-compactness indices of polygons, vectorised over whole arrays of shapes.

Every index is dimensionless, lies in (0, 1] for ordinary shapes and equals 1 for a
circle. Definitions and sources (see also ``docs/centre.md``):

- Polsby-Popper ``4 pi A / P**2`` (Polsby & Popper 1991).
- Schwartzberg ``2 pi r / P`` with ``r = sqrt(A / pi)``, the radius of the equal-area
  circle; it is the square root of Polsby-Popper (Schwartzberg 1965).
- Reock ``A / (pi R**2)`` with ``R`` the radius of the minimum bounding circle
  (Reock 1961).
- Convex-hull ratio ``A / area(convex hull)``.
- Normalised moment of inertia ``NMI = A**2 / (2 pi I)``, ``I`` the polar second moment
  of area about the centroid (Li, Goodchild & Church 2013), computed exactly from the
  vertices (the polygon moment formula, holes subtracted).
- Angel, Parent & Civco (2010), "Ten compactness properties of circles", The Canadian
  Geographer 54(4): 441-461:

  - proximity ``(2/3) r / mean distance of the shape's points to its centroid``,
    computed *exactly* by integrating over the triangle fan of every ring (no sampling);
  - cohesion ``(128 / (45 pi)) r / mean distance between two points of the shape``
    (128/(45 pi) = 0.90541 is the disc's value, Angel et al. round it to 0.9054);
    sampled on a grid (see below);
  - spin ``0.5 r**2 / mean squared distance to the centroid``, computed from the exact
    second moment, which makes it identical to NMI;
  - exchange ``area(shape intersected with the equal-area circle on the centroid) / A``,
    by polygon clipping with a 256-gon whose area equals the circle's;
  - depth ``3 * mean distance of the shape's points to its boundary / r``, sampled on a
    grid;
  - girth ``radius of the largest inscribed circle / r`` (GEOS's maximum inscribed
    circle, tolerance 0.001 r, so girth is within 0.001 of the exact value);
  - range ``r / R`` (the square root of Reock).

Multi-part polygons are measured as one shape (one area, one perimeter, one centroid,
one point set); holes are not part of the shape.

Sampling (cohesion, depth). The points are the centres of a square grid laid in the
frame of the shape's principal axes of inertia, centred on the rectangle along them
that holds the shape, with spacing
``h = sqrt(A / n)`` so that about ``n`` cells cover the shape (``n`` =
``sample_points``). Cells cut by the boundary count with the share of the cell inside
(estimated from the signed distance of the cell centre to the boundary) and stand at
the middle of their covered strip. The grid moves, turns and scales with the shape, so
the sampled indices are deterministic and (up to the arbitrary axes of shapes whose
inertia is the same in every direction, such as squares) invariant under
translation, rotation and scaling. The mean interpoint distance counts each cell's
distance to itself as the mean distance within one cell, ``c h`` with
``c = 0.5214054`` (the mean distance between two random points of a unit square). The
mean distance to the boundary subtracts the midpoint rule's leading error
``h**2 P / (24 A)``. The errors measured against closed forms are listed in
``docs/centre.md`` (``bench/bench_shapecompactness.py --accuracy`` measures them): at
the default 400 points within 0.1 % for cohesion and 0.2 % for depth.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
import pandas as pd
import shapely
from scipy.spatial.distance import cdist

from smaaby_plugin.core.centre._sampling import (
    LatticeFrame,
    lattice_distance_sums,
    lattice_inside,
    line_segments,
    nearest_segments,
)
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.parallel import run_chunks
from smaaby_plugin.core.polygons import representative_points
from smaaby_plugin.core.progress import Progress

__all__ = [
    "INDICES",
    "INDEX_LABELS",
    "DEFAULT_SAMPLE_POINTS",
    "UNIT_SQUARE_MEAN_DISTANCE",
    "DISC_MEAN_DISTANCE",
    "compactness",
    "grid_sample",
    "distance_boundary",
    "mean_distance_to_boundary",
    "mean_distance_to_centroid",
    "mean_interpoint_distance",
    "polar_moment",
    "second_moments",
]

#: Index keys in output order; they are also the output field names.
INDICES: tuple[str, ...] = (
    "polsby_popper",
    "schwartzberg",
    "reock",
    "convex_hull",
    "nmi",
    "proximity",
    "cohesion",
    "spin",
    "exchange",
    "depth",
    "girth",
    "range",
)

#: Human-readable names with the formula, for menus and help texts.
INDEX_LABELS: dict[str, str] = {
    "polsby_popper": "Polsby-Popper (4πA/P²)",
    "schwartzberg": "Schwartzberg (2πr/P)",
    "reock": "Reock (A / minimum bounding circle)",
    "convex_hull": "Convex-hull ratio (A / hull area)",
    "nmi": "Normalised moment of inertia (A²/2πI)",
    "proximity": "Proximity (Angel et al.; exact)",
    "cohesion": "Cohesion (Angel et al.; sampled)",
    "spin": "Spin (Angel et al.; exact second moment)",
    "exchange": "Exchange (Angel et al.)",
    "depth": "Depth (Angel et al.; sampled)",
    "girth": "Girth (Angel et al.; largest inscribed circle)",
    "range": "Range (Angel et al.; r / minimum bounding circle radius)",
}

#: Default number of grid points per shape for the sampled indices.
DEFAULT_SAMPLE_POINTS: int = 400

#: Mean distance between two uniform random points of the unit square,
#: (2 + sqrt 2 + 5 ln(1 + sqrt 2)) / 15.
UNIT_SQUARE_MEAN_DISTANCE: float = (2.0 + np.sqrt(2.0) + 5.0 * np.log1p(np.sqrt(2.0))) / 15.0

#: Mean distance between two uniform random points of the unit disc, 128 / (45 pi).
DISC_MEAN_DISTANCE: float = 128.0 / (45.0 * np.pi)


_MIC_RELATIVE_TOLERANCE = 1e-3
# The grid is moved off the shape's centre by these fractions of a cell, so that the
# symmetry axes of regular shapes (where the distance to the boundary has a ridge) do
# not fall on rows of cell centres or cell edges, which is the midpoint rule's worst case.
_GRID_OFFSET = ((np.sqrt(2.0) - 1.0) / 2.0, (np.sqrt(5.0) - 1.0) / 4.0)  # 0.207, 0.309
_CIRCLE_QUAD_SEGS = 64
_MAX_CANDIDATES_PER_POINT = 64
_BLOCK_POINTS = 200_000  # sample points per block of shapes


def _polygonal(geoms: np.ndarray) -> np.ndarray:
    """Check the geometry array and return a boolean mask of measurable shapes."""
    geoms = np.asarray(geoms, dtype=object)
    if geoms.ndim != 1:
        raise InputError("Expected a one-dimensional array of polygons.")
    type_id = shapely.get_type_id(geoms)
    missing = shapely.is_missing(geoms)
    empty = shapely.is_empty(geoms) | missing
    bad = ~empty & ~np.isin(type_id, (3, 6))  # 3 Polygon, 6 MultiPolygon
    if bad.any():
        raise InputError(
            f"{int(bad.sum())} geometries are not polygons (for example feature "
            f"{int(np.flatnonzero(bad)[0])}); compactness needs a polygon layer."
        )
    area = np.where(empty, 0.0, shapely.area(np.where(missing, shapely.Polygon(), geoms)))
    return ~empty & (area > 0)


def _segments(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """All ring edges of the shapes.

    Returns ``p1, p2`` (``(m, 2)`` edge ends), ``geom_index`` of each edge and the
    ring ``weight`` of each edge: +1 or -1 such that ``weight * signed ring sum`` adds
    the outer rings and subtracts the holes, whatever their orientation.
    """
    parts, part_geom = shapely.get_parts(geoms, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    exterior = np.ones(len(rings), dtype=bool)
    exterior[1:] = ring_part[1:] != ring_part[:-1]
    coords, coord_ring = shapely.get_coordinates(rings, return_index=True)
    same = coord_ring[1:] == coord_ring[:-1]
    p1 = coords[:-1][same]
    p2 = coords[1:][same]
    seg_ring = coord_ring[:-1][same]
    cross = p1[:, 0] * p2[:, 1] - p2[:, 0] * p1[:, 1]
    ring_area2 = np.bincount(seg_ring, weights=cross, minlength=len(rings))
    ring_weight = np.where(exterior, 1.0, -1.0) * np.sign(ring_area2)
    return p1, p2, part_geom[ring_part[seg_ring]], ring_weight[seg_ring]


def second_moments(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Area, centroid and central second moments of area, exactly.

    Uses the polygon formulas (sums over the edges of every ring, ``c_i = x_i y_i+1 -
    x_i+1 y_i``): ``A = 1/2 sum c_i``, ``S_x = 1/6 sum c_i (x_i + x_i+1)``,
    ``int x**2 dA = 1/12 sum c_i (x_i**2 + x_i x_i+1 + x_i+1**2)``,
    ``int x y dA = 1/24 sum c_i (x_i y_i+1 + 2 x_i y_i + 2 x_i+1 y_i+1 + x_i+1 y_i)``;
    holes are subtracted, and the moments are moved to the centroid with the
    parallel-axis theorem.

    Parameters
    ----------
    geoms : numpy.ndarray of shapely Polygon / MultiPolygon
        Non-empty polygonal shapes.

    Returns
    -------
    area : numpy.ndarray
        ``(n,)`` areas.
    centroid : numpy.ndarray
        ``(n, 2)`` centroids.
    moments : numpy.ndarray
        ``(n, 3)``: ``int (x - cx)**2 dA``, ``int (y - cy)**2 dA`` and
        ``int (x - cx)(y - cy) dA`` (units**4).
    """
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    # Work relative to a point near each shape, so large UTM coordinates lose no digits.
    ref = shapely.get_coordinates(shapely.point_on_surface(geoms))
    p1, p2, gi, w = _segments(geoms)
    p1 = p1 - ref[gi]
    p2 = p2 - ref[gi]
    x1, y1, x2, y2 = p1[:, 0], p1[:, 1], p2[:, 0], p2[:, 1]
    c = (x1 * y2 - x2 * y1) * w

    def total(values: np.ndarray) -> np.ndarray:
        return np.bincount(gi, weights=c * values, minlength=n)

    area = total(np.ones_like(c)) / 2.0
    with np.errstate(invalid="ignore", divide="ignore"):
        cx = total(x1 + x2) / 6.0 / area
        cy = total(y1 + y2) / 6.0 / area
    sxx = total(x1 * x1 + x1 * x2 + x2 * x2) / 12.0 - area * cx * cx
    syy = total(y1 * y1 + y1 * y2 + y2 * y2) / 12.0 - area * cy * cy
    sxy = total(x1 * y2 + 2 * x1 * y1 + 2 * x2 * y2 + x2 * y1) / 24.0 - area * cx * cy
    return area, np.column_stack([cx, cy]) + ref, np.column_stack([sxx, syy, sxy])


def polar_moment(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Area, centroid and polar second moment ``I = int |x - c|**2 dA``, exactly.

    See :func:`second_moments` for the formulas.

    Parameters
    ----------
    geoms : numpy.ndarray of shapely Polygon / MultiPolygon
        Non-empty polygonal shapes.

    Returns
    -------
    area, centroid, moment : numpy.ndarray
        ``(n,)`` areas, ``(n, 2)`` centroids and ``(n,)`` polar moments (units**4).

    Examples
    --------
    >>> import shapely
    >>> a, c, i = polar_moment(np.array([shapely.box(0, 0, 2, 1)]))
    >>> float(a[0]), c[0].tolist(), round(float(i[0]), 12)  # I = A (w**2 + h**2) / 12
    (2.0, [1.0, 0.5], 0.833333333333)
    """
    area, centroid, moments = second_moments(geoms)
    return area, centroid, moments[:, 0] + moments[:, 1]


def mean_distance_to_centroid(geoms: np.ndarray, centroids: np.ndarray | None = None) -> np.ndarray:
    """Exact mean distance from the points of each shape to its centroid.

    Each edge ``p1 p2`` spans a signed triangle with the centroid ``o``; over it
    ``integral |x - o| dA = (1/6) [d rho s + d**3 ln(rho + s)]`` between the edge ends,
    where ``d`` is the distance from ``o`` to the edge's line, ``s`` the position along
    the line measured from the foot of the perpendicular and ``rho = sqrt(d**2 + s**2)``
    (polar integration of ``rho**2`` up to the line ``rho = d / cos t``). The signed
    triangles add up to the shape, holes subtracted.

    Parameters
    ----------
    geoms : numpy.ndarray of shapely Polygon / MultiPolygon
        Non-empty polygonal shapes.
    centroids : numpy.ndarray, optional
        ``(n, 2)`` centroids; computed with :func:`polar_moment` when omitted.

    Returns
    -------
    numpy.ndarray
        ``(n,)`` mean distances, in the units of the coordinates.

    Examples
    --------
    >>> import shapely
    >>> d = mean_distance_to_centroid(np.array([shapely.box(0, 0, 1, 1)]))
    >>> bool(abs(d[0] - (np.sqrt(2) + np.log(1 + np.sqrt(2))) / 6) < 1e-12)
    True
    """
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    if centroids is None:
        area, centroids, _ = polar_moment(geoms)
    else:
        area = shapely.area(geoms)
    p1, p2, gi, w = _segments(geoms)
    p1 = p1 - centroids[gi]
    p2 = p2 - centroids[gi]
    edge = p2 - p1
    length = np.hypot(edge[:, 0], edge[:, 1])
    keep = length > 0
    p1, p2, edge, length, gi, w = p1[keep], p2[keep], edge[keep], length[keep], gi[keep], w[keep]
    u = edge / length[:, None]
    d_signed = p1[:, 0] * u[:, 1] - p1[:, 1] * u[:, 0]
    d = np.abs(d_signed)
    s1 = (p1 * u).sum(axis=1)
    s2 = (p2 * u).sum(axis=1)
    rho1 = np.hypot(p1[:, 0], p1[:, 1])
    rho2 = np.hypot(p2[:, 0], p2[:, 1])
    with np.errstate(divide="ignore", invalid="ignore"):
        integral = (_edge_primitive(d, s2, rho2) - _edge_primitive(d, s1, rho1)) / 6.0
    # An edge on a line through the centroid spans no area.
    integral = np.where(d > 1e-12 * np.maximum(length, 1.0), integral, 0.0)
    total = np.bincount(gi, weights=np.sign(d_signed) * w * integral, minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        return total / area


def _edge_primitive(d: np.ndarray, s: np.ndarray, rho: np.ndarray) -> np.ndarray:
    """``d rho s + d**3 ln(rho + s)``, with ``rho + s`` taken as ``d**2 / (rho - s)``
    for ``s < 0`` where the direct sum cancels."""
    log_term = np.where(
        s >= 0,
        np.log(rho + np.abs(s)),
        2.0 * np.log(d) - np.log(rho + np.abs(s)),
    )
    return d * rho * s + d**3 * log_term


class GridSample(NamedTuple):
    """Weighted grid points of shapes (see :func:`grid_sample`)."""

    #: ``(m, 2)`` point coordinates, grouped by shape in input order.
    xy: np.ndarray
    #: ``(m,)`` index of the shape each point stands for.
    geom_index: np.ndarray
    #: ``(m,)`` weights in (0, 1].
    weight: np.ndarray
    #: ``(m,)`` signed distance to the boundary for boundary cells, NaN elsewhere.
    edge_distance: np.ndarray
    #: ``(n,)`` grid spacing ``h`` used for each shape.
    spacing: np.ndarray
    #: ``(m,)`` distance of each cell centre to the boundary (NaN where not measured).
    depth: np.ndarray
    #: ``(m,)`` lattice column and row of each cell (-1 for a representative point).
    col: np.ndarray
    row: np.ndarray
    #: ``(n,)`` lattice columns and rows of each shape's final grid.
    nx: np.ndarray
    ny: np.ndarray


def grid_sample(
    geoms: np.ndarray,
    n_points: int,
    area: np.ndarray | None = None,
    boundary: np.ndarray | None = None,
    interior_distance: bool = False,
) -> GridSample:
    """Weighted grid points covering each shape, about ``n_points`` per shape.

    The grid has spacing ``h = sqrt(A / n_points)``, is aligned with the shape's
    principal axes of inertia and centred on the rectangle along them that holds the
    boundary, then moved by (0.207 h, 0.309 h) so that symmetry axes do not fall on
    rows of points; each point stands for the ``h x h``
    cell around it. Cells away from the boundary have weight 1. Cells next to a change
    between inside and outside are boundary cells: with ``s`` the signed distance from
    their centre to the shape's boundary (positive inside), their weight is the share
    of the cell inside a straight boundary, ``clip(0.5 + s / h, 0, 1)``, so partly
    covered cells count in part whether their centre lies inside or not. Shapes too
    thin or ragged for the grid (fewer than ``n_points / 4`` centres inside) get a grid
    twice as fine, up to four times.

    All shapes are done at once in arrays (``core/centre/_sampling.py``): inside or
    not by the even-odd rule along the grid rows over every ring's edges, distances as
    point-to-segment distances to the nearest edge found by pruning in tiles of cells.

    Parameters
    ----------
    geoms : numpy.ndarray of shapely Polygon / MultiPolygon
        Non-empty polygonal shapes with positive area.
    n_points : int
        Target number of points per shape (>= 1).
    area : numpy.ndarray, optional
        Areas of the shapes, if already known.
    boundary : numpy.ndarray, optional
        Boundaries to measure distances to (default: the exact boundaries; see
        :func:`distance_boundary` for a faster simplified one).
    interior_distance : bool
        Also measure the distance to the boundary of the interior cells (``depth``).

    Returns
    -------
    GridSample

    Examples
    --------
    >>> import shapely
    >>> s = grid_sample(np.array([shapely.box(0, 0, 4, 4)]), 16)
    >>> len(s.xy), round(float(s.weight.sum()), 1), float(s.spacing[0])  # 16 cells' worth
    (24, 16.2, 1.0)
    """
    geoms = np.asarray(geoms, dtype=object)
    if n_points < 1:
        raise InputError("The number of sample points must be at least 1.")
    if area is None:
        area = shapely.area(geoms)
    n = len(geoms)
    if boundary is None:
        boundary = shapely.boundary(geoms)
    # The frame: the shape's principal axes of inertia (exact, computed here rather than
    # by GEOS, whose minimum rectangle changed with version 3.12), and the rectangle
    # along them that holds the boundary.
    _, centroid, mom = second_moments(geoms)
    angle = 0.5 * np.arctan2(2.0 * mom[:, 2], mom[:, 0] - mom[:, 1])
    u1 = np.column_stack([np.cos(angle), np.sin(angle)])
    u2 = np.column_stack([-u1[:, 1], u1[:, 0]])
    coords, owner = shapely.get_coordinates(boundary, return_index=True)
    rel = coords - centroid[owner]
    along = (rel * u1[owner]).sum(axis=1)
    across = (rel * u2[owner]).sum(axis=1)
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    lo1, hi1 = np.minimum.reduceat(along, starts), np.maximum.reduceat(along, starts)
    lo2, hi2 = np.minimum.reduceat(across, starts), np.maximum.reduceat(across, starts)
    # An axis is a line, not a direction: point each one to the side where the shape
    # reaches farther, so the (off-centre) grid sits the same way on a turned shape.
    flip1 = hi1 + lo1 < 0
    flip2 = hi2 + lo2 < 0
    u1[flip1] *= -1.0
    u2[flip2] *= -1.0
    lo1, hi1 = np.where(flip1, -hi1, lo1), np.where(flip1, -lo1, hi1)
    lo2, hi2 = np.where(flip2, -hi2, lo2), np.where(flip2, -lo2, hi2)
    centre = centroid + ((lo1 + hi1) / 2.0)[:, None] * u1 + ((lo2 + hi2) / 2.0)[:, None] * u2
    len1 = hi1 - lo1
    len2 = hi2 - lo2
    spacing = np.sqrt(area / n_points)
    # Edges: the shapes' rings decide inside or not, the (simplified) boundary distances.
    ring_a, ring_b, ring_owner, _ = _segments(geoms)
    line_a, line_b, line_owner = line_segments(boundary)
    grid_nx = np.zeros(n, dtype=np.int64)
    grid_ny = np.zeros(n, dtype=np.int64)

    parts: list[tuple[np.ndarray, ...]] = []
    todo = np.arange(n)
    for _refinement in range(5):
        h = spacing[todo]
        # Two cells more than the rectangle needs, so the rim lies at least half a cell
        # outside the shape; the tiny shrink keeps exact multiples (k x k cells)
        # from gaining a row through floating-point noise.
        nx = np.ceil(len1[todo] / h * (1 - 1e-9)).astype(np.int64) + 2
        ny = np.ceil(len2[todo] / h * (1 - 1e-9)).astype(np.int64) + 2
        over = nx * ny > _MAX_CANDIDATES_PER_POINT * n_points
        if over.any():  # a long, ragged shape: a coarser grid rather than run out of memory
            h = h.copy()
            h[over] *= np.sqrt(nx[over] * ny[over] / (_MAX_CANDIDATES_PER_POINT * n_points))
            spacing[todo[over]] = h[over]
            nx[over] = np.ceil(len1[todo[over]] / h[over]).astype(np.int64) + 2
            ny[over] = np.ceil(len2[todo[over]] / h[over]).astype(np.int64) + 2
        frame = LatticeFrame(todo, centre, u1, u2, h, nx, ny, _GRID_OFFSET)
        count = nx * ny
        first = np.cumsum(count) - count
        local = np.repeat(np.arange(len(todo)), count)
        k = np.arange(count.sum()) - first[local]
        col = k % nx[local]
        row = k // nx[local]
        g = todo[local]
        ra, rb, ro = frame.edges(ring_a, ring_b, ring_owner)
        inside = lattice_inside(ra[:, 0], ra[:, 1], rb[:, 0], rb[:, 1], ro, nx, ny)
        # A cell is a boundary cell when one of its four neighbours differs. The grid
        # rim is always outside.
        edge = np.zeros(len(k), dtype=bool)
        flip = (inside[:-1] != inside[1:]) & (col[:-1] < nx[local[:-1]] - 1)
        edge[:-1] |= flip
        edge[1:] |= flip
        below = np.flatnonzero(row < ny[local] - 1)
        above = below + nx[local[below]]
        flip = inside[below] != inside[above]
        edge[below[flip]] = True
        edge[above[flip]] = True
        found = np.bincount(local[inside], minlength=len(todo))
        ok = found >= max(1, n_points // 4)
        take = np.flatnonzero(ok[local] & (inside | edge))
        col, row, local, g, inside, edge = (a[take] for a in (col, row, local, g, inside, edge))
        pts = frame.world(local, col, row)
        # Distances to the boundary, in cells: boundary cells always, interior ones for
        # depth.
        measure = np.flatnonzero(edge | interior_distance)
        la, lb, lo = frame.edges(line_a, line_b, line_owner)
        dist_cells, fx, fy = nearest_segments(
            col[measure], row[measure], local[measure],
            la[:, 0], la[:, 1], lb[:, 0], lb[:, 1], lo, len(todo),
        )  # fmt: skip
        depth = np.full(len(take), np.nan)
        depth[measure] = dist_cells * h[local[measure]]
        near = np.flatnonzero(edge)
        at = np.searchsorted(measure, near)
        foot = frame.world(local[near], fx[at], fy[at])
        dist = depth[near]
        signed = np.full(len(take), np.nan)
        signed[near] = dist * np.where(inside[near], 1.0, -1.0)
        weight = np.ones(len(take))
        weight[near] = np.clip(0.5 + signed[near] / h[local[near]], 0.0, 1.0)
        # A partly covered cell stands at the middle of its covered strip, w h / 2
        # inside the boundary, not at its centre (which would lengthen distances).
        part = weight[near] < 1.0
        inward = (pts[near] - foot) * np.where(inside[near], 1.0, -1.0)[:, None]
        with np.errstate(invalid="ignore", divide="ignore"):
            inward /= dist[:, None]
        moved = foot + inward * (weight[near] * h[local[near]] / 2.0)[:, None]
        pts[near] = np.where(part[:, None] & (dist[:, None] > 0), moved, pts[near])
        keep = weight > 0
        parts.append(tuple(a[keep] for a in (pts, g, weight, signed, depth, col, row)))
        grid_nx[todo[ok]] = nx[ok]
        grid_ny[todo[ok]] = ny[ok]
        todo = todo[~ok]
        if len(todo) == 0:
            break
        spacing[todo] /= 2.0
    if len(todo):
        # Still no cell centre inside: use the representative point, so no shape is lost.
        rep = representative_points(geoms[todo])
        none = np.full(len(todo), np.nan)
        depth = shapely.distance(shapely.points(rep), boundary[todo])
        minus = np.full(len(todo), -1, dtype=np.int64)
        parts.append((rep, todo, np.ones(len(todo)), none, depth, minus, minus))
    xy, gi, weight, signed, depth, col, row = (np.concatenate(p) for p in zip(*parts))
    order = np.argsort(gi, kind="stable")
    return GridSample(
        xy[order], gi[order], weight[order], signed[order], spacing, depth[order],
        col[order], row[order], grid_nx, grid_ny,
    )  # fmt: skip


def distance_boundary(geoms: np.ndarray, n_points: int, area: np.ndarray) -> np.ndarray:
    """Boundaries simplified by a thousandth of the grid spacing, for distances.

    Distances from a point to a boundary cost time in proportion to its vertices;
    Douglas-Peucker simplification within ``0.001 h`` changes every distance by at most
    that much (the Hausdorff distance between the two lines), which is below 0.03 % of
    the mean distance to the boundary of any shape sampled with ``n_points <= 10**5``,
    and makes a 4096-vertex circle a 240-vertex one.

    Parameters
    ----------
    geoms : numpy.ndarray of shapely Polygon / MultiPolygon
        The shapes.
    n_points : int
        Sample points per shape (sets ``h = sqrt(A / n_points)``).
    area : numpy.ndarray
        Areas of the shapes.

    Returns
    -------
    numpy.ndarray
        The simplified boundaries (lines).
    """
    tolerance = 1e-3 * np.sqrt(area / n_points)
    return shapely.simplify(shapely.boundary(geoms), tolerance, preserve_topology=False)


def mean_distance_to_boundary(sample: GridSample, perimeter: np.ndarray, area: np.ndarray):
    """Mean distance from the points of each shape to its boundary, from grid samples.

    Interior cells use the distance of their centre; a boundary cell of weight ``w``
    covers a strip of width ``w h`` along the boundary, whose mean distance is
    ``w h / 2`` (or the centre's distance when that is larger than ``h / 2``).
    The centre-of-cell rule errs by ``(h**2 / 24) * integral of the Laplacian`` of the
    distance, and that integral is ``-P`` (the flux of a unit gradient through the
    boundary), so ``h**2 P / (24 A)`` is subtracted.

    Parameters
    ----------
    sample : GridSample
        From :func:`grid_sample` with ``interior_distance=True``.
    perimeter : numpy.ndarray
        ``(n,)`` lengths of the boundaries distances were measured to.
    area : numpy.ndarray
        ``(n,)`` areas of the shapes.

    Returns
    -------
    numpy.ndarray
        ``(n,)`` weighted mean distances.
    """
    n = len(area)
    gi, weight, edge_distance, spacing = (
        sample.geom_index, sample.weight, sample.edge_distance, sample.spacing
    )  # fmt: skip
    h = spacing[gi]
    dist = np.where(edge_distance >= h / 2.0, edge_distance, weight * h / 2.0)
    interior = np.isnan(edge_distance)
    dist[interior] = sample.depth[interior]
    mean = np.bincount(gi, weights=weight * dist, minlength=n) / np.bincount(
        gi, weights=weight, minlength=n
    )
    return mean - spacing**2 * perimeter / (24.0 * area)


def mean_interpoint_distance(sample: GridSample, n: int) -> np.ndarray:
    """Mean distance between two points of each shape, from weighted grid samples.

    ``(sum_i!=j w_i w_j |x_i - x_j| + sum_i w_i**2 c h) / (sum_i w_i)**2``; ``c h``
    (``c`` = :data:`UNIT_SQUARE_MEAN_DISTANCE`) is the mean distance within one grid
    cell and stands in for the zero distance of a point to itself.

    Parameters
    ----------
    sample : GridSample
        From :func:`grid_sample` (points grouped by shape).
    n : int
        Number of shapes.

    Returns
    -------
    numpy.ndarray
        ``(n,)`` mean interpoint distances.
    """
    xy, gi, weight, spacing = sample.xy, sample.geom_index, sample.weight, sample.spacing
    # The full cells stand on the lattice: their pair sum comes from the lattice's
    # autocorrelation (lattice_distance_sums). Only the few boundary cells (weight
    # v = w < 1, moved) are paired directly: with F the full cells and B the others,
    # sum_ij w_i w_j d_ij = S_FF + 2 v_B . D_B,all . w - v_B . D_BB . v_B.
    full = (weight == 1.0) & (sample.col >= 0)
    total = (
        lattice_distance_sums(sample.col[full], sample.row[full], gi[full], sample.nx, sample.ny)
        * spacing
    )
    counts = np.bincount(gi, minlength=n)
    starts = np.cumsum(counts) - counts
    partial = np.flatnonzero(~full)
    p_counts = np.bincount(gi[partial], minlength=n)
    p_starts = np.cumsum(p_counts) - p_counts
    for s in np.flatnonzero(p_counts * (counts > 1)):
        a, m = starts[s], counts[s]
        rows_at = partial[p_starts[s] : p_starts[s] + p_counts[s]]
        rows = cdist(xy[rows_at], xy[a : a + m])
        vp = weight[rows_at]
        total[s] += 2.0 * vp @ (rows @ weight[a : a + m]) - vp @ rows[:, rows_at - a] @ vp
    w_sum = np.bincount(gi, weights=weight, minlength=n)
    w_sq = np.bincount(gi, weights=weight * weight, minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (total + w_sq * UNIT_SQUARE_MEAN_DISTANCE * spacing) / (w_sum * w_sum)


def compactness(
    geoms: np.ndarray,
    indices: Sequence[str] | None = None,
    sample_points: int = DEFAULT_SAMPLE_POINTS,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Compactness indices of every shape.

    Parameters
    ----------
    geoms : numpy.ndarray of shapely geometries
        Polygons or multipolygons in a projected CRS (the indices do not depend on the
        unit, but a geographic CRS distorts shapes). Empty, missing and zero-area
        shapes give NaN.
    indices : sequence of str, optional
        Keys from :data:`INDICES`; all when omitted. The output columns follow the
        order of :data:`INDICES`.
    sample_points : int
        Grid points per shape for cohesion and depth (see the module docstring).
    progress : Progress, optional
        Called with the fraction done (0..1) between blocks of shapes; it raises
        :class:`~smaaby_plugin.core.errors.Cancelled` to stop (see ``core.progress``).

    Returns
    -------
    pandas.DataFrame
        One row per input shape, one column per requested index.

    Raises
    ------
    InputError
        For non-polygon geometries, an unknown index or fewer than 1 sample point.

    Examples
    --------
    >>> import shapely
    >>> df = compactness(np.array([shapely.box(0, 0, 1, 1)]), ["polsby_popper", "reock"])
    >>> round(float(df.polsby_popper[0]), 6), round(float(df.reock[0]), 6)  # pi/4, 2/pi
    (0.785398, 0.63662)
    """
    geoms = np.asarray(geoms, dtype=object)
    wanted = list(INDICES) if indices is None else list(indices)
    unknown = [k for k in wanted if k not in INDICES]
    if unknown:
        raise InputError(
            f"Unknown compactness index {', '.join(unknown)}; choose from {', '.join(INDICES)}."
        )
    if int(sample_points) < 1:
        raise InputError("SAMPLE_POINTS must be at least 1.")
    wanted = [k for k in INDICES if k in wanted]
    ok = np.flatnonzero(_polygonal(geoms))
    values = {k: np.full(len(geoms), np.nan) for k in wanted}
    # Blocks of shapes keep memory bounded (sample points) and, sized by the pace, let a
    # cancel take effect within a fraction of a second; each shape's values do not depend
    # on the block it is in, so the blocks run on every core (GEOS and numpy release the
    # GIL for most of the work).
    sampled = bool({"cohesion", "depth"} & set(wanted))
    largest = max(1, _BLOCK_POINTS // int(sample_points)) if sampled else 5000

    def block(part: slice) -> None:
        rows = ok[part]
        for key, column in _indices_of(geoms[rows], wanted, int(sample_points)).items():
            values[key][rows] = column

    run_chunks(len(ok), block, progress, first=16, largest=largest)
    return pd.DataFrame(values, columns=wanted)


def _indices_of(g: np.ndarray, wanted: list[str], sample_points: int) -> dict[str, np.ndarray]:
    """The wanted indices of non-empty polygonal shapes ``g``."""
    want = set(wanted)
    n = len(g)
    area = shapely.area(g)
    r = np.sqrt(area / np.pi)
    res: dict[str, np.ndarray] = {}
    if want & {"polsby_popper", "schwartzberg"}:
        perimeter = shapely.length(g)
        res["polsby_popper"] = 4.0 * np.pi * area / perimeter**2
        res["schwartzberg"] = 2.0 * np.pi * r / perimeter
    if want & {"reock", "range"}:
        big_r = shapely.minimum_bounding_radius(g)
        res["reock"] = area / (np.pi * big_r**2)
        res["range"] = r / big_r
    if "convex_hull" in want:
        res["convex_hull"] = area / shapely.area(shapely.convex_hull(g))
    if want & {"nmi", "spin", "proximity", "exchange"}:
        m_area, centroid, moment = polar_moment(g)
        nmi = m_area**2 / (2.0 * np.pi * moment)
        res["nmi"] = nmi
        res["spin"] = nmi  # 0.5 r**2 / (I / A) = A**2 / (2 pi I), the same number
        if "proximity" in want:
            res["proximity"] = (2.0 / 3.0) * r / mean_distance_to_centroid(g, centroid)
        if "exchange" in want:
            res["exchange"] = _exchange(g, area, centroid)
    if want & {"cohesion", "depth"}:
        boundary = distance_boundary(g, sample_points, area)
        sample = grid_sample(g, sample_points, area, boundary, interior_distance="depth" in want)
        if "depth" in want:
            mean_d = mean_distance_to_boundary(sample, shapely.length(boundary), area)
            res["depth"] = 3.0 * mean_d / r
        if "cohesion" in want:
            res["cohesion"] = DISC_MEAN_DISTANCE * r / mean_interpoint_distance(sample, n)
    if "girth" in want:
        res["girth"] = _inscribed_radius(g, r) / r
    return {k: res[k] for k in wanted}


def _exchange(g: np.ndarray, area: np.ndarray, centroid: np.ndarray) -> np.ndarray:
    """Share of the shape inside the equal-area circle centred on its centroid."""
    sides = 4 * _CIRCLE_QUAD_SEGS
    # Enlarge the polygonal circle so its area equals pi r**2 exactly.
    r = np.sqrt(area / np.pi) * np.sqrt(2.0 * np.pi / sides / np.sin(2.0 * np.pi / sides))
    circles = shapely.buffer(shapely.points(centroid), r, quad_segs=_CIRCLE_QUAD_SEGS)
    return shapely.area(shapely.intersection(g, circles)) / area


def _inscribed_radius(g: np.ndarray, r: np.ndarray) -> np.ndarray:
    """Radius of the largest inscribed circle, within ``0.001 r``."""
    tol = _MIC_RELATIVE_TOLERANCE * r
    if hasattr(shapely, "maximum_inscribed_circle"):  # shapely >= 2.1
        return shapely.length(shapely.maximum_inscribed_circle(g, tol))
    # shapely 2.0: polylabel works on single polygons only, so take the best part.
    from shapely.ops import polylabel  # noqa: PLC0415

    parts, part_geom = shapely.get_parts(g, return_index=True)
    centres = np.array(
        [polylabel(p, tolerance=t) for p, t in zip(parts, tol[part_geom])], dtype=object
    )
    radius = shapely.distance(centres, shapely.boundary(parts))
    best = np.zeros(len(g))
    np.maximum.at(best, part_geom, radius)
    return best

"""Array kernels for the sampled compactness indices: point in polygon on a lattice,
nearest boundary segment, and sums of distances between lattice points.

Everything works on many shapes at once. Coordinates are each shape's lattice
coordinates (the lattice node ``(col, row)`` sits at ``x = col, y = row``); edges and
points carry the index of the shape (``owner``) they belong to.

- :func:`lattice_inside`: the even-odd rule by rows (each edge toggles the cells of the
  rows it crosses that lie right of the crossing; a running sum along each row gives the
  parity), exact for nodes not on the boundary and ``O(nodes + crossings)``.
- :func:`nearest_segments`: distance and foot point on the nearest edge, by pruning in
  tiles of nodes: an edge whose distance from a tile's centre exceeds the tile's nearest
  edge distance by more than the tile's diameter cannot be the nearest edge of any node in
  the tile (the distance is 1-Lipschitz), so only the remaining edges are measured.
- :func:`lattice_distance_sums`: ``sum_i!=j |x_i - x_j|`` over the nodes of each shape's
  lattice set, from the autocorrelation of the node image (FFT, rounded to the integer
  counts it is made of) against the table of offset lengths.
"""

from __future__ import annotations

import numpy as np
import shapely
from scipy import fft as sfft

__all__ = [
    "LatticeFrame",
    "lattice_distance_sums",
    "lattice_inside",
    "line_segments",
    "nearest_segments",
]

_TILES = (8, 2)  # tile sides (in nodes) of the pruning levels, coarse to fine
_FFT_CELLS = 1 << 22  # padded lattice cells per FFT batch (memory bound, ~32 MB)


def _starts(counts: np.ndarray) -> np.ndarray:
    return np.cumsum(counts) - counts


def _csr_take(starts: np.ndarray, counts: np.ndarray, which: np.ndarray):
    """Flat indices of the ranges ``starts[which] + [0, counts[which])``, and the
    position in ``which`` each one belongs to (grouped in order)."""
    c = counts[which]
    owner = np.repeat(np.arange(len(which)), c)
    offset = np.arange(c.sum()) - np.repeat(_starts(c), c)
    return starts[which][owner] + offset, owner


def lattice_inside(
    ax: np.ndarray,
    ay: np.ndarray,
    bx: np.ndarray,
    by: np.ndarray,
    edge_owner: np.ndarray,
    nx: np.ndarray,
    ny: np.ndarray,
) -> np.ndarray:
    """Whether each lattice node lies inside its shape (even-odd rule over all rings).

    Parameters
    ----------
    ax, ay, bx, by : numpy.ndarray
        Edge ends in the lattice coordinates of their shape.
    edge_owner : numpy.ndarray
        Shape of each edge (``0 .. len(nx) - 1``).
    nx, ny : numpy.ndarray
        Lattice columns and rows of each shape; nodes are ``0..nx-1`` by ``0..ny-1``.

    Returns
    -------
    numpy.ndarray
        Booleans for the nodes of every shape in turn, row by row (``row * nx + col``).

    Examples
    --------
    >>> sq = np.array([[0.5, 0.5], [2.5, 0.5], [2.5, 2.5], [0.5, 2.5], [0.5, 0.5]])
    >>> a, b = sq[:-1], sq[1:]
    >>> inside = lattice_inside(a[:, 0], a[:, 1], b[:, 0], b[:, 1], np.zeros(4, int),
    ...                         np.array([4]), np.array([4]))
    >>> inside.reshape(4, 4).astype(int).tolist()
    [[0, 0, 0, 0], [0, 1, 1, 0], [0, 1, 1, 0], [0, 0, 0, 0]]
    """
    nx = np.asarray(nx, dtype=np.int64)
    ny = np.asarray(ny, dtype=np.int64)
    width = nx + 1  # one spare column per row takes the crossings right of every node
    base = _starts(width * ny)
    # pnpoly's rule: an edge crosses row j when exactly one end lies above j.
    lo = np.maximum(np.ceil(np.minimum(ay, by)), 0).astype(np.int64)
    hi = np.minimum(np.ceil(np.maximum(ay, by)) - 1, ny[edge_owner] - 1).astype(np.int64)
    # ceil(min) .. ceil(max) - 1 are the j with min <= j < max; pnpoly needs min <= j < max
    # as (ay > j) != (by > j), which is the same set.
    count = np.maximum(hi - lo + 1, 0)
    edge = np.repeat(np.arange(len(ax)), count)
    j = lo[edge] + (np.arange(count.sum()) - np.repeat(_starts(count), count))
    with np.errstate(invalid="ignore", divide="ignore"):
        xc = ax[edge] + (j - ay[edge]) * (bx[edge] - ax[edge]) / (by[edge] - ay[edge])
    g = edge_owner[edge]
    # The crossing is left of the nodes col > xc; it toggles them from column floor+1 on.
    first = np.clip(np.floor(xc) + 1, 0, nx[g]).astype(np.int64)
    total = int((width * ny).sum())
    toggles = np.bincount(base[g] + j * width[g] + first, minlength=total)
    parity = np.cumsum(toggles) & 1
    # Each row starts afresh: subtract the running sum before the row's first cell (every
    # row is even in total, but the spare column keeps the cut clean).
    rows = np.repeat(np.arange(len(nx)), ny)
    row_start = base[rows] + (np.arange(len(rows)) - np.repeat(_starts(ny), ny)) * width[rows]
    before = np.where(row_start > 0, parity[np.maximum(row_start - 1, 0)], 0)
    cell_row = np.repeat(np.arange(len(rows)), nx[rows])
    cell = row_start[cell_row] + (np.arange(len(cell_row)) - np.repeat(_starts(nx[rows]), nx[rows]))
    return (parity[cell] ^ before[cell_row]).astype(bool)


def _squared_distance(px, py, ax, ay, dx, dy, inv_len2):
    """Squared distance from points to the segments ``a + t d``, ``0 <= t <= 1``."""
    rx = px - ax
    ry = py - ay
    t = rx * dx
    t += ry * dy
    t *= inv_len2
    np.clip(t, 0.0, 1.0, out=t)
    rx -= t * dx
    ry -= t * dy
    rx *= rx
    ry *= ry
    rx += ry
    return rx


def nearest_segments(
    col: np.ndarray,
    row: np.ndarray,
    owner: np.ndarray,
    ax: np.ndarray,
    ay: np.ndarray,
    bx: np.ndarray,
    by: np.ndarray,
    edge_owner: np.ndarray,
    n_owners: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distance from lattice nodes to the nearest edge of their shape, and the foot point.

    Parameters
    ----------
    col, row : numpy.ndarray
        Integer lattice positions of the query nodes.
    owner : numpy.ndarray
        Shape of each node.
    ax, ay, bx, by : numpy.ndarray
        Edge ends in the same lattice coordinates, grouped by ``edge_owner`` (ascending).
    edge_owner : numpy.ndarray
        Shape of each edge; every shape with nodes has at least one edge.
    n_owners : int
        Number of shapes.

    Returns
    -------
    distance, foot_x, foot_y : numpy.ndarray
        Per node, in lattice units.

    Examples
    --------
    >>> d, fx, fy = nearest_segments(np.array([0, 3]), np.array([0, 0]), np.array([0, 0]),
    ...     np.array([0.0, 2.0]), np.array([1.0, 2.0]), np.array([2.0, 2.0]),
    ...     np.array([1.0, -1.0]), np.array([0, 0]), 1)
    >>> d.tolist(), fx.tolist(), fy.tolist()
    ([1.0, 1.0], [0.0, 2.0], [1.0, 0.0])
    """
    col = np.asarray(col, dtype=np.int64)
    row = np.asarray(row, dtype=np.int64)
    if len(col) == 0:
        return np.zeros(0), np.zeros(0), np.zeros(0)
    dx = bx - ax
    dy = by - ay
    with np.errstate(divide="ignore"):
        inv = np.where((dx != 0) | (dy != 0), 1.0 / (dx * dx + dy * dy), 0.0)
    edges = (ax, ay, dx, dy, inv)

    def squared(px, py, e):
        return _squared_distance(px, py, *(np.take(a, e) for a in edges))

    e_count = np.bincount(edge_owner, minlength=n_owners)
    e_start = _starts(e_count)
    # Level 0: every edge of the tile's shape is a candidate; each level keeps, per tile,
    # the edges that can be nearest to one of its nodes, for the tiles inside it.
    k_start, k_count, k_edge = e_start, e_count, np.arange(len(ax))
    parent = owner
    for side in _TILES:
        tc, tr = col // side, row // side
        key = (owner * (int(tr.max()) + 1) + tr) * (int(tc.max()) + 1) + tc
        used, tile = np.unique(key, return_inverse=True)
        rep = np.empty(len(used), dtype=np.int64)
        rep[tile] = np.arange(len(tile))
        idx, c_query = _csr_take(k_start, k_count, parent[rep])
        c_edge = k_edge[idx]
        radius = (side - 1) / np.sqrt(2.0)
        d2 = squared(
            np.take(tc[rep] * side + (side - 1) / 2.0, c_query),
            np.take(tr[rep] * side + (side - 1) / 2.0, c_query),
            c_edge,
        )
        q_count = k_count[parent[rep]]
        best = np.sqrt(np.minimum.reduceat(d2, _starts(q_count)))
        # 1e-9 lattice units above the bound: rounding can never drop the nearest edge.
        keep = d2 <= np.take((best + 2.0 * radius + 1e-9) ** 2, c_query)
        k_edge = c_edge[keep]
        k_count = np.bincount(c_query[keep], minlength=len(rep))
        k_start = _starts(k_count)
        parent = tile
    # The nodes themselves against their finest tile's candidates.
    idx, node = _csr_take(k_start, k_count, parent)
    e = k_edge[idx]
    d2 = squared(np.take(col, node).astype(float), np.take(row, node).astype(float), e)
    starts = _starts(k_count[parent])
    best = np.minimum.reduceat(d2, starts)
    # The first candidate reaching the minimum gives the foot.
    hit = np.flatnonzero(d2 == np.take(best, node))
    first = e[hit[np.r_[True, node[hit][1:] != node[hit][:-1]]]]
    t = np.clip(((col - ax[first]) * dx[first] + (row - ay[first]) * dy[first]) * inv[first], 0, 1)
    return np.sqrt(best), ax[first] + t * dx[first], ay[first] + t * dy[first]


def lattice_distance_sums(
    col: np.ndarray, row: np.ndarray, owner: np.ndarray, nx: np.ndarray, ny: np.ndarray
) -> np.ndarray:
    """``sum over ordered pairs i != j of |x_i - x_j|`` over each shape's nodes (lattice
    units).

    The count of node pairs at each offset is the autocorrelation of the shape's node
    image; it is computed by FFT on a zero-padded image (so offsets do not wrap) and
    rounded to the integers it consists of, then weighted by the offsets' lengths.

    Parameters
    ----------
    col, row : numpy.ndarray
        Lattice positions of the nodes (distinct within a shape).
    owner : numpy.ndarray
        Shape of each node.
    nx, ny : numpy.ndarray
        Lattice size of each shape.

    Returns
    -------
    numpy.ndarray
        ``(len(nx),)`` sums.

    Examples
    --------
    >>> s = lattice_distance_sums(np.array([0, 1, 0]), np.array([0, 0, 1]),
    ...                           np.zeros(3, int), np.array([2]), np.array([2]))
    >>> round(float(s[0]), 12) == round(2 * (1 + 1 + np.sqrt(2)), 12)
    True
    """
    n = len(nx)
    out = np.zeros(n)
    sizes_y = np.array([sfft.next_fast_len(int(2 * v - 1), real=True) for v in ny], dtype=int)
    sizes_x = np.array([sfft.next_fast_len(int(2 * v - 1), real=True) for v in nx], dtype=int)
    counts = np.bincount(owner, minlength=n)
    starts = _starts(counts)
    order = np.argsort(owner, kind="stable")
    col, row = col[order], row[order]
    # Shapes with the same padded size go through one batched FFT.
    shape_key = sizes_y * (int(sizes_x.max(initial=1)) + 1) + sizes_x
    for key in np.unique(shape_key):
        members = np.flatnonzero(shape_key == key)
        py, px = int(sizes_y[members[0]]), int(sizes_x[members[0]])
        a = np.arange(py)
        b = np.arange(px)
        offset_y = np.minimum(a, py - a)[:, None]
        offset_x = np.minimum(b, px - b)[None, :]
        length = np.hypot(offset_y, offset_x)
        batch = max(1, _FFT_CELLS // (py * px))
        for s in range(0, len(members), batch):
            chunk = members[s : s + batch]
            idx, which = _csr_take(starts, counts, chunk)
            image = np.zeros((len(chunk), py, px))
            image[which, row[idx], col[idx]] = 1.0
            spectrum = sfft.rfft2(image, axes=(1, 2))
            pairs = sfft.irfft2(spectrum * spectrum.conj(), s=(py, px), axes=(1, 2))
            pairs = np.rint(pairs)
            out[chunk] = (pairs * length).sum(axis=(1, 2))
    return out


class LatticeFrame:
    """The lattices of the shapes being sampled: node ``(col, row)`` of shape ``todo[i]``
    stands at ``centre + (col - (nx - 1) / 2 + offset[0]) h u1 + (row - (ny - 1) / 2 +
    offset[1]) h u2`` (``centre``, ``u1``, ``u2`` indexed by shape, the rest by ``i``)."""

    def __init__(self, todo, centre, u1, u2, h, nx, ny, offset):
        self.todo = todo
        self.centre, self.u1, self.u2 = centre[todo], u1[todo], u2[todo]
        self.h = h
        self.c0 = (nx - 1) / 2.0 - offset[0]
        self.r0 = (ny - 1) / 2.0 - offset[1]
        self.where = np.full(len(centre), -1)
        self.where[todo] = np.arange(len(todo))

    def world(self, i, col, row):
        """World coordinates of lattice positions of shapes ``todo[i]``."""
        a = ((col - self.c0[i]) * self.h[i])[:, None]
        b = ((row - self.r0[i]) * self.h[i])[:, None]
        return self.centre[i] + a * self.u1[i] + b * self.u2[i]

    def edges(self, a, b, owner):
        """The edges of the shapes being sampled in their lattice coordinates, with the
        position of their shape in ``todo`` (grouped in ascending order)."""
        i = self.where[owner]
        sel = np.flatnonzero(i >= 0)
        i = i[sel]

        def lattice(p):
            rel = p[sel] - self.centre[i]
            return np.column_stack(
                [
                    (rel * self.u1[i]).sum(axis=1) / self.h[i] + self.c0[i],
                    (rel * self.u2[i]).sum(axis=1) / self.h[i] + self.r0[i],
                ]
            )

        return lattice(a), lattice(b), i


def line_segments(lines: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Segments of (multi)line geometries: ends and the index of their geometry."""
    parts, part_geom = shapely.get_parts(lines, return_index=True)
    coords, coord_part = shapely.get_coordinates(parts, return_index=True)
    same = np.flatnonzero(coord_part[1:] == coord_part[:-1])
    return coords[same], coords[same + 1], part_geom[coord_part[same]]

"""Nearest link of each point with a bounded search (the work of ``Network.attach``).

The rule is the one of ``STRtree.query_nearest(all_matches=True)``: the link at the
smallest GEOS distance, the lowest link index among links at exactly that distance. It is
found without a nearest-neighbour walk of the tree per point:

1. the distance to the nearest vertex of any link (a KD-tree) bounds the distance to the
   nearest link from above, so every candidate lies in a square of that half-width
   (capped at the snapping limit): one vectorised box query of the STRtree;
2. the point-segment distances of the candidates in numpy choose the link;
3. where two links are within a micrometre (numpy and GEOS round differently: a point at a
   junction is equally far from every link there), GEOS's distance decides among them, as
   ``query_nearest`` does.

Never imports ``qgis``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from scipy.spatial import cKDTree

__all__ = ["LinkIndex", "nearest_links"]

# near-ties: numpy distances this close to the smallest are checked with GEOS's
_TIE_REL = 1e-9
_TIE_ABS = 1e-6


@dataclass
class LinkIndex:
    """The search structures of a set of lines, built once per network."""

    lines: np.ndarray
    tree: shapely.STRtree
    vertices: cKDTree
    seg_a: np.ndarray  # (n_segments, 2) start of each segment
    seg_b: np.ndarray  # (n_segments, 2) end of each segment
    seg_start: np.ndarray  # (n_lines + 1,) first segment of each line

    @classmethod
    def build(cls, lines: np.ndarray, tree: shapely.STRtree) -> LinkIndex | None:
        """None when the lines are not all LineStrings with a vertex (the caller then
        uses ``query_nearest``)."""
        if len(lines) == 0 or np.any(shapely.get_type_id(lines) != 1):
            return None
        xy, owner = shapely.get_coordinates(lines, return_index=True)
        if len(xy) == 0:
            return None
        inner = np.flatnonzero(owner[1:] == owner[:-1])  # segment k: vertex k to k + 1
        seg_start = np.searchsorted(owner[inner], np.arange(len(lines) + 1))
        # segment starts: a point on every line (each line's last vertex is left out)
        vertices = cKDTree(xy[inner], balanced_tree=False, compact_nodes=False)
        return cls(lines, tree, vertices, xy[inner], xy[inner + 1], seg_start)


def nearest_links(index: LinkIndex, pts: np.ndarray, max_distance=None):
    """(i, line) pairs: for each point ``pts[i]`` with a line within ``max_distance``
    (None = any) of its box, the index of its nearest line (ties to the lowest index);
    the caller checks the distance against the limit, as after ``query_nearest``."""
    xy = shapely.get_coordinates(pts)
    # points in strips of 500 m sorted along y: neighbours query neighbouring tree nodes
    # (the KD query and the box query run 2-3 times faster than in input order)
    perm = np.lexsort((xy[:, 1], np.floor(xy[:, 0] / 500.0)))
    qi, li = _nearest(index, xy[perm], pts[perm], max_distance)
    qi = perm[qi]
    order = np.argsort(qi, kind="stable")
    return qi[order], li[order]


def _nearest(index: LinkIndex, xy: np.ndarray, pts: np.ndarray, max_distance):
    bound, _ = index.vertices.query(xy)
    radius = bound * (1 + _TIE_REL) + _TIE_ABS
    if max_distance is not None:
        radius = np.minimum(radius, max_distance * (1 + _TIE_REL) + _TIE_ABS)
    x, y = xy[:, 0], xy[:, 1]
    qi, li = index.tree.query(shapely.box(x - radius, y - radius, x + radius, y + radius))
    if len(qi) == 0:
        return qi, li
    # every segment of every candidate line: numpy point-segment distances
    n_seg = index.seg_start[li + 1] - index.seg_start[li]
    pair = np.repeat(np.arange(len(qi)), n_seg)
    first = np.cumsum(n_seg) - n_seg
    seg = index.seg_start[li][pair] + (np.arange(len(pair)) - first[pair])
    p, a, b = xy[qi[pair]], index.seg_a[seg], index.seg_b[seg]
    d = b - a
    length2 = np.einsum("ij,ij->i", d, d)
    t = np.einsum("ij,ij->i", p - a, d) / np.where(length2 > 0, length2, 1.0)
    foot = a + np.clip(t, 0.0, 1.0)[:, None] * d
    seg_dist = np.hypot(p[:, 0] - foot[:, 0], p[:, 1] - foot[:, 1])
    pair_dist = np.full(len(qi), np.inf)
    np.minimum.at(pair_dist, pair, seg_dist)
    # per point: the smallest, then the near-ties (a point's candidates are consecutive)
    order = np.lexsort((li, pair_dist, qi))
    qi, li, pair_dist = qi[order], li[order], pair_dist[order]
    head = np.r_[True, qi[1:] != qi[:-1]]
    best = np.maximum.accumulate(np.where(head, np.arange(len(qi)), 0))
    near = pair_dist <= pair_dist[best] * (1 + _TIE_REL) + _TIE_ABS
    n_near = np.bincount(best[near], minlength=len(qi))
    tied = near & (n_near[best] > 1)
    if tied.any():
        geos = np.full(len(qi), np.inf)
        k = np.flatnonzero(tied)
        geos[k] = shapely.distance(pts[qi[k]], index.lines[li[k]])
        # among a point's near-ties: smallest GEOS distance, then lowest index
        sub = np.lexsort((li[k], geos[k], qi[k]))
        k = k[sub]
        lead = np.r_[True, qi[k][1:] != qi[k][:-1]]
        li[best[k[lead]]] = li[k[lead]]
    keep = np.flatnonzero(head)
    return qi[keep], li[keep]

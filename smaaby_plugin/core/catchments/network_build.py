"""Building the network's links and junctions from line geometries (for ``build_graph``).

No QGIS here. Line ends (and, by default, vertices shared by several lines, as QGIS's
own graph builder does) are clustered within a tolerance: close pairs come from a sweep
along x (or a KD-tree), and connected components of the pair graph merge them (a
union-find), so rounding noise of 1e-5 m never splits a junction and chains of close
points become one. Lines are cut where an inner vertex is a junction. Coordinates are
never rounded to a grid: rounding splits points that straddle a grid line.

The functions here work on arrays only; :func:`smaaby_plugin.core.catchments.network.
build_graph` turns their result into a :class:`~smaaby_plugin.core.catchments.network.
Network` with costs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.progress import Progress, report

__all__ = ["Links", "NetworkStats", "explode_lines", "junction_links", "network_stats"]


@dataclass
class Links:
    """The links of a network between junctions (see :func:`junction_links`).

    Attributes
    ----------
    lines : ndarray of LineString
    feature : ndarray of int
        Index of the input feature per link.
    length : ndarray of float
        Metres (all > 0: zero-length pieces are dropped).
    from_node, to_node : ndarray of int
    node_xy : ndarray, shape (n_nodes, 2)
        A representative coordinate per junction (its first vertex).
    n_split : int
        Input lines cut at a vertex they share with another line.
    """

    lines: np.ndarray
    feature: np.ndarray
    length: np.ndarray
    from_node: np.ndarray
    to_node: np.ndarray
    node_xy: np.ndarray
    n_split: int


@dataclass
class NetworkStats:
    """Counts about a built network, for the log."""

    features: int
    links: int
    nodes: int
    components: int
    largest_component_nodes: int
    dangling_ends: int
    forward_only: int
    backward_only: int
    closed: int
    dropped_features: int
    split_at_shared_vertices: int

    def lines(self) -> list[str]:
        """Human-readable summary lines."""
        share = 100.0 * self.largest_component_nodes / max(self.nodes, 1)
        out = [
            f"{self.features} features -> {self.links} links, {self.nodes} nodes",
            f"{self.components} connected component(s); the largest holds "
            f"{self.largest_component_nodes} nodes ({share:.1f} %)",
            f"{self.dangling_ends} dangling end(s) (nodes with one link)",
            f"one-way: {self.forward_only} forward only, {self.backward_only} backward only,"
            f" {self.closed} closed both ways",
        ]
        if self.split_at_shared_vertices:
            out.append(
                f"{self.split_at_shared_vertices} link(s) split where they share a vertex "
                "with another line"
            )
        if self.dropped_features:
            out.append(
                f"{self.dropped_features} feature(s) without a usable line (zero length or "
                "degenerate) were skipped"
            )
        return out


def explode_lines(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """Single 2D LineStrings of line features, with their feature index.

    Missing, empty and one-point parts, and points (a degenerate line repaired into a
    point), are left out; rings become open lines, Z is dropped.

    Returns
    -------
    parts : ndarray of LineString
    feature : ndarray of int
        Index into ``geoms`` per part.
    dropped : int
        Features without a usable line.

    Examples
    --------
    >>> parts, feat, dropped = explode_lines(np.array([
    ...     shapely.MultiLineString([[(0, 0), (1, 0)], [(2, 0), (3, 0)]]), None]))
    >>> len(parts), feat.tolist(), dropped
    (2, [0, 0], 1)
    >>> explode_lines(np.array([shapely.LineString([(0, 0), (1, 0)]), shapely.Point(5, 5)]))[2]
    1
    """
    geoms = np.asarray(geoms, dtype=object)
    nfeat = len(geoms)
    present = ~shapely.is_missing(geoms)
    g2 = np.empty(nfeat, dtype=object)
    g2[present] = geoms[present]
    has_z = shapely.has_z(geoms[present])
    if has_z.any():  # force_2d rebuilds every geometry: only where needed
        g2[np.flatnonzero(present)[has_z]] = shapely.force_2d(geoms[present][has_z])
    singles = g2[present]
    if len(singles) and np.all(shapely.get_type_id(singles) == 1):
        # all LineStrings already: get_parts would only copy every geometry
        parts, pfeat = singles, np.flatnonzero(present)
    else:
        parts, pfeat = shapely.get_parts(singles, return_index=True)
        pfeat = np.flatnonzero(present)[pfeat]
    if len(parts):
        tid = shapely.get_type_id(parts)
        if np.any((tid == 3) | (tid == 6)):
            raise InputError("NETWORK must be a line layer; it holds polygons.")
        # points (a zero-length line repaired by make_valid becomes one) and lines with
        # fewer than two vertices are degenerate links: dropped and counted, not an error
        keep = (
            ((tid == 1) | (tid == 2))
            & ~shapely.is_empty(parts)
            & (shapely.get_num_coordinates(parts) >= 2)
        )
        parts, pfeat = parts[keep], pfeat[keep]
        ring = shapely.get_type_id(parts) == 2
        if ring.any():
            parts[ring] = shapely.linestrings(
                shapely.get_coordinates(parts[ring]),
                indices=np.repeat(
                    np.arange(int(ring.sum())), shapely.get_num_coordinates(parts[ring])
                ),
            )
    dropped = nfeat - len(np.unique(pfeat))
    if len(parts) == 0:
        raise InputError(
            "NETWORK has no usable lines (every link is missing, of zero length or "
            "degenerate); choose the road-line layer."
        )
    return parts, pfeat, dropped


def junction_links(
    parts: np.ndarray,
    part_feature: np.ndarray,
    snap_tolerance: float,
    split_at_shared_vertices: bool = True,
    progress: Progress | None = None,
) -> Links:
    """Links between junctions: vertices within ``snap_tolerance`` become one junction,
    and lines are cut at inner vertices that are junctions.

    Parameters
    ----------
    parts : array of LineString
        From :func:`explode_lines`.
    part_feature : array of int
        Input feature per part.
    snap_tolerance : float
        Metres.
    split_at_shared_vertices : bool
        Cluster every vertex (a vertex inside one line that meets a vertex of another
        is a junction), not only the line ends.
    progress : Progress, optional
        Told the share done; raises ``Cancelled`` to stop.

    Returns
    -------
    Links

    Examples
    --------
    >>> parts = np.array([shapely.LineString([(0, 0), (10, 0), (20, 0)]),
    ...                   shapely.LineString([(10, 0), (10, 5)])])
    >>> links = junction_links(parts, np.array([0, 1]), 0.1)
    >>> links.feature.tolist(), links.length.tolist(), len(links.node_xy), links.n_split
    ([0, 0, 1], [10.0, 10.0, 5.0], 4, 1)
    """
    pfeat = np.asarray(part_feature, dtype=np.int64)
    coords, vline = shapely.get_coordinates(parts, return_index=True)
    counts = shapely.get_num_coordinates(parts)
    first = np.r_[0, np.cumsum(counts)[:-1]]
    lastv = first + counts - 1
    is_end = np.zeros(len(coords), bool)
    is_end[first] = True
    is_end[lastv] = True
    if split_at_shared_vertices:
        cand = np.arange(len(coords))
    else:
        cand = np.flatnonzero(is_end)
    report(progress, 0.1)
    lab = _cluster(coords[cand], float(snap_tolerance))
    report(progress, 0.6)
    vlab = np.full(len(coords), -1, np.int64)
    vlab[cand] = lab
    cut = np.zeros(len(coords), bool)
    if split_at_shared_vertices:
        # an inner vertex is a junction when its cluster is met again elsewhere,
        # not merely by the next vertex of the same line (a repeated vertex)
        run_start = np.r_[True, (vline[1:] != vline[:-1]) | (vlab[1:] != vlab[:-1])]
        occ = np.bincount(vlab[run_start], minlength=int(lab.max()) + 1)
        cut = ~is_end & (occ[vlab] >= 2)
    n_split = int(len(np.unique(vline[cut])))
    if cut.any():
        # cut vertices end one link and start the next: duplicate them and
        # rebuild only the lines that are cut
        c_incl = np.cumsum(cut)
        before = c_incl[first] - cut[first]
        local = c_incl - before[vline]
        nparts_line = local[lastv] + 1
        offset = np.r_[0, np.cumsum(nparts_line)[:-1]]
        part_of = offset[vline] + local
        is_cut_line = nparts_line > 1
        sel = np.flatnonzero(is_cut_line[vline])
        dup = np.flatnonzero(cut)
        all_v = np.concatenate([sel, dup])
        all_part = np.concatenate([part_of[sel], part_of[dup] - 1])
        order = np.lexsort((all_v, all_part))
        all_v, all_part = all_v[order], all_part[order]
        new_parts, compact = np.unique(all_part, return_inverse=True)
        nparts = int(nparts_line.sum())
        links = np.empty(nparts, dtype=object)
        u_lab = np.empty(nparts, np.int64)
        v_lab = np.empty(nparts, np.int64)
        whole = np.flatnonzero(~is_cut_line)
        links[offset[whole]] = parts[whole]
        u_lab[offset[whole]] = vlab[first[whole]]
        v_lab[offset[whole]] = vlab[lastv[whole]]
        links[new_parts] = shapely.linestrings(coords[all_v], indices=compact)
        lfirst = np.r_[0, np.flatnonzero(all_part[1:] != all_part[:-1]) + 1]
        llast = np.r_[lfirst[1:] - 1, len(all_v) - 1]
        u_lab[new_parts] = vlab[all_v[lfirst]]
        v_lab[new_parts] = vlab[all_v[llast]]
        line_of_part = np.repeat(np.arange(len(parts)), nparts_line)
    else:
        links = parts
        line_of_part = np.arange(len(parts))
        u_lab, v_lab = vlab[first], vlab[lastv]
    feat = pfeat[line_of_part]
    length = shapely.length(links)
    keep = length > 0
    links, feat, length, u_lab, v_lab = (
        links[keep],
        feat[keep],
        length[keep],
        u_lab[keep],
        v_lab[keep],
    )
    if len(links) == 0:
        raise InputError(
            "NETWORK has no usable lines (every link is missing, of zero length or "
            "degenerate); choose the road-line layer."
        )
    used, inv = np.unique(np.concatenate([u_lab, v_lab]), return_inverse=True)
    nl = len(links)
    u, v = inv[:nl], inv[nl:]
    # representative coordinate: the first vertex in each used cluster
    rep_first = np.full(len(used), -1, np.int64)
    vpos = np.flatnonzero(vlab >= 0)
    ci = np.searchsorted(used, vlab[vpos])
    inside = ci < len(used)
    inside[inside] = used[ci[inside]] == vlab[vpos[inside]]
    ci, vp = ci[inside], vpos[inside]
    o = np.lexsort((vp, ci))
    firsts = np.r_[True, ci[o][1:] != ci[o][:-1]]
    rep_first[ci[o][firsts]] = vp[o][firsts]
    node_xy = coords[rep_first]
    return Links(links, feat, length, u.astype(np.int64), v.astype(np.int64), node_xy, n_split)


def _sweep_pairs(xy: np.ndarray, tol: float, max_work: int) -> np.ndarray | None:
    """All pairs of points within ``tol`` of each other (Euclidean), each pair once.

    Sort by x and compare every point with the next, the one after, ... while the x gap
    stays within ``tol``: road vertices are spread out, so few comparisons are needed
    (half the time of a KD-tree for a town's network). Returns None once more than
    ``max_work`` comparisons would be needed (points lined up on one x).
    """
    n = len(xy)
    order = np.argsort(xy[:, 0], kind="stable")
    x, y = xy[order, 0], xy[order, 1]
    tol2 = tol * tol
    first, second = [], []
    active = np.arange(n - 1)
    k, work = 1, 0
    while len(active):
        work += len(active)
        if work > max_work:
            return None
        other = active + k
        inside = other < n
        active, other = active[inside], other[inside]
        dx = x[other] - x[active]
        near = dx <= tol
        active, other, dx = active[near], other[near], dx[near]
        dy = y[other] - y[active]
        hit = dx * dx + dy * dy <= tol2
        first.append(order[active[hit]])
        second.append(order[other[hit]])
        k += 1
    if not first:
        return np.empty((0, 2), np.int64)
    return np.stack([np.concatenate(first), np.concatenate(second)], axis=1)


def _cluster(xy: np.ndarray, tol: float) -> np.ndarray:
    """Cluster label per point: points within ``tol`` (transitively) share one.

    Pairs within ``tol`` come from a sweep along x (or a KD-tree); connected
    components of the pair graph merge them (a union-find), so chains of close points
    become one.
    """
    n = len(xy)
    if n == 0:
        return np.empty(0, np.int64)
    if n > 200_000:
        # many coinciding ends (grids): dedupe exact copies first to keep pairs few
        order = np.lexsort((xy[:, 1], xy[:, 0]))
        s = xy[order]
        new = np.r_[True, np.any(s[1:] != s[:-1], axis=1)]
        uid = np.empty(n, np.int64)
        uid[order] = np.cumsum(new) - 1
        uniq = s[new]
    else:
        uid = np.arange(n, dtype=np.int64)
        uniq = xy
    m = len(uniq)
    if tol > 0 and m > 1:
        pairs = _sweep_pairs(uniq, tol, max_work=16 * m)
        if pairs is None:  # many points share an x: the KD-tree does better
            tree = cKDTree(uniq, balanced_tree=False, compact_nodes=False)
            pairs = tree.query_pairs(tol, output_type="ndarray")
    else:  # exact matches only
        order = np.lexsort((uniq[:, 1], uniq[:, 0]))
        s = uniq[order]
        same = np.flatnonzero(np.all(s[1:] == s[:-1], axis=1))
        pairs = np.stack([order[same], order[same + 1]], axis=1)
    if len(pairs) == 0:
        _, lab = np.unique(uid, return_inverse=True)
        return np.asarray(lab, np.int64).ravel()
    adj = coo_matrix((np.ones(len(pairs), np.int8), (pairs[:, 0], pairs[:, 1])), shape=(m, m))
    _, lab = connected_components(adj, directed=False)
    return lab[uid].astype(np.int64)


def network_stats(
    n_features: int,
    from_node: np.ndarray,
    to_node: np.ndarray,
    n_nodes: int,
    cost_forward: np.ndarray,
    cost_backward: np.ndarray,
    dropped: int,
    n_split: int,
) -> tuple[np.ndarray, NetworkStats]:
    """Weakly connected components (numbered by size, 0 = largest; ties by first node)
    and the counts of a built network.

    Examples
    --------
    >>> comp, stats = network_stats(2, np.array([0, 2]), np.array([1, 3]), 4,
    ...                             np.array([1.0, np.inf]), np.array([1.0, 2.0]), 0, 0)
    >>> comp.tolist(), stats.components, stats.backward_only
    ([0, 0, 1, 1], 2, 1)
    """
    u, v, nn, cf, cb = from_node, to_node, n_nodes, cost_forward, cost_backward
    nl, nfeat = len(u), n_features
    adj = coo_matrix((np.ones(nl, np.int8), (u, v)), shape=(nn, nn))
    ncomp, comp = connected_components(adj, directed=True, connection="weak")
    sizes = np.bincount(comp, minlength=ncomp)
    rank = np.empty(ncomp, np.int64)
    rank[np.lexsort((np.arange(ncomp), -sizes))] = np.arange(ncomp)
    comp = rank[comp]
    degree = np.bincount(u, minlength=nn) + np.bincount(v, minlength=nn)
    fin_f, fin_b = np.isfinite(cf), np.isfinite(cb)
    stats = NetworkStats(
        features=nfeat,
        links=nl,
        nodes=nn,
        components=int(ncomp),
        largest_component_nodes=int(sizes.max()) if nn else 0,
        dangling_ends=int(np.sum(degree == 1)),
        forward_only=int(np.sum(fin_f & ~fin_b)),
        backward_only=int(np.sum(~fin_f & fin_b)),
        closed=int(np.sum(~fin_f & ~fin_b)),
        dropped_features=int(dropped),
        split_at_shared_vertices=n_split,
    )
    return comp, stats

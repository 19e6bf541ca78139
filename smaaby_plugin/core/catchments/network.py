"""Road network engine: a directed graph from lines, points attached to it, and
multi-source shortest paths with a cost limit.

No QGIS here: numpy, scipy and shapely >= 2 only. All coordinates are projected
metres. The engine is three modules: this one (the :class:`Network`, ``build_graph``
and its queries), :mod:`~smaaby_plugin.core.catchments.network_build` (junctions and
links from lines) and :mod:`~smaaby_plugin.core.catchments.network_routing` (the
virtually split graph, Dijkstra in chunks, reached pieces). The per-link inputs
(directions, speeds and which speed wins) are in
:mod:`~smaaby_plugin.core.catchments.link_attributes`.

API summary
-----------
Building a network (once per run; reuse the object for every query):

``build_graph(lines, *, snap_tolerance=0.1, forward=None, backward=None,
cost="distance", speed_kmh=None, cost_forward=None, cost_backward=None,
split_at_shared_vertices=True, progress=None) -> Network``
    ``lines``: LineStrings/MultiLineStrings (one per input feature).
    ``forward``/``backward``: bool per feature, travel allowed with / against the
    digitised direction (default: both).  ``cost="distance"`` gives metres,
    ``cost="time"`` gives minutes from ``speed_kmh`` per feature (see
    ``link_attributes.link_speeds``).  ``cost_forward``/``cost_backward``: explicit
    per-feature costs (NaN = closed), e.g. the minutes of a network prepared by
    ``smaaby:preparenetwork``.

Attaching points (centres, population cells, addresses):

``Network.attach(points, *, max_snap=inf, access_speed_kmh=5.0, progress=None)
-> Attachment``
    Nearest traversable link (lowest link index on ties), the projected position
    along it, the straight access distance, and its cost (metres on a distance
    network, minutes at ``access_speed_kmh`` on a time network).  Points farther
    than ``max_snap`` metres are unattached (``Attachment.link == -1``).

Queries (each builds the virtually split graph once and runs scipy's Dijkstra):

``Network.nearest_source(sources, targets, *, limit=None) -> Allocation``
    One multi-source pass: per target the index of the cheapest source, the cost
    and a status (ALLOCATED, BEYOND_LIMIT, NO_PATH, UNATTACHED).  Exact ties go to
    the lowest source index.
``Network.cost_matrix(origins, destinations, *, limit=None) -> ndarray (n_o, n_d)``
    Travel cost origin -> destination including both access legs (inf = none).
    Runs from the smaller side (on the reversed graph when that is the
    destinations).  This is what a Huff model needs.
``Network.od_matrix(origins, destinations, *, limit=None, k=None) -> DataFrame``
    Long table ``origin, destination, cost`` (optionally only the ``k`` cheapest
    destinations per origin), sorted by origin, cost, destination.
``Network.service_area(sources, thresholds, *, targets=None, per_source=True)
-> ServiceArea``
    The reached link pieces per source (or for all sources together) and band,
    cut exactly where the cost reaches each threshold, and the cost of each
    target from each source.
``Network.reached_segments(sources, limit, *, per_source=True) -> ServiceArea``
    The same with one threshold.

Every long step takes ``progress`` (:data:`smaaby_plugin.core.progress.Progress`): it
is told the share done between chunks of work and raises
:class:`~smaaby_plugin.core.errors.Cancelled` to stop; no partial result escapes.

Other: ``Network.link_table()`` (per link: input feature, length, costs, nodes,
component), ``Network.stats`` (counts for the log), ``as_points(geoms)`` (a point
inside each polygon, for attaching polygons), ``line_substrings(lines, start, end,
which=None)`` (vectorised substring by distance along each line, in
``network_routing``).

Method
------
Line ends (and, by default, vertices shared by several lines, as QGIS's own graph
builder does) are clustered within ``snap_tolerance`` and merged transitively
(``network_build``), so rounding noise of 1e-5 m never splits a junction.  Each link
gives a directed edge per allowed direction; the graph is a scipy CSR matrix with the
cheapest of parallel edges.  Queries split the links at the attached points and run
``scipy.sparse.csgraph.dijkstra`` (Dijkstra 1959); partial links are cut exactly
where a threshold runs out (``network_routing``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from scipy.sparse.csgraph import dijkstra

from smaaby_plugin.core.catchments import network_routing as routing
from smaaby_plugin.core.catchments.network_build import (
    NetworkStats,
    explode_lines,
    junction_links,
    network_stats,
)
from smaaby_plugin.core.catchments.network_nearest import LinkIndex, nearest_links
from smaaby_plugin.core.catchments.network_routing import line_substrings
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.polygons import representative_points
from smaaby_plugin.core.progress import Progress, report, scaled, timed_chunks

__all__ = [
    "ALLOCATED",
    "BEYOND_LIMIT",
    "NO_PATH",
    "UNATTACHED",
    "STATUS_NAMES",
    "Allocation",
    "Attachment",
    "Network",
    "NetworkStats",
    "ServiceArea",
    "as_points",
    "build_graph",
    "line_substrings",
]

#: Allocation status codes (``Allocation.status``).
ALLOCATED = 0
BEYOND_LIMIT = 1
NO_PATH = 2
UNATTACHED = 3
STATUS_NAMES = {
    ALLOCATED: "allocated",
    BEYOND_LIMIT: "beyond max cost",
    NO_PATH: "no path to a centre",
    UNATTACHED: "too far from the network",
}

# Metres per minute at 1 km/h.
_M_PER_MIN_PER_KMH = 1000.0 / 60.0
# Cost added per source index to break exact ties towards the lowest index.
_TIE_EPS = 1e-9


def as_points(geoms: np.ndarray) -> np.ndarray:
    """Points as they are; any other geometry (a polygon such as an SSB grid cell, a
    multipoint, a line) by the one point that stands for it in every Småby algorithm,
    :func:`smaaby_plugin.core.polygons.representative_points`, so that it can be attached
    to a network.

    Examples
    --------
    >>> [g.wkt for g in as_points(np.array([shapely.Point(1, 2), shapely.box(0, 0, 2, 2)]))]
    ['POINT (1 2)', 'POINT (1 1)']
    """
    geoms = np.asarray(geoms, dtype=object)
    out = geoms.copy()
    if len(geoms):
        other = (shapely.get_type_id(geoms) != 0) & ~shapely.is_missing(geoms)
        if other.any():
            xy = representative_points(geoms[other])
            empty = np.isnan(xy[:, 0])  # an empty shape has no point: it stays empty
            pts = shapely.points(np.where(empty[:, None], 0.0, xy))
            pts[empty] = shapely.Point()
            out[other] = pts
    return out


@dataclass
class Attachment:
    """Points attached to a network (see ``Network.attach``).

    Attributes
    ----------
    link : ndarray of int
        Link index per point, -1 where the point is unattached (missing
        geometry or farther than ``max_snap``).
    position : ndarray of float
        Distance (m) from the link's start to the projected point.
    distance : ndarray of float
        Straight distance (m) from the point to the link (inf if unattached).
    access_cost : ndarray of float
        Cost of that access leg in the network's unit (inf if unattached).
    """

    link: np.ndarray
    position: np.ndarray
    distance: np.ndarray
    access_cost: np.ndarray

    def __len__(self) -> int:
        return len(self.link)

    @property
    def attached(self) -> np.ndarray:
        """Bool per point: attached to a link."""
        return self.link >= 0

    def subset(self, index: np.ndarray) -> Attachment:
        """The attachment of a subset of the points (index or boolean mask)."""
        return Attachment(
            self.link[index], self.position[index], self.distance[index], self.access_cost[index]
        )


@dataclass
class Allocation:
    """Nearest-source allocation of targets (see ``Network.nearest_source``).

    Attributes
    ----------
    source : ndarray of int
        Index of the cheapest source per target, -1 if none.
    cost : ndarray of float
        Cost to it including both access legs (inf if none).
    status : ndarray of int
        ALLOCATED, BEYOND_LIMIT (cheapest source costs more than ``limit``;
        ``source`` and ``cost`` are still given), NO_PATH or UNATTACHED.
    """

    source: np.ndarray
    cost: np.ndarray
    status: np.ndarray


@dataclass
class ServiceArea:
    """Reached network pieces and target costs (see ``Network.service_area``).

    Attributes
    ----------
    pieces : DataFrame
        One row per reached piece: ``source`` (source index, -1 when all
        sources are taken together), ``band`` (index into ``thresholds``: the
        piece is reached within ``thresholds[band]`` but not within the
        previous threshold), ``link``, ``start``, ``end`` (metres along the
        link), ``cost_min``, ``cost_max`` (cost at its cheapest and dearest
        point).  Sorted by source, band, link, start.
    geometry : ndarray of LineString
        The pieces, cut from the link geometry.
    thresholds : ndarray of float
    rows : ndarray of int
        Source index of each row of ``target_cost`` (``[-1]`` when taken
        together); unattached sources have no row.
    target_cost : ndarray of float, shape (len(rows), n_targets)
        Cost of each target from each row's source(s), inf beyond the largest
        threshold; None without targets.
    """

    pieces: pd.DataFrame
    geometry: np.ndarray
    thresholds: np.ndarray
    rows: np.ndarray
    target_cost: np.ndarray | None = None


@dataclass
class Network:
    """A directed road network (build it with ``build_graph``).

    Attributes
    ----------
    lines : ndarray of LineString
        One per link (a part of an input feature between junctions).
    length : ndarray of float
        Metres.
    cost_forward, cost_backward : ndarray of float
        Cost of the whole link with / against its digitised direction; inf
        where that direction is closed.
    from_node, to_node : ndarray of int
    node_xy : ndarray, shape (n_nodes, 2)
    feature : ndarray of int
        Index of the input feature each link comes from.
    unit : str
        ``"m"`` or ``"min"``.
    component : ndarray of int
        Weakly connected component per node, numbered by size (0 = largest).
    stats : NetworkStats
    """

    lines: np.ndarray
    length: np.ndarray
    cost_forward: np.ndarray
    cost_backward: np.ndarray
    from_node: np.ndarray
    to_node: np.ndarray
    node_xy: np.ndarray
    feature: np.ndarray
    unit: str
    component: np.ndarray
    stats: NetworkStats
    _tree: shapely.STRtree | None = field(default=None, repr=False)
    _tree_links: np.ndarray | None = field(default=None, repr=False)
    _link_index: LinkIndex | None = field(default=None, repr=False)

    @property
    def n_links(self) -> int:
        return len(self.lines)

    @property
    def n_nodes(self) -> int:
        return len(self.node_xy)

    # -- tables -------------------------------------------------------------

    def link_table(self) -> pd.DataFrame:
        """Per link: feature, length_m, cost_fw, cost_bw (NaN = closed),
        from_node, to_node, component."""
        return pd.DataFrame(
            {
                "feature": self.feature,
                "length_m": self.length,
                "cost_fw": np.where(np.isfinite(self.cost_forward), self.cost_forward, np.nan),
                "cost_bw": np.where(np.isfinite(self.cost_backward), self.cost_backward, np.nan),
                "from_node": self.from_node,
                "to_node": self.to_node,
                "component": self.component[self.from_node],
            }
        )

    # -- attaching points ------------------------------------------------------

    def attach(
        self,
        points: np.ndarray,
        *,
        max_snap: float | None = None,
        access_speed_kmh: float = 5.0,
        progress: Progress | None = None,
    ) -> Attachment:
        """Attach points to their nearest traversable link.

        Parameters
        ----------
        points : array of Point
            Missing or empty geometries stay unattached.
        max_snap : float, optional
            Largest straight distance (m) from a point to the network; farther
            points stay unattached.  None = no limit.
        access_speed_kmh : float
            Speed of the off-network access leg on a time network (walking 5,
            driving e.g. 30).  On a distance network the access leg costs its
            length in metres.
        progress : Progress, optional
            Told the share done between chunks of points; raises ``Cancelled``.

        Returns
        -------
        Attachment
        """
        pts = np.asarray(points, dtype=object)
        n = len(pts)
        link = np.full(n, -1, dtype=np.int64)
        pos = np.zeros(n)
        dist = np.full(n, np.inf)
        if self.unit == "min" and (not np.isfinite(access_speed_kmh) or access_speed_kmh <= 0):
            raise InputError("The access speed must be a positive number of km/h.")
        if max_snap is not None and (np.isnan(max_snap) or max_snap < 0):
            raise InputError("The largest snapping distance must be zero or positive.")
        valid = ~shapely.is_missing(pts)
        valid[valid] = ~shapely.is_empty(pts[valid])
        if valid.any():
            types = shapely.get_type_id(pts[valid])
            if np.any(types != 0):
                raise InputError(
                    "Only points can be attached to the network; convert polygons to "
                    "points (e.g. their centroids) first."
                )
        if self._tree is None:
            usable = np.flatnonzero(
                np.isfinite(self.cost_forward) | np.isfinite(self.cost_backward)
            )
            self._tree_links = usable
            self._tree = shapely.STRtree(self.lines[usable])
            self._link_index = LinkIndex.build(self.lines[usable], self._tree)
        all_valid = np.flatnonzero(valid)
        kw = {}
        if max_snap is not None and np.isfinite(max_snap):
            kw["max_distance"] = float(max_snap) if max_snap > 0 else 1e-12
        # in chunks, so a cancel takes effect between them; each point on its own
        n_valid = len(all_valid) if len(self._tree_links) else 0
        for part in timed_chunks(n_valid, progress, first=1000):
            vi = all_valid[part]
            if self._link_index is not None:  # bounded search, the same rule (see module)
                qi, ti = nearest_links(self._link_index, pts[vi], kw.get("max_distance"))
                lk = self._tree_links[ti]
            else:
                qi, ti = self._tree.query_nearest(pts[vi], all_matches=True, **kw)
                lk = self._tree_links[ti]
                order = np.lexsort((lk, qi))
                qi, lk = qi[order], lk[order]
                first = np.r_[True, qi[1:] != qi[:-1]] if len(qi) else np.zeros(0, bool)
                qi, lk = qi[first], lk[first]
            p = vi[qi]
            link[p] = lk
            pos[p] = shapely.line_locate_point(self.lines[lk], pts[p])
            dist[p] = shapely.distance(pts[p], self.lines[lk])
            if max_snap is not None and np.isfinite(max_snap):
                far = dist[p] > max_snap
                link[p[far]] = -1
                dist[p[far]] = np.inf
                pos[p[far]] = 0.0
        if self.unit == "min":
            access = dist / (access_speed_kmh * _M_PER_MIN_PER_KMH)
        else:
            access = dist.copy()
        return Attachment(link, pos, dist, access)

    def nearest_source(
        self,
        sources: Attachment,
        targets: Attachment,
        *,
        limit: float | None = None,
        progress: Progress | None = None,
    ) -> Allocation:
        """Allocate every target to its cheapest source in one Dijkstra pass.

        Parameters
        ----------
        sources, targets : Attachment
        limit : float, optional
            Targets whose cheapest source costs more get status BEYOND_LIMIT.
        progress : Progress, optional
            Told the share done before and after the (single) search.

        Returns
        -------
        Allocation
            Exact ties go to the lowest source index.
        """
        report(progress, 0.0)
        sp = routing.split(self, [sources, targets])
        s_nodes, t_nodes = sp.point_nodes
        s_ok = np.flatnonzero(s_nodes >= 0)
        nt = len(targets)
        source = np.full(nt, -1, dtype=np.int64)
        cost = np.full(nt, np.inf)
        status = np.full(nt, UNATTACHED, dtype=np.int8)
        t_ok = t_nodes >= 0
        status[t_ok] = NO_PATH
        if len(s_ok) == 0 or not t_ok.any():
            return Allocation(source, cost, status)
        tie = s_ok * _TIE_EPS
        g = routing.csr(sp, s_nodes[s_ok], sources.access_cost[s_ok] + tie, reverse=False)
        vs = sp.n_nodes + np.arange(len(s_ok))
        report(progress, 0.1)
        # one multi-source search: it cannot be split, so it is checked before and after
        d, _, src = dijkstra(g, directed=True, indices=vs, min_only=True, return_predecessors=True)
        report(progress, 0.9)
        tn = t_nodes[t_ok]
        reach = np.isfinite(d[tn])
        idx = np.flatnonzero(t_ok)[reach]
        k = src[tn[reach]] - sp.n_nodes
        source[idx] = s_ok[k]
        cost[idx] = d[tn[reach]] - tie[k] + targets.access_cost[idx]
        status[idx] = ALLOCATED
        if limit is not None:
            status[idx[cost[idx] > limit]] = BEYOND_LIMIT
        report(progress, 1.0)
        return Allocation(source, cost, status)

    def cost_matrix(
        self,
        origins: Attachment,
        destinations: Attachment,
        *,
        limit: float | None = None,
        progress: Progress | None = None,
    ) -> np.ndarray:
        """Cost from every origin to every destination.

        Includes the access legs at both ends; inf where there is no path or
        the cost exceeds ``limit``.  Runs one Dijkstra per point of the smaller
        side (from the destinations on the reversed graph when they are fewer),
        in chunks: ``progress`` is told the share done between them and may
        raise ``Cancelled``.

        Returns
        -------
        ndarray, shape (len(origins), len(destinations))
        """
        out = np.full((len(origins), len(destinations)), np.inf)
        for rows, cols, block in routing.cost_blocks(self, origins, destinations, limit, progress):
            out[np.ix_(rows, cols)] = block
        report(progress, 1.0)
        return out

    def od_matrix(
        self,
        origins: Attachment,
        destinations: Attachment,
        *,
        limit: float | None = None,
        k: int | None = None,
        progress: Progress | None = None,
    ) -> pd.DataFrame:
        """Long origin-destination table.

        Parameters
        ----------
        origins, destinations : Attachment
        limit : float, optional
            Leave out pairs that cost more.
        k : int, optional
            Keep only the ``k`` cheapest destinations per origin (ties broken
            by destination index).
        progress : Progress, optional
            Told the share done between chunks of searches; raises ``Cancelled``.

        Returns
        -------
        DataFrame
            ``origin``, ``destination`` (indices into the inputs), ``cost``;
            sorted by origin, cost, destination.  Unreachable pairs are left out.
        """
        if k is not None and k < 1:
            raise InputError("K (the number of nearest destinations) must be at least 1.")
        parts = []
        for rows, cols, block in routing.cost_blocks(self, origins, destinations, limit, progress):
            order = np.argsort(block, axis=1, kind="stable")
            if k is not None:
                order = order[:, :k]
            c = np.take_along_axis(block, order, axis=1)
            r = np.repeat(rows, order.shape[1])
            dcol = cols[order.ravel()]
            c = c.ravel()
            fin = np.isfinite(c)
            parts.append(pd.DataFrame({"origin": r[fin], "destination": dcol[fin], "cost": c[fin]}))
        if not parts:
            return pd.DataFrame(
                {
                    "origin": np.empty(0, np.int64),
                    "destination": np.empty(0, np.int64),
                    "cost": np.empty(0),
                }
            )
        out = pd.concat(parts, ignore_index=True)
        return out.sort_values(["origin", "cost", "destination"], kind="stable").reset_index(
            drop=True
        )

    def piece_geometry(self, pieces: pd.DataFrame) -> np.ndarray:
        """Geometry of link pieces (columns link, start, end): the link itself where a
        piece covers it whole, else the cut part."""
        return routing.piece_geometry(self, pieces)

    def service_area(
        self,
        sources: Attachment,
        thresholds: Sequence[float],
        *,
        targets: Attachment | None = None,
        per_source: bool = True,
        progress: Progress | None = None,
    ) -> ServiceArea:
        """The network reached from sources within each threshold.

        Parameters
        ----------
        sources : Attachment
        thresholds : sequence of float
            Cost limits (network unit), e.g. ``[5, 10, 20]`` minutes.
        targets : Attachment, optional
            Points whose cost from the sources is wanted too.
        per_source : bool
            True: one Dijkstra per source (overlapping areas, one per source).
            False: one multi-source pass (the area reached from the nearest
            source; ``source`` is -1).
        progress : Progress, optional
            Told the share done between chunks of searches and of cut pieces; raises
            ``Cancelled``.

        Returns
        -------
        ServiceArea
        """
        th = np.unique(np.asarray(list(thresholds), dtype=float))
        if len(th) == 0 or not np.all(np.isfinite(th)) or th[0] <= 0:
            raise InputError("THRESHOLDS must be positive numbers, e.g. '5,10,20,30'.")
        atts = [sources] + ([targets] if targets is not None else [])
        sp = routing.split(self, atts)
        s_nodes = sp.point_nodes[0]
        t_nodes = sp.point_nodes[1] if targets is not None else None
        tmax = float(th[-1])
        frames, row_ids, tcosts = [], [], []
        searching = scaled(progress, 0.0, 0.8)
        if per_source:
            blocks = routing.dijkstra_rows(sp, sources, s_nodes, False, tmax, searching)
        else:
            report(searching, 0.0)
            blocks = routing.nearest_rows(sp, sources, s_nodes, tmax)
        for rows, d in blocks:
            # merged chunk by chunk, so no single step grows with all the pieces
            frames.append(routing.merge_pieces([routing.reach_pieces(sp, d, rows, th)]))
            row_ids.append(rows)
            if targets is not None:
                tc = np.full((len(rows), len(targets)), np.inf)
                t_ok = np.flatnonzero(t_nodes >= 0)
                c = d[:, t_nodes[t_ok]] + targets.access_cost[t_ok]
                c[c > tmax] = np.inf
                tc[:, t_ok] = c
                tcosts.append(tc)
        pieces = routing.concat_pieces(frames)
        geom = routing.piece_geometry(self, pieces, scaled(progress, 0.8, 1.0))
        report(progress, 1.0)
        rows = np.concatenate(row_ids) if row_ids else np.empty(0, np.int64)
        tcost = None
        if targets is not None:
            tcost = np.vstack(tcosts) if tcosts else np.full((0, len(targets)), np.inf)
        return ServiceArea(pieces, geom, th, rows, tcost)

    def reached_segments(
        self, sources: Attachment, limit: float, *, per_source: bool = True
    ) -> ServiceArea:
        """The link pieces reached within ``limit`` (see ``service_area``)."""
        return self.service_area(sources, [limit], per_source=per_source)


def build_graph(
    lines: np.ndarray,
    *,
    snap_tolerance: float = 0.1,
    forward: np.ndarray | None = None,
    backward: np.ndarray | None = None,
    cost: str = "distance",
    speed_kmh: np.ndarray | None = None,
    cost_forward: np.ndarray | None = None,
    cost_backward: np.ndarray | None = None,
    split_at_shared_vertices: bool = True,
    progress: Progress | None = None,
) -> Network:
    """Build a directed network from line geometries.

    Parameters
    ----------
    lines : array of LineString or MultiLineString
        One per input feature, projected metres.  Missing or empty geometries
        are skipped (counted in ``stats.dropped_features``).
    snap_tolerance : float
        Line ends (and shared vertices) closer than this (m) become one node.
    forward, backward : array of bool, optional
        Per feature: travel allowed with / against the digitised direction
        (default True).
    cost : {"distance", "time"}
        Metres, or minutes from ``speed_kmh``.
    speed_kmh : array of float, optional
        Per feature, required for ``cost="time"`` (complete it with
        ``link_attributes.link_speeds`` first).
    cost_forward, cost_backward : array of float, optional
        Explicit cost per feature and direction (NaN or inf = closed) in the
        unit named by ``cost``; they replace length/speed and the direction
        flags.  Multi-part or split features share their cost by length.
    split_at_shared_vertices : bool
        Also join lines where a vertex inside one line meets a vertex of
        another (as QGIS's network analysis does), splitting the link there.
    progress : Progress, optional
        Told the share done between the steps; raises ``Cancelled`` to stop.

    Returns
    -------
    Network

    Examples
    --------
    >>> from shapely import LineString
    >>> net = build_graph(np.array([LineString([(0, 0), (100, 0)]),
    ...                             LineString([(100, 0.00001), (100, 50)])]))
    >>> net.n_nodes, net.stats.components
    (3, 1)
    """
    geoms = np.asarray(lines, dtype=object)
    nfeat = len(geoms)
    if cost not in ("distance", "time"):
        raise InputError(f"Unknown cost type '{cost}': use 'distance' or 'time'.")
    if snap_tolerance is None or not np.isfinite(snap_tolerance) or snap_tolerance < 0:
        raise InputError("The snapping tolerance must be zero or a positive distance in metres.")

    def _flags(a, name):
        if a is None:
            return np.ones(nfeat, bool)
        a = np.asarray(a, dtype=bool)
        if len(a) != nfeat:
            raise InputError(f"{name} must have one value per network feature.")
        return a

    fw_ok = _flags(forward, "forward")
    bw_ok = _flags(backward, "backward")
    explicit = cost_forward is not None or cost_backward is not None
    if explicit:
        cf_feat = np.asarray(
            cost_forward if cost_forward is not None else np.full(nfeat, np.nan), float
        )
        cb_feat = np.asarray(
            cost_backward if cost_backward is not None else np.full(nfeat, np.nan), float
        )
        if len(cf_feat) != nfeat or len(cb_feat) != nfeat:
            raise InputError("Explicit costs must have one value per network feature.")
        if np.any(cf_feat[np.isfinite(cf_feat)] < 0) or np.any(cb_feat[np.isfinite(cb_feat)] < 0):
            raise InputError("The network has negative costs; costs must be zero or positive.")
    elif cost == "time":
        if speed_kmh is None:
            raise InputError("A time cost needs a speed per link (km/h).")
        spd = np.asarray(speed_kmh, float)
        if len(spd) != nfeat:
            raise InputError("speed_kmh must have one value per network feature.")
        bad = ~np.isfinite(spd) | (spd <= 0)
        if bad.any():
            raise InputError(
                f"{int(bad.sum())} link(s) have no positive speed; give a default speed "
                "per road class."
            )

    report(progress, 0.0)
    parts, pfeat, dropped = explode_lines(geoms)
    report(progress, 0.2)
    built = junction_links(
        parts, pfeat, float(snap_tolerance), split_at_shared_vertices, scaled(progress, 0.2, 0.9)
    )
    links, feat, length = built.lines, built.feature, built.length
    u, v, node_xy, n_split = built.from_node, built.to_node, built.node_xy, built.n_split

    # -- costs per link ------------------------------------------------------------
    if explicit:
        flen = np.bincount(feat, weights=length, minlength=nfeat)
        share = length / flen[feat]
        cf = np.where(np.isfinite(cf_feat[feat]), cf_feat[feat] * share, np.inf)
        cb = np.where(np.isfinite(cb_feat[feat]), cb_feat[feat] * share, np.inf)
    else:
        if cost == "time":
            base = length / (spd[feat] * _M_PER_MIN_PER_KMH)
        else:
            base = length.copy()
        cf = np.where(fw_ok[feat], base, np.inf)
        cb = np.where(bw_ok[feat], base, np.inf)

    # a feature whose every piece has zero length (a line back onto its own start, a
    # point-like NVDB stub) has no link either: counted with the missing ones
    dropped = nfeat - len(np.unique(feat))
    component, stats = network_stats(nfeat, u, v, len(node_xy), cf, cb, dropped, n_split)
    report(progress, 1.0)
    return Network(
        lines=links,
        length=length,
        cost_forward=cf,
        cost_backward=cb,
        from_node=u.astype(np.int64),
        to_node=v.astype(np.int64),
        node_xy=node_xy,
        feature=feat.astype(np.int64),
        unit="min" if cost == "time" else "m",
        component=component,
        stats=stats,
    )

"""Road network engine: a directed graph from lines, points attached to it, and
multi-source shortest paths with a cost limit.

No QGIS here: numpy, scipy and shapely >= 2 only. All coordinates are projected
metres.

API summary
-----------
Building a network (once per run; reuse the object for every query):

``build_graph(lines, *, snap_tolerance=0.1, forward=None, backward=None,
cost="distance", speed_kmh=None, cost_forward=None, cost_backward=None,
split_at_shared_vertices=True) -> Network``
    ``lines``: LineStrings/MultiLineStrings (one per input feature).
    ``forward``/``backward``: bool per feature, travel allowed with / against the
    digitised direction (default: both).  ``cost="distance"`` gives metres,
    ``cost="time"`` gives minutes from ``speed_kmh`` per feature.
    ``cost_forward``/``cost_backward``: explicit per-feature costs (NaN = closed),
    e.g. the minutes of a network prepared by ``smaaby:preparenetwork``.

Field helpers for the inputs of ``build_graph``:

- ``value_directions(values, forward_values, backward_values, closed_values)``
- ``lane_directions(values)``: NVDB ``feltoversikt`` lane lists (odd lane = forward).
- ``parse_default_speeds("E=80,R=80,F=60,K=50,P=30,*=50") -> dict``
- ``fill_speeds(speed_kmh, road_class, default_speeds, fallback_kmh) -> (speeds, replaced)``
- ``match_speed_lines(links, speed_lines, speed_values, tolerance) -> speeds (NaN = none)``

Attaching points (centres, population cells, addresses):

``Network.attach(points, *, max_snap=inf, access_speed_kmh=5.0) -> Attachment``
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

``cost_matrix``, ``od_matrix`` and ``service_area`` take ``cancelled=callable``
(e.g. ``feedback.isCanceled``): the searches stop between chunks when it returns
True, leaving the rest unsolved (inf / no pieces).

Other: ``Network.link_table()`` (per link: input feature, length, costs, nodes,
component), ``Network.stats`` (counts for the log), ``as_points(geoms)`` (a point
inside each polygon, for attaching polygons), ``line_substrings(lines, start, end,
which=None)`` (vectorised substring by distance along each line).

Method
------
Line ends (and, by default, vertices shared by several lines, as QGIS's own
graph builder does) are clustered with a KD-tree within ``snap_tolerance``; the
pairs found are merged by connected components (a union-find), so rounding
noise of 1e-5 m never splits a junction.  Each link gives a directed edge per
allowed direction; the graph is a scipy CSR matrix with the cheapest of parallel
edges.  For a query, the links carrying attached points are split virtually at
their projected positions (cost shared in proportion to length, as the cost per
metre is constant along a link) and each source gets a virtual node joined to
its position by its access cost.  ``scipy.sparse.csgraph.dijkstra`` then runs
once for all sources with ``min_only=True`` (nearest-source allocation) or once
per source with ``limit`` (service areas).  On a link whose two end costs are
``du`` and ``dv`` the cost at distance ``x`` from its start is
``min(du + cf * x / L, dv + cb * (L - x) / L)``, so the reached part within a
threshold ``T`` is ``[0, (T - du) L / cf] U [L - (T - dv) L / cb, L]``, cut
exactly with ``line_substrings``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components, dijkstra
from scipy.spatial import cKDTree

from smaaby_plugin.core.errors import InputError

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
    "fill_speeds",
    "lane_directions",
    "line_substrings",
    "match_speed_lines",
    "parse_default_speeds",
    "value_directions",
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
# Positions closer than this (metres) to a link end are attached to the end node.
_END_EPS = 1e-9
# Cost added per source index to break exact ties towards the lowest index.
_TIE_EPS = 1e-9
# Upper bound on the cells of one dense block of Dijkstra results.
_BLOCK_CELLS = 10_000_000


# ---------------------------------------------------------------------------
# Field helpers
# ---------------------------------------------------------------------------


def _norm_values(values: Iterable) -> np.ndarray:
    """Stripped lower-case strings; None/NaN become ''."""
    out = []
    for v in values:
        if v is None or (isinstance(v, float) and np.isnan(v)):
            out.append("")
        else:
            out.append(str(v).strip().lower())
    return np.asarray(out, dtype=object)


def value_directions(
    values: Sequence,
    forward_values: Iterable[str] = ("FT", "yes", "1"),
    backward_values: Iterable[str] = ("TF", "-1"),
    closed_values: Iterable[str] = ("N",),
) -> tuple[np.ndarray, np.ndarray]:
    """Allowed directions from a direction field with listed values.

    A value in ``forward_values`` allows travel only in the digitised direction,
    one in ``backward_values`` only against it, one in ``closed_values`` in
    neither; anything else (including null) allows both.  Matching ignores case
    and surrounding spaces.

    Parameters
    ----------
    values : sequence
        The field value per feature.
    forward_values, backward_values, closed_values : iterable of str
        The values that mark one-way-forward, one-way-backward and closed links.

    Returns
    -------
    forward, backward : ndarray of bool
        Travel allowed with / against the digitised direction.

    Examples
    --------
    >>> f, b = value_directions(["FT", "tf", None, "B", "N"])
    >>> f.tolist(), b.tolist()
    ([True, False, True, True, False], [False, True, True, True, False])
    """
    v = _norm_values(values)
    fw = {str(s).strip().lower() for s in forward_values if str(s).strip()}
    bw = {str(s).strip().lower() for s in backward_values if str(s).strip()}
    cl = {str(s).strip().lower() for s in closed_values if str(s).strip()}
    clash = (fw & bw) | (fw & cl) | (bw & cl)
    if clash:
        raise InputError(
            f"The direction value(s) {sorted(clash)} are listed for more than one "
            "direction; give each value for one direction only."
        )
    is_f = np.isin(v, list(fw)) if fw else np.zeros(len(v), bool)
    is_b = np.isin(v, list(bw)) if bw else np.zeros(len(v), bool)
    is_c = np.isin(v, list(cl)) if cl else np.zeros(len(v), bool)
    return ~(is_b | is_c), ~(is_f | is_c)


def lane_directions(values: Sequence) -> tuple[np.ndarray, np.ndarray]:
    """Allowed directions from NVDB lane lists (``feltoversikt``).

    NVDB numbers the lanes of a link: odd numbers run in the link's
    (metering) direction, even numbers against it (Statens vegvesen, *NVDB
    Datakatalog*, feltoversikt).  A list such as ``"1#2"`` allows both
    directions, ``"1"`` or ``"1#1H1"`` forward only, ``"2"`` backward only.
    Null or unreadable lists allow both.

    Examples
    --------
    >>> f, b = lane_directions(["1#2", "1", "2", None, "1#1H1", "1K#2K"])
    >>> f.tolist()
    [True, True, False, True, True, True]
    >>> b.tolist()
    [True, False, True, True, False, True]
    """
    n = len(values)
    fwd = np.ones(n, bool)
    bwd = np.ones(n, bool)
    for i, raw in enumerate(_norm_values(values)):
        odd = even = False
        for lane in raw.split("#"):
            digits = ""
            for ch in lane.strip():
                if ch.isdigit():
                    digits += ch
                else:
                    break
            if digits:
                if int(digits) % 2:
                    odd = True
                else:
                    even = True
        if odd or even:
            fwd[i], bwd[i] = odd, even
    return fwd, bwd


def parse_default_speeds(text: str) -> dict[str, float]:
    """Parse ``"E=80, R=80, F=60, K=50, P=30, *=50"`` into a dict.

    The key ``*`` is the speed for classes not listed.  Keys are matched
    without regard to case.

    Examples
    --------
    >>> parse_default_speeds("E=80, k=40, *=50")
    {'e': 80.0, 'k': 40.0, '*': 50.0}
    """
    out: dict[str, float] = {}
    for item in (text or "").replace(";", ",").split(","):
        item = item.strip()
        if not item:
            continue
        key, sep, val = item.partition("=")
        try:
            speed = float(val)
        except ValueError:
            speed = float("nan")
        if not sep or not key.strip() or not np.isfinite(speed) or speed <= 0:
            raise InputError(
                f"Default speeds: cannot read '{item}'. Write class=km/h pairs "
                "separated by commas, e.g. 'E=80, R=80, F=60, K=50, P=30, *=50'."
            )
        out[key.strip().lower()] = speed
    return out


def fill_speeds(
    speed_kmh: Sequence | None = None,
    road_class: Sequence | None = None,
    default_speeds: Mapping[str, float] | None = None,
    fallback_kmh: float = 50.0,
    n: int | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Complete a speed per link, using a default per road class where missing.

    A speed that is missing, null, zero, negative or not a number is replaced
    by ``default_speeds[road_class]`` (case-insensitive), else by
    ``default_speeds["*"]``, else by ``fallback_kmh``.

    Returns
    -------
    speeds : ndarray of float
        km/h, all positive.
    replaced : ndarray of bool
        True where the default was used (to be counted in the log).

    Examples
    --------
    >>> s, r = fill_speeds([60, None, 0, -5], ["F", "K", "X", "K"], {"k": 40})
    >>> s.tolist(), int(r.sum())
    ([60.0, 40.0, 50.0, 40.0], 3)
    """
    if fallback_kmh is None or not np.isfinite(fallback_kmh) or fallback_kmh <= 0:
        raise InputError("The fallback speed must be a positive number of km/h.")
    if speed_kmh is None:
        if n is None:
            n = len(road_class) if road_class is not None else 0
        s = np.full(n, np.nan)
    else:
        s = pd.to_numeric(pd.Series(list(speed_kmh), dtype=object), errors="coerce")
        s = s.to_numpy(dtype=float)
    bad = ~np.isfinite(s) | (s <= 0)
    defaults = {str(k).strip().lower(): float(v) for k, v in (default_speeds or {}).items()}
    other = defaults.get("*", float(fallback_kmh))
    out = s.copy()
    if bad.any():
        if road_class is not None:
            cls = _norm_values(road_class)
            fill = np.array([defaults.get(c, other) for c in cls[bad]], dtype=float)
        else:
            fill = np.full(int(bad.sum()), other)
        out[bad] = fill
    return out, bad


def match_speed_lines(
    links: np.ndarray,
    speed_lines: np.ndarray,
    speed_values: Sequence,
    tolerance: float = 1.0,
) -> np.ndarray:
    """Speed per link from speed-limit lines lying along the links.

    Speed-limit data such as NVDB's *fartsgrense* are separate lines that
    follow the road links.  Each link gets the length-weighted mean of the
    speeds of the speed lines that run along it: a speed line counts with the
    length of the link inside a flat-ended buffer of ``tolerance`` metres
    around it.  Overlaps no longer than 2.5 x ``tolerance`` (lines that only
    cross or touch the link) are ignored.

    Parameters
    ----------
    links : array of LineString
    speed_lines : array of LineString
    speed_values : sequence of float
        km/h per speed line; null, zero or negative values are ignored.
    tolerance : float
        Metres.

    Returns
    -------
    ndarray of float
        km/h per link, NaN where no speed line runs along it.

    Examples
    --------
    >>> from shapely import LineString
    >>> links = np.array([LineString([(0, 0), (100, 0)]), LineString([(0, 0), (0, 50)])])
    >>> lines = np.array([LineString([(0, 0), (25, 0)]), LineString([(25, 0), (100, 0)])])
    >>> match_speed_lines(links, lines, [40, 80]).round(6).tolist()
    [70.0, nan]
    """
    links = np.asarray(links, dtype=object)
    speed_lines = np.asarray(speed_lines, dtype=object)
    out = np.full(len(links), np.nan)
    if not np.isfinite(tolerance) or tolerance <= 0:
        raise InputError("The speed-line matching tolerance must be a positive distance.")
    v = pd.to_numeric(pd.Series(list(speed_values), dtype=object), errors="coerce").to_numpy(float)
    ok = (
        np.isfinite(v) & (v > 0) & ~shapely.is_missing(speed_lines) & ~shapely.is_empty(speed_lines)
    )
    if len(links) == 0 or not ok.any():
        return out
    lines_ok = speed_lines[ok]
    v = v[ok]
    buf = shapely.buffer(lines_ok, tolerance, cap_style="flat")
    tree = shapely.STRtree(buf)
    li, si = tree.query(links, predicate="intersects")
    if len(li) == 0:
        return out
    overlap = shapely.length(shapely.intersection(links[li], buf[si]))
    keep = overlap > 2.5 * tolerance
    li, si, overlap = li[keep], si[keep], overlap[keep]
    wsum = np.bincount(li, weights=overlap, minlength=len(links))
    vsum = np.bincount(li, weights=overlap * v[si], minlength=len(links))
    has = wsum > 0
    out[has] = vsum[has] / wsum[has]
    return out


def as_points(geoms: np.ndarray) -> np.ndarray:
    """Points as they are; a multipoint by its first point; any other geometry by a
    point inside it (``shapely.point_on_surface``), so that polygons such as SSB
    grid cells can be attached to a network.

    Examples
    --------
    >>> [g.wkt for g in as_points(np.array([shapely.Point(1, 2), shapely.box(0, 0, 2, 2)]))]
    ['POINT (1 2)', 'POINT (1 1)']
    """
    geoms = np.asarray(geoms, dtype=object)
    out = geoms.copy()
    if len(geoms):
        tid = shapely.get_type_id(geoms)
        multi = tid == 4
        if multi.any():
            out[multi] = shapely.get_point(shapely.get_geometry(geoms[multi], 0), 0)
        other = (tid != 0) & ~multi & (tid >= 0)
        if other.any():
            out[other] = shapely.point_on_surface(geoms[other])
    return out


# ---------------------------------------------------------------------------
# Geometry helper
# ---------------------------------------------------------------------------


def line_substrings(
    lines: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    which: np.ndarray | None = None,
) -> np.ndarray:
    """The part of lines between two distances along them, vectorised.

    Parameters
    ----------
    lines : array of LineString
    start, end : array of float
        Distances from the start of the line, ``start < end`` (clipped to
        ``[0, length]``).
    which : array of int, optional
        Index into ``lines`` per piece (default: piece ``i`` of line ``i``),
        so that many pieces of the same lines are cut without copying them.

    Returns
    -------
    array of LineString
        One per piece: the vertices strictly between the two distances, with
        interpolated ends.

    Examples
    --------
    >>> from shapely import LineString
    >>> ln = np.array([LineString([(0, 0), (10, 0), (10, 10)])])
    >>> [g.wkt for g in line_substrings(ln, [5.0, 0.0], [15.0, 4.0], which=[0, 0])]
    ['LINESTRING (5 0, 10 0, 10 5)', 'LINESTRING (0 0, 4 0)']
    """
    lines = np.asarray(lines, dtype=object)
    which = np.arange(len(lines)) if which is None else np.asarray(which, dtype=np.int64)
    n = len(which)
    if n == 0:
        return np.empty(0, dtype=object)
    used, inv = np.unique(which, return_inverse=True)
    coords, idx = shapely.get_coordinates(lines[used], return_index=True)
    nv = np.bincount(idx, minlength=len(used))
    vstart = np.r_[0, np.cumsum(nv)[:-1]]
    step = np.zeros(len(coords))
    step[1:] = np.hypot(*(coords[1:] - coords[:-1]).T)
    step[vstart] = 0.0
    cum = np.cumsum(step)
    cum -= cum[vstart][idx]
    total = cum[vstart + nv - 1]
    # one increasing key over all lines: line rank * span + distance
    span = float(total.max()) + 1.0
    key = idx * span + cum
    a = np.clip(np.asarray(start, float), 0.0, total[inv])
    b = np.clip(np.asarray(end, float), 0.0, total[inv])
    lo, hi = vstart[inv], vstart[inv] + nv[inv] - 1
    ia = np.clip(np.searchsorted(key, inv * span + a, side="right"), lo + 1, hi)
    ib = np.clip(np.searchsorted(key, inv * span + b, side="left"), lo + 1, hi)

    def _interp(d, i):
        seg = cum[i] - cum[i - 1]
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.where(seg > 0, (d - cum[i - 1]) / np.where(seg > 0, seg, 1.0), 0.0)
        t = np.clip(t, 0.0, 1.0)[:, None]
        return coords[i - 1] + t * (coords[i] - coords[i - 1])

    p0 = _interp(a, ia)
    p1 = _interp(b, ib)
    k = np.maximum(ib - ia, 0)  # vertices strictly inside
    count = k + 2
    owner = np.repeat(np.arange(n), count)
    first = np.r_[0, np.cumsum(count)[:-1]]
    rank = np.arange(len(owner)) - first[owner]  # 0 .. k+1 within the piece
    src = ia[owner] + rank - 1  # vertex index for the inner ranks
    xy = np.empty((len(owner), 2))
    inner = (rank > 0) & (rank < count[owner] - 1)
    xy[inner] = coords[src[inner]]
    xy[first] = p0
    xy[first + count - 1] = p1
    return shapely.linestrings(xy, indices=owner)


# ---------------------------------------------------------------------------
# Data classes
# ---------------------------------------------------------------------------


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
            out.append(f"{self.dropped_features} feature(s) without a usable line were skipped")
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
class _Split:
    """A network with attached points inserted as nodes, for one query."""

    seg_link: np.ndarray
    seg_a: np.ndarray
    seg_b: np.ndarray
    seg_u: np.ndarray
    seg_v: np.ndarray
    seg_cf: np.ndarray
    seg_cb: np.ndarray
    n_nodes: int
    point_nodes: list  # per attachment: node id per point, -1 if unattached


# ---------------------------------------------------------------------------
# The network
# ---------------------------------------------------------------------------


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
        vi = np.flatnonzero(valid)
        if len(vi) and len(self._tree_links):
            kw = {}
            if max_snap is not None and np.isfinite(max_snap):
                kw["max_distance"] = float(max_snap) if max_snap > 0 else 1e-12
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

    # -- the virtually split graph -----------------------------------------------

    def _split(self, attachments: Sequence[Attachment]) -> _Split:
        """Insert the attached points as nodes; return the segment table."""
        n0 = self.n_nodes
        links = np.concatenate([a.link for a in attachments]) if attachments else np.empty(0, int)
        pos = np.concatenate([a.position for a in attachments]) if attachments else np.empty(0)
        node = np.full(len(links), -1, dtype=np.int64)
        ok = links >= 0
        lk = np.where(ok, links, 0)
        L = self.length[lk]
        at_start = ok & (pos <= _END_EPS)
        at_end = ok & ~at_start & (pos >= L - _END_EPS)
        node[at_start] = self.from_node[lk[at_start]]
        node[at_end] = self.to_node[lk[at_end]]
        inner = np.flatnonzero(ok & ~at_start & ~at_end)
        il, ip = links[inner], pos[inner]
        order = np.lexsort((ip, il))
        il_s, ip_s = il[order], ip[order]
        new = (
            np.r_[True, (il_s[1:] != il_s[:-1]) | (ip_s[1:] != ip_s[:-1])]
            if len(il_s)
            else np.empty(0, bool)
        )
        uid = np.cumsum(new) - 1
        node[inner[order]] = n0 + uid
        ul, up = il_s[new], ip_s[new]
        n_new = len(ul)
        # segments of the split links: one ending at each inserted point, plus the last piece
        split_links = np.unique(ul)
        unsplit = np.ones(self.n_links, bool)
        unsplit[split_links] = False
        base = np.flatnonzero(unsplit)
        same_prev = np.r_[False, ul[1:] == ul[:-1]] if n_new else np.empty(0, bool)
        new_nodes = n0 + np.arange(n_new)
        prev_pos = np.r_[0.0, up[:-1]] if n_new else np.empty(0)
        prev_node = np.r_[0, new_nodes[:-1]] if n_new else np.empty(0, np.int64)
        a_in = np.where(same_prev, prev_pos, 0.0)
        u_in = np.where(same_prev, prev_node, self.from_node[ul] if n_new else prev_node)
        last = np.r_[ul[1:] != ul[:-1], True] if n_new else np.empty(0, bool)
        seg_link = np.concatenate([base, ul, ul[last]])
        seg_a = np.concatenate([np.zeros(len(base)), a_in, up[last]])
        seg_b = np.concatenate([self.length[base], up, self.length[ul[last]]])
        seg_u = np.concatenate([self.from_node[base], u_in, new_nodes[last]])
        seg_v = np.concatenate([self.to_node[base], new_nodes, self.to_node[ul[last]]])
        full = self.length[seg_link]
        with np.errstate(invalid="ignore", divide="ignore"):
            frac = np.where(full > 0, (seg_b - seg_a) / np.where(full > 0, full, 1.0), 1.0)
        seg_cf = self.cost_forward[seg_link] * frac
        seg_cb = self.cost_backward[seg_link] * frac
        # 0 * inf is nan for a zero-length piece of a closed link: keep it closed
        seg_cf = np.where(np.isfinite(self.cost_forward[seg_link]), seg_cf, np.inf)
        seg_cb = np.where(np.isfinite(self.cost_backward[seg_link]), seg_cb, np.inf)
        point_nodes = []
        start = 0
        for a in attachments:
            point_nodes.append(node[start : start + len(a)])
            start += len(a)
        return _Split(seg_link, seg_a, seg_b, seg_u, seg_v, seg_cf, seg_cb, n0 + n_new, point_nodes)

    @staticmethod
    def _csr(
        sp: _Split, src_nodes: np.ndarray, src_weight: np.ndarray, reverse: bool
    ) -> csr_matrix:
        """Directed CSR graph of a split network plus one virtual node per source.

        Virtual node ``sp.n_nodes + i`` has one edge to ``src_nodes[i]`` with
        weight ``src_weight[i]`` (in the graph as given, also when reversed).
        Of parallel edges only the cheapest is kept (scipy would add them up).
        """
        u, v = sp.seg_u, sp.seg_v
        ef = np.isfinite(sp.seg_cf) & (u != v)
        eb = np.isfinite(sp.seg_cb) & (u != v)
        a = np.concatenate([u[ef], v[eb]])
        b = np.concatenate([v[ef], u[eb]])
        w = np.concatenate([sp.seg_cf[ef], sp.seg_cb[eb]])
        if reverse:
            a, b = b, a
        k = len(src_nodes)
        n = sp.n_nodes + k
        a = np.concatenate([a, sp.n_nodes + np.arange(k)])
        b = np.concatenate([b, src_nodes])
        w = np.concatenate([w, src_weight])
        order = np.lexsort((w, b, a))
        a, b, w = a[order], b[order], w[order]
        if len(a):
            keep = np.r_[True, (a[1:] != a[:-1]) | (b[1:] != b[:-1])]
            a, b, w = a[keep], b[keep], w[keep]
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(a, minlength=n), out=indptr[1:])
        return csr_matrix((w, b.astype(np.int32), indptr), shape=(n, n))

    # -- queries ---------------------------------------------------------------

    def nearest_source(
        self,
        sources: Attachment,
        targets: Attachment,
        *,
        limit: float | None = None,
    ) -> Allocation:
        """Allocate every target to its cheapest source in one Dijkstra pass.

        Parameters
        ----------
        sources, targets : Attachment
        limit : float, optional
            Targets whose cheapest source costs more get status BEYOND_LIMIT.

        Returns
        -------
        Allocation
            Exact ties go to the lowest source index.
        """
        sp = self._split([sources, targets])
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
        g = self._csr(sp, s_nodes[s_ok], sources.access_cost[s_ok] + tie, reverse=False)
        vs = sp.n_nodes + np.arange(len(s_ok))
        d, _, src = dijkstra(g, directed=True, indices=vs, min_only=True, return_predecessors=True)
        tn = t_nodes[t_ok]
        reach = np.isfinite(d[tn])
        idx = np.flatnonzero(t_ok)[reach]
        k = src[tn[reach]] - sp.n_nodes
        source[idx] = s_ok[k]
        cost[idx] = d[tn[reach]] - tie[k] + targets.access_cost[idx]
        status[idx] = ALLOCATED
        if limit is not None:
            status[idx[cost[idx] > limit]] = BEYOND_LIMIT
        return Allocation(source, cost, status)

    def _rows(
        self,
        sp: _Split,
        start: Attachment,
        start_nodes: np.ndarray,
        reverse: bool,
        limit: float | None,
        cancelled: Callable[[], bool] | None = None,
    ):
        """Yield (start indices, distance block) per chunk of attached starts."""
        ok = np.flatnonzero(start_nodes >= 0)
        if len(ok) == 0:
            return
        g = self._csr(sp, start_nodes[ok], start.access_cost[ok], reverse=reverse)
        n = g.shape[0]
        chunk = max(1, _BLOCK_CELLS // n)
        kw = {"limit": float(limit)} if limit is not None else {}
        for i in range(0, len(ok), chunk):
            if cancelled is not None and cancelled():
                return
            rows = ok[i : i + chunk]
            vs = sp.n_nodes + np.arange(i, i + len(rows))
            d = dijkstra(g, directed=True, indices=vs, **kw)
            yield rows, d[:, : sp.n_nodes]

    def cost_matrix(
        self,
        origins: Attachment,
        destinations: Attachment,
        *,
        limit: float | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> np.ndarray:
        """Cost from every origin to every destination.

        Includes the access legs at both ends; inf where there is no path or
        the cost exceeds ``limit``.  Runs one Dijkstra per point of the smaller
        side (from the destinations on the reversed graph when they are fewer).

        Returns
        -------
        ndarray, shape (len(origins), len(destinations))
        """
        out = np.full((len(origins), len(destinations)), np.inf)
        for rows, cols, block in self._cost_blocks(origins, destinations, limit, cancelled):
            out[np.ix_(rows, cols)] = block
        return out

    def _cost_blocks(self, origins: Attachment, destinations: Attachment, limit, cancelled=None):
        """Yield (origin rows, destination cols, cost block) covering all attached pairs."""
        sp = self._split([origins, destinations])
        o_nodes, d_nodes = sp.point_nodes
        o_ok = np.flatnonzero(o_nodes >= 0)
        d_ok = np.flatnonzero(d_nodes >= 0)
        if len(o_ok) == 0 or len(d_ok) == 0:
            return
        reverse = len(d_ok) < len(o_ok) and len(o_ok) * len(d_ok) <= _BLOCK_CELLS
        if not reverse:
            end_cost = destinations.access_cost[d_ok]
            for rows, d in self._rows(sp, origins, o_nodes, False, limit, cancelled):
                block = d[:, d_nodes[d_ok]] + end_cost
                if limit is not None:
                    block[block > limit] = np.inf
                yield rows, d_ok, block
        else:
            full = np.full((len(o_ok), len(d_ok)), np.inf)
            col_of = np.full(len(destinations), -1)
            col_of[d_ok] = np.arange(len(d_ok))
            end_cost = origins.access_cost[o_ok]
            for rows, d in self._rows(sp, destinations, d_nodes, True, limit, cancelled):
                full[:, col_of[rows]] = (d[:, o_nodes[o_ok]] + end_cost).T
            if limit is not None:
                full[full > limit] = np.inf
            yield o_ok, d_ok, full

    def od_matrix(
        self,
        origins: Attachment,
        destinations: Attachment,
        *,
        limit: float | None = None,
        k: int | None = None,
        cancelled: Callable[[], bool] | None = None,
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

        Returns
        -------
        DataFrame
            ``origin``, ``destination`` (indices into the inputs), ``cost``;
            sorted by origin, cost, destination.  Unreachable pairs are left out.
        """
        if k is not None and k < 1:
            raise InputError("K (the number of nearest destinations) must be at least 1.")
        parts = []
        for rows, cols, block in self._cost_blocks(origins, destinations, limit, cancelled):
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
        link = pieces["link"].to_numpy()
        start = pieces["start"].to_numpy()
        end = pieces["end"].to_numpy()
        whole = (start <= _END_EPS) & (end >= self.length[link] - _END_EPS)
        geom = np.empty(len(link), dtype=object)
        geom[whole] = self.lines[link[whole]]
        cut = ~whole
        geom[cut] = line_substrings(self.lines, start[cut], end[cut], which=link[cut])
        return geom

    def service_area(
        self,
        sources: Attachment,
        thresholds: Sequence[float],
        *,
        targets: Attachment | None = None,
        per_source: bool = True,
        cancelled: Callable[[], bool] | None = None,
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

        Returns
        -------
        ServiceArea
        """
        th = np.unique(np.asarray(list(thresholds), dtype=float))
        if len(th) == 0 or not np.all(np.isfinite(th)) or th[0] <= 0:
            raise InputError("THRESHOLDS must be positive numbers, e.g. '5,10,20,30'.")
        atts = [sources] + ([targets] if targets is not None else [])
        sp = self._split(atts)
        s_nodes = sp.point_nodes[0]
        t_nodes = sp.point_nodes[1] if targets is not None else None
        tmax = float(th[-1])
        frames, row_ids, tcosts = [], [], []
        if per_source:
            blocks = self._rows(sp, sources, s_nodes, False, tmax, cancelled)
        else:
            blocks = self._min_rows(sp, sources, s_nodes, tmax)
        for rows, d in blocks:
            frames.append(_reach_pieces(sp, d, rows, th))
            row_ids.append(rows)
            if targets is not None:
                tc = np.full((len(rows), len(targets)), np.inf)
                t_ok = np.flatnonzero(t_nodes >= 0)
                c = d[:, t_nodes[t_ok]] + targets.access_cost[t_ok]
                c[c > tmax] = np.inf
                tc[:, t_ok] = c
                tcosts.append(tc)
        pieces = _merge_pieces(frames)
        geom = self.piece_geometry(pieces)
        rows = np.concatenate(row_ids) if row_ids else np.empty(0, np.int64)
        tcost = None
        if targets is not None:
            tcost = np.vstack(tcosts) if tcosts else np.full((0, len(targets)), np.inf)
        return ServiceArea(pieces, geom, th, rows, tcost)

    def _min_rows(self, sp: _Split, sources: Attachment, s_nodes: np.ndarray, limit: float):
        """Yield one row: the cost from the nearest source, all sources in one pass."""
        ok = np.flatnonzero(s_nodes >= 0)
        if len(ok) == 0:
            return
        g = self._csr(sp, s_nodes[ok], sources.access_cost[ok], reverse=False)
        vs = sp.n_nodes + np.arange(len(ok))
        d = dijkstra(g, directed=True, indices=vs, min_only=True, limit=float(limit))
        yield np.array([-1]), d[None, : sp.n_nodes]

    def reached_segments(
        self, sources: Attachment, limit: float, *, per_source: bool = True
    ) -> ServiceArea:
        """The link pieces reached within ``limit`` (see ``service_area``)."""
        return self.service_area(sources, [limit], per_source=per_source)


def _reach_pieces(sp: _Split, d: np.ndarray, rows: np.ndarray, th: np.ndarray) -> pd.DataFrame:
    """Band pieces of the segments reached in each row of node costs ``d``."""
    tmax = th[-1]
    du_all = d[:, sp.seg_u]
    dv_all = d[:, sp.seg_v]
    r, s = np.nonzero(np.minimum(du_all, dv_all) <= tmax)
    du, dv = du_all[r, s], dv_all[r, s]
    del du_all, dv_all
    cf, cb = sp.seg_cf[s], sp.seg_cb[s]
    ell = sp.seg_b[s] - sp.seg_a[s]
    out = []
    f_prev = np.zeros(len(s))
    g_prev = ell.copy()
    whole_prev = np.zeros(len(s), bool)
    for k, t in enumerate(th):
        f = _reach(t - du, cf, ell)
        g = ell - _reach(t - dv, cb, ell)
        whole = f >= g
        # newly whole: the gap left at the previous threshold
        nw = whole & ~whole_prev
        part = ~whole
        starts = [f_prev[nw], f_prev[part], g[part]]
        ends = [g_prev[nw], f[part], g_prev[part]]
        idx = [np.flatnonzero(nw), np.flatnonzero(part), np.flatnonzero(part)]
        st = np.concatenate(starts)
        en = np.concatenate(ends)
        ix = np.concatenate(idx)
        pos = en > st
        st, en, ix = st[pos], en[pos], ix[pos]
        a_, b_, cf_, cb_, l_ = du[ix], dv[ix], cf[ix], cb[ix], ell[ix]
        c0 = _cost_at(st, a_, b_, cf_, cb_, l_)
        c1 = _cost_at(en, a_, b_, cf_, cb_, l_)
        # the cost along a segment is the minimum of two linear functions, so it
        # is concave: its minimum lies at a piece end, its maximum at an end or
        # where the two meet
        with np.errstate(invalid="ignore", divide="ignore"):
            peak = (b_ + cb_ - a_) * l_ / (cf_ + cb_)
        inside = np.isfinite(peak) & (peak > st) & (peak < en)
        cpk = np.where(inside, _cost_at(np.where(inside, peak, st), a_, b_, cf_, cb_, l_), -np.inf)
        out.append(
            pd.DataFrame(
                {
                    "source": rows[r[ix]],
                    "band": np.full(len(ix), k, dtype=np.int64),
                    "link": sp.seg_link[s[ix]],
                    "start": sp.seg_a[s[ix]] + st,
                    "end": sp.seg_a[s[ix]] + en,
                    "cost_min": np.minimum(c0, c1),
                    "cost_max": np.maximum(np.maximum(c0, c1), cpk),
                }
            )
        )
        f_prev = np.where(whole, ell, f)
        g_prev = np.where(whole, ell, g)
        whole_prev = whole
    return pd.concat(out, ignore_index=True) if out else pd.DataFrame()


def _reach(budget: np.ndarray, c: np.ndarray, ell: np.ndarray) -> np.ndarray:
    """Length reached along a segment of length ``ell`` and cost ``c`` with a budget."""
    with np.errstate(invalid="ignore", divide="ignore"):
        x = np.where(c > 0, budget / np.where(c > 0, c, 1.0) * ell, np.where(budget >= 0, ell, 0.0))
    x = np.where(np.isfinite(c) & (budget >= 0), x, 0.0)
    return np.clip(np.nan_to_num(x, nan=0.0), 0.0, ell)


def _cost_at(x, du, dv, cf, cb, ell):
    """Cost at distance ``x`` along a segment (cheapest of the two ends)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        fr = np.where(ell > 0, x / np.where(ell > 0, ell, 1.0), 0.0)
        a = np.where(np.isfinite(cf) & np.isfinite(du), du + cf * fr, np.inf)
        b = np.where(np.isfinite(cb) & np.isfinite(dv), dv + cb * (1.0 - fr), np.inf)
    return np.minimum(a, b)


def _merge_pieces(frames: list) -> pd.DataFrame:
    """Join pieces of the same link, source and band that touch end to start."""
    cols = ["source", "band", "link", "start", "end", "cost_min", "cost_max"]
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame({c: np.empty(0, np.int64 if c in cols[:3] else float) for c in cols})
    p = {c: np.concatenate([f[c].to_numpy() for f in frames]) for c in cols}
    order = np.lexsort((p["start"], p["link"], p["band"], p["source"]))
    p = {c: v[order] for c, v in p.items()}
    src, band, link, st, en = p["source"], p["band"], p["link"], p["start"], p["end"]
    same = np.r_[
        False,
        (src[1:] == src[:-1])
        & (band[1:] == band[:-1])
        & (link[1:] == link[:-1])
        & (st[1:] <= en[:-1] + 1e-9),
    ]
    heads = np.flatnonzero(~same)
    out = {
        "source": src[heads],
        "band": band[heads],
        "link": link[heads],
        "start": np.minimum.reduceat(st, heads),
        "end": np.maximum.reduceat(en, heads),
        "cost_min": np.minimum.reduceat(p["cost_min"], heads),
        "cost_max": np.maximum.reduceat(p["cost_max"], heads),
    }
    return pd.DataFrame(out)


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------


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
        ``fill_speeds`` first).
    cost_forward, cost_backward : array of float, optional
        Explicit cost per feature and direction (NaN or inf = closed) in the
        unit named by ``cost``; they replace length/speed and the direction
        flags.  Multi-part or split features share their cost by length.
    split_at_shared_vertices : bool
        Also join lines where a vertex inside one line meets a vertex of
        another (as QGIS's network analysis does), splitting the link there.

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

    # -- explode to single lines ---------------------------------------------------
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
        if np.any((tid != 1) & (tid != 2)):
            raise InputError("NETWORK must be a line layer; it holds points or polygons.")
        keep = ~shapely.is_empty(parts) & (shapely.get_num_coordinates(parts) >= 2)
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
        raise InputError("NETWORK has no usable lines.")

    # -- nodes: cluster the vertices that can be junctions ---------------------------
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
    lab = _cluster(coords[cand], float(snap_tolerance))
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

    # -- components and counts ----------------------------------------------------------
    nn = len(node_xy)
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
        component=comp,
        stats=stats,
    )

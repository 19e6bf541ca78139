"""Shortest paths on a road network: the virtually split graph, Dijkstra in chunks,
and the link pieces reached within cost thresholds.

No QGIS here: numpy, scipy and shapely >= 2 only. These are the workings behind the
queries of :class:`smaaby_plugin.core.catchments.network.Network` (``nearest_source``,
``cost_matrix``, ``od_matrix``, ``service_area``); use those.

Method
------
For a query, the links carrying attached points are split virtually at their projected
positions and each source gets a virtual node joined to its position by its access
cost; ``scipy.sparse.csgraph.dijkstra`` (Dijkstra 1959) then runs once for all sources
with ``min_only=True`` or once per source with a ``limit``. On a segment whose two end
costs are ``du`` and ``dv`` (forward cost ``cf``, backward ``cb``, length ``L``) the
cost at distance ``x`` from its start is ``min(du + cf * x / L, dv + cb * (L - x) /
L)``, so the part reached within a threshold ``T`` is ``[0, (T - du) L / cf] U
[L - (T - dv) L / cb, L]``, cut exactly with :func:`line_substrings`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from smaaby_plugin.core.progress import Progress, report, timed_chunks

if TYPE_CHECKING:
    from smaaby_plugin.core.catchments.network import Attachment, Network

__all__ = [
    "BLOCK_CELLS",
    "END_EPS",
    "Split",
    "cost_blocks",
    "csr",
    "dijkstra_rows",
    "concat_pieces",
    "line_substrings",
    "merge_pieces",
    "nearest_rows",
    "piece_geometry",
    "reach_pieces",
    "split",
]

# Positions closer than this (metres) to a link end are attached to the end node.
END_EPS = 1e-9
# Upper bound on the cells of one dense block of Dijkstra results.
BLOCK_CELLS = 10_000_000


@dataclass
class Split:
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


def split(net: Network, attachments: Sequence[Attachment]) -> Split:
    """Insert the attached points as nodes of ``net``; return the segment table.

    A link carrying attached points is cut there virtually (cost shared in proportion
    to length, as the cost per metre is constant along a link); points within
    ``END_EPS`` of a link end take the end node.
    """
    n0 = net.n_nodes
    links = np.concatenate([a.link for a in attachments]) if attachments else np.empty(0, int)
    pos = np.concatenate([a.position for a in attachments]) if attachments else np.empty(0)
    node = np.full(len(links), -1, dtype=np.int64)
    ok = links >= 0
    lk = np.where(ok, links, 0)
    L = net.length[lk]
    at_start = ok & (pos <= END_EPS)
    at_end = ok & ~at_start & (pos >= L - END_EPS)
    node[at_start] = net.from_node[lk[at_start]]
    node[at_end] = net.to_node[lk[at_end]]
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
    unsplit = np.ones(net.n_links, bool)
    unsplit[split_links] = False
    base = np.flatnonzero(unsplit)
    same_prev = np.r_[False, ul[1:] == ul[:-1]] if n_new else np.empty(0, bool)
    new_nodes = n0 + np.arange(n_new)
    prev_pos = np.r_[0.0, up[:-1]] if n_new else np.empty(0)
    prev_node = np.r_[0, new_nodes[:-1]] if n_new else np.empty(0, np.int64)
    a_in = np.where(same_prev, prev_pos, 0.0)
    u_in = np.where(same_prev, prev_node, net.from_node[ul] if n_new else prev_node)
    last = np.r_[ul[1:] != ul[:-1], True] if n_new else np.empty(0, bool)
    seg_link = np.concatenate([base, ul, ul[last]])
    seg_a = np.concatenate([np.zeros(len(base)), a_in, up[last]])
    seg_b = np.concatenate([net.length[base], up, net.length[ul[last]]])
    seg_u = np.concatenate([net.from_node[base], u_in, new_nodes[last]])
    seg_v = np.concatenate([net.to_node[base], new_nodes, net.to_node[ul[last]]])
    full = net.length[seg_link]
    with np.errstate(invalid="ignore", divide="ignore"):
        frac = np.where(full > 0, (seg_b - seg_a) / np.where(full > 0, full, 1.0), 1.0)
    seg_cf = net.cost_forward[seg_link] * frac
    seg_cb = net.cost_backward[seg_link] * frac
    # 0 * inf is nan for a zero-length piece of a closed link: keep it closed
    seg_cf = np.where(np.isfinite(net.cost_forward[seg_link]), seg_cf, np.inf)
    seg_cb = np.where(np.isfinite(net.cost_backward[seg_link]), seg_cb, np.inf)
    point_nodes = []
    start = 0
    for a in attachments:
        point_nodes.append(node[start : start + len(a)])
        start += len(a)
    return Split(seg_link, seg_a, seg_b, seg_u, seg_v, seg_cf, seg_cb, n0 + n_new, point_nodes)


def csr(sp: Split, src_nodes: np.ndarray, src_weight: np.ndarray, reverse: bool) -> csr_matrix:
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


def dijkstra_rows(
    sp: Split,
    start: Attachment,
    start_nodes: np.ndarray,
    reverse: bool,
    limit: float | None,
    progress: Progress | None = None,
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Yield (start indices, node costs) per chunk of attached starts, one Dijkstra
    search per start (scipy.sparse.csgraph), on the reversed graph if ``reverse``.

    The chunks are sized from the measured pace (about 0.2 s each, and at most
    ``BLOCK_CELLS`` costs), and ``progress`` is called before each, so a cancel takes
    effect between chunks. Each row is independent, so the chunking changes no result.
    """
    ok = np.flatnonzero(start_nodes >= 0)
    if len(ok) == 0:
        report(progress, 1.0)
        return
    g = csr(sp, start_nodes[ok], start.access_cost[ok], reverse=reverse)
    n = g.shape[0]
    kw = {"limit": float(limit)} if limit is not None else {}
    for part in timed_chunks(len(ok), progress, first=1, largest=max(1, BLOCK_CELLS // n)):
        rows = ok[part]
        vs = sp.n_nodes + np.arange(part.start, part.stop)
        d = dijkstra(g, directed=True, indices=vs, **kw)
        yield rows, d[:, : sp.n_nodes]


def cost_blocks(
    net: Network,
    origins: Attachment,
    destinations: Attachment,
    limit: float | None,
    progress: Progress | None = None,
) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Yield (origin rows, destination cols, cost block) covering all attached pairs."""
    sp = split(net, [origins, destinations])
    o_nodes, d_nodes = sp.point_nodes
    o_ok = np.flatnonzero(o_nodes >= 0)
    d_ok = np.flatnonzero(d_nodes >= 0)
    if len(o_ok) == 0 or len(d_ok) == 0:
        return
    reverse = len(d_ok) < len(o_ok) and len(o_ok) * len(d_ok) <= BLOCK_CELLS
    if not reverse:
        end_cost = destinations.access_cost[d_ok]
        for rows, d in dijkstra_rows(sp, origins, o_nodes, False, limit, progress):
            block = d[:, d_nodes[d_ok]] + end_cost
            if limit is not None:
                block[block > limit] = np.inf
            yield rows, d_ok, block
    else:
        full = np.full((len(o_ok), len(d_ok)), np.inf)
        col_of = np.full(len(destinations), -1)
        col_of[d_ok] = np.arange(len(d_ok))
        end_cost = origins.access_cost[o_ok]
        for rows, d in dijkstra_rows(sp, destinations, d_nodes, True, limit, progress):
            full[:, col_of[rows]] = (d[:, o_nodes[o_ok]] + end_cost).T
        if limit is not None:
            full[full > limit] = np.inf
        yield o_ok, d_ok, full


def nearest_rows(
    sp: Split, sources: Attachment, s_nodes: np.ndarray, limit: float
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Yield one row: the cost from the nearest source, all sources in one pass."""
    ok = np.flatnonzero(s_nodes >= 0)
    if len(ok) == 0:
        return
    g = csr(sp, s_nodes[ok], sources.access_cost[ok], reverse=False)
    vs = sp.n_nodes + np.arange(len(ok))
    d = dijkstra(g, directed=True, indices=vs, min_only=True, limit=float(limit))
    yield np.array([-1]), d[None, : sp.n_nodes]


def reach_pieces(sp: Split, d: np.ndarray, rows: np.ndarray, th: np.ndarray) -> pd.DataFrame:
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


def merge_pieces(frames: list) -> pd.DataFrame:
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


def concat_pieces(frames: list) -> pd.DataFrame:
    """Pieces merged chunk by chunk (:func:`merge_pieces` of each), one after the other.

    The chunks hold different sources in increasing order, so this is the table that
    :func:`merge_pieces` of all the pieces at once would give.
    """
    frames = [f for f in frames if len(f)]
    if not frames:
        return merge_pieces([])
    return pd.concat(frames, ignore_index=True)


def piece_geometry(
    net: Network, pieces: pd.DataFrame, progress: Progress | None = None
) -> np.ndarray:
    """Geometry of link pieces (columns link, start, end): the link itself where a
    piece covers it whole, else the cut part (in chunks, see :func:`line_substrings`)."""
    link = pieces["link"].to_numpy()
    start = pieces["start"].to_numpy()
    end = pieces["end"].to_numpy()
    whole = (start <= END_EPS) & (end >= net.length[link] - END_EPS)
    geom = np.empty(len(link), dtype=object)
    geom[whole] = net.lines[link[whole]]
    cut = ~whole
    geom[cut] = line_substrings(net.lines, start[cut], end[cut], which=link[cut], progress=progress)
    return geom


def line_substrings(
    lines: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    which: np.ndarray | None = None,
    progress: Progress | None = None,
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
    progress : Progress, optional
        Told the share done between chunks of pieces; raises ``Cancelled``. The
        vertices are measured once for all pieces, so the chunks change no result.

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
        report(progress, 1.0)
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
    start = np.asarray(start, float)
    end = np.asarray(end, float)

    def _interp(d, i):
        seg = cum[i] - cum[i - 1]
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.where(seg > 0, (d - cum[i - 1]) / np.where(seg > 0, seg, 1.0), 0.0)
        t = np.clip(t, 0.0, 1.0)[:, None]
        return coords[i - 1] + t * (coords[i] - coords[i - 1])

    out = np.empty(n, dtype=object)
    for part in timed_chunks(n, progress, first=10_000):
        pinv = inv[part]
        a = np.clip(start[part], 0.0, total[pinv])
        b = np.clip(end[part], 0.0, total[pinv])
        lo, hi = vstart[pinv], vstart[pinv] + nv[pinv] - 1
        ia = np.clip(np.searchsorted(key, pinv * span + a, side="right"), lo + 1, hi)
        ib = np.clip(np.searchsorted(key, pinv * span + b, side="left"), lo + 1, hi)
        p0 = _interp(a, ia)
        p1 = _interp(b, ib)
        k = np.maximum(ib - ia, 0)  # vertices strictly inside
        count = k + 2
        owner = np.repeat(np.arange(len(pinv)), count)
        first = np.r_[0, np.cumsum(count)[:-1]]
        rank = np.arange(len(owner)) - first[owner]  # 0 .. k+1 within the piece
        src = ia[owner] + rank - 1  # vertex index for the inner ranks
        xy = np.empty((len(owner), 2))
        inner = (rank > 0) & (rank < count[owner] - 1)
        xy[inner] = coords[src[inner]]
        xy[first] = p0
        xy[first + count - 1] = p1
        out[part] = shapely.linestrings(xy, indices=owner)
    return out

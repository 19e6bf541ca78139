"""Service areas for ``smaaby:serviceareas``: the reached network as band lines and
buffered polygons, and the population reached.

No QGIS here. Works on the result of
:meth:`smaaby_plugin.core.catchments.network.Network.service_area`
(``ServiceArea.pieces``/``geometry``/``target_cost``).

API summary
-----------
``band_lines(pieces, geometry) -> (DataFrame, multilines)``
    One MultiLineString per source and band with its length and cost range.
``service_area_polygons(pieces, geometry, n_bands, buffer_distance, links=None,
progress=None) -> (DataFrame, polygons)``
    Per source and threshold the reached network (all bands up to it) buffered.
``population_reached(target_cost, population, thresholds) -> ndarray``
    Population whose cost is within each threshold, per row of sources.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.catchments import _chunked as chunked
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.progress import Progress, report, scaled

__all__ = ["band_lines", "population_reached", "service_area_polygons"]


def band_lines(pieces: pd.DataFrame, geometry: np.ndarray) -> tuple[pd.DataFrame, np.ndarray]:
    """Merge reached pieces into one MultiLineString per source and band.

    Parameters
    ----------
    pieces : DataFrame
        ``ServiceArea.pieces`` (columns source, band, cost_min, cost_max, start, end).
    geometry : array of LineString
        ``ServiceArea.geometry``.

    Returns
    -------
    table : DataFrame
        source, band, n_pieces, length_m, cost_min, cost_max; sorted by source, band.
    lines : array of MultiLineString

    Examples
    --------
    >>> from shapely import LineString
    >>> p = pd.DataFrame({"source": [0, 0, 1], "band": [0, 0, 0], "start": [0.0, 0.0, 0.0],
    ...                   "end": [1.0, 2.0, 3.0], "cost_min": [0.0, 1.0, 0.0],
    ...                   "cost_max": [1.0, 3.0, 3.0]})
    >>> g = np.array([LineString([(0, 0), (1, 0)]), LineString([(5, 0), (7, 0)]),
    ...               LineString([(0, 0), (0, 3)])])
    >>> t, m = band_lines(p, g)
    >>> t["length_m"].tolist(), t["cost_max"].tolist(), [len(x.geoms) for x in m]
    ([3.0, 3.0], [3.0, 3.0], [2, 1])
    """
    if len(pieces) == 0:
        empty = pd.DataFrame(
            {
                "source": np.empty(0, np.int64),
                "band": np.empty(0, np.int64),
                "n_pieces": np.empty(0, np.int64),
                "length_m": np.empty(0),
                "cost_min": np.empty(0),
                "cost_max": np.empty(0),
            }
        )
        return empty, np.empty(0, dtype=object)
    key = pieces[["source", "band"]].to_numpy()
    step = np.diff(key[:, 0] * (int(key[:, 1].max()) + 1) + key[:, 1])
    # ServiceArea.pieces come sorted already
    order = np.arange(len(key)) if np.all(step >= 0) else np.lexsort((key[:, 1], key[:, 0]))
    key = key[order]
    new = np.r_[True, np.any(key[1:] != key[:-1], axis=1)]
    grp = np.cumsum(new) - 1
    heads = np.flatnonzero(new)
    lengths = (pieces["end"].to_numpy() - pieces["start"].to_numpy())[order]
    n = int(grp[-1]) + 1
    table = pd.DataFrame(
        {
            "source": key[new, 0],
            "band": key[new, 1],
            "n_pieces": np.bincount(grp, minlength=n).astype(np.int64),
            "length_m": np.bincount(grp, weights=lengths, minlength=n),
            "cost_min": np.minimum.reduceat(pieces["cost_min"].to_numpy()[order], heads),
            "cost_max": np.maximum.reduceat(pieces["cost_max"].to_numpy()[order], heads),
        }
    )
    lines = shapely.multilinestrings(np.asarray(geometry, dtype=object)[order], indices=grp)
    return table, lines


def service_area_polygons(
    pieces: pd.DataFrame,
    geometry: np.ndarray,
    n_bands: int,
    buffer_distance: float,
    links: np.ndarray | None = None,
    quad_segs: int = 4,
    tile_size: float | None = None,
    progress: Progress | None = None,
) -> tuple[pd.DataFrame, np.ndarray]:
    """Polygons of the network reached within each threshold, buffered.

    The polygon for source ``s`` and threshold ``k`` is the union of the buffers
    of all pieces of ``s`` in bands ``0..k`` (everything reached within
    ``thresholds[k]``).

    With ``links`` (the network's link geometries, indexed by ``pieces.link``)
    the union is sped up without changing its result: a link reached whole is
    buffered once for all sources, and the links are grouped in square tiles and
    blocks of 2^j x 2^j tiles (a quadtree) whose unions are computed once and used
    wherever a source reaches all links of a block whole, so each polygon is the
    union of a few large blocks and the pieces at its rim.  (Buffering a
    MultiLineString of thousands of overlapping pieces at once is far slower in
    GEOS than a cascaded union of the parts.)

    Parameters
    ----------
    pieces, geometry
        ``ServiceArea.pieces`` and ``ServiceArea.geometry``.
    n_bands : int
        Number of thresholds.
    buffer_distance : float
        Metres around the reached lines (> 0).
    links : array of LineString, optional
        ``Network.lines``.
    quad_segs : int
        Segments per quarter circle of the buffer.
    tile_size : float, optional
        Side of the smallest tiles (m); default 0.25 x ``buffer_distance``.
    progress : Progress, optional
        Told the share done between chunks of buffers and unions; raises
        ``Cancelled``. The chunks change no result (each polygon is the union of the
        same buffers in the same order).

    Returns
    -------
    table : DataFrame
        source, band (threshold index), length_m (network reached within it),
        area_m2 (of the polygon); one row per source and threshold that reaches
        anything.
    polygons : array of Polygon/MultiPolygon

    Examples
    --------
    >>> from shapely import LineString
    >>> p = pd.DataFrame({"source": [0, 0], "band": [0, 1], "link": [0, 1],
    ...                   "start": [0.0, 0.0], "end": [10.0, 10.0]})
    >>> g = np.array([LineString([(0, 0), (10, 0)]), LineString([(10, 0), (20, 0)])])
    >>> t, poly = service_area_polygons(p, g, 2, 1.0, links=g)
    >>> t["length_m"].tolist(), [round(x.bounds[2], 6) for x in poly]
    ([10.0, 20.0], [11.0, 21.0])
    """
    if not np.isfinite(buffer_distance) or buffer_distance <= 0:
        raise InputError("The buffer distance for service-area polygons must be positive.")
    empty = (
        pd.DataFrame(
            {
                "source": np.empty(0, np.int64),
                "band": np.empty(0, np.int64),
                "length_m": np.empty(0),
                "area_m2": np.empty(0),
            }
        ),
        np.empty(0, dtype=object),
    )
    if len(pieces) == 0:
        return empty
    geometry = np.asarray(geometry, dtype=object)
    band = pieces["band"].to_numpy()
    source = pieces["source"].to_numpy()
    length = pieces["end"].to_numpy() - pieces["start"].to_numpy()
    # each piece belongs to its own band's polygon and every larger one
    reps = n_bands - band
    idx = np.repeat(np.arange(len(pieces)), reps)
    first = np.r_[0, np.cumsum(reps)[:-1]]
    k = band[idx] + (np.arange(len(idx)) - np.repeat(first, reps))
    gkey = np.stack([source[idx], k], axis=1)
    ukey, grp = np.unique(gkey, axis=0, return_inverse=True)
    grp = np.asarray(grp).ravel()
    n = len(ukey)
    table = pd.DataFrame(
        {
            "source": ukey[:, 0],
            "band": ukey[:, 1],
            "length_m": np.bincount(grp, weights=length[idx], minlength=n),
        }
    )
    if links is None:
        buffers = chunked.buffer(
            geometry[idx], buffer_distance, quad_segs, scaled(progress, 0.0, 0.3)
        )
        polys = chunked.grouped_union(buffers, grp, n, scaled(progress, 0.3, 1.0))
        table["area_m2"] = shapely.area(polys)
        return table, polys
    links = np.asarray(links, dtype=object)
    link = pieces["link"].to_numpy()[idx]
    link_len = shapely.length(links)
    # links reached whole by a group (their pieces in bands <= k cover them)
    gl = pd.DataFrame({"g": grp, "link": link, "len": length[idx]})
    cover = gl.groupby(["g", "link"], sort=True)["len"].sum()
    g_of = cover.index.get_level_values(0).to_numpy()
    l_of = cover.index.get_level_values(1).to_numpy()
    whole = cover.to_numpy() >= link_len[l_of] * (1 - 1e-9) - 1e-9
    tile = float(tile_size) if tile_size else 0.25 * buffer_distance
    q = _Quadtree(links, tile)
    complete = q.complete_tiles(g_of[whole], l_of[whole])
    item_g, item_b, polys_of = q.blocks(complete, links, buffer_distance, quad_segs, progress)
    # a whole link in a complete tile is covered by its block's polygon
    in_complete = np.isin(g_of * q.n_tiles + q.tile_of[l_of], complete) & whole
    whole_rest = whole & ~in_complete
    link_buf = np.empty(len(links), dtype=object)
    rest = np.unique(l_of[whole_rest])
    link_buf[rest] = chunked.buffer(
        links[rest], buffer_distance, quad_segs, scaled(progress, 0.3, 0.35)
    )
    # pieces of links that are not whole for their group
    nl = len(links)
    part = np.isin(
        grp.astype(np.int64) * nl + link, g_of[~whole].astype(np.int64) * nl + l_of[~whole]
    )
    geoms = np.concatenate(
        [
            polys_of[item_b],
            link_buf[l_of[whole_rest]],
            chunked.buffer(
                geometry[idx[part]], buffer_distance, quad_segs, scaled(progress, 0.35, 0.45)
            ),
        ]
    )
    groups = np.concatenate([item_g, g_of[whole_rest], grp[part]])
    polys = chunked.grouped_union(geoms, groups, n, scaled(progress, 0.45, 1.0))
    table["area_m2"] = shapely.area(polys)
    return table, polys


def _union_groups(geoms, groups, n, progress=None):
    """Union per group; a group of one member keeps it (already a valid polygon)."""
    groups = np.asarray(groups, dtype=np.int64)
    cnt = np.bincount(groups, minlength=n)
    out = np.empty(n, dtype=object)
    one = cnt[groups] == 1
    out[groups[one]] = geoms[one]
    many = np.flatnonzero(cnt > 1)
    if len(many):
        pos = np.searchsorted(many, groups[~one])
        out[many] = chunked.grouped_union(geoms[~one], pos, len(many), progress)
    return out


class _Quadtree:
    """Square tiles of links (by their first vertex) and the blocks of 2^j x 2^j tiles.

    A group's tile is complete when the group reaches every link of it whole; a block
    is full when all its tiles are. Each group uses its largest full blocks, whose
    polygons (the union of their links' buffers) are computed once for all groups,
    bottom-up from the tiles. The union of a group's items is then the same set as the
    union of its pieces' buffers, with far fewer members.
    """

    def __init__(self, links: np.ndarray, tile: float):
        cell = np.floor(shapely.get_coordinates(shapely.get_point(links, 0)) / tile)
        cell = cell.astype(np.int64)
        cell -= cell.min(axis=0)
        txy, tile_of = np.unique(cell, axis=0, return_inverse=True)
        self.tile_of = np.asarray(tile_of).ravel()
        self.n_tiles = len(txy)
        self.block = [np.arange(self.n_tiles)]  # block of each tile, per level
        self.n_blocks = [self.n_tiles]
        while self.n_blocks[-1] > 1:
            _, b = np.unique(txy >> len(self.block), axis=0, return_inverse=True)
            self.block.append(np.asarray(b).ravel())
            self.n_blocks.append(int(self.block[-1].max()) + 1)

    def complete_tiles(self, g_whole: np.ndarray, l_whole: np.ndarray) -> np.ndarray:
        """Keys group * n_tiles + tile of the complete tiles, sorted."""
        nt = self.n_tiles
        gt_u, gt_n = np.unique(g_whole * nt + self.tile_of[l_whole], return_counts=True)
        links_in_tile = np.bincount(self.tile_of, minlength=nt)
        return gt_u[gt_n == links_in_tile[gt_u % nt]]

    def blocks(self, complete, links, distance, quad_segs, progress):
        """(group of each item, block id of each item, polygon of each block id)."""
        nt, nb, blk = self.n_tiles, self.n_blocks, self.block
        cg, ct = complete // nt, complete % nt
        top = np.zeros(len(ct), np.int64)
        for j in range(1, len(blk)):
            per_block = np.bincount(blk[j], minlength=nb[j])
            uk, inv, cnt = np.unique(
                cg * nb[j] + blk[j][ct], return_inverse=True, return_counts=True
            )
            full = (cnt == per_block[uk % nb[j]])[np.asarray(inv).ravel()]
            top[full & (top == j - 1)] = j  # a full block's sub-blocks are full too
        off = np.r_[0, np.cumsum(nb)]
        at_top = np.empty(len(ct), np.int64)
        for j in range(len(blk)):
            at_top[top == j] = blk[j][ct[top == j]]
        items = np.unique(cg * off[-1] + off[top] + at_top)
        item_g, item_b = items // off[-1], items % off[-1]
        # the blocks needed: the items and, top-down, their sub-blocks
        need = np.zeros(off[-1], bool)
        need[item_b] = True
        for j in range(len(blk) - 1, 0, -1):
            t = np.flatnonzero(need[off[j] + blk[j]])
            need[off[j - 1] + blk[j - 1][t]] = True
        polys = np.empty(off[-1], dtype=object)
        lk = np.flatnonzero(need[self.tile_of])
        buf = chunked.buffer(links[lk], distance, quad_segs, scaled(progress, 0.0, 0.1))
        polys[:nt] = _union_groups(buf, self.tile_of[lk], nt, scaled(progress, 0.1, 0.2))
        for j in range(1, len(blk)):
            if not need[off[j] : off[j + 1]].any():
                continue
            parent = np.empty(nb[j - 1], np.int64)
            parent[blk[j - 1]] = blk[j]
            ch = np.flatnonzero(need[off[j - 1] : off[j]] & need[off[j] + parent])
            polys[off[j] : off[j + 1]] = _union_groups(polys[off[j - 1] + ch], parent[ch], nb[j])
        report(progress, 0.3)
        return item_g, item_b, polys


def population_reached(
    target_cost: np.ndarray, population: np.ndarray, thresholds: np.ndarray
) -> np.ndarray:
    """Population within each threshold, per row of sources.

    Parameters
    ----------
    target_cost : ndarray, shape (rows, n_targets)
        inf where not reached.
    population : ndarray, shape (n_targets,)
    thresholds : ndarray, shape (n_bands,)

    Returns
    -------
    ndarray, shape (rows, n_bands)

    Examples
    --------
    >>> population_reached(np.array([[1.0, 4.0, np.inf]]), np.array([10.0, 20.0, 5.0]),
    ...                    np.array([2.0, 5.0]))
    array([[10., 30.]])
    """
    pop = np.nan_to_num(np.asarray(population, float))
    tc = np.asarray(target_cost, float)
    th = np.asarray(thresholds, float)
    out = np.empty((tc.shape[0], len(th)))
    for k, t in enumerate(th):
        out[:, k] = (tc <= t) @ pop
    return out

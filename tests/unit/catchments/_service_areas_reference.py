"""The service-area polygon path that the quadtree replaced (kept only for tests).

A copy of ``service_area_polygons`` as it was at commit 2bfddd5: square tiles of
1.5 x buffer whose union is reused when a source reaches all their links whole.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.catchments import _chunked as chunked
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.progress import Progress, scaled


def reference_polygons(
    pieces: pd.DataFrame,
    geometry: np.ndarray,
    n_bands: int,
    buffer_distance: float,
    links: np.ndarray | None = None,
    quad_segs: int = 4,
    tile_size: float | None = None,
    progress: Progress | None = None,
) -> tuple[pd.DataFrame, np.ndarray]:
    """The tiled union before the quadtree (commit 2bfddd5), for comparison only."""
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
    # tiles of links by their first vertex
    tile = float(tile_size) if tile_size else 1.5 * buffer_distance
    xy = shapely.get_coordinates(shapely.get_point(links, 0))
    cell = np.floor(xy / tile).astype(np.int64)
    _, tile_of = np.unique(cell, axis=0, return_inverse=True)
    tile_of = np.asarray(tile_of).ravel()
    n_tiles = int(tile_of.max()) + 1
    links_in_tile = np.bincount(tile_of, minlength=n_tiles)
    gt = g_of[whole] * n_tiles + tile_of[l_of[whole]]
    gt_u, gt_n = np.unique(gt, return_counts=True)
    complete = gt_u[gt_n == links_in_tile[gt_u % n_tiles]]
    done_tiles = np.unique(complete % n_tiles)
    # a whole link in a complete tile is covered by the tile's polygon
    in_complete = np.isin(g_of * n_tiles + tile_of[l_of], complete) & whole
    whole_rest = whole & ~in_complete
    tiled_links = np.flatnonzero(np.isin(tile_of, done_tiles))
    buffered_links = np.union1d(tiled_links, l_of[whole_rest])
    link_buf = np.empty(len(links), dtype=object)
    link_buf[buffered_links] = chunked.buffer(
        links[buffered_links], buffer_distance, quad_segs, scaled(progress, 0.0, 0.15)
    )
    tile_poly = np.empty(n_tiles, dtype=object)
    if len(done_tiles):
        tpos = np.searchsorted(done_tiles, tile_of[tiled_links])
        tile_poly[done_tiles] = chunked.grouped_union(
            link_buf[tiled_links], tpos, len(done_tiles), scaled(progress, 0.15, 0.35)
        )
    # pieces of links that are not whole for their group
    nl = len(links)
    part = np.isin(
        grp.astype(np.int64) * nl + link, g_of[~whole].astype(np.int64) * nl + l_of[~whole]
    )
    geoms = np.concatenate(
        [
            tile_poly[complete % n_tiles],
            link_buf[l_of[whole_rest]],
            chunked.buffer(
                geometry[idx[part]], buffer_distance, quad_segs, scaled(progress, 0.35, 0.45)
            ),
        ]
    )
    groups = np.concatenate([complete // n_tiles, g_of[whole_rest], grp[part]])
    polys = chunked.grouped_union(geoms, groups, n, scaled(progress, 0.45, 1.0))
    table["area_m2"] = shapely.area(polys)
    return table, polys

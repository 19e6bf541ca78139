"""Land cover: built-up street blocks and yards, natural cover from a made-up terrain,
and the AR5 partitions of kommune 9901 in 2015 and 2022."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.sample._geometry import _explode, _partition, _union_nearby, contains_xy
from smaaby_plugin.sample.design import TORGET, _xy


def _blocks(
    streets: np.ndarray, b_xy: np.ndarray, b_type: np.ndarray, b_year: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Street blocks that are built-up: faces of the road network under 8 ha holding at
    least one home or workplace per 6,000 m² (as AR5 maps residential areas).

    Returns the blocks, the year each became built-up (when enough buildings stood),
    and for each building its block (-1 if none).
    """
    faces = shapely.get_parts(shapely.polygonize(streets))
    faces = faces[shapely.area(faces) < 80_000.0]
    settled = np.flatnonzero(b_type != "fritid")
    bi, fi = shapely.STRtree(faces).query(shapely.points(b_xy[settled]), predicate="within")
    bi = settled[bi]
    need = np.maximum(1, np.ceil(shapely.area(faces) / 6000.0)).astype(np.int64)
    # the year the block reached its needed number of buildings
    order = np.lexsort((b_year[bi], fi))
    fi_s, year_s = fi[order], b_year[bi][order]
    rank = np.arange(len(fi_s)) - np.searchsorted(fi_s, fi_s)
    hit = rank == need[fi_s] - 1
    face_year = np.full(len(faces), 9999, dtype=np.int64)
    face_year[fi_s[hit]] = year_s[hit]
    block_of = np.full(len(b_xy), -1, dtype=np.int64)
    ok = face_year[fi] < 9999
    block_of[bi[ok]] = fi[ok]
    return faces, face_year, block_of


def _built(
    blocks: tuple,
    b_xy: np.ndarray,
    b_type: np.ndarray,
    b_year: np.ndarray,
    zones: dict[str, shapely.Geometry],
    unbuilt: shapely.Geometry,
    k9901: shapely.Polygon,
) -> dict[int, shapely.Geometry]:
    """Built-up land (AR5 11) in and near kommune 9901 in 2015 and 2022.

    Built-up street blocks (:func:`_blocks`) as a whole; elsewhere a yard around each
    building. The harbour and the centre are built-up throughout.
    """
    faces, face_year, block_of = blocks
    area = shapely.buffer(k9901, 100.0)
    near = shapely.intersects(faces, area)
    faces, face_year = faces[near], face_year[near]
    inside = contains_xy(area, b_xy[:, 0], b_xy[:, 1])
    b_xy, b_type, b_year = b_xy[inside], b_type[inside], b_year[inside]
    loose = block_of[inside] < 0
    radius = np.select([b_type == "bolig", b_type == "fritid"], [20.0, 12.0], 28.0)
    yards = shapely.buffer(shapely.points(b_xy), radius, quad_segs=2)
    always = shapely.union_all(
        [zones["HAVNA"], shapely.difference(zones["SENTRUM"], zones["PARK"])]
    )
    new_areas = shapely.union_all([zones["G1"], zones["G2"]])
    built = {}
    for year in (2015, 2022):
        sel = loose & (b_year <= year)
        yard = _union_nearby(yards[sel], b_xy[sel], 2 * radius.max())
        blocks = shapely.coverage_union_all(faces[face_year <= year])
        if year == 2015:  # the new housing areas were farmland and forest then
            blocks = shapely.difference(blocks, new_areas)
        built[year] = shapely.difference(shapely.union_all([blocks, yard, always]), unbuilt)
    return built


def _natural(
    rng: np.random.Generator,
    extent: shapely.Polygon,
    sea: shapely.Geometry,
    zones: dict[str, shapely.Geometry],
) -> list[tuple[int, shapely.Geometry]]:
    """Natural land cover (no buildings, no roads) as (AR5 code, area) layers in order
    of precedence: planned areas with a fixed class first, then Voronoi patches over
    ``extent`` classed by a made-up terrain height."""
    x0, y0, x1, y1 = shapely.bounds(extent)
    seeds = np.vstack(
        [
            np.column_stack([rng.uniform(x0, x1, 1700), rng.uniform(y0, y1, 1700)]),
            np.asarray(TORGET) + rng.normal(0.0, 2200.0, (700, 2)),
        ]
    )
    uniform = np.arange(len(seeds)) < 1700
    inside = (seeds[:, 0] > x0) & (seeds[:, 0] < x1) & (seeds[:, 1] > y0) & (seeds[:, 1] < y1)
    seeds, uniform = seeds[inside], uniform[inside]
    bumps = np.column_stack(
        [rng.uniform(x0 - 2000, x1 + 2000, 45), rng.uniform(y0 - 2000, y1 + 2000, 45)]
    )
    amp = rng.normal(0.0, 1.0, 45)
    sigma = rng.uniform(800.0, 2500.0, 45)
    d2 = ((seeds[:, None, :] - bumps[None, :, :]) ** 2).sum(-1)
    field = (amp * np.exp(-d2 / (2 * sigma**2))).sum(1)
    field /= field.std()
    pts = shapely.points(seeds)
    d_sea = shapely.distance(pts, sea)
    valley = shapely.LineString(_xy([(0, 0), (4300, 4300), (6800, 6800)]))
    d_valley = shapely.distance(pts, valley)
    height = 0.075 * d_sea + 90.0 * field - 140.0 * np.exp(-((d_valley / 900.0) ** 2))
    # Class probabilities by height band; the bands are quantiles of the height over
    # the land (so the mix is about the same for every seed): lowland 18 %, slopes
    # 12 %, forest hills 58 %, high ground 12 %.
    q = np.quantile(height[uniform & (d_sea > 0)], [0.18, 0.30, 0.88])
    bands = (
        (q[0], (21, 22, 23, 30, 50), (0.55, 0.10, 0.15, 0.15, 0.05)),
        (q[1], (21, 23, 30, 60), (0.20, 0.15, 0.55, 0.10)),
        (q[2], (30, 60, 50, 23), (0.82, 0.12, 0.03, 0.03)),
        (np.inf, (50, 30, 60), (0.55, 0.25, 0.20)),
    )
    u = rng.random(len(seeds))
    code = np.zeros(len(seeds), dtype=np.int64)
    lower = -np.inf
    for upper, codes, probs in bands:
        sel = (height >= lower) & (height < upper)
        cum = np.cumsum(probs)
        code[sel] = np.asarray(codes)[np.searchsorted(cum, u[sel] * cum[-1])]
        lower = upper
    cells = shapely.get_parts(
        shapely.voronoi_polygons(shapely.multipoints(seeds), extend_to=extent)
    )
    si, ci = shapely.STRtree(cells).query(pts, predicate="intersects")
    first = np.unique(si, return_index=True)[1]
    cell_code = np.zeros(len(cells), dtype=np.int64)
    cell_code[ci[first]] = code[si[first]]
    cells = shapely.intersection(cells, extent)
    fixed = {
        "G1": 21,
        "G2": 30,
        "N1": 21,
        "N2": 30,
        "N3": 60,
        "N4": 30,
        "N5": 50,
        "R1": 30,
        "R2": 21,
        "H1": 30,
    }
    out = [(c, zones[z]) for z, c in fixed.items()]
    out += [(c, shapely.union_all(cells[cell_code == c])) for c in sorted(set(cell_code.tolist()))]
    return out


def _landcover(
    k9901: shapely.Geometry,
    sea: shapely.Geometry,
    lake: shapely.Geometry,
    natural: list[tuple[int, shapely.Geometry]],
    corridor: shapely.Geometry,
    built: shapely.Geometry,
) -> tuple[pd.DataFrame, shapely.Geometry]:
    """AR5 land cover as an exact partition of kommune 9901, and its built-up part
    (11 and 12)."""
    layers = [
        ({"arealtype": 82}, sea),
        ({"arealtype": 81}, lake),
        ({"arealtype": 12}, corridor),
        ({"arealtype": 11}, built),
    ]
    layers += [({"arealtype": c}, g) for c, g in natural]
    frame = _partition(k9901, layers)
    urban = np.isin(frame["arealtype"].to_numpy(), [11, 12])
    return frame, shapely.coverage_union_all(frame["geometry"].to_numpy()[urban])


def _landcover_layers(
    rng: np.random.Generator,
    blocks: tuple,
    buildings: dict,
    corridors: dict[int, shapely.Geometry],
    zones: dict[str, shapely.Geometry],
    unbuilt: shapely.Geometry,
    geo: dict,
) -> tuple[dict[int, pd.DataFrame], dict[int, pd.DataFrame]]:
    """The land cover and the built-up layers of 2015 and 2022 (by year).

    ``buildings`` is what :func:`~smaaby_plugin.sample.buildings._buildings` returns,
    ``corridors`` the road surfaces by year, ``geo`` the region of
    :func:`~smaaby_plugin.sample.region._geography`.
    """
    k9901, sea, lake = geo["k9901"], geo["sea"], geo["lake"]
    b_xy, b_type, b_year = buildings["xy"], buildings["type"], buildings["year"]
    built = _built(blocks, b_xy, b_type, b_year, zones, unbuilt, k9901)
    natural = _natural(rng, shapely.buffer(k9901, 200.0), sea, zones)
    landcover = {
        year: _landcover(k9901, sea, lake, natural, corridors[year], built[year])
        for year in (2015, 2022)
    }
    built_layers = {year: _explode([({"year": year}, lc[1])]) for year, lc in landcover.items()}
    return {year: lc[0] for year, lc in landcover.items()}, built_layers

"""Buildings: dwellings holding every resident of the population grid (in rows on
plots where a cell has many, near a road otherwise), cabins, and the buildings of
the business sites."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.sample._geometry import _allocate, _sample_points, _which_kommune, contains_xy
from smaaby_plugin.sample.design import _SETTLEMENTS, REGION, TORGET, _xy
from smaaby_plugin.sample.people import _CELL


def _places(
    land: shapely.Geometry,
    zones: dict[str, shapely.Geometry],
    unbuilt: shapely.Geometry,
    off_road,
    near_road,
) -> dict:
    """Where homes may stand: place name -> (region, accept test of candidate points).

    ``old`` is the habitable land (no planned or special zone within 5 m), ``near_road``
    the same land but only 10-45 m from a road, ``G1`` and ``G2`` the new housing areas.
    """
    not_homes = shapely.union_all(
        [unbuilt] + [zones[k] for k in ("G1", "G2", "H1", "HAVNA", "PARK", "IDRETT", "VGS", "DMS")]
    )
    habitable = shapely.difference(land, shapely.buffer(not_homes, 5.0))
    return {
        "old": (habitable, off_road),
        "near_road": (habitable, near_road),
        "G1": (zones["G1"], off_road),
        "G2": (zones["G2"], off_road),
    }


def _homes(
    rng: np.random.Generator, pop: dict, places: dict, kommuner: dict[str, shapely.Geometry]
) -> dict:
    """The dwellings of :func:`_bolig` with their kommune (``knr``) and the 2015
    population of their cell (``cell_pop2015``)."""
    homes = _bolig(rng, pop, places)
    home_cell = np.floor((homes["xy"][:, 0] - REGION[0]) / _CELL).astype(np.int64) * len(
        np.arange(REGION[1], REGION[3], _CELL)
    ) + np.floor((homes["xy"][:, 1] - REGION[1]) / _CELL).astype(np.int64)
    homes["knr"] = _which_kommune(kommuner, homes["xy"])
    homes["cell_pop2015"] = pop["pop2015"][home_cell]
    return homes


def _bolig(rng: np.random.Generator, pop: dict, places: dict) -> dict:
    """Dwellings: old ones (by 2015) hold the 2015 residents left in 2022, new ones
    (2016-2022) the growth; residents add up to each cell's 2022 population."""
    x_ll, y_ll, p15 = pop["x_ll"], pop["y_ll"], pop["pop2015"]
    cells = np.flatnonzero(p15 > 0)
    # apartment blocks in the town, small houses elsewhere
    in_town = pop["r_torget"][cells] < 2500.0
    size = 2.2 + np.where(in_town, p15[cells] ** 2 / 30000.0, p15[cells] / 400.0)
    n_old = np.ceil(p15[cells] / size).astype(np.int64)
    cell = np.repeat(cells, n_old)
    group = np.repeat(np.arange(len(cells)), n_old)
    residents = _allocate(
        (p15 - pop["removed"])[cells], group, rng.lognormal(0.0, 0.6, len(cell)), minimum_one=True
    )
    r_t = pop["r_torget"][cell]
    age = np.minimum(rng.exponential(np.where(r_t < 700.0, 55.0, 30.0)), 165.0)
    year = (2015 - age).astype(np.int64)
    xy = _near_road_first(rng, places, "old", x_ll[cell], y_ll[cell])
    parts = [(xy, residents, year)]
    for key, per_building, place in (
        ("G1", 3.2, "G1"),
        ("G2", 3.2, "G2"),
        ("centre", 22.0, "old"),
        ("Lia", 2.4, "old"),
    ):
        g = pop["growth"][key]
        gcells = np.flatnonzero(g > 0)
        n_new = np.ceil(g[gcells] / per_building).astype(np.int64)
        cell = np.repeat(gcells, n_new)
        residents = _allocate(
            g[gcells],
            np.repeat(np.arange(len(gcells)), n_new),
            rng.lognormal(0.0, 0.3, len(cell)),
            minimum_one=True,
        )
        xy = _near_road_first(rng, places, place, x_ll[cell], y_ll[cell])
        parts.append((xy, residents, rng.integers(2016, 2023, len(cell))))
    return {
        "xy": np.vstack([p[0] for p in parts]),
        "residents": np.concatenate([p[1] for p in parts]),
        "year": np.concatenate([p[2] for p in parts]),
    }


def _near_road_first(
    rng: np.random.Generator, places: dict, place: str, x_ll: np.ndarray, y_ll: np.ndarray
) -> np.ndarray:
    """Positions of homes, one per item, in the cells given by their lower-left corners.

    Where a cell has several homes they take plots on a jittered lattice (houses stand
    in rows, not at random), the rest stand near a road where the cell has one, else
    anywhere allowed.
    """
    size = np.full(len(x_ll), _CELL)
    geom, accept = places[place]
    xy = _lattice_plots(rng, geom, accept, x_ll, y_ll)
    todo = np.flatnonzero(np.isnan(xy[:, 0]))
    if place == "old" and len(todo):
        xy[todo] = _sample_points(
            rng,
            geom,
            x_ll[todo],
            y_ll[todo],
            size[todo],
            size[todo],
            max_rounds=40,
            fallback=False,
            accept=places["near_road"][1],
        )
        todo = np.flatnonzero(np.isnan(xy[:, 0]))
    xy[todo] = _sample_points(
        rng, geom, x_ll[todo], y_ll[todo], size[todo], size[todo], accept=accept
    )
    return xy


def _lattice_plots(
    rng: np.random.Generator,
    region: shapely.Geometry,
    accept,
    x_ll: np.ndarray,
    y_ll: np.ndarray,
    min_count: int = 6,
) -> np.ndarray:
    """Plots on a jittered lattice for cells with at least ``min_count`` items.

    A cell with n items gets a k x k lattice (k² about 2n); the items take random
    free plots inside ``region`` that ``accept`` keeps. Items without a plot get NaN.
    """
    out = np.full((len(x_ll), 2), np.nan)
    keys = np.column_stack([x_ll, y_ll])
    cells, item_cell, count = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    item_cell = item_cell.ravel()
    k = np.ceil(np.sqrt(2.0 * count)).astype(np.int64)
    k[count < min_count] = 0
    slots = k * k
    slot_cell = np.repeat(np.arange(len(cells)), slots)
    t = np.arange(len(slot_cell)) - np.repeat(np.cumsum(slots) - slots, slots)
    kk = k[slot_cell]
    step = _CELL / np.maximum(kk, 1)
    jitter = rng.uniform(-0.25, 0.25, (len(t), 2))
    sx = cells[slot_cell, 0] + (t // np.maximum(kk, 1) + 0.5 + jitter[:, 0]) * step
    sy = cells[slot_cell, 1] + (t % np.maximum(kk, 1) + 0.5 + jitter[:, 1]) * step
    shapely.prepare(region)
    ok = contains_xy(region, sx, sy)
    ok[ok] = accept(sx[ok], sy[ok])
    priority = rng.random(len(t))
    free = np.flatnonzero(ok)
    order = free[np.lexsort((priority[free], slot_cell[free]))]
    rank = np.arange(len(order)) - np.searchsorted(slot_cell[order], slot_cell[order])
    # the r-th item of each cell takes the cell's r-th free plot (keys sorted by cell, rank)
    used = rank < count[slot_cell[order]]
    take = order[used]
    plot_key = slot_cell[take] * 100_000 + rank[used]
    item_order = np.lexsort((np.arange(len(item_cell)), item_cell))
    item_rank = np.arange(len(item_cell)) - np.searchsorted(
        item_cell[item_order], item_cell[item_order]
    )
    item_key = item_cell[item_order] * 100_000 + item_rank
    plot_index = np.full(len(item_cell), -1)
    if len(plot_key):
        pos = np.minimum(np.searchsorted(plot_key, item_key), len(plot_key) - 1)
        hit = plot_key[pos] == item_key
        plot_index[item_order[hit]] = take[pos[hit]]
    got = plot_index >= 0
    out[got, 0] = sx[plot_index[got]]
    out[got, 1] = sy[plot_index[got]]
    return out


def _fritid(
    rng: np.random.Generator,
    zones: dict[str, shapely.Geometry],
    places: dict,
    shore: shapely.Geometry,
) -> tuple[np.ndarray, np.ndarray]:
    """Cabins: the cabin area H1, cabins on the shore and scattered in the hills."""
    habitable, off_road = places["old"]
    h1 = zones["H1"]
    x0, y0, x1, y1 = shapely.bounds(h1)
    n = 70
    xy = [
        _sample_points(
            rng,
            h1,
            np.full(n, x0),
            np.full(n, y0),
            np.full(n, x1 - x0),
            np.full(n, y1 - y0),
            accept=off_road,
        )
    ]
    # Shore cabins: outside the town and villages, within 100 m of the sea.
    centres = _xy([s[3] for s in _SETTLEMENTS])
    far = shapely.difference(
        habitable,
        shapely.union_all(
            [
                shapely.Point(TORGET).buffer(4000.0),
                *shapely.buffer(shapely.points(centres[1:]), 1000.0),
            ]
        ),
    )
    strip = shapely.intersection(far, shapely.buffer(shore, 100.0))
    n = 110
    length = shapely.length(shore)
    anchor = shapely.get_coordinates(
        shapely.line_interpolate_point(shore, rng.uniform(0.0, length, 6 * n))
    )
    shapely.prepare(strip)
    anchor = anchor[shapely.intersects(strip, shapely.buffer(shapely.points(anchor), 100.0))]
    anchor = anchor[:n]
    xy.append(
        _sample_points(
            rng,
            strip,
            anchor[:, 0] - 120.0,
            anchor[:, 1] - 120.0,
            np.full(len(anchor), 240.0),
            np.full(len(anchor), 240.0),
            accept=off_road,
        )
    )
    # Cabins in the hills, away from the settlements.
    hills = shapely.difference(far, shapely.buffer(shore, 300.0))
    n = 160
    x0, y0, x1, y1 = REGION
    xy.append(
        _sample_points(
            rng,
            hills,
            np.full(n, x0),
            np.full(n, y0),
            np.full(n, x1 - x0),
            np.full(n, y1 - y0),
            accept=off_road,
        )
    )
    xy = np.vstack(xy)
    year = (2015 - np.minimum(rng.exponential(25.0, len(xy)), 70.0)).astype(np.int64)
    return xy, year


def _buildings(
    rng: np.random.Generator,
    homes: dict,
    businesses: pd.DataFrame,
    zones: dict[str, shapely.Geometry],
    places: dict,
    shore: shapely.Geometry,
    kommuner: dict[str, shapely.Geometry],
) -> dict:
    """Every building: the dwellings, the cabins (:func:`_fritid`) and one building at
    each business site (farms and home firms are at dwellings already).

    Returns a dict with ``frame`` (the buildings layer) and the columns as arrays:
    ``xy``, ``type``, ``residents``, ``year``.
    """
    cabins_xy, cabins_year = _fritid(rng, zones, places, shore)
    sites = businesses["kind"].to_numpy() == "site"
    site_xy = shapely.get_coordinates(businesses["geometry"].to_numpy()[sites])
    site_year = (2015 - np.minimum(rng.exponential(30.0, len(site_xy)), 100.0)).astype(np.int64)

    b_type = np.concatenate(
        [
            np.full(len(homes["xy"]), "bolig", dtype=object),
            np.full(len(cabins_xy), "fritid", dtype=object),
            np.full(len(site_xy), "naering", dtype=object),
        ]
    )
    b_xy = np.vstack([homes["xy"], cabins_xy, site_xy])
    b_res = np.concatenate(
        [homes["residents"], np.zeros(len(cabins_xy) + len(site_xy), dtype=np.int64)]
    )
    b_year = np.concatenate([homes["year"], cabins_year, site_year])
    frame = pd.DataFrame(
        {
            "building_id": np.arange(1, len(b_xy) + 1, dtype=np.int64),
            "building_type": b_type,
            "residents": b_res.astype(np.int64),
            "year_built": b_year.astype(np.int64),
            "kommunenummer": _which_kommune(kommuner, b_xy),
            "geometry": shapely.points(b_xy),
        }
    )
    return {"frame": frame, "xy": b_xy, "type": b_type, "residents": b_res, "year": b_year}

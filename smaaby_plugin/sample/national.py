"""The national sample: an Eksempelby-like town and its land cover in every real kommune.

Everything here is **synthetic** except the kommune polygons, which are the 357 real
kommuner of 2024 (``../shared/data/norge/kommuner2024_25833.gpkg``: Kartverket's data via
robhop/fylker-og-kommuner, generalised, CC BY 4.0; see ``PROVENANCE_kommuner.txt``
there). Into each kommune polygon the generator lays, from a seed and the kommune number
(so a kommune's layers do not depend on which other kommuner are generated):

- ``landcover``: a tiling of jittered quadrilaterals clipped to the kommune, with AR5
  arealtype codes: a town (bebygd, samferdsel) round a centre, a ring of farmland, then
  forest, open land, bog and lakes in patches. About 5 million polygons in all at full
  size (``scale=1``); each kommune gets a share proportional to the square root of its
  area. The polygons tile the kommune: they neither overlap nor leave gaps.
- ``roads``: a jittered lattice of links inside the kommune (``K`` streets in the town,
  ``F`` and ``R`` roads on the lattice lines through the centre and every fifth line),
  about 1 million links in all at full size.
- ``population``: SSB 250 m cells round the centre with a made-up population per
  kommune (5.5 million in all, lognormal sizes; independent of ``scale``).
- ``tettsteder``: the groups of touching cells with at least 13 inhabitants (200 per
  km²) and 200 inhabitants in all; ``centres``: one point per kommune at its centre.
- ``commuting``: flows between kommuner from a gravity model (a table).
- ``services``: service points (``kind`` grocery, school, gp, and hospital in the larger
  kommuner) in the populated cells, about one grocery per 2,000 inhabitants, a school per
  3,000, a GP office per 5,000 (at least one of each per kommune), for the batch's
  service access and centrality jobs. They are drawn from a generator of their own, so
  the other layers are the same with or without them.
- ``workplaces``: workplace points with ``employees`` (about one per 50 inhabitants,
  lognormal sizes, half the inhabitants employed in all) in the populated cells, for the
  batch's centrality index; from a generator of their own as the services.

None of these numbers describes a real place. Coordinates are EPSG:25833. Command line::

    python -m smaaby_plugin.sample.national OUT.gpkg [--scale 0.01] [--kommuner 6]

Examples
--------
>>> import shapely
>>> cells = _tiling(np.random.default_rng(1), (0.0, 0.0, 1000.0, 1000.0), 100.0)
>>> len(cells), round(float(shapely.area(cells).sum()))
(100, 1000000)
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.polygons import polygonal_parts
from smaaby_plugin.sample.people import ssb_id_250m

__all__ = [
    "KOMMUNER_GPKG",
    "LAYERS",
    "TOTAL_LANDCOVER",
    "TOTAL_POPULATION",
    "TOTAL_ROADS",
    "generate",
    "kommune_layers",
    "main",
    "read_kommuner",
    "write",
]

#: The real kommune polygons (2024), beside the repository in ``shared/data``.
KOMMUNER_GPKG = Path(
    os.environ.get(
        "SMAABY_KOMMUNER_GPKG",
        Path(__file__).resolve().parents[2] / ".." / "shared/data/norge/kommuner2024_25833.gpkg",
    )
)
CRS = "EPSG:25833"
TOTAL_LANDCOVER = 5_000_000
TOTAL_ROADS = 1_000_000
TOTAL_POPULATION = 5_500_000
DEFAULT_SEED = 2024
#: Layer -> (geometry type or None, {field: numpy dtype kind}).
LAYERS: dict[str, tuple[str | None, dict[str, str]]] = {
    "kommuner": ("MultiPolygon", {"kommunenummer": "str", "kommunenavn": "str"}),
    "landcover": ("Polygon", {"arealtype": "int", "kommunenummer": "str"}),
    "roads": (
        "LineString",
        {
            "road_id": "int",
            "road_class": "str",
            "speed_kmh": "int",
            "oneway": "str",
            "kommunenummer": "str",
        },
    ),
    "population": ("Polygon", {"ssbid_250m": "str", "pop2022": "int", "kommunenummer": "str"}),
    "tettsteder": (
        "Polygon",
        {"tettnr": "str", "name": "str", "population": "int", "kommunenummer": "str"},
    ),
    "centres": (
        "Point",
        {"centre_id": "str", "name": "str", "level": "str", "kommunenummer": "str"},
    ),
    "commuting": (None, {"home_knr": "str", "work_knr": "str", "employed": "int"}),
    "services": ("Point", {"service_id": "str", "kind": "str", "kommunenummer": "str"}),
    "workplaces": ("Point", {"workplace_id": "str", "employees": "int", "kommunenummer": "str"}),
}
#: Inhabitants per service of each kind (at least one per kommune; hospitals only in
#: kommuner of at least that many inhabitants).
SERVICES_PER = {"grocery": 2_000, "school": 3_000, "gp": 5_000, "hospital": 40_000}
_TOWN_DENSITY = 2000.0  # inhabitants per km² in the town


def read_kommuner(path: str | os.PathLike = KOMMUNER_GPKG) -> pd.DataFrame:
    """The kommune polygons (``kommunenummer``, ``kommunenavn``, ``geometry``), sorted by
    kommune number."""
    import fiona  # only the generator's writer and reader need it

    with fiona.open(path) as src:
        rows = [
            (
                f["properties"]["kommunenummer"],
                f["properties"]["kommunenavn"],
                shapely.geometry.shape(f["geometry"]),
            )
            for f in src
        ]
    frame = pd.DataFrame(rows, columns=["kommunenummer", "kommunenavn", "geometry"])
    return frame.sort_values("kommunenummer", kind="stable").reset_index(drop=True)


def _populations(kommuner: pd.DataFrame, seed: int) -> np.ndarray:
    """A made-up population per kommune: lognormal sizes summing to 5.5 million."""
    rng = np.random.default_rng([seed, 0])
    size = rng.lognormal(8.7, 1.1, len(kommuner))
    return np.maximum(np.round(size / size.sum() * TOTAL_POPULATION), 100).astype(np.int64)


def _tiling(rng, bounds, spacing: float) -> np.ndarray:
    """Quadrilaterals on a jittered lattice over ``bounds``: neighbours share their
    corners exactly, so the cells tile the box (no overlap, no gap)."""
    x0, y0, x1, y1 = bounds
    nx = max(int(np.ceil((x1 - x0) / spacing)), 1) + 1
    ny = max(int(np.ceil((y1 - y0) / spacing)), 1) + 1
    gx = x0 + spacing * np.arange(nx)
    gy = y0 + spacing * np.arange(ny)
    xx, yy = np.meshgrid(gx, gy)  # (ny, nx)
    jitter = rng.uniform(-0.25, 0.25, (2, ny, nx)) * spacing
    inner = np.zeros((ny, nx), dtype=bool)
    inner[1:-1, 1:-1] = True  # the box's rim stays straight
    xx = xx + np.where(inner, jitter[0], 0.0)
    yy = yy + np.where(inner, jitter[1], 0.0)
    corners = [
        (slice(0, -1), slice(0, -1)),
        (slice(0, -1), slice(1, None)),
        (slice(1, None), slice(1, None)),
        (slice(1, None), slice(0, -1)),
    ]
    ring = np.stack(
        [np.stack([xx[c].ravel(), yy[c].ravel()], axis=-1) for c in corners + corners[:1]],
        axis=1,
    )
    return shapely.polygons(ring)


def _clip(cells: np.ndarray, area) -> np.ndarray:
    """The cells cut to ``area`` (cells inside kept whole, those on the rim intersected,
    the others dropped); single polygons with an area (a cell cut in two gives two)."""
    shapely.prepare(area)
    inside = shapely.contains_properly(area, cells)
    rim = ~inside & shapely.intersects(area, cells)
    cut = shapely.get_parts(polygonal_parts(shapely.intersection(cells[rim], area)))
    out = np.concatenate([cells[inside], cut])
    keep = ~shapely.is_empty(out) & (shapely.area(out) > 1.0)
    return out[keep]


def _field(rng, xy: np.ndarray, wavelength: float) -> np.ndarray:
    """A smooth random field (three plane waves) with values in about [-2, 2]."""
    angle = rng.uniform(0, np.pi, 3)
    phase = rng.uniform(0, 2 * np.pi, 3)
    k = 2 * np.pi / (wavelength * rng.uniform(0.6, 1.4, 3))
    waves = np.cos(angle) * k * xy[:, :1] + np.sin(angle) * k * xy[:, 1:2] + phase
    return np.sin(waves).sum(axis=1) * 0.8


def _arealtype(rng, xy: np.ndarray, centre: np.ndarray, radius: float) -> np.ndarray:
    """AR5 codes by distance from the centre: town, farmland ring, then outfield."""
    d = np.hypot(xy[:, 0] - centre[0], xy[:, 1] - centre[1]) / radius
    noise = _field(rng, xy, 4000.0)
    u = rng.uniform(size=len(xy))
    town = np.where(u < 0.7, 11, np.where(u < 0.88, 12, 23))
    farm = np.where(u < 0.45, 21, np.where(u < 0.6, 22, np.where(u < 0.75, 23, 30)))
    out = np.select([noise > 1.6, noise > 1.1, noise < -1.3], [81, 60, 50], 30)
    return np.select([d < 1.0, d < 3.0 + noise], [town, farm], out).astype(np.int64)


def _roads(rng, area, bounds, spacing: float, centre, radius: float) -> pd.DataFrame:
    """Links of a jittered lattice with both ends and the whole link inside ``area``."""
    x0, y0, x1, y1 = bounds
    gx = np.arange(x0 + spacing / 2, x1, spacing)
    gy = np.arange(y0 + spacing / 2, y1, spacing)
    if len(gx) == 0 or len(gy) == 0:
        gx, gy = np.array([(x0 + x1) / 2]), np.array([(y0 + y1) / 2])
    xx, yy = np.meshgrid(gx, gy)
    xx = xx + rng.uniform(-0.2, 0.2, xx.shape) * spacing
    yy = yy + rng.uniform(-0.2, 0.2, yy.shape) * spacing
    ci = int(np.abs(gx - centre[0]).argmin())
    cj = int(np.abs(gy - centre[1]).argmin())
    jj, ii = np.indices(xx.shape)
    ends, main = [], []
    for a, b in (
        ((slice(None), slice(0, -1)), (slice(None), slice(1, None))),
        ((slice(0, -1), slice(None)), (slice(1, None), slice(None))),
    ):
        ends.append(np.stack([np.stack([xx[a], yy[a]], -1), np.stack([xx[b], yy[b]], -1)], -2))
        line_no = jj[a] if a[0] == slice(None) else ii[a]
        through = cj if a[0] == slice(None) else ci
        main.append(np.where(line_no == through, 2, np.where((line_no - through) % 5 == 0, 1, 0)))
    coords = np.concatenate([e.reshape(-1, 2, 2) for e in ends])
    level = np.concatenate([m.ravel() for m in main])
    lines = shapely.linestrings(coords)
    shapely.prepare(area)
    keep = shapely.contains_properly(area, lines)
    lines, level, coords = lines[keep], level[keep], coords[keep]
    mid = coords.mean(axis=1)
    in_town = np.hypot(mid[:, 0] - centre[0], mid[:, 1] - centre[1]) < radius
    road_class = np.where(level == 2, "F", np.where(level == 1, "R", "K"))
    road_class = np.where(in_town & (level == 0), "K", road_class)
    speed = np.select([road_class == "R", road_class == "F", in_town], [80, 60, 40], 50)
    return pd.DataFrame(
        {
            "road_class": road_class.astype(object),
            "speed_kmh": speed.astype(np.int64),
            "oneway": np.full(len(lines), "B", dtype=object),
            "geometry": lines,
        }
    )


def _population_cells(area, centre, radius: float, people: int) -> pd.DataFrame:
    """SSB 250 m cells round the centre inside ``area``; 80 % of the kommune's people,
    their density falling off exponentially from the centre."""
    reach = max(2.5 * radius, 500.0)
    x = np.arange((centre[0] - reach) // 250 * 250, centre[0] + reach, 250.0)
    y = np.arange((centre[1] - reach) // 250 * 250, centre[1] + reach, 250.0)
    xx, yy = (a.ravel() for a in np.meshgrid(x, y))
    d = np.hypot(xx + 125 - centre[0], yy + 125 - centre[1])
    shapely.prepare(area)
    inside = (d < reach) & shapely.contains(area, shapely.points(xx + 125, yy + 125))
    if not inside.any():  # a kommune too thin for a cell centre: its nearest cell
        inside[d.argmin()] = True
    xx, yy, d = xx[inside], yy[inside], d[inside]
    weight = np.exp(-d / (0.5 * radius))
    pop = np.floor(weight / weight.sum() * 0.8 * people).astype(np.int64)
    keep = pop > 0
    keep[weight.argmax()] = True
    xx, yy, pop = xx[keep], yy[keep], np.maximum(pop[keep], 1)
    return pd.DataFrame(
        {
            "ssbid_250m": ssb_id_250m(xx.astype(np.int64), yy.astype(np.int64)),
            "pop2022": pop,
            "geometry": shapely.box(xx, yy, xx + 250, yy + 250),
        }
    )


def _tettsteder(cells: pd.DataFrame, knr: str, name: str) -> pd.DataFrame:
    """Groups of touching dense cells (>= 13 inhabitants, 200 per km²) with >= 200 people."""
    dense = cells[cells["pop2022"].to_numpy() >= 13]
    columns = ["tettnr", "name", "population", "geometry"]
    if len(dense) == 0:
        return pd.DataFrame(columns=columns)
    parts = shapely.get_parts(shapely.union_all(dense["geometry"].to_numpy()))
    tree = shapely.STRtree(parts)
    centres = shapely.centroid(dense["geometry"].to_numpy())
    cell_i, part_i = tree.query(centres, predicate="within")
    pop = np.bincount(part_i, dense["pop2022"].to_numpy()[cell_i], len(parts)).astype(np.int64)
    order = np.argsort(-pop, kind="stable")
    order = order[pop[order] >= 200]
    return pd.DataFrame(
        {
            "tettnr": [f"{knr}{i + 1:02d}" for i in range(len(order))],
            "name": [f"{name} {'sentrum' if i == 0 else i + 1}" for i in range(len(order))],
            "population": pop[order],
            "geometry": parts[order],
        }
    )


def _services(rng, cells: pd.DataFrame, knr: str, people: int) -> pd.DataFrame:
    """Service points in the populated cells (a cell drawn by its population, a point
    drawn inside it), per kind one per ``SERVICES_PER`` inhabitants."""
    pop = cells["pop2022"].to_numpy(dtype=float)
    boxes = shapely.bounds(cells["geometry"].to_numpy())
    kinds = []
    for kind, per in SERVICES_PER.items():
        if kind == "hospital" and people < per:
            continue
        kinds += [kind] * max(int(round(people / per)), 1)
    cell = rng.choice(len(pop), size=len(kinds), p=pop / pop.sum())
    u = rng.uniform(0.1, 0.9, (len(kinds), 2))
    x = boxes[cell, 0] + u[:, 0] * (boxes[cell, 2] - boxes[cell, 0])
    y = boxes[cell, 1] + u[:, 1] * (boxes[cell, 3] - boxes[cell, 1])
    return pd.DataFrame(
        {
            "service_id": [f"{knr}-{i + 1:03d}" for i in range(len(kinds))],
            "kind": np.array(kinds, dtype=object),
            "geometry": shapely.points(x, y),
        }
    )


#: Inhabitants per workplace point; employees are half the inhabitants in all.
PEOPLE_PER_WORKPLACE = 50


def _workplaces(rng, cells: pd.DataFrame, knr: str, people: int) -> pd.DataFrame:
    """Workplace points in the populated cells (a cell drawn by its population, a point
    drawn inside it) with lognormal employee counts adding up to about half ``people``."""
    pop = cells["pop2022"].to_numpy(dtype=float)
    boxes = shapely.bounds(cells["geometry"].to_numpy())
    n = max(int(round(people / PEOPLE_PER_WORKPLACE)), 1)
    cell = rng.choice(len(pop), size=n, p=pop / pop.sum())
    u = rng.uniform(0.1, 0.9, (n, 2))
    x = boxes[cell, 0] + u[:, 0] * (boxes[cell, 2] - boxes[cell, 0])
    y = boxes[cell, 1] + u[:, 1] * (boxes[cell, 3] - boxes[cell, 1])
    size = rng.lognormal(0.0, 1.0, n)
    employees = np.maximum(np.round(size / size.sum() * 0.5 * people), 1).astype(np.int64)
    return pd.DataFrame(
        {
            "workplace_id": [f"{knr}-w{i + 1:05d}" for i in range(n)],
            "employees": employees,
            "geometry": shapely.points(x, y),
        }
    )


def kommune_layers(
    knr: str, name: str, area, people: int, share: float, scale: float, seed: int
) -> dict[str, pd.DataFrame]:
    """The synthetic layers of one kommune (``share``: its part of the national totals)."""
    rng = np.random.default_rng([seed, int(knr)])
    bounds = shapely.bounds(area)
    size = float(shapely.area(area))
    centre = np.array(shapely.get_coordinates(shapely.point_on_surface(area))[0])
    radius = max(np.sqrt(0.6 * people / _TOWN_DENSITY / np.pi) * 1000.0, 300.0)
    # calibrated on the 357 kommuner at full size (4,611,213 polygons with 1/1.14): the
    # cells cut at the rim, some into several parts, add about 5 %
    n_cover = max(int(round(TOTAL_LANDCOVER * scale * share / 1.05)), 20)
    cover = _clip(_tiling(rng, bounds, np.sqrt(size / n_cover)), area)
    xy = shapely.get_coordinates(shapely.centroid(cover))
    landcover = pd.DataFrame({"arealtype": _arealtype(rng, xy, centre, radius), "geometry": cover})
    # calibrated at full size (1,153,636 links with 1.23): the links that would cross the
    # coast or the border are dropped
    n_links = max(int(round(TOTAL_ROADS * scale * share * 1.07)), 8)
    roads = _roads(rng, area, bounds, np.sqrt(size / (n_links / 2)), centre, radius)
    cells = _population_cells(area, centre, radius, people)
    tett = _tettsteder(cells, knr, name)
    centres = pd.DataFrame(
        {
            "centre_id": [knr],
            "name": [f"{name} sentrum"],
            "level": ["kommunesenter"],
            "geometry": [shapely.points(centre)],
        }
    )
    out = {
        "landcover": landcover,
        "roads": roads,
        "population": cells,
        "tettsteder": tett,
        "centres": centres,
        # a generator of their own: the layers above stay as they were without services
        "services": _services(np.random.default_rng([seed, int(knr), 1]), cells, knr, people),
        "workplaces": _workplaces(np.random.default_rng([seed, int(knr), 2]), cells, knr, people),
    }
    for frame in out.values():
        frame["kommunenummer"] = knr
    return out


def _own_areas(geoms: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """Each chosen kommune's polygon, repaired, less what it shares with a kommune of a
    lower number: the generalised real polygons overlap a little along some borders, and
    the land cover of two kommuner must not (every spot belongs to one kommune)."""
    geoms = geoms.copy()
    invalid = ~shapely.is_valid(geoms)  # a few real polygons cross themselves
    geoms[invalid] = polygonal_parts(shapely.make_valid(geoms[invalid]))
    own = geoms.copy()
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms[chosen], predicate="overlaps")
    left = np.flatnonzero(chosen)[left]
    lower = right < left  # the kommuner are sorted by number
    for k in np.unique(left[lower]):
        others = shapely.union_all(geoms[right[lower & (left == k)]])
        own[k] = polygonal_parts(np.array([shapely.difference(geoms[k], others)]))[0]
    return own


def _commuting(kommuner: pd.DataFrame, people: np.ndarray) -> pd.DataFrame:
    """Flows of employed residents (half the people) by a gravity model with a 25 km
    distance decay; 70 % or more work in their home kommune."""
    xy = shapely.get_coordinates(shapely.point_on_surface(kommuner["geometry"].to_numpy()))
    d = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1]) / 1000.0
    pull = people[None, :] * np.exp(-d / 25.0)
    np.fill_diagonal(pull, 0.0)
    employed = people * 0.5
    away = pull / np.maximum(pull.sum(axis=1, keepdims=True), 1e-9) * (0.3 * employed)[:, None]
    flows = np.floor(away).astype(np.int64)
    np.fill_diagonal(flows, 0)
    flows[np.diag_indices(len(people))] = np.round(employed).astype(np.int64) - flows.sum(axis=1)
    i, j = np.nonzero(flows > 0)
    knr = kommuner["kommunenummer"].to_numpy(object)
    return pd.DataFrame({"home_knr": knr[i], "work_knr": knr[j], "employed": flows[i, j]})


def generate(
    scale: float = 1.0,
    seed: int = DEFAULT_SEED,
    only: Sequence[str] | None = None,
    kommuner: pd.DataFrame | None = None,
) -> dict[str, pd.DataFrame]:
    """Every layer of the national sample (or of the kommuner ``only``), as frames with
    the fields of :data:`LAYERS` and a ``geometry`` column (EPSG:25833)."""
    if not 0 < scale <= 1:
        raise ValueError("scale must be in (0, 1]")
    if kommuner is None:
        kommuner = read_kommuner()
    people = _populations(kommuner, seed)
    root = np.sqrt(shapely.area(kommuner["geometry"].to_numpy()))
    share = root / root.sum()
    chosen = np.ones(len(kommuner), dtype=bool)
    if only is not None:
        chosen = kommuner["kommunenummer"].isin(list(only)).to_numpy()
    own = _own_areas(kommuner["geometry"].to_numpy(), chosen)
    parts: dict[str, list[pd.DataFrame]] = {k: [] for k in LAYERS if k not in ("kommuner",)}
    for k in np.flatnonzero(chosen):  # one kommune at a time: each is vectorised
        row = kommuner.iloc[k]
        layers = kommune_layers(
            row["kommunenummer"],
            row["kommunenavn"],
            own[k],
            int(people[k]),
            float(share[k]),
            scale,
            seed,
        )
        for name, frame in layers.items():
            parts[name].append(frame)
    chosen_frame = kommuner[chosen].reset_index(drop=True)
    out = {"kommuner": chosen_frame}
    for name, frames in parts.items():
        if name == "commuting":
            continue
        frame = pd.concat(frames, ignore_index=True)
        out[name] = frame
    flows = _commuting(kommuner, people)
    keep = flows["home_knr"].isin(chosen_frame["kommunenummer"]) & flows["work_knr"].isin(
        chosen_frame["kommunenummer"]
    )
    out["commuting"] = flows[keep].reset_index(drop=True)
    out["roads"].insert(0, "road_id", np.arange(1, len(out["roads"]) + 1, dtype=np.int64))
    result = {}
    for name, (geom_type, fields) in LAYERS.items():
        cols = list(fields) + (["geometry"] if geom_type else [])
        result[name] = out[name][cols].reset_index(drop=True)
    return result


def write(path: str, layers: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Write the layers into one GeoPackage (replaced if it exists) with pyogrio when it
    is there (fast), else fiona; returns the feature count per layer."""
    from smaaby_plugin.batch import io  # the batch's writer (pyogrio or fiona)

    if os.path.exists(path):
        os.remove(path)
    counts = {}
    for name, (geom_type, fields) in LAYERS.items():
        frame = layers[name]
        geometry = frame["geometry"].to_numpy() if geom_type else None
        io.write_table(path, name, frame[list(fields)], geometry, geom_type, CRS)
        counts[name] = len(frame)
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m smaaby_plugin.sample.national OUT.gpkg [--scale F]
    [--kommuner N | --only 0301,3403]``."""
    parser = argparse.ArgumentParser(
        prog="python -m smaaby_plugin.sample.national",
        description="Write the synthetic national sample (a town in every real kommune).",
    )
    parser.add_argument("out", help="GeoPackage to write (replaced if it exists)")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of full size")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--kommuner", type=int, help="only the first N kommuner by number")
    parser.add_argument("--only", help="only these kommune numbers (comma-separated)")
    parser.add_argument("--source", default=str(KOMMUNER_GPKG), help="kommune polygons")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    kommuner = read_kommuner(args.source)
    only = args.only.split(",") if args.only else None
    if args.kommuner:
        only = kommuner["kommunenummer"].tolist()[: args.kommuner]
    layers = generate(args.scale, args.seed, only, kommuner)
    made = time.perf_counter()
    counts = write(args.out, layers)
    print(
        f"National sample (synthetic, seed {args.seed}, scale {args.scale}) written to "
        f"{args.out} (generated in {made - started:.1f} s, written in "
        f"{time.perf_counter() - made:.1f} s):"
    )
    for name, n in counts.items():
        print(f"  {name:12s} {n:9d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Three plan alternatives for Eksempelby toward 2030 (issue 16): where the next 500
dwellings and 300 jobs go.

* ``scenario_infill`` ("Infill"): six blocks of 80-100 m within 250-700 m of the town
  square, off the water;
* ``scenario_field`` ("Field"): a new field of four parts on the largest farmland polygon
  (AR5 21/22) 1.5-3 km from the square, near a road; the jobs in one part;
* ``scenario_lake`` ("Lake village"): five areas along the east shore of the lake
  north-east of the town (the 100 m shore zone), the jobs in one of them; 0.7-1.2 km
  from the nearest road (a new village would get its own access road).

Each alternative has 500 dwellings and 300 jobs, split over its areas by area (the
infill jobs evenly), so the alternatives differ only in where they are. The placement is
built from the generated land cover and roads; the only random draws (positions, sizes)
come from their own generator, ``numpy.random.default_rng([seed, 16])``, so no other layer
of Eksempelby changes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.sample.design import TORGET

__all__ = ["LAYERS", "alternatives", "write_alternatives", "DWELLINGS", "JOBS"]

#: Layer name -> (alternative name, fields).
FIELDS = {"alternative": "str", "area_id": "str", "dwellings": "int", "jobs": "int"}
LAYERS = {
    "scenario_infill": "Infill",
    "scenario_field": "Field",
    "scenario_lake": "Lake village",
}
DWELLINGS, JOBS = 500, 300
_LAKE_CENTRE = (TORGET[0] + 2200.0, TORGET[1] + 3700.0)


def _split(total: int, weights) -> np.ndarray:
    """Whole numbers summing to ``total`` in proportion to ``weights`` (largest
    remainders).

    >>> _split(10, [1, 1, 1]).tolist()
    [4, 3, 3]
    """
    w = np.asarray(weights, dtype=float)
    raw = total * w / w.sum()
    out = np.floor(raw).astype(np.int64)
    rest = np.argsort(-(raw - out), kind="stable")[: total - int(out.sum())]
    out[rest] += 1
    return out


def _frame(name: str, geoms, dwellings, jobs, prefix: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "alternative": name,
            "area_id": [f"{prefix}{i + 1}" for i in range(len(geoms))],
            "dwellings": np.asarray(dwellings, dtype=np.int64),
            "jobs": np.asarray(jobs, dtype=np.int64),
            "geometry": list(geoms),
        }
    )


def _infill(rng, water) -> list:
    blocks: list = []
    tries = 0
    while len(blocks) < 6 and tries < 500:
        tries += 1
        r = rng.uniform(250.0, 700.0)
        a = rng.uniform(0.0, 2 * np.pi)
        side = rng.uniform(80.0, 100.0)
        x, y = TORGET[0] + r * np.cos(a), TORGET[1] + r * np.sin(a)
        block = shapely.box(x - side / 2, y - side / 2, x + side / 2, y + side / 2)
        clear = shapely.buffer(block, 20.0)
        if shapely.intersects(clear, water) or any(shapely.intersects(clear, b) for b in blocks):
            continue
        blocks.append(block)
    return blocks


def _field(rng, landcover, roads, water) -> list:
    geoms = landcover["geometry"].to_numpy()
    code = landcover["arealtype"].to_numpy()
    pts = shapely.centroid(geoms)
    d = np.hypot(shapely.get_x(pts) - TORGET[0], shapely.get_y(pts) - TORGET[1])
    road_tree = shapely.STRtree(roads)
    near = np.zeros(len(geoms), dtype=bool)
    qi, _ = road_tree.query(shapely.buffer(pts, 300.0), predicate="intersects")
    near[np.unique(qi)] = True
    ok = np.isin(code, (21, 22)) & (d >= 1500.0) & (d <= 3000.0) & near
    best = np.flatnonzero(ok)[np.argmax(shapely.area(geoms[ok]))]
    c = shapely.get_coordinates(shapely.point_on_surface(geoms[best]))[0]
    half = rng.uniform(190.0, 210.0)
    parts = [
        shapely.box(
            c[0] + i * half - half, c[1] + j * half - half, c[0] + i * half, c[1] + j * half
        )
        for i in (0, 1)
        for j in (0, 1)
    ]
    return [shapely.difference(p, water) for p in parts]


def _lake(rng, landcover, water) -> list:
    geoms = landcover["geometry"].to_numpy()
    lakes = geoms[landcover["arealtype"].to_numpy() == 81]
    lake = lakes[np.argmin(shapely.distance(lakes, shapely.Point(_LAKE_CENTRE)))]
    ring = shapely.difference(shapely.buffer(lake, 220.0), shapely.buffer(lake, 15.0))
    out = []
    # the east shore, the side nearest the roads (still 0.7-1.2 km from them: the village
    # would need its own access road)
    for angle in (45.0, 25.0, 5.0, -15.0, -35.0):
        a = np.radians(angle + rng.uniform(-4.0, 4.0))
        far = shapely.Point(_LAKE_CENTRE[0] + 3000 * np.cos(a), _LAKE_CENTRE[1] + 3000 * np.sin(a))
        ray = shapely.LineString([_LAKE_CENTRE, (far.x, far.y)])
        hit = shapely.intersection(ray, shapely.boundary(lake))
        p = shapely.get_coordinates(hit)
        p = p[np.argmax(np.hypot(p[:, 0] - _LAKE_CENTRE[0], p[:, 1] - _LAKE_CENTRE[1]))]
        x, y = p[0] + 90.0 * np.cos(a), p[1] + 90.0 * np.sin(a)
        side = rng.uniform(130.0, 150.0)
        block = shapely.box(x - side / 2, y - side / 2, x + side / 2, y + side / 2)
        out.append(shapely.difference(shapely.intersection(block, ring), water))
    # neighbours may touch but never overlap
    for i in range(1, len(out)):
        out[i] = shapely.difference(out[i], shapely.union_all(out[:i]))
    return out


def alternatives(layers: dict, seed: int = 2024) -> dict[str, pd.DataFrame]:
    """The three alternatives as frames (alternative, area_id, dwellings, jobs,
    geometry), by layer name.

    ``layers`` are Eksempelby's generated layers (``eksempelby.generate``); nothing in
    them is changed.
    """
    rng = np.random.default_rng([seed, 16])
    landcover = layers["landcover"]
    lc_geoms = landcover["geometry"].to_numpy()
    water = shapely.union_all(lc_geoms[np.isin(landcover["arealtype"].to_numpy(), (81, 82))])
    roads = layers["roads"]["geometry"].to_numpy()

    infill = _infill(rng, water)
    field = _field(rng, landcover, roads, water)
    lake = _lake(rng, landcover, water)
    areas = {
        "scenario_infill": (
            infill,
            _split(DWELLINGS, shapely.area(infill)),
            _split(JOBS, np.ones(len(infill))),
            "I",
        ),
        "scenario_field": (field, _split(DWELLINGS, [1, 1, 1, 0]), np.array([0, 0, 0, JOBS]), "F"),
        "scenario_lake": (
            lake,
            _split(DWELLINGS, [1, 1, 0, 1, 1]),
            np.array([0, 0, JOBS, 0, 0]),
            "L",
        ),
    }
    return {
        layer: _frame(LAYERS[layer], g, dw, jb, prefix)
        for layer, (g, dw, jb, prefix) in areas.items()
    }


def write_alternatives(path: str, layers: dict, seed: int = 2024) -> dict[str, int]:
    """Add the three alternative layers to the GeoPackage ``path``; returns the feature
    count per layer."""
    import fiona

    from smaaby_plugin.sample.schema import CRS
    from smaaby_plugin.sample.write import _records

    counts = {}
    for name, frame in alternatives(layers, seed).items():
        schema = {"geometry": "MultiPolygon", "properties": dict(FIELDS)}
        geoms = frame["geometry"].to_numpy()
        single = shapely.get_type_id(geoms) == 3
        geoms[single] = [shapely.MultiPolygon([g]) for g in geoms[single]]
        frame = frame.assign(geometry=geoms)
        with fiona.open(path, "w", driver="GPKG", layer=name, schema=schema, crs=CRS) as dst:
            dst.writerecords(_records(frame, FIELDS, True))
        counts[name] = len(frame)
    return counts

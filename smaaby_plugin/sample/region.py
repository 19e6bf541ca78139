"""The region: sea (the fjord and its islands), the lake, the shore, the six kommuner
and the planned and developed zones of the story."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.sample._geometry import (
    _chaikin,
    _ellipse,
    _explode_lines,
    _largest_polygon,
    _partition,
    _resample,
    _wiggle,
)
from smaaby_plugin.sample.design import (
    _FJORD,
    _LAKE,
    _RAY_KNR,
    _RAYS,
    REGION,
    TORGET,
    _xy,
)
from smaaby_plugin.sample.schema import KOMMUNER


def _geography(rng: np.random.Generator) -> dict:
    """Sea, islands, lake, land, shore, kommuner and zones, drawn from ``rng`` in this
    order (the first draws of the sample).

    Returns a dict with ``region`` (the frame), ``islands`` (Holmen first), ``sea``,
    ``lake``, ``water``, ``land``, ``shore`` (the sea coast), ``k9901``, ``kommuner``
    and ``zones``.
    """
    region = shapely.box(*REGION)
    fjord, axis, width = _fjord(rng)
    islands = _islands(rng, axis, width)
    sea = shapely.intersection(shapely.difference(fjord, shapely.union_all(islands)), region)
    lake = _ellipse(_xy(_LAKE[0]), _LAKE[1], _LAKE[2], _LAKE[3], rng)
    water = shapely.union_all([sea, lake])
    land = shapely.difference(region, water)
    shore = shapely.line_merge(
        shapely.intersection(shapely.boundary(sea), shapely.buffer(region, -0.01))
    )
    k9901 = _kommune_9901(rng)
    kommuner = _kommuner(rng, k9901)
    zones = _zones(rng, land, sea)
    return {
        "region": region,
        "islands": islands,
        "sea": sea,
        "lake": lake,
        "water": water,
        "land": land,
        "shore": shore,
        "k9901": k9901,
        "kommuner": kommuner,
        "zones": zones,
    }


def _fjord(rng: np.random.Generator) -> tuple[shapely.Polygon, np.ndarray, np.ndarray]:
    """The fjord polygon, its centreline points and half-widths."""
    ctrl = _xy(_FJORD)
    pts, s = _resample(_chaikin(ctrl, 3), 25.0)
    xy, w = pts[:, :2], pts[:, 2]
    d = np.gradient(xy, axis=0)
    d /= np.hypot(d[:, 0], d[:, 1])[:, None]
    nrm = np.column_stack([-d[:, 1], d[:, 0]])
    shape_l = _wiggle(rng, s, (5200, 2300, 1100, 520), (0.10, 0.08, 0.06, 0.04))
    shape_r = _wiggle(rng, s, (5200, 2300, 1100, 520), (0.10, 0.08, 0.06, 0.04))
    wl = w * (1 + shape_l) + _wiggle(rng, s, (230, 110), (14, 6))
    wr = w * (1 + shape_r) + _wiggle(rng, s, (230, 110), (14, 6))
    left = xy + nrm * wl[:, None]
    right = xy - nrm * wr[:, None]
    r_cap = 0.5 * (wl[-1] + wr[-1])
    theta = np.linspace(0.0, math.pi, 15)[1:-1]
    cap = xy[-1] + r_cap * (np.cos(theta)[:, None] * nrm[-1] + np.sin(theta)[:, None] * d[-1])
    ring = np.vstack([left, cap, right[::-1]])
    poly = _largest_polygon(shapely.Polygon(ring))
    return shapely.simplify(poly, 1.0), xy, w


def _islands(
    rng: np.random.Generator, axis: np.ndarray, width: np.ndarray
) -> list[shapely.Polygon]:
    """Three islands on the fjord axis; the first (Holmen) gets a road."""
    dist = np.hypot(axis[:, 0] - TORGET[0], axis[:, 1] - TORGET[1])
    out = []
    for target, a, b in ((5200.0, 480.0, 170.0), (7700.0, 150.0, 90.0), (13500.0, 280.0, 130.0)):
        i = int(np.argmin(np.abs(dist - target)))
        d = axis[min(i + 1, len(axis) - 1)] - axis[max(i - 1, 0)]
        angle = math.degrees(math.atan2(d[1], d[0]))
        out.append(_ellipse(axis[i], min(a, 0.8 * width[i]), min(b, 0.35 * width[i]), angle, rng))
    return out


def _kommune_9901(rng: np.random.Generator) -> shapely.Polygon:
    """Eksempelby kommune: a wiggly star-shaped polygon around the town."""
    theta = np.linspace(0.0, 2 * math.pi, 720, endpoint=False)
    r = 8000.0 + 1000.0 * np.cos(2 * (theta - math.radians(45.0)))
    for k in range(3, 15):
        r += rng.normal(0.0, 350.0 / k) * np.sin(k * theta + rng.uniform(0, 2 * math.pi))
    xy = np.column_stack([TORGET[0] + r * np.cos(theta), TORGET[1] + r * np.sin(theta)])
    return shapely.Polygon(xy)


def _kommuner(rng: np.random.Generator, k9901: shapely.Polygon) -> dict[str, shapely.Polygon]:
    """The six kommuner tiling the region: 9901 and five sectors around it."""
    region = shapely.box(*REGION)
    radii = np.arange(0.0, 46000.0, 500.0)
    rays = []
    for alpha in _RAYS:
        a = math.radians(alpha)
        lateral = np.cumsum(rng.normal(0.0, 110.0, len(radii)))
        lateral = np.where(radii < 4000.0, 0.0, lateral - lateral[radii < 4000.0][-1])
        ray = np.column_stack(
            [
                TORGET[0] + radii * math.cos(a) - lateral * math.sin(a),
                TORGET[1] + radii * math.sin(a) + lateral * math.cos(a),
            ]
        )
        rays.append(ray)
    layers = [({"kommunenummer": "9901"}, k9901)]
    for i, knr in enumerate(_RAY_KNR):
        a0 = math.radians(_RAYS[i])
        a1 = math.radians(_RAYS[(i + 1) % len(_RAYS)] + (360.0 if i == len(_RAYS) - 1 else 0))
        arc_t = np.linspace(a0, a1, 30)
        arc = np.column_stack(
            [TORGET[0] + 60000 * np.cos(arc_t), TORGET[1] + 60000 * np.sin(arc_t)]
        )
        ring = np.vstack([rays[i], arc, rays[(i + 1) % len(rays)][::-1]])
        layers.append(({"kommunenummer": knr}, shapely.Polygon(ring)))
    frame = _partition(region, layers)
    if not frame["kommunenummer"].is_unique:
        raise RuntimeError("a kommune falls apart into several polygons")
    out = dict(zip(frame["kommunenummer"], frame["geometry"]))
    return {k: out[k] for k in sorted(out)}


def _zones(
    rng: np.random.Generator, land: shapely.Geometry, sea: shapely.Geometry
) -> dict[str, shapely.Polygon]:
    """The planned and developed areas of the story (see docs/eksempelby.md).

    G1, G2: built 2016-2022 (on farmland, forest); R1, R2: development reserves of the
    current plan that stay unbuilt (R1 back to green structure, R2 back to LNFR in the
    proposal); N1-N5: new development in the proposal (farmland, forest, bog, shore
    zone, cabins); H1: the cabin area of the current plan; HAVNA: the harbour
    industry; SENTRUM: the centre; PARK, IDRETT, VGS, DMS: green, sports and public
    service areas.
    """

    def ell(off, a, b, angle):
        return shapely.intersection(_ellipse(_xy(off), a, b, angle, rng, roughness=0.05), land)

    shore = shapely.intersection(shapely.boundary(sea), shapely.box(*REGION).buffer(-1.0))
    zones = {
        "G1": ell((1000, 1100), 330, 220, 20),
        "G2": ell((-1250, 800), 300, 220, -30),
        "R1": ell((250, 1900), 260, 170, 10),
        "R2": ell((3600, 650), 360, 240, 5),
        "N1": ell((2150, 100), 320, 220, 15),
        "N2": ell((-1750, 1550), 350, 250, 40),
        "N3": ell((-3650, -1150), 300, 200, 35),
        "N5": ell((-4550, 4650), 280, 200, 0),
        "H1": ell((-4000, 4000), 380, 300, 20),
        "IDRETT": ell((750, -1000), 170, 120, 0),
        "VGS": ell((-650, 1250), 140, 110, 0),
        "DMS": ell((650, 450), 130, 110, 0),
    }
    zones["N4"] = shapely.intersection(
        shapely.intersection(shapely.buffer(shore, 140.0), land),
        shapely.Point(_xy((-3000, -1750))).buffer(330.0),
    )
    zones["HAVNA"] = shapely.intersection(
        shapely.intersection(shapely.buffer(shore, 320.0), land),
        shapely.Point(_xy((-1750, -1000))).buffer(420.0),
    )
    zones["SENTRUM"] = shapely.intersection(shapely.Point(TORGET).buffer(380.0), land)
    park = shapely.intersection(shapely.buffer(shore, 45.0), land)
    park = shapely.intersection(park, shapely.Point(TORGET).buffer(650.0))
    zones["PARK"] = shapely.difference(park, zones["HAVNA"])
    return {k: _largest_polygon(v) if k not in ("PARK",) else v for k, v in zones.items()}


def _kommune_frame(kommuner: dict[str, shapely.Polygon]) -> pd.DataFrame:
    """The ``kommuner`` layer."""
    return pd.DataFrame(
        {
            "kommunenummer": list(kommuner),
            "kommunenavn": [KOMMUNER[k] for k in kommuner],
            "geometry": np.array(list(kommuner.values()), dtype=object),
        }
    )


def _shoreline(shore: shapely.Geometry, lake: shapely.Polygon) -> pd.DataFrame:
    """The ``shoreline`` layer: the sea coast and the lake shore."""
    return _explode_lines([({"kind": "sea"}, shore), ({"kind": "lake"}, shapely.boundary(lake))])

"""Eksempelby: the built-in synthetic sample town and its region.

Eksempelby is **synthetic**. It is a made-up Norwegian small town on a fjord shore
with five neighbouring kommuner, generated deterministically from a seed: the same
seed gives identical attribute values and geometries. None of its numbers describe
a real place. The layout (coast, kommune borders, main roads, villages, plan areas) is
fixed by design; the seed drives the details (shore and border wiggles, street jitter,
where people, buildings and businesses lie, their sizes).

All coordinates are EPSG:25833 (ETRS89 / UTM 33N) metres. The layer names and fields
are a contract (``docs/eksempelby.md``): algorithms, tests and ``make demo`` rely on
them.

Layers are returned as pandas DataFrames; spatial layers have a ``geometry`` column of
shapely geometries (an object array). :func:`write_gpkg` writes them with fiona into
one GeoPackage. Command line::

    python -m smaaby_plugin.sample.eksempelby OUT.gpkg [--seed 2024]

Examples
--------
>>> ssb_id_250m(np.array([298000]), np.array([6699750]))[0]
'22980006699750'
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

__all__ = [
    "AR5_CODES",
    "CRS",
    "DEFAULT_SEED",
    "KOMMUNER",
    "LAYERS",
    "REGION",
    "SOSI_CODES",
    "TORGET",
    "generate",
    "main",
    "ssb_id_250m",
    "write_gpkg",
]

#: The coordinate reference system of every layer.
CRS = "EPSG:25833"
#: The seed of the published sample.
DEFAULT_SEED = 2024
#: The town square, the centre of the town.
TORGET = (300000.0, 6700000.0)
#: The region (all six kommuner): xmin, ymin, xmax, ymax.
REGION = (282000.0, 6682000.0, 318000.0, 6718000.0)
#: Kommune numbers and names (9901 is Eksempelby; the numbers are not real ones).
KOMMUNER: dict[str, str] = {
    "9901": "Eksempelby",
    "9902": "Lia",
    "9903": "Austbygd",
    "9904": "Sørli",
    "9905": "Vika",
    "9906": "Vestfjell",
}
#: AR5 arealtype codes used in the land cover (NIBIO / Geonorge AR5 5.0).
AR5_CODES: dict[int, str] = {
    11: "bebygd",
    12: "samferdsel",
    21: "fulldyrka jord",
    22: "overflatedyrka jord",
    23: "innmarksbeite",
    30: "skog",
    50: "åpen fastmark",
    60: "myr",
    81: "ferskvann",
    82: "hav",
}
#: SOSI kommuneplan arealformål codes used in the plans (KDD code list 2024).
SOSI_CODES: dict[int, str] = {
    1110: "boligbebyggelse",
    1120: "fritidsbebyggelse",
    1130: "sentrumsformål",
    1160: "offentlig eller privat tjenesteyting",
    1300: "næringsbebyggelse",
    1400: "idrettsanlegg",
    2010: "veg",
    3040: "friområde",
    5100: "LNFR",
    6001: "bruk og vern av sjø og vassdrag",
}

#: Layer schema: name -> (geometry type or None for a table, {field: type}).
#: Types are fiona's: "str", "int", "float". The first fields of each layer are the
#: contract of docs/eksempelby.md; the ones after them are additions.
LAYERS: dict[str, tuple[str | None, dict[str, str]]] = {
    "kommuner": ("Polygon", {"kommunenummer": "str", "kommunenavn": "str"}),
    "roads": (
        "LineString",
        {"road_id": "int", "road_class": "str", "speed_kmh": "int", "oneway": "str", "name": "str"},
    ),
    "population": (
        "Polygon",
        {"ssbid_250m": "str", "pop2015": "int", "pop2022": "int", "kommunenummer": "str"},
    ),
    "buildings": (
        "Point",
        {
            "building_id": "int",
            "building_type": "str",
            "residents": "int",
            "year_built": "int",
            "kommunenummer": "str",
        },
    ),
    "businesses": (
        "Point",
        {"orgnr": "str", "name": "str", "nace": "str", "employees": "int", "kommunenummer": "str"},
    ),
    "centres": (
        "Point",
        {
            "centre_id": "str",
            "name": "str",
            "level": "str",
            "attractiveness": "float",
            "kommunenummer": "str",
        },
    ),
    "tettsteder": ("Polygon", {"tettnr": "str", "name": "str", "population": "int"}),
    "landcover_2015": ("Polygon", {"arealtype": "int"}),
    "landcover": ("Polygon", {"arealtype": "int"}),
    "built_2015": ("Polygon", {"year": "int"}),
    "built_2022": ("Polygon", {"year": "int"}),
    "plan_current": ("Polygon", {"arealformal": "int", "plan_id": "str", "area_id": "str"}),
    "plan_proposed": ("Polygon", {"arealformal": "int", "plan_id": "str", "area_id": "str"}),
    "commuting": (None, {"home_knr": "str", "work_knr": "str", "employed": "int"}),
    "shoreline": ("LineString", {"kind": "str"}),
}

# --------------------------------------------------------------------------------------
# The fixed design. Coordinates are offsets in metres from TORGET unless said otherwise.

# Settlements: name, level, kommune, offset of the centre, retail floor space (m²).
_SETTLEMENTS = (
    ("Eksempelby", "town", "9901", (0, 0), 28500.0),
    ("Haugen", "village", "9901", (4300, 4300), 1900.0),
    ("Lia", "village", "9902", (-1000, 12500), 6400.0),
    ("Austbygd", "village", "9903", (12500, 2000), 4200.0),
    ("Sørli", "village", "9904", (6500, -12000), 2300.0),
    ("Vika", "village", "9905", (-10050, -11650), 1600.0),
)
_MOEN = (-13000, 5000)  # a hamlet in 9906, too small to be a tettsted

# Fjord centreline from beyond the region's south-west corner to the head:
# x, y offsets and the half-width.
_FJORD = np.array(
    [
        (-26000, -22000, 2600),
        (-17000, -14500, 2100),
        (-10500, -9200, 1500),
        (-5500, -5200, 1050),
        (-2300, -2300, 620),
        (-400, -700, 330),
        (900, -300, 170),
    ]
)
_LAKE = ((2200, 3700), 800.0, 380.0, 25.0)  # centre, semi-axes, rotation (deg)

# Main roads as control points (smoothed). E- and riksveg go through the region.
_E99 = np.array(
    [
        (-18000, -10800),
        (-14000, -8700),
        (-9500, -5700),
        (-5500, -2900),
        (-2500, -700),
        (-400, 700),
        (2000, 1100),
        (5000, 1300),
        (8500, 1700),
        (12300, 2100),
        (15500, 2800),
        (18000, 3300),
    ]
)
_RV990 = np.array(
    [
        (5500, -18000),
        (6300, -14500),
        (6500, -12000),
        (5500, -8500),
        (4000, -5000),
        (2600, -1800),
        (1600, -100),
        (700, 100),
        (0, 0),
        (-500, 800),
        (-700, 2500),
        (-800, 4000),
        (-700, 7500),
        (-1000, 10500),
        (-1000, 12500),
        (-1300, 15500),
        (-1500, 18000),
    ]
)
# Fylkesveger: name, road it starts from, approximate start, control points, road its
# end joins (or None).
_FV = (
    (
        "Fv9911",
        "E99",
        (3000, 1150),
        [(3600, 2600), (4300, 4300), (6800, 6800), (9800, 6000), (12000, 3600)],
        "E99",
    ),
    (
        "Fv9912",
        "Rv990",
        (4000, -5000),
        [
            (800, -4200),
            (-2500, -4800),
            (-5200, -7300),
            (-7600, -9700),
            (-9900, -11800),
            (-12800, -14500),
            (-15600, -16900),
            (-17200, -18200),
        ],
        None,
    ),
    (
        "Fv9913",
        "E99",
        (-6500, -3500),
        [(-8500, -500), (-11000, 2500), (-13000, 5000), (-15500, 8500), (-18000, 10000)],
        None,
    ),
    (
        "Fv9914",
        "Rv990",
        (-1000, 11000),
        [(3000, 11500), (6000, 13500), (8000, 15500), (9000, 18000)],
        None,
    ),
    ("Fv9915", "Rv990", (6500, -12000), [(10000, -11500), (14000, -8000), (18000, -7000)], None),
    ("Fv9916", "Rv990", (3000, -3300), [(6000, -2500), (9000, -3500), (12500, -3000)], None),
)
# Kommunal road into the cabin area in the hills north-west of town.
_FJELLVEGEN = ("Rv990", (-700, 3000), [(-2200, 3500), (-3800, 3800)])

# Rays that divide the region into the five neighbours (degrees, counter-clockwise
# from east) and the neighbour between each ray and the next.
_RAYS = (-40.0, 60.0, 140.0, 200.0, 250.0)
_RAY_KNR = ("9903", "9902", "9906", "9905", "9904")

# Population targets: (kommune, component) -> 2015 population; growth 2015-2022.
_POP2015 = {
    "9901": {"Eksempelby": 9150, "Haugen": 850, "rural": 1420},
    "9902": {"Lia": 2300, "rural": 1950},
    "9903": {"Austbygd": 1600, "rural": 1660},
    "9904": {"Sørli": 900, "rural": 1330},
    "9905": {"Vika": 650, "rural": 1280},
    "9906": {"Moen": 150, "rural": 1200},
}
_CHANGE = {"9901": 720, "9902": 60, "9903": -40, "9904": -80, "9905": -60, "9906": -70}


def _xy(offsets) -> np.ndarray:
    """Offsets from TORGET to absolute coordinates."""
    a = np.asarray(offsets, dtype=float).copy()
    a[..., 0] += TORGET[0]
    a[..., 1] += TORGET[1]
    return a


def ssb_id_250m(x_ll: np.ndarray, y_ll: np.ndarray) -> np.ndarray:
    """SSB 250 m grid ids from the lower-left corners of cells (EPSG:25833).

    The id is ``x_ll + 2,000,000`` and ``y_ll``, each as 7 digits (SSB national grid;
    see ``../shared/data/norge/PROVENANCE_popgrid.txt``).

    Parameters
    ----------
    x_ll, y_ll : numpy.ndarray
        Lower-left corner coordinates, multiples of 250.

    Returns
    -------
    numpy.ndarray
        Object array of 14-character strings.
    """
    x = np.asarray(x_ll, dtype=np.int64) + 2_000_000
    y = np.asarray(y_ll, dtype=np.int64)
    ids = np.char.add(np.char.zfill(x.astype(str), 7), np.char.zfill(y.astype(str), 7))
    return np.array(ids.tolist(), dtype=object)


# --------------------------------------------------------------------------------------
# Small numeric helpers


def _chaikin(pts: np.ndarray, iterations: int = 3) -> np.ndarray:
    """Chaikin corner cutting; keeps the end points exactly (all columns smoothed)."""
    pts = np.asarray(pts, dtype=float)
    for _ in range(iterations):
        q = 0.75 * pts[:-1] + 0.25 * pts[1:]
        r = 0.25 * pts[:-1] + 0.75 * pts[1:]
        mid = np.empty((2 * len(q), pts.shape[1]))
        mid[0::2] = q
        mid[1::2] = r
        pts = np.vstack([pts[:1], mid, pts[-1:]])
    return pts


def _resample(pts: np.ndarray, step: float) -> tuple[np.ndarray, np.ndarray]:
    """Points at equal arc length along a polyline (every column interpolated)."""
    seg = np.hypot(*np.diff(pts[:, :2], axis=0).T)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    t = np.linspace(0.0, s[-1], max(int(math.ceil(s[-1] / step)), 1) + 1)
    return np.column_stack([np.interp(t, s, pts[:, k]) for k in range(pts.shape[1])]), t


def _wiggle(
    rng: np.random.Generator,
    s: np.ndarray,
    wavelengths: Sequence[float],
    amplitudes: Sequence[float],
) -> np.ndarray:
    """A smooth random function of ``s``: a sum of sines with random phases."""
    phases = rng.uniform(0.0, 2 * math.pi, len(wavelengths))
    out = np.zeros_like(s, dtype=float)
    for w, a, p in zip(wavelengths, amplitudes, phases):
        out += a * np.sin(2 * math.pi * s / w + p)
    return out


def _largest_polygon(geom: shapely.Geometry) -> shapely.Geometry:
    """The largest polygon of a (possibly multi-part or invalid) geometry."""
    parts = shapely.get_parts(shapely.make_valid(geom))
    parts = parts[shapely.get_type_id(parts) == 3]
    return parts[np.argmax(shapely.area(parts))]


def _ellipse(
    centre: Sequence[float],
    a: float,
    b: float,
    angle_deg: float,
    rng: np.random.Generator,
    n: int = 96,
    roughness: float = 0.08,
) -> shapely.Polygon:
    """An ellipse with a randomly wiggled outline."""
    phi = np.linspace(0.0, 2 * math.pi, n, endpoint=False)
    r = 1.0 + _wiggle(
        rng,
        phi,
        (2 * math.pi / 3, 2 * math.pi / 5, 2 * math.pi / 9),
        (roughness, roughness * 0.6, roughness * 0.3),
    )
    x, y = a * r * np.cos(phi), b * r * np.sin(phi)
    t = math.radians(angle_deg)
    xr = centre[0] + x * math.cos(t) - y * math.sin(t)
    yr = centre[1] + x * math.sin(t) + y * math.cos(t)
    return shapely.Polygon(np.column_stack([xr, yr]))


def _components(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """Connected-component label of each of ``n`` nodes joined by the edges (a, b)."""
    graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def _clusters(xy: np.ndarray, distance: float) -> np.ndarray:
    """Single-linkage clusters of points at most ``distance`` apart (labels)."""
    pairs = cKDTree(xy).query_pairs(distance, output_type="ndarray")
    return _components(pairs[:, 0], pairs[:, 1], len(xy))


def _fill_holes(polygons: np.ndarray, max_area: float) -> np.ndarray:
    """The polygons without their holes smaller than ``max_area``."""
    out = []
    for p in polygons:  # a handful of settlement outlines
        holes = [r for r in p.interiors if shapely.Polygon(r).area >= max_area]
        out.append(shapely.Polygon(p.exterior, holes))
    return np.array(out, dtype=object)


def _allocate(
    total: np.ndarray, group: np.ndarray, weight: np.ndarray, minimum_one: bool = False
) -> np.ndarray:
    """Split integer totals per group over its items in proportion to weights.

    Largest-remainder rounding, so every group's items sum exactly to its total.
    With ``minimum_one`` every item gets at least 1 where the total allows it.
    """
    total = np.asarray(total, dtype=np.int64)
    n_groups = len(total)
    count = np.bincount(group, minlength=n_groups)
    give_one = minimum_one & (total >= count)
    rest = total - np.where(give_one, count, 0)
    wsum = np.bincount(group, weight, minlength=n_groups)
    ideal = rest[group] * weight / np.where(wsum[group] > 0, wsum[group], 1.0)
    base = np.floor(ideal).astype(np.int64)
    remainder = rest - np.bincount(group, base, minlength=n_groups)
    order = np.lexsort((np.arange(len(group)), -(ideal - base), group))
    g_sorted = group[order]
    rank = np.arange(len(group)) - np.searchsorted(g_sorted, g_sorted, side="left")
    base[order] += rank < remainder[g_sorted]
    return base + give_one[group]


def _sample_points(
    rng: np.random.Generator,
    region: shapely.Geometry,
    x0: np.ndarray,
    y0: np.ndarray,
    w: np.ndarray,
    h: np.ndarray,
    max_rounds: int = 300,
    fallback: bool = True,
    accept=None,
) -> np.ndarray:
    """Uniform random points inside ``region``, one in each box (x0, y0, w, h).

    Rejection sampling over all boxes at once; a box whose part of ``region`` is too
    small to hit gets a point on the surface of that part (or NaN without
    ``fallback``). ``accept(x, y)`` may reject more candidates (e.g. on a road).
    """
    n = len(x0)
    out = np.full((n, 2), np.nan)
    shapely.prepare(region)
    todo = np.arange(n)
    for _ in range(max_rounds):
        if len(todo) == 0:
            break
        x = x0[todo] + rng.random(len(todo)) * w[todo]
        y = y0[todo] + rng.random(len(todo)) * h[todo]
        ok = shapely.contains_xy(region, x, y)
        if accept is not None and ok.any():
            ok[ok] = accept(x[ok], y[ok])
        out[todo[ok], 0] = x[ok]
        out[todo[ok], 1] = y[ok]
        todo = todo[~ok]
    if len(todo) and fallback:
        boxes = shapely.box(x0[todo], y0[todo], x0[todo] + w[todo], y0[todo] + h[todo])
        pts = shapely.point_on_surface(shapely.intersection(boxes, region))
        if shapely.is_empty(pts).any():
            raise RuntimeError("a sampling box does not overlap its region")
        out[todo] = shapely.get_coordinates(pts)
    return out


# --------------------------------------------------------------------------------------
# Geography: sea, islands, lake, kommuner


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


# --------------------------------------------------------------------------------------
# Roads

_CLASS_ORDER = "ERFKP"
_HALF_WIDTH = {"E": 9.0, "R": 7.0, "F": 5.5, "K": 4.0, "P": 2.5}
_STREET_PREFIX = (
    "Stor",
    "Skole",
    "Torg",
    "Bakke",
    "Elve",
    "Løkke",
    "Myr",
    "Sol",
    "Bjørke",
    "Furu",
    "Linde",
    "Eike",
    "Rogn",
    "Hage",
    "Smie",
    "Mølle",
    "Sag",
    "Brygge",
    "Sjø",
    "Fjord",
    "Havne",
    "Prest",
    "Lensmann",
    "Meieri",
    "Stasjons",
    "Post",
    "Apotek",
    "Doktor",
    "Åker",
    "Eng",
    "Haug",
    "Li",
    "Nord",
    "Sør",
    "Øst",
    "Vest",
    "Kvern",
    "Tun",
    "Gran",
    "Osp",
    "Hegg",
    "Selje",
    "Lyng",
    "Blåbær",
    "Tyttebær",
    "Moltebær",
    "Fiol",
    "Rose",
    "Tulipan",
    "Lønne",
    "Alm",
    "Ask",
    "Hassel",
    "Kløver",
    "Nype",
    "Tiur",
    "Orre",
    "Rype",
    "Måke",
    "Ærfugl",
    "Svane",
    "Sildre",
    "Fossen",
    "Bekke",
    "Dam",
    "Stein",
    "Berg",
    "Fjell",
)
_STREET_SUFFIX = ("gata", "vegen", "bakken", "stien", "lia", "tunet", "svingen")


def _street_names(rng: np.random.Generator) -> np.ndarray:
    names = np.array([p + s for p in _STREET_PREFIX for s in _STREET_SUFFIX], dtype=object)
    return names[rng.permutation(len(names))]


def _smooth_road(
    rng: np.random.Generator, ctrl: np.ndarray, jitter: float = 40.0, step: float = 120.0
) -> shapely.LineString:
    """A smooth road through jittered control points, vertices at most ``step`` apart."""
    pts = np.asarray(ctrl, dtype=float).copy()
    pts[1:-1] += rng.normal(0.0, jitter, pts[1:-1].shape)
    return shapely.segmentize(shapely.LineString(_chaikin(pts, 3)), step)


def _nearest_vertex(line: shapely.LineString, point: Sequence[float]) -> np.ndarray:
    xy = shapely.get_coordinates(line)
    return xy[np.argmin(np.hypot(xy[:, 0] - point[0], xy[:, 1] - point[1]))]


def _street_grid(
    rng: np.random.Generator,
    centre: Sequence[float],
    n: int,
    s0: float,
    c: float,
    rotation: float,
    radius: float,
    allowed: shapely.Geometry,
    forbidden: shapely.Geometry,
    names: np.ndarray,
    name_offset: int,
    drop: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A jittered street lattice, spacing growing outwards (denser in the centre).

    Returns the edge lines, their street names, their lattice rows (``v``, nan for
    columns) and columns (``u``) as offsets from the centre node.
    """
    u, v = np.meshgrid(np.arange(-n, n + 1), np.arange(-n, n + 1), indexing="ij")
    q = np.hypot(u, v)
    spacing = s0 + 2 * c * q
    scale = np.where(q > 0, (s0 * q + c * q * q) / np.maximum(q, 1e-9), s0)
    lx = u * scale + rng.normal(0.0, 0.06, u.shape) * spacing
    ly = v * scale + rng.normal(0.0, 0.06, u.shape) * spacing
    lx[n, n] = ly[n, n] = 0.0
    t = math.radians(rotation)
    x = centre[0] + lx * math.cos(t) - ly * math.sin(t)
    y = centre[1] + lx * math.sin(t) + ly * math.cos(t)
    theta = np.arctan2(y - centre[1], x - centre[0])
    edge_r = radius * (
        1
        + _wiggle(
            rng, theta, (2 * math.pi / 2, 2 * math.pi / 3, 2 * math.pi / 5), (0.12, 0.10, 0.06)
        )
    )
    shapely.prepare(allowed)
    inside = (np.hypot(x - centre[0], y - centre[1]) <= edge_r) & shapely.contains_xy(allowed, x, y)
    a_parts, b_parts, rows, cols, keys = [], [], [], [], []
    idx = np.arange(u.size).reshape(u.shape)
    for axis in (0, 1):  # 0: edges along u (rows of constant v), 1: along v
        a = idx[:-1, :] if axis == 0 else idx[:, :-1]
        b = idx[1:, :] if axis == 0 else idx[:, 1:]
        a, b = a.ravel(), b.ravel()
        a_parts.append(a)
        b_parts.append(b)
        along = u.ravel()[a] if axis == 0 else v.ravel()[a]
        across = v.ravel()[a] if axis == 0 else u.ravel()[a]
        rows.append(np.where(axis == 0, across, 99))
        cols.append(np.where(axis == 1, across, 99))
        keys.append(axis * 1_000_000 + (across + n) * 1000 + (along + n) // 12)
    a = np.concatenate(a_parts)
    b = np.concatenate(b_parts)
    row = np.concatenate(rows)
    col = np.concatenate(cols)
    key = np.concatenate(keys)
    xf, yf = x.ravel(), y.ravel()
    mid_r = np.hypot((xf[a] + xf[b]) / 2 - centre[0], (yf[a] + yf[b]) / 2 - centre[1])
    p_drop = drop * np.clip(mid_r / radius, 0.0, 1.0) ** 2
    keep = inside.ravel()[a] & inside.ravel()[b] & (rng.random(len(a)) >= p_drop)
    coords = np.stack([np.column_stack([xf[a], yf[a]]), np.column_stack([xf[b], yf[b]])], axis=1)
    lines = shapely.linestrings(coords)
    shapely.prepare(forbidden)
    keep &= ~shapely.intersects(lines, forbidden)
    _, name_idx = np.unique(key, return_inverse=True)
    street = names[(name_idx + name_offset) % len(names)]
    return lines[keep], street[keep], row[keep], col[keep]


def _roads(
    rng: np.random.Generator,
    land: shapely.Geometry,
    water: shapely.Geometry,
    zones: dict[str, shapely.Geometry],
    holmen: shapely.Polygon,
    k9901: shapely.Polygon,
) -> dict:
    """The road network: sources, noding, attributes, rounding noise.

    Returns a dict with ``frame`` (the roads layer), ``main`` (E, R and F lines by
    name), ``corridors`` (road surface polygons in and near kommune 9901 for 2022 and
    2015; the streets of the new housing areas G1, G2 are not there in 2015) and
    ``clean`` (the links before the rounding noise).
    """
    region = shapely.box(*REGION)
    names = _street_names(rng)
    src_geom, src_class, src_name, src_dir, src_new = [], [], [], [], []

    def add(geoms, cls, name, direction=None, new=None):
        geoms = np.atleast_1d(np.asarray(geoms, dtype=object))
        src_geom.append(geoms)
        src_class.append(np.full(len(geoms), cls, dtype=object))
        src_name.append(np.broadcast_to(np.asarray(name, dtype=object), len(geoms)))
        src_dir.append(np.zeros((len(geoms), 2)) if direction is None else direction)
        src_new.append(np.zeros(len(geoms), bool) if new is None else new)

    e99 = _smooth_road(rng, _xy(_E99))
    rv = _smooth_road(rng, _xy(_RV990))
    main = {"E99": e99, "Rv990": rv}
    add(e99, "E", "E99")
    add(rv, "R", "Rv990")
    for name, parent, start, ctrl, end in _FV:
        p0 = _nearest_vertex(main[parent], _xy(start))
        pts = [p0, *_xy(ctrl)]
        if end is not None:
            pts.append(_nearest_vertex(main[end], pts[-1]))
        line = _smooth_road(rng, np.array(pts), jitter=60.0)
        main[name] = line
        add(line, "F", name)

    # Streets: the town lattice and one per village, kept out of water and of the
    # areas that stay unbuilt (reserves and proposed development).
    unbuilt = shapely.union_all([zones[k] for k in ("R1", "R2", "N1", "N2", "N3", "N4", "N5")])
    forbidden = shapely.union_all([shapely.buffer(water, 12.0), unbuilt])
    allowed = shapely.difference(land, forbidden)
    new_area = shapely.union_all([zones["G1"], zones["G2"]])
    shapely.prepare(new_area)
    offset = 0
    for (_name, level, _knr, off, _), (n, s0, c, radius, drop) in zip(
        _SETTLEMENTS,
        (
            (17, 65.0, 3.5, 1750.0, 0.35),
            (6, 60.0, 3.0, 520.0, 0.30),
            (7, 60.0, 3.0, 750.0, 0.30),
            (7, 60.0, 3.0, 650.0, 0.30),
            (6, 60.0, 3.0, 480.0, 0.30),
            (6, 60.0, 3.0, 460.0, 0.30),
        ),
    ):
        rot = 18.0 if level == "town" else rng.uniform(-40.0, 40.0)
        lines, street, row, col = _street_grid(
            rng, _xy(off), n, s0, c, rot, radius, allowed, forbidden, names, offset, drop
        )
        offset += 97
        direction = np.zeros((len(lines), 2))
        if level == "town":
            # A one-way couplet through the centre: row +1 runs along +u, row -1 back.
            t = math.radians(rot)
            ux = np.array([math.cos(t), math.sin(t)])
            couplet = (np.abs(row) == 1) & (np.abs(col) > 90)
            ends = shapely.get_coordinates(lines).reshape(-1, 2, 2)
            near = np.hypot(ends[:, :, 0] - TORGET[0], ends[:, :, 1] - TORGET[1]).max(1) < 330
            couplet &= near
            direction[couplet] = np.where(row[couplet, None] > 0, ux, -ux)
            street = street.copy()
            street[couplet & (row > 0)] = "Kirkegata"
            street[couplet & (row < 0)] = "Strandgata"
        new = shapely.contains_xy(
            new_area,
            *shapely.get_coordinates(shapely.line_interpolate_point(lines, 0.5, normalized=True)).T,
        )
        add(lines, "K", street, direction, new)

    fjellvegen = _smooth_road(
        rng, np.array([_nearest_vertex(rv, _xy(_FJELLVEGEN[1])), *_xy(_FJELLVEGEN[2])]), jitter=30.0
    )
    add(fjellvegen, "K", "Fjellvegen")
    # Private roads in the cabin area, from the end of Fjellvegen.
    end = shapely.get_coordinates(fjellvegen)[-1]
    h1 = zones["H1"]
    cx, cy = shapely.get_coordinates(shapely.centroid(h1))[0]
    spine = shapely.segmentize(
        shapely.LineString([end, (cx, cy), (2 * cx - end[0], 2 * cy - end[1])]), 60.0
    )
    spine = shapely.intersection(spine, shapely.union_all([h1, shapely.Point(end).buffer(5)]))
    spine = _largest_line(spine)
    sv = shapely.get_coordinates(spine)
    branches = []
    for k in (len(sv) // 3, 2 * len(sv) // 3):
        d = sv[k + 1] - sv[k - 1]
        d = np.array([-d[1], d[0]]) / np.hypot(*d)
        for side in (1, -1):
            branches.append(shapely.LineString([sv[k], sv[k] + side * 220.0 * d]))
    branches = shapely.intersection(np.array(branches, dtype=object), h1)
    branches = branches[shapely.get_type_id(branches) == 1]
    add(np.concatenate([[spine], branches]), "P", "")

    # Private farm and forest roads from vertices of the rural main roads.
    rural = np.vstack([shapely.get_coordinates(g) for g in main.values()])
    centres = _xy([s[3] for s in _SETTLEMENTS])
    d_settle = np.min(
        np.hypot(rural[:, None, 0] - centres[None, :, 0], rural[:, None, 1] - centres[None, :, 1]),
        axis=1,
    )
    d_torget = np.hypot(rural[:, 0] - TORGET[0], rural[:, 1] - TORGET[1])
    cand = rural[(d_settle > 700.0) & (d_torget > 2300.0)]
    pick = cand[rng.choice(len(cand), size=min(230, len(cand)), replace=False)]
    ang = rng.uniform(0.0, 2 * math.pi, len(pick))
    length = rng.uniform(180.0, 1100.0, len(pick))
    bend = rng.normal(0.0, 0.5, len(pick))
    p1 = pick + 0.5 * length[:, None] * np.column_stack([np.cos(ang), np.sin(ang)])
    p2 = p1 + 0.5 * length[:, None] * np.column_stack([np.cos(ang + bend), np.sin(ang + bend)])
    spurs = shapely.linestrings(np.stack([pick, p1, p2], axis=1))
    shapely.prepare(forbidden)
    ok = ~shapely.intersects(spurs, forbidden) & shapely.within(spurs, region)
    spurs = spurs[ok]
    # A spur must not run along or across another spur (keeps the picture tidy).
    tree = shapely.STRtree(spurs)
    i, j = tree.query(spurs, predicate="intersects")
    clash = np.unique(np.maximum(i, j)[i != j])
    spurs = np.delete(spurs, clash)
    add(spurs, "P", "")

    # Holmen: an island road that no bridge reaches (a second network component).
    hx, hy = shapely.get_coordinates(shapely.centroid(holmen))[0]
    hv = shapely.get_coordinates(shapely.minimum_rotated_rectangle(holmen))
    long_axis = max((hv[1] - hv[0], hv[2] - hv[1]), key=lambda d: np.hypot(*d))
    long_axis = long_axis / np.hypot(*long_axis)
    along = np.linspace(-300.0, 300.0, 7)
    island_main = shapely.LineString(
        np.column_stack([hx + along * long_axis[0], hy + along * long_axis[1]])
    )
    p = np.array([hx, hy])
    island_spur = shapely.LineString([p, p + 90.0 * np.array([-long_axis[1], long_axis[0]])])
    island = np.array([island_main, island_spur], dtype=object)
    island = shapely.intersection(island, shapely.buffer(holmen, -15.0))
    add(island, "K", "Holmevegen")

    geoms = np.concatenate(src_geom)
    cls = np.concatenate(src_class)
    name = np.concatenate(src_name)
    direction = np.concatenate(src_dir)
    new = np.concatenate(src_new)
    geoms = shapely.intersection(geoms, region)

    # Noding: the union splits every line where it meets another.
    pieces = shapely.get_parts(shapely.union_all(geoms))
    mid = shapely.line_interpolate_point(pieces, 0.5, normalized=True)
    tree = shapely.STRtree(geoms)
    pi, si = tree.query(mid, predicate="dwithin", distance=1e-6)
    prio = np.array([_CLASS_ORDER.index(c) for c in cls])
    order = np.lexsort((si, prio[si], pi))
    pi, si = pi[order], si[order]
    first = np.unique(pi, return_index=True)[1]
    if len(first) != len(pieces):
        raise RuntimeError("a noded road piece has no source line")
    source = si[first]
    pieces, source = _collapse_short_links(pieces, source, 1.0)

    # Keep the mainland's largest connected network and the island road.
    coords, idx = shapely.get_coordinates(pieces, return_index=True)
    starts = np.searchsorted(idx, np.arange(len(pieces)))
    ends = np.r_[starts[1:], len(coords)] - 1
    end_xy = np.concatenate([coords[starts], coords[ends]])
    _, node = np.unique(end_xy, axis=0, return_inverse=True)
    node = node.ravel()
    n_nodes = node.max() + 1
    label = _components(node[: len(pieces)], node[len(pieces) :], n_nodes)
    piece_label = label[node[: len(pieces)]]
    on_island = name[source] == "Holmevegen"
    sizes = np.bincount(piece_label[~on_island], minlength=label.max() + 1)
    keep = (piece_label == np.argmax(sizes)) | on_island
    pieces, source = pieces[keep], source[keep]
    coords, idx = shapely.get_coordinates(pieces, return_index=True)
    starts = np.searchsorted(idx, np.arange(len(pieces)))
    ends = np.r_[starts[1:], len(coords)] - 1
    node_start = node[: len(keep)][keep]
    node_end = node[len(keep) :][keep]

    road_class = cls[source]
    mid = shapely.get_coordinates(shapely.line_interpolate_point(pieces, 0.5, normalized=True))
    r_torget = np.hypot(mid[:, 0] - TORGET[0], mid[:, 1] - TORGET[1])
    r_village = np.min(
        np.hypot(mid[:, None, 0] - centres[None, 1:, 0], mid[:, None, 1] - centres[None, 1:, 1]),
        axis=1,
    )
    speed = np.select(
        [road_class == "E", road_class == "R", road_class == "F", road_class == "K"],
        [
            np.select([r_torget < 900, r_torget < 2200], [50, 60], 80),
            np.select([r_torget < 700, (r_torget < 2200) | (r_village < 700)], [40, 50], 80),
            np.select(
                [r_village < 700, r_torget < 2200],
                [50, 60],
                rng.choice([60, 70, 80], len(pieces), p=[0.35, 0.25, 0.40]),
            ),
            np.select([r_torget < 600, r_torget < 2000], [30, 40], 50),
        ],
        30,
    ).astype(float)
    speed[rng.random(len(pieces)) < 0.05] = np.nan

    vec = coords[ends] - coords[starts]
    dirn = direction[source]
    has_dir = np.any(dirn != 0, axis=1)
    along = np.einsum("ij,ij->i", vec, dirn)
    oneway = np.where(has_dir, np.where(along > 0, "FT", "TF"), "B").astype(object)

    # Rounding noise: at about 3 % of junctions one line end stops a few 1e-6 m short
    # of the node (pulled back along its own link, so no link crosses another).
    degree = np.bincount(np.concatenate([node_start, node_end]), minlength=n_nodes)
    junctions = np.flatnonzero(degree >= 2)
    chosen = junctions[rng.random(len(junctions)) < 0.03]
    end_node = np.concatenate([node_start, node_end])
    end_pos = np.concatenate([starts, ends])
    inward = np.concatenate([starts + 1, ends - 1])
    perm = rng.permutation(len(end_node))
    is_chosen = np.isin(end_node[perm], chosen)
    first_end = np.unique(end_node[perm][is_chosen], return_index=True)[1]
    moved = end_pos[perm][is_chosen][first_end]
    toward = coords[inward[perm][is_chosen][first_end]] - coords[moved]
    toward /= np.hypot(toward[:, 0], toward[:, 1])[:, None]
    size = rng.uniform(0.5e-6, 4e-6, len(moved))
    clean = pieces
    coords = coords.copy()
    coords[moved] += size[:, None] * toward
    pieces = shapely.linestrings(coords, indices=idx)

    frame = pd.DataFrame(
        {
            "road_id": np.arange(1, len(pieces) + 1, dtype=np.int64),
            "road_class": road_class.astype(object),
            "speed_kmh": pd.array(speed, dtype="Int64"),
            "oneway": oneway,
            "name": name[source].astype(object),
            "geometry": pieces,
        }
    )
    near = shapely.intersects(clean, shapely.buffer(k9901, 50.0))
    half = np.array([_HALF_WIDTH[c] for c in road_class[near]])
    surface = shapely.buffer(clean[near], half, quad_segs=2)
    is_new = new[source]
    surface_2022 = shapely.union_all(surface)
    new_surface = shapely.union_all(surface[is_new[near]])
    old_nearby = surface[~is_new[near] & shapely.intersects(surface, new_surface)]
    gone = shapely.difference(new_surface, shapely.union_all(old_nearby))
    corridors = {2022: surface_2022, 2015: shapely.difference(surface_2022, gone)}
    return {
        "frame": frame,
        "main": main,
        "corridors": corridors,
        "clean": clean,
        "is_new": is_new,
        "n_noise_ends": len(moved),
    }


def _collapse_short_links(
    pieces: np.ndarray, source: np.ndarray, min_length: float
) -> tuple[np.ndarray, np.ndarray]:
    """Drop links shorter than ``min_length`` and join their end nodes into one.

    A road passing a few centimetres from a street corner would otherwise leave
    centimetre-long links between two junctions (digitised data does not).
    """
    coords, idx = shapely.get_coordinates(pieces, return_index=True)
    starts = np.searchsorted(idx, np.arange(len(pieces)))
    ends = np.r_[starts[1:], len(coords)] - 1
    end_xy = np.concatenate([coords[starts], coords[ends]])
    uniq, node = np.unique(end_xy, axis=0, return_inverse=True)
    node = node.ravel()
    n = len(pieces)
    short = shapely.length(pieces) < min_length
    if not short.any():
        return pieces, source
    label = _components(node[:n][short], node[n:][short], len(uniq))
    first = np.full(label.max() + 1, len(uniq))
    np.minimum.at(first, label, np.arange(len(uniq)))
    target = uniq[first[label]]  # every node moves to its group's first node
    coords = coords.copy()
    coords[starts] = target[node[:n]]
    coords[ends] = target[node[n:]]
    joined = shapely.linestrings(coords, indices=idx)
    keep = ~short & (shapely.length(joined) > 0)
    return joined[keep], source[keep]


def _largest_line(geom: shapely.Geometry) -> shapely.LineString:
    parts = shapely.get_parts(shapely.line_merge(geom))
    parts = parts[shapely.get_type_id(parts) == 1]
    return parts[np.argmax(shapely.length(parts))]


# --------------------------------------------------------------------------------------
# Population, buildings, commuting, businesses

_CELL = 250.0


def _cover_fraction(
    boxes: np.ndarray, cx: np.ndarray, cy: np.ndarray, geom: shapely.Geometry
) -> np.ndarray:
    """Share of each box covered by ``geom`` (exact where the boundary crosses)."""
    shapely.prepare(geom)
    frac = shapely.contains_xy(geom, cx, cy).astype(float)
    edge_lines = shapely.boundary(geom)
    shapely.prepare(edge_lines)
    edge = shapely.intersects(boxes, edge_lines)
    frac[edge] = shapely.area(shapely.intersection(boxes[edge], geom)) / (_CELL * _CELL)
    return frac


def _population(
    rng: np.random.Generator,
    kommuner: dict[str, shapely.Geometry],
    habitable: shapely.Geometry,
    zones: dict[str, shapely.Geometry],
    rural_roads: np.ndarray,
) -> dict:
    """Population per 250 m cell in 2015 and 2022, and where the growth went."""
    xs = np.arange(REGION[0], REGION[2], _CELL)
    ys = np.arange(REGION[1], REGION[3], _CELL)
    x_ll, y_ll = (a.ravel() for a in np.meshgrid(xs, ys, indexing="ij"))
    cx, cy = x_ll + _CELL / 2, y_ll + _CELL / 2
    boxes = shapely.box(x_ll, y_ll, x_ll + _CELL, y_ll + _CELL)
    knr = np.full(len(cx), "", dtype=object)
    for k, poly in kommuner.items():
        knr[shapely.contains_xy(poly, cx, cy)] = k
    frac = _cover_fraction(boxes, cx, cy, habitable)
    frac[frac < 0.03] = 0.0

    r_t = np.hypot(cx - TORGET[0], cy - TORGET[1])
    tree = shapely.STRtree(rural_roads)
    _, d_road = tree.query_nearest(shapely.points(cx, cy), return_distance=True, all_matches=False)
    settlements = {s[0]: (_xy(s[3]), s[1]) for s in _SETTLEMENTS}
    settlements["Moen"] = (_xy(_MOEN), "hamlet")

    def intensity(component: str, k: str) -> np.ndarray:
        if component == "rural":
            lam = np.exp(-d_road / 220.0) * (r_t > 2300.0)
        else:
            (sx, sy), level = settlements[component]
            r = np.hypot(cx - sx, cy - sy)
            if level == "town":
                lam = (4.0 * np.exp(-r / 300.0) + np.exp(-((r / 1300.0) ** 6))) * (r < 2500.0)
            else:
                pop = _POP2015[k][component]
                sigma = 80.0 + 170.0 * math.sqrt(pop / 1000.0)
                lam = np.exp(-0.5 * (r / sigma) ** 2)
        return lam * frac * (knr == k)

    pop2015 = np.zeros(len(cx), dtype=np.int64)
    lam_comp = {}
    for k in sorted(_POP2015):
        for component, total in _POP2015[k].items():
            lam = intensity(component, k)
            lam_comp[component] = lam
            pop2015 += rng.multinomial(total, lam / lam.sum())

    # 2015 -> 2022: growth in the new housing areas and the centre of 9901 and in Lia;
    # the other kommuner lose a few residents.
    growth = {}
    for zone, total in (("G1", 280), ("G2", 230)):
        w = _cover_fraction(boxes, cx, cy, zones[zone]) * (knr == "9901")
        w[w < 0.02] = 0.0
        growth[zone] = rng.multinomial(total, w / w.sum())
    w = pop2015 * (r_t < 500.0) * (knr == "9901")
    growth["centre"] = rng.multinomial(_CHANGE["9901"] - 510, w / w.sum())
    w = pop2015 * lam_comp["Lia"]
    growth["Lia"] = rng.multinomial(_CHANGE["9902"], w / w.sum())
    removed = np.zeros(len(cx), dtype=np.int64)
    for k in ("9903", "9904", "9905", "9906"):
        sel = np.flatnonzero(knr == k)
        removed[sel] = rng.multivariate_hypergeometric(pop2015[sel], -_CHANGE[k])
    pop2022 = pop2015 + sum(growth.values()) - removed
    return {
        "x_ll": x_ll,
        "y_ll": y_ll,
        "knr": knr,
        "pop2015": pop2015,
        "pop2022": pop2022,
        "growth": growth,
        "removed": removed,
        "r_torget": r_t,
    }


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
    ok = shapely.contains_xy(region, sx, sy)
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


# Employed persons by home (rows) and work kommune (columns), as shares of the
# employed residents of the home kommune (9901..9906).
_COMMUTING_SHARES = np.array(
    [
        [0.900, 0.035, 0.025, 0.015, 0.015, 0.010],
        [0.300, 0.620, 0.040, 0.010, 0.010, 0.020],
        [0.120, 0.050, 0.780, 0.040, 0.005, 0.005],
        [0.050, 0.010, 0.060, 0.860, 0.015, 0.005],
        [0.200, 0.010, 0.005, 0.030, 0.740, 0.015],
        [0.080, 0.040, 0.005, 0.005, 0.020, 0.850],
    ]
)
_EMPLOYED_PER_RESIDENT = 0.49


def _commuting(pop2022_by_knr: dict[str, int]) -> pd.DataFrame:
    """Commuting flows between the six kommuner (diagonal included)."""
    knrs = sorted(KOMMUNER)
    employed = np.array([round(_EMPLOYED_PER_RESIDENT * pop2022_by_knr[k]) for k in knrs])
    flows = _allocate(employed, np.repeat(np.arange(6), 6), _COMMUTING_SHARES.ravel())
    return pd.DataFrame(
        {
            "home_knr": np.repeat(knrs, 6).astype(object),
            "work_knr": np.tile(knrs, 6).astype(object),
            "employed": flows.astype(np.int64),
        }
    )


# NACE (SN2007) codes with a word for business names and a size range (employees).
_CENTRE_ANCHORS = (
    ("84.110", "Eksempelby kommune, rådhuset", 240),
    ("47.111", "Torget Matsenter", 34),
    ("86.211", "Torget legesenter", 16),
    ("91.011", "Eksempelby bibliotek", 9),
    ("90.040", "Kulturhuset Fjordsalen", 14),
    ("47.730", "Apotek Torget", 8),
    ("64.190", "Fjordbanken", 21),
    ("84.240", "Eksempelby politistasjon", 18),
    ("53.100", "Posten Eksempelby", 6),
    ("55.101", "Hotell Fjordgløtt", 28),
    ("47.250", "Vinmonopolet Eksempelby", 5),
    ("86.230", "Tannlegene i Storgata", 9),
    ("84.300", "NAV Eksempelby", 24),
    ("93.130", "Fjord Trening", 7),
)
_CENTRE_POOL = (
    ("47.710", "Klær", 2, 7),
    ("47.721", "Sko", 2, 5),
    ("47.410", "Data", 2, 5),
    ("47.430", "Elektro", 2, 6),
    ("47.521", "Jernvare", 3, 8),
    ("47.610", "Bok", 2, 5),
    ("47.640", "Sport", 3, 8),
    ("47.650", "Leker", 1, 4),
    ("47.750", "Parfymeri", 2, 5),
    ("47.761", "Blomster", 1, 4),
    ("47.771", "Gull og ur", 1, 3),
    ("47.782", "Optikk", 2, 5),
    ("47.240", "Bakeri", 3, 9),
    ("47.190", "Interiør", 2, 5),
    ("56.101", "Kafé", 3, 10),
    ("56.101", "Restaurant", 4, 14),
    ("56.102", "Grill", 2, 6),
    ("56.301", "Pub", 2, 6),
    ("66.220", "Forsikring", 2, 6),
    ("68.310", "Eiendomsmegling", 2, 6),
    ("69.100", "Advokatfirma", 2, 8),
    ("69.201", "Regnskap", 2, 9),
    ("71.112", "Arkitekter", 2, 7),
    ("79.110", "Reisebyrå", 1, 3),
    ("86.902", "Fysioterapi", 2, 6),
    ("96.021", "Frisør", 1, 5),
    ("96.022", "Hudpleie", 1, 3),
    ("96.040", "Velvære", 1, 3),
    ("95.230", "Skomaker", 1, 2),
)
# Firms placed at ordinary buildings that fill the remaining jobs of each kommune:
# code, name word, size range, weight (share of such firms). No retail among them, so
# they never form a centre core on their own.
_FLEX_POOL = (
    ("41.200", "Bygg", 2, 25, 0.06),
    ("43.210", "Elektro", 2, 20, 0.03),
    ("43.221", "Rør", 2, 12, 0.02),
    ("43.320", "Snekkeri", 1, 8, 0.02),
    ("43.341", "Maler", 1, 6, 0.01),
    ("43.120", "Graving", 2, 15, 0.02),
    ("49.320", "Taxi", 1, 3, 0.02),
    ("49.410", "Transport", 2, 12, 0.03),
    ("62.010", "IT", 1, 5, 0.03),
    ("70.220", "Rådgivning", 1, 3, 0.03),
    ("71.129", "Ingeniør", 1, 8, 0.03),
    ("74.100", "Design", 1, 2, 0.01),
    ("81.210", "Renhold", 3, 25, 0.03),
    ("86.909", "Helse", 1, 2, 0.04),
    ("88.101", "Omsorg", 5, 40, 0.06),
    ("88.911", "Barnehage", 8, 20, 0.05),
    ("85.599", "Kurs", 1, 5, 0.02),
    ("96.090", "Service", 1, 2, 0.02),
    ("77.110", "Bilutleie", 1, 3, 0.01),
    ("45.201", "Bilverksted", 2, 8, 0.03),
    ("95.110", "Dataservice", 1, 2, 0.01),
    ("80.100", "Vakt", 2, 10, 0.01),
    ("46.900", "Engros", 2, 15, 0.04),
    ("16.230", "Trevare", 2, 40, 0.03),
    ("25.110", "Stål", 2, 30, 0.02),
    ("33.120", "Maskinservice", 1, 10, 0.02),
    ("68.209", "Eiendom", 1, 2, 0.02),
    ("56.101", "Kafé", 2, 8, 0.01),
    ("84.120", "Helse- og omsorgstjeneste", 10, 60, 0.01),
    ("45.320", "Bildeler", 1, 6, 0.02),
    ("46.690", "Maskinhandel", 2, 12, 0.02),
)
_FARM_POOL = (
    ("01.110", "Korn", 1, 2),
    ("01.410", "Melk", 1, 3),
    ("01.450", "Sau", 1, 2),
    ("01.500", "Gardsbruk", 1, 3),
    ("01.130", "Grønt", 1, 4),
    ("02.200", "Skog", 1, 3),
)
_TOWN_INSTITUTIONS = (
    ("85.310", "Eksempelby vidaregåande skule", 95, "VGS"),
    ("86.101", "Eksempelby distriktsmedisinske senter", 160, "DMS"),
    ("93.110", "Eksempelby idrettspark", 6, "IDRETT"),
    ("85.201", "Sentrum skole", 44, None),
    ("85.201", "Nordbyen skole", 38, None),
    ("85.201", "Sørsida skole", 31, None),
    ("85.201", "Eksempelby ungdomsskole", 48, None),
    ("87.102", "Fjordtun sykehjem", 105, None),
    ("87.102", "Solheim omsorgssenter", 70, None),
    ("88.911", "Fjordglimt barnehage", 18, None),
    ("88.911", "Tusenfryd barnehage", 14, None),
    ("88.911", "Solsikken barnehage", 16, None),
    ("88.911", "Bakketoppen barnehage", 12, None),
    ("88.911", "Sjøstjerna barnehage", 15, None),
    ("88.911", "Lykkeliten barnehage", 11, None),
    ("47.111", "Nordbyen Nærmat", 16, None),
    ("47.111", "Sørsida Matkroken", 13, None),
    ("47.111", "Bakken Handel", 11, None),
    ("94.910", "Eksempelby kirkelige fellesråd", 9, None),
    ("45.112", "Fjord Bil", 18, None),
    ("45.201", "Eksempelby Bilservice", 9, None),
)
_HAVNA = (
    ("10.200", "Fjordfisk", 110),
    ("33.150", "Eksempelby Båtservice", 22),
    ("52.220", "Eksempelby Havn", 10),
    ("46.380", "Sjømat Engros", 18),
    ("16.100", "Fjordsag", 65),
    ("25.620", "Eksempelby Mek", 40),
    ("28.290", "Fjordmaskin", 85),
    ("23.630", "Eksempelby Betong", 25),
    ("38.110", "Fjord Renovasjon", 16),
    ("46.730", "Byggmakker Eksempelby", 20),
    ("52.100", "Fjordlager", 12),
    ("35.130", "Fjordnett", 14),
    ("49.410", "Havnetransport", 22),
)
_RETAIL_PARK = (
    ("47.111", "Fjordparken Stormarked", 32),
    ("47.591", "Fjordparken Møbler", 9),
    ("47.521", "Fjordparken Byggvare", 14),
    ("47.430", "Fjordparken Elektro", 8),
    ("47.710", "Fjordparken Klær", 6),
    ("56.101", "Fjordparken Kafé", 4),
)
_VILLAGE_CENTRE = (
    ("47.111", "Haugen Landhandel", 9),
    ("56.101", "Haugen Kafé", 3),
    ("96.021", "Haugen Frisør", 2),
)
_SURNAMES = (
    "Hansen",
    "Olsen",
    "Berg",
    "Dahl",
    "Lie",
    "Moen",
    "Haugen",
    "Bakken",
    "Strand",
    "Nilsen",
    "Eide",
    "Solberg",
    "Lund",
    "Vik",
    "Holm",
    "Aas",
    "Brekke",
    "Sandvik",
    "Myhre",
    "Rønning",
    "Fjeld",
    "Nygård",
    "Engen",
    "Tangen",
    "Hagen",
    "Sæther",
)


def _orgnr(rng: np.random.Generator, n: int) -> np.ndarray:
    """Distinct 9-digit organisation numbers with a valid modulus-11 check digit."""
    base = 92_000_000 + rng.choice(7_000_000, size=3 * n, replace=False)
    digits = (base[:, None] // 10 ** np.arange(7, -1, -1)) % 10
    rest = (digits * np.array([3, 2, 7, 6, 5, 4, 3, 2])).sum(1) % 11
    check = (11 - rest) % 11
    ok = check != 10
    full = base[ok] * 10 + check[ok]
    return np.array([str(v) for v in full[:n]], dtype=object)


def _spread(
    rng: np.random.Generator,
    candidates: np.ndarray,
    n: int,
    min_dist: float,
    avoid: np.ndarray | None = None,
) -> np.ndarray:
    """Indices of ``n`` candidates (in random order) at least ``min_dist`` apart and from
    the ``avoid`` points."""
    chosen = []
    taken = np.empty((0, 2)) if avoid is None else np.asarray(avoid, dtype=float)
    for i in rng.permutation(len(candidates)):
        p = candidates[i]
        if len(taken) and np.min(np.hypot(*(taken - p).T)) < min_dist:
            continue
        chosen.append(i)
        taken = np.vstack([taken, p])
        if len(chosen) == n:
            break
    if len(chosen) < n:
        raise RuntimeError("not enough room to spread the businesses")
    return np.array(chosen)


def _businesses(
    rng: np.random.Generator,
    homes: dict,
    roads: pd.DataFrame,
    zones: dict[str, shapely.Geometry],
    sites: tuple,
    kommuner: dict[str, shapely.Geometry],
    jobs: dict[str, int],
    shore: shapely.Geometry,
    main: dict[str, shapely.LineString],
) -> pd.DataFrame:
    """Business establishments whose employees add up to the jobs in each kommune."""
    buildable, off_road = sites
    shapely.prepare(buildable)
    xs, ys, codes, names, emp, kind = [], [], [], [], [], []

    def put(xy, items, what="site"):
        xy = np.atleast_2d(xy)
        for (x, y), (code, name, size) in zip(xy, items):
            xs.append(x)
            ys.append(y)
            codes.append(code)
            names.append(name)
            emp.append(size)
            kind.append(what)

    def sample_in(area, n, min_dist, avoid=None, candidates=400):
        x0, y0, x1, y1 = shapely.bounds(area)
        region = shapely.intersection(area, buildable)
        pts = _sample_points(
            rng,
            region,
            np.full(candidates, x0),
            np.full(candidates, y0),
            np.full(candidates, x1 - x0),
            np.full(candidates, y1 - y0),
            accept=off_road,
        )
        return pts[_spread(rng, pts, n, min_dist, avoid)]

    # 1. The town centre: shops and services along the central streets, one every
    # 30 m on alternating sides, the anchors (town hall, library, ...) nearest Torget.
    geom = roads["geometry"].to_numpy()
    mid = shapely.get_coordinates(shapely.line_interpolate_point(geom, 0.5, normalized=True))
    sel = (np.hypot(mid[:, 0] - TORGET[0], mid[:, 1] - TORGET[1]) < 230.0) & np.isin(
        roads["road_class"].to_numpy(), ["K", "R"]
    )
    lines = geom[sel]
    length = shapely.length(lines)
    n_pos = np.maximum(1, length // 30.0).astype(np.int64)
    which = np.repeat(np.arange(len(lines)), n_pos)
    k = np.arange(len(which)) - np.repeat(np.cumsum(n_pos) - n_pos, n_pos)
    t = (k + 0.5) * length[which] / n_pos[which]
    p = shapely.get_coordinates(shapely.line_interpolate_point(lines[which], t))
    q = shapely.get_coordinates(shapely.line_interpolate_point(lines[which], t + 1.0))
    tangent = (q - p) / np.maximum(np.hypot(*(q - p).T), 1e-9)[:, None]
    side = np.where(np.arange(len(which)) % 2 == 0, 1.0, -1.0)
    pos = p + side[:, None] * 12.0 * np.column_stack([-tangent[:, 1], tangent[:, 0]])
    centre_area = shapely.difference(buildable, zones["PARK"])
    shapely.prepare(centre_area)
    ok = shapely.contains_xy(centre_area, pos[:, 0], pos[:, 1])
    ok[ok] = off_road(pos[ok, 0], pos[ok, 1], 8.0)
    pos = pos[ok]
    # one chain: keep the positions linked to the largest group at <= 45 m
    label = _clusters(pos, 45.0)
    pos = pos[label == np.argmax(np.bincount(label))]
    pos = pos[np.argsort(np.hypot(pos[:, 0] - TORGET[0], pos[:, 1] - TORGET[1]), kind="stable")]
    pool = [
        _CENTRE_POOL[i] for i in rng.integers(0, len(_CENTRE_POOL), len(pos) - len(_CENTRE_ANCHORS))
    ]
    prefixes = ("Torget", "Sentrum", "Fjord", "Storgata", "Brygga", *_SURNAMES)
    items = list(_CENTRE_ANCHORS) + [
        (c, f"{prefixes[rng.integers(len(prefixes))]} {w}", int(rng.integers(lo, hi + 1)))
        for c, w, lo, hi in pool
    ]
    put(pos, items)
    centre_pos = pos

    # 2. Public services and local shops in the town, well apart from each other and
    # from the centre (so that they do not chain into centre cores).
    town = shapely.difference(
        shapely.Point(TORGET).buffer(1700.0), shapely.Point(TORGET).buffer(500.0)
    )
    zoned = [t for t in _TOWN_INSTITUTIONS if t[3]]
    free = [t for t in _TOWN_INSTITUTIONS if not t[3]]
    zpos = np.vstack([sample_in(zones[t[3]], 1, 0.0) for t in zoned])
    put(zpos, [t[:3] for t in zoned])
    fpos = sample_in(town, len(free), 170.0, np.vstack([centre_pos, zpos]), 3000)
    put(fpos, [t[:3] for t in free])

    # 3. The harbour industry, a retail park and two filling stations on the E99.
    put(sample_in(zones["HAVNA"], len(_HAVNA), 35.0), _HAVNA)
    e99 = main["E99"]
    s0 = shapely.line_locate_point(e99, shapely.Point(TORGET[0] + 1750.0, TORGET[1] + 1150.0))
    s = s0 + 30.0 * np.arange(len(_RETAIL_PARK))
    p = shapely.get_coordinates(shapely.line_interpolate_point(e99, s))
    q = shapely.get_coordinates(shapely.line_interpolate_point(e99, s + 1.0))
    nrm = np.column_stack([-(q - p)[:, 1], (q - p)[:, 0]])
    put(p + 32.0 * nrm / np.hypot(*nrm.T)[:, None], _RETAIL_PARK)
    for target, name in (
        ((-2300.0, -750.0), "Fjord Energi Vest"),
        ((1300.0, 1000.0), "Fjord Energi Øst"),
    ):
        s = shapely.line_locate_point(e99, shapely.Point(*_xy(target)))
        p = shapely.get_coordinates(shapely.line_interpolate_point(e99, [s, s + 1.0]))
        nrm = np.array([(p[1] - p[0])[1], -(p[1] - p[0])[0]])
        put(p[0] + 22.0 * nrm / np.hypot(*nrm), [("47.300", name, 6)])

    # 4. Haugen's small village centre (shop, café, hairdresser: it is no centre core)
    # and the public services of Haugen and of the neighbours' kommune centres.
    hx, hy = _xy(_SETTLEMENTS[1][3])
    box = shapely.box(hx - 60.0, hy - 60.0, hx + 60.0, hy + 60.0)
    p0 = sample_in(box, 1, 0.0, candidates=50)[0]
    haugen = p0 + np.array([[0.0, 0.0], [24.0, 9.0], [-7.0, 26.0]])
    put(haugen, _VILLAGE_CENTRE)
    villages = [(s[0], s[2], _xy(s[3]), sum(_POP2015[s[2]].values())) for s in _SETTLEMENTS[2:]] + [
        ("Moen", "9906", _xy(_MOEN), 1350)
    ]
    hpos = sample_in(shapely.Point(hx, hy).buffer(700.0), 2, 150.0, haugen)
    put(hpos, [("85.201", "Haugen skole", 28), ("88.911", "Haugen barnehage", 10)])
    for name, knr, (vx, vy), kpop in villages:
        items = [
            ("84.110", f"{KOMMUNER[knr]} kommune", round(kpop / 45)),
            ("85.201", f"{name} skole", round(kpop / 110)),
            ("87.102", f"{name} sjukeheim", round(kpop / 60)),
            ("88.911", f"{name} barnehage", 12),
            ("86.211", f"{name} legekontor", 5),
            ("47.111", f"{name} Handel", int(rng.integers(8, 15))),
            ("56.101", f"{name} Kafé", 3),
            ("94.910", f"{name} sokn", 3),
        ]
        if kpop > 3000:
            items += [
                ("47.111", f"{name} Matsenter", int(rng.integers(10, 18))),
                ("88.911", f"{name}tunet barnehage", 11),
                ("47.730", f"Apotek {name}", 4),
            ]
        put(sample_in(shapely.Point(vx, vy).buffer(900.0), len(items), 130.0), items)

    # 5. Fish farms on the shore and a gravel pit.
    for target, name, size in (
        ((-5600.0, -3200.0), "Fjordlaks", 12),
        ((-12500.0, -11800.0), "Vika Sjømat", 9),
    ):
        cx, cy = _xy(target)
        area = shapely.intersection(
            shapely.buffer(shore, 40.0), shapely.box(cx - 900, cy - 900, cx + 900, cy + 900)
        )
        put(sample_in(area, 1, 0.0), [("03.211", f"{name} AS", size)])
    gx, gy = _xy((-3500.0, 9500.0))
    put(
        sample_in(shapely.box(gx - 500, gy - 500, gx + 500, gy + 500), 1, 0.0),
        [("08.120", "Lia Grus AS", 6)],
    )

    site_xy = np.column_stack([xs, ys])
    site_knr = _which_kommune(kommuner, site_xy)
    fixed_jobs = {k: int(np.sum(np.array(emp)[site_knr == k])) for k in KOMMUNER}

    # 6. Farms at rural homes, and firms at other buildings that fill the jobs.
    hxy, hknr = homes["xy"], homes["knr"]
    near_site = cKDTree(site_xy).query(hxy, k=1)[0] < 150.0
    rural_home = (
        (homes["residents"] > 0)
        & (homes["cell_pop2015"] <= 15)
        & (np.hypot(hxy[:, 0] - TORGET[0], hxy[:, 1] - TORGET[1]) > 3000.0)
        & (homes["year"] <= 2015)
    )
    flex_idx, flex_w = [], []
    flex_p = np.array([t[4] for t in _FLEX_POOL])
    flex_p /= flex_p.sum()
    flex_mean = float(np.sum(flex_p * [(t[2] + t[3]) / 2 for t in _FLEX_POOL]))
    for knr in sorted(KOMMUNER):
        cand = np.flatnonzero(rural_home & (hknr == knr))
        n_farms = round(sum(v for c, v in _POP2015[knr].items() if c == "rural") / 55)
        farms = rng.choice(cand, size=n_farms, replace=False)
        for i in farms:
            code, word, lo, hi = _FARM_POOL[rng.integers(len(_FARM_POOL))]
            surname = _SURNAMES[rng.integers(len(_SURNAMES))]
            put(hxy[i], [(code, f"{surname} {word}", int(rng.integers(lo, hi + 1)))], "farm")
            fixed_jobs[knr] += emp[-1]
        used = np.zeros(len(hxy), bool)
        used[farms] = True
        cand = np.flatnonzero((homes["residents"] > 0) & (hknr == knr) & ~near_site & ~used)
        n_flex = max(1, round((jobs[knr] - fixed_jobs[knr]) / flex_mean))
        for i in rng.choice(cand, size=n_flex, replace=False):
            code, word, lo, hi, _ = _FLEX_POOL[rng.choice(len(_FLEX_POOL), p=flex_p)]
            surname = _SURNAMES[rng.integers(len(_SURNAMES))]
            flex_idx.append(len(xs))
            flex_w.append(rng.uniform(lo, hi))
            put(hxy[i], [(code, f"{surname} {word}", 0)], "home")
    # Employees of the home firms: the rest of each kommune's jobs, at least 1 each.
    flex_idx = np.array(flex_idx)
    all_xy = np.column_stack([xs, ys])
    knr_all = _which_kommune(kommuner, all_xy)
    knrs = sorted(KOMMUNER)
    group = np.searchsorted(knrs, knr_all[flex_idx])
    rest = np.array([jobs[k] - fixed_jobs[k] for k in knrs])
    if np.any(rest < np.bincount(group, minlength=len(knrs))):
        raise RuntimeError("fixed establishments exceed the jobs of a kommune")
    employees = np.array(emp, dtype=np.int64)
    employees[flex_idx] = _allocate(rest, group, np.array(flex_w), minimum_one=True)
    name_arr = np.array(names, dtype=object)
    is_home = np.array(kind) == "home"
    name_arr[is_home] = name_arr[is_home] + " AS"
    return pd.DataFrame(
        {
            "orgnr": _orgnr(rng, len(xs)),
            "name": name_arr.astype(object),
            "nace": np.array(codes, dtype=object),
            "employees": employees,
            "kommunenummer": knr_all,
            "kind": np.array(kind, dtype=object),
            "geometry": shapely.points(all_xy),
        }
    )


def _which_kommune(kommuner: dict[str, shapely.Geometry], xy: np.ndarray) -> np.ndarray:
    out = np.full(len(xy), "", dtype=object)
    for k, poly in kommuner.items():
        out[shapely.contains_xy(poly, xy[:, 0], xy[:, 1])] = k
    if np.any(out == ""):
        raise RuntimeError("a point lies outside the region")
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


def _union_nearby(geoms: np.ndarray, xy: np.ndarray, reach: float) -> shapely.Geometry:
    """Union of small shapes around points, done per group of shapes that can touch.

    Shapes whose points are more than ``reach`` apart cannot overlap, so the groups
    are disjoint and only the shapes within a group need an overlay (much faster
    than one union of everything).
    """
    if len(geoms) == 0:
        return shapely.Polygon()
    label = _clusters(xy, reach)
    size = np.bincount(label)
    order = np.lexsort((np.arange(len(label)), label))
    rank = np.arange(len(order)) - np.searchsorted(label[order], label[order])
    parts = [geoms[size[label] == 1]]
    width = size[label[order]]
    lo = 2
    while lo <= size.max():
        hi = 2 * lo
        sel = (width >= lo) & (width < hi)
        if sel.any():
            groups, row = np.unique(label[order][sel], return_inverse=True)
            table = np.full((len(groups), hi - 1), None, dtype=object)
            table[row, rank[sel]] = geoms[order][sel]
            parts.append(shapely.union_all(table, axis=1))
        lo = hi
    return shapely.multipolygons(shapely.get_parts(np.concatenate(parts)))


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
    inside = shapely.contains_xy(area, b_xy[:, 0], b_xy[:, 1])
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


def _tettsteder(
    blocks: tuple, b_xy: np.ndarray, b_type: np.ndarray, b_res: np.ndarray, sea: shapely.Geometry
) -> pd.DataFrame:
    """Settlement outlines in the spirit of SSB's tettsted rule.

    Homes and workplaces at most 50 m apart form a cluster (single linkage); clusters
    with at least 200 residents are settlements, each joined to the nearest centre.
    The outline is the built-up blocks and 25 m yards of their buildings, gaps up to
    100 m closed, without the sea (the part with most residents where that splits).
    """
    faces, _, block_of = blocks
    idx = np.flatnonzero(b_type != "fritid")
    label = _clusters(b_xy[idx], 50.0)
    res = np.bincount(label, b_res[idx])
    member = res[label] >= 200
    centres = _xy([s[3] for s in _SETTLEMENTS])
    count = np.bincount(label)
    mean_xy = np.column_stack([np.bincount(label, b_xy[idx, k]) / count for k in (0, 1)])
    owner = np.argmin(
        np.hypot(
            mean_xy[:, None, 0] - centres[None, :, 0], mean_xy[:, None, 1] - centres[None, :, 1]
        ),
        axis=1,
    )[label]
    rows = []
    for i, settlement in enumerate(_SETTLEMENTS):
        mine = idx[member & (owner == i)]
        if len(mine) == 0:
            continue
        in_block = block_of[mine] >= 0
        area = shapely.union_all(
            [
                shapely.coverage_union_all(faces[np.unique(block_of[mine][in_block])]),
                _union_nearby(
                    shapely.buffer(shapely.points(b_xy[mine][~in_block]), 25.0, quad_segs=2),
                    b_xy[mine][~in_block],
                    50.0,
                ),
            ]
        )
        area = shapely.buffer(shapely.buffer(area, 150.0, quad_segs=3), -150.0, quad_segs=3)
        parts = shapely.get_parts(shapely.difference(shapely.simplify(area, 1.0), sea))
        parts = _fill_holes(parts[shapely.get_type_id(parts) == 3], 50_000.0)
        pop = np.array(
            [b_res[shapely.contains_xy(p, b_xy[:, 0], b_xy[:, 1])].sum() for p in parts],
            dtype=np.int64,
        )
        # The main part keeps the name; a part across the water is named by direction.
        for rank, j in enumerate(np.argsort(-pop, kind="stable")):
            if pop[j] < 200:
                break
            name = settlement[0]
            if rank:
                cx, cy = shapely.get_coordinates(shapely.centroid(parts[j]))[0]
                angle = math.degrees(math.atan2(cy - centres[i][1], cx - centres[i][0]))
                name += " " + ("aust", "nord", "vest", "sør")[int(((angle + 45) % 360) // 90)]
            rows.append((name, int(pop[j]), parts[j]))
    return pd.DataFrame(
        {
            "tettnr": [f"{9911 + k}" for k in range(len(rows))],
            "name": [r[0] for r in rows],
            "population": np.array([r[1] for r in rows], dtype=np.int64),
            "geometry": np.array([r[2] for r in rows], dtype=object),
        }
    )


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


def _explode(parts: Sequence[tuple[dict, shapely.Geometry]]) -> pd.DataFrame:
    """One row per polygon part, with the attributes of its source."""
    rows, geoms = [], []
    for attrs, geom in parts:
        polys = shapely.get_parts(shapely.get_parts(geom))
        polys = polys[(shapely.get_type_id(polys) == 3) & (shapely.area(polys) > 0.01)]
        polys = shapely.make_valid(polys)
        polys = shapely.get_parts(polys)
        polys = polys[shapely.get_type_id(polys) == 3]
        rows.extend([attrs] * len(polys))
        geoms.append(polys)
    frame = pd.DataFrame(rows)
    frame["geometry"] = np.concatenate(geoms) if geoms else np.array([], dtype=object)
    return frame


def _partition(
    area: shapely.Geometry,
    layers: Sequence[tuple[dict, shapely.Geometry]],
    default: dict | None = None,
) -> pd.DataFrame:
    """An exact partition of ``area`` into polygons with attributes.

    All boundaries are noded together and polygonised, so neighbouring polygons share
    their edges vertex for vertex (a valid coverage: no slivers, no gaps). Each face
    takes the attributes of the first layer that holds it (``default`` where none
    does); faces with the same source are then merged (coverage union) and split into
    single polygons.
    """
    lines = np.array(
        [shapely.boundary(area)] + [shapely.boundary(g) for _, g in layers], dtype=object
    )
    noded = shapely.get_parts(shapely.union_all(lines))
    faces = shapely.get_parts(shapely.polygonize(noded))
    faces = faces[shapely.area(faces) > 0.0]
    pts = shapely.point_on_surface(faces)
    shapely.prepare(area)
    inside = shapely.contains(area, pts)
    odd = ~shapely.contains(faces, pts)
    if odd.any():
        inside[odd] = shapely.area(shapely.intersection(faces[odd], area)) > 0.5 * shapely.area(
            faces[odd]
        )
    faces, pts = faces[inside], pts[inside]
    which = np.full(len(faces), -1)
    # GEOS may put the "interior" point of a spiky face on its boundary: classify such
    # faces by the area they share with each layer instead.
    odd = ~shapely.contains(faces, pts)
    for i, (_, geom) in enumerate(layers):
        shapely.prepare(geom)
        free = np.flatnonzero((which < 0) & ~odd)
        which[free[shapely.contains(geom, pts[free])]] = i
        free = np.flatnonzero((which < 0) & odd)
        if len(free):
            share = shapely.area(shapely.intersection(faces[free], geom))
            which[free[share > 0.5 * shapely.area(faces[free])]] = i
    lost = np.flatnonzero(which < 0)
    if default is None and len(lost):
        # slivers between nearly coincident edges go to the nearest layer
        if shapely.area(faces[lost]).max() > 1.0:
            raise RuntimeError("a face of the partition belongs to no layer")
        dist = np.column_stack([shapely.distance(pts[lost], g) for _, g in layers])
        which[lost] = np.argmin(dist, axis=1)
    attrs = [a for a, _ in layers] + [default]
    keys = [tuple(sorted(a.items())) if a else () for a in attrs]
    group = np.array([keys.index(keys[i]) for i in range(len(keys))])[which]
    parts = []
    for g in np.unique(group):
        parts.append((attrs[g], shapely.coverage_union_all(faces[group == g])))
    return _explode(parts)


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


def _plans(
    k9901: shapely.Geometry,
    sea: shapely.Geometry,
    lake: shapely.Geometry,
    zones: dict[str, shapely.Geometry],
    main: dict[str, shapely.LineString],
    settled: shapely.Geometry,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Current and proposed kommuneplan (arealdel) as exact partitions of 9901.

    Where areas overlap, the first in the list below wins (water, main roads, centre,
    harbour, ...); what no area covers is LNFR (5100).
    """
    land_k = shapely.difference(k9901, shapely.union_all([sea, lake]))
    road = shapely.intersection(
        shapely.buffer(shapely.union_all([main["E99"], main["Rv990"]]), 15.0), land_k
    )
    head = [
        (6001, "SJO", sea),
        (6001, "VATN", lake),
        (2010, "VEG", road),
        (1130, "SENTRUM", zones["SENTRUM"]),
        (1300, "HAVNA", zones["HAVNA"]),
    ]
    services = [
        (1160, "VGS", zones["VGS"]),
        (1160, "DMS", zones["DMS"]),
        (1400, "IDRETT", zones["IDRETT"]),
        (3040, "PARK", zones["PARK"]),
    ]
    tail = [(1110, "G1", zones["G1"]), (1110, "G2", zones["G2"])]
    current = (
        head
        + [(1300, "R2", zones["R2"])]
        + services
        + [(1110, "R1", zones["R1"])]
        + tail
        + [(5100, z, zones[z]) for z in ("N1", "N2", "N3", "N4", "N5")]
        + [(1110, "BOLIG", settled), (1120, "H1", zones["H1"])]
    )
    proposed = (
        head
        + [(5100, "R2", zones["R2"])]
        + services
        + [(3040, "R1", zones["R1"])]
        + tail
        + [
            (1110, "N1", zones["N1"]),
            (1110, "N2", zones["N2"]),
            (1300, "N3", zones["N3"]),
            (1110, "N4", zones["N4"]),
            (1120, "N5", zones["N5"]),
        ]
        + [(1110, "BOLIG", settled), (1120, "H1", zones["H1"])]
    )
    out = []
    for plan_id, items in (("9901-KPA-2015", current), ("9901-KPA-2025", proposed)):
        layers = [
            ({"arealformal": code, "plan_id": plan_id, "area_id": area_id}, geom)
            for code, area_id, geom in items
        ]
        out.append(
            _partition(k9901, layers, {"arealformal": 5100, "plan_id": plan_id, "area_id": "LNFR"})
        )
    return out[0], out[1]


# --------------------------------------------------------------------------------------
# The whole sample


def generate(seed: int = DEFAULT_SEED) -> dict[str, pd.DataFrame]:
    """Generate every layer of Eksempelby.

    Parameters
    ----------
    seed : int
        Seed of ``numpy.random.default_rng``; the same seed gives identical layers.

    Returns
    -------
    dict of str to pandas.DataFrame
        One frame per layer of :data:`LAYERS`, in that order, with the fields of the
        schema and, for spatial layers, a ``geometry`` column of shapely geometries
        (EPSG:25833). ``commuting`` has no geometry.
    """
    rng = np.random.default_rng(seed)
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

    roads = _roads(rng, land, water, zones, islands[0], k9901)
    road_frame = roads["frame"]
    unbuilt = shapely.union_all([zones[k] for k in ("R1", "R2", "N1", "N2", "N3", "N4", "N5")])
    not_homes = shapely.union_all(
        [unbuilt] + [zones[k] for k in ("G1", "G2", "H1", "HAVNA", "PARK", "IDRETT", "VGS", "DMS")]
    )
    habitable = shapely.difference(land, shapely.buffer(not_homes, 5.0))
    road_geom = road_frame["geometry"].to_numpy()
    road_tree = shapely.STRtree(road_geom)

    def within(x, y, distance):
        hit = np.zeros(len(x), bool)
        hit[road_tree.query(shapely.points(x, y), predicate="dwithin", distance=distance)[0]] = True
        return hit

    def off_road(x, y, distance=10.0):  # not on a road surface
        return ~within(x, y, distance)

    def near_road(x, y):
        return within(x, y, 45.0) & ~within(x, y, 10.0)

    places = {
        "old": (habitable, off_road),
        "near_road": (habitable, near_road),
        "G1": (zones["G1"], off_road),
        "G2": (zones["G2"], off_road),
    }
    rural_roads = road_geom[road_frame["road_class"].to_numpy() != "K"]
    pop = _population(rng, kommuner, habitable, zones, rural_roads)

    homes = _bolig(rng, pop, places)
    home_cell = np.floor((homes["xy"][:, 0] - REGION[0]) / _CELL).astype(np.int64) * len(
        np.arange(REGION[1], REGION[3], _CELL)
    ) + np.floor((homes["xy"][:, 1] - REGION[1]) / _CELL).astype(np.int64)
    homes["knr"] = _which_kommune(kommuner, homes["xy"])
    homes["cell_pop2015"] = pop["pop2015"][home_cell]

    pop_knr = {k: int(pop["pop2022"][pop["knr"] == k].sum()) for k in KOMMUNER}
    commuting = _commuting(pop_knr)
    jobs = commuting.groupby("work_knr")["employed"].sum().to_dict()
    sites = (shapely.difference(land, shapely.buffer(unbuilt, 5.0)), off_road)
    businesses = _businesses(
        rng, homes, road_frame, zones, sites, kommuner, jobs, shore, roads["main"]
    )
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
    buildings = pd.DataFrame(
        {
            "building_id": np.arange(1, len(b_xy) + 1, dtype=np.int64),
            "building_type": b_type,
            "residents": b_res.astype(np.int64),
            "year_built": b_year.astype(np.int64),
            "kommunenummer": _which_kommune(kommuner, b_xy),
            "geometry": shapely.points(b_xy),
        }
    )

    blocks = _blocks(roads["clean"], b_xy, b_type, b_year)
    tettsteder = _tettsteder(blocks, b_xy, b_type, b_res, sea)
    built = _built(blocks, b_xy, b_type, b_year, zones, unbuilt, k9901)
    natural = _natural(rng, shapely.buffer(k9901, 200.0), sea, zones)
    landcover = {
        year: _landcover(k9901, sea, lake, natural, roads["corridors"][year], built[year])
        for year in (2015, 2022)
    }
    built_layers = {year: _explode([({"year": year}, lc[1])]) for year, lc in landcover.items()}
    landcover = {year: lc[0] for year, lc in landcover.items()}

    in_9901 = tettsteder["geometry"].to_numpy()[
        shapely.intersects(tettsteder["geometry"].to_numpy(), k9901)
    ]
    plan_current, plan_proposed = _plans(
        k9901, sea, lake, zones, roads["main"], shapely.union_all(in_9901)
    )

    shoreline = _explode_lines(
        [({"kind": "sea"}, shore), ({"kind": "lake"}, shapely.boundary(lake))]
    )
    centres = pd.DataFrame(
        {
            "centre_id": [f"S{i + 1:02d}" for i in range(len(_SETTLEMENTS))],
            "name": [s[0] for s in _SETTLEMENTS],
            "level": [s[1] for s in _SETTLEMENTS],
            "attractiveness": [float(s[4]) for s in _SETTLEMENTS],
            "kommunenummer": [s[2] for s in _SETTLEMENTS],
            "geometry": shapely.points(_xy([s[3] for s in _SETTLEMENTS])),
        }
    )
    cells = (pop["pop2015"] > 0) | (pop["pop2022"] > 0)
    x_ll, y_ll = pop["x_ll"][cells], pop["y_ll"][cells]
    population = pd.DataFrame(
        {
            "ssbid_250m": ssb_id_250m(x_ll, y_ll).astype(object),
            "pop2015": pop["pop2015"][cells].astype(np.int64),
            "pop2022": pop["pop2022"][cells].astype(np.int64),
            "kommunenummer": pop["knr"][cells],
            "geometry": shapely.box(x_ll, y_ll, x_ll + _CELL, y_ll + _CELL),
        }
    )
    kommune_frame = pd.DataFrame(
        {
            "kommunenummer": list(kommuner),
            "kommunenavn": [KOMMUNER[k] for k in kommuner],
            "geometry": np.array(list(kommuner.values()), dtype=object),
        }
    )

    layers = {
        "kommuner": kommune_frame,
        "roads": road_frame,
        "population": population,
        "buildings": buildings,
        "businesses": businesses.drop(columns="kind"),
        "centres": centres,
        "tettsteder": tettsteder,
        "landcover_2015": landcover[2015],
        "landcover": landcover[2022],
        "built_2015": built_layers[2015],
        "built_2022": built_layers[2022],
        "plan_current": plan_current,
        "plan_proposed": plan_proposed,
        "commuting": commuting,
        "shoreline": shoreline,
    }
    out = {}
    for name, (geom_type, fields) in LAYERS.items():
        frame = layers[name]
        cols = list(fields) + (["geometry"] if geom_type else [])
        out[name] = frame[cols].reset_index(drop=True)
    return out


def _explode_lines(parts: Sequence[tuple[dict, shapely.Geometry]]) -> pd.DataFrame:
    rows, geoms = [], []
    for attrs, geom in parts:
        lines = shapely.get_parts(shapely.line_merge(geom))
        lines = lines[(shapely.get_type_id(lines) == 1) & (shapely.length(lines) > 0)]
        rows.extend([attrs] * len(lines))
        geoms.append(lines)
    frame = pd.DataFrame(rows)
    frame["geometry"] = np.concatenate(geoms)
    return frame


def _records(frame: pd.DataFrame, fields: dict[str, str], spatial: bool):
    """Fiona records of a layer frame: plain Python values, None for missing ones."""
    columns = []
    for field in fields:
        col = frame[field]
        columns.append(col.astype(object).where(col.notna(), None).tolist())
    geoms = (
        [json.loads(g) for g in shapely.to_geojson(frame["geometry"].to_numpy())]
        if spatial
        else [None] * len(frame)
    )
    for geom, values in zip(geoms, zip(*columns)):
        yield {"geometry": geom, "properties": dict(zip(fields, values))}


def write_gpkg(
    path: str, seed: int = DEFAULT_SEED, layers: dict[str, pd.DataFrame] | None = None
) -> dict[str, int]:
    """Write Eksempelby into one GeoPackage (an existing file is replaced).

    Parameters
    ----------
    path : str
        The GeoPackage to write.
    seed : int
        Seed for :func:`generate` (ignored when ``layers`` is given).
    layers : dict of str to pandas.DataFrame, optional
        Layers from :func:`generate`, to avoid generating them twice.

    Returns
    -------
    dict of str to int
        Feature count per layer.
    """
    import os

    import fiona  # only needed for writing; generate() works without it

    if layers is None:
        layers = generate(seed)
    if os.path.exists(path):
        os.remove(path)
    counts = {}
    # a file written in one go needs no fsync after every layer
    with fiona.Env(OGR_SQLITE_SYNCHRONOUS="OFF"):
        for name, (geom_type, fields) in LAYERS.items():
            frame = layers[name]
            schema = {"geometry": geom_type or "None", "properties": dict(fields)}
            with fiona.open(path, "w", driver="GPKG", layer=name, schema=schema, crs=CRS) as dst:
                dst.writerecords(_records(frame, fields, geom_type is not None))
            counts[name] = len(frame)
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m smaaby_plugin.sample.eksempelby OUT.gpkg [--seed N]``."""
    parser = argparse.ArgumentParser(
        prog="python -m smaaby_plugin.sample.eksempelby",
        description="Write Eksempelby, the synthetic sample town, to a GeoPackage.",
    )
    parser.add_argument("out", help="GeoPackage to write (replaced if it exists)")
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})"
    )
    args = parser.parse_args(argv)
    counts = write_gpkg(args.out, seed=args.seed)
    print(f"Eksempelby (synthetic, seed {args.seed}) written to {args.out}:")
    for name, n in counts.items():
        print(f"  {name:15s} {n:6d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

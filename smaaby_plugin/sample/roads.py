"""The road network: main roads, streets, cabin, farm and island roads; noding, the
collapse of centimetre links, speeds, one-way streets, rounding noise at junctions,
road surfaces for the land cover, and the on-road / near-road tests for placing
buildings."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.sample._geometry import _chaikin, _components, _largest_line, contains_xy
from smaaby_plugin.sample.design import _SETTLEMENTS, REGION, TORGET, _xy
from smaaby_plugin.sample.streets import _street_grid, _street_names

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


# Road classes, highest first (a noded piece takes the highest class of its sources),
# and half the width of their road surface (m).
_CLASS_ORDER = "ERFKP"
_HALF_WIDTH = {"E": 9.0, "R": 7.0, "F": 5.5, "K": 4.0, "P": 2.5}


def _smooth_road(
    rng: np.random.Generator, ctrl: np.ndarray, jitter: float = 40.0, step: float = 120.0
) -> shapely.LineString:
    """A smooth road through jittered control points, vertices at most ``step`` apart."""
    pts = np.asarray(ctrl, dtype=float).copy()
    pts[1:-1] += rng.normal(0.0, jitter, pts[1:-1].shape)
    return shapely.segmentize(shapely.LineString(_chaikin(pts, 3)), step)


def _nearest_vertex(line: shapely.LineString, point: Sequence[float]) -> np.ndarray:
    """The vertex of ``line`` nearest ``point`` (where a side road starts)."""
    xy = shapely.get_coordinates(line)
    return xy[np.argmin(np.hypot(xy[:, 0] - point[0], xy[:, 1] - point[1]))]


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
        new = contains_xy(
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


def _road_access(roads: pd.DataFrame):
    """The tests ``off_road(x, y, distance=10.0)`` (not on a road surface) and
    ``near_road(x, y)`` (10-45 m from a road) over the roads layer."""
    road_geom = roads["geometry"].to_numpy()
    road_tree = shapely.STRtree(road_geom)

    def within(x, y, distance):
        hit = np.zeros(len(x), bool)
        hit[road_tree.query(shapely.points(x, y), predicate="dwithin", distance=distance)[0]] = True
        return hit

    def off_road(x, y, distance=10.0):  # not on a road surface
        return ~within(x, y, distance)

    def near_road(x, y):
        return within(x, y, 45.0) & ~within(x, y, 10.0)

    return off_road, near_road

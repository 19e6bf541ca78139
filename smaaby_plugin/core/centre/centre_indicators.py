"""Centre-anchored indicators of a town profile (in the spirit of SSB's arealprofiler).

For each town (tettsted polygon) with a centre (a point, or a centre-zone polygon) and a
population layer (points or grid cells), the module computes:

- population, area (km²) and density (inhabitants per km²);
- population within each distance of the centre and its share (%), and the
  population-weighted mean distance to the centre, along a road network when one is
  given (``network``), otherwise in a straight line;
- the proximity index: the mean distance to the centre of a uniformly populated circle
  of the town's area, ``2/3 * sqrt(A / pi)``, divided by the observed population-weighted
  mean straight-line distance (1 for a uniform disc around its centre; above 1 when
  people live closer to the centre than in that disc). After the proximity index of
  Angel, Parent & Civco (2010), weighted by population;
- the Clark (1951) density gradient ``D(r) = D0 exp(-b r)``, fitted by ordinary least
  squares of ``ln D`` on the ring mid-radius over straight-line rings of ``ring_width``
  around the centre (rings clipped to the town; rings without population are left out),
  with R² of the log-linear fit;
- built-up land per inhabitant (m²), where land use is given;
- land-use mix and business mix in the centre (the centre-zone polygon, or a circle of
  ``mix_radius`` around a centre point): the normalised Shannon entropy
  ``-sum(p_i ln p_i) / ln K`` of the area shares (land use) or counts (businesses) of the
  classes present, where K is the number of distinct classes in the whole input layer
  (0 for a single use, 1 for an even mix over all K classes).

Population in grid cells is placed at each cell's centroid (its representative point
where the centroid falls outside) and belongs to every town that contains that point.
Points at the same position are merged (one position, summed population).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Callable

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.catchments.network import build_graph
from smaaby_plugin.core.centre.overlap import check_population_meets
from smaaby_plugin.core.centre.point_clusters import merge_duplicate_positions
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.overlay import intersect
from smaaby_plugin.core.polygons import clean_polygons, polygonal_parts, representative_points
from smaaby_plugin.core.progress import Progress, paced_size, report, scaled, timed_chunks
from smaaby_plugin.core.values import class_keys

__all__ = [
    "NetworkDistance",
    "CentreIndicatorResult",
    "match_centres",
    "shannon_evenness",
    "grouped_evenness",
    "clark_fit",
    "centre_indicators",
    "parse_distances",
    "walking_network",
    "MAX_DISTANCE",
]

#: ``f(origin_xy (k, 2), target_xy (n, 2), target_origin (n,)) -> (n,)`` distances in
#: metres from each target's origin along a network; ``inf`` where unreachable.
NetworkDistance = Callable[..., np.ndarray]  # (origins, targets, target_origin, progress=)

_CHUNK_CELLS = 5_000_000  # largest centre x point cost matrix held at once (40 MB)
_RING_QUAD_SEGS = 32  # 128-gon circles: area within 0.04 % of the true circle
_MIN_LANDUSE_COVER = 0.95  # share of a town LANDUSE must cover for built-up land per head
MAX_DISTANCE = 100_000.0  # farthest distance from a centre (m): beyond, a unit mistake


def parse_distances(text: str, ceiling: float = MAX_DISTANCE) -> list[float]:
    """Distances from a comma-separated text, ascending and without repeats; each one
    finite, above 0 and at most ``ceiling`` metres (more is a unit mistake).

    Examples
    --------
    >>> parse_distances("1000, 500,2000,500")
    [500.0, 1000.0, 2000.0]
    """
    parts = [p.strip() for p in str(text).replace(";", ",").split(",") if p.strip()]
    try:
        values = sorted({float(p) for p in parts})
    except ValueError:
        raise InputError(
            f"DISTANCES must be numbers in metres separated by commas, e.g. "
            f"500,1000,2000 (got {text!r})."
        ) from None
    if not values or not all(0 < v <= ceiling for v in values):  # False for NaN too
        raise InputError(
            f"DISTANCES must be one or more distances greater than 0 m and at most "
            f"{ceiling:,.0f} m, e.g. 500,1000,2000 (got {text!r})."
        )
    return values


def walking_network(
    lines, *, max_snap: float = 500.0, snap_tolerance: float = 0.1
) -> NetworkDistance:
    """A :data:`NetworkDistance` along lines walkable both ways (``core.network``).

    Each centre and population point is joined to its nearest line by a straight
    access leg, which counts in the distance; points farther than ``max_snap`` metres
    are unreachable (inf).

    Parameters
    ----------
    lines : array_like of LineString
        Roads and paths, projected metres.
    max_snap : float
        Largest access leg (m).
    snap_tolerance : float
        Line ends closer than this (m) are one junction.

    Examples
    --------
    >>> f = walking_network([shapely.LineString([(0, 0), (100, 0), (100, 100)])])
    >>> f(np.array([[0.0, 0.0]]), np.array([[100.0, 90.0], [90.0, 5.0]]), np.array([0, 0]))
    array([190.,  95.])
    """
    net = build_graph(np.asarray(lines, dtype=object), snap_tolerance=snap_tolerance)

    def distance(
        origins: np.ndarray,
        targets: np.ndarray,
        target_origin: np.ndarray,
        progress: Progress | None = None,
    ) -> np.ndarray:
        o = net.attach(shapely.points(origins), max_snap=max_snap)
        # A point in several towns is attached once (attachment is per point).
        unique_xy, of_target = np.unique(targets, axis=0, return_inverse=True)
        d = net.attach(shapely.points(unique_xy), max_snap=max_snap)
        out = np.full(len(targets), np.inf)
        order = np.argsort(target_origin, kind="stable")
        bounds = np.searchsorted(target_origin[order], np.arange(len(origins) + 1))
        # Centres in chunks whose cost matrix (chunk centres x their points) stays small:
        # one graph split and one Dijkstra pass per chunk, bounded memory; the number of
        # centres (searches) per chunk follows the measured pace, so a cancel between
        # chunks comes within a fraction of a second. Each centre's search is its own, so
        # the distances do not depend on the chunks.
        start, most = 0, 8
        while start < len(origins):
            report(progress, start / len(origins))
            began = time.perf_counter()
            stop = start + 1
            while (
                stop < len(origins)
                and stop - start < most
                and (stop + 1 - start) * (bounds[stop + 1] - bounds[start]) <= _CHUNK_CELLS
            ):
                stop += 1
            rows = order[bounds[start] : bounds[stop]]
            if len(rows):
                block = net.cost_matrix(
                    o.subset(np.arange(start, stop)), d.subset(of_target.ravel()[rows])
                )
                out[rows] = block[target_origin[rows] - start, np.arange(len(rows))]
            most = paced_size(stop - start, time.perf_counter() - began)
            start = stop
        return out

    distance.stats = net.stats  # the graph's counts (dropped links, parts) for the log
    return distance


def match_centres(
    towns: np.ndarray,
    anchors: np.ndarray,
    centre_area: np.ndarray,
    centre_town: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Choose one centre per town.

    Parameters
    ----------
    towns : ndarray of polygons, shape (t,)
    anchors : ndarray, shape (c, 2)
        The anchor point of each centre.
    centre_area : ndarray, shape (c,)
        Area of each centre (0 for points); the largest centre of a town wins, ties by
        input order.
    centre_town : ndarray of int, shape (c,), optional
        Town index of each centre (-1 for none), from a field. Without it, centres are
        matched to the towns that contain their anchor point.

    Returns
    -------
    chosen : ndarray of int, shape (t,)
        Index of the town's centre, -1 where it has none.
    n_centres : ndarray of int, shape (t,)
        How many centres matched the town.
    outside : ndarray of bool, shape (t,)
        The chosen centre's anchor lies outside the town (only possible with
        ``centre_town``).
    """
    t = len(towns)
    pts = shapely.points(anchors) if len(anchors) else np.zeros(0, dtype=object)
    if centre_town is None:
        c_idx, t_idx = shapely.STRtree(towns).query(pts, predicate="intersects")
    else:
        centre_town = np.asarray(centre_town, dtype=int)
        c_idx = np.flatnonzero(centre_town >= 0)
        t_idx = centre_town[c_idx]
    n_centres = np.bincount(t_idx, minlength=t)
    chosen = np.full(t, -1)
    if len(c_idx):
        # Per town: largest area first, then input order; keep the first.
        order = np.lexsort((c_idx, -np.asarray(centre_area, float)[c_idx], t_idx))
        first = np.r_[True, t_idx[order][1:] != t_idx[order][:-1]]
        chosen[t_idx[order][first]] = c_idx[order][first]
    outside = np.zeros(t, dtype=bool)
    has = chosen >= 0
    if has.any():
        outside[has] = ~shapely.intersects(pts[chosen[has]], towns[has])
    return chosen, n_centres, outside


def grouped_evenness(
    group: np.ndarray, amount: np.ndarray, n_groups: int, n_classes: int
) -> np.ndarray:
    """Normalised Shannon entropy per group from (group, class) amounts.

    Parameters
    ----------
    group : ndarray of int
        Group of each (group, class) row; each class once per group.
    amount : ndarray of float
        Amount (area, count) of that class in that group.
    n_groups : int
    n_classes : int
        K, the number of classes a mix can spread over.

    Returns
    -------
    ndarray of float, shape (n_groups,)
        ``-sum(p ln p) / ln K``; NaN for groups with nothing or when K < 2.

    Examples
    --------
    >>> grouped_evenness(np.array([0, 1, 1]), np.array([3.0, 1.0, 1.0]), 3, 2).tolist()
    [0.0, 1.0, nan]
    """
    group = np.asarray(group, dtype=int)
    amount = np.asarray(amount, dtype=float)
    keep = amount > 0
    group, amount = group[keep], amount[keep]
    total = np.bincount(group, weights=amount, minlength=n_groups)
    out = np.full(n_groups, np.nan)
    if n_classes < 2:
        return out
    p = amount / total[group]
    h = -np.bincount(group, weights=p * np.log(p), minlength=n_groups)
    has = total > 0
    # + 0.0 turns the -0.0 of a negated zero entropy into 0.0 (numpy 2's clip keeps the sign).
    out[has] = np.clip(h[has] / np.log(n_classes), 0.0, 1.0) + 0.0
    return out


def shannon_evenness(amounts: Sequence[float], n_classes: int) -> float:
    """Normalised Shannon entropy of one mix (see :func:`grouped_evenness`).

    Examples
    --------
    >>> shannon_evenness([5.0, 0.0, 0.0], 3)
    0.0
    >>> round(shannon_evenness([1.0, 1.0, 1.0, 1.0], 4), 12)
    1.0
    """
    a = np.asarray(amounts, dtype=float)
    return float(grouped_evenness(np.zeros(len(a), dtype=int), a, 1, n_classes)[0])


def clark_fit(
    group: np.ndarray, radius_km: np.ndarray, density: np.ndarray, n_groups: int, min_rings: int = 3
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Fit ``D(r) = D0 exp(-b r)`` per group by least squares of ``ln D`` on ``r``.

    Rings with zero density are left out (ln 0 is undefined).

    Parameters
    ----------
    group : ndarray of int
        Town of each ring.
    radius_km : ndarray
        Ring mid-radius (km).
    density : ndarray
        Ring density (inhabitants per km²).
    n_groups : int
    min_rings : int
        Fewer populated rings than this give NaN.

    Returns
    -------
    d0, b, r2, n_rings : ndarrays of shape (n_groups,)
        D0 (inhabitants per km²), b (per km), R² of the log-linear fit, rings used.

    Examples
    --------
    >>> r = np.array([0.5, 1.5, 2.5])
    >>> d0, b, r2, n = clark_fit(np.zeros(3, int), r, 1000 * np.exp(-0.8 * r), 1)
    >>> round(float(d0[0]), 6), round(float(b[0]), 6), round(float(r2[0]), 6), int(n[0])
    (1000.0, 0.8, 1.0, 3)
    """
    group = np.asarray(group, dtype=int)
    keep = np.asarray(density) > 0
    g = group[keep]
    x = np.asarray(radius_km, float)[keep]
    y = np.log(np.asarray(density, float)[keep])
    n = np.bincount(g, minlength=n_groups).astype(float)
    sx = np.bincount(g, weights=x, minlength=n_groups)
    sy = np.bincount(g, weights=y, minlength=n_groups)
    with np.errstate(invalid="ignore", divide="ignore"):
        mx, my = sx / n, sy / n
        dx, dy = x - mx[g], y - my[g]
        sxx = np.bincount(g, weights=dx * dx, minlength=n_groups)
        sxy = np.bincount(g, weights=dx * dy, minlength=n_groups)
        syy = np.bincount(g, weights=dy * dy, minlength=n_groups)
        slope = sxy / sxx
        intercept = my - slope * mx
        r2 = np.where(syy > 0, sxy * sxy / (sxx * syy), 1.0)
    ok = (n >= min_rings) & (sxx > 0)
    nan = np.full(n_groups, np.nan)
    return (
        np.where(ok, np.exp(intercept), nan),
        np.where(ok, -slope, nan),
        np.where(ok, r2, nan),
        n.astype(int),
    )


@dataclass
class CentreIndicatorResult:
    """Indicators per town and the rings behind the density gradient.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per town, in input order (columns in :func:`centre_indicators`).
    rings : pandas.DataFrame
        One row per ring: ``town``, ``ring`` (0 = innermost), ``r_inner_m``,
        ``r_outer_m``, ``population``, ``area_km2``, ``density_km2``.
    ring_geometry : ndarray of shapely geometries
        The ring clipped to its town, per row of ``rings``.
    merged_positions : int
        Population points dropped because another point had the same position (their
        population was added to it).
    """

    table: pd.DataFrame
    rings: pd.DataFrame
    ring_geometry: np.ndarray
    merged_positions: int


def _check_population(values, n: int) -> np.ndarray:
    # The adapters apply the missing-value policy (layers.count_column); this guards
    # the core's own callers against what would give silently wrong figures.
    try:
        pop = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        raise InputError(
            "POPULATION_FIELD holds text, not numbers; choose a numeric field "
            "(inhabitants per point or cell)."
        ) from None
    if pop.shape != (n,):
        raise InputError("POPULATION: one population value per feature is needed.")
    bad = ~np.isfinite(pop) | (pop < 0)
    if bad.any():
        raise InputError(
            f"POPULATION_FIELD is missing, infinite or negative for {int(bad.sum())} "
            "feature(s); fill them (0 where nobody lives)."
        )
    return pop


def _class_keys(values) -> np.ndarray:
    """Class values as comparable strings by the one class rule
    (:func:`~smaaby_plugin.core.values.class_keys`): 11, 11.0, "11" and " 11 " are all
    "11"; a missing value is ""."""
    return np.array(["" if k is None else str(k) for k in class_keys(list(values))], object)


def centre_indicators(
    towns,
    town_names,
    centres,
    population_geoms,
    population,
    *,
    centre_town: np.ndarray | None = None,
    distances: Sequence[float] = (500.0, 1000.0, 2000.0),
    ring_width: float = 250.0,
    network: NetworkDistance | None = None,
    landuse=None,
    landuse_class=None,
    built_classes: Sequence[str] = ("11", "12"),
    businesses=None,
    business_category=None,
    mix_radius: float = 500.0,
    category_prefix: int = 0,
    min_rings: int = 3,
    progress: Progress | None = None,
) -> CentreIndicatorResult:
    """Compute the centre indicators of each town.

    Parameters
    ----------
    towns : array_like of polygons, shape (t,)
        Town outlines (e.g. tettsteder), projected CRS in metres.
    town_names : array_like, shape (t,)
    centres : array_like of points or polygons, shape (c,)
        Centre points or centre-zone polygons. A polygon's anchor (the point distances
        are measured from) is its centroid, or its representative point where the
        centroid falls outside.
    population_geoms : array_like of points or polygons, shape (n,)
    population : array_like of float, shape (n,)
        Inhabitants per point or cell; numeric, not negative.
    centre_town : ndarray of int, shape (c,), optional
        Town index of each centre (-1 for none); without it, by containment.
    distances : sequence of float
        Distances (m) for the population-within figures.
    ring_width : float
        Width of the rings for the density gradient (m).
    network : NetworkDistance, optional
        Distances along a network; without it, straight lines.
    landuse, landuse_class : optional
        Land-use polygons and their class.
    built_classes : sequence of str
        Land-use classes that count as built-up (default AR5 11 bebygd and 12
        samferdsel).
    businesses, business_category : optional
        Business points and their category, for the business mix.
    category_prefix : int
        Use only the first this many characters of a business category (2 turns the
        NACE code "47.111" into the division "47"); 0 uses the whole value.
    mix_radius : float
        Radius (m) of the circle that stands for the centre zone of a centre point.
    min_rings : int
        Fewest populated rings for a density-gradient fit.
    progress : Progress, optional
        Told the share done between the steps (and between chunks of the network
        distances); raises :class:`~smaaby_plugin.core.errors.Cancelled` to stop.

    Returns
    -------
    CentreIndicatorResult
        ``table`` columns: ``town``, ``centre`` (index of the centre used, -1 none),
        ``n_centres``, ``population``, ``area_km2``, ``density_km2``, per distance d
        ``pop_within_<d>m`` and ``pct_within_<d>m``, ``mean_dist_m``,
        ``mean_dist_straight_m``, ``distance_method``, ``proximity``, ``clark_d0_km2``,
        ``clark_b_per_km``, ``clark_r2``, ``clark_rings``, ``built_m2_per_inh``,
        ``landuse_mix``, ``business_mix``, ``mix_area``, ``note``.
    """
    cleaned = clean_polygons(towns)
    towns = cleaned.geometry
    t = len(towns)
    names = np.asarray(town_names, dtype=object)
    if names.shape != (t,):
        raise InputError("TOWNS: one name per town is needed.")
    empty_town = shapely.is_empty(towns)
    dist_list = [float(d) for d in distances]
    if not dist_list or any(not d > 0 for d in dist_list):
        raise InputError(
            "DISTANCES must be one or more distances greater than 0 m, e.g. 500,1000,2000."
        )
    if not ring_width > 0:
        raise InputError("RING_WIDTH must be greater than 0 m.")
    if not mix_radius > 0:
        raise InputError("MIX_RADIUS must be greater than 0 m.")

    # -- centres ------------------------------------------------------------------------
    centres = np.asarray(centres, dtype=object)
    anchors = representative_points(centres) if len(centres) else np.zeros((0, 2))
    is_zone = np.isin(shapely.get_type_id(centres), [3, 6]) if len(centres) else np.zeros(0, bool)
    c_area = np.where(is_zone, shapely.area(centres), 0.0) if len(centres) else np.zeros(0)
    chosen, n_centres, outside = match_centres(towns, anchors, c_area, centre_town)
    has_c = chosen >= 0
    anchor = np.full((t, 2), np.nan)
    anchor[has_c] = anchors[chosen[has_c]]

    # -- population: one position per point, assigned to the towns that contain it -----
    pop_geoms = np.asarray(population_geoms, dtype=object)
    pop = _check_population(population, len(pop_geoms))
    xy = representative_points(pop_geoms)
    xy, _, counts, pop = merge_duplicate_positions(xy, pop)
    merged = int(len(pop_geoms) - len(xy))
    p_idx, t_idx = shapely.STRtree(towns).query(shapely.points(xy), predicate="intersects")
    w = pop[p_idx]
    check_population_meets(len(pop_geoms), len(p_idx), float(w.sum()))
    total = np.bincount(t_idx, weights=w, minlength=t)
    area_m2 = shapely.area(towns)
    report(progress, 0.2)

    # -- distances from the town's centre -----------------------------------------------
    with_c = has_c[t_idx]
    d_straight = np.full(len(p_idx), np.nan)
    d_straight[with_c] = np.hypot(*(xy[p_idx[with_c]] - anchor[t_idx[with_c]]).T)
    if network is not None and with_c.any():
        d_used = np.full(len(p_idx), np.nan)
        d_used[with_c] = network(
            anchor[has_c],
            xy[p_idx[with_c]],
            np.cumsum(has_c)[t_idx[with_c]] - 1,
            progress=scaled(progress, 0.2, 0.7),
        )
        method = "network"
    else:
        d_used = d_straight
        method = "network" if network is not None else "straight line"
    report(progress, 0.7)
    reach = np.isfinite(d_used)
    pop_reached = np.bincount(t_idx[reach], weights=w[reach], minlength=t)
    within = {
        d: np.bincount(t_idx[reach & (d_used <= d)], weights=w[reach & (d_used <= d)], minlength=t)
        for d in dist_list
    }
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_used = (
            np.bincount(t_idx[reach], weights=(w * d_used)[reach], minlength=t) / pop_reached
        )
        straight_ok = np.isfinite(d_straight)
        pop_straight = np.bincount(t_idx[straight_ok], weights=w[straight_ok], minlength=t)
        mean_straight = (
            np.bincount(t_idx[straight_ok], weights=(w * d_straight)[straight_ok], minlength=t)
            / pop_straight
        )
        proximity = (2.0 / 3.0) * np.sqrt(area_m2 / np.pi) / mean_straight

    # -- rings and the Clark gradient ------------------------------------------------------
    rings, ring_geom = _rings(
        towns, anchor, has_c & ~empty_town, ring_width, scaled(progress, 0.7, 0.8)
    )
    if len(rings):
        ring_key = np.full(len(p_idx), -1)
        k = np.floor(d_straight[straight_ok] / ring_width).astype(int)
        first_ring = np.r_[
            0,
            np.cumsum(rings.groupby("town").size().reindex(range(t), fill_value=0).to_numpy())[:-1],
        ]
        n_of_town = rings.groupby("town").size().reindex(range(t), fill_value=0).to_numpy()
        tt = t_idx[straight_ok]
        k = np.minimum(k, n_of_town[tt] - 1)
        ring_key[straight_ok] = first_ring[tt] + k
        ok = ring_key >= 0
        rings["population"] = np.bincount(ring_key[ok], weights=w[ok], minlength=len(rings))
        with np.errstate(invalid="ignore", divide="ignore"):
            rings["density_km2"] = np.where(
                rings["area_km2"] > 0, rings["population"] / rings["area_km2"], np.nan
            )
        mid_km = (rings["r_inner_m"] + rings["r_outer_m"]).to_numpy() / 2000.0
        fit_ok = rings["area_km2"].to_numpy() > 0
        d0, b, r2, n_fit = clark_fit(
            rings["town"].to_numpy()[fit_ok],
            mid_km[fit_ok],
            rings["density_km2"].to_numpy()[fit_ok],
            t,
            min_rings,
        )
        # Rings that miss the town (a concave or holed outline) have nothing to draw.
        keep = fit_ok
        rings, ring_geom = rings[keep].reset_index(drop=True), ring_geom[keep]
    else:
        d0 = b = r2 = np.full(t, np.nan)
        n_fit = np.zeros(t, int)
    report(progress, 0.8)

    # -- land use: built-up land per inhabitant, and the mix in the centre -----------------
    mix_area = np.full(t, None, dtype=object)
    mix_label = np.full(t, "", dtype=object)
    if has_c.any():
        zone_c = has_c.copy()
        zone_c[has_c] = is_zone[chosen[has_c]]
        mix_area[zone_c] = centres[chosen[zone_c]]
        circ = has_c & ~zone_c
        mix_area[circ] = shapely.buffer(
            shapely.points(anchor[circ]), mix_radius, quad_segs=_RING_QUAD_SEGS
        )
        mix_label[zone_c] = "centre zone"
        mix_label[circ] = f"{mix_radius:g} m circle"
    built = np.full(t, np.nan)
    lu_cover = np.full(t, np.nan)
    landuse_mix = np.full(t, np.nan)
    built_set: set[str] = set()
    if landuse is not None:
        lu = clean_polygons(landuse).geometry
        keys = _class_keys(landuse_class)
        if keys.shape != (len(lu),):
            raise InputError("LANDUSE: one class per polygon is needed.")
        built_set = set(_class_keys(list(built_classes)).tolist())
        pieces = intersect(towns, lu)
        is_built = np.isin(keys[pieces["right"].to_numpy()], list(built_set))
        built_m2 = np.bincount(
            pieces["left"].to_numpy()[is_built],
            weights=pieces["area"].to_numpy()[is_built],
            minlength=t,
        )
        covered = np.bincount(
            pieces["left"].to_numpy(), weights=pieces["area"].to_numpy(), minlength=t
        )
        with np.errstate(invalid="ignore", divide="ignore"):
            lu_cover = covered / area_m2
            # A town the land-use layer does not cover has unknown, not zero, built-up land.
            built = np.where(
                (total > 0) & (lu_cover >= _MIN_LANDUSE_COVER), built_m2 / total, np.nan
            )
        landuse_mix = _mix_in(mix_area, lu, keys, area_weighted=True)
    business_mix = np.full(t, np.nan)
    if businesses is not None:
        bxy = representative_points(np.asarray(businesses, dtype=object))
        bkeys = _class_keys(business_category)
        if category_prefix > 0:
            bkeys = pd.Series(bkeys, dtype=object).str[:category_prefix].to_numpy(object)
        if bkeys.shape != (len(bxy),):
            raise InputError("BUSINESSES: one category per point is needed.")
        business_mix = _mix_in(mix_area, shapely.points(bxy), bkeys, area_weighted=False)

    # -- notes and the table --------------------------------------------------------------
    notes = _notes(
        t,
        has_c,
        n_centres,
        outside,
        total,
        empty_town,
        pop_reached,
        network,
        n_fit,
        min_rings,
        landuse is not None,
        built_set,
        built,
        lu_cover,
    )
    no_pop = ~(total > 0)
    blank = ~has_c | no_pop
    table = {
        "town": names,
        "centre": chosen,
        "n_centres": n_centres,
        "population": np.where(empty_town, np.nan, total),
        "area_km2": area_m2 / 1e6,
        "density_km2": np.where(
            area_m2 > 0, total / np.where(area_m2 > 0, area_m2, 1) * 1e6, np.nan
        ),
    }
    for d in dist_list:
        label = f"{d:g}"
        table[f"pop_within_{label}m"] = np.where(blank, np.nan, within[d])
        with np.errstate(invalid="ignore", divide="ignore"):
            table[f"pct_within_{label}m"] = np.where(blank, np.nan, 100.0 * within[d] / total)
    table.update(
        {
            "mean_dist_m": np.where(blank, np.nan, mean_used),
            "mean_dist_straight_m": np.where(blank, np.nan, mean_straight),
            "distance_method": np.where(has_c, method, ""),
            "proximity": np.where(blank, np.nan, proximity),
            "clark_d0_km2": np.where(blank, np.nan, d0),
            "clark_b_per_km": np.where(blank, np.nan, b),
            "clark_r2": np.where(blank, np.nan, r2),
            "clark_rings": np.where(blank, 0, n_fit),
            "built_m2_per_inh": built,
            "landuse_mix": landuse_mix,
            "business_mix": business_mix,
            "mix_area": mix_label,
            "note": notes,
        }
    )
    return CentreIndicatorResult(pd.DataFrame(table), rings, ring_geom, merged)


def _rings(
    towns: np.ndarray,
    anchor: np.ndarray,
    use: np.ndarray,
    width: float,
    progress: Progress | None = None,
) -> tuple[pd.DataFrame, np.ndarray]:
    """Straight-line rings of ``width`` around each town's anchor, clipped to the town."""
    idx = np.flatnonzero(use)
    cols = ["town", "ring", "r_inner_m", "r_outer_m", "population", "area_km2", "density_km2"]
    if len(idx) == 0:
        return pd.DataFrame({c: [] for c in cols}), np.zeros(0, dtype=object)
    coords, which = shapely.get_coordinates(towns[idx], return_index=True)
    far = np.zeros(len(idx))
    np.maximum.at(far, which, np.hypot(*(coords - anchor[idx][which]).T))
    # The tolerance keeps a town whose edge lies exactly on a ring from getting a
    # sliver ring out of rounding noise.
    n = np.maximum(1, np.ceil(far / width - 1e-9).astype(int))
    town = np.repeat(idx, n)
    ring = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    centre = shapely.points(anchor[town])
    geom = np.empty(len(town), dtype=object)
    for part in timed_chunks(len(town), progress):  # each ring on its own: any chunking
        r = ring[part]
        outer = shapely.buffer(centre[part], (r + 1) * width, quad_segs=_RING_QUAD_SEGS)
        inner = shapely.buffer(centre[part], r * width, quad_segs=_RING_QUAD_SEGS)
        annulus = np.where(r > 0, shapely.difference(outer, inner), outer)
        geom[part] = polygonal_parts(shapely.intersection(annulus, towns[town[part]]))
    frame = pd.DataFrame(
        {
            "town": town,
            "ring": ring,
            "r_inner_m": ring * width,
            "r_outer_m": (ring + 1) * width,
            "population": 0.0,
            "area_km2": shapely.area(geom) / 1e6,
            "density_km2": np.nan,
        }
    )
    return frame, geom


def _mix_in(
    areas: np.ndarray, things: np.ndarray, keys: np.ndarray, area_weighted: bool
) -> np.ndarray:
    """Evenness of the classes of ``things`` inside each town's centre area."""
    t = len(areas)
    has = ~shapely.is_missing(areas)
    k = len(set(keys.tolist()) - {""})
    out = np.full(t, np.nan)
    if not has.any():
        return out
    idx = np.flatnonzero(has)
    if area_weighted:
        pieces = intersect(areas[idx], things)
        town, item, amount = (
            idx[pieces["left"].to_numpy()],
            pieces["right"].to_numpy(),
            pieces["area"].to_numpy(),
        )
    else:
        item, a_i = shapely.STRtree(areas[idx]).query(things, predicate="intersects")
        town, amount = idx[a_i], np.ones(len(item))
    frame = pd.DataFrame({"town": town, "key": keys[item], "amount": amount})
    frame = frame[frame["key"] != ""].groupby(["town", "key"], sort=True)["amount"].sum()
    frame = frame.reset_index()
    out = grouped_evenness(frame["town"].to_numpy(), frame["amount"].to_numpy(), t, k)
    # A centre area with nothing of the kind in it has no mix: NaN stays.
    return out


def _notes(
    t,
    has_c,
    n_centres,
    outside,
    total,
    empty_town,
    pop_reached,
    network,
    n_fit,
    min_rings,
    has_landuse,
    built_set,
    built,
    lu_cover,
) -> np.ndarray:
    """The reasons for empty figures and the warnings, per town."""
    parts: list[list[str]] = [[] for _ in range(t)]
    for i in np.flatnonzero(empty_town):
        parts[i].append("town has no area (empty or invalid geometry)")
    for i in np.flatnonzero(~has_c):
        parts[i].append("no centre in or assigned to this town")
    for i in np.flatnonzero(~(total > 0) & ~empty_town):
        parts[i].append("no population inside this town")
    for i in np.flatnonzero(outside):
        parts[i].append("the centre lies outside the town")
    for i in np.flatnonzero(n_centres > 1):
        parts[i].append(f"{n_centres[i]} centres match; the largest (or first) is used")
    if network is not None:
        lost = has_c & (total > 0) & (pop_reached < total)
        for i in np.flatnonzero(lost):
            share = 100.0 * (1.0 - pop_reached[i] / total[i])
            parts[i].append(
                f"{share:.1f} % of the population cannot be reached on the "
                "network and is left out of the distance figures"
            )
    for i in np.flatnonzero(has_c & (total > 0) & (n_fit < min_rings)):
        parts[i].append(f"density gradient needs {min_rings} populated rings, has {n_fit[i]}")
    if has_landuse:
        for i in np.flatnonzero(~empty_town & ~(lu_cover >= _MIN_LANDUSE_COVER)):
            parts[i].append(
                f"LANDUSE covers {100 * np.nan_to_num(lu_cover[i]):.0f} % of the "
                f"town, less than {100 * _MIN_LANDUSE_COVER:.0f} %: no built-up "
                "land per inhabitant"
            )
        for i in np.flatnonzero(lu_cover > 1.005):
            parts[i].append(
                f"LANDUSE polygons overlap in this town (they cover "
                f"{100 * lu_cover[i]:.1f} % of it); overlaps count twice"
            )
        for i in np.flatnonzero((total > 0) & (built == 0)):
            parts[i].append(f"no land of the built-up classes {', '.join(sorted(built_set))}")
    return np.array(["; ".join(p) for p in parts], dtype=object)

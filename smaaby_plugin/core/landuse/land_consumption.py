"""UN SDG indicator 11.3.1: ratio of land consumption rate to population growth rate.

Per zone, from built-up polygons and population at two dates (UN-Habitat indicator
metadata, March 2021; see ``DOMAIN.md`` §5.1)::

    LCR    = ln(Urb_t2 / Urb_t1) / y        land consumption rate, per year
    PGR    = ln(Pop_t2 / Pop_t1) / y        population growth rate, per year
    LCRPGR = LCR / PGR
    built-up area per capita = Urb_t / Pop_t   (m² per inhabitant)

where ``Urb`` is the built-up area inside the zone and ``y`` the number of years between
the two dates. The ratio is only readable when the population grows: where
``PGR <= 0`` (stable or shrinking population), or where a rate cannot be formed
(no built-up area or no population at a date), the ratio is null and the column
``lcrpgr_note`` says why; the rates that can be formed are still given.

Built-up polygons are dissolved first, so polygons that overlap inside one layer are
counted once. Population is taken from points (each point counts in the zone that
contains it; a point on the shared border of two zones counts in the zone that comes
first) or from polygons such as SSB's 250 m cells, apportioned to zones either by area
share (a cell cut by a zone border contributes in proportion to the part of its area
inside the zone; assumes people are spread evenly over the cell) or by centroid (a cell
counts wholly in the zone that contains its centroid, or a point inside the cell where the
centroid falls outside it: :func:`smaaby_plugin.core.polygons.representative_points`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.landuse_account import zone_population
from smaaby_plugin.core.landuse.plans import NOISE_AREA_M2
from smaaby_plugin.core.overlaps import find_overlaps, resolve_overlaps
from smaaby_plugin.core.overlay import intersect
from smaaby_plugin.core.polygons import group_sum, representative_points
from smaaby_plugin.core.progress import Progress, scaled

__all__ = [
    "POPULATION_METHODS",
    "built_area_by_zone",
    "population_by_zone",
    "lcrpgr",
    "land_consumption",
]

POPULATION_METHODS = ("area", "centroid")

_POINT_TYPES = (0, 4)  # Point, MultiPoint
_POLYGON_TYPES = (3, 6)  # Polygon, MultiPolygon


def _as_geometry_array(geoms, name: str) -> np.ndarray:
    array = np.asarray(geoms, dtype=object)
    if array.ndim != 1:
        raise InputError(f"{name}: expected a one-dimensional array of geometries.")
    return array


def _polygon_check(geoms: np.ndarray, name: str) -> None:
    types = shapely.get_type_id(geoms)
    bad = ~np.isin(types, _POLYGON_TYPES) & ~shapely.is_missing(geoms)
    if bad.any():
        raise InputError(
            f"{name} must contain polygons; {int(bad.sum())} feature(s) are points or lines."
        )


def built_area_by_zone(
    zones: np.ndarray, built: np.ndarray, progress: Progress | None = None
) -> np.ndarray:
    """Built-up area (m²) inside each zone.

    Overlaps inside ``built`` are removed first, so that they are counted once: each
    overlapped spot stays with one of the polygons (the first; see
    :func:`smaaby_plugin.core.overlaps.resolve_overlaps`), which leaves the area of the
    layer's union (its dissolve) without one long dissolve of the whole layer. The
    non-overlapping polygons are then intersected pairwise with the zones they touch
    (STRtree), and the areas summed per zone.

    Parameters
    ----------
    zones : array of shapely Polygon/MultiPolygon
        The zones, in a projected CRS (metres).
    built : array of shapely Polygon/MultiPolygon
        Built-up extent at one date; may be empty.
    progress : Progress, optional
        Told the share done between blocks of work (the overlap check, its resolution,
        the overlay); raises ``Cancelled`` to stop.

    Returns
    -------
    numpy.ndarray
        Area in m² per zone, aligned with ``zones``.

    Examples
    --------
    >>> from shapely import box
    >>> zones = np.array([box(0, 0, 10, 10), box(10, 0, 20, 10)])
    >>> built = np.array([box(5, 0, 15, 2), box(5, 0, 7, 10)])  # overlapping
    >>> built_area_by_zone(zones, built).tolist()
    [26.0, 10.0]
    """
    zones = _as_geometry_array(zones, "zones")
    built = _as_geometry_array(built, "built-up layer")
    built = built[~(shapely.is_missing(built) | shapely.is_empty(built))]
    if len(built) == 0 or len(zones) == 0:
        return np.zeros(len(zones))
    # Disjoint polygons can simply be summed per zone. A dissolve (union_all) would do
    # too, but it is one GEOS call: seconds for tens of thousands of polygons, which no
    # cancel can stop; the overlap check and its resolution go in blocks.
    overlaps = find_overlaps(built, progress=scaled(progress, 0.0, 0.4), measure=False)
    if overlaps.n_pairs:
        first_wins = np.arange(len(built))
        built = resolve_overlaps(built, first_wins, overlaps, scaled(progress, 0.4, 0.6))
    # Pieces under 1 mm² are rounding noise where built-up land touches a zone border;
    # kept, they would give a zone without built-up land a meaningless rate.
    pieces = intersect(zones, built, min_area=NOISE_AREA_M2, progress=scaled(progress, 0.6, 1.0))
    return group_sum(pieces["left"].to_numpy(), pieces["area"].to_numpy(), len(zones))


def population_by_zone(
    zones: np.ndarray,
    geometry: np.ndarray,
    values: np.ndarray,
    method: str = "area",
    progress: Progress | None = None,
) -> np.ndarray:
    """Population inside each zone from points or polygons.

    Points and area shares are counted by ``landuse_account.zone_population``; this
    adds the input checks and the centroid method.

    Parameters
    ----------
    zones : array of shapely Polygon/MultiPolygon
    geometry : array of shapely Point/MultiPoint or Polygon/MultiPolygon
        One kind only. Points count wholly in the first zone (lowest index) that
        contains or touches them, so a point on a shared border is not counted twice.
    values : array of float
        The population of each feature (non-negative; NaN counts as 0).
    method : {"area", "centroid"}
        For polygons: "area" apportions each polygon's value to the zones by the share
        of its area inside each zone; "centroid" gives the whole value to the first zone
        containing the polygon's centroid (a point inside the polygon where the centroid
        falls outside it). Ignored for points.
    progress : Progress, optional
        Told the share done; raises ``Cancelled`` to stop.

    Returns
    -------
    numpy.ndarray
        Population per zone (float; area shares give fractions).

    Examples
    --------
    >>> from shapely import box, points
    >>> zones = np.array([box(0, 0, 10, 10), box(10, 0, 20, 10)])
    >>> cells = np.array([box(5, 0, 15, 10)])
    >>> population_by_zone(zones, cells, np.array([100.0])).tolist()
    [50.0, 50.0]
    >>> population_by_zone(zones, points([[10, 5], [15, 5]]), np.array([3.0, 4.0])).tolist()
    [3.0, 4.0]
    """
    if method not in POPULATION_METHODS:
        raise InputError(
            f"Unknown population method {method!r}; use one of {', '.join(POPULATION_METHODS)}."
        )
    zones = _as_geometry_array(zones, "zones")
    geometry = _as_geometry_array(geometry, "population layer")
    values = np.asarray(values, dtype=np.float64)
    if len(values) != len(geometry):
        raise InputError("Population values and geometries differ in length.")
    if (values < 0).any():
        raise InputError(
            f"The population layer has {int((values < 0).sum())} negative "
            f"value(s); population counts cannot be negative."
        )
    values = np.where(np.isnan(values), 0.0, values)
    result = np.zeros(len(zones))
    usable = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    geometry, values = geometry[usable], values[usable]
    if len(geometry) == 0 or len(zones) == 0:
        return result
    types = shapely.get_type_id(geometry)
    is_point = np.isin(types, _POINT_TYPES)
    is_polygon = np.isin(types, _POLYGON_TYPES)
    if not (is_point.all() or is_polygon.all()):
        raise InputError(
            "The population layer must hold either points or polygons (not lines, not a mix)."
        )
    if is_polygon.all() and method == "centroid":
        # the one point rule: the centroid, or a point inside where it falls outside
        geometry = shapely.points(representative_points(geometry))
    return zone_population(zones, geometry, values, progress)


def _log_rate(later: np.ndarray, earlier: np.ndarray, years: float) -> np.ndarray:
    """ln(later / earlier) / years, NaN where either value is not positive."""
    ok = (later > 0) & (earlier > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.log(np.where(ok, later, 1.0) / np.where(ok, earlier, 1.0)) / years
    return np.where(ok, rate, np.nan)


def lcrpgr(built_t1, built_t2, pop_t1, pop_t2, years: float) -> pd.DataFrame:
    """The SDG 11.3.1 rates and ratio from areas and populations.

    Parameters
    ----------
    built_t1, built_t2 : array of float
        Built-up area at the first and second date (any area unit; the rates do not
        depend on it; the per-capita columns are in that unit per inhabitant).
    pop_t1, pop_t2 : array of float
        Population at the two dates.
    years : float
        Years between the dates (> 0).

    Returns
    -------
    pandas.DataFrame
        Columns ``lcr``, ``pgr``, ``lcrpgr`` (null where it cannot be read),
        ``lcrpgr_note`` (why it is null, else None), ``built_per_cap_t1``,
        ``built_per_cap_t2`` (null where the population is 0) and
        ``built_per_cap_change`` (t2 minus t1).

    Examples
    --------
    >>> t = lcrpgr([100.0], [121.0], [1000.0], [1100.0], 10)
    >>> round(float(t.lcr[0]), 6), round(float(t.pgr[0]), 6), round(float(t.lcrpgr[0]), 4)
    (0.019062, 0.009531, 2.0)
    >>> lcrpgr([100.0], [121.0], [1000.0], [900.0], 10).lcrpgr_note[0]
    'population declined (PGR < 0): ratio not meaningful'
    """
    if not np.isfinite(years) or years <= 0:
        raise InputError(
            f"The second date must be after the first one (got {years} years "
            f"between them); check YEAR_T1 and YEAR_T2."
        )
    u1, u2, p1, p2 = (np.asarray(a, dtype=np.float64) for a in (built_t1, built_t2, pop_t1, pop_t2))
    lcr = _log_rate(u2, u1, years)
    pgr = _log_rate(p2, p1, years)
    notes = np.full(len(u1), None, dtype=object)
    # Reasons, from the most basic: a later rule never overwrites an earlier one.
    rules = [
        ((u1 <= 0) & (u2 <= 0), "no built-up area at either date: LCR undefined"),
        (u1 <= 0, "no built-up area at the first date: LCR undefined"),
        (u2 <= 0, "no built-up area at the second date: LCR undefined"),
        ((p1 <= 0) & (p2 <= 0), "no population at either date: PGR undefined"),
        (p1 <= 0, "no population at the first date: PGR undefined"),
        (p2 <= 0, "no population at the second date: PGR undefined"),
        (pgr == 0, "population stable (PGR = 0): ratio undefined"),
        (pgr < 0, "population declined (PGR < 0): ratio not meaningful"),
    ]
    unset = np.ones(len(u1), dtype=bool)
    for mask, text in rules:
        notes[mask & unset] = text
        unset &= ~mask
    readable = unset & np.isfinite(lcr) & np.isfinite(pgr)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(readable, lcr / np.where(readable, pgr, 1.0), np.nan)
        per_cap_1 = np.where(p1 > 0, u1 / np.where(p1 > 0, p1, 1.0), np.nan)
        per_cap_2 = np.where(p2 > 0, u2 / np.where(p2 > 0, p2, 1.0), np.nan)
    return pd.DataFrame(
        {
            "lcr": lcr,
            "pgr": pgr,
            "lcrpgr": ratio,
            "lcrpgr_note": notes,
            "built_per_cap_t1": per_cap_1,
            "built_per_cap_t2": per_cap_2,
            "built_per_cap_change": per_cap_2 - per_cap_1,
        }
    )


def land_consumption(
    zones: np.ndarray,
    built_t1: np.ndarray,
    built_t2: np.ndarray,
    population_t1: tuple[np.ndarray, np.ndarray],
    population_t2: tuple[np.ndarray, np.ndarray],
    year_t1: float,
    year_t2: float,
    population_method: str = "area",
    area_factor: float = 1.0,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """SDG 11.3.1 per zone from built-up polygons and population at two dates.

    Parameters
    ----------
    zones : array of shapely Polygon/MultiPolygon
        Zones in a projected CRS (metres).
    built_t1, built_t2 : array of shapely Polygon/MultiPolygon
        Built-up extent at the two dates.
    population_t1, population_t2 : (geometry array, value array)
        Population points or polygons with their counts at each date (the same layer
        may be given twice with different value arrays).
    year_t1, year_t2 : float
        The two dates as (possibly fractional) years; ``year_t2 > year_t1``.
    population_method : {"area", "centroid"}
        How population polygons are apportioned to zones (see :func:`population_by_zone`).
    area_factor : float
        Divide areas by this for the ``built_t1``/``built_t2`` columns (1 = m²,
        1000 = daa, 10 000 = ha, 1e6 = km²). Per-capita figures stay in m² per inhabitant.
    progress : Progress, optional
        Told the share done (built-up area at each date, then population); raises
        :class:`~smaaby_plugin.core.errors.Cancelled` to stop.

    Returns
    -------
    pandas.DataFrame
        One row per zone, in zone order: ``built_t1``, ``built_t2``, ``pop_t1``,
        ``pop_t2``, ``years``, ``lcr``, ``pgr``, ``lcrpgr``, ``lcrpgr_note``,
        ``built_per_cap_t1_m2``, ``built_per_cap_t2_m2``, ``built_per_cap_change_m2``.
    """
    zones = _as_geometry_array(zones, "ZONES")
    if len(zones) == 0:
        raise InputError("ZONES has no features; choose a zone layer with polygons.")
    _polygon_check(zones, "ZONES")
    built_t1 = _as_geometry_array(built_t1, "BUILT_T1")
    built_t2 = _as_geometry_array(built_t2, "BUILT_T2")
    _polygon_check(built_t1, "BUILT_T1")
    _polygon_check(built_t2, "BUILT_T2")
    if not area_factor > 0:
        raise InputError("The area unit factor must be positive.")
    years = float(year_t2) - float(year_t1)
    if not years > 0:
        raise InputError(f"YEAR_T2 ({year_t2}) must be later than YEAR_T1 ({year_t1}).")
    u1 = built_area_by_zone(zones, built_t1, scaled(progress, 0.0, 0.35))
    u2 = built_area_by_zone(zones, built_t2, scaled(progress, 0.35, 0.7))
    p1 = population_by_zone(
        zones, *population_t1, method=population_method, progress=scaled(progress, 0.7, 0.85)
    )
    p2 = population_by_zone(
        zones, *population_t2, method=population_method, progress=scaled(progress, 0.85, 1.0)
    )
    rates = lcrpgr(u1, u2, p1, p2, years)
    table = pd.DataFrame(
        {
            "built_t1": u1 / area_factor,
            "built_t2": u2 / area_factor,
            "pop_t1": p1,
            "pop_t2": p2,
            "years": np.full(len(zones), years),
        }
    )
    for column in ("lcr", "pgr", "lcrpgr", "lcrpgr_note"):
        table[column] = rates[column]
    table["built_per_cap_t1_m2"] = rates["built_per_cap_t1"]
    table["built_per_cap_t2_m2"] = rates["built_per_cap_t2"]
    table["built_per_cap_change_m2"] = rates["built_per_cap_change"]
    return table

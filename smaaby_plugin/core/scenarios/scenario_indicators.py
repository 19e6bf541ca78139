"""Indicators of plan alternatives (smaaby:scenariocompare), per development area and
per alternative, from the plugin's existing computations.

No QGIS here, and no second copies:

* land: the development areas are cut by the shore zone and the AR5 polygons with
  :func:`~smaaby_plugin.core.landuse.plans.shore_and_ar5_pieces` and summed with
  :func:`~smaaby_plugin.core.landuse.plans.ar5_wide_table`, the functions behind
  ``smaaby:planchange``'s conversion table (so the land rows equal that table for the
  same areas);
* location: network costs from each area (by the point that stands for it,
  :func:`~smaaby_plugin.core.catchments.network.as_points`) to the nearest centre or
  service are the nearest-destination search of ``smaaby:serviceaccess``
  (:func:`~smaaby_plugin.core.catchments.service_access.nearest_by_group`); existing
  residents within reach are one multi-source search of the engine
  (``Network.nearest_source``); the walk to a stop with frequent departures is
  smaaby:transitservice's (its adapter helpers and
  :func:`~smaaby_plugin.core.catchments.transit_service.stop_service`);
* transport: :mod:`smaaby_plugin.core.scenarios.travel_emissions`.

The comparison (one row per indicator, one column per alternative, ranks and the short
texts) is in :mod:`smaaby_plugin.core.scenarios.comparison`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.catchments.network import (
    ALLOCATED,
    BEYOND_LIMIT,
    NO_PATH,
    UNATTACHED,
    Attachment,
    Network,
    as_points,
)
from smaaby_plugin.core.catchments.service_access import nearest_by_group
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.categorical import CategoricalLayer, prepare_categorical
from smaaby_plugin.core.landuse.plans import ar5_wide_table, shore_and_ar5_pieces
from smaaby_plugin.core.polygons import to_unit
from smaaby_plugin.core.progress import Progress, report
from smaaby_plugin.core.values import class_keys, listing

__all__ = [
    "Alternative",
    "LAND_CLASSES",
    "REASONS",
    "RESERVED_NAMES",
    "prepare_alternatives",
    "check_same_crs",
    "area_points",
    "land_by_area",
    "nearest_cost",
    "residents_within",
    "status_reason",
    "parse_densities",
    "counts_from_densities",
]

#: Largest density accepted per daa (dwellings or jobs): 1,000 per daa is a tower block
#: on every square metre of ground; more is a unit mistake (per m², per ha).
MAX_DENSITY_PER_DAA = 1000.0

#: Land rows: column of the land table -> the AR5 codes summed into it.
#: dyrka mark = fulldyrka 21 + overflatedyrka 22 (jordlova's "dyrka mark"); the rest of
#: the area (water, snow, no class, unknown codes) is "other".
LAND_CLASSES = {
    "farmland_daa": (21, 22),
    "pasture_daa": (23,),
    "forest_daa": (30,),
    "bog_daa": (60,),
    "open_daa": (50,),
    "built_daa": (11, 12),
}

#: Columns of the comparison table that an alternative may not be named (any case).
RESERVED_NAMES = {
    "fid",
    "indicator",
    "group",
    "label",
    "label_nb",
    "unit",
    "direction",
    "best",
    "note",
}

#: Why an area has no network cost, by the engine's status code.
REASONS = {
    UNATTACHED: "farther from the road network than MAX_SNAP",
    NO_PATH: "no road connection to it (another part of the network)",
}


@dataclass
class Alternative:
    """One plan alternative: its development areas (cleaned polygons, no overlaps),
    planned dwellings and jobs per area, and the feature id of each area."""

    name: str
    geometry: np.ndarray
    dwellings: np.ndarray
    jobs: np.ndarray
    ids: np.ndarray

    def __len__(self) -> int:
        return len(self.geometry)


def check_same_crs(names, crs_ids) -> None:
    """Stop when the alternatives are not all in one CRS, listing each one's CRS.

    >>> check_same_crs(["a", "b"], ["EPSG:25833", "EPSG:25833"])
    >>> check_same_crs(["a", "b", "c"], ["EPSG:25833", "EPSG:4326", "EPSG:25833"])
    Traceback (most recent call last):
    ...
    smaaby_plugin.core.errors.InputError: ALTERNATIVES are in different CRSs: a EPSG:25833, b ...
    """
    crs_ids = [str(c) for c in crs_ids]
    if len(set(crs_ids)) > 1:
        each = ", ".join(f"{n} {c}" for n, c in zip(names, crs_ids))
        raise InputError(
            f"ALTERNATIVES are in different CRSs: {each}. Save them in one CRS (Export > "
            "Save Features As) so that their areas are comparable."
        )


def prepare_alternatives(
    names, geometries, dwellings, jobs, ids, progress: Progress | None = None
) -> tuple[list[Alternative], list[str]]:
    """Check and clean the alternatives.

    Parameters
    ----------
    names : sequence of str
        One name per alternative (the layer name or its name field).
    geometries, dwellings, jobs, ids : sequences of arrays
        Per alternative: the polygons, planned dwellings and jobs per polygon (checked
        counts, see ``core.values.check_counts``) and the feature ids.

    Returns
    -------
    alternatives : list of Alternative
    notes : list of str
        Repaired geometries and areas without area (with their dwellings and jobs) per
        alternative, for the log.

    Raises
    ------
    InputError
        Fewer than two alternatives, a name given twice or empty, or polygons that
        overlap inside an alternative (all such alternatives listed at once).

    Examples
    --------
    >>> from shapely import box
    >>> alts, _ = prepare_alternatives(["a", "b"], [[box(0, 0, 1, 1)], [box(5, 5, 6, 6)]],
    ...     [np.array([1.0]), np.array([2.0])], [np.zeros(1), np.zeros(1)], [[1], [1]])
    >>> [a.name for a in alts], float(alts[1].dwellings.sum())
    (['a', 'b'], 2.0)
    """
    names = [str(n).strip() for n in names]
    if len(names) < 2:
        raise InputError(
            f"ALTERNATIVES: {len(names)} alternative(s) given; choose two or more layers of "
            "development areas to compare."
        )
    empty = [i + 1 for i, n in enumerate(names) if not n]
    if empty:
        raise InputError(f"ALTERNATIVES: alternative(s) {listing(empty)} have no name.")
    # names become columns of the comparison table: unique without regard to case (a
    # GeoPackage's field names are not case-sensitive) and none of its own columns
    seen = pd.Series(names)
    twice = seen[seen.str.casefold().duplicated()].unique().tolist()
    if twice:
        raise InputError(
            f"ALTERNATIVES: the name(s) {listing(twice)} are used by more than one "
            "alternative (upper and lower case count as the same); rename the layers (or the "
            "name field values) so each is unique."
        )
    taken = [n for n in names if n.casefold() in RESERVED_NAMES or n.casefold().startswith("rank_")]
    if taken:
        raise InputError(
            f"ALTERNATIVES: the name(s) {listing(taken)} are column names of the comparison "
            "table; rename those alternatives."
        )
    out, notes, problems = [], [], []
    for k, name in enumerate(names):
        report(progress, k / len(names))
        geoms = np.asarray(geometries[k], dtype=object).reshape(-1)
        d = np.asarray(dwellings[k], dtype=float)
        j = np.asarray(jobs[k], dtype=float)
        fid = np.asarray(ids[k])
        label = f"ALTERNATIVES '{name}'"
        try:
            layer: CategoricalLayer = prepare_categorical(
                geoms, np.ones(len(geoms)), name=label, rule="error", ids=fid
            )
        except InputError as error:
            problems.append(str(error))
            continue
        keep = layer.index
        if layer.n_repaired:
            notes.append(f"{label}: {layer.n_repaired} invalid polygon(s) were repaired.")
        lost = np.setdiff1d(np.arange(len(geoms)), keep)
        if len(lost):
            notes.append(
                f"{label}: {len(lost)} area(s) without area were left out (feature ids "
                f"{listing(fid[lost])}), with {d[lost].sum():g} dwellings and "
                f"{j[lost].sum():g} jobs."
            )
        out.append(Alternative(name, layer.geometry, d[keep], j[keep], fid[keep]))
    if problems:
        raise InputError(
            "Development areas overlap inside an alternative, so their dwellings and land "
            "would be counted twice: "
            + " ".join(problems)
            .replace(
                "Fix the layer, or choose an overlap rule (priority field, smallest or "
                "largest code, smaller polygon wins).",
                "",
            )
            .strip()
            + " Merge or cut the overlapping areas."
        )
    report(progress, 1.0)
    return out, notes


def area_points(alternative: Alternative) -> np.ndarray:
    """The point that stands for each area in the network searches (a point inside it).

    >>> from shapely import box
    >>> a = Alternative("a", np.array([box(0, 0, 2, 2)]), np.ones(1), np.zeros(1), [1])
    >>> area_points(a)[0].wkt
    'POINT (1 1)'
    """
    return as_points(np.asarray(alternative.geometry, dtype=object))


def land_by_area(
    geoms,
    landcover: CategoricalLayer | None,
    shore_cover,
    ar5_codes=None,
    area_function=None,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Area of each development area by AR5 class and in the shore zone (daa).

    Parameters
    ----------
    geoms : array_like of Polygon/MultiPolygon
    landcover : CategoricalLayer, optional
        AR5 arealtype; without it only the totals and the shore zone are known.
    shore_cover : array_like of polygons or None
        The shore zone (``plans.shore_zone``).
    ar5_codes : array_like of int, optional
        AR5 codes that always get a column.
    area_function : callable, optional
        Areas in m² of a geometry array (ellipsoidal); default planar.

    Returns
    -------
    pandas.DataFrame
        One row per area: ``area_daa``, ``shore_daa``, the columns of
        :data:`LAND_CLASSES`, ``other_daa`` (the rest) and the raw ``ar5_<code>``,
        ``ar5_none`` columns of ``plans.ar5_wide_table``.

    Examples
    --------
    >>> from shapely import box
    >>> from smaaby_plugin.core.landuse.categorical import prepare_categorical
    >>> lc = prepare_categorical([box(0, 0, 50, 100), box(50, 0, 100, 100)], [21, 30])
    >>> t = land_by_area([box(0, 0, 100, 100)], lc, [box(0, 0, 100, 20)])
    >>> t[["area_daa", "shore_daa", "farmland_daa", "forest_daa", "other_daa"]].values.tolist()
    [[10.0, 2.0, 5.0, 5.0, 0.0]]
    """
    geoms = np.asarray(geoms, dtype=object).reshape(-1)
    n = len(geoms)
    pieces = shore_and_ar5_pieces(geoms, shore_cover, landcover, area_function, progress)
    rows = pd.DataFrame(index=pd.Index(np.arange(n), name="key"))
    wide = ar5_wide_table(
        pieces["source"].to_numpy(),
        pieces["ar5"].to_numpy(),
        pieces["shore_zone"].to_numpy(),
        to_unit(pieces["area"].to_numpy(), "daa"),
        rows,
        ar5_codes,
    ).iloc[:n]
    out = pd.DataFrame({"area_daa": wide["total"].to_numpy(float)})
    out["shore_daa"] = wide["shore_zone"].to_numpy(float)
    named = np.zeros(n)
    for column, codes in LAND_CLASSES.items():
        value = sum(
            (wide[f"ar5_{c}"].to_numpy(float) for c in codes if f"ar5_{c}" in wide), np.zeros(n)
        )
        out[column] = value
        named += value
    # the rest (water, snow, no class, unknown codes) is "other"; rounding noise to 0
    other = out["area_daa"].to_numpy() - named
    out["other_daa"] = np.where(np.abs(other) < 1e-9, 0.0, other)
    raw = [c for c in wide.columns if c.startswith("ar5_")]
    for c in raw:
        out[c] = wide[c].to_numpy(float)
    return out


def nearest_cost(
    net: Network,
    origins: Attachment,
    destinations: Attachment,
    *,
    progress: Progress | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Network cost from every origin to its nearest destination (access legs at both
    ends), as ``smaaby:serviceaccess`` computes it; with the engine's status per origin.

    Returns
    -------
    cost : ndarray of float (inf where none)
    status : ndarray of int8 (ALLOCATED, NO_PATH, UNATTACHED)

    Examples
    --------
    >>> from smaaby_plugin.core.catchments.network import build_graph
    >>> net = build_graph(np.array([shapely.LineString([(0, 0), (1000, 0)])]))
    >>> o = net.attach(np.array([shapely.Point(100, 10), shapely.Point(5000, 0)]), max_snap=50)
    >>> d = net.attach(np.array([shapely.Point(900, 0)]))
    >>> c, s = nearest_cost(net, o, d)
    >>> c.round(6).tolist(), (s == UNATTACHED).tolist()
    ([810.0, inf], [False, True])
    """
    if len(destinations) == 0:
        return np.full(len(origins), np.inf), np.full(len(origins), NO_PATH, dtype=np.int8)
    found = nearest_by_group(
        net, origins, destinations, [np.ones(len(destinations), dtype=bool)], progress=progress
    )
    return found.cost[:, 0], found.status[:, 0]


def residents_within(
    net: Network,
    areas: Attachment,
    cells: Attachment,
    population: np.ndarray,
    limit: float,
    progress: Progress | None = None,
) -> float:
    """Existing residents whose cell lies within ``limit`` (network cost) of an area.

    One multi-source search from all the areas of an alternative (the engine's
    ``nearest_source``); cells not attached or farther count 0.

    >>> from smaaby_plugin.core.catchments.network import build_graph
    >>> net = build_graph(np.array([shapely.LineString([(0, 0), (3000, 0)])]))
    >>> a = net.attach(np.array([shapely.Point(0, 0)]))
    >>> c = net.attach(np.array([shapely.Point(500, 0), shapely.Point(2000, 0)]))
    >>> residents_within(net, a, c, np.array([10.0, 7.0]), 1000.0)
    10.0
    """
    found = net.nearest_source(areas, cells, limit=limit, progress=progress)
    ok = found.status == ALLOCATED
    return float(np.asarray(population, dtype=float)[ok].sum())


def status_reason(status: np.ndarray) -> np.ndarray:
    """The text of REASONS per status ('' when the area was reached).

    >>> status_reason(np.array([ALLOCATED, UNATTACHED], dtype=np.int8)).tolist()
    ['', 'farther from the road network than MAX_SNAP']
    """
    status = np.asarray(status)
    out = np.full(len(status), "", dtype=object)
    for code, text in REASONS.items():
        out[status == code] = text
    out[status == BEYOND_LIMIT] = ""
    return out


def parse_densities(text: str, name: str) -> dict:
    """Densities per purpose from 'purpose=count per daa' pairs, e.g. '1110=4, 1130=2.5'
    (SOSI arealformål codes or any class text, read as class keys).

    >>> parse_densities("1110=4, 1130 = 2.5; Sentrum=10", "DWELLING_DENSITIES")
    {1110: 4.0, 1130: 2.5, 'Sentrum': 10.0}
    >>> parse_densities("1110=-1", "DWELLING_DENSITIES")
    Traceback (most recent call last):
    ...
    smaaby_plugin.core.errors.InputError: DWELLING_DENSITIES: '1110=-1' needs a density of ...
    """
    out = {}
    for item in str(text or "").replace(";", ",").split(","):
        item = item.strip()
        if not item:
            continue
        key, sep, value = item.partition("=")
        try:
            number = float(value)
        except ValueError:
            number = float("nan")
        if not sep or not key.strip():
            raise InputError(f"{name}: '{item}' is not purpose=density; write e.g. '1110=4'.")
        if not (np.isfinite(number) and 0 <= number <= MAX_DENSITY_PER_DAA):
            raise InputError(
                f"{name}: '{item}' needs a density of 0-{MAX_DENSITY_PER_DAA:g} per daa."
            )
        out[class_keys([key.strip()])[0]] = number
    if not out:
        raise InputError(f"{name} is empty; write e.g. '1110=4, 1130=2'.")
    return out


def counts_from_densities(geoms, purposes, densities: dict) -> tuple[np.ndarray, int]:
    """Dwellings (or jobs) per area as its density (per daa, by its purpose) times its
    area; areas whose purpose has no density get 0, and their number is returned.

    >>> from shapely import box
    >>> c, n = counts_from_densities([box(0, 0, 100, 50), box(0, 0, 10, 10)], ["1110", 5100],
    ...                              {1110: 4.0})
    >>> c.tolist(), n
    ([20.0, 0.0], 1)
    """
    keys = class_keys(list(purposes)).to_numpy(dtype=object)
    per_daa = np.array([densities.get(k, np.nan) for k in keys], dtype=float)
    # the area as the cleaned polygons will have it (invalid rings repaired first)
    area_daa = to_unit(shapely.area(shapely.make_valid(np.asarray(geoms, dtype=object))), "daa")
    missing = np.isnan(per_daa)
    return np.where(missing, 0.0, per_daa * area_daa), int(missing.sum())

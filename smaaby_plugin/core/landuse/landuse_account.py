"""Land-use account (arealregnskap): area by class within zones.

The account intersects a categorical land-use layer with zones (kommuner, grunnkretser,
a grid, plan areas) and reports, per zone and class, the area, its share of the zone,
and the area per inhabitant where a population is given. Each zone also gets a row for
the part that no land-use polygon covers, so the rows of a zone add up to the zone's
area. This is the "union overlay, then sum by class" of the KDD guidance *Arealregnskap
i kommuneplan* (2023, ch. 3), done exactly: areas are planar in the projected CRS (or
ellipsoidal, see :mod:`smaaby_plugin.core.ellipsoidal`) and do not depend on the order
of the features (see :mod:`smaaby_plugin.core.overlay`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from numbers import Integral

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.categorical import (
    CategoricalLayer,
    class_order,
    class_positions,
    class_text,
    key_codes,
)
from smaaby_plugin.core.landuse.codes import NO_CLASS_LABEL, CodeList
from smaaby_plugin.core.overlay import NOISE_AREA_M2, intersect, uncovered
from smaaby_plugin.core.polygons import areas, group_sum, query_pairs, to_unit
from smaaby_plugin.core.progress import Progress, report, scaled

__all__ = [
    "ROW_CLASS",
    "ROW_NO_CLASS",
    "ROW_UNCOVERED",
    "AccountResult",
    "class_columns",
    "class_labels",
    "landuse_account",
    "zone_population",
]

ROW_CLASS = "class"
ROW_NO_CLASS = "no class"
ROW_UNCOVERED = "uncovered"


@dataclass(frozen=True)
class AccountResult:
    """Result of :func:`landuse_account`.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per zone and class (see :func:`landuse_account`).
    pieces : pandas.DataFrame
        ``zone`` (index into the zones), ``zone_id``, ``class_key`` (int code or text
        class; None for no class and for uncovered parts), ``row_type``, ``area_m2``,
        ``area`` (unit) and ``geometry``; sorted by zone, row type, class.
    """

    table: pd.DataFrame
    pieces: pd.DataFrame


def class_labels(keys, code_list: CodeList | None) -> pd.DataFrame:
    """Labels and code-list flags for class keys (None = no class).

    Integer codes found in the code list get its labels; every other class (a text
    class, a code the list does not have, any class without a list) is labelled with
    its own value. ``in_code_list`` is null without a list.

    Examples
    --------
    >>> class_labels([1, "skog", None], None)["label_en"].tolist()
    ['1', 'skog', 'no class']
    """
    keys = np.asarray(keys, dtype=object).reshape(-1)
    position, distinct = _distinct(keys)
    if len(distinct) < len(keys):  # label each distinct class once (pieces repeat them)
        return _labels_of(distinct, code_list).iloc[position].reset_index(drop=True)
    return _labels_of(keys, code_list)


def _distinct(keys: np.ndarray):
    """Position of each key among the distinct keys, which end with None."""
    position, distinct = pd.factorize(keys)
    distinct = np.r_[np.asarray(distinct, dtype=object), np.array([None], dtype=object)]
    return np.where(position < 0, len(distinct) - 1, position), distinct


def _labels_of(keys: np.ndarray, code_list: CodeList | None) -> pd.DataFrame:
    missing = np.array([k is None for k in keys], dtype=bool)
    own = np.array([class_text(k) for k in keys], dtype=object)
    if code_list is not None:
        out = code_list.describe(key_codes(keys)).rename(columns={"in_list": "in_code_list"})
        unknown = ~out["in_code_list"].to_numpy(dtype=bool) & ~missing
        for column in ("label_nb", "label_en"):
            out.loc[unknown, column] = own[unknown]
        return out
    return pd.DataFrame(
        {
            "label_nb": np.where(missing, NO_CLASS_LABEL[0], own).astype(object),
            "label_en": np.where(missing, NO_CLASS_LABEL[1], own).astype(object),
            "in_code_list": pd.array([pd.NA] * len(keys), dtype="boolean"),
            "outdated": pd.array([pd.NA] * len(keys), dtype="boolean"),
        }
    )


def class_columns(keys) -> dict:
    """The output columns of a class key array: ``class`` (text, "21" or "skog"; null
    for no class) and ``class_code`` (Int64; null for text classes and no class).

    >>> c = class_columns([21, "skog", None])
    >>> c["class"].tolist(), c["class_code"].tolist()
    (['21', 'skog', None], [21, <NA>, <NA>])
    """
    keys = np.asarray(keys, dtype=object).reshape(-1)
    position, distinct = _distinct(keys)
    text = np.array([class_text(k) for k in distinct], dtype=object)
    code = pd.array([int(k) if isinstance(k, Integral) else pd.NA for k in distinct], "Int64")
    return {"class": text[position], "class_code": code[position]}


def zone_population(zones, pop_geoms, pop_values, progress: Progress | None = None) -> np.ndarray:
    """Population per zone from points or polygons.

    Points count in the zone that contains them (a point on a border between zones
    goes to the zone that comes first). Polygons (e.g. SSB 250 m cells) are shared by
    area: a cell contributes ``value * area(cell ∩ zone) / area(cell)``, which assumes
    people are spread evenly within a cell (areal weighting).

    Parameters
    ----------
    zones : array_like of Polygon/MultiPolygon
    pop_geoms : array_like of Point or Polygon geometries
    pop_values : array_like of float (NaN counts as 0)
    progress : Progress, optional
        Told the share done; raises ``Cancelled`` to stop.

    Returns
    -------
    numpy.ndarray of float, one per zone

    Examples
    --------
    >>> from shapely import box, Point
    >>> zone_population([box(0, 0, 1, 1), box(1, 0, 2, 1)], [box(0.5, 0, 1.5, 1)], [10]).tolist()
    [5.0, 5.0]
    >>> zone_population([box(0, 0, 1, 1)], [Point(0.5, 0.5), Point(3, 3)], [2, 7]).tolist()
    [2.0]
    """
    zones = np.asarray(zones, dtype=object).reshape(-1)
    pop_geoms = np.asarray(pop_geoms, dtype=object).reshape(-1)
    values = np.nan_to_num(np.asarray(pop_values, dtype=float), nan=0.0)
    n = len(zones)
    if len(pop_geoms) == 0:
        return np.zeros(n)
    dim = shapely.get_dimensions(pop_geoms)
    out = np.zeros(n)
    points = dim == 0
    if points.any():
        pidx = np.flatnonzero(points)
        tree = shapely.STRtree(zones)
        pi, zi = query_pairs(tree, pop_geoms[pidx], scaled(progress, 0.0, 0.5), "intersects")
        # First zone for each point (np.unique keeps the first of the sorted pairs).
        order = np.lexsort((zi, pi))
        pi, zi = pi[order], zi[order]
        first = np.r_[True, pi[1:] != pi[:-1]][: len(pi)]  # none when no point is in a zone
        out += group_sum(zi[first], values[pidx][pi[first]], n)
    polys = dim == 2
    if polys.any():
        gidx = np.flatnonzero(polys)
        cells = pop_geoms[gidx]
        pieces = intersect(zones, cells, progress=scaled(progress, 0.5, 1.0))
        cell_area = shapely.area(cells)
        weight = np.divide(
            pieces["area"].to_numpy(),
            cell_area[pieces["right"].to_numpy()],
            out=np.zeros(len(pieces)),
            where=cell_area[pieces["right"]] > 0,
        )
        share = values[gidx][pieces["right"].to_numpy()] * weight
        out += group_sum(pieces["left"].to_numpy(), share, n)
    if (dim == 1).any():
        raise InputError("POPULATION must be points or polygons, not lines.")
    return out


def landuse_account(
    landuse: CategoricalLayer,
    zones=None,
    zone_ids=None,
    *,
    unit: str = "daa",
    code_list: CodeList | None = None,
    population=None,
    area_function: Callable | None = None,
    with_pieces: bool = True,
    rel_tol: float = 1e-9,
    progress: Progress | None = None,
) -> AccountResult:
    """Account land use by class within zones.

    Parameters
    ----------
    landuse : CategoricalLayer
        From :func:`smaaby_plugin.core.landuse.categorical.prepare_categorical` (valid,
        non-overlapping polygons with codes).
    zones : array_like of Polygon/MultiPolygon, optional
        Without zones the whole layer is one zone (id ``"all"``) and there is no
        uncovered row.
    zone_ids : array_like, optional
        Identifier of each zone for the output (default 0..n-1).
    unit : {"m2", "daa", "ha", "km2"}, default "daa"
    code_list : CodeList, optional
        Adds labels and flags codes that are not in the list (they are kept).
    population : tuple (geoms, values), optional
        Points or polygons with inhabitants; see :func:`zone_population`.
    area_function : callable, optional
        ``f(geoms) -> areas in m²`` used instead of planar area (e.g. ellipsoidal).
    with_pieces : bool, default True
        Also return the intersected polygons and the uncovered parts. Without pieces the
        uncovered area is the zone's area minus the covered area (the land-use pieces of
        a zone never overlap), which saves the union of the pieces.
    rel_tol : float, default 1e-9
        See :func:`smaaby_plugin.core.overlay.uncovered`.
    progress : Progress, optional
        Told the share done (overlay, areas, uncovered parts, population); raises
        :class:`~smaaby_plugin.core.errors.Cancelled` to stop.

    Returns
    -------
    AccountResult
        ``table`` columns: ``zone_id``, ``row_type`` ("class", "no class",
        "uncovered"), ``class`` (the class as text: "21" or "skog"; null for no class
        and uncovered), ``class_code`` (Int64: the integer code; null for text classes,
        no class and uncovered),
        ``label_nb``, ``label_en``, ``in_code_list``, ``outdated``, ``n_pieces``,
        ``area`` (unit), ``share_pct`` (% of the zone's area), ``zone_area`` (unit),
        and with population ``population`` and ``m2_per_inhabitant`` (null where the
        zone has no inhabitants). Sorted by zone order, then classes by code, then the
        no-class row and the uncovered row.

    Examples
    --------
    >>> from shapely import box
    >>> from smaaby_plugin.core.landuse.categorical import prepare_categorical
    >>> lu = prepare_categorical([box(0, 0, 30, 100), box(30, 0, 50, 100)], [21, 30])
    >>> r = landuse_account(lu, [box(0, 0, 60, 100)], ["z"], unit="daa")
    >>> r.table[["row_type", "class_code", "area"]].values.tolist()
    [['class', 21, 3.0], ['class', 30, 2.0], ['uncovered', <NA>, 1.0]]
    """
    area_of = area_function if area_function is not None else shapely.area
    to_unit(0.0, unit)  # validates the unit
    lu_geom = landuse.geometry
    classes = class_order(landuse.key)
    lu_class = class_positions(landuse.key, classes)  # -1: no class
    if zones is None:
        zone_geom = None
        n_zones = 1
        zone_ids = np.array(["all"], dtype=object)
        pz = np.zeros(len(lu_geom), dtype=np.int64)
        pclass = lu_class.copy()
        pgeom = lu_geom
        planar = shapely.area(pgeom)
    else:
        zone_geom = np.asarray(zones, dtype=object).reshape(-1)
        n_zones = len(zone_geom)
        if n_zones == 0:
            raise InputError("ZONES has no features; choose a zone layer with polygons.")
        zone_ids = (
            np.arange(n_zones)
            if zone_ids is None
            else np.asarray(zone_ids, dtype=object).reshape(-1)
        )
        pieces = intersect(
            zone_geom, lu_geom, min_area=NOISE_AREA_M2, progress=scaled(progress, 0.0, 0.7)
        )
        pz = pieces["left"].to_numpy()
        pclass = lu_class[pieces["right"].to_numpy()]
        pgeom = pieces["geometry"].to_numpy()
        planar = pieces["area"].to_numpy()
    parea = planar if area_function is None else areas(pgeom, area_of, scaled(progress, 0.7, 0.8))
    ptype = (pclass < 0).astype(np.int64)  # row type: 0 class, 1 no class, 2 uncovered

    if zone_geom is not None:
        zone_area_m2 = (
            shapely.area(zone_geom)
            if area_function is None
            else np.asarray(area_of(zone_geom), dtype=float)
        )
        if with_pieces:
            gaps = uncovered(
                zone_geom, pz, planar, pgeom, rel_tol=rel_tol, progress=scaled(progress, 0.8, 0.9)
            )
            gz = gaps["zone"].to_numpy()
            ggeom = gaps["geometry"].to_numpy()
            garea = gaps["area"].to_numpy() if area_function is None else areas(ggeom, area_of)
        else:
            # Pieces of one zone do not overlap, so the uncovered area is the zone's area
            # minus the covered area; the costly union is only needed for the geometry.
            covered = group_sum(pz, parea, n_zones)
            gap = zone_area_m2 - covered
            gz = np.flatnonzero(gap > rel_tol * zone_area_m2)
            garea = gap[gz]
            ggeom = np.full(len(gz), None, dtype=object)
        pz = np.r_[pz, gz]
        pclass = np.r_[pclass, np.full(len(gz), -1, dtype=np.int64)]
        pgeom = np.r_[pgeom, ggeom] if len(gz) else pgeom
        parea = np.r_[parea, garea]
        ptype = np.r_[ptype, np.full(len(gz), 2, dtype=np.int64)]
    else:
        zone_area_m2 = np.array([np.nan])  # set from the sum below
    report(progress, 0.9)

    # Group pieces into (zone, row type, class) rows: one integer key sorts them by zone,
    # row type and class order (codes ascending, then text classes).
    n_codes = len(classes) + 1
    pclass = pclass.astype(np.int64)
    key = (pz.astype(np.int64) * 3 + ptype) * n_codes + (pclass + 1)
    uniq, inverse = np.unique(key, return_inverse=True)
    inverse = np.asarray(inverse).reshape(-1)
    row_area = group_sum(inverse, parea, len(uniq))
    row_count = np.bincount(inverse, minlength=len(uniq))
    rz = uniq // (3 * n_codes)
    rtype = (uniq // n_codes) % 3
    rcode = np.where(rtype == 0, uniq % n_codes - 1, -1)  # class position, -1 none

    if zone_geom is None:
        zone_area_m2 = np.array([group_sum(np.zeros(len(row_area), np.int64), row_area, 1)[0]])
    else:
        # Every zone gets an uncovered row (0 where land use covers it all).
        missing = np.setdiff1d(np.arange(n_zones), rz[rtype == 2]).astype(np.int64)
        if len(missing):
            rz = np.r_[rz, missing]
            rtype = np.r_[rtype, np.full(len(missing), 2)]
            rcode = np.r_[rcode, np.full(len(missing), -1, dtype=np.int64)]
            row_area = np.r_[row_area, np.zeros(len(missing))]
            row_count = np.r_[row_count, np.zeros(len(missing), dtype=np.int64)]
            order = np.lexsort((rcode, rtype, rz))
            rz, rtype, rcode = rz[order], rtype[order], rcode[order]
            row_area, row_count = row_area[order], row_count[order]

    with_none = np.r_[classes, np.array([None], dtype=object)]  # position -1 -> None
    rkey = with_none[rcode]
    labels = class_labels(rkey, code_list)
    no_class_row = rtype == 1
    gap_row = rtype == 2
    labels.loc[gap_row, "label_nb"] = "ikke dekket av arealbruk"
    labels.loc[gap_row, "label_en"] = "not covered by land use"
    if code_list is not None:
        labels["in_code_list"] = labels["in_code_list"].astype("boolean")
        labels["outdated"] = labels["outdated"].astype("boolean")
        labels.loc[no_class_row | gap_row, ["in_code_list", "outdated"]] = pd.NA
    zarea = zone_area_m2[rz]
    table = pd.DataFrame(
        {
            "zone_id": zone_ids[rz],
            "row_type": np.array([ROW_CLASS, ROW_NO_CLASS, ROW_UNCOVERED], dtype=object)[rtype],
            **class_columns(rkey),
            "label_nb": labels["label_nb"].to_numpy(),
            "label_en": labels["label_en"].to_numpy(),
            "in_code_list": pd.array(labels["in_code_list"], dtype="boolean"),
            "outdated": pd.array(labels["outdated"], dtype="boolean"),
            "n_pieces": row_count.astype(np.int64),
            "area": to_unit(row_area, unit),
            "share_pct": np.divide(
                100.0 * row_area, zarea, out=np.full(len(rz), np.nan), where=zarea > 0
            ),
            "zone_area": to_unit(zarea, unit),
        }
    )
    if population is not None:
        pop_geoms, pop_values = population
        target = (
            zone_geom
            if zone_geom is not None
            else np.array([shapely.union_all(lu_geom)], dtype=object)
        )
        pop = zone_population(target, pop_geoms, pop_values, scaled(progress, 0.9, 1.0))
        zp = pop[rz]
        table["population"] = zp
        table["m2_per_inhabitant"] = np.divide(
            row_area, zp, out=np.full(len(rz), np.nan), where=zp > 0
        )
    pieces_frame = pd.DataFrame()
    if with_pieces:
        order = np.lexsort((pclass, ptype, pz))
        prow = np.array([ROW_CLASS, ROW_NO_CLASS, ROW_UNCOVERED], dtype=object)[ptype]
        pkey = with_none[pclass[order]]
        pieces_frame = pd.DataFrame(
            {
                "zone": pz[order].astype(np.int64),
                "zone_id": zone_ids[pz[order]],
                "row_type": prow[order],
                "class_key": pkey,
                "area_m2": parea[order],
                "area": to_unit(parea[order], unit),
                "geometry": np.asarray(pgeom, dtype=object)[order],
            }
        )
    report(progress, 1.0)
    return AccountResult(table.reset_index(drop=True), pieces_frame)

"""Plan reserve (arealreserve): land set aside for development but not yet built.

KDD, *Arealregnskap i kommuneplan* (December 2023), ch. 4: "Arealreserven er områder
som er avsatt til utbyggingsformål, men ikke utbygd"; the method overlays planned land
use, actual land use and nature data. Here, in this order:

1. the plan polygons whose SOSI arealformål counts as development (the editable
   development table, see :mod:`smaaby_plugin.core.landuse.plans`);
2. minus built land: AR5 11 (bebygd) and 12 (samferdsel) when asked, the polygons of
   the BUILT layers, and for purpose groups marked ``buffer_built`` all BUILT features
   (buildings as points or footprints, road lines) buffered by ``built_buffer``
   (NINA's method: 15 m, for bolig/sentrum, fritid and næring);
3. minus water: AR5 81 (ferskvann) and 82 (hav) polygons larger than
   ``water_min_area`` (ARV: 500 m², so that small ponds stay in the reserve);
4. minus slivers: each remaining connected part (parts that touch count as one)
   smaller than its group's threshold
   (ARV/NINA: 250 m² bolig/sentrum, fritid, samferdsel; 1,000 m² næring; 150 m² other)
   or than one threshold for all;
5. the rest is split by the shore zone and by AR5 class and summed per purpose group.

Steps 2-4 use implementation choices of ARV and NINA, not official values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.categorical import CategoricalLayer
from smaaby_plugin.core.landuse.codes import CodeList
from smaaby_plugin.core.landuse.plans import (
    DevelopmentTable,
    ar5_wide_table,
    classify_purposes,
    current_codes,
    shore_and_ar5_pieces,
    shore_zone,
    split_by_cover,
)
from smaaby_plugin.core.polygons import areas, to_unit
from smaaby_plugin.core.progress import Progress, report, scaled, timed_chunks

__all__ = ["AR5_BUILT", "AR5_WATER", "NO_COVER", "TOUCH_M", "ReserveResult", "plan_reserve"]

#: AR5 arealtyper taken as built: 11 bebygd, 12 samferdsel.
AR5_BUILT = (11, 12)
#: AR5 arealtyper taken as water: 81 ferskvann, 82 hav.
AR5_WATER = (81, 82)
#: Parts of a reserve polygon closer than this (m) are one connected part for the
#: sliver test.
TOUCH_M = 1e-6
#: Labels of reserve pieces that no land-cover polygon covers.
NO_COVER = ("ikke dekket av arealtype", "not covered by land cover")


@dataclass(frozen=True)
class ReserveResult:
    """Result of :func:`plan_reserve`.

    Attributes
    ----------
    pieces : pandas.DataFrame
        One row per reserve piece (plan polygon x shore zone x AR5 polygon):
        ``plan`` (index into the plan layer as given to the function),
        ``code``, ``label_nb``, ``label_en``, ``in_code_list``, ``hovedformal``,
        ``purpose_group``, ``group_label_nb``, ``group_label_en``, ``ar5``
        (NaN where no land cover), ``ar5_label_nb``, ``ar5_label_en``,
        ``shore_zone`` (bool), ``area_m2``, ``area`` (in ``unit``), ``geometry``.
    table : pandas.DataFrame
        Purpose group by AR5 class (see ``plans.ar5_wide_table``), in ``unit``.
    summary : dict
        Areas in m²: ``development``, ``removed_built``, ``removed_water``,
        ``removed_slivers``, ``reserve``, ``reserve_shore``; counts
        ``n_development``, ``n_not_in_table``.
    """

    pieces: pd.DataFrame
    table: pd.DataFrame
    summary: dict = field(default_factory=dict)


def _remove_small_parts(geoms: np.ndarray, threshold: np.ndarray) -> np.ndarray:
    """Drop the connected parts of each geometry smaller than its threshold (m²).

    Parts of one geometry closer than ``TOUCH_M`` (they touch, or rounding left a
    hair-thin gap between them) count as one connected part, so that the result does
    not depend on how the overlay happened to split a polygon.
    """
    parts, index = shapely.get_parts(geoms, return_index=True)
    area = shapely.area(parts)
    i, j = shapely.STRtree(parts).query(parts, predicate="dwithin", distance=TOUCH_M)
    same = index[i] == index[j]
    graph = coo_matrix(
        (np.ones(int(same.sum())), (i[same], j[same])), shape=(len(parts), len(parts))
    )
    label = connected_components(graph, directed=False)[1]
    keep = np.bincount(label, weights=area, minlength=len(parts))[label] >= threshold[index]
    out = np.full(len(geoms), shapely.from_wkt("POLYGON EMPTY"), dtype=object)
    if keep.any():
        result = np.empty(len(geoms), dtype=object)
        # indices ascend (get_parts keeps order), as multipolygons() requires
        shapely.multipolygons(parts[keep], indices=index[keep], out=result)
        has = ~shapely.is_missing(result)
        out[has] = result[has]
    return out


def _land_cover_masks(
    landcover: CategoricalLayer | None, ar5_built: bool, exclude_water: bool, water_min_area: float
):
    if landcover is None:
        return np.zeros(0, dtype=object), np.zeros(0, dtype=object)
    code = landcover.code
    built = landcover.geometry[np.isin(code, AR5_BUILT)] if ar5_built else np.zeros(0, object)
    water = np.zeros(0, dtype=object)
    if exclude_water:
        candidates = landcover.geometry[np.isin(code, AR5_WATER)]
        water = candidates[shapely.area(candidates) > water_min_area]
    return built, water


def plan_reserve(
    plan: CategoricalLayer,
    development: DevelopmentTable,
    *,
    landcover: CategoricalLayer | None = None,
    built: Sequence[np.ndarray] = (),
    built_buffer: float = 15.0,
    ar5_built: bool = True,
    exclude_water: bool = True,
    water_min_area: float = 500.0,
    shore=None,
    shore_width: float = 100.0,
    min_area: float | None = None,
    unit: str = "daa",
    sosi: CodeList | None = None,
    ar5: CodeList | None = None,
    area_function=None,
    progress: Progress | None = None,
) -> ReserveResult:
    """The plan reserve by purpose group, AR5 class and shore zone.

    Parameters
    ----------
    plan : CategoricalLayer
        The kommuneplan's arealformål (``categorical.prepare_categorical``), codes are
        SOSI arealformål codes.
    development : DevelopmentTable
        Which codes count as development, their groups and thresholds.
    landcover : CategoricalLayer, optional
        AR5 arealtype polygons (codes 11...99).
    built : sequence of geometry arrays
        Existing buildings and roads (points, lines or polygons), any number of layers.
    built_buffer : float
        Buffer (m) around the BUILT features for groups marked ``buffer_built``; 0 uses
        BUILT polygons as drawn only.
    ar5_built : bool
        Treat AR5 11 and 12 as built.
    exclude_water : bool
        Remove AR5 81 and 82 polygons larger than ``water_min_area`` m².
    shore : array of lines or polygons, optional
        Shore lines or sea and lake polygons; with ``shore_width`` (m) gives the shore
        zone.
    min_area : float, optional
        One sliver threshold (m²) for every group instead of the table's
        ``min_area_m2``; 0 keeps every part.
    unit : {"m2", "daa", "ha", "km2"}
        Unit of ``area`` and of the table.
    sosi, ar5 : CodeList, optional
        Code lists for labels.
    area_function : callable, optional
        Areas in m² of a geometry array (e.g. ellipsoidal areas); default planar
        ``shapely.area``. Sliver thresholds always use planar areas.
    progress : Progress, optional
        Told the share done between the steps and between blocks of work; raises
        :class:`~smaaby_plugin.core.errors.Cancelled` to stop.

    Returns
    -------
    ReserveResult

    Examples
    --------
    >>> from shapely import box
    >>> from smaaby_plugin.core.landuse.categorical import prepare_categorical
    >>> t = DevelopmentTable(pd.DataFrame({"development": [True, False],
    ...     "purpose_group": [1, 14], "group_label_nb": ["Bolig", "LNFR"],
    ...     "group_label_en": ["Housing", "LNFR"], "min_area_m2": [250.0, 150.0],
    ...     "buffer_built": [True, False]}, index=pd.Index([1110, 5100], name="code")))
    >>> plan = prepare_categorical([box(0, 0, 100, 100), box(100, 0, 200, 100)],
    ...                            [1110, 5100])
    >>> cover = prepare_categorical([box(0, 0, 50, 100), box(50, 0, 200, 100)], [11, 30])
    >>> r = plan_reserve(plan, t, landcover=cover, unit="m2")
    >>> r.summary["reserve"], r.pieces.ar5.tolist()
    (5000.0, [30.0])
    """
    if built_buffer < 0:
        raise InputError(f"BUILT_BUFFER cannot be negative (got {built_buffer}).")
    if min_area is not None and min_area < 0:
        raise InputError(f"MIN_AREA cannot be negative (got {min_area}).")
    if water_min_area < 0:
        raise InputError(f"The water threshold cannot be negative (got {water_min_area}).")

    def area_sum(geoms, start, end) -> float:
        return float(np.sum(areas(geoms, area_function, scaled(progress, start, end))))

    classes = classify_purposes(plan.code, development, sosi)
    dev = np.flatnonzero(classes["development"].to_numpy())
    n_not_in_table = int(
        (~np.isnan(plan.code) & ~np.isin(plan.code, development.table.index.to_numpy())).sum()
    )
    geoms = plan.geometry[dev]
    summary = {
        "development": area_sum(geoms, 0.0, 0.02),
        "n_development": len(dev),
        "n_not_in_table": n_not_in_table,
    }

    # 2. built land: the cover differs between groups with and without the buffer.
    lc_built, water = _land_cover_masks(landcover, ar5_built, exclude_water, water_min_area)
    built_all = [np.asarray(b, dtype=object).reshape(-1) for b in built]
    built_all = np.concatenate(built_all) if built_all else np.zeros(0, dtype=object)
    built_all = built_all[~(shapely.is_missing(built_all) | shapely.is_empty(built_all))]
    drawn = built_all[shapely.get_dimensions(built_all) == 2]
    plain_cover = np.concatenate([lc_built, drawn])
    if built_buffer > 0 and len(built_all):
        buffered = np.empty(len(built_all), dtype=object)
        for sl in timed_chunks(len(built_all), scaled(progress, 0.02, 0.1)):
            buffered[sl] = shapely.buffer(built_all[sl], built_buffer)
        buffered_cover = np.concatenate([lc_built, buffered])
    else:
        buffered_cover = plain_cover
    buffer_group = classes["buffer_built"].to_numpy()[dev]
    after_built = geoms.copy()
    for mask, cover, start, end in (
        (buffer_group, buffered_cover, 0.1, 0.3),
        (~buffer_group, plain_cover, 0.3, 0.4),
    ):
        if mask.any() and len(cover):
            after_built[mask] = split_by_cover(geoms[mask], cover, scaled(progress, start, end))
    built_m2 = area_sum(after_built, 0.4, 0.42)
    summary["removed_built"] = summary["development"] - built_m2

    # 3. water
    after_water = (
        split_by_cover(after_built, water, scaled(progress, 0.42, 0.5))
        if len(water)
        else after_built
    )
    summary["removed_water"] = built_m2 - area_sum(after_water, 0.5, 0.52)

    # 4. slivers
    if min_area is None:
        threshold = classes["min_area_m2"].to_numpy(dtype=float)[dev]
    else:
        threshold = np.full(len(dev), float(min_area))
    reserve = _remove_small_parts(after_water, threshold)
    summary["removed_slivers"] = area_sum(after_water, 0.6, 0.61) - area_sum(reserve, 0.61, 0.62)

    # 5. shore zone, then AR5
    shore_cover = shore_zone(shore, shore_width) if shore is not None and len(shore) else None
    cut = shore_and_ar5_pieces(
        reserve, shore_cover, landcover, area_function, scaled(progress, 0.65, 0.95)
    )
    ar5_code = cut["ar5"].to_numpy()
    pieces = classes.iloc[dev[cut["source"].to_numpy()]].reset_index(drop=True)
    pieces.insert(0, "plan", plan.index[dev[cut["source"].to_numpy()]])
    pieces = pieces.drop(columns=["development", "min_area_m2", "buffer_built", "outdated"])
    pieces["ar5"] = ar5_code
    labels = (
        ar5.describe(ar5_code)
        if ar5 is not None
        else pd.DataFrame({"label_nb": [None] * len(ar5_code), "label_en": [None] * len(ar5_code)})
    )
    covered = cut["covered"].to_numpy()
    pieces["ar5_label_nb"] = np.where(covered, labels["label_nb"].to_numpy(), NO_COVER[0])
    pieces["ar5_label_en"] = np.where(covered, labels["label_en"].to_numpy(), NO_COVER[1])
    pieces["shore_zone"] = cut["shore_zone"].to_numpy()
    pieces["area_m2"] = cut["area"].to_numpy()
    pieces["area"] = to_unit(pieces["area_m2"].to_numpy(), unit)
    pieces["geometry"] = cut["geometry"].to_numpy()
    summary["reserve"] = float(pieces["area_m2"].sum())
    summary["reserve_shore"] = float(pieces["area_m2"][pieces["shore_zone"]].sum())

    groups = development.group_labels()
    dev_groups = np.unique(development.table.purpose_group[development.table.development])
    shown = np.union1d(dev_groups, pieces["purpose_group"].to_numpy())
    row_index = groups.reindex(shown)
    row_index.index = row_index.index.astype(float)
    table = ar5_wide_table(
        pieces["purpose_group"].to_numpy(dtype=float),
        ar5_code,
        pieces["shore_zone"].to_numpy(),
        pieces["area"].to_numpy(),
        row_index,
        current_codes(ar5),
    )
    table = table.rename(columns={"key": "purpose_group"})
    table["unit"] = unit
    report(progress, 1.0)
    return ReserveResult(pieces, table, summary)

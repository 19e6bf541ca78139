"""Change (transition) matrix between two categorical polygon layers.

The union overlay of BEFORE and AFTER (see :func:`smaaby_plugin.core.overlay.union_overlay`)
splits the land into pieces that each have one class before and one after; the matrix
sums their areas by (from class, to class), optionally within zones. Land covered by
only one layer appears as "not covered" on the other side, so nothing is lost. This is
the old-by-new table of the KDD guidance *Arealregnskap i kommuneplan* (2023, ch. 5 and
the sheet "Arealformålsendringer" of its code list), for any pair of categorical layers
(two land-cover dates, two plans).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.categorical import CategoricalLayer
from smaaby_plugin.core.landuse.codes import CodeList
from smaaby_plugin.core.landuse.landuse_account import class_labels
from smaaby_plugin.core.overlay import NOISE_AREA_M2, intersect, union_overlay
from smaaby_plugin.core.polygons import areas, group_sum, to_unit
from smaaby_plugin.core.progress import Progress, report, scaled

__all__ = ["STATUS", "ChangeResult", "change_matrix", "class_column", "wide_matrix"]

#: Status of a side of a piece: a class code, no usable code, or outside that layer.
STATUS = ("class", "no class", "not covered")


@dataclass(frozen=True)
class ChangeResult:
    """Result of :func:`change_matrix`.

    Attributes
    ----------
    long : pandas.DataFrame
        One row per zone, from class and to class (see :func:`change_matrix`).
    wide : pandas.DataFrame
        The same as a matrix (see :func:`wide_matrix`).
    pieces : pandas.DataFrame
        All pieces: ``zone_id``, ``from_code``, ``from_status``, ``to_code``,
        ``to_status``, ``changed``, ``area_m2``, ``area``, ``geometry``.
    """

    long: pd.DataFrame
    wide: pd.DataFrame
    pieces: pd.DataFrame


def _side(codes: np.ndarray, idx: np.ndarray):
    """Code (NaN where none) and status rank of each piece's side."""
    covered = idx >= 0
    code = np.full(len(idx), np.nan)
    code[covered] = codes[idx[covered]]
    status = np.where(~covered, 2, np.where(np.isnan(code), 1, 0))
    return code, status


def class_column(code: float, status: int) -> str:
    """Column name of a class in the wide matrix.

    Examples
    --------
    >>> class_column(1110.0, 0), class_column(float("nan"), 1), class_column(float("nan"), 2)
    ('c_1110', 'c_no_class', 'c_not_covered')
    """
    if status == 0:
        return f"c_{int(code)}"
    return "c_no_class" if status == 1 else "c_not_covered"


def _labels(code, status, code_list, prefix):
    lab = class_labels(np.where(status == 0, code, np.nan), code_list)
    outside = status == 2
    lab.loc[outside, "label_nb"] = "utenfor laget"
    lab.loc[outside, "label_en"] = "not covered by the layer"
    return {
        f"{prefix}_label_nb": lab["label_nb"].to_numpy(),
        f"{prefix}_label_en": lab["label_en"].to_numpy(),
    }


def wide_matrix(long: pd.DataFrame, progress: Progress | None = None) -> pd.DataFrame:
    """Pivot a long change table into from-by-to matrices, one block per zone.

    Each block has one row per from class (``row`` = ``from``), a column per to class
    (``c_<code>``, ``c_no_class``, ``c_not_covered``) and ``total_before``; then a row
    ``total_after`` (column sums) and a row ``net_change`` (after minus before per
    class, in the columns of the classes).

    Parameters
    ----------
    long : pandas.DataFrame
        The ``long`` table of :func:`change_matrix`.
    progress : Progress, optional
        Told the share done between zones; raises ``Cancelled`` to stop.

    Returns
    -------
    pandas.DataFrame
    """
    from_col = [class_column(c, s) for c, s in zip(long["_from_code"], long["_from_status"])]
    to_col = [class_column(c, s) for c, s in zip(long["_to_code"], long["_to_status"])]
    frame = pd.DataFrame(
        {
            "zone_id": long["zone_id"],
            "_zone": long["_zone"],
            "from": from_col,
            "to": to_col,
            "area": long["area"],
            "_fs": long["_from_status"],
            "_fc": long["_from_code"].fillna(-1),
            "_ts": long["_to_status"],
            "_tc": long["_to_code"].fillna(-1),
        }
    )
    keys = frame[["_ts", "_tc", "to"]].drop_duplicates().sort_values(["_ts", "_tc"])
    keys2 = frame[["_fs", "_fc", "from"]].drop_duplicates().sort_values(["_fs", "_fc"])
    columns = list(dict.fromkeys(list(keys["to"]) + list(keys2["from"])))
    # Class order: codes ascending, then no class, then not covered.
    order = {
        c: i
        for i, c in enumerate(
            sorted(
                columns,
                key=lambda c: (
                    c == "c_not_covered",
                    c == "c_no_class",
                    int(c[2:]) if c[2:].isdigit() else 0,
                ),
            )
        )
    }
    columns = sorted(columns, key=order.get)
    blocks = []
    zones = sorted(frame["_zone"].unique())
    for done, zone in enumerate(zones):
        report(progress, done / len(zones))
        sub = frame[frame["_zone"] == zone]
        zone_id = sub["zone_id"].iloc[0]
        mat = sub.pivot_table(
            index="from", columns="to", values="area", aggfunc="sum", fill_value=0.0
        ).reindex(index=columns, columns=columns, fill_value=0.0)
        before = mat.sum(axis=1)
        after = mat.sum(axis=0)
        mat["total_before"] = before
        mat = mat.loc[before > 0] if (before > 0).any() else mat.iloc[0:0]
        total_after = pd.DataFrame(
            [list(after.to_numpy()) + [before.sum()]],
            index=["total_after"],
            columns=columns + ["total_before"],
        )
        net = pd.DataFrame(
            [list((after - before).to_numpy()) + [np.nan]],
            index=["net_change"],
            columns=columns + ["total_before"],
        )
        block = pd.concat([mat, total_after, net])
        block.index.name = "row"
        block = block.reset_index()
        block.insert(0, "zone_id", zone_id)
        blocks.append(block)
    report(progress, 1.0)
    wide = pd.concat(blocks, ignore_index=True)
    wide.columns = [str(c) for c in wide.columns]
    return wide


def change_matrix(
    before: CategoricalLayer,
    after: CategoricalLayer,
    zones=None,
    zone_ids=None,
    *,
    unit: str = "daa",
    code_list: CodeList | None = None,
    area_function: Callable | None = None,
    progress: Progress | None = None,
) -> ChangeResult:
    """Transition matrix between two categorical layers.

    Parameters
    ----------
    before, after : CategoricalLayer
        From :func:`smaaby_plugin.core.landuse.categorical.prepare_categorical`.
    zones : array_like of Polygon/MultiPolygon, optional
        Matrices per zone; without zones one matrix for everything (zone id "all").
    zone_ids : array_like, optional
    unit : {"m2", "daa", "ha", "km2"}
    code_list : CodeList, optional
        Labels for the codes (both layers use the same list).
    area_function : callable, optional
        ``f(geoms) -> m²`` instead of planar areas (e.g. ellipsoidal).
    progress : Progress, optional
        Told the share done (overlay, zones, areas, the matrices); raises
        :class:`~smaaby_plugin.core.errors.Cancelled` to stop.

    Returns
    -------
    ChangeResult
        ``long`` columns: ``zone_id``, ``from_code`` (Int64), ``from_status``,
        ``from_label_nb``, ``from_label_en``, ``to_code``, ``to_status``,
        ``to_label_nb``, ``to_label_en``, ``changed`` (bool), ``n_pieces``, ``area``
        (unit) and ``share_pct`` (of the zone's land covered by either layer).

    Examples
    --------
    >>> from shapely import box
    >>> from smaaby_plugin.core.landuse.categorical import prepare_categorical
    >>> b = prepare_categorical([box(0, 0, 100, 10)], [21])
    >>> a = prepare_categorical([box(0, 0, 60, 10), box(60, 0, 100, 10)], [21, 11])
    >>> r = change_matrix(b, a, unit="m2")
    >>> r.long[["from_code", "to_code", "area", "changed"]].values.tolist()
    [[21, 11, 400.0, True], [21, 21, 600.0, False]]
    """
    to_unit(0.0, unit)
    # layers without any overlap (none found, none ignored as noise) let the overlay skip
    # the pairs of unchanged polygons with their neighbours
    disjoint = all(
        lay.overlaps.n_pairs == 0 and lay.overlaps.n_ignored == 0 for lay in (before, after)
    )
    u = union_overlay(
        before.geometry,
        after.geometry,
        min_area=NOISE_AREA_M2,
        disjoint=disjoint,
        progress=scaled(progress, 0.0, 0.5),
    )
    a_idx = u["a"].to_numpy()
    b_idx = u["b"].to_numpy()
    geom = u["geometry"].to_numpy()
    if zones is None:
        zone = np.zeros(len(u), dtype=np.int64)
        zone_ids = np.array(["all"], dtype=object)
    else:
        zone_geom = np.asarray(zones, dtype=object).reshape(-1)
        if len(zone_geom) == 0:
            raise InputError("ZONES has no features; choose a zone layer with polygons.")
        zone_ids = (
            np.arange(len(zone_geom))
            if zone_ids is None
            else np.asarray(zone_ids, dtype=object).reshape(-1)
        )
        p = intersect(zone_geom, geom, min_area=NOISE_AREA_M2, progress=scaled(progress, 0.5, 0.75))
        zone = p["left"].to_numpy()
        a_idx, b_idx = a_idx[p["right"].to_numpy()], b_idx[p["right"].to_numpy()]
        geom = p["geometry"].to_numpy()
    area = areas(geom, area_function, scaled(progress, 0.75, 0.8))
    fcode, fstat = _side(before.code, a_idx)
    tcode, tstat = _side(after.code, b_idx)
    changed = (fstat != tstat) | ((fstat == 0) & (fcode != tcode))

    key = np.c_[zone, fstat, np.nan_to_num(fcode, nan=-1), tstat, np.nan_to_num(tcode, nan=-1)]
    uniq, inverse = np.unique(key, axis=0, return_inverse=True)
    inverse = np.asarray(inverse).reshape(-1)
    row_area = group_sum(inverse, area, len(uniq))
    count = np.bincount(inverse, minlength=len(uniq))
    rz = uniq[:, 0].astype(np.int64)
    rfs, rts = uniq[:, 1].astype(np.int64), uniq[:, 3].astype(np.int64)
    rfc = np.where(rfs == 0, uniq[:, 2], np.nan)
    rtc = np.where(rts == 0, uniq[:, 4], np.nan)
    zone_total = group_sum(rz, row_area, int(rz.max()) + 1 if len(rz) else 0)
    status = np.array(STATUS, dtype=object)
    long = pd.DataFrame(
        {
            "zone_id": zone_ids[rz],
            "from_code": pd.array(np.nan_to_num(rfc, nan=0).astype(np.int64), dtype="Int64"),
            "from_status": status[rfs],
            **_labels(rfc, rfs, code_list, "from"),
            "to_code": pd.array(np.nan_to_num(rtc, nan=0).astype(np.int64), dtype="Int64"),
            "to_status": status[rts],
            **_labels(rtc, rts, code_list, "to"),
            "changed": (rfs != rts) | ((rfs == 0) & (rfc != rtc)),
            "n_pieces": count.astype(np.int64),
            "area": to_unit(row_area, unit),
            "share_pct": 100.0 * row_area / zone_total[rz],
            "_zone": rz,
            "_from_code": rfc,
            "_from_status": rfs,
            "_to_code": rtc,
            "_to_status": rts,
        }
    )
    long.loc[np.isnan(rfc), "from_code"] = pd.NA
    long.loc[np.isnan(rtc), "to_code"] = pd.NA
    wide = wide_matrix(long, scaled(progress, 0.8, 1.0))
    long = long.drop(columns=[c for c in long.columns if c.startswith("_")])
    order = np.lexsort(
        (np.nan_to_num(tcode, nan=-1), tstat, np.nan_to_num(fcode, nan=-1), fstat, zone)
    )
    pieces = pd.DataFrame(
        {
            "zone_id": zone_ids[zone[order]],
            "from_code": fcode[order],
            "from_status": status[fstat[order]],
            "to_code": tcode[order],
            "to_status": status[tstat[order]],
            "changed": changed[order],
            "area_m2": area[order],
            "area": to_unit(area[order], unit),
            "geometry": geom[order],
        }
    )
    return ChangeResult(long, wide, pieces)

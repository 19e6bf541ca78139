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

import re
from collections.abc import Callable
from dataclasses import dataclass
from numbers import Integral

import numpy as np
import pandas as pd

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.categorical import (
    CategoricalLayer,
    class_order,
    class_positions,
)
from smaaby_plugin.core.landuse.codes import CodeList
from smaaby_plugin.core.landuse.landuse_account import class_columns as landuse_class_columns
from smaaby_plugin.core.landuse.landuse_account import class_labels
from smaaby_plugin.core.overlay import NOISE_AREA_M2, intersect, union_overlay
from smaaby_plugin.core.polygons import areas, group_sum, to_unit
from smaaby_plugin.core.progress import Progress, report, scaled

__all__ = ["STATUS", "ChangeResult", "change_matrix", "class_columns", "wide_matrix"]

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
        All pieces: ``zone_id``, ``from_key``, ``from_status``, ``to_key``,
        ``to_status``, ``changed``, ``area_m2``, ``area``, ``geometry``; the keys are
        class keys (int code or text; None where the side has no class).
    """

    long: pd.DataFrame
    wide: pd.DataFrame
    pieces: pd.DataFrame


def _side(classes: np.ndarray, idx: np.ndarray):
    """Class position (-1 where none) and status rank of each piece's side."""
    covered = idx >= 0
    cls = np.full(len(idx), -1, dtype=np.int64)
    cls[covered] = classes[idx[covered]]
    status = np.where(~covered, 2, np.where(cls < 0, 1, 0))
    return cls, status


def _column_stem(key) -> str:
    """A field-name-safe form of a class: the code, or the text in lower case with
    runs of other characters than letters and digits as '_'."""
    if isinstance(key, Integral):
        return str(key)
    return re.sub(r"\W+", "_", str(key).lower()).strip("_") or "x"


def class_columns(keys, prefix: str = "c_") -> list[str]:
    """Column names of classes in the wide matrix, unique (a repeated stem gets _2, _3).

    Examples
    --------
    >>> class_columns([1110, "Skog", "skog!", "åpent område"])
    ['c_1110', 'c_skog', 'c_skog_2', 'c_åpent_område']
    """
    out, seen = [], {}
    for key in keys:
        name = f"{prefix}{_column_stem(key)}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out


def _labels(key, status, code_list, prefix):
    lab = class_labels(np.where(status == 0, key, None), code_list)
    outside = status == 2
    lab.loc[outside, "label_nb"] = "utenfor laget"
    lab.loc[outside, "label_en"] = "not covered by the layer"
    return {
        f"{prefix}_label_nb": lab["label_nb"].to_numpy(),
        f"{prefix}_label_en": lab["label_en"].to_numpy(),
    }


def wide_matrix(long: pd.DataFrame, classes=None, progress: Progress | None = None) -> pd.DataFrame:
    """Pivot a long change table into from-by-to matrices, one block per zone.

    Each block has one row per from class (``row`` = ``from``), a column per to class
    (``c_<code>`` or ``c_<text>``, then ``c_no_class``, ``c_not_covered``) and
    ``total_before``; then a row ``total_after`` (column sums) and a row ``net_change``
    (after minus before per class, in the columns of the classes).

    Parameters
    ----------
    long : pandas.DataFrame
        The ``long`` table of :func:`change_matrix` (with its hidden ``_`` columns).
    classes : array_like, optional
        The class keys the positions in ``long`` refer to (:func:`class_order`).
    progress : Progress, optional
        Told the share done between zones; raises ``Cancelled`` to stop.

    Returns
    -------
    pandas.DataFrame
        Empty (with the columns ``zone_id`` and ``row``) when ``long`` is empty.
    """
    classes = np.asarray([] if classes is None else classes, dtype=object)
    # column of each class position; then no class and not covered
    names = class_columns(classes) + ["c_no_class", "c_not_covered"]
    n = len(classes)

    def column(position, status):
        slot = np.where(status == 0, position, np.where(status == 1, n, n + 1))
        return np.asarray(names, dtype=object)[slot]

    frame = pd.DataFrame(
        {
            "zone_id": long["zone_id"],
            "_zone": long["_zone"],
            "from": column(long["_from"].to_numpy(), long["_from_status"].to_numpy()),
            "to": column(long["_to"].to_numpy(), long["_to_status"].to_numpy()),
            "area": long["area"],
        }
    )
    # Class order: codes ascending, text classes, then no class, then not covered.
    present = set(frame["from"]) | set(frame["to"])
    columns = [c for c in names if c in present]
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
    if not blocks:  # no land in any zone: an empty matrix, not an error
        return pd.DataFrame({"zone_id": pd.Series(dtype=object), "row": pd.Series(dtype=object)})
    wide = pd.concat(blocks, ignore_index=True)
    wide.columns = [str(c) for c in wide.columns]
    return wide


def class_columns_frame(keys, prefix: str) -> dict:
    """``<prefix>_class`` (text) and ``<prefix>_code`` (Int64, null for text classes)
    of an array of class keys (see ``landuse_account.class_columns``)."""
    columns = landuse_class_columns(keys)
    return {f"{prefix}_class": columns["class"], f"{prefix}_code": columns["class_code"]}


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
        ``long`` columns: ``zone_id``, ``from_class`` (text: "21" or "skog"),
        ``from_code`` (Int64; null for text classes), ``from_status``,
        ``from_label_nb``, ``from_label_en``, ``to_class``, ``to_code``, ``to_status``,
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
    # one class order for both layers: codes ascending, then text classes
    classes = class_order(before.key, after.key)
    with_none = np.r_[classes, np.array([None], dtype=object)]  # position -1 -> None
    fcls, fstat = _side(class_positions(before.key, classes), a_idx)
    tcls, tstat = _side(class_positions(after.key, classes), b_idx)
    changed = (fstat != tstat) | ((fstat == 0) & (fcls != tcls))

    key = np.c_[zone, fstat, fcls, tstat, tcls].astype(np.int64)
    uniq, inverse = np.unique(key, axis=0, return_inverse=True)
    inverse = np.asarray(inverse).reshape(-1)
    row_area = group_sum(inverse, area, len(uniq))
    count = np.bincount(inverse, minlength=len(uniq))
    rz = uniq[:, 0]
    rfs, rts = uniq[:, 1], uniq[:, 3]
    rfc, rtc = uniq[:, 2], uniq[:, 4]
    zone_total = group_sum(rz, row_area, int(rz.max()) + 1 if len(rz) else 0)
    status = np.array(STATUS, dtype=object)
    from_key, to_key = with_none[rfc], with_none[rtc]
    from_cols = class_columns_frame(from_key, "from")
    to_cols = class_columns_frame(to_key, "to")
    long = pd.DataFrame(
        {
            "zone_id": zone_ids[rz],
            **from_cols,
            "from_status": status[rfs],
            **_labels(from_key, rfs, code_list, "from"),
            **to_cols,
            "to_status": status[rts],
            **_labels(to_key, rts, code_list, "to"),
            "changed": (rfs != rts) | ((rfs == 0) & (rfc != rtc)),
            "n_pieces": count.astype(np.int64),
            "area": to_unit(row_area, unit),
            "share_pct": 100.0 * row_area / zone_total[rz],
            "_zone": rz,
            "_from": rfc,
            "_from_status": rfs,
            "_to": rtc,
            "_to_status": rts,
        }
    )
    wide = wide_matrix(long, classes, scaled(progress, 0.8, 1.0))
    long = long.drop(columns=[c for c in long.columns if c.startswith("_")])
    order = np.lexsort((tcls, tstat, fcls, fstat, zone))
    pieces = pd.DataFrame(
        {
            "zone_id": zone_ids[zone[order]],
            "from_key": with_none[fcls[order]],
            "from_status": status[fstat[order]],
            "to_key": with_none[tcls[order]],
            "to_status": status[tstat[order]],
            "changed": changed[order],
            "area_m2": area[order],
            "area": to_unit(area[order], unit),
            "geometry": geom[order],
        }
    )
    return ChangeResult(long, wide, pieces)

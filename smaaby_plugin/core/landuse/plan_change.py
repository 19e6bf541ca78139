"""Change in arealformål between two plans, and conversion (omdisponering) of land.

KDD, *Arealregnskap i kommuneplan* (December 2023), ch. 5: the combined account of a
proposed arealdel shows the total change in arealformål (current plan against the
proposal) and the land qualities that would be built on. Here:

* the two plans are overlaid ("union": every piece knows its old and its new purpose;
  land covered by only one plan is "outside plan" in the other);
* the **matrix** gives the area going from each old class to each new class, with the
  totals and the net change (new minus old) per class, at a chosen grouping: SOSI code,
  hovedformål 1-6 (pbl § 11-7) or development versus not (the development table of
  :mod:`smaaby_plugin.core.landuse.plans`);
* the **changed pieces** are those whose class differs between the plans;
* the **conversion table** gives newly designated development land (not development,
  or outside the old plan, to development) by AR5 class: fully and surface cultivated
  land (21, 22), pasture (23), forest (30), bog (60), open land (50) and the rest, and
  the part in the shore zone; below it, land returned from development to other
  purposes, the same way.

Changes are computed on the whole plans, before any built land is removed: removing
built land first would lose land that goes back from development to green structure or
LNFR (the pitfall ARV's README warns of). Already built land shows up in the AR5 columns
11 and 12 instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from numbers import Integral

import numpy as np
import pandas as pd

from smaaby_plugin.core.landuse.categorical import (
    CategoricalLayer,
    class_order,
    class_text,
    key_codes,
)
from smaaby_plugin.core.landuse.change_matrix import class_columns
from smaaby_plugin.core.landuse.codes import CodeList
from smaaby_plugin.core.landuse.plans import (
    NOISE_AREA_M2,
    DevelopmentTable,
    ar5_wide_table,
    classify_purposes,
    current_codes,
    grouping_keys,
    shore_and_ar5_pieces,
    shore_zone,
)
from smaaby_plugin.core.overlay import union_overlay
from smaaby_plugin.core.polygons import areas, group_sum, to_unit
from smaaby_plugin.core.progress import Progress, report, scaled

__all__ = ["OUTSIDE", "CHANGE_TYPES", "ChangeResult", "plan_change"]

#: Class key of land outside one of the plans.
OUTSIDE = -1
OUTSIDE_LABELS = ("utenfor planen", "outside the plan")

#: Change types of a piece, by the development flags of its old and new purpose.
CHANGE_TYPES = {
    (False, True): "new development",
    (True, False): "development returned",
    (True, True): "within development",
    (False, False): "within non-development",
}


@dataclass(frozen=True)
class ChangeResult:
    """Result of :func:`plan_change`.

    Attributes
    ----------
    matrix : pandas.DataFrame
        One row per class (old and new classes, "outside the plan" as key -1, no class
        as NaN): ``key``, ``label_nb``, ``label_en``, ``old_total``, ``new_total``,
        ``net_change`` (new minus old), then ``to_<key>`` with the area going from
        the row's class to each class; a last row "Sum". In ``unit``.
    long : pandas.DataFrame
        ``old_key``, ``new_key``, ``area`` (``unit``), one row per pair with area.
    changes : pandas.DataFrame
        The pieces whose class changes: ``old_plan``, ``new_plan`` (feature indices as
        given, -1 outside), ``old_code``, ``new_code``, ``old_key``, ``new_key``,
        ``old_label_nb``, ``new_label_nb``, ``old_label_en``, ``new_label_en``,
        ``old_development``, ``new_development``, ``change_type``, ``area_m2``,
        ``area``, ``geometry``.
    conversion : pandas.DataFrame
        ``direction`` ("new development" or "development returned"), then the columns
        of ``plans.ar5_wide_table`` with the new class as row key; in ``unit``.
    summary : dict
        Areas in m²: ``changed``, ``new_development``, ``development_returned``,
        ``new_development_shore``.
    """

    matrix: pd.DataFrame
    long: pd.DataFrame
    changes: pd.DataFrame
    conversion: pd.DataFrame
    summary: dict = field(default_factory=dict)


def _column_names(order: np.ndarray) -> list[str]:
    """``to_<class>`` per class of the matrix: to_outside, to_<code>, to_<text>, to_none."""
    names = class_columns(order, "to_")
    for i, key in enumerate(order):
        if key is None:
            names[i] = "to_none"
        elif isinstance(key, Integral) and key == OUTSIDE:
            names[i] = "to_outside"
    return names


def _object_keys(keys) -> np.ndarray:
    """Float keys (NaN = no class) as class keys: int, or None."""
    keys = np.asarray(keys, dtype=float)
    return np.array([None if np.isnan(k) else int(k) for k in keys], dtype=object)


def _float_keys(keys) -> np.ndarray:
    """Class keys as float keys: the code for ints, NaN for text and no class."""
    return key_codes(keys)


def _class_texts(keys) -> np.ndarray:
    return np.array(
        [
            "outside" if isinstance(k, Integral) and k == OUTSIDE else class_text(k)
            for k in np.asarray(keys, dtype=object)
        ],
        dtype=object,
    )


def _piece_keys(index, keys: pd.DataFrame, classes: pd.DataFrame):
    """Key, labels, code and development flag per overlay piece (index -1 = outside)."""
    inside = index >= 0
    at = np.where(inside, index, 0)
    key = np.where(inside, keys["key"].to_numpy(dtype=object)[at], OUTSIDE).astype(object)
    nb = np.where(inside, keys["label_nb"].to_numpy(dtype=object)[at], OUTSIDE_LABELS[0])
    en = np.where(inside, keys["label_en"].to_numpy(dtype=object)[at], OUTSIDE_LABELS[1])
    code = np.where(inside, classes["code"].to_numpy(dtype=float)[at], np.nan)
    dev = inside & classes["development"].to_numpy(dtype=bool)[at]
    return key, nb.astype(object), en.astype(object), code, dev


def _key_order(keys: np.ndarray) -> np.ndarray:
    """Distinct keys: "outside" (-1) first, then codes ascending, text classes, no
    class (None) last."""
    keys = np.asarray(keys, dtype=object)
    order = class_order(keys)
    has_none = any(k is None for k in keys)
    return np.r_[order, np.array([None], dtype=object)] if has_none else order


def _positions(values: np.ndarray, order: np.ndarray) -> np.ndarray:
    return pd.Index(np.asarray(order, dtype=object), dtype=object).get_indexer(
        pd.Index(np.asarray(values, dtype=object), dtype=object)
    )


def _layer_keys(layer: CategoricalLayer, keys: pd.DataFrame, grouping: str) -> pd.DataFrame:
    """Class keys of a plan at the grouping (object: int, text or None). At the SOSI
    level a text purpose is a class of its own, labelled with its value."""
    out = keys.copy()
    if grouping == "sosi":
        out["key"] = layer.key
        text = np.array([isinstance(k, str) for k in layer.key], dtype=bool)
        out.loc[text, "label_nb"] = layer.key[text]
        out.loc[text, "label_en"] = layer.key[text]
    else:
        out["key"] = _object_keys(keys["key"])
    return out


def plan_change(
    old: CategoricalLayer,
    new: CategoricalLayer,
    development: DevelopmentTable,
    *,
    grouping: str = "sosi",
    landcover: CategoricalLayer | None = None,
    shore=None,
    shore_width: float = 100.0,
    unit: str = "daa",
    sosi: CodeList | None = None,
    hovedformal: CodeList | None = None,
    ar5: CodeList | None = None,
    area_function=None,
    progress: Progress | None = None,
) -> ChangeResult:
    """Old-by-new matrix, changed pieces and conversion of land between two plans.

    Parameters
    ----------
    old, new : CategoricalLayer
        Current and proposed arealformål (SOSI codes), without internal overlaps.
    development : DevelopmentTable
    grouping : {"sosi", "hovedformal", "development"}
        Level at which classes are compared in the matrix and the changed pieces. The
        conversion table always uses the development flag.
    landcover : CategoricalLayer, optional
        AR5 arealtype, for the conversion table.
    shore : array of lines or polygons, optional
        Shore lines or water polygons; ``shore_width`` (m) gives the shore zone.
    unit : {"m2", "daa", "ha", "km2"}
    sosi, hovedformal, ar5 : CodeList, optional
        Code lists for labels.
    area_function : callable, optional
        Areas in m² of a geometry array (e.g. ellipsoidal areas); default planar.
    progress : Progress, optional
        Told the share done between the steps and between blocks of work; raises
        :class:`~smaaby_plugin.core.errors.Cancelled` to stop.

    Returns
    -------
    ChangeResult

    Examples
    --------
    >>> from shapely import box
    >>> from smaaby_plugin.core.landuse.categorical import prepare_categorical
    >>> t = DevelopmentTable(pd.DataFrame({"development": [True, False],
    ...     "purpose_group": [1, 14], "group_label_nb": ["Bolig", "LNFR"],
    ...     "group_label_en": ["Housing", "LNFR"], "min_area_m2": [250.0, 150.0],
    ...     "buffer_built": [True, False]}, index=pd.Index([1110, 5100], name="code")))
    >>> old = prepare_categorical([box(0, 0, 100, 100)], [5100])
    >>> new = prepare_categorical([box(0, 0, 60, 100), box(60, 0, 100, 100)], [1110, 5100])
    >>> r = plan_change(old, new, t, unit="m2")
    >>> r.summary["new_development"], float(r.matrix.loc[0, "net_change"])
    (6000.0, 6000.0)
    """
    classes_old = classify_purposes(old.code, development, sosi)
    classes_new = classify_purposes(new.code, development, sosi)
    keys_old = _layer_keys(old, grouping_keys(classes_old, grouping, hovedformal), grouping)
    keys_new = _layer_keys(new, grouping_keys(classes_new, grouping, hovedformal), grouping)
    pieces = union_overlay(
        old.geometry, new.geometry, min_area=NOISE_AREA_M2, progress=scaled(progress, 0.0, 0.45)
    )
    # parts covered by one plan only can be noise where the plans' outlines coincide
    pieces = pieces[pieces["area"].to_numpy() > NOISE_AREA_M2].reset_index(drop=True)
    a = pieces["a"].to_numpy()
    b = pieces["b"].to_numpy()
    area_m2 = pieces["area"].to_numpy()
    if area_function is not None and len(area_m2):
        area_m2 = areas(pieces["geometry"].to_numpy(), area_function, scaled(progress, 0.45, 0.5))
    area = to_unit(area_m2, unit) if len(area_m2) else area_m2
    old_key, old_nb, old_en, old_code, old_dev = _piece_keys(a, keys_old, classes_old)
    new_key, new_nb, new_en, new_code, new_dev = _piece_keys(b, keys_new, classes_new)

    # Matrix: every class that occurs in either plan is a row and a column.
    order = _key_order(
        np.r_[
            old_key,
            new_key,
            keys_old["key"].to_numpy(dtype=object),
            keys_new["key"].to_numpy(dtype=object),
        ]
    )
    n = len(order)
    po, pn = _positions(old_key, order), _positions(new_key, order)
    label_nb = np.full(n, None, dtype=object)
    label_en = np.full(n, None, dtype=object)
    label_nb[pn], label_en[pn] = new_nb, new_en
    label_nb[po], label_en[po] = old_nb, old_en
    # classes without area still get their labels
    for keys in (keys_old, keys_new):
        pk = _positions(keys["key"].to_numpy(dtype=object), order)
        fill = pd.isna(label_nb[pk]) | pd.isna(label_en[pk])
        label_nb[pk[fill]] = keys["label_nb"].to_numpy(dtype=object)[fill]
        label_en[pk[fill]] = keys["label_en"].to_numpy(dtype=object)[fill]
    old_total = group_sum(po, area, n)
    new_total = group_sum(pn, area, n)
    matrix = pd.DataFrame(
        {
            "key": _float_keys(order),
            "class": _class_texts(order),
            "label_nb": label_nb,
            "label_en": label_en,
            "old_total": old_total,
            "new_total": new_total,
            "net_change": new_total - old_total,
        }
    )
    cell = group_sum(po * n + pn, area, n * n).reshape(n, n)
    for j, name in enumerate(_column_names(order)):
        matrix[name] = cell[:, j]
    sums = {
        c: float(group_sum(np.zeros(n, np.int64), matrix[c].to_numpy(), 1)[0])
        for c in matrix.columns[4:]
    }
    matrix = pd.concat(
        [matrix, pd.DataFrame([{"key": np.nan, "label_nb": "Sum", "label_en": "Sum", **sums}])],
        ignore_index=True,
    )
    nz = np.flatnonzero(cell)
    long = pd.DataFrame(
        {
            "old_key": _float_keys(order[nz // n]),
            "old_class": _class_texts(order[nz // n]),
            "new_key": _float_keys(order[nz % n]),
            "new_class": _class_texts(order[nz % n]),
            "area": cell.reshape(-1)[nz],
        }
    )
    report(progress, 0.55)

    # Changed pieces
    changed = ~np.asarray(old_key == new_key, dtype=bool)
    change_type = np.array(
        [CHANGE_TYPES[(bool(o), bool(w))] for o, w in zip(old_dev, new_dev)], dtype=object
    )
    changes = pd.DataFrame(
        {
            "old_plan": np.where(a >= 0, old.index[np.maximum(a, 0)], -1),
            "new_plan": np.where(b >= 0, new.index[np.maximum(b, 0)], -1),
            "old_code": old_code,
            "new_code": new_code,
            "old_class": _class_texts(old_key),
            "new_class": _class_texts(new_key),
            "old_key": _float_keys(old_key),
            "new_key": _float_keys(new_key),
            "old_label_nb": old_nb,
            "new_label_nb": new_nb,
            "old_label_en": old_en,
            "new_label_en": new_en,
            "old_development": old_dev,
            "new_development": new_dev,
            "change_type": change_type,
            "area_m2": area_m2,
            "area": area,
            "geometry": pieces["geometry"].to_numpy(),
        }
    )[changed].reset_index(drop=True)
    if grouping == "sosi":
        changes = changes.drop(columns=["old_key", "new_key"])

    # Conversion: new development and development returned, by AR5 and shore zone.
    shore_cover = shore_zone(shore, shore_width) if shore is not None and len(shore) else None
    summary = {"changed": float(changes["area_m2"].sum())}
    tables = []
    for direction, select, start, end in (
        ("new development", new_dev & ~old_dev, 0.6, 0.8),
        ("development returned", old_dev & ~new_dev, 0.8, 1.0),
    ):
        sel = np.flatnonzero(select)
        cut = shore_and_ar5_pieces(
            pieces["geometry"].to_numpy()[sel],
            shore_cover,
            landcover,
            area_function,
            scaled(progress, start, end),
        )
        piece = sel[cut["source"].to_numpy()]
        in_shore = cut["shore_zone"].to_numpy()
        ar5_code = cut["ar5"].to_numpy()
        pieces_m2 = cut["area"].to_numpy()
        rows = new_key[piece]
        shown = _key_order(np.r_[rows, new_key[sel]]) if len(sel) else np.zeros(0, object)
        row_index = pd.DataFrame(index=pd.Index(shown, name="key", dtype=object))
        pos = _positions(shown, order)
        row_index["label_nb"] = label_nb[pos] if len(shown) else []
        row_index["label_en"] = label_en[pos] if len(shown) else []
        table = ar5_wide_table(
            rows,
            ar5_code,
            in_shore,
            to_unit(pieces_m2, unit) if len(pieces_m2) else pieces_m2,
            row_index,
            current_codes(ar5),
        )
        table.insert(1, "class", _class_texts(table["key"]))
        table["key"] = _float_keys(table["key"])
        table.insert(0, "direction", direction)
        tables.append(table)
        key = direction.replace(" ", "_")
        summary[key] = float(pieces_m2.sum())
        summary[f"{key}_shore"] = float(pieces_m2[in_shore].sum())
    conversion = pd.concat(tables, ignore_index=True)
    values = [
        c
        for c in conversion.columns
        if c not in ("direction", "key", "class", "label_nb", "label_en")
    ]
    conversion[values] = conversion[values].fillna(0.0)
    conversion["unit"] = unit
    matrix["unit"] = unit
    long["unit"] = unit
    report(progress, 1.0)
    return ChangeResult(matrix, long, changes, conversion, summary)

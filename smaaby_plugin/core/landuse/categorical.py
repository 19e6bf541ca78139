"""Categorical polygon layers (land use, land cover, plans) made ready for accounting.

:func:`prepare_categorical` repairs geometries, reads the classes (any field is a class
field, :func:`smaaby_plugin.core.values.class_keys`: whole numbers and numeric text are
integer codes, other text is a class of its own; missing or blank values are "no class",
counted), finds polygons that overlap inside the layer and either stops with a message
naming them or resolves the overlaps by a stated rule (see
:mod:`smaaby_plugin.core.overlaps`). Every land-use algorithm starts here, so they treat
bad input the same way.

Classes are ordered integer codes first (ascending), then text classes (alphabetically):
:func:`class_order` and :func:`class_positions` give every algorithm the same order.
"""

from __future__ import annotations

from dataclasses import dataclass
from numbers import Integral

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.overlaps import (
    OVERLAP_RULES,
    OverlapReport,
    find_overlaps,
    overlap_rank,
    resolve_overlaps,
)
from smaaby_plugin.core.polygons import clean_polygons, to_unit
from smaaby_plugin.core.progress import Progress, report, scaled
from smaaby_plugin.core.values import class_keys

__all__ = [
    "CategoricalLayer",
    "class_order",
    "class_positions",
    "class_text",
    "key_codes",
    "prepare_categorical",
]


def class_order(*keys) -> np.ndarray:
    """The distinct classes of one or more key arrays (None left out): integer codes
    ascending, then text classes alphabetically (object array).

    >>> class_order([30, "skog", None, 21], ["myr", 30]).tolist()
    [21, 30, 'myr', 'skog']
    """
    distinct = {k for array in keys for k in array if k is not None}
    return np.array(sorted(distinct, key=lambda k: (isinstance(k, str), k)), dtype=object)


def class_positions(keys, order) -> np.ndarray:
    """Position of each key in ``order`` (from :func:`class_order`); -1 for None.

    >>> class_positions([30, None, "skog"], np.array([21, 30, "skog"], dtype=object)).tolist()
    [1, -1, 2]
    """
    keys = pd.Index(np.asarray(keys, dtype=object).reshape(-1), dtype=object)
    return pd.Index(np.asarray(order, dtype=object), dtype=object).get_indexer(keys)


def _keys(values) -> np.ndarray:
    """:func:`class_keys` as an object array; an integer array (the usual class field)
    maps straight to its Python ints, as ``class_keys`` maps each one (0.5 s for
    200,000 polygons saved)."""
    array = values if isinstance(values, np.ndarray) else None
    if array is not None and array.ndim == 1 and array.dtype.kind in "iu":
        keys = np.empty(len(array), dtype=object)
        keys[:] = array.tolist()
        return keys
    return class_keys(list(values)).to_numpy(dtype=object)


def key_codes(keys) -> np.ndarray:
    """Integer keys as float codes; NaN for text classes and no class.

    >>> key_codes([21, "skog", None]).tolist()
    [21.0, nan, nan]
    """
    keys = np.asarray(keys, dtype=object).reshape(-1)
    if all(type(k) is int for k in keys):
        return keys.astype(float)  # every key an int (the usual case): one conversion
    return np.array([float(k) if isinstance(k, Integral) else np.nan for k in keys], dtype=float)


def class_text(key) -> str | None:
    """A class key as text ("21", "skog"); None for no class."""
    return None if key is None else str(key)


@dataclass(frozen=True)
class CategoricalLayer:
    """A categorical polygon layer ready for overlay.

    Attributes
    ----------
    geometry : numpy.ndarray
        Valid, non-overlapping polygons (overlaps resolved when a rule was chosen);
        features left without area are removed.
    key : numpy.ndarray of object
        Class per polygon (:func:`smaaby_plugin.core.values.class_keys`): an int for
        whole numbers and numeric text, the stripped text otherwise, None for "no class".
    code : numpy.ndarray of float
        The integer class code per polygon as a float; NaN for text classes and for
        "no class" (code lists, development tables and AR5 rules need codes).
    index : numpy.ndarray of int
        Row of each kept polygon in the input.
    n_repaired, n_missing_code, n_text, n_dropped : int
        Counts for the log: repaired geometries, missing (null, NaN, blank) classes,
        text classes, polygons without area after repair or overlap resolution.
    overlaps : OverlapReport
        Overlaps found before resolution.
    text_examples : list
        Up to three of the text classes, for messages.
    """

    geometry: np.ndarray
    key: np.ndarray
    code: np.ndarray
    index: np.ndarray
    n_repaired: int
    n_missing_code: int
    n_text: int
    n_dropped: int
    overlaps: OverlapReport
    text_examples: list

    @property
    def n_no_class(self) -> int:
        """Polygons without a class."""
        return self.n_missing_code

    def notes(self, name: str) -> list[str]:
        """Sentences for the Processing log about how the classes were read."""
        if not self.n_text:
            return []
        return [
            f"{name}: {self.n_text} polygon(s) have a text class (e.g. "
            f"{', '.join(map(repr, self.text_examples))}); each distinct text is a class of "
            f"its own, labelled with its value."
        ]

    def messages(self, name: str) -> list[str]:
        """Sentences for the Processing log about what was repaired or resolved."""
        out = []
        if self.n_repaired:
            out.append(f"{name}: {self.n_repaired} invalid geometries were repaired.")
        if self.n_missing_code:
            out.append(
                f"{name}: {self.n_missing_code} polygon(s) have no class (null or blank); "
                f"they are counted in the 'no class' rows."
            )
        if self.overlaps.n_pairs:
            out.append(
                f"{name}: {self.overlaps.n_pairs} pair(s) of polygons overlap; "
                f"{self.overlaps.overlap_area:.1f} m² is covered more than once. "
                f"Resolved by the overlap rule."
            )
        if self.overlaps.n_ignored:
            out.append(
                f"{name}: {self.overlaps.n_ignored} overlap(s) of at most the overlap "
                f"tolerance (together {self.overlaps.ignored_area:.4f} m²) were taken as "
                f"digitising noise and left as they are."
            )
        if self.n_dropped:
            out.append(f"{name}: {self.n_dropped} polygon(s) without area were left out.")
        return out


def _overlap_message(name: str, report: OverlapReport, ids: np.ndarray) -> str:
    pairs = report.pairs.head(5)
    listing = ", ".join(
        f"{ids[i]}/{ids[j]} ({a:.1f} m²)" for i, j, a in zip(pairs["i"], pairs["j"], pairs["area"])
    )
    more = f" and {report.n_pairs - len(pairs)} more" if report.n_pairs > len(pairs) else ""
    return (
        f"{name}: {report.n_pairs} pair(s) of polygons overlap (feature ids {listing}{more}); "
        f"{report.overlap_area:.1f} m² ({to_unit(report.overlap_area, 'daa'):.3f} daa) is "
        f"covered more than once and would be counted twice. Fix the layer, or choose an "
        f"overlap rule (priority field, smallest or largest code, smaller polygon wins)."
    )


def prepare_categorical(
    geoms,
    values,
    *,
    name: str = "layer",
    rule: str = "error",
    priority=None,
    ids=None,
    min_overlap_area: float = 0.01,
    progress: Progress | None = None,
) -> CategoricalLayer:
    """Repair, parse codes and handle overlaps of a categorical polygon layer.

    Parameters
    ----------
    geoms : array_like of shapely geometries
    values : array_like
        The class field: numbers, numeric text or text (see
        :func:`smaaby_plugin.core.values.class_keys`); null or blank is "no class".
    name : str
        Layer or parameter name for messages.
    rule : {"error", "priority", "smallest_code", "largest_code", "smallest_area"}
        What to do with overlapping polygons: ``error`` stops with a message listing
        them; the others resolve them (see ``overlaps.overlap_rank``).
    priority : array_like of float, optional
        Priority values for ``rule="priority"`` (lowest wins).
    ids : array_like, optional
        Feature ids for messages (default: row numbers).
    min_overlap_area : float, default 0.01
        Overlaps of at most this area (m², per pair of polygons) are digitising noise
        (shared edges that differ in the last decimals): they are not resolved and are
        reported in ``overlaps.n_ignored`` / ``ignored_area``; 0 treats every overlap
        as one.
    progress : Progress, optional
        Told the share done (repair, overlap check, resolution); raises ``Cancelled``
        to stop.

    Returns
    -------
    CategoricalLayer

    Raises
    ------
    InputError
        Empty layer, or overlaps with ``rule="error"``.

    Examples
    --------
    >>> from shapely import box
    >>> lay = prepare_categorical([box(0, 0, 2, 1), box(1, 0, 3, 1)], [21, 30],
    ...                           rule="smallest_code")
    >>> [g.area for g in lay.geometry], lay.overlaps.overlap_area
    ([2.0, 1.0], 1.0)
    """
    if rule not in OVERLAP_RULES:
        raise InputError(f"Unknown overlap rule {rule!r}; use one of {', '.join(OVERLAP_RULES)}.")
    geoms = np.asarray(geoms, dtype=object).reshape(-1)
    if len(geoms) == 0:
        raise InputError(f"{name} has no features; choose a layer with polygons.")
    ids = np.arange(len(geoms)) if ids is None else np.asarray(ids)
    cleaned = clean_polygons(geoms, scaled(progress, 0.0, 0.2))
    keys = _keys(values)
    if len(keys) != len(geoms):
        raise InputError(f"{name}: {len(keys)} class values for {len(geoms)} polygons.")
    is_text = np.array([isinstance(k, str) for k in keys], dtype=bool)
    texts = list(dict.fromkeys(keys[is_text]))[:3]
    usable = ~cleaned.empty
    if not usable.any():
        raise InputError(f"{name} has no polygon with an area; choose a polygon layer with data.")
    index = np.flatnonzero(usable)
    g = cleaned.geometry[index]
    key = keys[index]
    overlaps = find_overlaps(g, min_area=min_overlap_area, progress=scaled(progress, 0.2, 0.8))
    if overlaps.n_pairs:
        if rule == "error":
            raise InputError(_overlap_message(name, overlaps, ids[index]))
        prio = None if priority is None else np.asarray(priority, dtype=float)[index]
        # smallest/largest code: in class order (codes ascending, then text classes)
        position = class_positions(key, class_order(key)).astype(float)
        position[position < 0] = np.nan  # no class ranks last
        rank = overlap_rank(rule, codes=position, priority=prio, areas=shapely.area(g))
        g = resolve_overlaps(g, rank, overlaps, progress=scaled(progress, 0.8, 1.0))
        keep = shapely.area(g) > 0
        g, key, index = g[keep], key[keep], index[keep]
    report(progress, 1.0)
    return CategoricalLayer(
        geometry=g,
        key=key,
        code=key_codes(key),
        index=index,
        n_repaired=cleaned.n_repaired,
        n_missing_code=int(sum(k is None for k in keys)),
        n_text=int(is_text.sum()),
        n_dropped=int(len(geoms) - len(index)),
        overlaps=overlaps,
        text_examples=texts,
    )

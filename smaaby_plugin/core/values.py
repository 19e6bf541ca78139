"""The one policy for missing and odd values (DESIGN.md §4), for every algorithm.

- **Counts and weights** (population, employees, flows, attractiveness): a missing value
  (null or NaN) counts as 0, and the caller warns with how many features that is
  (:func:`check_counts` returns the number); a negative, infinite or absurd value (more
  than :data:`COUNT_CEILING` for one feature) is an error that lists the feature ids.
- **Ids** (zone, centre, town, area ids): a duplicate is an error listing the values
  (:func:`check_ids`), unless the caller offers a documented merge; a missing id is an
  error.
- **Classes** (land use, plan purposes): any field is a class field. Whole numbers and
  numeric text ("21", "21.0") are the integer code 21; other text is its own class,
  stripped of surrounding blanks (:func:`class_keys`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from smaaby_plugin.core.errors import InputError

__all__ = [
    "COUNT_CEILING",
    "CountCheck",
    "as_text",
    "check_counts",
    "check_ids",
    "class_keys",
    "listing",
    "text_values",
]

# More people, jobs or trips than this on one feature is a unit or field mistake (all of
# Norway has 5.6 million people); attractiveness in m² of floor space stays well below.
COUNT_CEILING = 1e7


def listing(values, limit: int = 10) -> str:
    """'a, b, c' with at most ``limit`` values and '… (n in all)' after them."""
    values = list(values)
    shown = ", ".join(str(v) for v in values[:limit])
    return shown if len(values) <= limit else f"{shown}, … ({len(values)} in all)"


@dataclass
class CountCheck:
    """The checked counts: ``values`` (missing values as 0), ``n_missing`` of ``n``."""

    values: np.ndarray
    n_missing: int
    n: int

    @property
    def share_missing(self) -> float:
        return self.n_missing / self.n if self.n else 0.0


def check_counts(values, ids, what: str, ceiling: float = COUNT_CEILING) -> CountCheck:
    """Counts as float64 with missing values as 0; an error for negative, infinite or
    absurd values, listing the feature ids.

    >>> c = check_counts([3.0, np.nan, 2.0], [10, 11, 12], "POPULATION 'pop'")
    >>> c.values.tolist(), c.n_missing
    ([3.0, 0.0, 2.0], 1)
    >>> check_counts([3.0, -1.0], [10, 11], "POPULATION 'pop'")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    smaaby_plugin.core.errors.InputError: POPULATION 'pop': 1 feature(s) have a negative ...
    """
    array = np.asarray(values, dtype=np.float64)
    ids = np.asarray(ids)
    missing = np.isnan(array)
    for mask, reason in (
        (np.isinf(array), "an infinite value"),
        (~missing & (array < 0), "a negative value"),
        (np.isfinite(array) & (array > ceiling), f"a value above {ceiling:,.0f}"),
    ):
        if mask.any():
            raise InputError(
                f"{what}: {int(mask.sum())} feature(s) have {reason} "
                f"(feature id {listing(ids[mask])}); counts and weights cannot be "
                f"{'negative' if 'negative' in reason else 'that large'}."
            )
    return CountCheck(np.where(missing, 0.0, array), int(missing.sum()), len(array))


def _is_missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def check_ids(values, what: str, ids=None, allow_missing: bool = False) -> None:
    """An error for duplicate ids (listing them with their counts) and, unless
    ``allow_missing``, for missing ids (listing the feature ids).

    >>> check_ids(["a", "b", "a"], "ZONES 'navn'")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    smaaby_plugin.core.errors.InputError: ZONES 'navn': ids must be unique, ... 'a' (2 times).
    """
    series = pd.Series(list(values), dtype=object)
    missing = series.map(_is_missing).to_numpy(dtype=bool)
    if missing.any() and not allow_missing:
        where = "" if ids is None else f" (feature id {listing(np.asarray(ids)[missing])})"
        raise InputError(
            f"{what}: {int(missing.sum())} feature(s) have no id{where}; fill them in or "
            f"filter them out."
        )
    counts = series[~missing].value_counts(sort=False)
    repeated = counts[counts > 1]
    if len(repeated):
        shown = listing(f"{k!r} ({n} times)" for k, n in repeated.items())
        raise InputError(
            f"{what}: ids must be unique, but {len(repeated)} id(s) occur more than once: {shown}."
        )


def _class_key(value):
    if _is_missing(value):
        return None
    if isinstance(value, (bool, np.bool_)):
        return int(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(value)
        if math.isfinite(value) and value.is_integer() and abs(value) < 2**53:
            return int(value)
        return f"{value:g}"  # 21.5 or 1e+300: a class of its own, named by its value
    text = str(value).strip()
    if not text:
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return text
    if math.isfinite(number) and number.is_integer() and abs(number) < 2**53:
        return int(number)
    return text


def class_keys(values) -> pd.Series:
    """The class of each value: an int for whole numbers and numeric text, text
    otherwise (stripped; other numbers written as they read), None for a missing or
    blank value (object dtype).

    >>> class_keys([21, "21", " 21.0 ", "Skog", None, 1e300, 2.5]).tolist()
    [21, 21, 21, 'Skog', None, '1e+300', '2.5']
    """
    return pd.Series([_class_key(v) for v in values], dtype=object)


def as_text(value):
    """A value as text: whole floats without '.0', None for a null or NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def text_values(column: pd.Series) -> pd.Series:
    """A field as text, as ids and names are read (:func:`as_text` per value).

    >>> text_values(pd.Series([3.0, 2.5, None, "Hamar", 7])).tolist()
    ['3', '2.5', None, 'Hamar', '7']
    """
    return column.map(as_text)

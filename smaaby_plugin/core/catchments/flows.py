"""Commuting flow tables: area ids made comparable, and the flows as a sparse matrix.

No QGIS here. Shared by :mod:`~smaaby_plugin.core.catchments.commuting_shed` and
:mod:`~smaaby_plugin.core.catchments.commuting_regions`. A flow table counts employed
persons by home area and work area, for example SSB table 03321 by kommune.

Identifiers are compared as text; numeric identifiers are zero-padded to a common
width first (:func:`normalise_ids`), so that the kommune number ``301`` stored as an
integer matches ``"0301"`` stored as text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import sparse

from smaaby_plugin.core.errors import InputError

__all__ = ["Flows", "normalise_ids", "prepare_flows"]

_DIGITS = re.compile(r"^\d+$")
_INTEGRAL_TEXT = re.compile(r"^(\d+)\.0*$")


def _id_text(value: object) -> str | None:
    """One identifier as text: integral numbers lose a ``.0``, text is stripped."""
    if value is None:
        return None
    if isinstance(value, (float, np.floating)):
        if np.isnan(value):
            return None
        if float(value).is_integer():
            return str(int(value))
        return repr(float(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    text = str(value).strip()
    if text == "" or text.upper() in {"NULL", "NAN"}:
        return None
    match = _INTEGRAL_TEXT.match(text)
    return match.group(1) if match else text


def normalise_ids(*columns: Sequence[object]) -> tuple[np.ndarray, ...]:
    """Identifiers of several columns as comparable text.

    Integral numbers and digit strings are written without decimals and zero-padded
    to the longest digit string found in any of the columns; other text is kept as
    it is (stripped). Nulls become ``None``.

    Parameters
    ----------
    *columns
        Sequences of identifiers (int, float, str or None).

    Returns
    -------
    tuple of numpy.ndarray
        One object array of str (or None) per column, in the order given.

    Examples
    --------
    >>> a, b = normalise_ids([301, 3403.0], ["0301", " 3403 ", "Utlandet"])
    >>> list(a), list(b)
    (['0301', '3403'], ['0301', '3403', 'Utlandet'])
    """
    texts = [[_id_text(v) for v in col] for col in columns]
    width = max(
        (len(t) for col in texts for t in col if t is not None and _DIGITS.match(t)),
        default=0,
    )
    out = []
    for col in texts:
        arr = np.array(
            [t.zfill(width) if t is not None and _DIGITS.match(t) else t for t in col],
            dtype=object,
        )
        out.append(arr)
    return tuple(out)


@dataclass
class Flows:
    """A commuting flow table as a sparse matrix over the areas it names.

    Attributes
    ----------
    ids : numpy.ndarray
        The area identifiers (normalised text), sorted; index ``i`` of the matrix
        is ``ids[i]``.
    matrix : scipy.sparse.csr_matrix
        ``matrix[i, j]`` = persons living in ``ids[i]`` and working in ``ids[j]``
        (duplicates in the input are summed; the diagonal is live-and-work-here).
    n_null_counts : int
        Input rows whose count was null; they were left out.
    n_rows : int
        Input rows used.
    """

    ids: np.ndarray
    matrix: sparse.csr_matrix
    n_null_counts: int = 0
    n_rows: int = 0
    _index: dict = field(default_factory=dict, repr=False)

    @property
    def residents(self) -> np.ndarray:
        """Employed residents per area (row sums, all work places)."""
        return np.asarray(self.matrix.sum(axis=1)).ravel()

    @property
    def jobs(self) -> np.ndarray:
        """Jobs (employed persons by work place) per area (column sums)."""
        return np.asarray(self.matrix.sum(axis=0)).ravel()

    def index_of(self, area_id: str) -> int:
        """Matrix index of a normalised area id, or -1 when the flows do not name it."""
        if not self._index:
            self._index = {a: i for i, a in enumerate(self.ids)}
        return self._index.get(area_id, -1)


def prepare_flows(
    home: Sequence[object],
    work: Sequence[object],
    count: Sequence[object],
    *,
    extra_ids: Sequence[object] = (),
) -> tuple[Flows, np.ndarray]:
    """Build a :class:`Flows` matrix from three columns of a flow table.

    Parameters
    ----------
    home, work
        Home-area and work-area identifiers per row (any mix of int, float, str).
    count
        Employed persons per row; must not be negative. Null counts are left out
        and counted in ``Flows.n_null_counts``.
    extra_ids
        Identifiers of another source (for example the AREAS layer) that take part
        in the common zero-padding width; returned normalised.

    Returns
    -------
    flows : Flows
    extra : numpy.ndarray
        ``extra_ids`` normalised in the same way.

    Raises
    ------
    InputError
        On negative counts, null identifiers or counts that are not numbers.

    Examples
    --------
    >>> flows, areas = prepare_flows(["0301", "0301", 3024], [301, "3024", 3024],
    ...                              [10, 2, 5], extra_ids=[301, 3024])
    >>> list(flows.ids), list(areas)
    (['0301', '3024'], ['0301', '3024'])
    >>> flows.matrix.toarray().tolist()
    [[10.0, 2.0], [0.0, 5.0]]
    """
    if not (len(home) == len(work) == len(count)):
        raise InputError("The home, work and count columns of FLOWS differ in length.")
    home_n, work_n, extra = normalise_ids(home, work, extra_ids)
    try:
        values = pd.to_numeric(pd.Series(list(count), dtype=object), errors="raise")
    except (ValueError, TypeError) as exc:
        raise InputError(
            f"The count field of FLOWS holds values that are not numbers ({exc}); "
            "choose a numeric field of employed persons."
        ) from None
    values = values.to_numpy(dtype=float)
    null_count = np.isnan(values)
    if np.any(values[~null_count] < 0):
        bad = np.flatnonzero(values < 0)
        examples = ", ".join(f"{home_n[i]} -> {work_n[i]}: {values[i]:g}" for i in bad[:5])
        raise InputError(
            f"FLOWS has {bad.size} row(s) with a negative count (for example {examples}); "
            "commuter counts must be zero or more. Correct or remove these rows."
        )
    null_id = np.array([h is None or w is None for h, w in zip(home_n, work_n)], dtype=bool)
    if null_id.any():
        raise InputError(
            f"FLOWS has {int(null_id.sum())} row(s) without a home or work area id; "
            "fill them in or remove them."
        )
    keep = ~null_count
    h = home_n[keep].astype(str)
    w = work_n[keep].astype(str)
    ids = np.unique(np.concatenate([h, w])) if h.size else np.array([], dtype=str)
    hi = np.searchsorted(ids, h)
    wi = np.searchsorted(ids, w)
    n = ids.size
    matrix = sparse.coo_matrix((values[keep], (hi, wi)), shape=(n, n)).tocsr()
    matrix.sum_duplicates()
    matrix.eliminate_zeros()
    flows = Flows(
        ids=ids.astype(object),
        matrix=matrix,
        n_null_counts=int(null_count.sum()),
        n_rows=int(keep.sum()),
    )
    return flows, extra

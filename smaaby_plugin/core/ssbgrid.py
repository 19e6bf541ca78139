"""Decode Statistics Norway's (SSB) national grid ids into cell squares.

SSB publishes grid statistics (population, businesses, ...) on square cells of the
national grid in EPSG:25833 (ETRS89 / UTM 33N). A cell's id is 14 digits: the
easting of its lower-left corner plus a false easting of 2,000,000, then its northing,
each as 7 digits, so ``22832506748250`` is the cell whose lower-left corner is
x 283250, y 6748250 (SSB, "Rutenettbasert statistikk", the documentation of the national
grid; the same id scheme is used for 100 m, 250 m, 1 km and coarser cells).

Ids come in several guises, all accepted: text (``"22832506748250"``), integers,
floats from spreadsheets (``2.283250674825e13``, ``"22832506748250.0"``), with spaces
or quotes around them. Ids that cannot be decoded are returned with a reason, never
dropped:

- ``empty id``;
- ``not a number`` (letters or other characters);
- ``not 14 digits``;
- ``outside Norway's grid extent`` (the corner lies outside x -500 000 .. 1 500 000,
  y 6 000 000 .. 9 500 000 in EPSG:25833, which covers the mainland, Svalbard and Jan
  Mayen: usually a truncated or garbled id);
- ``not on the <size> m grid`` (a corner coordinate is not a multiple of the cell
  size).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.errors import InputError

__all__ = [
    "CELL_SIZES",
    "FALSE_EASTING",
    "GRID_CRS",
    "DecodedIds",
    "cell_size_from_name",
    "decode_ids",
    "detect_cell_size",
    "id_digits",
    "invalid_summary",
    "repeated_cells",
]

#: The CRS of SSB's national grid.
GRID_CRS = "EPSG:25833"
#: Added to the easting in the first 7 digits of an id.
FALSE_EASTING = 2_000_000
#: Cell sizes (m) the detection chooses among, largest first.
CELL_SIZES: tuple[int, ...] = (100_000, 50_000, 25_000, 10_000, 5_000, 2_000, 1_000, 500, 250, 100)

_X_RANGE = (-500_000, 1_500_000)
_Y_RANGE = (6_000_000, 9_500_000)
_NAME_SIZE = re.compile(r"(\d+)\s*(km|m)(?![a-z])", re.IGNORECASE)


@dataclass
class DecodedIds:
    """Result of :func:`decode_ids`, aligned with the input ids.

    Attributes
    ----------
    x_ll, y_ll : numpy.ndarray
        Lower-left corners (float, NaN where the id is invalid).
    valid : numpy.ndarray
        True where the id was decoded.
    reason : numpy.ndarray
        Why an id is invalid (object array; None where valid).
    cell_size : float
        Cell size in metres.
    size_source : str
        How the cell size was found: ``"given"``, ``"field name"`` or ``"ids"``.
    note : str or None
        A doubt about the cell size worth logging.
    """

    x_ll: np.ndarray
    y_ll: np.ndarray
    valid: np.ndarray
    reason: np.ndarray
    cell_size: float
    size_source: str
    note: str | None = None

    def cells(self) -> np.ndarray:
        """Cell squares (shapely polygons; None where invalid), in EPSG:25833."""
        out = np.full(len(self.valid), None, dtype=object)
        s = self.cell_size
        x, y = self.x_ll[self.valid], self.y_ll[self.valid]
        out[self.valid] = shapely.box(x, y, x + s, y + s)
        return out


def id_digits(values: Iterable) -> tuple[np.ndarray, np.ndarray]:
    """Normalise ids to 14-digit strings.

    Parameters
    ----------
    values : iterable
        Ids as text, integers or floats (None/NaN for missing).

    Returns
    -------
    digits : numpy.ndarray
        Object array of digit strings (None where the id is unusable).
    reason : numpy.ndarray
        Object array with the reason an id is unusable (None where usable).

    Examples
    --------
    >>> d, r = id_digits(["22832506748250", 22832506748250, 2.283250674825e13, " x1 ", None])
    >>> d.tolist()
    ['22832506748250', '22832506748250', '22832506748250', None, None]
    >>> r.tolist()
    [None, None, None, 'not a number', 'empty id']
    """
    values = list(values)
    digits = np.full(len(values), None, dtype=object)
    reason = np.full(len(values), None, dtype=object)
    for i, value in enumerate(values):
        text, why = _one_id(value)
        if why is None and len(text) != 14:
            why = "not 14 digits"
        digits[i] = text if why is None else None
        reason[i] = why
    return digits, reason


def _one_id(value) -> tuple[str | None, str | None]:
    """One id as a digit string, or the reason it is not one."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None, "empty id"
    if isinstance(value, (bool, np.bool_)):
        return None, "not a number"
    if isinstance(value, (int, np.integer)):
        return (str(int(value)), None) if value >= 0 else (None, "not a number")
    if isinstance(value, (float, np.floating)):
        if not math.isfinite(value) or value < 0 or not float(value).is_integer():
            return None, "not a number"
        return str(int(value)), None
    text = str(value).strip().strip("'\"").strip()
    if not text:
        return None, "empty id"
    if text.isdigit():
        return text, None
    # Spreadsheet forms: "22832506748250.0", "2.283250674825E+13".
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return None, "not a number"
    if not math.isfinite(number) or number < 0 or not number.is_integer():
        return None, "not a number"
    return str(int(number)), None


def cell_size_from_name(name: str | None) -> int | None:
    """A cell size written in a field name (``ssbid_250m``, ``SSBID1000M``, ``ru_1km``).

    Examples
    --------
    >>> cell_size_from_name("ssbid_250m"), cell_size_from_name("SSBID0250M")
    (250, 250)
    >>> cell_size_from_name("rute_1km"), cell_size_from_name("id")
    (1000, None)
    """
    if not name:
        return None
    match = _NAME_SIZE.search(name)
    if match is None:
        return None
    size = int(match.group(1)) * (1000 if match.group(2).lower() == "km" else 1)
    return size if size in CELL_SIZES else None


def detect_cell_size(x_ll: np.ndarray, y_ll: np.ndarray, min_share: float = 0.9) -> int | None:
    """The largest standard cell size on whose grid most corners lie.

    A 250 m grid has all its corners on multiples of 250 but only about a quarter on
    multiples of 500 and a sixteenth on multiples of 1000, so the largest size that
    holds at least ``min_share`` of the corners is the grid's own size, even when a
    few ids are off the grid (those are then reported as invalid).

    Parameters
    ----------
    x_ll, y_ll : numpy.ndarray
        Lower-left corners of the decodable ids.
    min_share : float
        Share of corners that must lie on the grid.

    Returns
    -------
    int or None
        The cell size in metres, or None when no standard size fits.

    Examples
    --------
    >>> detect_cell_size(np.array([283250, 283500, 284000]), np.array([6748250, 6748000, 6748500]))
    250
    """
    x = np.asarray(x_ll, dtype=np.int64)
    y = np.asarray(y_ll, dtype=np.int64)
    if len(x) == 0:
        return None
    for size in CELL_SIZES:
        if np.mean((x % size == 0) & (y % size == 0)) >= min_share:
            return size
    return None


def decode_ids(
    values: Iterable, cell_size: float | None = None, field_name: str | None = None
) -> DecodedIds:
    """Decode SSB grid ids to lower-left corners and check them against the grid.

    Parameters
    ----------
    values : iterable
        The ids (text, integers or floats; see the module docstring).
    cell_size : float, optional
        Cell size in metres. When None or 0 it is detected from the ids
        (:func:`detect_cell_size`); a smaller size in ``field_name`` (e.g.
        ``ssbid_250m``) wins when so few ids are given that they could lie on the
        coarser grid by chance.
    field_name : str, optional
        Name of the id field, a hint for the cell size.

    Returns
    -------
    DecodedIds
        Corners, validity and reasons aligned with ``values``, and the cell size.

    Raises
    ------
    InputError
        When no id can be decoded, when a given cell size is not a whole number of
        metres, when most ids lie off the grid of a given cell size, or when the cell
        size cannot be detected.

    Examples
    --------
    >>> d = decode_ids(["22832506748250", "22835006747750", "abc"])
    >>> d.x_ll.tolist()[:2], d.y_ll.tolist()[:2], d.cell_size, d.reason.tolist()
    ([283250.0, 283500.0], [6748250.0, 6747750.0], 250, [None, None, 'not a number'])
    """
    digits, reason = id_digits(values)
    n = len(digits)
    usable = np.array([d is not None for d in digits], dtype=bool)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    if usable.any():
        number = np.array(digits[usable].tolist(), dtype="U14").astype(np.int64)
        x[usable] = number // 10_000_000 - FALSE_EASTING
        y[usable] = number % 10_000_000
    outside = usable & ~(
        (x >= _X_RANGE[0]) & (x < _X_RANGE[1]) & (y >= _Y_RANGE[0]) & (y < _Y_RANGE[1])
    )
    reason[outside] = "outside Norway's grid extent"
    usable &= ~outside
    if not usable.any():
        examples = ", ".join(repr(v) for v in list(values)[:3]) if n else "(no rows)"
        raise InputError(
            f"None of the {n} ids could be read as an SSB grid id (14 digits: easting of "
            f"the lower-left corner + 2000000, then the northing; e.g. 22832506748250). "
            f"First values: {examples}. Check that ID_FIELD is the grid id field."
        )

    if cell_size is not None and (
        not math.isfinite(cell_size) or cell_size < 0 or not float(cell_size).is_integer()
    ):
        # Grid corners are whole metres: a fractional size is a unit or typing mistake.
        raise InputError(
            f"CELL_SIZE must be a whole number of metres (e.g. 250 or 1000), or 0 to detect "
            f"it, not {cell_size:g}."
        )
    note = None
    if cell_size:
        size, source = int(cell_size), "given"
    else:
        n_ids = int(usable.sum())
        size, source = detect_cell_size(x[usable], y[usable]), "ids"
        hint = cell_size_from_name(field_name)
        if size is None:
            # Many ids off every grid: fall back to the field name, then to a majority.
            on = {
                s: float(np.mean((x[usable] % s == 0) & (y[usable] % s == 0))) for s in CELL_SIZES
            }
            if hint is not None and on[hint] >= 0.5:
                size, source = hint, "field name"
            else:
                size = detect_cell_size(x[usable], y[usable], min_share=0.5)
            if size is None:
                raise InputError(
                    "The cell size could not be detected from the ids (fewer than half of "
                    f"the corners lie on any of the grids {', '.join(map(str, CELL_SIZES))} m); "
                    "set CELL_SIZE."
                )
            note = f"only {on[size]:.0%} of the ids lie on the {size} m grid"
        elif hint is not None and hint < size and size % hint == 0:
            # Few ids can all lie on a coarser grid by chance (each with probability
            # (hint / size)**2); then the field name decides.
            if (hint / size) ** (2 * n_ids) >= 1e-6:
                size, source = hint, "field name"
            else:
                note = (
                    f"the field name suggests {hint} m cells, but the {n_ids} ids lie on "
                    f"the {size} m grid, so {size} m is used"
                )
        elif hint is not None and hint != size:
            note = f"the field name suggests {hint} m cells, but the ids are on a {size} m grid"
        if note is None and source == "ids" and n_ids < 10:
            note = (
                f"the cell size was detected from only {n_ids} id(s); set CELL_SIZE if "
                f"{size} m is wrong"
            )
    off_grid = usable & ((np.fmod(x, size) != 0) | (np.fmod(y, size) != 0))
    if source == "given" and off_grid.sum() * 2 > usable.sum():
        # Most ids off the given grid: they are on another grid, and the few that fit by
        # chance would get cells of the wrong size over their neighbours.
        found = detect_cell_size(x[usable], y[usable])
        raise InputError(
            f"{int(off_grid.sum())} of the {int(usable.sum())} decodable ids do not lie on "
            f"the {size:g} m grid of CELL_SIZE"
            + (f"; they lie on the {found} m grid" if found else "")
            + "; set CELL_SIZE to the grid's cell size, or 0 to detect it."
        )
    reason[off_grid] = f"not on the {size:g} m grid"
    usable &= ~off_grid
    x[~usable] = np.nan
    y[~usable] = np.nan
    return DecodedIds(x, y, usable, reason, size, source, note)


def repeated_cells(decoded: DecodedIds) -> np.ndarray:
    """True for each decoded id whose cell an earlier row already has, however the id
    is written ("22832506748250", 22832506748250, "2.283250674825E+13").

    Examples
    --------
    >>> d = decode_ids(["22832506748250", "2.283250674825E+13", "22835006747750", None])
    >>> repeated_cells(d).tolist()
    [False, True, False, False]
    """
    corners = pd.DataFrame({"x": decoded.x_ll, "y": decoded.y_ll})
    return decoded.valid & corners.duplicated().to_numpy()


def invalid_summary(decoded: DecodedIds) -> pd.Series:
    """Number of invalid ids per reason (for the log)."""
    return pd.Series(decoded.reason[~decoded.valid]).value_counts()

"""Categorical polygon layers (land use, land cover, plans) made ready for accounting.

:func:`prepare_categorical` repairs geometries, parses the class codes (missing or
non-numeric codes become "no class", counted), finds polygons that overlap inside the
layer and either stops with a message naming them or resolves the overlaps by a stated
rule (see :mod:`smaaby_plugin.core.overlaps`). Every land-use algorithm starts here, so
they treat bad input the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.codes import parse_codes
from smaaby_plugin.core.overlaps import (
    OVERLAP_RULES,
    OverlapReport,
    find_overlaps,
    overlap_rank,
    resolve_overlaps,
)
from smaaby_plugin.core.polygons import clean_polygons, to_unit
from smaaby_plugin.core.progress import Progress, report, scaled

__all__ = ["CategoricalLayer", "prepare_categorical"]


@dataclass(frozen=True)
class CategoricalLayer:
    """A categorical polygon layer ready for overlay.

    Attributes
    ----------
    geometry : numpy.ndarray
        Valid, non-overlapping polygons (overlaps resolved when a rule was chosen);
        features left without area are removed.
    code : numpy.ndarray of float
        Class code per polygon; NaN for "no class".
    index : numpy.ndarray of int
        Row of each kept polygon in the input.
    n_repaired, n_missing_code, n_non_numeric, n_dropped : int
        Counts for the log: repaired geometries, null codes, non-numeric codes,
        polygons without area after repair or overlap resolution.
    overlaps : OverlapReport
        Overlaps found before resolution.
    """

    geometry: np.ndarray
    code: np.ndarray
    index: np.ndarray
    n_repaired: int
    n_missing_code: int
    n_non_numeric: int
    n_dropped: int
    overlaps: OverlapReport
    non_numeric_examples: list

    @property
    def n_no_class(self) -> int:
        """Polygons without a usable class code."""
        return self.n_missing_code + self.n_non_numeric

    def messages(self, name: str) -> list[str]:
        """Sentences for the Processing log about what was repaired or resolved."""
        out = []
        if self.n_repaired:
            out.append(f"{name}: {self.n_repaired} invalid geometries were repaired.")
        if self.n_missing_code:
            out.append(
                f"{name}: {self.n_missing_code} polygon(s) have no class code; "
                f"they are counted in the 'no class' rows."
            )
        if self.n_non_numeric:
            out.append(
                f"{name}: {self.n_non_numeric} polygon(s) have a class code that is not "
                f"a whole number (e.g. {self.non_numeric_examples!r}); they are counted "
                f"in the 'no class' rows."
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
        The class field (numbers or numeric text; others become "no class").
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
    parsed = parse_codes(values)
    if len(parsed.code) != len(geoms):
        raise InputError(f"{name}: {len(parsed.code)} class values for {len(geoms)} polygons.")
    usable = ~cleaned.empty
    if not usable.any():
        raise InputError(f"{name} has no polygon with an area; choose a polygon layer with data.")
    index = np.flatnonzero(usable)
    g = cleaned.geometry[index]
    code = parsed.code[index]
    overlaps = find_overlaps(g, min_area=min_overlap_area, progress=scaled(progress, 0.2, 0.8))
    if overlaps.n_pairs:
        if rule == "error":
            raise InputError(_overlap_message(name, overlaps, ids[index]))
        prio = None if priority is None else np.asarray(priority, dtype=float)[index]
        rank = overlap_rank(rule, codes=code, priority=prio, areas=shapely.area(g))
        g = resolve_overlaps(g, rank, overlaps, progress=scaled(progress, 0.8, 1.0))
        keep = shapely.area(g) > 0
        g, code, index = g[keep], code[keep], index[keep]
    report(progress, 1.0)
    return CategoricalLayer(
        geometry=g,
        code=code,
        index=index,
        n_repaired=cleaned.n_repaired,
        n_missing_code=parsed.n_missing,
        n_non_numeric=parsed.n_non_numeric,
        n_dropped=int(len(geoms) - len(index)),
        overlaps=overlaps,
        non_numeric_examples=parsed.examples,
    )

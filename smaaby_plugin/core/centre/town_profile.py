"""The geometry and the figures of a town profile (``smaaby:townprofile``), without QGIS.

The profile's numbers come from ``smaaby:centreindicators`` (and
``smaaby:landuseaccount`` / ``smaaby:serviceareas`` where land use or a network is
given); this module chooses the town and its centre, draws the distance circles of the
map and orders the key figures for the report table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.centre.overlap import APART_HINT
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.polygons import representative_points

__all__ = [
    "pick_town",
    "centre_in_town",
    "distance_circles",
    "ring_labels",
    "ring_width",
    "NICE_RING_WIDTHS",
    "indicator_figures",
    "FIGURE_KEYS",
]

#: the indicator fields of smaaby:centreindicators shown in the key-figure table, with
#: their unit; ``{d}`` stands for each distance in metres
FIGURE_KEYS: tuple[tuple[str, str], ...] = (
    ("population", "inh."),
    ("area_km2", "km²"),
    ("density_km2", "inh./km²"),
    ("pct_within_{d}m", "%"),
    ("mean_dist_m", "m"),
    ("proximity", ""),
    ("clark_d0_km2", "inh./km²"),
    ("clark_b_per_km", "1/km"),
    ("clark_r2", ""),
    ("built_m2_per_inh", "m²"),
    ("landuse_mix", ""),
    ("business_mix", ""),
)


def pick_town(names: Sequence, wanted: str | None, ids: Sequence | None = None) -> int:
    """Index of the town called ``wanted`` (exact, then case-insensitive match).

    Without ``wanted`` the layer must hold a single town. Several towns with the
    wanted name (at the first level that matches) are an error that lists their
    feature ``ids`` (default: their positions): a profile of one of them, taken
    silently, could be of the wrong town. Other names may repeat.

    Examples
    --------
    >>> pick_town(["Hamar", "Elverum"], "elverum")
    1
    >>> pick_town(["Hamar"], None)
    0
    >>> pick_town(["A", "B", "A"], "A", ids=[7, 8, 9])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    smaaby_plugin.core.errors.InputError: TOWN_NAME: 2 towns are called 'A' (feature id 7, 9); ...
    """
    labels = ["" if n is None else str(n) for n in names]
    if not labels:
        raise InputError("TOWNS: the layer has no town polygon.")
    if not wanted:
        if len(labels) == 1:
            return 0
        shown = ", ".join(labels[:12]) + (" …" if len(labels) > 12 else "")
        raise InputError(f"TOWNS holds {len(labels)} towns; give TOWN_NAME (one of: {shown}).")
    for match in (lambda n: n == wanted, lambda n: n.casefold() == wanted.casefold()):
        found = [i for i, n in enumerate(labels) if match(n)]
        if len(found) > 1:
            shown = ", ".join(str(list(ids)[i] if ids is not None else i) for i in found)
            raise InputError(
                f"TOWN_NAME: {len(found)} towns are called '{wanted}' (feature id {shown}); "
                f"give each town its own name, or filter TOWNS to the one you mean."
            )
        if found:
            return found[0]
    named = [n for n in labels if n.strip()]
    if not named:
        raise InputError(
            f"TOWN_NAME: no town is called '{wanted}': NAME_FIELD is empty (null) for every "
            f"town of TOWNS; fill in the names, or choose another NAME_FIELD."
        )
    shown = ", ".join(named[:12]) + (" …" if len(named) > 12 else "")
    unnamed = len(labels) - len(named)
    extra = f" ({unnamed} town(s) without a name)" if unnamed else ""
    raise InputError(
        f"TOWN_NAME: no town is called '{wanted}' in NAME_FIELD; the layer has: {shown}{extra}."
    )


def centre_in_town(town, centres: np.ndarray) -> int:
    """Index of the centre that lies in ``town``: the first point inside it, or the
    centre polygon with the largest area inside it."""
    centres = np.asarray(centres, dtype=object)
    if len(centres) == 0:
        raise InputError("CENTRE: the layer has no centre.")
    inside = np.flatnonzero(shapely.intersects(centres, town))
    if len(inside) == 0:
        nearest = float(np.min(shapely.distance(centres, town)))
        raise InputError(
            f"CENTRE: none of its {len(centres)} centre(s) lies in the chosen town (the "
            f"nearest is {nearest / 1000:,.1f} km from it); give the town's centre point or "
            f"centre-zone polygon. If it should lie there, {APART_HINT}."
        )
    areas = shapely.area(shapely.intersection(centres[inside], town))
    if np.any(areas > 0):
        return int(inside[int(np.argmax(areas))])
    return int(inside[0])


def distance_circles(centre, distances: Sequence[float]) -> np.ndarray:
    """Circles of the given radii (m) around a centre (point or polygon: the point that
    stands for it, :func:`~smaaby_plugin.core.polygons.representative_points`, which is
    where the centre indicators measure from), for the profile map.

    Examples
    --------
    >>> import shapely
    >>> circles = distance_circles(shapely.Point(0, 0), [100.0])
    >>> round(float(shapely.area(circles[0])) / 31415.9, 3)
    1.0
    """
    point = shapely.points(representative_points([centre])[0])
    radii = np.asarray(distances, dtype=float)
    if np.any(radii <= 0):
        raise InputError("DISTANCES: distances must be positive metres.")
    return shapely.buffer(np.full(len(radii), point, dtype=object), radii, quad_segs=64)


#: ring widths (m) the profile chooses from: steps of at most 1.5x, so some width gives
#: 10-15 rings whatever the town's size
NICE_RING_WIDTHS: tuple[float, ...] = tuple(
    f * 10.0**k for k in range(1, 5) for f in (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5)
) + (100000.0,)


def ring_width(town, centre, most: int = 15) -> float:
    """The ring width (m) of a town's density-by-distance chart: the narrowest of
    :data:`NICE_RING_WIDTHS` that needs at most ``most`` rings to reach the town's
    farthest point from the centre (the point that stands for it, as in
    ``smaaby:centreindicators``, whose rings reach the farthest vertex).

    A village of 1 km² and a kommune of 350 km² both get 10-15 rings (8 at least:
    fewer only where even the narrowest width, 10 m, is too wide).

    Examples
    --------
    >>> import shapely
    >>> village = shapely.box(0, 0, 1000, 1000)   # 1 km², centre in the middle
    >>> ring_width(village, shapely.Point(500, 500))   # 707 m to the corners: 15 rings
    50.0
    >>> kommune = shapely.box(0, 0, 17500, 20000)   # 350 km², centre near one side
    >>> ring_width(kommune, shapely.Point(8750, 2000))   # 20,014 m away: 14 rings
    1500.0
    """
    point = np.asarray(representative_points([centre])[0], dtype=float)
    coords = shapely.get_coordinates(town)
    if len(coords) == 0:
        return NICE_RING_WIDTHS[0]
    far = float(np.max(np.hypot(*(coords - point).T)))
    for width in NICE_RING_WIDTHS:
        if np.ceil(far / width - 1e-9) <= most:
            return width
    return NICE_RING_WIDTHS[-1]


def ring_labels(inner: Sequence[float], outer: Sequence[float]) -> list[str]:
    """Labels such as ``"0–250 m"`` for distance rings, in km from rings of 1 km up.

    Examples
    --------
    >>> ring_labels([0, 250], [250, 500])
    ['0–250 m', '250–500 m']
    >>> ring_labels([0, 1500], [1500, 3000])
    ['0–1.5 km', '1.5–3 km']
    """
    inner = [float(a) for a in inner]
    outer = [float(b) for b in outer]
    widths = [b - a for a, b in zip(inner, outer)]
    if widths and min(widths) >= 1000:
        return [f"{a / 1000:g}–{b / 1000:g} km" for a, b in zip(inner, outer)]
    return [f"{a:g}–{b:g} m" for a, b in zip(inner, outer)]


def indicator_figures(row: Mapping, distances: Sequence[float]) -> pd.DataFrame:
    """The key figures of one town, in report order: columns ``key``, ``value``,
    ``unit``, ``distance_m`` (the distance of a within-distance share, else NaN).

    Fields missing from ``row`` (e.g. mixes without land use) are left out; null
    values stay as NaN rows so the report can say "–".
    """
    keys, values, units, dists = [], [], [], []
    for key, unit in FIGURE_KEYS:
        expanded = (
            [(key.format(d=int(d) if float(d).is_integer() else d), float(d)) for d in distances]
            if "{d}" in key
            else [(key, np.nan)]
        )
        for name, dist in expanded:
            if name not in row:
                continue
            value = row[name]
            try:
                value = float(value)
            except (TypeError, ValueError):
                value = np.nan
            keys.append(name)
            values.append(value)
            units.append(unit)
            dists.append(dist)
    return pd.DataFrame({"key": keys, "value": values, "unit": units, "distance_m": dists})

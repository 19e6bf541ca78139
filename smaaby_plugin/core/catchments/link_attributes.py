"""Link attributes for the network engine: travel directions and speeds per link.

No QGIS here. These turn the fields of a road layer (NVDB/FKB veglenke, OSM ways) into
the per-feature inputs of :func:`smaaby_plugin.core.catchments.network.build_graph`:

- ``value_directions(values, forward_values, backward_values, closed_values)``: one-way
  from a direction field with listed values.
- ``lane_directions(values)``: one-way from NVDB ``feltoversikt`` lane lists (odd lane =
  with the link, even = against it).
- ``parse_default_speeds("E=80,R=80,F=60,K=50,P=30,*=50") -> dict``
- ``fill_speeds(speed_kmh, road_class, default_speeds, fallback_kmh) -> (speeds, replaced)``
- ``match_speed_lines(links, speed_lines, speed_values, tolerance) -> speeds (NaN = none)``
- ``link_speeds(...) -> LinkSpeeds``: the speed policy, which source wins per link.

The speed policy
----------------
A link's speed is taken, in this order, from

1. the speed-limit lines lying along it (``speed_lines``, e.g. NVDB *fartsgrense*,
   matched by :func:`match_speed_lines`), where any run along it;
2. its own speed field, where that holds a positive number;
3. the default of its road class (``default_speeds``, ``*`` for other classes), else
   ``fallback_kmh``.

The separate speed-limit lines come first because they are the registered limits
(NVDB keeps them apart from the links); a speed field on the links is often a copy or
an estimate. Every link ends with a positive speed, and :class:`LinkSpeeds` says where
each came from, so the log can count them.

A missing, null, zero or negative speed counts as none (the next source applies); an
infinite speed or one above :data:`MAX_SPEED_KMH` is a unit or field mistake and stops
the run with the feature ids (:func:`check_speeds`). Default speeds lie in 1-200 km/h.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.progress import Progress, timed_chunks

__all__ = [
    "MAX_SPEED_KMH",
    "MIN_SPEED_KMH",
    "SPEED_SOURCES",
    "LinkSpeeds",
    "check_speeds",
    "fill_speeds",
    "lane_directions",
    "link_speeds",
    "match_speed_lines",
    "parse_default_speeds",
    "value_directions",
]

#: Where a link's speed came from (``LinkSpeeds.source``), in order of precedence.
SPEED_SOURCES = ("layer", "field", "default")
#: The physical range of a speed in km/h (walking to the fastest motorway).
MIN_SPEED_KMH, MAX_SPEED_KMH = 1.0, 200.0


def check_speeds(values: Sequence, ids: Sequence, what: str) -> None:
    """An error for infinite speeds and speeds above :data:`MAX_SPEED_KMH`, listing the
    feature ids; missing, zero and negative speeds pass (they count as none).

    >>> check_speeds([50, None, 0, np.nan], [1, 2, 3, 4], "SPEED_FIELD 'v'")
    >>> check_speeds([50, 900], [1, 2], "SPEED_FIELD 'v'")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    smaaby_plugin.core.errors.InputError: SPEED_FIELD 'v': 1 feature(s) have a speed ...
    """
    v = pd.to_numeric(pd.Series(list(values), dtype=object), errors="coerce").to_numpy(float)
    bad = np.isinf(v) | (np.isfinite(v) & (v > MAX_SPEED_KMH))
    if bad.any():
        ids = np.asarray(ids)
        shown = ", ".join(str(i) for i in ids[bad][:10])
        more = f", … ({int(bad.sum())} in all)" if bad.sum() > 10 else ""
        raise InputError(
            f"{what}: {int(bad.sum())} feature(s) have a speed above {MAX_SPEED_KMH:g} km/h "
            f"or an infinite one (feature id {shown}{more}, e.g. {v[bad][0]:g}); speeds are "
            "km/h: correct them, or leave them empty to use the default speed."
        )


def _norm_values(values: Iterable) -> np.ndarray:
    """Stripped lower-case strings; None/NaN become ''."""
    out = []
    for v in values:
        if v is None or (isinstance(v, float) and np.isnan(v)):
            out.append("")
        else:
            out.append(str(v).strip().lower())
    return np.asarray(out, dtype=object)


def value_directions(
    values: Sequence,
    forward_values: Iterable[str] = ("FT", "yes", "1"),
    backward_values: Iterable[str] = ("TF", "-1"),
    closed_values: Iterable[str] = ("N",),
) -> tuple[np.ndarray, np.ndarray]:
    """Allowed directions from a direction field with listed values.

    A value in ``forward_values`` allows travel only in the digitised direction,
    one in ``backward_values`` only against it, one in ``closed_values`` in
    neither; anything else (including null) allows both.  Matching ignores case
    and surrounding spaces.

    Parameters
    ----------
    values : sequence
        The field value per feature.
    forward_values, backward_values, closed_values : iterable of str
        The values that mark one-way-forward, one-way-backward and closed links.

    Returns
    -------
    forward, backward : ndarray of bool
        Travel allowed with / against the digitised direction.

    Examples
    --------
    >>> f, b = value_directions(["FT", "tf", None, "B", "N"])
    >>> f.tolist(), b.tolist()
    ([True, False, True, True, False], [False, True, True, True, False])
    """
    v = _norm_values(values)
    fw = {str(s).strip().lower() for s in forward_values if str(s).strip()}
    bw = {str(s).strip().lower() for s in backward_values if str(s).strip()}
    cl = {str(s).strip().lower() for s in closed_values if str(s).strip()}
    clash = (fw & bw) | (fw & cl) | (bw & cl)
    if clash:
        raise InputError(
            f"The direction value(s) {sorted(clash)} are listed for more than one "
            "direction; give each value for one direction only."
        )
    is_f = np.isin(v, list(fw)) if fw else np.zeros(len(v), bool)
    is_b = np.isin(v, list(bw)) if bw else np.zeros(len(v), bool)
    is_c = np.isin(v, list(cl)) if cl else np.zeros(len(v), bool)
    return ~(is_b | is_c), ~(is_f | is_c)


def lane_directions(values: Sequence) -> tuple[np.ndarray, np.ndarray]:
    """Allowed directions from NVDB lane lists (``feltoversikt``).

    NVDB numbers the lanes of a link: odd numbers run in the link's
    (metering) direction, even numbers against it (Statens vegvesen, *NVDB
    Datakatalog*, feltoversikt).  A list such as ``"1#2"`` allows both
    directions, ``"1"`` or ``"1#1H1"`` forward only, ``"2"`` backward only.
    Null or unreadable lists allow both.

    Examples
    --------
    >>> f, b = lane_directions(["1#2", "1", "2", None, "1#1H1", "1K#2K"])
    >>> f.tolist()
    [True, True, False, True, True, True]
    >>> b.tolist()
    [True, False, True, True, False, True]
    """
    n = len(values)
    fwd = np.ones(n, bool)
    bwd = np.ones(n, bool)
    for i, raw in enumerate(_norm_values(values)):
        odd = even = False
        for lane in raw.split("#"):
            digits = ""
            for ch in lane.strip():
                if ch.isdigit():
                    digits += ch
                else:
                    break
            if digits:
                if int(digits) % 2:
                    odd = True
                else:
                    even = True
        if odd or even:
            fwd[i], bwd[i] = odd, even
    return fwd, bwd


def parse_default_speeds(text: str) -> dict[str, float]:
    """Parse ``"E=80, R=80, F=60, K=50, P=30, *=50"`` into a dict.

    The key ``*`` is the speed for classes not listed.  Keys are matched
    without regard to case.

    Examples
    --------
    >>> parse_default_speeds("E=80, k=40, *=50")
    {'e': 80.0, 'k': 40.0, '*': 50.0}
    """
    out: dict[str, float] = {}
    for item in (text or "").replace(";", ",").split(","):
        item = item.strip()
        if not item:
            continue
        key, sep, val = item.partition("=")
        try:
            speed = float(val)
        except ValueError:
            speed = float("nan")
        if not sep or not key.strip() or not np.isfinite(speed) or speed <= 0:
            raise InputError(
                f"DEFAULT_SPEEDS: cannot read '{item}'. Write class=km/h pairs "
                "separated by commas, e.g. 'E=80, R=80, F=60, K=50, P=30, *=50'."
            )
        if not MIN_SPEED_KMH <= speed <= MAX_SPEED_KMH:
            raise InputError(
                f"DEFAULT_SPEEDS: '{item}' is outside {MIN_SPEED_KMH:g}-{MAX_SPEED_KMH:g} km/h; "
                "write class=km/h pairs, e.g. 'E=80, R=80, F=60, K=50, P=30, *=50'."
            )
        out[key.strip().lower()] = speed
    return out


def fill_speeds(
    speed_kmh: Sequence | None = None,
    road_class: Sequence | None = None,
    default_speeds: Mapping[str, float] | None = None,
    fallback_kmh: float = 50.0,
    n: int | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Complete a speed per link, using a default per road class where missing.

    A speed that is missing, null, zero, negative or not a number is replaced
    by ``default_speeds[road_class]`` (case-insensitive), else by
    ``default_speeds["*"]``, else by ``fallback_kmh``.

    Returns
    -------
    speeds : ndarray of float
        km/h, all positive.
    replaced : ndarray of bool
        True where the default was used (to be counted in the log).

    Examples
    --------
    >>> s, r = fill_speeds([60, None, 0, -5], ["F", "K", "X", "K"], {"k": 40})
    >>> s.tolist(), int(r.sum())
    ([60.0, 40.0, 50.0, 40.0], 3)
    """
    if fallback_kmh is None or not np.isfinite(fallback_kmh) or fallback_kmh <= 0:
        raise InputError("The fallback speed must be a positive number of km/h.")
    if speed_kmh is None:
        if n is None:
            n = len(road_class) if road_class is not None else 0
        s = np.full(n, np.nan)
    else:
        s = pd.to_numeric(pd.Series(list(speed_kmh), dtype=object), errors="coerce")
        s = s.to_numpy(dtype=float)
    bad = ~np.isfinite(s) | (s <= 0)
    defaults = {str(k).strip().lower(): float(v) for k, v in (default_speeds or {}).items()}
    other = defaults.get("*", float(fallback_kmh))
    out = s.copy()
    if bad.any():
        if road_class is not None:
            cls = _norm_values(road_class)
            fill = np.array([defaults.get(c, other) for c in cls[bad]], dtype=float)
        else:
            fill = np.full(int(bad.sum()), other)
        out[bad] = fill
    return out, bad


def match_speed_lines(
    links: np.ndarray,
    speed_lines: np.ndarray,
    speed_values: Sequence,
    tolerance: float = 1.0,
    progress: Progress | None = None,
) -> np.ndarray:
    """Speed per link from speed-limit lines lying along the links.

    Speed-limit data such as NVDB's *fartsgrense* are separate lines that
    follow the road links.  Each link gets the length-weighted mean of the
    speeds of the speed lines that run along it: a speed line counts with the
    length of the link inside a flat-ended buffer of ``tolerance`` metres
    around it.  Overlaps no longer than 2.5 x ``tolerance`` (lines that only
    cross or touch the link) are ignored.

    Parameters
    ----------
    links : array of LineString
    speed_lines : array of LineString
    speed_values : sequence of float
        km/h per speed line; null, zero or negative values are ignored.
    tolerance : float
        Metres.
    progress : Progress, optional
        Told the share done between chunks of links; raises ``Cancelled``.

    Returns
    -------
    ndarray of float
        km/h per link, NaN where no speed line runs along it.

    Examples
    --------
    >>> from shapely import LineString
    >>> links = np.array([LineString([(0, 0), (100, 0)]), LineString([(0, 0), (0, 50)])])
    >>> lines = np.array([LineString([(0, 0), (25, 0)]), LineString([(25, 0), (100, 0)])])
    >>> match_speed_lines(links, lines, [40, 80]).round(6).tolist()
    [70.0, nan]
    """
    links = np.asarray(links, dtype=object)
    speed_lines = np.asarray(speed_lines, dtype=object)
    out = np.full(len(links), np.nan)
    if not np.isfinite(tolerance) or tolerance <= 0:
        raise InputError("The speed-line matching tolerance must be a positive distance.")
    v = pd.to_numeric(pd.Series(list(speed_values), dtype=object), errors="coerce").to_numpy(float)
    ok = (
        np.isfinite(v) & (v > 0) & ~shapely.is_missing(speed_lines) & ~shapely.is_empty(speed_lines)
    )
    if len(links) == 0 or not ok.any():
        return out
    lines_ok = speed_lines[ok]
    v = v[ok]
    buf = shapely.buffer(lines_ok, tolerance, cap_style="flat")
    tree = shapely.STRtree(buf)
    # in chunks of links (a cancel takes effect between them); the pairs come in the
    # same order as from one query, so the sums below are the same
    found = []
    for part in timed_chunks(len(links), progress, first=500):
        pl, ps = tree.query(links[part], predicate="intersects")
        found.append(
            (pl + part.start, ps, shapely.length(shapely.intersection(links[part][pl], buf[ps])))
        )
    li, si, overlap = (np.concatenate(c) for c in zip(*found))
    if len(li) == 0:
        return out
    keep = overlap > 2.5 * tolerance
    li, si, overlap = li[keep], si[keep], overlap[keep]
    wsum = np.bincount(li, weights=overlap, minlength=len(links))
    vsum = np.bincount(li, weights=overlap * v[si], minlength=len(links))
    has = wsum > 0
    out[has] = vsum[has] / wsum[has]
    return out


@dataclass
class LinkSpeeds:
    """Speeds per link and where each came from (see :func:`link_speeds`).

    Attributes
    ----------
    speed_kmh : ndarray of float
        km/h per link, all positive.
    source : ndarray of str
        ``"layer"``, ``"field"`` or ``"default"`` per link.
    counts : dict
        Links per source, every key of :data:`SPEED_SOURCES` present.
    """

    speed_kmh: np.ndarray
    source: np.ndarray
    counts: dict


def link_speeds(
    n: int,
    *,
    field_kmh: Sequence | None = None,
    layer_kmh: Sequence | None = None,
    road_class: Sequence | None = None,
    default_speeds: Mapping[str, float] | None = None,
    fallback_kmh: float = 50.0,
) -> LinkSpeeds:
    """A speed for every link by the speed policy (module docstring): speed-limit
    lines, then the link's speed field, then the default of its road class.

    Parameters
    ----------
    n : int
        Number of links.
    field_kmh : sequence of float, optional
        The links' speed field; null, zero, negative or not a number counts as none.
    layer_kmh : sequence of float, optional
        Speeds from speed-limit lines per link (:func:`match_speed_lines`); NaN where
        none runs along the link.
    road_class : sequence, optional
        Road class per link for ``default_speeds`` (matched without regard to case).
    default_speeds : mapping, optional
        class -> km/h, ``"*"`` for other classes (:func:`parse_default_speeds`).
    fallback_kmh : float
        The speed where neither the class nor ``"*"`` is listed.

    Returns
    -------
    LinkSpeeds

    Examples
    --------
    >>> s = link_speeds(4, field_kmh=[60, None, 0, 30], layer_kmh=[np.nan, np.nan, np.nan, 80],
    ...                 road_class=["K", "K", "E", "K"], default_speeds={"e": 90, "*": 40})
    >>> s.speed_kmh.tolist(), s.source.tolist()
    ([60.0, 40.0, 90.0, 80.0], ['field', 'default', 'default', 'layer'])
    >>> s.counts
    {'layer': 1, 'field': 1, 'default': 2}
    """

    def column(values, name):
        if values is None:
            return np.full(n, np.nan)
        out = pd.to_numeric(pd.Series(list(values), dtype=object), errors="coerce")
        out = out.to_numpy(dtype=float)
        if len(out) != n:
            raise InputError(f"{name} must have one value per link.")
        return out

    field = column(field_kmh, "field_kmh")
    layer = column(layer_kmh, "layer_kmh")
    source = np.full(n, "default", dtype=object)
    source[np.isfinite(field) & (field > 0)] = "field"
    # matched means positive: match_speed_lines averages positive speeds only
    from_layer = np.isfinite(layer) & (layer > 0)
    speed = np.where(from_layer, layer, field)
    source[from_layer] = "layer"
    speed, replaced = fill_speeds(speed, road_class, default_speeds, fallback_kmh, n=n)
    source[replaced] = "default"
    counts = {s: int(np.count_nonzero(source == s)) for s in SPEED_SOURCES}
    return LinkSpeeds(speed, source, counts)

"""Service level of public transport (kollektivtilbud) at stops and on routes, and the
population it covers (kollektivdekning).

* Per stop: departures in the window (a stop time that is not the last of its trip, with
  its departure in [start, end)), departures per hour, mean headway (window minutes /
  departures: the mean interval if departures were evenly spread), first and last
  departure of the service day, the routes serving it.
* Per route: trips starting in the window, trips per hour, mean headway, first and last
  trip of the day, stops served.
* Classes by departures per hour (breaks are parameters; default 1, 2, 4, 8 per hour).
* Coverage: the population within a walking distance of a stop with at least N departures
  per hour, per zone, with shares.

>>> classify(np.array([0.0, 1.0, 3.5, 12.0]), [1, 2, 4, 8]).tolist()
['under 1', '1-2', '2-4', '8 and more']
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from smaaby_plugin.core.errors import InputError

__all__ = [
    "DEFAULT_BREAKS",
    "clock",
    "departures",
    "stop_service",
    "route_service",
    "classify",
    "class_labels",
    "coverage_by_zone",
    "weighted_median",
    "parse_breaks",
]

#: Default class breaks in departures per hour: under 1 (less than hourly), 1-2, 2-4
#: (every 15-30 min), 4-8, 8 and more (every 7.5 min or better). Our choice, not an
#: official standard: set your own.
DEFAULT_BREAKS = (1.0, 2.0, 4.0, 8.0)


def clock(secs: np.ndarray | float) -> np.ndarray:
    """Service-day clock text HH:MM:SS (hours may pass 24; '' for NaN).

    >>> clock(np.array([25200.0, 91815.0, np.nan])).tolist()
    ['07:00:00', '25:30:15', '']
    """
    s = np.atleast_1d(np.asarray(secs, dtype=float))
    ok = np.isfinite(s)
    v = np.where(ok, np.round(s), 0).astype(np.int64)
    text = [f"{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}" for x in v]
    return np.where(ok, np.array(text, dtype=object), "")


def departures(stop_times: pd.DataFrame) -> pd.DataFrame:
    """The departure events: stop times that are not the last of their trip and allow
    boarding (pickup_type not 1), as trip, stop, dep, from a stop_times frame sorted by
    trip and seq."""
    trip = stop_times["trip"].to_numpy()
    last = np.r_[trip[1:] != trip[:-1], True] if len(trip) else np.zeros(0, bool)
    if "pickup" in stop_times:
        last = last | ~stop_times["pickup"].to_numpy(bool)
    return stop_times.loc[~last, ["trip", "stop", "dep"]]


def _hours(start: float, end: float) -> float:
    if not end > start:
        raise InputError("The time window must end after it starts (END after START).")
    return (end - start) / 3600.0


def stop_service(
    stops: pd.DataFrame, trips: pd.DataFrame, stop_times: pd.DataFrame, start: float, end: float
) -> pd.DataFrame:
    """Per stop (rows of ``stops``): departures, departures_per_hour, headway_min (NaN
    without departures), first_departure, last_departure (of the day), n_routes,
    routes (names, comma-separated)."""
    hours = _hours(start, end)
    ev = departures(stop_times)
    n = len(stops)
    inside = ev[(ev["dep"] >= start) & (ev["dep"] < end)]
    count = np.bincount(inside["stop"].to_numpy(), minlength=n).astype(np.int64)
    first = np.full(n, np.nan)
    last = np.full(n, np.nan)
    day = ev[ev["dep"] >= 0]
    if len(day):
        g = day.groupby("stop")["dep"]
        first[g.min().index] = g.min().to_numpy()
        last[g.max().index] = g.max().to_numpy()
    names = trips["route_name"].to_numpy()[inside["trip"].to_numpy()]
    per = (
        pd.DataFrame({"stop": inside["stop"].to_numpy(), "route": names})
        .drop_duplicates()
        .sort_values(["stop", "route"])
        .groupby("stop")["route"]
    )
    routes = np.full(n, "", dtype=object)
    n_routes = np.zeros(n, np.int64)
    joined = per.agg(", ".join)
    routes[joined.index] = joined.to_numpy()
    n_routes[joined.index] = per.size().to_numpy()
    with np.errstate(divide="ignore"):
        headway = np.where(count > 0, hours * 60.0 / np.maximum(count, 1), np.nan)
    return pd.DataFrame(
        {
            "stop_id": stops["stop_id"].to_numpy(),
            "stop_name": stops["stop_name"].to_numpy(),
            "station_id": stops["station_id"].to_numpy(),
            "departures": count,
            "departures_per_hour": count / hours,
            "headway_min": headway,
            "first_departure": clock(first),
            "last_departure": clock(last),
            "n_routes": n_routes,
            "routes": routes,
        }
    )


def route_service(trips: pd.DataFrame, stop_times: pd.DataFrame, start: float, end: float):
    """Per route and direction (direction_id; '' when the feed has none): route_id,
    route_name, direction_id, trips_day, trips_window (first departure in the window),
    trips_per_hour, headway_min, first_trip, last_trip, n_stops."""
    hours = _hours(start, end)
    st = stop_times
    first_dep = st.groupby("trip")["dep"].min()
    t = trips.assign(first=first_dep.reindex(np.arange(len(trips))).to_numpy())
    if "direction_id" not in t.columns:
        t["direction_id"] = ""
    key = ["route_id", "route_name", "direction_id"]
    t = t[t["first"].notna()]
    today = t[t["first"] >= 0]
    on = st.assign(**{k: trips[k].to_numpy()[st["trip"].to_numpy()] for k in key if k in trips})
    if "direction_id" not in on.columns:
        on["direction_id"] = ""
    n_stops = on.groupby(key)["stop"].nunique()
    out = t.groupby(key, sort=True).size().rename("_all").reset_index()
    idx = pd.MultiIndex.from_frame(out[key])

    def per(frame, how="size"):
        g = frame.groupby(key)
        return (g.size() if how == "size" else g["first"].agg(how)).reindex(idx)

    win = today[(today["first"] >= start) & (today["first"] < end)]
    out["trips_day"] = per(today).fillna(0).astype(np.int64).to_numpy()
    out["trips_window"] = per(win).fillna(0).astype(np.int64).to_numpy()
    out["trips_per_hour"] = out["trips_window"] / hours
    out["headway_min"] = np.where(
        out["trips_window"] > 0, hours * 60 / out["trips_window"].clip(lower=1), np.nan
    )
    out["first_trip"] = clock(per(today, "min").to_numpy(dtype=float))
    out["last_trip"] = clock(per(today, "max").to_numpy(dtype=float))
    out["n_stops"] = n_stops.reindex(idx).fillna(0).astype(np.int64).to_numpy()
    return out.drop(columns="_all")


def parse_breaks(text: str, name: str = "CLASS_BREAKS") -> list[float]:
    """Class breaks in departures per hour from '1, 2, 4, 8': finite, positive, at most
    120 per hour, increasing.

    >>> parse_breaks("1, 2,4")
    [1.0, 2.0, 4.0]
    """
    parts = [p.strip() for p in str(text).replace(";", ",").split(",") if p.strip()]
    try:
        values = [float(p) for p in parts]
    except ValueError:
        raise InputError(f"{name}: '{text}' is not a list of numbers, e.g. 1, 2, 4, 8.") from None
    if not values:
        raise InputError(f"{name}: give at least one break, e.g. 1, 2, 4, 8.")
    if any(not np.isfinite(v) or v <= 0 or v > 120 for v in values):
        raise InputError(f"{name}: each break must be a number of departures per hour, 0-120.")
    if any(b <= a for a, b in zip(values, values[1:])):
        raise InputError(f"{name}: the breaks must increase, e.g. 1, 2, 4, 8.")
    return values


def class_labels(breaks) -> list[str]:
    """Labels of the classes of ``breaks``: 'under 1', '1-2', ..., '8 and more'."""
    b = [f"{x:g}" for x in breaks]
    return [f"under {b[0]}"] + [f"{x}-{y}" for x, y in zip(b, b[1:])] + [f"{b[-1]} and more"]


def classify(per_hour: np.ndarray, breaks) -> np.ndarray:
    """The class label of each departures-per-hour value (a value on a break belongs to
    the class above it)."""
    labels = np.array(class_labels(breaks), dtype=object)
    return labels[np.searchsorted(np.asarray(breaks, float), per_hour, side="right")]


def coverage_by_zone(
    counts: np.ndarray, zone: np.ndarray, covered: np.ndarray, zone_ids: np.ndarray
) -> pd.DataFrame:
    """Population covered per zone: zone_id, population, covered, share (NaN for a zone
    without population). ``zone`` is the zone row of each point (-1 outside all zones).

    >>> coverage_by_zone(np.array([10., 5, 1]), np.array([0, 0, -1]),
    ...                  np.array([True, False, True]), np.array(["a", "b"]))
      zone_id  population  covered     share
    0       a        15.0     10.0  0.666667
    1       b         0.0      0.0       NaN
    """
    n = len(zone_ids)
    inside = zone >= 0
    pop = np.bincount(zone[inside], counts[inside], minlength=n)
    cov = np.bincount(zone[inside], np.where(covered, counts, 0)[inside], minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(pop > 0, cov / pop, np.nan)
    return pd.DataFrame({"zone_id": zone_ids, "population": pop, "covered": cov, "share": share})


def weighted_median(values: np.ndarray, weights: np.ndarray, group: np.ndarray, n: int):
    """Per group 0..n-1 the weighted (lower) median of ``values`` (inf allowed: an
    unreachable origin counts as the slowest); NaN for a group without weight.

    >>> weighted_median(np.array([10., 20, np.inf, 5]), np.array([1., 1, 3, 1]),
    ...                 np.array([0, 0, 0, 1]), 3).tolist()
    [inf, 5.0, nan]
    """
    out = np.full(n, np.nan)
    ok = (group >= 0) & (weights > 0)
    if not ok.any():
        return out
    v, w, g = values[ok], weights[ok], group[ok]
    order = np.lexsort((v, g))
    v, w, g = v[order], w[order], g[order]
    cum = np.cumsum(w)
    start = np.r_[0, np.flatnonzero(g[1:] != g[:-1]) + 1]
    before = np.repeat(np.r_[0.0, cum[start[1:] - 1]], np.diff(np.r_[start, len(g)]))
    total = np.repeat(np.add.reduceat(w, start), np.diff(np.r_[start, len(g)]))
    hit = (cum - before) >= total / 2
    first = np.flatnonzero(hit & np.r_[True, ~(hit[:-1] & (g[1:] == g[:-1]))])
    out[g[first]] = v[first]
    return out

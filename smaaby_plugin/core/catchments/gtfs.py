"""Reading a GTFS Schedule feed (gtfs.org reference) into one service day's timetable.

A feed is a .zip or a folder of text files; pandas reads them as text, so no GTFS library
is needed at run time. What is read and checked:

* required files agency, stops, routes, trips, stop_times, and calendar and/or
  calendar_dates; frequencies and transfers where present. A missing file or column stops
  the run with its name.
* stops: platforms (location_type 0 or empty) are the stops of the timetable; a platform
  without coordinates takes its parent station's; stations (1), entrances (2), nodes (3)
  and boarding areas (4) are not served by trips themselves.
* service days: calendar (weekday flags between start and end) with calendar_dates
  exceptions (1 adds, 2 removes); ``choose_day`` takes a date or picks "a typical
  weekday": the Monday-Friday date whose number of trips is the most common one.
* times: H:MM:SS service-day clock times, also past 24:00:00; a trip of the day before that
  runs past midnight is included, shifted 24 hours back. Times missing between two timed
  stops are interpolated by stop order; a time that does not parse, a trip without a time
  at its first or last stop, or times that run backwards stop the run with the trip and
  stop ids.
* frequencies: each headway-based trip is repeated from start_time to end_time every
  headway_secs, keeping its own running times.

>>> parse_times(pd.Series(["07:05:00", "25:30:15", " 6:00:00", ""])).tolist()
[25500.0, 91815.0, 21600.0, nan]
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd

from smaaby_plugin.core.errors import InputError

__all__ = [
    "Feed",
    "Timetable",
    "read_feed",
    "parse_times",
    "parse_clock",
    "check_window",
    "trips_per_date",
    "choose_day",
    "timetable",
]

DAY = 86_400.0
#: Latest window end a planner may ask for (30:00, a service day running into the night).
MAX_CLOCK = 30 * 3600.0
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

REQUIRED = {
    "agency": ("agency_name",),
    "stops": ("stop_id",),
    "routes": ("route_id",),
    "trips": ("route_id", "service_id", "trip_id"),
    "stop_times": ("trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"),
}
OPTIONAL = {
    "calendar": ("service_id", *WEEKDAYS, "start_date", "end_date"),
    "calendar_dates": ("service_id", "date", "exception_type"),
    "frequencies": ("trip_id", "start_time", "end_time", "headway_secs"),
    "transfers": ("from_stop_id", "to_stop_id", "transfer_type"),
}


@dataclass
class Feed:
    """The text tables of a feed (all columns as text, stripped), by file name without
    ``.txt``; absent optional files are absent keys."""

    tables: dict[str, pd.DataFrame]
    source: str
    notes: list[str] = field(default_factory=list)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def has(self, name: str) -> bool:
        return name in self.tables and len(self.tables[name]) > 0


@dataclass
class Timetable:
    """One service day: stops, trips and their stop times (seconds after the service
    day's midnight; negative for a trip of the day before).

    ``stops``: stop_id, stop_name, lat, lon, station_id (parent station or the stop).
    ``trips``: trip_id, route_id, route_name, service_id, direction_id ('' when not
    given), shifted (True = day before).
    ``stop_times``: trip (row of ``trips``), stop (row of ``stops``), seq, arr, dep,
    pickup and dropoff (False where pickup_type / drop_off_type is 1),
    sorted by trip and seq. ``transfers``: from_stop, to_stop (rows of ``stops``),
    transfer_type, min_transfer_time (seconds, NaN when not given).
    """

    day: date
    stops: pd.DataFrame
    trips: pd.DataFrame
    stop_times: pd.DataFrame
    transfers: pd.DataFrame
    notes: list[str] = field(default_factory=list)


# -- reading -------------------------------------------------------------------------


def _read_text(raw: bytes, name: str) -> pd.DataFrame:
    try:
        frame = pd.read_csv(
            io.BytesIO(raw),
            dtype=str,
            keep_default_na=False,
            encoding="utf-8-sig",
            skipinitialspace=True,
        )
    except (UnicodeDecodeError, pd.errors.ParserError) as err:
        raise InputError(f"FEED: {name}.txt could not be read as CSV text ({err}).") from None
    except pd.errors.EmptyDataError:
        frame = pd.DataFrame()
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame.apply(lambda col: col.str.strip())


def read_feed(path: str) -> Feed:
    """Read a GTFS feed from a .zip file or a folder (files may sit in one subfolder of
    the zip). Raises InputError naming a missing file or column."""
    if not path or not os.path.exists(path):
        raise InputError(f"FEED: '{path}' does not exist; choose a GTFS .zip or its folder.")
    raw: dict[str, bytes] = {}
    if os.path.isdir(path):
        for entry in os.listdir(path):
            if entry.lower().endswith(".txt"):
                with open(os.path.join(path, entry), "rb") as f:
                    raw[entry[:-4].lower()] = f.read()
    else:
        try:
            with zipfile.ZipFile(path) as z:
                for info in z.infolist():
                    base = os.path.basename(info.filename)
                    if base.lower().endswith(".txt") and not info.is_dir():
                        raw.setdefault(base[:-4].lower(), z.read(info))
        except zipfile.BadZipFile:
            raise InputError(
                f"FEED: '{path}' is neither a folder nor a zip file; choose a GTFS .zip."
            ) from None
    missing = [f"{n}.txt" for n in REQUIRED if n not in raw]
    if "calendar" not in raw and "calendar_dates" not in raw:
        missing.append("calendar.txt or calendar_dates.txt")
    if missing:
        raise InputError(
            "FEED: the feed lacks the required file(s) {}; a GTFS feed needs agency, stops, "
            "routes, trips, stop_times and calendar and/or calendar_dates.".format(
                ", ".join(missing)
            )
        )
    tables = {}
    for name, cols in {**REQUIRED, **OPTIONAL}.items():
        if name not in raw:
            continue
        frame = _read_text(raw[name], name)
        absent = [c for c in cols if c not in frame.columns]
        if absent and not (name == "agency" and len(frame.columns)):
            raise InputError(f"FEED: {name}.txt lacks the required column(s) {', '.join(absent)}.")
        tables[name] = frame
    return Feed(tables, path)


# -- times and dates -----------------------------------------------------------------


def parse_times(values: pd.Series) -> np.ndarray:
    """Seconds after midnight of 'H:MM:SS' texts (hours may pass 24); NaN for empty
    texts; -1 for a text that does not parse (the caller names it)."""
    text = values.astype(str).str.strip()
    parts = text.str.extract(r"^(\d{1,3}):([0-5]\d):([0-5]\d)$")
    secs = (
        parts[0].astype(float) * 3600 + parts[1].astype(float) * 60 + parts[2].astype(float)
    ).to_numpy()
    bad = np.isnan(secs) & (text != "").to_numpy()
    secs[bad] = -1.0
    return secs


def parse_clock(text: str, name: str) -> float:
    """Seconds of a window time 'HH:MM' (or 'HH:MM:SS'), 00:00 to 30:00.

    >>> parse_clock("07:30", "START"), parse_clock("25:00", "END")
    (27000.0, 90000.0)
    """
    t = str(text).strip()
    if t.count(":") == 1:
        t += ":00"
    secs = parse_times(pd.Series([t]))[0]
    if not np.isfinite(secs) or secs < 0:
        raise InputError(f"{name}: '{text}' is not a time; write it as HH:MM, e.g. 07:00.")
    if secs > MAX_CLOCK:
        raise InputError(
            f"{name}: {text} lies outside 00:00-30:00 (GTFS service-day times; 25:30 is "
            "half past one in the night after the service day)."
        )
    return float(secs)


def check_window(start: float, end: float) -> None:
    """The window must lie within 00:00-30:00 and end after it starts."""
    if not (0 <= start <= MAX_CLOCK and 0 <= end <= MAX_CLOCK):
        raise InputError("The time window must lie within 00:00-30:00.")
    if end <= start:
        raise InputError("The time window must end after it starts (END after START).")


def _dates(values: pd.Series, name: str, column: str) -> pd.Series:
    out = pd.to_datetime(values, format="%Y%m%d", errors="coerce")
    bad = out.isna()
    if bad.any():
        raise InputError(
            f"FEED: {name}.txt has {int(bad.sum())} value(s) in {column} that are not "
            f"dates YYYYMMDD, e.g. '{values[bad].iloc[0]}'."
        )
    return out


def _service_matrix(feed: Feed) -> tuple[pd.Index, pd.DatetimeIndex, np.ndarray]:
    """(service ids, dates, bool matrix services x dates) from calendar and
    calendar_dates over every date either names."""
    spans, services = [], []
    cal = feed.tables.get("calendar")
    cd = feed.tables.get("calendar_dates")
    if cal is not None and len(cal):
        start = _dates(cal["start_date"], "calendar", "start_date")
        end = _dates(cal["end_date"], "calendar", "end_date")
        spans += [start.min(), end.max()]
        services.append(cal["service_id"])
    if cd is not None and len(cd):
        cd_dates = _dates(cd["date"], "calendar_dates", "date")
        spans += [cd_dates.min(), cd_dates.max()]
        services.append(cd["service_id"])
    if not spans:
        raise InputError("FEED: calendar.txt and calendar_dates.txt name no service days.")
    days = pd.date_range(min(spans), max(spans), freq="D")
    ids = pd.Index(pd.unique(pd.concat(services, ignore_index=True)))
    active = np.zeros((len(ids), len(days)), dtype=bool)
    if cal is not None and len(cal):
        flags = cal[list(WEEKDAYS)].apply(pd.to_numeric, errors="coerce").fillna(0)
        flags = flags.to_numpy() == 1
        row = ids.get_indexer(cal["service_id"])
        s = start.to_numpy()[:, None]
        e = end.to_numpy()[:, None]
        d = days.to_numpy()[None, :]
        on = (d >= s) & (d <= e) & flags[:, days.dayofweek.to_numpy()]
        np.logical_or.at(active, row, on)
    if cd is not None and len(cd):
        kind = cd["exception_type"].to_numpy()
        row = ids.get_indexer(cd["service_id"])
        col = days.get_indexer(cd_dates)
        active[row[kind == "1"], col[kind == "1"]] = True
        active[row[kind == "2"], col[kind == "2"]] = False
    return ids, days, active


def trips_per_date(feed: Feed) -> pd.Series:
    """Number of trips (before frequencies are expanded) on each date the calendar
    covers, indexed by date."""
    ids, days, active = _service_matrix(feed)
    counts = feed["trips"]["service_id"].value_counts()
    weight = counts.reindex(ids).fillna(0).to_numpy()
    return pd.Series(weight @ active, index=days.date, dtype=float).astype(np.int64)


def choose_day(feed: Feed, day: date | None = None) -> tuple[date, int, str]:
    """The service day and its number of trips, with a sentence for the log.

    ``day=None`` picks a typical weekday: among Monday-Friday dates with trips, the most
    common number of trips (the larger on a tie), its first date. A day without trips
    stops the run with the feed's range of dates with service.
    """
    per = trips_per_date(feed)
    served = per[per > 0]
    if served.empty:
        raise InputError("FEED: no date of the calendar has any trip.")
    first, last = served.index[0], served.index[-1]
    if day is not None:
        n = int(per.get(day, 0))
        if n == 0:
            raise InputError(
                f"FEED: {day.isoformat()} has no trips in this feed; its service runs from "
                f"{first.isoformat()} to {last.isoformat()} ({len(served)} "
                "dates with trips). Choose a date in that range."
            )
        return day, n, f"Service day {day.isoformat()}: {n:,} trips."
    weekday = served[[d.weekday() < 5 for d in served.index]]
    if weekday.empty:
        raise InputError(
            f"FEED: no Monday-Friday date has trips (service {first.isoformat()} to "
            f"{last.isoformat()}); choose a DATE."
        )
    freq = weekday.value_counts()
    common = freq[freq == freq.max()].index.max()
    pick = weekday[weekday == common].index[0]
    return (
        pick,
        int(common),
        "Typical weekday: {} ({}), {:,} trips, the most common number of trips on the "
        "feed's {} weekdays with service (from {} to {}).".format(
            pick.isoformat(),
            pick.strftime("%A"),
            int(common),
            len(weekday),
            first.isoformat(),
            last.isoformat(),
        ),
    )


def active_services(feed: Feed, day: date) -> set[str]:
    """Service ids running on ``day``."""
    ids, days, active = _service_matrix(feed)
    col = days.get_indexer(pd.DatetimeIndex([pd.Timestamp(day)]))[0]
    if col < 0:
        return set()
    return set(ids[active[:, col]])


# -- the timetable -------------------------------------------------------------------


def _stops(feed: Feed) -> pd.DataFrame:
    stops = feed["stops"]
    for c in ("stop_lat", "stop_lon"):
        if c not in stops.columns:
            raise InputError(f"FEED: stops.txt lacks the required column(s) {c}.")
    dup = stops["stop_id"][stops["stop_id"].duplicated()]
    if len(dup):
        raise InputError(
            "FEED: stops.txt repeats stop_id(s) {}.".format(", ".join(dup.unique()[:10]))
        )
    kind = stops.get("location_type", pd.Series("", index=stops.index)).replace("", "0")
    parent = stops.get("parent_station", pd.Series("", index=stops.index))
    lat = pd.to_numeric(stops["stop_lat"], errors="coerce")
    lon = pd.to_numeric(stops["stop_lon"], errors="coerce")
    by_id = pd.Series(np.arange(len(stops)), index=stops["stop_id"])
    prow = by_id.reindex(parent).to_numpy()
    has_parent = ~np.isnan(prow)
    pr = np.where(has_parent, prow, 0).astype(int)
    # a platform without coordinates stands where its station does
    lat = np.where(lat.isna() & has_parent, lat.to_numpy()[pr], lat)
    lon = np.where(lon.isna() & has_parent, lon.to_numpy()[pr], lon)
    platform = (kind == "0").to_numpy()
    bad = platform & ~(
        np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    )
    if bad.any():
        raise InputError(
            "FEED: {} stop(s) in stops.txt have no valid stop_lat/stop_lon (WGS 84 degrees), "
            "e.g. {}.".format(int(bad.sum()), ", ".join(stops["stop_id"][bad][:10]))
        )
    out = pd.DataFrame(
        {
            "stop_id": stops["stop_id"],
            "stop_name": stops.get("stop_name", stops["stop_id"]),
            "lat": lat,
            "lon": lon,
            "station_id": np.where(has_parent, parent, stops["stop_id"]),
        }
    )
    return out[platform].reset_index(drop=True)


def _stop_times(feed: Feed, trips: pd.DataFrame, stops: pd.DataFrame) -> pd.DataFrame:
    st = feed["stop_times"]
    st = st[st["trip_id"].isin(trips["trip_id"])]
    seq = pd.to_numeric(st["stop_sequence"], errors="coerce")
    if seq.isna().any():
        bad = st[seq.isna()].iloc[0]
        raise InputError(
            "FEED: stop_times.txt has a stop_sequence that is not a number: trip {}, stop "
            "{} ('{}').".format(bad["trip_id"], bad["stop_id"], bad["stop_sequence"])
        )
    stop = pd.Index(stops["stop_id"]).get_indexer(st["stop_id"])
    if (stop < 0).any():
        unknown = st["stop_id"][stop < 0].unique()
        raise InputError(
            "FEED: stop_times.txt names {} stop_id(s) that are not platforms in stops.txt, "
            "e.g. {} (trip {}).".format(
                len(unknown), ", ".join(unknown[:5]), st["trip_id"][stop < 0].iloc[0]
            )
        )
    arr = parse_times(st["arrival_time"])
    dep = parse_times(st["departure_time"])
    for values, col in ((arr, "arrival_time"), (dep, "departure_time")):
        if (values < 0).any():
            i = int(np.flatnonzero(values < 0)[0])
            raise InputError(
                "FEED: stop_times.txt has {} {} value(s) that are not times H:MM:SS; the "
                "first: trip {}, stop {}: '{}'.".format(
                    int((values < 0).sum()),
                    col,
                    st["trip_id"].iloc[i],
                    st["stop_id"].iloc[i],
                    st[col].iloc[i],
                )
            )
    arr = np.where(np.isnan(arr), dep, arr)
    dep = np.where(np.isnan(dep), arr, dep)
    trip = pd.Index(trips["trip_id"]).get_indexer(st["trip_id"])
    frame = pd.DataFrame(
        {
            "trip": trip,
            "stop": stop,
            "seq": seq.to_numpy(),
            "arr": arr,
            "dep": dep,
            # pickup_type / drop_off_type 1 = none there; 2 and 3 (arrange) count as possible
            "pickup": (st.get("pickup_type", pd.Series("", index=st.index)) != "1").to_numpy(),
            "dropoff": (st.get("drop_off_type", pd.Series("", index=st.index)) != "1").to_numpy(),
            "trip_id": st["trip_id"].to_numpy(),
            "stop_id": st["stop_id"].to_numpy(),
        }
    ).sort_values(["trip", "seq"], kind="stable", ignore_index=True)
    first = np.r_[True, frame["trip"].to_numpy()[1:] != frame["trip"].to_numpy()[:-1]]
    last = np.r_[first[1:], True]
    untimed = (first | last) & frame["arr"].isna().to_numpy()
    if untimed.any():
        bad = frame[untimed].iloc[0]
        raise InputError(
            "FEED: {} trip(s) have no time at their first or last stop, e.g. trip {}, stop "
            "{}; GTFS needs both.".format(int(untimed.sum()), bad["trip_id"], bad["stop_id"])
        )
    if frame["arr"].isna().any():
        # untimed stops between two timed ones: linear in stop order within the trip
        pos = np.arange(len(frame), dtype=float)
        timed = frame["arr"].notna()
        g = frame["trip"]
        p0 = pd.Series(np.where(timed, pos, np.nan)).groupby(g).ffill()
        p1 = pd.Series(np.where(timed, pos, np.nan)).groupby(g).bfill()
        t0 = frame["dep"].groupby(g).ffill()
        t1 = frame["arr"].groupby(g).bfill()
        share = np.where(p1 > p0, (pos - p0) / (p1 - p0).where(p1 > p0, 1), 0)
        fill = (t0 + share * (t1 - t0)).to_numpy()
        frame.loc[~timed, "arr"] = fill[~timed]
        frame.loc[~timed, "dep"] = fill[~timed]
    a, d = frame["arr"].to_numpy(), frame["dep"].to_numpy()
    back = (d < a) | np.r_[False, (a[1:] < d[:-1]) & ~first[1:]]
    if back.any():
        bad = frame[back].iloc[0]
        raise InputError(
            "FEED: {} stop time(s) run backwards in time (a departure before its arrival, "
            "or an arrival before the previous stop's departure), e.g. trip {}, stop {}.".format(
                int(back.sum()), bad["trip_id"], bad["stop_id"]
            )
        )
    return frame.drop(columns=["trip_id", "stop_id"])


def _expand_frequencies(feed: Feed, trips: pd.DataFrame, st: pd.DataFrame):
    """Repeat each headway-based trip every headway_secs from start_time to end_time."""
    if not feed.has("frequencies"):
        return trips, st
    fq = feed["frequencies"]
    fq = fq[fq["trip_id"].isin(trips["trip_id"])]
    if fq.empty:
        return trips, st
    start = parse_times(fq["start_time"])
    end = parse_times(fq["end_time"])
    head = pd.to_numeric(fq["headway_secs"], errors="coerce").to_numpy()
    bad = ~(np.isfinite(start) & (start >= 0) & np.isfinite(end) & (end > start) & (head > 0))
    if bad.any():
        raise InputError(
            "FEED: frequencies.txt has {} row(s) without a valid start_time < end_time and "
            "positive headway_secs, e.g. trip {}.".format(
                int(bad.sum()), fq["trip_id"].iloc[int(np.flatnonzero(bad)[0])]
            )
        )
    n = np.ceil((end - start) / head).astype(int)
    template = pd.Index(trips["trip_id"]).get_indexer(fq["trip_id"])
    t_rep = np.repeat(template, n)
    starts = np.repeat(start, n) + head.repeat(n) * (
        np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    )
    new_trips = trips.iloc[t_rep].reset_index(drop=True)
    new_trips["trip_id"] = [
        f"{t}@{int(s) // 3600:02d}:{int(s) % 3600 // 60:02d}:{int(s) % 60:02d}"
        for t, s in zip(new_trips["trip_id"], starts)
    ]
    keep = ~np.isin(np.arange(len(trips)), template)
    base = st.groupby("trip")["dep"].transform("first")
    rows = [st[np.isin(st["trip"].to_numpy(), np.flatnonzero(keep))].copy()]
    old_index = np.flatnonzero(keep)
    rows[0]["trip"] = np.searchsorted(old_index, rows[0]["trip"].to_numpy())
    by_trip = st.assign(off_a=st["arr"] - base, off_d=st["dep"] - base).groupby("trip")
    parts = []
    for k, (tmpl, s) in enumerate(zip(t_rep, starts)):
        part = by_trip.get_group(tmpl)
        parts.append(
            pd.DataFrame(
                {
                    "trip": len(old_index) + k,
                    "stop": part["stop"].to_numpy(),
                    "seq": part["seq"].to_numpy(),
                    "arr": s + part["off_a"].to_numpy(),
                    "dep": s + part["off_d"].to_numpy(),
                    "pickup": part["pickup"].to_numpy(),
                    "dropoff": part["dropoff"].to_numpy(),
                }
            )
        )
    trips_out = pd.concat([trips[keep], new_trips], ignore_index=True)
    st_out = pd.concat(rows + parts, ignore_index=True)
    return trips_out, st_out.sort_values(["trip", "seq"], kind="stable", ignore_index=True)


def _trips_of(feed: Feed, services: set[str]) -> pd.DataFrame:
    trips = feed["trips"]
    dup = trips["trip_id"][trips["trip_id"].duplicated()]
    if len(dup):
        raise InputError(
            "FEED: trips.txt repeats trip_id(s) {}.".format(", ".join(dup.unique()[:10]))
        )
    trips = trips[trips["service_id"].isin(services)]
    routes = feed["routes"]
    short = routes.get("route_short_name", pd.Series("", index=routes.index))
    long_ = routes.get("route_long_name", pd.Series("", index=routes.index))
    name = short.where(short != "", long_).where(lambda s: s != "", routes["route_id"])
    names = pd.Series(name.to_numpy(), index=routes["route_id"])
    names = names[~names.index.duplicated()]
    unknown = ~trips["route_id"].isin(names.index)
    if unknown.any():
        raise InputError(
            "FEED: trips.txt names route_id(s) missing from routes.txt, e.g. {} (trip {}).".format(
                trips["route_id"][unknown].iloc[0], trips["trip_id"][unknown].iloc[0]
            )
        )
    return pd.DataFrame(
        {
            "trip_id": trips["trip_id"].to_numpy(),
            "route_id": trips["route_id"].to_numpy(),
            "route_name": names.reindex(trips["route_id"]).to_numpy(),
            "service_id": trips["service_id"].to_numpy(),
            "direction_id": trips.get("direction_id", pd.Series("", index=trips.index)).to_numpy(),
        }
    )


def _transfers(feed: Feed, stops: pd.DataFrame) -> pd.DataFrame:
    cols = ["from_stop", "to_stop", "transfer_type", "min_transfer_time"]
    if not feed.has("transfers"):
        return pd.DataFrame(
            {c: np.empty(0, float if c == "min_transfer_time" else int) for c in cols}
        )
    tr = feed["transfers"]
    index = pd.Index(stops["stop_id"])
    # a transfer between stations applies to their platforms
    station = stops.groupby("station_id").indices
    pairs = []
    for f, t, k, m in zip(
        tr["from_stop_id"],
        tr["to_stop_id"],
        tr["transfer_type"].replace("", "0"),
        tr.get("min_transfer_time", pd.Series("", index=tr.index)),
    ):
        fs = station.get(f, [index.get_loc(f)] if f in index else [])
        ts = station.get(t, [index.get_loc(t)] if t in index else [])
        for a in fs:
            for b in ts:
                pairs.append(
                    (a, b, int(k) if k.isdigit() else 0, pd.to_numeric(m, errors="coerce"))
                )
    out = pd.DataFrame(pairs, columns=cols)
    return out.astype(
        {"from_stop": int, "to_stop": int, "transfer_type": int, "min_transfer_time": float}
    )


def timetable(feed: Feed, day: date) -> Timetable:
    """The trips running on ``day`` (and those of the day before still running after
    midnight, shifted by -24 h), with their stop times in seconds."""
    stops = _stops(feed)
    parts, notes = [], []
    for shift, d in ((0.0, day), (-DAY, day - timedelta(days=1))):
        trips = _trips_of(feed, active_services(feed, d))
        st = _stop_times(feed, trips, stops)
        trips, st = _expand_frequencies(feed, trips, st)
        if shift:
            late = st.groupby("trip")["arr"].max()
            keep = late.index[late.to_numpy() > DAY].to_numpy()
            trips = trips.iloc[keep].reset_index(drop=True)
            st = st[st["trip"].isin(keep)].copy()
            st["trip"] = np.searchsorted(keep, st["trip"].to_numpy())
            st[["arr", "dep"]] += shift
            if len(trips):
                notes.append(
                    f"{len(trips):,} trip(s) of {d.isoformat()} run past midnight into "
                    f"{day.isoformat()} and are included."
                )
        trips["shifted"] = bool(shift)
        parts.append((trips, st))
    (t0, s0), (t1, s1) = parts
    s1 = s1.assign(trip=s1["trip"] + len(t0))
    trips = pd.concat([t0, t1], ignore_index=True)
    st = pd.concat([s0, s1], ignore_index=True)
    st["seq"] = st["seq"].astype(float)
    return Timetable(day, stops, trips, st, _transfers(feed, stops), notes)


def as_date(text: str) -> date:
    """A date from 'YYYY-MM-DD' or 'YYYYMMDD'."""
    t = str(text).strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    raise InputError(f"DATE: '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2024-09-17.")

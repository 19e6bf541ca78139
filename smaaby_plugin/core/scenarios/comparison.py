"""The comparison of plan alternatives: indicators per area and per alternative, one
row per indicator with its unit and direction, ranks, and a short text per alternative.

No QGIS here. The inputs are the results of
:mod:`smaaby_plugin.core.scenarios.scenario_indicators` and
:mod:`smaaby_plugin.core.scenarios.travel_emissions`.

Rules for values that cannot be computed (never a silent zero):

* a land row without LANDCOVER (AR5 rows) or without a shore (shore row) is empty, and
  its note says which input is missing;
* a network row of an alternative with dwellings (or jobs) in areas the network does not
  reach is empty, and the note says how many areas and why (farther from the road
  network than MAX_SNAP, or no road connection to the centre); the area layer keeps the
  values of the areas that were reached;
* a share or mean over dwellings of an alternative without dwellings is empty ("no
  dwellings").

Ranks: per row with a direction ("lower" or "higher" is better), 1 = best among the
alternatives with a value; equal values share the lower rank.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from smaaby_plugin.core.scenarios.travel_emissions import TravelModel, travel_emissions

__all__ = [
    "Indicator",
    "INDICATORS",
    "area_table",
    "alternative_values",
    "rank_values",
    "comparison_table",
    "alternative_texts",
]


@dataclass(frozen=True)
class Indicator:
    """One row of the comparison table."""

    key: str
    group: str
    label: str
    label_nb: str
    unit: str
    direction: str  # "lower", "higher" or "" (not ranked)


INDICATORS = (
    Indicator("area_daa", "land", "Development area", "Utbyggingsareal", "daa", "lower"),
    Indicator(
        "farmland_daa",
        "land",
        "On dyrka mark (AR5 21, 22)",
        "På dyrka mark (AR5 21, 22)",
        "daa",
        "lower",
    ),
    Indicator(
        "pasture_daa",
        "land",
        "On innmarksbeite (AR5 23)",
        "På innmarksbeite (AR5 23)",
        "daa",
        "lower",
    ),
    Indicator("forest_daa", "land", "On forest (skog, AR5 30)", "På skog (AR5 30)", "daa", "lower"),
    Indicator("bog_daa", "land", "On bog (myr, AR5 60)", "På myr (AR5 60)", "daa", "lower"),
    Indicator(
        "open_daa",
        "land",
        "On open land (åpen fastmark, AR5 50)",
        "På åpen fastmark (AR5 50)",
        "daa",
        "lower",
    ),
    Indicator(
        "built_daa",
        "land",
        "On built land and roads (AR5 11, 12)",
        "På bebygd areal og samferdsel (AR5 11, 12)",
        "daa",
        "higher",
    ),
    Indicator(
        "other_daa",
        "land",
        "On other land (water, no AR5 class)",
        "På annet areal (vann, uten AR5-klasse)",
        "daa",
        "",
    ),
    Indicator(
        "shore_daa", "land", "In the shore zone (strandsone)", "I strandsonen", "daa", "lower"
    ),
    Indicator("dwellings", "location", "New dwellings", "Nye boliger", "dwellings", ""),
    Indicator("jobs", "location", "New jobs", "Nye arbeidsplasser", "jobs", ""),
    Indicator("density", "location", "Density", "Tetthet", "dwellings per daa", "higher"),
    Indicator(
        "dwellings_walk_centre",
        "location",
        "Dwellings within walking distance of the centre",
        "Boliger innen gangavstand til sentrum",
        "%",
        "higher",
    ),
    Indicator(
        "jobs_walk_centre",
        "location",
        "Jobs within walking distance of the centre",
        "Arbeidsplasser innen gangavstand til sentrum",
        "%",
        "higher",
    ),
    Indicator(
        "car_min_centre",
        "location",
        "Mean car time to the centre (per dwelling)",
        "Gjennomsnittlig kjøretid til sentrum (per bolig)",
        "min",
        "lower",
    ),
    Indicator(
        "dwellings_near_stop",
        "location",
        "Dwellings near a stop with frequent departures",
        "Boliger nær holdeplass med hyppige avganger",
        "%",
        "higher",
    ),
    Indicator(
        "jobs_near_stop",
        "location",
        "Jobs near a stop with frequent departures",
        "Arbeidsplasser nær holdeplass med hyppige avganger",
        "%",
        "higher",
    ),
    Indicator(
        "service_m",
        "location",
        "Mean walking distance to the nearest service (per dwelling)",
        "Gjennomsnittlig gangavstand til nærmeste tjeneste (per bolig)",
        "m",
        "lower",
    ),
    Indicator(
        "dwellings_walk_service",
        "location",
        "Dwellings within walking distance of a service",
        "Boliger innen gangavstand til en tjeneste",
        "%",
        "higher",
    ),
    Indicator(
        "residents_nearby",
        "location",
        "Existing residents within walking distance",
        "Eksisterende bosatte innen gangavstand",
        "persons",
        "higher",
    ),
    Indicator("residents", "transport", "New residents", "Nye bosatte", "persons", ""),
    Indicator(
        "car_share",
        "transport",
        "Car-driver share of trips",
        "Bilførerandel av reisene",
        "%",
        "lower",
    ),
    Indicator(
        "car_km_day",
        "transport",
        "Car-km per day (new residents)",
        "Bilkilometer per dag (nye bosatte)",
        "km/day",
        "lower",
    ),
    Indicator(
        "co2_t_year",
        "transport",
        "CO₂ per year from car trips (new residents)",
        "CO₂ per år fra bilreiser (nye bosatte)",
        "t/year",
        "lower",
    ),
    Indicator(
        "co2_kg_resident",
        "transport",
        "CO₂ per new resident and year",
        "CO₂ per ny bosatt og år",
        "kg/person/year",
        "lower",
    ),
)
_BY_KEY = {i.key: i for i in INDICATORS}


def area_table(
    name: str,
    ids,
    dwellings,
    jobs,
    land: pd.DataFrame,
    walk_m,
    walk_status,
    car_min,
    car_status,
    reasons,
    model: TravelModel,
    walk_limit: float,
    stop_m=None,
    stop_radius: float = 500.0,
    service_m=None,
) -> pd.DataFrame:
    """Indicators per development area of one alternative (the rows of the area layer).

    ``walk_m``/``car_min``: network costs to the nearest centre (inf where not reached)
    with their engine status; ``reasons``: the text per area why it was not reached ('' if
    it was); ``stop_m``: straight distance to the nearest frequent stop (None without a
    feed); ``service_m``: walking distance to the nearest service (None without services).

    Examples
    --------
    >>> land = pd.DataFrame({"area_daa": [10.0, 5.0]})
    >>> t = area_table("A", [1, 2], [20.0, 0.0], [0.0, 10.0], land, [800.0, np.inf],
    ...     [0, 3], [3.0, np.inf], [0, 3], ["", "farther from the road network than MAX_SNAP"],
    ...     TravelModel(), 1000.0)
    >>> t[["dwellings", "density", "within_walk"]].values.tolist()
    [[20.0, 2.0, True], [0.0, 0.0, False]]
    >>> t["car_km_day"].round(2).tolist()  # 20 * 2.1 * 3.0 * 0.30 * (7 + 0.5 * 0.8)
    [279.72, 0.0]
    """
    dwellings = np.asarray(dwellings, dtype=float)
    walk_m = np.asarray(walk_m, dtype=float)
    reached = np.isfinite(walk_m)
    distance_km = np.where(reached, walk_m / 1000.0, np.nan)
    out = pd.DataFrame(
        {
            "alternative": name,
            "area_fid": np.asarray(ids),
            "dwellings": dwellings,
            "jobs": np.asarray(jobs, dtype=float),
        }
    )
    for column in land.columns:
        out[column] = land[column].to_numpy(float)
    area = out["area_daa"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        out["density"] = np.where(area > 0, dwellings / area, np.nan)
    out["walk_m_centre"] = np.where(reached, walk_m, np.nan)
    out["within_walk"] = reached & (walk_m <= walk_limit)
    car_min = np.asarray(car_min, dtype=float)
    out["car_min_centre"] = np.where(np.isfinite(car_min), car_min, np.nan)
    good_pt = np.zeros(len(out), dtype=bool)
    if stop_m is not None:
        stop_m = np.asarray(stop_m, dtype=float)
        out["stop_m"] = np.where(np.isfinite(stop_m), stop_m, np.nan)
        good_pt = stop_m <= stop_radius
        out["near_stop"] = good_pt
    if service_m is not None:
        service_m = np.asarray(service_m, dtype=float)
        out["service_m"] = np.where(np.isfinite(service_m), service_m, np.nan)
    model_out = travel_emissions(dwellings, distance_km, good_pt, model)
    for column in model_out.columns:
        out[column] = model_out[column].to_numpy()
    note = np.asarray(reasons, dtype=object)
    car_status = np.asarray(car_status)
    walk_status = np.asarray(walk_status)
    # an area reached on foot but not by car (or the other way) says so
    only = (car_status != walk_status) & (note == "")
    note = np.where(only, "reached on one of the two networks only", note)
    out["note"] = note
    return out


def _weighted_share(flag, weight):
    total = weight.sum()
    return 100.0 * weight[flag].sum() / total if total > 0 else np.nan


def _unreached_note(unreached, reasons, what: str) -> str:
    count = int(unreached.sum())
    kinds = sorted(set(r for r in reasons[unreached] if r))
    with_what = f" with {what}" if what else ""
    return f"{count} area(s){with_what} not reached ({'; '.join(kinds) or 'no network cost'})"


def alternative_values(
    areas: pd.DataFrame,
    *,
    has_landcover: bool,
    has_shore: bool,
    has_feed: bool,
    has_services: bool,
    residents_nearby: float | None,
    service_limit: float = 1000.0,
) -> dict[str, tuple[float, str]]:
    """The value and note of every indicator for one alternative from its area table.

    Examples
    --------
    >>> land = pd.DataFrame({"area_daa": [10.0, 10.0]})
    >>> t = area_table("A", [1, 2], [30.0, 10.0], [0.0, 0.0], land, [500.0, 2000.0],
    ...     [0, 0], [2.0, 6.0], [0, 0], ["", ""], TravelModel(), 1000.0)
    >>> v = alternative_values(t, has_landcover=False, has_shore=False, has_feed=False,
    ...                        has_services=False, residents_nearby=None)
    >>> v["dwellings_walk_centre"], v["car_min_centre"], v["density"]
    ((75.0, ''), (3.0, ''), (2.0, ''))
    >>> v["farmland_daa"]
    (nan, 'no LANDCOVER given')
    """
    dw = areas["dwellings"].to_numpy(float)
    jobs = areas["jobs"].to_numpy(float)
    reasons = areas["note"].to_numpy(dtype=object)
    walk_ok = np.isfinite(areas["walk_m_centre"].to_numpy(float))
    car_ok = np.isfinite(areas["car_min_centre"].to_numpy(float))
    v: dict[str, tuple[float, str]] = {}
    area = float(areas["area_daa"].sum())
    v["area_daa"] = (area, "")
    for key in (
        "farmland_daa",
        "pasture_daa",
        "forest_daa",
        "bog_daa",
        "open_daa",
        "built_daa",
        "other_daa",
    ):
        if has_landcover:
            v[key] = (float(areas[key].sum()), "")
        else:
            v[key] = (np.nan, "no LANDCOVER given")
    if has_shore:
        v["shore_daa"] = (float(areas["shore_daa"].sum()), "")
    else:
        v["shore_daa"] = (np.nan, "no SHORE given")
    v["dwellings"] = (float(dw.sum()), "")
    v["jobs"] = (float(jobs.sum()), "")
    v["density"] = (float(dw.sum()) / area if area > 0 else np.nan, "" if area > 0 else "no area")

    def by_network(key, weight, ok, what, value):
        if weight.sum() <= 0:
            v[key] = (np.nan, f"no {what}")
        elif (~ok & (weight > 0)).any():
            v[key] = (np.nan, _unreached_note(~ok & (weight > 0), reasons, what))
        else:
            v[key] = (float(value()), "")

    within = areas["within_walk"].to_numpy(bool)
    by_network(
        "dwellings_walk_centre", dw, walk_ok, "dwellings", lambda: _weighted_share(within, dw)
    )
    by_network("jobs_walk_centre", jobs, walk_ok, "jobs", lambda: _weighted_share(within, jobs))
    car = areas["car_min_centre"].to_numpy(float)
    by_network(
        "car_min_centre",
        dw,
        car_ok,
        "dwellings",
        lambda: np.sum(np.where(car_ok, car, 0) * dw) / dw.sum(),
    )
    if has_feed:
        near = areas["near_stop"].to_numpy(bool)
        v["dwellings_near_stop"] = (
            _weighted_share(near, dw),
            "" if dw.sum() > 0 else "no dwellings",
        )
        v["jobs_near_stop"] = (_weighted_share(near, jobs), "" if jobs.sum() > 0 else "no jobs")
    else:
        v["dwellings_near_stop"] = v["jobs_near_stop"] = (np.nan, "no FEED given")
    if has_services:
        s = areas["service_m"].to_numpy(float)
        s_ok = np.isfinite(s)
        by_network(
            "service_m", dw, s_ok, "dwellings", lambda: np.sum(np.where(s_ok, s, 0) * dw) / dw.sum()
        )
        by_network(
            "dwellings_walk_service",
            dw,
            s_ok,
            "dwellings",
            lambda: _weighted_share(s_ok & (s <= service_limit), dw),
        )
    else:
        v["service_m"] = v["dwellings_walk_service"] = (np.nan, "no SERVICES given")
    if residents_nearby is None:
        v["residents_nearby"] = (np.nan, "no POPULATION given")
    else:
        # an area not reached would leave its neighbours out: no undercount
        by_network(
            "residents_nearby", np.ones(len(areas)), walk_ok, "", lambda: float(residents_nearby)
        )
    residents = areas["residents"].to_numpy(float)
    v["residents"] = (float(residents.sum()), "")
    car_km = areas["car_km_day"].to_numpy(float)
    co2 = areas["co2_t_year"].to_numpy(float)
    trips = areas["trips_day"].to_numpy(float)
    share = areas["car_share"].to_numpy(float)
    by_network(
        "car_share",
        dw,
        walk_ok,
        "dwellings",
        lambda: 100.0 * np.nansum(share * trips) / trips.sum(),
    )
    by_network("car_km_day", dw, walk_ok, "dwellings", lambda: np.nansum(car_km))
    by_network("co2_t_year", dw, walk_ok, "dwellings", lambda: np.nansum(co2))
    by_network(
        "co2_kg_resident",
        dw,
        walk_ok,
        "dwellings",
        lambda: 1000.0 * np.nansum(co2) / residents.sum(),
    )
    return v


def rank_values(values, direction: str) -> np.ndarray:
    """Rank 1 = best; NaN where no value or the row has no direction; ties share the
    lower rank.

    >>> rank_values([3.0, 1.0, np.nan, 1.0], "lower").tolist()
    [3.0, 1.0, nan, 1.0]
    >>> rank_values([3.0, 1.0], "higher").tolist(), rank_values([3.0, 1.0], "").tolist()
    ([1.0, 2.0], [nan, nan])
    """
    x = pd.Series(np.asarray(values, dtype=float))
    if direction not in ("lower", "higher") or x.notna().sum() == 0:
        return np.full(len(x), np.nan)
    return x.rank(method="min", ascending=direction == "lower").to_numpy()


def comparison_table(columns: dict[str, dict[str, tuple[float, str]]]) -> pd.DataFrame:
    """One row per indicator: indicator, group, label, label_nb, unit, direction, a value
    column per alternative (in the order given), rank_<alternative> per alternative,
    best (the alternatives ranked 1) and note (why a value is empty, per alternative).

    Examples
    --------
    >>> t = comparison_table({"A": {"area_daa": (10.0, "")}, "B": {"area_daa": (4.0, "")}})
    >>> t[["indicator", "A", "B", "rank_A", "rank_B", "best"]].values.tolist()
    [['area_daa', 10.0, 4.0, 2.0, 1.0, 'B']]
    """
    names = list(columns)
    keys = [i.key for i in INDICATORS if any(i.key in columns[n] for n in names)]
    rows = []
    for key in keys:
        ind = _BY_KEY[key]
        values = [columns[n].get(key, (np.nan, ""))[0] for n in names]
        notes = [columns[n].get(key, (np.nan, ""))[1] for n in names]
        ranks = rank_values(values, ind.direction)
        row = {
            "indicator": key,
            "group": ind.group,
            "label": ind.label,
            "label_nb": ind.label_nb,
            "unit": ind.unit,
            "direction": ind.direction or "not ranked",
        }
        row.update({n: float(x) for n, x in zip(names, values)})
        row.update({f"rank_{n}": float(r) for n, r in zip(names, ranks)})
        row["best"] = ", ".join(n for n, r in zip(names, ranks) if r == 1)
        row["note"] = "; ".join(f"{n}: {t}" for n, t in zip(names, notes) if t)
        rows.append(row)
    return pd.DataFrame(rows)


def _lowered(labels) -> list[str]:
    """Labels inside a sentence: the first letter in lower case (codes such as AR5 kept).

    >>> _lowered(["On dyrka mark (AR5 21, 22)"])
    ['on dyrka mark (AR5 21, 22)']
    """
    return [str(t)[:1].lower() + str(t)[1:] for t in labels]


def _fmt(value: float, digits: int = 0) -> str:
    return "n/a" if not np.isfinite(value) else f"{value:,.{digits}f}"


def alternative_texts(table: pd.DataFrame) -> pd.DataFrame:
    """A short text per alternative: what it costs (land, car-km, CO₂), what it gains
    (location), and where it ranks best and worst.

    Examples
    --------
    >>> t = comparison_table({"A": {"area_daa": (10.0, ""), "dwellings": (50.0, "")},
    ...                       "B": {"area_daa": (4.0, ""), "dwellings": (50.0, "")}})
    >>> alternative_texts(t)["text"].str.contains("Best of the alternatives").tolist()
    [False, True]
    """
    value = table.set_index("indicator")
    names = [c[len("rank_") :] for c in table.columns if c.startswith("rank_")]
    ranked = table[table["direction"] != "not ranked"]
    out = []
    for n in names:

        def get(key, name=n):
            return float(value.at[key, name]) if key in value.index else np.nan

        parts = [
            f"{n}: {_fmt(get('dwellings'))} dwellings and {_fmt(get('jobs'))} jobs on "
            f"{_fmt(get('area_daa'), 1)} daa ({_fmt(get('density'), 1)} dwellings per daa)."
        ]
        costs = [
            f"{_fmt(get(k), 1)} daa {what}"
            for k, what in (
                ("farmland_daa", "dyrka mark"),
                ("forest_daa", "forest"),
                ("bog_daa", "bog"),
                ("shore_daa", "in the shore zone"),
            )
            if np.isfinite(get(k)) and get(k) > 0.05
        ]
        if np.isfinite(get("car_km_day")):
            costs.append(
                f"{_fmt(get('car_km_day'))} car-km a day and {_fmt(get('co2_t_year'), 1)} t "
                "CO₂ a year"
            )
        parts.append(
            "Costs: "
            + ("; ".join(costs) if costs else "no farmland, forest, bog or shore zone")
            + "."
        )
        gains = []
        if np.isfinite(get("dwellings_walk_centre")):
            gains.append(
                f"{_fmt(get('dwellings_walk_centre'))} % of the dwellings within walking "
                "distance of the centre"
            )
        if np.isfinite(get("dwellings_near_stop")):
            gains.append(f"{_fmt(get('dwellings_near_stop'))} % near a frequent stop")
        if np.isfinite(get("car_min_centre")):
            gains.append(f"{_fmt(get('car_min_centre'), 1)} min by car to the centre")
        if gains:
            parts.append("Location: " + "; ".join(gains) + ".")
        rank = ranked[f"rank_{n}"].to_numpy(float)
        has = np.isfinite(rank)
        best = ranked["label"].to_numpy()[rank == 1]
        worst_rank = ranked[[f"rank_{m}" for m in names]].max(axis=1).to_numpy(float)
        worst = ranked["label"].to_numpy()[has & (rank == worst_rank) & (rank > 1)]
        if len(best):
            parts.append(
                f"Best of the alternatives in {len(best)} of {int(has.sum())} ranked "
                f"indicators ({', '.join(_lowered(best[:4]))}{', …' if len(best) > 4 else ''})."
            )
        if len(worst):
            parts.append(
                f"Worst in {len(worst)} ({', '.join(_lowered(worst[:4]))}"
                f"{', …' if len(worst) > 4 else ''})."
            )
        missing = [
            _lowered([row["label"]])[0]
            for _, row in table.iterrows()
            if not np.isfinite(row[n])
            and row["note"]
            and f"{n}: " in row["note"]
            and "not reached" in row["note"]
        ]
        if missing:
            parts.append(f"Not computed (areas not reached): {', '.join(missing[:4])}.")
        out.append({"alternative": n, "text": " ".join(parts)})
    return pd.DataFrame(out)

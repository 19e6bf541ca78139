"""Car-km and CO₂ of the residents of new dwellings: the documented scenario model.

No QGIS here. For each development area with ``D`` planned dwellings at road distance
``d`` (km) from the centre, and ``pt`` = True where it lies near a stop with frequent
departures:

* residents            R = D · persons_per_dwelling
* trips per day        T = R · trips_per_person_day
* car-driver share     s = share of the distance band of d (``distance_breaks_km``,
  ``car_shares``), minus ``pt_reduction`` where ``pt``, kept within 0..1
* car trip length      L = trip_base_km + centre_factor · d
* car-km per day       K = T · s · L   (vehicle-km: a car-driver trip is one car trip)
* CO₂ per year         E = K · days_per_year · kg_co2_per_km / 1000   (tonnes)

Every parameter is an input with a stated default. Where each default comes from, and
which are our assumptions, is in :data:`PARAMETER_SOURCES` (and ``docs/scenarios.md``);
the defaults marked "assumption" are not statistics: set your own from the RVU figures
of your region.

>>> m = TravelModel()
>>> r = travel_emissions(np.array([100.0]), np.array([2.0]), np.array([False]), m)
>>> r[["residents", "car_share", "trip_km"]].round(3).values.tolist()
[[210.0, 0.45, 8.0]]
>>> round(float(r["car_km_day"].iloc[0]), 1)  # 210 * 3.0 * 0.45 * 8.0
2268.0
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np
import pandas as pd

from smaaby_plugin.core.errors import InputError

__all__ = [
    "PARAMETER_SOURCES",
    "TravelModel",
    "car_share",
    "trip_length_km",
    "travel_emissions",
    "parse_list",
]


@dataclass(frozen=True)
class TravelModel:
    """Parameters of the model (see the module docstring for the formulas).

    Attributes
    ----------
    persons_per_dwelling : float
        Residents per new dwelling.
    trips_per_person_day : float
        Trips per resident per day, all modes, averaged over all days of the year.
    distance_breaks_km : tuple of float
        Upper bounds (km, road distance to the centre) of the distance bands, increasing.
    car_shares : tuple of float
        Car-driver share of trips in each band: one more value than breaks (the last
        band is beyond the last break).
    pt_reduction : float
        Share points taken off the car-driver share near a stop with frequent departures.
    trip_base_km : float
        Length (km) of a car trip that starts at the centre.
    centre_factor : float
        Km added to a car trip per km of road distance from the centre.
    kg_co2_per_km : float
        Exhaust CO₂ per car-km of the car fleet of the scenario year (2030).
    days_per_year : float
    """

    persons_per_dwelling: float = 2.1
    trips_per_person_day: float = 3.0
    distance_breaks_km: tuple = (1.0, 3.0, 10.0)
    car_shares: tuple = (0.30, 0.45, 0.60, 0.70)
    pt_reduction: float = 0.05
    trip_base_km: float = 7.0
    centre_factor: float = 0.5
    kg_co2_per_km: float = 0.07
    days_per_year: float = 365.0

    def __post_init__(self):
        ranges = {
            "persons_per_dwelling": (0.1, 10.0),
            "trips_per_person_day": (0.0, 20.0),
            "pt_reduction": (0.0, 1.0),
            "trip_base_km": (0.0, 500.0),
            "centre_factor": (0.0, 10.0),
            "kg_co2_per_km": (0.0, 1.0),
            "days_per_year": (1.0, 366.0),
        }
        for name, (low, high) in ranges.items():
            value = getattr(self, name)
            if not (np.isfinite(value) and low <= value <= high):
                raise InputError(f"Travel model: {name} = {value} is outside {low:g}-{high:g}.")
        breaks = np.asarray(self.distance_breaks_km, dtype=float)
        shares = np.asarray(self.car_shares, dtype=float)
        if len(shares) != len(breaks) + 1:
            raise InputError(
                f"Travel model: {len(breaks)} distance break(s) need {len(breaks) + 1} car "
                f"shares (one per band, the last beyond the last break); got {len(shares)}."
            )
        if not (np.isfinite(breaks).all() and (breaks > 0).all() and (breaks <= 1000).all()):
            raise InputError(
                "Travel model: DISTANCE_BREAKS (distance breaks) must be km between 0 and "
                f"1000; got {', '.join(f'{b:g}' for b in breaks)}."
            )
        if (np.diff(breaks) <= 0).any():
            raise InputError("Travel model: distance breaks must increase, e.g. 1, 3, 10.")
        if not (np.isfinite(shares).all() and (shares >= 0).all() and (shares <= 1).all()):
            raise InputError(
                "Travel model: CAR_SHARES (car shares) must be fractions 0-1, e.g. 0.3, 0.45; "
                f"got {', '.join(f'{v:g}' for v in shares)}."
            )

    def as_table(self) -> pd.DataFrame:
        """The parameters with their values, units, sources and status (one row each)."""
        rows = []
        for f in fields(self):
            value = getattr(self, f.name)
            unit, source, status = PARAMETER_SOURCES[f.name]
            if isinstance(value, tuple):
                value = ", ".join(f"{v:g}" for v in value)
            rows.append(
                {
                    "parameter": f.name,
                    "value": str(value),
                    "unit": unit,
                    "source": source,
                    "status": status,
                }
            )
        return pd.DataFrame(rows)


#: Per parameter: unit, where the default comes from, and whether it is a statistic
#: ("statistic", rounded) or our assumption. [U] = not re-read by this project.
PARAMETER_SOURCES = {
    "persons_per_dwelling": (
        "persons",
        "SSB, households statistics (Familier og husholdninger): about 2.1 persons per "
        "private household in Norway in the 2020s, rounded [U]",
        "statistic (national; small flats in a centre house fewer)",
    ),
    "trips_per_person_day": (
        "trips/person/day",
        "RVU 2018/19, the national travel survey (TØI): about 3 trips per person per day, "
        "all modes [U]",
        "statistic (national, rounded)",
    ),
    "distance_breaks_km": (
        "km",
        "our choice of bands: the centre (within 1 km), the town (1-3 km), the "
        "surroundings (3-10 km), the countryside",
        "assumption",
    ),
    "car_shares": (
        "share",
        "shaped after RVU: about half of all trips nationally are made as car driver, "
        "fewer in and near centres, more in the countryside [U]; the band values are ours",
        "assumption",
    ),
    "pt_reduction": (
        "share points",
        "ours: a stop with frequent departures within walking distance takes some trips "
        "from the car",
        "assumption",
    ),
    "trip_base_km": (
        "km",
        "ours: a car trip from the centre of a small town; RVU's mean car-driver trip is "
        "longer because of long trips [U]",
        "assumption",
    ),
    "centre_factor": (
        "km/km",
        "ours: half of the distance to the centre is added to each car trip (many "
        "destinations lie in or beyond the centre)",
        "assumption",
    ),
    "kg_co2_per_km": (
        "kg CO₂/car-km",
        "after Miljødirektoratet's Klimakur 2030 reference path (a car fleet about half "
        "electric by 2030); replace with Miljødirektoratet's or SSB's current figure [U]",
        "assumption (2030 fleet)",
    ),
    "days_per_year": (
        "days",
        "RVU's trips per day are averaged over all days of the year",
        "definition",
    ),
}


def parse_list(text: str, name: str, example: str = "1, 3, 10") -> tuple[float, ...]:
    """Numbers from '1, 3, 10' (a comma list; ';' works too) for the model parameters;
    a refusal shows ``example``.

    >>> parse_list("0.3; 0.45, 0.6", "CAR_SHARES")
    (0.3, 0.45, 0.6)
    """
    parts = [p.strip() for p in str(text or "").replace(";", ",").split(",") if p.strip()]
    out = []
    for p in parts:
        try:
            value = float(p)
        except ValueError:
            value = float("nan")
        if not np.isfinite(value):
            raise InputError(f"{name}: '{p}' is not a number; write e.g. '{example}'.")
        out.append(value)
    if not out:
        raise InputError(f"{name} is empty; write e.g. '{example}'.")
    return tuple(out)


def car_share(distance_km, good_pt, model: TravelModel) -> np.ndarray:
    """Car-driver share per area: the share of its distance band, minus ``pt_reduction``
    near a frequent stop, within 0..1; NaN where the distance is unknown.

    A distance on a break belongs to the band above it.

    >>> car_share(np.array([0.5, 1.0, 5.0, 20.0, np.nan]), np.array([0, 0, 1, 0, 0]),
    ...           TravelModel()).round(2).tolist()
    [0.3, 0.45, 0.55, 0.7, nan]
    """
    d = np.asarray(distance_km, dtype=float)
    band = np.searchsorted(np.asarray(model.distance_breaks_km, float), d, side="right")
    band = np.minimum(band, len(model.car_shares) - 1)
    share = np.asarray(model.car_shares, float)[band]
    share = share - model.pt_reduction * np.asarray(good_pt, dtype=bool)
    return np.where(np.isnan(d), np.nan, np.clip(share, 0.0, 1.0))


def trip_length_km(distance_km, model: TravelModel) -> np.ndarray:
    """Length of a car trip: trip_base_km + centre_factor · distance to the centre.

    >>> trip_length_km(np.array([0.0, 4.0]), TravelModel()).tolist()
    [7.0, 9.0]
    """
    return model.trip_base_km + model.centre_factor * np.asarray(distance_km, dtype=float)


def travel_emissions(dwellings, distance_km, good_pt, model: TravelModel) -> pd.DataFrame:
    """Residents, car share, trip length, car-km per day and CO₂ per year per area.

    Parameters
    ----------
    dwellings : array_like of float
        Planned dwellings per area (checked counts).
    distance_km : array_like of float
        Road distance to the centre (km); NaN where unknown (the area is not reached).
    good_pt : array_like of bool
        Near a stop with frequent departures.
    model : TravelModel

    Returns
    -------
    pandas.DataFrame
        ``residents``, ``trips_day``, ``car_share``, ``trip_km``, ``car_km_day``,
        ``co2_t_year``; NaN where the distance is unknown and the area has dwellings
        (an area without dwellings has 0 car-km wherever it lies).

    Examples
    --------
    >>> m = TravelModel(kg_co2_per_km=0.1, days_per_year=100)
    >>> r = travel_emissions([10.0, 0.0, 5.0], [0.5, np.nan, np.nan], [True, False, False], m)
    >>> r["car_km_day"].round(3).tolist(), r["co2_t_year"].round(4).tolist()
    ([114.188, 0.0, nan], [1.1419, 0.0, nan])
    """
    dwellings = np.asarray(dwellings, dtype=float)
    d = np.asarray(distance_km, dtype=float)
    residents = dwellings * model.persons_per_dwelling
    trips = residents * model.trips_per_person_day
    share = car_share(d, good_pt, model)
    length = trip_length_km(d, model)
    car_km = trips * share * length
    car_km = np.where(dwellings == 0, 0.0, car_km)
    return pd.DataFrame(
        {
            "residents": residents,
            "trips_day": trips,
            "car_share": share,
            "trip_km": length,
            "car_km_day": car_km,
            "co2_t_year": car_km * model.days_per_year * model.kg_co2_per_km / 1000.0,
        }
    )

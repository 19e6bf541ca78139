"""Eksempelby: the built-in synthetic sample town and its region.

Eksempelby is **synthetic**. It is a made-up Norwegian small town on a fjord shore
with five neighbouring kommuner, generated deterministically from a seed: the same
seed gives identical attribute values and geometries. None of its numbers describe
a real place. The layout (coast, kommune borders, main roads, villages, plan areas) is
fixed by design; the seed drives the details (shore and border wiggles, street jitter,
where people, buildings and businesses lie, their sizes).

All coordinates are EPSG:25833 (ETRS89 / UTM 33N) metres. The layer names and fields
are a contract (``docs/eksempelby.md``): algorithms, tests and ``make demo`` rely on
them.

Layers are returned as pandas DataFrames; spatial layers have a ``geometry`` column of
shapely geometries (an object array). :func:`write_gpkg` writes them with fiona into
one GeoPackage. Command line::

    python -m smaaby_plugin.sample.eksempelby OUT.gpkg [--seed 2024]

This module is the entry point; the work is done by the modules beside it, one per
thing generated: ``design`` (the fixed layout), ``schema`` (the layer contract),
``region`` (sea, lake, kommuner, zones), ``streets`` and ``roads``, ``people`` (the
population grid), ``buildings``, ``commuting``, ``businesses``, ``settlements``
(centres, tettsteder), ``landcover``, ``plans``, ``write`` (the GeoPackage) and
``_geometry`` (helpers they share).

Examples
--------
>>> ssb_id_250m(np.array([298000]), np.array([6699750]))[0]
'22980006699750'
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.sample import hubs, scenarios, transit
from smaaby_plugin.sample.buildings import _buildings, _homes, _places
from smaaby_plugin.sample.businesses import _businesses
from smaaby_plugin.sample.commuting import _commuting
from smaaby_plugin.sample.design import REGION, TORGET
from smaaby_plugin.sample.landcover import _blocks, _landcover_layers
from smaaby_plugin.sample.people import _population, _population_frame, ssb_id_250m
from smaaby_plugin.sample.plans import _plans
from smaaby_plugin.sample.region import _geography, _kommune_frame, _shoreline
from smaaby_plugin.sample.roads import _road_access, _roads
from smaaby_plugin.sample.schema import AR5_CODES, CRS, KOMMUNER, LAYERS, SOSI_CODES
from smaaby_plugin.sample.services import service_kinds
from smaaby_plugin.sample.settlements import _centres, _tettsteder
from smaaby_plugin.sample.write import write_layers

__all__ = [
    "AR5_CODES",
    "CRS",
    "DEFAULT_SEED",
    "KOMMUNER",
    "LAYERS",
    "REGION",
    "SOSI_CODES",
    "TORGET",
    "generate",
    "main",
    "ssb_id_250m",
    "write_gpkg",
]

#: The seed of the published sample.
DEFAULT_SEED = 2024


def generate(seed: int = DEFAULT_SEED) -> dict[str, pd.DataFrame]:
    """Generate every layer of Eksempelby.

    Parameters
    ----------
    seed : int
        Seed of ``numpy.random.default_rng``; the same seed gives identical layers.

    Returns
    -------
    dict of str to pandas.DataFrame
        One frame per layer of :data:`LAYERS`, in that order, with the fields of the
        schema and, for spatial layers, a ``geometry`` column of shapely geometries
        (EPSG:25833). ``commuting`` has no geometry.
    """
    # One generator for the whole sample: every stage below draws from it, so their
    # order is part of the sample (reordering them changes every layer after).
    rng = np.random.default_rng(seed)
    geo = _geography(rng)
    land, zones, kommuner, k9901 = geo["land"], geo["zones"], geo["kommuner"], geo["k9901"]

    roads = _roads(rng, land, geo["water"], zones, geo["islands"][0], k9901)
    road_frame = roads["frame"]
    unbuilt = shapely.union_all([zones[k] for k in ("R1", "R2", "N1", "N2", "N3", "N4", "N5")])
    off_road, near_road = _road_access(road_frame)
    places = _places(land, zones, unbuilt, off_road, near_road)
    road_geom = road_frame["geometry"].to_numpy()
    rural_roads = road_geom[road_frame["road_class"].to_numpy() != "K"]
    pop = _population(rng, kommuner, places["old"][0], zones, rural_roads)
    homes = _homes(rng, pop, places, kommuner)

    pop_knr = {k: int(pop["pop2022"][pop["knr"] == k].sum()) for k in KOMMUNER}
    commuting = _commuting(pop_knr)
    jobs = commuting.groupby("work_knr")["employed"].sum().to_dict()
    sites = (shapely.difference(land, shapely.buffer(unbuilt, 5.0)), off_road)
    businesses = _businesses(
        rng, homes, road_frame, zones, sites, kommuner, jobs, geo["shore"], roads["main"]
    )
    buildings = _buildings(rng, homes, businesses, zones, places, geo["shore"], kommuner)

    blocks = _blocks(roads["clean"], buildings["xy"], buildings["type"], buildings["year"])
    tettsteder = _tettsteder(
        blocks, buildings["xy"], buildings["type"], buildings["residents"], geo["sea"]
    )
    landcover, built = _landcover_layers(
        rng, blocks, buildings, roads["corridors"], zones, unbuilt, geo
    )
    in_9901 = tettsteder["geometry"].to_numpy()[
        shapely.intersects(tettsteder["geometry"].to_numpy(), k9901)
    ]
    plan_current, plan_proposed = _plans(
        k9901, geo["sea"], geo["lake"], zones, roads["main"], shapely.union_all(in_9901)
    )

    layers = {
        "kommuner": _kommune_frame(kommuner),
        "roads": road_frame,
        "population": _population_frame(pop).assign(
            state_employees=lambda f: hubs.state_employees(f["pop2022"].to_numpy(), seed)
        ),
        "buildings": buildings["frame"],
        "businesses": businesses.drop(columns="kind").assign(
            service=service_kinds(businesses["nace"], businesses["name"])
        ),
        "centres": _centres(),
        "tettsteder": tettsteder,
        "landcover_2015": landcover[2015],
        "landcover": landcover[2022],
        "built_2015": built[2015],
        "built_2022": built[2022],
        "plan_current": plan_current,
        "plan_proposed": plan_proposed,
        "commuting": commuting,
        "shoreline": _shoreline(geo["shore"], geo["lake"]),
    }
    out = {}
    for name, (geom_type, fields) in LAYERS.items():
        frame = layers[name]
        cols = list(fields) + (["geometry"] if geom_type else [])
        out[name] = frame[cols].reset_index(drop=True)
    return out


def write_gpkg(
    path: str, seed: int = DEFAULT_SEED, layers: dict[str, pd.DataFrame] | None = None
) -> dict[str, int]:
    """Write Eksempelby into one GeoPackage (an existing file is replaced).

    Parameters
    ----------
    path : str
        The GeoPackage to write.
    seed : int
        Seed for :func:`generate` (ignored when ``layers`` is given).
    layers : dict of str to pandas.DataFrame, optional
        Layers from :func:`generate`, to avoid generating them twice.

    Returns
    -------
    dict of str to int
        Feature count per layer.
    """
    if layers is None:
        layers = generate(seed)
    counts = write_layers(path, layers)
    # the synthetic GTFS feed beside it (issue 14): <stem>_gtfs.zip
    transit.write_feed(os.path.splitext(path)[0] + "_gtfs.zip", layers, seed)
    # three plan alternatives toward 2030 (issue 16), layers of their own
    counts.update(scenarios.write_alternatives(path, layers, seed))
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m smaaby_plugin.sample.eksempelby OUT.gpkg [--seed N]``."""
    parser = argparse.ArgumentParser(
        prog="python -m smaaby_plugin.sample.eksempelby",
        description="Write Eksempelby, the synthetic sample town, to a GeoPackage.",
    )
    parser.add_argument("out", help="GeoPackage to write (replaced if it exists)")
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})"
    )
    args = parser.parse_args(argv)
    counts = write_gpkg(args.out, seed=args.seed)
    print(f"Eksempelby (synthetic, seed {args.seed}) written to {args.out}:")
    for name, n in counts.items():
        print(f"  {name:15s} {n:6d}")
    print(f"  GTFS feed       {os.path.splitext(args.out)[0]}_gtfs.zip")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The job file (TOML) of the batch: reading it and checking it before any work.

A job file names the kommune polygons that partition the run, the inputs of each job and
the options (see ``docs/batch.md``)::

    output = "out/national"            # results go to <output>/<job>/
    [kommuner]                         # the partitions: one per kommune
    path = "national.gpkg"             # paths are relative to the job file's folder
    layer = "kommuner"
    id_field = "kommunenummer"
    name_field = "kommunenavn"
    only = ["0301", "3403"]            # optional: these kommuner only
    [landuse]
    path = "national.gpkg"
    layer = "landcover"
    class_field = "arealtype"
    unit = "daa"                       # m2, daa, ha, km2
    code_list = "ar5"                  # auto, sosi, ar5, n50, none
    [run]
    workers = 2                        # LocalCluster workers (default: the cores)
    memory_limit = "4GB"               # per worker

Examples
--------
>>> cfg = parse('output = "o"\\n[kommuner]\\npath = "k.gpkg"\\n', "/data/job.toml")
>>> cfg["output"], cfg["kommuner"]["path"], cfg["kommuner"]["id_field"]
('/data/o', '/data/k.gpkg', 'kommunenummer')
"""

from __future__ import annotations

import math
import os
import sys

from smaaby_plugin.core.catchments.commuting_regions import (
    DEFAULT_MIN_CONTAINMENT,
    DEFAULT_MIN_SIZE,
    DEFAULT_TARGET_CONTAINMENT,
    DEFAULT_TARGET_SIZE,
    RESERVE_SMAABY,
)
from smaaby_plugin.core.catchments.network_prepare import DEFAULT_SPEEDS_TEXT
from smaaby_plugin.core.errors import InputError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Debian 12 has Python 3.11
    try:
        import tomli as tomllib
    except ImportError:
        tomllib = None

__all__ = ["DEFAULTS", "load", "number", "parse"]

#: The network keys of [serviceaccess] and [centrality] (the adapters' parameters).
NETWORK_DEFAULTS = {
    "network_layer": "roads",
    "cost": "time",  # or "distance"
    "speed_field": "speed_kmh",
    "road_class_field": "road_class",
    "default_speeds": DEFAULT_SPEEDS_TEXT,
    "direction_field": None,
    "direction_rule": "values",  # or "lanes" (NVDB feltoversikt)
    "forward_values": "FT",
    "backward_values": "TF",
    "closed_values": "N",
    "snap_tolerance": 0.1,
    "split_at_shared_vertices": True,
    "max_snap": 500.0,  # 0 = no limit
    "access_speed": 5.0,
    "origins_layer": "population",
    "origin_id_field": "ssbid_250m",
    "population_field": "pop2022",
}
SERVICEACCESS_DEFAULTS = {
    **NETWORK_DEFAULTS,
    "destinations_layer": "services",
    "destination_id_field": "service_id",
    "kind_field": "kind",
    "kinds": "",
    "cutoff": 120.0,
    "thresholds": "15, 30, 60",
}
CENTRALITY_DEFAULTS = {
    **NETWORK_DEFAULTS,
    "tettsteder_layer": "tettsteder",
    "tettsted_population_field": "population",
    "tettsted_name_field": "name",
    "oslo_name": "Oslo",
    "oslo_minutes": 90.0,
    "large_population": 50_000,
    "large_minutes": 75.0,
    "medium_population": 15_000,
    "medium_minutes": 60.0,
    "small_population": 5_000,
    "small_minutes": 45.0,
    # "1994" (the codes), "index" (the SSB-style index, two passes) or "both"
    "method": "1994",
    # the index (smaaby:centrality METHOD 0): its parameters and the algorithm's defaults
    "workplaces_layer": "workplaces",
    "employees_field": "employees",  # empty: 1 per workplace
    "services_layer": "services",
    "service_kind_field": "kind",  # empty: every service one kind "all"
    "service_kinds": "",  # empty: every kind of the whole layer
    "cutoff": 90.0,  # minutes (km on a distance network)
    "decay": "exponential",  # or "power", "step"
    "beta": 0.05,  # per minute (per km on a distance network)
    "floor": 1.0,  # of the power decay, minutes (km)
    "job_weight": 2 / 3,
    "reference": "",  # an origin id (index 1000); empty: the most central origin
    "breaks": "500, 600, 700, 800, 900",
}

#: Defaults per section (a key given in the file wins).
DEFAULTS: dict[str, dict] = {
    "kommuner": {"layer": None, "id_field": "kommunenummer", "name_field": "kommunenavn"},
    "landuse": {
        "layer": None,
        "class_field": "arealtype",
        "unit": "daa",
        "code_list": "auto",
        "overlaps": "error",
        "overlap_tolerance": 0.01,
        "population_layer": None,
        "population_field": None,
        "population_path": None,
    },
    "compactness": {"layer": None, "id_field": None, "indices": None, "sample_points": 400},
    "centre": {
        "layer": "tettsteder",
        "name_field": "name",
        "centres_layer": "centres",
        "population_layer": "population",
        "population_field": "pop2022",
        "landuse_layer": None,
        "class_field": "arealtype",
        "built_classes": "11,12",
        "distances": "500,1000,2000",
        "ring_width": 250.0,
        "mix_radius": 500.0,
    },
    "commuting": {
        "layer": "commuting",
        "home_field": "home_knr",
        "work_field": "work_knr",
        "flow_field": "employed",
        "min_size": DEFAULT_MIN_SIZE,
        "target_size": DEFAULT_TARGET_SIZE,
        "min_containment": DEFAULT_MIN_CONTAINMENT,
        "target_containment": DEFAULT_TARGET_CONTAINMENT,
        "reserve_step": RESERVE_SMAABY,
    },
    "serviceaccess": SERVICEACCESS_DEFAULTS,
    "centrality": CENTRALITY_DEFAULTS,
    "run": {"workers": None, "threads_per_worker": 1, "memory_limit": "4GB", "retries": 1},
}
_PATH_KEYS = ("path", "population_path")


def parse(text: str, where: str = "job.toml") -> dict:
    """A job file's text as a dict with the defaults filled in and paths made absolute
    (relative to the folder of ``where``)."""
    if tomllib is None:  # pragma: no cover
        raise InputError("Reading a job file needs Python 3.11 or the package tomli.")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"{where}: not a valid TOML file ({err}).") from None
    base = os.path.dirname(os.path.abspath(where))
    unknown = sorted(set(raw) - set(DEFAULTS) - {"output"})
    if unknown:
        raise InputError(
            f"{where}: unknown section(s) {', '.join(unknown)}; use "
            f"{', '.join(['output', *DEFAULTS])}."
        )
    cfg: dict = {
        "output": os.path.normpath(os.path.join(base, str(raw.get("output", "out/batch"))))
    }
    for section, defaults in DEFAULTS.items():
        given = raw.get(section)
        if given is None:
            cfg[section] = None if section not in ("run",) else dict(defaults)
            continue
        if not isinstance(given, dict):
            raise InputError(f"{where}: [{section}] must be a table of keys.")
        extra = sorted(set(given) - set(defaults) - {"path", "only"})
        if extra:
            raise InputError(
                f"{where}: [{section}] has unknown key(s) {', '.join(extra)}; known: "
                f"{', '.join(sorted({*defaults, 'path', 'only'}))}."
            )
        merged = {**defaults, **given}
        for key in _PATH_KEYS:
            if merged.get(key):
                merged[key] = os.path.normpath(os.path.join(base, str(merged[key])))
        cfg[section] = merged
    if cfg["kommuner"] is None or not cfg["kommuner"].get("path"):
        raise InputError(
            f"{where}: [kommuner] path is needed (the polygons that partition the run)."
        )
    _check_run(cfg["run"], where)
    return cfg


def _check_run(run: dict, where: str) -> None:
    workers = run.get("workers")
    if workers is not None and (not isinstance(workers, int) or not 1 <= workers <= 1024):
        raise InputError(f"{where}: [run] workers must be a whole number from 1 to 1024.")
    retries = run.get("retries")
    if not isinstance(retries, int) or not 0 <= retries <= 5:
        raise InputError(f"{where}: [run] retries must be a whole number from 0 to 5.")


def number(section: dict, key: str, low: float, high: float, what: str) -> float:
    """A finite number option within [low, high], else an InputError naming it."""
    value = section[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InputError(f"{what} {key} must be a number; it is {value!r}.")
    if not low <= value <= high:
        raise InputError(f"{what} {key} must be between {low:g} and {high:g}; it is {value:g}.")
    return float(value)


def load(path) -> dict:
    """Read and check a job file."""
    if not os.path.exists(path):
        raise InputError(f"The job file {path} does not exist.")
    with open(path, encoding="utf-8") as f:
        return parse(f.read(), str(path))

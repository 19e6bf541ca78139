"""A small national sample and its job file, for ``make national``, the tests and a first
try: ``python -m smaaby_plugin.batch.demo OUT_DIR [--kommuner 6] [--scale 0.01]`` writes
``OUT_DIR/national.gpkg`` (synthetic, see :mod:`smaaby_plugin.sample.national`) and
``OUT_DIR/job.toml``, whose jobs write under ``OUT_DIR``."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

__all__ = ["JOB_FILE", "main", "write_sample"]

#: The job file for the sample (paths relative to its folder).
JOB_FILE = """\
# Jobs on the synthetic national sample (smaaby_plugin.sample.national).
output = "."

[kommuner]
path = "national.gpkg"
layer = "kommuner"
id_field = "kommunenummer"
name_field = "kommunenavn"

[landuse]
path = "national.gpkg"
layer = "landcover"
class_field = "arealtype"
unit = "daa"
code_list = "ar5"
population_layer = "population"
population_field = "pop2022"

[compactness]
path = "national.gpkg"
layer = "tettsteder"

[centre]
path = "national.gpkg"
layer = "tettsteder"
name_field = "name"
centres_layer = "centres"
population_layer = "population"
population_field = "pop2022"
landuse_layer = "landcover"
class_field = "arealtype"

[commuting]
path = "national.gpkg"
layer = "commuting"
home_field = "home_knr"
work_field = "work_knr"
flow_field = "employed"

[serviceaccess]
path = "national.gpkg"
network_layer = "roads"
speed_field = "speed_kmh"
road_class_field = "road_class"
origins_layer = "population"
origin_id_field = "ssbid_250m"
population_field = "pop2022"
destinations_layer = "services"
destination_id_field = "service_id"
kind_field = "kind"
cutoff = 60
thresholds = "10, 20, 30"
max_snap = 2000                  # the small sample's roads are sparse

[centrality]
path = "national.gpkg"
network_layer = "roads"
origins_layer = "population"
origin_id_field = "ssbid_250m"
population_field = "pop2022"
tettsteder_layer = "tettsteder"
tettsted_population_field = "population"
tettsted_name_field = "name"
max_snap = 2000
method = "both"                  # the 1994 codes and the SSB-style index (two passes)
workplaces_layer = "workplaces"
employees_field = "employees"
services_layer = "services"
service_kind_field = "kind"
cutoff = 90                      # the index's cut-off, minutes

[run]
memory_limit = "4GB"
"""


def write_sample(folder, kommuner=None, scale: float = 0.01, only=None) -> str:
    """Write the sample (the first ``kommuner`` kommuner, or ``only`` these, or all) and
    the job file into ``folder``; returns the job file's path."""
    from smaaby_plugin.sample import national

    os.makedirs(folder, exist_ok=True)
    frame = national.read_kommuner()
    if kommuner and not only:
        only = frame["kommunenummer"].tolist()[:kommuner]
    layers = national.generate(scale, only=only, kommuner=frame)
    national.write(os.path.join(folder, "national.gpkg"), layers)
    path = os.path.join(folder, "job.toml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(JOB_FILE)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m smaaby_plugin.batch.demo")
    parser.add_argument("folder")
    parser.add_argument("--kommuner", type=int, default=6, help="the first N kommuner (0: all)")
    parser.add_argument("--scale", type=float, default=0.01)
    args = parser.parse_args(argv)
    path = write_sample(args.folder, args.kommuner or None, args.scale)
    print(f"Synthetic national sample and job file written: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The national batch's network jobs give, for a kommune, the rows that smaaby:serviceaccess
and smaaby:centrality (1994 codes) give through processing.run, row for row.

The fair comparison: processing.run gets the same halo network and the same halo
destinations (tettsteder) that the batch computed the kommune on, written to a file of
their own here (every road link within the halo distance plus MAX_SNAP of the kommune,
the services whose point lies within the halo; the distance computed here from the
sample's fastest road, not taken from the batch). What this test checks is that the
batch runs the same computation as the plugin on the data it chose; that the halo it
chose is wide enough, i.e. that the result equals one on the whole network, is
``tests/unit/batch/test_network_jobs.py``'s business (a network that crosses the kommune
border, where leaving the halo out would change the result). The origins are the whole
population layer, with the kommune as ZONES: the batch's selection of the kommune's
cells is compared too (rows with zone_id = the kommune)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from _frames import same_rows
from qgis.core import QgsVectorLayer

from smaaby_plugin.batch import config, io, runner
from smaaby_plugin.batch.demo import write_sample
from smaaby_plugin.sample import national

pytestmark = pytest.mark.skipif(
    not national.KOMMUNER_GPKG.exists(), reason=f"{national.KOMMUNER_GPKG} is absent"
)
KOMMUNER = ["1101", "1103", "1108"]  # Eigersund, Stavanger and Sandnes share borders
MAX_SNAP = 3000.0  # the sample's roads are sparse at this size: attach most cells


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("national_network_qgis")
    cfg = config.load(write_sample(folder, only=KOMMUNER, scale=0.02))
    for job in ("serviceaccess", "centrality"):
        cfg[job]["max_snap"] = MAX_SNAP
        summary = runner.run(job, cfg, scheduler="none", log=lambda _: None)
        assert not summary.failed
    return cfg


def _halo_m(cfg, minutes: float) -> float:
    """Minutes at the fastest speed of the sample's roads (80 km/h) in metres."""
    roads = io.read_layer(cfg["serviceaccess"]["path"], "roads", ["speed_kmh"], geometry=False)
    fastest = max(float(roads.attributes["speed_kmh"].max()), 5.0)
    assert fastest == 80.0  # R roads: an independent check of what the batch found
    return minutes * fastest * 1000.0 / 60.0


def _halo_file(cfg, knr: str, minutes: float, tmp_path, layer: str, points: bool) -> str:
    """``layer`` of the sample within the halo of kommune ``knr``, in a file of its own."""
    gpkg = cfg["serviceaccess"]["path"]
    kommune = io.read_layer(gpkg, "kommuner", where=f"kommunenummer = '{knr}'")
    area = kommune.geometry[0]
    data = io.read_layer(gpkg, layer)
    geoms = shapely.point_on_surface(data.geometry) if points else data.geometry
    # the links within the halo plus MAX_SNAP (a point's nearest link may lie that far)
    reach = _halo_m(cfg, minutes) + (MAX_SNAP if layer == "roads" else 0.0)
    keep = shapely.distance(area, geoms) <= reach
    assert keep.any()
    out = str(tmp_path / f"{layer}_{knr}.gpkg")
    kind = {"roads": "LineString", "services": "Point", "tettsteder": "Polygon"}[layer]
    io.write_table(
        out,
        layer,
        data.attributes.loc[keep].reset_index(drop=True),
        data.geometry[keep],
        kind,
        national.CRS,
    )
    return out


def _layer(path: str, name: str, where: str = "") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid()
    if where:
        assert layer.setSubsetString(where)
    return layer


def _network_params(gpkg_roads: str) -> dict:
    return {
        "NETWORK": _layer(gpkg_roads, "roads"),
        "COST": 1,  # travel time
        "SPEED_FIELD": "speed_kmh",
        "ROAD_CLASS_FIELD": "road_class",
        "MAX_SNAP": MAX_SNAP,
    }


@pytest.mark.parametrize("knr", ["1103", "1108"])
def test_serviceaccess_equals_processing(batch, knr, run_alg, tmp_path):
    s = batch["serviceaccess"]
    cutoff = float(s["cutoff"])
    roads = _halo_file(batch, knr, cutoff, tmp_path, "roads", points=False)
    services = _halo_file(batch, knr, cutoff, tmp_path, "services", points=True)
    merged = f"{batch['output']}/serviceaccess/serviceaccess.gpkg"
    summary = io.read_layer(merged, "serviceaccess_summary").attributes
    kinds = sorted(summary["kind"].unique())
    assert kinds == ["gp", "grocery", "hospital", "school"]  # the kinds of the whole layer
    out, out_summary = str(tmp_path / "access.gpkg"), str(tmp_path / "summary.gpkg")
    run_alg(
        "smaaby:serviceaccess",
        {
            "ORIGINS": _layer(s["path"], "population"),
            "ORIGIN_ID_FIELD": "ssbid_250m",
            "POPULATION_FIELD": "pop2022",
            "DESTINATIONS": _layer(services, "services"),
            "DESTINATION_ID_FIELD": "service_id",
            "KIND_FIELD": "kind",
            "KINDS": ", ".join(kinds),  # as the batch: the kinds of the whole country
            "CUTOFF": cutoff,
            "THRESHOLDS": s["thresholds"],
            "ZONES": _layer(s["path"], "kommuner", f"\"kommunenummer\" = '{knr}'"),
            "ZONE_ID_FIELD": "kommunenummer",
            "OUTPUT": out,
            "OUTPUT_SUMMARY": out_summary,
            **_network_params(roads),
        },
    )
    theirs = io.read_layer(out).attributes
    theirs = theirs[theirs["zone_id"] == knr]
    mine = io.read_layer(merged, "serviceaccess").attributes
    mine = mine[mine["zone_id"] == knr]
    assert np.isfinite(mine["min_grocery"]).sum() > 10  # reached origins compared, not NaN
    same_rows(mine, theirs, ["origin_id"])
    theirs = io.read_layer(out_summary).attributes
    same_rows(summary[summary["zone_id"] == knr], theirs[theirs["zone_id"] == knr], ["kind"])


@pytest.mark.parametrize("knr", ["1101", "1103"])
def test_centrality_1994_equals_processing(batch, knr, run_alg, tmp_path):
    s = batch["centrality"]
    minutes = max(float(s[k]) for k in ("oslo_minutes", "large_minutes", "medium_minutes"))
    roads = _halo_file(batch, knr, minutes, tmp_path, "roads", points=False)
    towns = _halo_file(batch, knr, minutes, tmp_path, "tettsteder", points=True)
    out, out_zones = str(tmp_path / "codes.gpkg"), str(tmp_path / "zones.gpkg")
    run_alg(
        "smaaby:centrality",
        {
            "METHOD": 1,
            "ORIGINS": _layer(s["path"], "population"),
            "ORIGIN_ID_FIELD": "ssbid_250m",
            "POPULATION_FIELD": "pop2022",
            "TETTSTEDER": _layer(towns, "tettsteder"),
            "TETTSTED_POPULATION_FIELD": "population",
            "TETTSTED_NAME_FIELD": "name",
            "ZONES": _layer(s["path"], "kommuner", f"\"kommunenummer\" = '{knr}'"),
            "ZONE_ID_FIELD": "kommunenummer",
            "OUTPUT": out,
            "OUTPUT_ZONES": out_zones,
            **_network_params(roads),
        },
    )
    merged = f"{batch['output']}/centrality/centrality.gpkg"
    theirs = io.read_layer(out).attributes
    mine = io.read_layer(merged, "centrality").attributes
    mine = mine[mine["zone_id"] == knr]
    assert (mine["code_1994"] > 0).any()  # some origin is near a tettsted of a tier
    same_rows(mine, theirs[theirs["zone_id"] == knr], ["origin_id"])
    zones = io.read_layer(merged, "centrality_kommuner").attributes
    same_rows(zones[zones["zone_id"] == knr], io.read_layer(out_zones).attributes, ["zone_id"])

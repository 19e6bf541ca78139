"""The national batch's SSB-style centrality index (two passes: access per kommune with a
network halo, the run's reference, then the scaling) gives, row for row, what
smaaby:centrality METHOD 0 gives through processing.run on the same whole area.

The fair comparison: the index is scaled to the most central origin of the run, so the
algorithm gets the union of the batch's origins (the cells of the three kommuner, those
whose point lies in one of them) in one run, with the sample's whole road network,
workplaces and services and the three kommuner as ZONES; the batch computed each
kommune on its halo only. Eigersund, Stavanger and Sandnes share borders, so the halo
and the national reference both matter: each kommune's own most central cell is not the
run's reference for at least two of them."""

from __future__ import annotations

import numpy as np
import pytest
from _frames import same_rows
from qgis.core import QgsVectorLayer

from smaaby_plugin.batch import config, io, runner
from smaaby_plugin.batch.demo import write_sample
from smaaby_plugin.sample import national

pytestmark = pytest.mark.skipif(
    not national.KOMMUNER_GPKG.exists(), reason=f"{national.KOMMUNER_GPKG} is absent"
)
KOMMUNER = ["1101", "1103", "1108"]
MAX_SNAP = 3000.0  # the sample's roads are sparse at this size: attach most cells


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("national_index_qgis")
    cfg = config.load(write_sample(folder, only=KOMMUNER, scale=0.02))
    cfg["centrality"].update(method="index", max_snap=MAX_SNAP)
    summary = runner.run("centrality", cfg, scheduler="none", log=lambda _: None)
    assert not summary.failed and sorted(summary.computed) == KOMMUNER
    return cfg


def _layer(path: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


def test_index_equals_processing_on_the_union(batch, run_alg, tmp_path):
    s = batch["centrality"]
    merged = f"{batch['output']}/centrality_index/centrality_index.gpkg"
    mine = io.read_layer(merged, "centrality_index").attributes
    mine_zones = io.read_layer(merged, "centrality_index_kommuner").attributes
    # the union of the batch's origins, in a file of its own
    cells = io.read_layer(s["path"], "population")
    keep = cells.attributes["ssbid_250m"].isin(mine["origin_id"]).to_numpy()
    assert keep.sum() == len(mine)
    origins = str(tmp_path / "origins.gpkg")
    io.write_table(
        origins,
        "population",
        cells.attributes.loc[keep].reset_index(drop=True),
        cells.geometry[keep],
        "Polygon",
        national.CRS,
    )
    out, out_zones = str(tmp_path / "index.gpkg"), str(tmp_path / "zones.gpkg")
    run_alg(
        "smaaby:centrality",
        {
            "METHOD": 0,
            "ORIGINS": _layer(origins, "population"),
            "ORIGIN_ID_FIELD": "ssbid_250m",
            "POPULATION_FIELD": "pop2022",
            "WORKPLACES": _layer(s["path"], "workplaces"),
            "EMPLOYEES_FIELD": "employees",
            "SERVICES": _layer(s["path"], "services"),
            "SERVICE_KIND_FIELD": "kind",
            "NETWORK": _layer(s["path"], "roads"),
            "COST": 1,  # travel time
            "SPEED_FIELD": "speed_kmh",
            "ROAD_CLASS_FIELD": "road_class",
            "MAX_SNAP": MAX_SNAP,
            "CUTOFF": float(s["cutoff"]),
            "ZONES": _layer(s["path"], "kommuner"),
            "ZONE_ID_FIELD": "kommunenummer",
            "OUTPUT": out,
            "OUTPUT_ZONES": out_zones,
        },
    )
    theirs = io.read_layer(out).attributes
    assert np.isfinite(mine["index"]).sum() > 50  # indexed origins compared, not NaN
    assert mine["index"].max() == pytest.approx(1000.0, rel=1e-12)
    # the run's reference, not each kommune's own: some kommune tops out below 1000
    tops = mine.groupby("zone_id")["index"].max()
    assert (tops < 999).sum() >= 2
    assert mine["class"].nunique() > 2
    same_rows(mine, theirs, ["origin_id"])
    same_rows(mine_zones, io.read_layer(out_zones).attributes, ["zone_id"])

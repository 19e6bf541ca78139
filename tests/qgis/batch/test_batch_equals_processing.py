"""The national batch gives, for a kommune, the same table as the Processing algorithm:
smaaby:landuseaccount with the kommune as the one zone (and the whole national land
cover as input, so the batch's bounding-box halo is tested too), and
smaaby:shapecompactness and smaaby:centreindicators on the tettsteder, row for row."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsVectorLayer

from smaaby_plugin.batch import config, io, runner
from smaaby_plugin.batch.demo import write_sample
from smaaby_plugin.sample import national

pytestmark = pytest.mark.skipif(
    not national.KOMMUNER_GPKG.exists(), reason=f"{national.KOMMUNER_GPKG} is absent"
)
KOMMUNER = ["1101", "1103", "1108"]  # Eigersund, Stavanger and Sandnes share borders


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("national_qgis")
    cfg = config.load(write_sample(folder, only=KOMMUNER, scale=0.02))
    for job in ("landuse", "compactness", "centre"):
        summary = runner.run(job, cfg, scheduler="none", log=lambda _: None)
        assert not summary.failed
    return cfg


def _same(batch_frame: pd.DataFrame, qgis_frame: pd.DataFrame) -> None:
    assert list(qgis_frame.columns) == list(batch_frame.columns)
    assert len(qgis_frame) == len(batch_frame) > 0
    for column in batch_frame.columns:
        a, b = batch_frame[column], qgis_frame[column]
        assert (a.isna().to_numpy() == b.isna().to_numpy()).all(), column
        a, b = a[a.notna()], b[b.notna()]
        if a.dtype.kind == "f":
            np.testing.assert_allclose(a.to_numpy(float), b.to_numpy(float), rtol=1e-12)
        else:
            assert a.astype(object).tolist() == b.astype(object).tolist(), column


@pytest.mark.parametrize("knr", ["1103", "1108"])
def test_landuse_account_equals_processing(batch, knr, run_alg, tmp_path):
    gpkg = batch["landuse"]["path"]
    zones = QgsVectorLayer(f"{gpkg}|layername=kommuner", "kommuner", "ogr")
    assert zones.setSubsetString(f"\"kommunenummer\" = '{knr}'") and zones.featureCount() == 1
    landcover = QgsVectorLayer(f"{gpkg}|layername=landcover", "landcover", "ogr")
    population = QgsVectorLayer(f"{gpkg}|layername=population", "population", "ogr")
    out = str(tmp_path / "account.gpkg")
    run_alg(
        "smaaby:landuseaccount",
        {
            "LANDUSE": landcover,
            "CLASS_FIELD": "arealtype",
            "ZONES": zones,
            "ZONE_FIELD": "kommunenummer",
            "POPULATION": population,
            "POPULATION_FIELD": "pop2022",
            "UNIT": 1,  # daa
            "CODE_LIST": 2,  # AR5
            "OUTPUT_TABLE": out,
        },
    )
    qgis_table = io.read_layer(out).attributes
    merged = io.read_layer(f"{batch['output']}/landuse/landuse.gpkg", "landuse").attributes
    mine = merged[merged["zone_id"] == knr].reset_index(drop=True)
    assert len(landcover) > len(mine)  # the batch read only the land cover near knr
    _same(mine, qgis_table)


def test_compactness_equals_processing(batch, run_alg, tmp_path):
    gpkg = batch["compactness"]["path"]
    out = str(tmp_path / "compact.gpkg")
    tett = QgsVectorLayer(f"{gpkg}|layername=tettsteder", "tettsteder", "ogr")
    run_alg("smaaby:shapecompactness", {"INPUT": tett, "OUTPUT": out})
    qgis_table = io.read_layer(out).attributes.sort_values("tettnr").reset_index(drop=True)
    merged = io.read_layer(f"{batch['output']}/compactness/compactness.gpkg", "compactness")
    mine = merged.attributes.drop(columns="batch_kommune")
    _same(mine.sort_values("tettnr").reset_index(drop=True), qgis_table)


def test_centre_indicators_equal_processing(batch, run_alg, tmp_path):
    gpkg = batch["centre"]["path"]
    out = str(tmp_path / "centre.gpkg")

    def layer(name):
        return QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")

    run_alg(
        "smaaby:centreindicators",
        {
            "TOWNS": layer("tettsteder"),
            "NAME_FIELD": "name",
            "CENTRES": layer("centres"),
            "POPULATION": layer("population"),
            "POPULATION_FIELD": "pop2022",
            "LANDUSE": layer("landcover"),
            "CLASS_FIELD": "arealtype",
            "OUTPUT_TABLE": out,
        },
    )
    qgis_table = io.read_layer(out).attributes.sort_values("town").reset_index(drop=True)
    merged = io.read_layer(f"{batch['output']}/centre/centre.gpkg", "centre").attributes
    assert len(merged) == len(KOMMUNER)  # one tettsted per kommune at this size
    _same(merged.sort_values("town").reset_index(drop=True), qgis_table)

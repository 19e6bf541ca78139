"""The national batch on a real Dask LocalCluster (two worker processes on loopback):
the same tables as one process, a failing kommune reported by name while the others
complete, resume, and the land-use figures against an overlay computed here with plain
shapely."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import distributed
import numpy as np
import pandas as pd
import pytest
import shapely

from smaaby_plugin.batch import config, io, runner
from smaaby_plugin.batch.demo import write_sample
from smaaby_plugin.sample import national

pytestmark = pytest.mark.skipif(
    not national.KOMMUNER_GPKG.exists(), reason=f"{national.KOMMUNER_GPKG} is absent"
)
KOMMUNER = ["0301", "1101", "1103", "1106"]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    folder = tmp_path_factory.mktemp("national")
    return config.load(write_sample(folder, only=KOMMUNER, scale=0.02))


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None,
    ) as c:  # fmt: skip
        yield c


def _cfg(cfg, out, **landuse):
    return {**cfg, "output": str(out), "landuse": {**cfg["landuse"], **landuse}}


def _table(cfg, job="landuse"):
    return io.read_layer(os.path.join(cfg["output"], job, f"{job}.gpkg"), job).attributes


def test_cluster_equals_one_process(sample, cluster, tmp_path):
    one = _cfg(sample, tmp_path / "one")
    many = _cfg(sample, tmp_path / "many")
    log = []
    a = runner.run("landuse", one, scheduler="none", log=log.append)
    b = runner.run("landuse", many, scheduler=cluster.scheduler_address, log=log.append)
    assert sorted(a.computed) == sorted(b.computed) == KOMMUNER
    assert not a.failed and not b.failed
    # two worker processes did the work, and every kommune printed a progress line
    assert len({r["pid"] for r in b.reports.values()}) == 2
    assert sum(" landuse rows in " in line for line in log) == 2 * len(KOMMUNER)
    ta, tb = _table(one), _table(many)
    assert len(ta) > 4 * len(KOMMUNER)
    pd.testing.assert_frame_equal(ta, tb, check_exact=True)
    assert ta["zone_id"].drop_duplicates().tolist() == KOMMUNER  # kommune order


def test_landuse_figures_by_plain_shapely(sample, tmp_path):
    cfg = _cfg(sample, tmp_path, unit="m2")
    runner.run("landuse", cfg, scheduler="none", log=lambda _: None)
    table = _table(cfg)
    gpkg = sample["landuse"]["path"]
    kommuner = io.read_layer(gpkg, "kommuner")
    cover = io.read_layer(gpkg, "landcover")
    cells = io.read_layer(gpkg, "population")
    for knr in KOMMUNER:
        zone = kommuner.geometry[kommuner.attributes["kommunenummer"] == knr][0]
        cut = shapely.area(shapely.intersection(cover.geometry, zone))
        expected = pd.Series(cut).groupby(cover.attributes["arealtype"].to_numpy()).sum()
        expected = expected[expected > 0.01]
        rows = table[(table["zone_id"] == knr) & (table["row_type"] == "class")]
        got = rows.set_index("class_code")["area_m2"]
        assert got.index.tolist() == expected.index.tolist()
        np.testing.assert_allclose(got.to_numpy(), expected.to_numpy(), rtol=1e-9)
        zone_rows = table[table["zone_id"] == knr]
        np.testing.assert_allclose(zone_rows["area_m2"].sum(), zone.area, rtol=1e-9)
        share = shapely.area(shapely.intersection(cells.geometry, zone)) / shapely.area(
            cells.geometry
        )
        people = float((share * cells.attributes["pop2022"].to_numpy()).sum())
        np.testing.assert_allclose(zone_rows["population"].iloc[0], people, rtol=1e-9)


def test_failing_kommune_reported_by_name_others_complete(sample, cluster, tmp_path):
    cover = io.read_layer(sample["landuse"]["path"], "landcover")
    keep = cover.attributes["kommunenummer"].to_numpy() != "1103"
    holed = str(tmp_path / "holed.gpkg")
    io.write_table(
        holed, "landcover", cover.attributes[keep], cover.geometry[keep], "Polygon", "EPSG:25833"
    )
    cfg = _cfg(sample, tmp_path / "out", path=holed, population_layer=None, population_field=None)
    log = []
    summary = runner.run("landuse", cfg, scheduler=cluster.scheduler_address, log=log.append)
    assert list(summary.failed) == ["1103"]
    message = summary.failed["1103"]
    assert message == "LANDUSE (landcover) has no polygon in kommune 1103 Stavanger."
    assert any("1103 Stavanger: FAILED after 2 tries" in line for line in log)
    assert any("1103 Stavanger: failed" in line and "trying again" in line for line in log)
    assert not any("Traceback" in line or "InputError" in line for line in log)
    assert sorted(summary.computed) == ["0301", "1101", "1106"]
    assert _table(cfg)["zone_id"].drop_duplicates().tolist() == ["0301", "1101", "1106"]
    assert (Path(cfg["output"]) / "landuse" / "parts" / "1103.error").exists()


def test_resume_skips_finished_kommuner(sample, tmp_path):
    cfg = _cfg(sample, tmp_path)
    first = runner.run("landuse", cfg, scheduler="none", log=lambda _: None)
    parts = Path(cfg["output"]) / "landuse" / "parts"
    before = _table(cfg)
    stamps = {k: (parts / f"{k}.gpkg").stat().st_mtime_ns for k in KOMMUNER}
    (parts / "1101.done").unlink()  # as if the run had stopped before 1101 finished
    (parts / "1101.gpkg").unlink()
    log = []
    again = runner.run("landuse", cfg, scheduler="none", log=log.append)
    assert sorted(first.computed) == KOMMUNER
    assert again.computed == ["1101"]
    assert sorted(again.skipped) == ["0301", "1103", "1106"]
    assert log[0] == "landuse: 4 partition(s); 3 done before (skipped), 1 to run"
    for k in ("0301", "1103", "1106"):
        assert (parts / f"{k}.gpkg").stat().st_mtime_ns == stamps[k]
    pd.testing.assert_frame_equal(_table(cfg), before, check_exact=True)


def test_compactness_per_tettsted_once(sample, cluster, tmp_path):
    cfg = _cfg(sample, tmp_path)
    summary = runner.run("compactness", cfg, scheduler=cluster.scheduler_address, log=print)
    assert not summary.failed
    out = _table(cfg, "compactness")
    tett = io.read_layer(sample["compactness"]["path"], "tettsteder")
    assert sorted(out["tettnr"]) == sorted(tett.attributes["tettnr"])
    # Polsby-Popper = 4 pi A / P², computed here
    geoms = tett.geometry[np.argsort(tett.attributes["tettnr"].to_numpy())]
    expected = 4 * np.pi * shapely.area(geoms) / shapely.length(geoms) ** 2
    got = out.sort_values("tettnr")["polsby_popper"].to_numpy()
    np.testing.assert_allclose(got, expected, rtol=1e-9)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[kommuner]\npath = "k.gpkg"\n[landuse]\npath = "a.gpkg"\nunit = "acre"\n', "unit"),
        ('[kommuner]\npath = "k.gpkg"\n[run]\nworkers = 0\n', "workers must be a whole"),
        ('[kommuner]\npath = "k.gpkg"\n[lanuse]\npath = "a"\n', "unknown section(s) lanuse"),
        ('[landuse]\npath = "a.gpkg"\n', "[kommuner] path is needed"),
        ("[kommuner\n", "not a valid TOML file"),
        ('[kommuner]\npath = "k.gpkg"\n[landuse]\npath = "a.gpkg"\nclas = "x"\n', "clas"),
    ],
)
def test_bad_job_files(text, message, tmp_path):
    from smaaby_plugin.batch.jobs import check_landuse
    from smaaby_plugin.core.errors import InputError

    with pytest.raises(InputError) as err:
        cfg = config.parse(text, str(tmp_path / "job.toml"))
        check_landuse(cfg)
    assert message in str(err.value)
    assert "Error" not in str(err.value)


def test_cli_runs_and_reports(sample, tmp_path):
    job = tmp_path / "job.toml"
    gpkg = sample["landuse"]["path"]
    job.write_text(
        f'output = "out"\n[kommuner]\npath = "{gpkg}"\nlayer = "kommuner"\n'
        f'[landuse]\npath = "{gpkg}"\nlayer = "landcover"\ncode_list = "ar5"\n'
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run(
        [sys.executable, "-m", "smaaby_plugin.batch", "landuse", "--config", str(job),
         "--scheduler", "none", "--only", "1106"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "1106 Haugesund" in proc.stdout
    assert "landuse: 1 computed, 0 skipped (done before), 0 failed" in proc.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "smaaby_plugin.batch", "landuse", "--config", str(tmp_path / "x")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert bad.returncode == 2
    assert "Stopped: The job file" in bad.stderr and "Traceback" not in bad.stderr


def test_missing_dask_message(monkeypatch, capsys):
    import importlib.util

    from smaaby_plugin.batch import __main__ as cli

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda m, *a: None if m == "distributed" else real(m, *a)
    )
    assert cli.main(["landuse", "--config", "job.toml"]) == 2
    err = capsys.readouterr().err
    assert "Missing: distributed." in err and "pip install 'dask[distributed]" in err


def test_commuting_regions_one_task(sample, tmp_path):
    cfg = {**sample, "output": str(tmp_path)}
    cfg["commuting"] = {**sample["commuting"], "min_size": 500.0, "target_size": 2000.0}
    summary = runner.run("commuting", cfg, scheduler="none", log=lambda _: None)
    assert summary.computed == ["norge"] and not summary.failed
    gpkg = os.path.join(cfg["output"], "commuting", "commuting.gpkg")
    members = io.read_layer(gpkg, "membership").attributes
    regions = io.read_layer(gpkg, "regions")
    flows = io.read_layer(sample["commuting"]["path"], "commuting").attributes
    # residents and jobs per kommune, summed here from the flow table
    residents = flows.groupby("home_knr")["employed"].sum()
    jobs = flows.groupby("work_knr")["employed"].sum()
    assert sorted(members["area_id"]) == KOMMUNER
    m = members.set_index("area_id")
    np.testing.assert_array_equal(m.loc[KOMMUNER, "residents"], residents.loc[KOMMUNER])
    np.testing.assert_array_equal(m.loc[KOMMUNER, "jobs"], jobs.loc[KOMMUNER])
    assert set(m["region_id"].dropna()) == set(regions.attributes["region_id"])
    # each region's polygon is its kommuner dissolved: areas add up
    kommuner = io.read_layer(sample["kommuner"]["path"], "kommuner")
    area = pd.Series(shapely.area(kommuner.geometry), index=kommuner.attributes["kommunenummer"])
    for rid, km2 in zip(regions.attributes["region_id"], regions.attributes["area_km2"]):
        members_of = m.index[m["region_id"] == rid]
        np.testing.assert_allclose(km2, area.loc[members_of].sum() / 1e6, rtol=1e-6)


def _kommuner_file(sample, tmp_path, ids):
    k = io.read_layer(sample["kommuner"]["path"], "kommuner")
    frame = k.attributes.copy()
    frame["kommunenummer"] = ids
    path = str(tmp_path / "k.gpkg")
    io.write_table(path, "kommuner", frame, k.geometry, "MultiPolygon", "EPSG:25833")
    return {**sample, "kommuner": {**sample["kommuner"], "path": path}}


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        (["0301", "0301", "1103", "1106"], "ids must be unique, but 1 id(s) occur more than once"),
        (["0301", None, "1103", "1106"], "1 feature(s) have no id (feature id 2)"),
    ],
)
def test_bad_kommune_ids_stop_before_any_task(sample, tmp_path, ids, message):
    from smaaby_plugin.core.errors import InputError

    cfg = _kommuner_file(sample, tmp_path, ids)
    with pytest.raises(InputError) as err:
        runner.run("landuse", cfg, scheduler="none", log=lambda _: None)
    assert message in str(err.value) and "KOMMUNER 'kommunenummer'" in str(err.value)
    assert not (tmp_path / "landuse").exists()


def test_unknown_kommune_and_field(sample):
    from smaaby_plugin.batch.jobs import kommune_partitions
    from smaaby_plugin.core.errors import InputError

    with pytest.raises(InputError, match=r"\[kommuner\] only: no kommune 9999"):
        kommune_partitions({**sample, "kommuner": {**sample["kommuner"], "only": ["9999"]}})
    with pytest.raises(InputError, match="no field knr; fields are"):
        kommune_partitions({**sample, "kommuner": {**sample["kommuner"], "id_field": "knr"}})


def test_negative_population_fails_that_kommune_by_name(sample, tmp_path):
    pop = io.read_layer(sample["landuse"]["path"], "population")
    frame = pop.attributes.copy()
    first = frame.index[frame["kommunenummer"] == "1106"][0]
    frame.loc[first, "pop2022"] = -5
    path = str(tmp_path / "pop.gpkg")
    io.write_table(path, "population", frame, pop.geometry, "Polygon", "EPSG:25833")
    cfg = _cfg(sample, tmp_path / "out", population_path=path)
    summary = runner.run("landuse", cfg, scheduler="none", log=lambda _: None)
    assert list(summary.failed) == ["1106"]
    assert summary.failed["1106"].startswith(
        f"POPULATION 'pop2022': 1 feature(s) have a negative value (feature id {pop.fids[first]})"
    )
    assert sorted(summary.computed) == ["0301", "1101", "1103"]


def test_null_population_counts_as_zero_and_is_counted(sample, tmp_path):
    pop = io.read_layer(sample["landuse"]["path"], "population")
    frame = pop.attributes.copy()
    frame["pop2022"] = frame["pop2022"].astype("Int64")
    in_1106 = frame.index[frame["kommunenummer"] == "1106"]
    frame.loc[in_1106, "pop2022"] = pd.NA
    path = str(tmp_path / "pop.gpkg")
    io.write_table(path, "population", frame, pop.geometry, "Polygon", "EPSG:25833")
    cfg = _cfg(sample, tmp_path / "out", population_path=path)
    log = []
    summary = runner.run("landuse", cfg, scheduler="none", log=log.append)
    assert not summary.failed
    assert summary.reports["1106"]["null_counts"] == len(in_1106)
    assert any("1106 Haugesund" in x and f"{len(in_1106)} null count(s)" in x for x in log)
    table = _table(cfg)
    assert table.loc[table["zone_id"] == "1106", "population"].iloc[0] == 0.0


def test_text_population_stops_that_kommune(sample, tmp_path):
    pop = io.read_layer(sample["landuse"]["path"], "population")
    frame = pop.attributes.copy()
    frame["pop2022"] = frame["pop2022"].astype(str)
    first = frame.index[frame["kommunenummer"] == "0301"][0]
    frame.loc[first, "pop2022"] = "mange"
    path = str(tmp_path / "pop.gpkg")
    io.write_table(path, "population", frame, pop.geometry, "Polygon", "EPSG:25833")
    cfg = _cfg(sample, tmp_path / "out", population_path=path)
    summary = runner.run("landuse", cfg, scheduler="none", log=lambda _: None)
    assert summary.failed["0301"] == (
        f"POPULATION 'pop2022': 1 value(s) are not numbers (feature id {pop.fids[first]})."
    )
    assert "1106" in summary.computed

"""The SSB-style centrality index (METHOD 0) in the batch, two passes: per kommune the
unscaled access with the network halo, the run's reference, then the scaling.

On the hand-made pair of kommuner of ``test_network_jobs`` (a road grid across the
border, services in B), with population cells and workplaces in both: the batch's index
equals the index computed here from the formula on the WHOLE network and every origin
at once (kinds scaled to their largest access, the most central origin = 1000), so the
reference lies in the other kommune for A and a kommune alone could not get it right;
the same rows on a LocalCluster of two worker processes; a run stopped after pass 1
resumes without redoing it; a kommune failing in pass 1 is named and nothing is scaled.
"""

from __future__ import annotations

import json
import os

import numpy as np
import pandas as pd
import pytest
import shapely
from unit.batch.test_network_jobs import CRS, _attach, _whole_network
from unit.batch.test_network_jobs import cfg as network_cfg  # noqa: F401 - a fixture

from smaaby_plugin.batch import centrality_index, config, io, runner
from smaaby_plugin.core.catchments.accessibility import opportunity_sums
from smaaby_plugin.core.errors import InputError

INDEX = """
[centrality]
path = "k.gpkg"
method = "index"
origins_layer = "cells"
tettsted_name_field = ""
cutoff = 10
beta = 0.2
breaks = "300, 500, 700, 900"
"""
BREAKS = [300.0, 500.0, 700.0, 900.0]
W = 2 / 3


@pytest.fixture(scope="module")
def cfg(network_cfg):  # noqa: F811
    """The network jobs' file with cells in A and B, workplaces in both (more in B),
    a layer of cells with a negative population in B, and the index's section."""
    gpkg = network_cfg["centrality"]["path"]
    xy = [(x, y) for x in (1_150, 6_650, 8_650, 11_150, 15_650) for y in (2_060, 4_850, 7_400)]
    cells = np.array([shapely.box(x, y, x + 250, y + 250) for x, y in xy], dtype=object)
    frame = pd.DataFrame(
        {
            "ssbid_250m": [f"c{i}" for i in range(len(xy))],
            "pop2022": (np.arange(len(xy), dtype=np.int64) % 7 + 1) * 10,
        }
    )
    io.write_table(gpkg, "cells", frame, cells, "Polygon", CRS)
    bad = frame.copy()
    bad.loc[len(xy) - 1, "pop2022"] = -5  # in B (x = 15,650)
    io.write_table(gpkg, "cells_bad", bad, cells, "Polygon", CRS)
    spots = [(2_300, 4_900, 40), (7_700, 6_100, 15), (12_100, 5_100, 300), (13_800, 3_300, 120),
             (18_500, 8_200, 60)]  # fmt: skip
    work = pd.DataFrame(
        {"workplace_id": [f"w{i}" for i in range(len(spots))], "employees": [e for *_, e in spots]}
    )
    points = np.array([shapely.Point(x, y) for x, y, _ in spots], dtype=object)
    io.write_table(gpkg, "workplaces", work, points, "Point", CRS)
    folder = os.path.dirname(gpkg)
    path = os.path.join(folder, "index.toml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(f'output = "out_index"\n[kommuner]\npath = "k.gpkg"\nlayer = "kommuner"\n{INDEX}')
    return config.load(path)


def _expected(s):
    """The index of every cell by the formula, on the whole network, all cells at once."""
    net = _whole_network(s)
    cells = io.read_layer(s["path"], "cells", ["ssbid_250m", "pop2022"])
    work = io.read_layer(s["path"], "workplaces", ["employees"])
    serv = io.read_layer(s["path"], "services", ["kind"])
    o = _attach(net, cells.geometry)
    kind = serv.attributes["kind"].to_numpy(object)
    member = np.stack([kind == "gp", kind == "school"], axis=1).astype(float)
    jobs = opportunity_sums(
        net, o, _attach(net, work.geometry), work.attributes[["employees"]].to_numpy(float),
        10.0, "exponential", 0.2,
    ).decayed[:, 0]  # fmt: skip
    sv = opportunity_sums(net, o, _attach(net, serv.geometry), member, 10.0, "exponential", 0.2)
    services = (sv.decayed / sv.decayed.max(axis=0)).mean(axis=1)
    score = W * jobs / jobs.max() + (1 - W) * services / services.max()
    ref = int(np.argmax(score))
    index = 1000 * (W * jobs / jobs[ref] + (1 - W) * services / services[ref])
    cls = len(BREAKS) + 1 - (index[:, None] >= np.array(BREAKS)).sum(axis=1)
    frame = pd.DataFrame(
        {
            "origin_id": cells.attributes["ssbid_250m"],
            "population": cells.attributes["pop2022"].astype(float),
            "jobs_access": jobs,
            "services_access": services,
            "index": index,
            "class": cls,
        }
    )
    x = shapely.get_x(shapely.centroid(cells.geometry))
    frame.insert(2, "zone_id", np.where(x < 10_000, "0001", "0002"))
    return frame, ref


def _run(cfg, output, scheduler="none", logs=None, **centrality):
    run_cfg = {**cfg, "output": output, "centrality": {**cfg["centrality"], **centrality}}
    return runner.run(
        "centrality", run_cfg, scheduler=scheduler, log=(logs if logs is not None else []).append
    )


def _outputs(output):
    gpkg = os.path.join(output, "centrality_index", "centrality_index.gpkg")
    return (
        io.read_layer(gpkg, "centrality_index").attributes,
        io.read_layer(gpkg, "centrality_index_kommuner").attributes,
    )


def test_index_equals_the_formula_on_the_whole_network(cfg, tmp_path):
    summary = _run(cfg, str(tmp_path))
    assert not summary.failed and sorted(summary.computed) == ["0001", "0002"]
    mine, kommuner = _outputs(str(tmp_path))
    want, ref = _expected(cfg["centrality"])
    assert list(mine.columns) == [
        "origin_id", "population", "zone_id", "jobs_access", "services_access", "index", "class",
    ]  # fmt: skip
    mine = mine.set_index("origin_id").loc[want["origin_id"]].reset_index()
    assert mine["zone_id"].tolist() == want["zone_id"].tolist()
    for column in ("population", "jobs_access", "services_access", "index"):
        np.testing.assert_allclose(mine[column], want[column], rtol=1e-9, atol=1e-12)
    assert mine["class"].tolist() == want["class"].tolist()
    assert len(set(want["class"])) > 2  # the breaks split the origins
    # the reference is in B: A's own most central origin would have been scaled to 1000
    assert want["zone_id"][ref] == "0002"
    assert mine.loc[mine["zone_id"] == "0001", "index"].max() < 900
    assert mine["index"].max() == pytest.approx(1000.0, rel=1e-12)
    # the kommuner: population-weighted mean and its class, by hand
    for knr in ("0001", "0002"):
        rows = want[want["zone_id"] == knr]
        mean = (rows["index"] * rows["population"]).sum() / rows["population"].sum()
        got = kommuner[kommuner["zone_id"] == knr].iloc[0]
        assert got["population"] == rows["population"].sum()
        assert got["index"] == pytest.approx(mean, rel=1e-9)
        assert got["class"] == len(BREAKS) + 1 - sum(mean >= b for b in BREAKS)
    scaling = json.loads((tmp_path / "centrality_index" / "reference.json").read_text())
    np.testing.assert_allclose(
        scaling["reference"], want.loc[ref, ["jobs_access", "services_access"]].to_numpy(float)
    )


def test_a_named_reference_origin(cfg, tmp_path):
    _run(cfg, str(tmp_path / "a"), reference="c1")
    mine, _ = _outputs(str(tmp_path / "a"))
    row = mine[mine["origin_id"] == "c1"].iloc[0]
    assert row["index"] == pytest.approx(1000.0, rel=1e-12)
    want, _ = _expected(cfg["centrality"])
    j, s = want.set_index("origin_id").loc["c1", ["jobs_access", "services_access"]]
    by_hand = 1000 * (W * want["jobs_access"] / j + (1 - W) * want["services_access"] / s)
    got = mine.set_index("origin_id").loc[want["origin_id"], "index"].to_numpy()
    np.testing.assert_allclose(got, by_hand, rtol=1e-9)
    assert (got > 1000).any()  # more central origins than the reference exist
    with pytest.raises(InputError, match="no origin has the id 'nobody'"):
        _run(cfg, str(tmp_path / "b"), reference="nobody")


def test_cluster_equals_one_process(cfg, tmp_path):
    import distributed

    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:  # fmt: skip
        summary = _run(cfg, str(tmp_path / "dask"), scheduler=cluster.scheduler_address)
    assert not summary.failed
    assert {p: sorted(s.computed) for p, s in summary.passes.items()} == {
        "centrality_access": ["0001", "0002"],
        "centrality_index": ["0001", "0002"],
    }
    _run(cfg, str(tmp_path / "one"))
    for a, b in zip(_outputs(str(tmp_path / "dask")), _outputs(str(tmp_path / "one"))):
        pd.testing.assert_frame_equal(a, b)


def test_a_run_stopped_after_pass_1_resumes(cfg, tmp_path):
    out = str(tmp_path)
    first = _outputs(out) if _run(cfg, out).computed else None
    markers = tmp_path / "centrality_access" / "parts"
    stamps = {p.name: p.stat().st_mtime_ns for p in markers.glob("*.done")}
    assert len(stamps) == 2
    # stopped after pass 1: nothing of pass 2 is there
    for name in os.listdir(tmp_path / "centrality_index" / "parts"):
        os.remove(tmp_path / "centrality_index" / "parts" / name)
    os.remove(tmp_path / "centrality_index" / "centrality_index.gpkg")
    logs = []
    again = _run(cfg, out, logs=logs)
    assert again.passes["centrality_access"].computed == []
    assert sorted(again.passes["centrality_access"].skipped) == ["0001", "0002"]
    assert sorted(again.passes["centrality_index"].computed) == ["0001", "0002"]
    assert {p.name: p.stat().st_mtime_ns for p in markers.glob("*.done")} == stamps
    for a, b in zip(_outputs(out), first):
        pd.testing.assert_frame_equal(a, b)
    # and a finished run is not computed again in either pass
    third = _run(cfg, out)
    assert all(s.computed == [] for s in third.passes.values())


def test_a_failing_kommune_in_pass_1_stops_the_scaling(cfg, tmp_path):
    logs = []
    out = str(tmp_path)
    summary = _run(cfg, out, logs=logs, origins_layer="cells_bad")
    assert list(summary.failed) == ["0002"]
    assert "negative" in summary.failed["0002"] and "pass 1" in summary.failed["0002"]
    assert any("0002 B: FAILED after 2 tries" in line for line in logs)
    assert any("NOT SCALED" in line and "0002 B" in line for line in logs)
    assert "centrality_index" not in summary.passes
    assert not (tmp_path / "centrality_index").exists()  # nothing scaled on A alone
    assert (tmp_path / "centrality_access" / "parts" / "0001.done").exists()
    # the data fixed: only B is computed in pass 1, then both are scaled
    fixed = _run(cfg, out)
    assert fixed.passes["centrality_access"].computed == ["0002"]
    assert fixed.passes["centrality_access"].skipped == ["0001"]
    mine, _ = _outputs(out)
    assert mine["index"].max() == pytest.approx(1000.0, rel=1e-12)


def test_bad_index_options_stop_before_the_tasks(cfg, tmp_path):
    for key, value, message in (
        ("method", "sentral", "method must be 1994, index or both"),
        ("decay", "linear", "decay must be one of"),
        ("cutoff", 0.5, "cutoff must be between 1 and 600"),
        ("job_weight", 1.5, "job_weight must be between 0 and 1"),
        ("breaks", "500, x", "'x' is not a number"),
    ):
        with pytest.raises(InputError, match=message):
            _run(cfg, str(tmp_path), **{key: value})
    assert not (tmp_path / "centrality_access").exists()
    with pytest.raises(InputError, match=r"\[centrality\] has unknown key\(s\) index_cutoff"):
        config.parse('[kommuner]\npath = "k.gpkg"\n[centrality]\nindex_cutoff = 9\n')


def test_prepare_finds_the_kinds_of_the_whole_layer(cfg):
    prepared = centrality_index.prepare(cfg)["centrality"]
    assert prepared["_kinds"] == ["gp", "school"] and prepared["_absent_kinds"] == []
    listed = {**cfg, "centrality": {**cfg["centrality"], "service_kinds": "gp, pharmacy"}}
    prepared = centrality_index.prepare(listed)["centrality"]
    assert prepared["_kinds"] == ["gp"] and prepared["_absent_kinds"] == ["pharmacy"]

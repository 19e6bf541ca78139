"""The batch's network jobs (serviceaccess, centrality) against runs on the WHOLE network:
the halo (cut-off x the fastest speed) is wide enough, so a kommune's results equal
those of a network that has every link. On a hand-made pair of kommuner whose road grid
runs across the border and whose services and tettsteder lie in the neighbour only, so
every route that counts leaves the kommune; a halo too narrow (the fastest speed taken
as 20 km/h) changes the results, so the comparison can fail."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely

from smaaby_plugin.batch import config, io, jobs, network_jobs, runner
from smaaby_plugin.core.catchments import link_attributes as attributes
from smaaby_plugin.core.catchments import network_prepare as prepare
from smaaby_plugin.core.catchments.network import as_points
from smaaby_plugin.core.catchments.service_access import nearest_by_group
from smaaby_plugin.core.errors import InputError

CRS = "EPSG:25833"
JOB = """
output = "out"
[kommuner]
path = "k.gpkg"
layer = "kommuner"
[serviceaccess]
path = "k.gpkg"
cutoff = 10
thresholds = "5, 10"
kinds = "gp, school"
[centrality]
path = "k.gpkg"
tettsted_name_field = ""
small_minutes = 8
medium_minutes = 9
large_minutes = 10
"""


def _grid_roads():
    """A 1 km grid of 1 km links over 0-20 km x 0-10 km, 50 km/h, with a fast 80 km/h
    road along y = 5 km; the grid runs across the border at x = 10 km."""
    lines, speed = [], []
    for y in range(0, 10_001, 1000):
        for x in range(0, 20_000, 1000):
            lines.append(shapely.LineString([(x, y), (x + 1000, y)]))
            speed.append(80 if y == 5000 else 50)
    for x in range(0, 20_001, 1000):
        for y in range(0, 10_000, 1000):
            lines.append(shapely.LineString([(x, y), (x, y + 1000)]))
            speed.append(50)
    frame = pd.DataFrame({"road_class": "K", "speed_kmh": np.array(speed, dtype=np.int64)})
    return frame, np.array(lines, dtype=object)


@pytest.fixture(scope="module")
def cfg(tmp_path_factory):
    folder = tmp_path_factory.mktemp("network_jobs")
    gpkg = str(folder / "k.gpkg")
    kommuner = pd.DataFrame({"kommunenummer": ["0001", "0002"], "kommunenavn": ["A", "B"]})
    boxes = np.array([shapely.box(0, 0, 10_000, 10_000), shapely.box(10_000, 0, 20_000, 10_000)])
    io.write_table(gpkg, "kommuner", kommuner, boxes, "MultiPolygon", CRS)
    frame, lines = _grid_roads()
    io.write_table(gpkg, "roads", frame, lines, "LineString", CRS)
    # the same grid as a prepared network (minutes per direction, as preparenetwork)
    minutes = shapely.length(lines) / 1000.0 / frame["speed_kmh"].to_numpy(float) * 60.0
    prepared = pd.DataFrame({"min_fw": minutes, "min_bw": minutes})
    io.write_table(gpkg, "roads_prepared", prepared, lines, "LineString", CRS)
    prepared.loc[3, "min_fw"] = 0.0  # a long link of no time: no bound on the halo
    io.write_table(gpkg, "roads_zero", prepared, lines, "LineString", CRS)
    # population cells in A (their points never equally near two links)
    xy = [(x, y) for x in (1_150, 4_150, 6_650, 8_650) for y in (4_850, 2_060, 7_400)]
    cells = np.array([shapely.box(x, y, x + 250, y + 250) for x, y in xy], dtype=object)
    pop = pd.DataFrame(
        {
            "ssbid_250m": [f"c{i}" for i in range(len(xy))],
            "pop2022": np.arange(1, len(xy) + 1, dtype=np.int64) * 10,
        }
    )
    io.write_table(gpkg, "population", pop, cells, "Polygon", CRS)
    # services only in B, at 1.5 to 9 km from the border
    spots = [(11_500, 5_050, "gp"), (14_000, 5_000, "school"), (19_000, 2_000, "gp"),
             (12_300, 8_900, "school")]  # fmt: skip
    services = pd.DataFrame(
        {"service_id": [f"s{i}" for i in range(len(spots))], "kind": [k for *_, k in spots]}
    )
    points = np.array([shapely.Point(x, y) for x, y, _ in spots], dtype=object)
    io.write_table(gpkg, "services", services, points, "Point", CRS)
    towns = pd.DataFrame(
        {"name": ["Stor", "Mellom", "Liten"], "population": [60_000, 20_000, 6_000]}
    )
    town_geoms = np.array(
        [shapely.box(x, 4_800, x + 400, 5_200) for x in (17_000, 13_000, 10_500)], dtype=object
    )
    io.write_table(gpkg, "tettsteder", towns, town_geoms, "Polygon", CRS)
    path = folder / "job.toml"
    path.write_text(JOB, encoding="utf-8")
    return config.load(str(path))


def _whole_network(s):
    """The network of every link, with the speed policy (field, then class default)."""
    roads = io.read_layer(s["path"], "roads", ["speed_kmh", "road_class"])
    speeds = attributes.link_speeds(
        len(roads),
        field_kmh=roads.attributes["speed_kmh"].to_numpy(float),
        road_class=roads.attributes["road_class"].to_numpy(object),
        default_speeds=attributes.parse_default_speeds(prepare.DEFAULT_SPEEDS_TEXT),
    )
    return prepare.build_network(roads.geometry, "time", speed_kmh=speeds.speed_kmh)


def _attach(net, geoms):
    return net.attach(as_points(geoms), max_snap=500.0, access_speed_kmh=5.0)


def _part(cfg, knr="0001"):
    return next(p for p in jobs.kommune_partitions(cfg) if p.id == knr)


def test_halo_is_cutoff_times_the_fastest_speed(cfg):
    prepared = jobs.PREPARE["serviceaccess"](cfg)["serviceaccess"]
    assert prepared["_fastest_kmh"] == 80.0  # the fast road; defaults are lower
    assert network_jobs.halo(prepared, 10.0) == pytest.approx(10 * 80 * 1000 / 60)
    assert prepared["_kinds"] == ["gp", "school"]


def test_serviceaccess_equals_the_whole_network(cfg):
    prepared = jobs.PREPARE["serviceaccess"](cfg)
    out = network_jobs.serviceaccess_job(prepared, _part(prepared))["serviceaccess"].frame
    s = prepared["serviceaccess"]
    net = _whole_network(s)
    cells = io.read_layer(s["path"], "population", ["ssbid_250m"])
    dests = io.read_layer(s["path"], "services", ["service_id", "kind"])
    kind = dests.attributes["kind"].to_numpy(object)
    res = nearest_by_group(
        net,
        _attach(net, cells.geometry),
        _attach(net, dests.geometry),
        [kind == "gp", kind == "school"],
        limit=10.0,
    )
    assert out["origin_id"].tolist() == cells.attributes["ssbid_250m"].tolist()
    ids = dests.attributes["service_id"].to_numpy(object)
    for k, name in enumerate(["gp", "school"]):
        reached = res.destination[:, k] >= 0
        assert 0 < reached.sum() < len(reached)  # some within the cut-off, some not
        np.testing.assert_allclose(out[f"min_{name}"][reached], res.cost[reached, k], rtol=1e-9)
        assert out[f"min_{name}"][~reached].isna().all()
        assert out[f"id_{name}"][reached].tolist() == ids[res.destination[reached, k]].tolist()
    # by hand: c9 (its point 8775, 4975) to s0 (11500, 5050) along the fast road at
    # y = 5000: legs of 25 m and 50 m at 5 km/h, 2,725 m at 80 km/h
    row = out["origin_id"].tolist().index("c9")
    minutes = (25 + 50) / 5 * 60 / 1000 + (11_500 - 8_775) / 80 * 60 / 1000
    assert out["min_gp"][row] == pytest.approx(minutes, rel=1e-9)
    assert out["id_gp"][row] == "s0"


def test_serviceaccess_with_too_narrow_a_halo_differs(cfg):
    prepared = jobs.PREPARE["serviceaccess"](cfg)
    narrow = {**prepared, "serviceaccess": {**prepared["serviceaccess"], "_fastest_kmh": 20.0}}
    right = network_jobs.serviceaccess_job(prepared, _part(prepared))["serviceaccess"].frame
    wrong = network_jobs.serviceaccess_job(narrow, _part(narrow))["serviceaccess"].frame
    # the school 4 km beyond the border lies outside a 3.3 km halo: the nearest school
    # found is another, farther one
    assert (right["id_school"] != wrong["id_school"]).any()
    assert (right["min_school"].fillna(np.inf) <= wrong["min_school"].fillna(np.inf)).all()


def test_centrality_equals_the_whole_network(cfg):
    prepared = jobs.PREPARE["centrality"](cfg)
    result = network_jobs.centrality_job(prepared, _part(prepared))
    out = result["centrality"].frame
    net = _whole_network(prepared["centrality"])
    towns = io.read_layer(prepared["centrality"]["path"], "tettsteder", ["population"])
    cells = io.read_layer(prepared["centrality"]["path"], "population", ["pop2022"])
    size = towns.attributes["population"].to_numpy(float)
    groups = [size >= 50_000, size >= 15_000, size >= 5_000]
    res = nearest_by_group(
        net, _attach(net, cells.geometry), _attach(net, towns.geometry), groups, limit=10.0
    )
    minutes = {"large": 10.0, "medium": 9.0, "small": 8.0}
    code = np.zeros(len(cells), dtype=np.int64)
    for k, (tier, value) in enumerate(zip(minutes, (3, 2, 1))):
        within = res.cost[:, k] <= minutes[tier]
        code = np.where(within, np.maximum(code, value), code)
        np.testing.assert_allclose(out[f"min_{tier}"].fillna(np.inf), res.cost[:, k], rtol=1e-9)
    assert "min_oslo" not in out  # no name field: no Oslo rule
    assert out["code_1994"].tolist() == code.tolist()
    assert len(set(code.tolist())) > 1  # the cut-offs split the origins
    zone = result["centrality_kommuner"].frame
    pop = cells.attributes["pop2022"].to_numpy(float)
    assert zone["code_1994"].tolist() == [code[np.argmax(pop)]]
    assert zone["population"].tolist() == [pop.sum()]


def test_bad_network_options_stop_before_the_tasks(cfg):
    bad = {**cfg, "serviceaccess": {**cfg["serviceaccess"], "cost": "minutes"}}
    with pytest.raises(InputError, match="cost must be time or distance"):
        jobs.PREPARE["serviceaccess"](bad)
    bad = {**cfg, "serviceaccess": {**cfg["serviceaccess"], "max_snap": 0.0}}
    with pytest.raises(InputError, match="max_snap must be between 1 and 100000"):
        jobs.PREPARE["serviceaccess"](bad)
    for text, message in (("15, abc", "'abc' is not a number"), ("15, 900", "900 is not a")):
        bad = {**cfg, "serviceaccess": {**cfg["serviceaccess"], "thresholds": text}}
        with pytest.raises(InputError, match=f"thresholds: {message}"):
            jobs.PREPARE["serviceaccess"](bad)


def test_cluster_equals_one_process(cfg, tmp_path):
    """The network jobs as Dask tasks on two worker processes give the one-process rows."""
    import distributed

    tables = {}
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:  # fmt: skip
        for where, scheduler in (("one", "none"), ("dask", cluster.scheduler_address)):
            run_cfg = {**cfg, "output": str(tmp_path / where)}
            for job in ("serviceaccess", "centrality"):
                summary = runner.run(job, run_cfg, scheduler=scheduler, log=lambda _: None)
                assert sorted(summary.computed) == ["0001", "0002"] and not summary.failed
                gpkg = tmp_path / where / job / f"{job}.gpkg"
                tables[where, job] = io.read_layer(str(gpkg), job).attributes
    for job in ("serviceaccess", "centrality"):
        pd.testing.assert_frame_equal(tables["one", job], tables["dask", job])


def test_prepared_network_equals_the_raw_one(cfg):
    """A prepared network (min_fw, min_bw) of the same grid gives the same rows, its
    fastest link bounds the halo; a link of 0 minutes with a length stops the run."""
    raw = jobs.PREPARE["serviceaccess"](cfg)
    given = {**cfg, "serviceaccess": {**cfg["serviceaccess"], "network_layer": "roads_prepared"}}
    prepared = jobs.PREPARE["serviceaccess"](given)
    assert prepared["serviceaccess"]["_prepared"]
    assert prepared["serviceaccess"]["_fastest_kmh"] == pytest.approx(80.0)
    a = network_jobs.serviceaccess_job(raw, _part(raw))["serviceaccess"].frame
    b = network_jobs.serviceaccess_job(prepared, _part(prepared))["serviceaccess"].frame
    pd.testing.assert_frame_equal(a, b, rtol=1e-9)
    zero = {**cfg, "serviceaccess": {**cfg["serviceaccess"], "network_layer": "roads_zero"}}
    with pytest.raises(InputError, match="0 minutes in min_fw"):
        jobs.PREPARE["serviceaccess"](zero)

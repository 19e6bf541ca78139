"""Benchmark: smaaby:serviceareas against QGIS's native:serviceareafromlayer on the Hamar
road network (5 and 50 centres, distance cost, one threshold, reached lines only), in one
process and one run; then the polygons' extra time; then 1,000 centres with polygons against
the polygon path of the time issue 15 was filed (the tiled union kept in the tests, one
thread), interleaved, the polygons' areas compared; then a scale case of the engine
(>= 1,000,000 links, 200,000 demand points, 100 centres: nearest-centre allocation).

Run:  .venv/bin/python bench/bench_serviceareas.py  [--skip-scale] [--repeats 5]

Needs ../shared/data/hamar; prints both times and their ratio, and for the scale case the
allocation time after the graph is built and the peak memory (resident set size of this
process, which includes QGIS itself).
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))  # the plugin as QGIS loads it (make build)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import shapely  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from _summary import interleaved, print_row, record, repeats_from_argv, row  # noqa: E402
from _synthetic import MILLION_SIDE, grid_network  # noqa: E402

sys.path.insert(0, str(ROOT / "tests" / "unit" / "catchments"))
from _service_areas_reference import reference_polygons  # noqa: E402

REPEATS = repeats_from_argv()
POLYGON_ROWS: list = []
SCALE_ROWS: list = []

HAMAR = (ROOT / ".." / "shared" / "data" / "hamar" / "hamar_0403_fkbvegnett_2017.gpkg").resolve()
THRESHOLD = 2000.0  # metres along the network
TOLERANCE = 0.1  # junction snapping, metres (both tools)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def start_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from smaaby_plugin import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    return app, plugin


def centre_layer(points):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:25833", "centres", "memory")
    feats = []
    for p in points:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromWkt(p.wkt))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def hamar_case():
    import processing
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
        QgsVectorLayer,
    )

    source = f"{HAMAR}|layername=veglenke"
    # native network algorithms need a project in the context (they crash without one)
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:25833"))
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    layer = QgsVectorLayer(source, "veglenke", "ogr")
    lines = np.array([shapely.from_wkb(bytes(f.geometry().asWkb())) for f in layer.getFeatures()])
    lines_all = lines
    rng = np.random.default_rng(2024)
    # centres on the network (midpoints of random links), so neither tool adds an access leg
    picks = rng.choice(len(lines), 50, replace=False)
    mids = shapely.line_interpolate_point(lines[picks], 0.5, normalized=True)

    def run(alg, params):
        t = time.perf_counter()
        out = processing.run(alg, params, context=context, feedback=feedback)
        return time.perf_counter() - t, out

    print(
        f"Hamar veglenke: {len(lines)} links; distance cost; threshold {THRESHOLD:g} m; "
        f"junction tolerance {TOLERANCE} m; reached lines only"
    )
    # warm-up: load the GeoPackage driver and both algorithms once, not timed
    run(
        "smaaby:serviceareas",
        {
            "NETWORK": source,
            "CENTRES": centre_layer(mids[:1]),
            "COST": 0,
            "THRESHOLDS": "100",
            "LINES_MODE": 1,
            "OUTPUT_LINES": "TEMPORARY_OUTPUT",
        },
    )
    from smaaby_plugin.processing_algorithms.catchments import _network_cache

    rows = []
    for n in (5, 50):
        centres = centre_layer(mids[:n])
        t_native, native = run(
            "native:serviceareafromlayer",
            {
                "INPUT": source,
                "START_POINTS": centres,
                "STRATEGY": 0,
                "TRAVEL_COST2": THRESHOLD,
                "TOLERANCE": TOLERANCE,
                "OUTPUT_LINES": "TEMPORARY_OUTPUT",
            },
        )
        common = {
            "NETWORK": source,
            "CENTRES": centres,
            "COST": 0,
            "THRESHOLDS": f"{THRESHOLD:g}",
            "SNAP_TOLERANCE": TOLERANCE,
        }
        lines = dict(common, LINES_MODE=1, OUTPUT_LINES="TEMPORARY_OUTPUT")
        # cold: the network is read and built in the run, as native does
        _network_cache.clear_cache()
        t_ours, ours = run("smaaby:serviceareas", lines)
        # warm: the same network file and settings were used before in this session
        t_warm, _ = run("smaaby:serviceareas", lines)
        _network_cache.clear_cache()
        t_pieces, _ = run(
            "smaaby:serviceareas", dict(common, LINES_MODE=0, OUTPUT_LINES="TEMPORARY_OUTPUT")
        )
        _network_cache.clear_cache()
        t_both, _ = run("smaaby:serviceareas", dict(lines, OUTPUT_POLYGONS="TEMPORARY_OUTPUT"))
        n_native = native["OUTPUT_LINES"].featureCount()
        n_ours = ours["OUTPUT_LINES"].featureCount()
        rows.append((n, t_native, t_ours, t_warm, t_pieces, t_both - t_ours))
        print(
            f"  {n:2d} centres: native {t_native:6.3f} s ({n_native} features) | smaaby "
            f"{t_ours:6.3f} s ({n_ours} features), ratio {t_native / t_ours:5.1f}x | "
            f"network reused {t_warm:6.3f} s, ratio {t_native / t_warm:5.1f}x"
        )
        print(
            f"              smaaby one feature per link piece {t_pieces:6.3f} s | polygons "
            f"add {t_both - t_ours:6.3f} s (native lines alone {t_native:6.3f} s)"
        )
    # 1,000 centres with polygons (network built in each run, as a first run does)
    picks = rng.choice(len(lines_all), 1000, replace=False)
    centres = centre_layer(shapely.line_interpolate_point(lines_all[picks], 0.5, normalized=True))
    lines_only = {
        "NETWORK": source,
        "CENTRES": centres,
        "COST": 0,
        "THRESHOLDS": f"{THRESHOLD:g}",
        "SNAP_TOLERANCE": TOLERANCE,
        "LINES_MODE": 1,
        "OUTPUT_LINES": "TEMPORARY_OUTPUT",
    }
    polygons = dict(lines_only, OUTPUT_POLYGONS="TEMPORARY_OUTPUT")

    def cold(params):
        _network_cache.clear_cache()
        return processing.run("smaaby:serviceareas", params, context=context, feedback=feedback)

    def before(params):
        # the polygon path as it was when issue 15 was filed (the tiled union of commit
        # 2bfddd5, kept for the tests) on one thread, as it ran then
        sa_module = sys.modules["smaaby_plugin.processing_algorithms.catchments.serviceareas"]
        current, threads = sa_module.service_area_polygons, os.environ.get("SMAABY_THREADS")
        sa_module.service_area_polygons = reference_polygons
        os.environ["SMAABY_THREADS"] = "1"
        try:
            return cold(params)
        finally:
            sa_module.service_area_polygons = current
            if threads is None:
                os.environ.pop("SMAABY_THREADS")
            else:
                os.environ["SMAABY_THREADS"] = threads

    times, last = interleaved(
        {
            "lines": lambda: cold(lines_only),
            "baseline": lambda: before(polygons),
            "smaaby": lambda: cold(polygons),
        },
        REPEATS,
    )
    area = [
        np.array([f["area_km2"] for f in last[k]["OUTPUT_POLYGONS"].getFeatures()])
        for k in ("baseline", "smaaby")
    ]
    same = len(area[0]) == len(area[1]) and np.allclose(area[0], area[1], rtol=1e-6)
    lines_t = times.pop("lines")
    POLYGON_ROWS.append(
        row(
            "service areas with polygons, 1,000 centres, Hamar",
            "the polygon path when the issue was filed (tiled union, one thread)",
            "≥ 4× faster",
            times,
            f"lines alone {statistics.median(lines_t['wall']):.2f} s "
            f"(CPU {statistics.median(lines_t['cpu']):.2f} s) in the same run; same areas "
            f"(1e-6): {same}; {os.cpu_count()} cores",
        )
    )
    print_row(POLYGON_ROWS[-1])
    return rows


def scale_case():
    from smaaby_plugin.core.catchments.network import build_graph

    rng = np.random.default_rng(7)
    n_side = MILLION_SIDE  # 2 * 708 * 707 = 1,001,112 links
    lines, xy = grid_network(n_side, rng)
    n = len(lines)
    forward = rng.random(n) > 0.02
    backward = ~forward | (rng.random(n) > 0.02)
    speed = rng.choice([30.0, 50.0, 60.0, 80.0], n)
    extent = xy.max(axis=0)
    demand = shapely.points(rng.uniform(0, extent[0], 200_000), rng.uniform(0, extent[1], 200_000))
    centres = shapely.points(rng.uniform(0, extent[0], 100), rng.uniform(0, extent[1], 100))
    print(
        f"Scale case: {n:,} links, {len(demand):,} demand points, {len(centres)} centres "
        "(travel time, 2 % one-way)"
    )
    t = time.perf_counter()
    net = build_graph(lines, forward=forward, backward=backward, cost="time", speed_kmh=speed)
    t_build = time.perf_counter() - t
    from smaaby_plugin.core.catchments import network_nearest

    build = network_nearest.LinkIndex.build

    def attach(bounded):
        net._tree = net._link_index = None  # each run builds its search structures
        if not bounded:  # the tree walk, STRtree.query_nearest(all_matches=True)
            network_nearest.LinkIndex.build = classmethod(lambda cls, lines, tree: None)
        try:
            return net.attach(centres, max_snap=500), net.attach(demand, max_snap=500)
        finally:
            network_nearest.LinkIndex.build = build

    times, last = interleaved(
        {"baseline": lambda: attach(False), "smaaby": lambda: attach(True)}, REPEATS
    )
    same = all(
        np.array_equal(getattr(a, f), getattr(b, f))
        for a, b in zip(last["baseline"], last["smaaby"])
        for f in ("link", "position", "distance")
    )
    c_att, d_att = last["smaaby"]
    t_attach = statistics.median(times["smaaby"]["wall"])
    t = time.perf_counter()
    alloc = net.nearest_source(c_att, d_att, limit=60.0)
    t_solve = time.perf_counter() - t
    served = int((alloc.source >= 0).sum())
    print(
        f"  graph build {t_build:6.2f} s ({net.n_nodes:,} nodes) | allocation after the "
        f"build {t_attach + t_solve:6.2f} s (attach {t_attach:.2f} s, one multi-source "
        f"Dijkstra {t_solve:.2f} s; target < 30 s) | {served:,} demand points allocated"
    )
    print(
        f"  peak memory (resident, whole process incl. QGIS): {peak_rss_mb():,.0f} MB "
        "(target < 3,000 MB)"
    )
    SCALE_ROWS.append(
        row(
            f"catchment allocation, {n:,} links, {len(demand):,} demand, {len(centres)} centres: "
            "attach",
            "attach by STRtree.query_nearest(all_matches=True) (the code before)",
            "attach ≥ 2× faster",
            times,
            f"same links, positions and distances: {same}; one multi-source Dijkstra "
            f"{t_solve:.2f} s after it",
        )
    )
    print_row(SCALE_ROWS[-1])
    return t_attach + t_solve


def main():
    if not HAMAR.is_file():
        print(f"skipped: {HAMAR} is absent (../shared/data)")
        return
    app, plugin = start_qgis()
    rows = hamar_case()
    n50 = [r for r in rows if r[0] == 50][0]
    print(
        f"50 centres: smaaby is {n50[1] / n50[2]:.1f}x faster than native building its "
        f"network in the run, {n50[1] / n50[3]:.1f}x reusing it (target >= 20x); polygons "
        f"add {n50[5]:.3f} s vs native lines {n50[1]:.3f} s"
    )
    if "--skip-scale" not in sys.argv:
        scale_case()
    record("bench_serviceareas", POLYGON_ROWS + SCALE_ROWS)
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main()

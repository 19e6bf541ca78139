"""Benchmark: smaaby:landuseaccount against the QGIS native chain a planner would use.

Native chain (the baseline, same process, same inputs): native:intersection (land cover x
zones), then native:fieldcalculator with $area (planar: the context has no ellipsoid),
then native:statisticsbycategories by zone and class. Both produce the area of every
(zone, class); the script checks that they agree (to 1e-6 of a row's area; 0.001 m² for
small rows, see _compare) and prints both times, their ratio and the process's peak memory
after the Småby run. Times are wall-clock and, beside them, the process's CPU time over all
its threads (on a shared machine the CPU time is the steadier measure).

Cases:
1. Ås N50 land cover (1,286 polygons) within the Ås kommune polygon (3218).
2. Ås N50 land cover within a 250 m grid over the kommune.
3. Scaled up: a Voronoi mosaic of --cells land-cover polygons (default 200,000, 11
   classes) over 60 x 60 km, within a 1 km grid (3,600 zones).

Run: ``.venv/bin/python bench/bench_landuseaccount.py [--cells N] [--skip-scale]``
(after ``make build``; real data from ../shared/data).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))  # the built plugin, as QGIS loads it
DATA = ROOT.parent / "shared" / "data"

from _qgis import start_qgis  # noqa: E402 (after the build/ path)
from _summary import interleaved, print_row, record, row  # noqa: E402

REPEATS = 5


def _memory_layer(geom_type, fields, rows, name):
    """rows: list of (wkb bytes, [attribute values])."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer(f"{geom_type}?crs=EPSG:25833", name, "memory")
    types = {int: QVariant.LongLong, str: QVariant.String, float: QVariant.Double}
    layer.dataProvider().addAttributes([QgsField(n, types[t]) for n, t in fields])
    layer.updateFields()
    feats = []
    for wkb, attrs in rows:
        f = QgsFeature(layer.fields())
        g = QgsGeometry()
        g.fromWkb(wkb)
        f.setGeometry(g)
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


def _grid(bounds, size):
    import numpy as np
    import shapely

    x0, y0, x1, y1 = bounds
    xs = np.arange(np.floor(x0 / size) * size, x1, size)
    ys = np.arange(np.floor(y0 / size) * size, y1, size)
    gx, gy = np.meshgrid(xs, ys)
    gx, gy = gx.ravel(), gy.ravel()
    cells = shapely.box(gx, gy, gx + size, gy + size)
    ids = [f"{int(x)}_{int(y)}" for x, y in zip(gx, gy)]
    return cells, ids


def _context():
    from qgis.core import QgsProcessingContext

    context = QgsProcessingContext()
    context.setEllipsoid("NONE")  # planar $area, like Småby's default
    return context


def _stats_alg() -> str:
    """native:statisticsbycategories (QGIS >= 3.30), qgis:statisticsbycategories before."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    for alg_id in ("native:statisticsbycategories", "qgis:statisticsbycategories"):
        if registry.algorithmById(alg_id) is not None:
            return alg_id
    raise RuntimeError("no statistics-by-categories algorithm in this QGIS")


_STATS_ALG = ""


def _native(landcover, class_field, zones, zone_field, out="TEMPORARY_OUTPUT", collect=True):
    import processing
    from qgis.core import QgsProcessingFeedback

    fb = QgsProcessingFeedback()
    context = _context()
    t, c = time.perf_counter(), time.process_time()
    inter = processing.run(
        "native:intersection",
        {
            "INPUT": landcover,
            "OVERLAY": zones,
            "INPUT_FIELDS": [class_field],
            "OVERLAY_FIELDS": [zone_field],
            "OUTPUT": out,
        },
        context=context,
        feedback=fb,
    )["OUTPUT"]
    calc = processing.run(
        "native:fieldcalculator",
        {
            "INPUT": inter,
            "FIELD_NAME": "area_m2",
            "FIELD_TYPE": 0,
            "FIELD_LENGTH": 20,
            "FIELD_PRECISION": 6,
            "FORMULA": "$area",
            "OUTPUT": out,
        },
        context=context,
        feedback=fb,
    )["OUTPUT"]
    stats = processing.run(
        _STATS_ALG,
        {
            "INPUT": calc,
            "VALUES_FIELD_NAME": "area_m2",
            "CATEGORIES_FIELD_NAME": [zone_field, class_field],
            "OUTPUT": out,
        },
        context=context,
        feedback=fb,
    )["OUTPUT"]
    elapsed = time.perf_counter() - t, time.process_time() - c
    if not collect:
        return elapsed, None
    if isinstance(stats, str):
        from qgis.core import QgsVectorLayer

        stats = QgsVectorLayer(stats, "stats", "ogr")
    result = {(str(f[zone_field]), int(f[class_field])): f["sum"] for f in stats.getFeatures()}
    return elapsed, result


def _smaaby(landcover, class_field, zones, zone_field, out="TEMPORARY_OUTPUT", collect=True):
    import processing
    from qgis.core import QgsProcessingFeedback

    t, c = time.perf_counter(), time.process_time()
    out = processing.run(
        "smaaby:landuseaccount",
        {
            "LANDUSE": landcover,
            "CLASS_FIELD": class_field,
            "ZONES": zones,
            "ZONE_FIELD": zone_field,
            "UNIT": 0,
            "CODE_LIST": 4,
            "OUTPUT_TABLE": out,
        },
        context=_context(),
        feedback=QgsProcessingFeedback(),
    )["OUTPUT_TABLE"]
    elapsed = time.perf_counter() - t, time.process_time() - c
    if not collect:
        return elapsed, None
    if isinstance(out, str):
        from qgis.core import QgsVectorLayer

        out = QgsVectorLayer(out, "account", "ogr")
    result = defaultdict(float)
    for f in out.getFeatures():
        if f["row_type"] == "class":
            result[(str(f["zone_id"]), int(f["class_code"]))] = f["area_m2"]
    return elapsed, dict(result)


def _compare(
    name, n_land, n_zones, landcover, class_field, zones, zone_field, task, goal, out=None
):
    """Check once that both agree, then time both interleaved; returns (agree, row)."""
    outputs = out or (lambda: "TEMPORARY_OUTPUT", lambda: "TEMPORARY_OUTPUT")
    args = (landcover, class_field, zones, zone_field)
    _, ours = _smaaby(*args, out=outputs[1]())
    _, native = _native(*args, out=outputs[0]())
    keys = set(ours) | set(native)
    diff = {k: abs(ours.get(k, 0.0) - native.get(k, 0.0)) for k in keys}
    worst_abs = max(diff.values())
    worst = max(
        (d / native[k] for k, d in diff.items() if native.get(k, 0.0) >= 1_000.0), default=0.0
    )
    total_o, total_n = math.fsum(ours.values()), math.fsum(native.values())
    # A row agrees within 1e-6 of its area, or 0.001 m² for small rows: QGIS's $area works
    # on full UTM coordinates, where the last bit of x * y is 1/4096 m², so a native
    # piece's area carries up to about 1e-3 m² of rounding (GEOS's area does not).
    agree = all(d <= max(1e-6 * native.get(k, 0.0), 1e-3) for k, d in diff.items())
    print(
        f"{name}: {n_land:,} land-cover polygons x {n_zones:,} zones, {len(keys):,} "
        f"(zone, class) rows"
    )
    times, _ = interleaved(
        {
            "baseline": lambda: _native(*args, out=outputs[0](), collect=False),
            "smaaby": lambda: _smaaby(*args, out=outputs[1](), collect=False),
        },
        REPEATS,
    )
    result = row(
        task, "native chain (intersection + $area + statistics by categories)", goal, times
    )
    print_row(result)
    print(
        f"  areas agree (1e-6 of a row, 0.001 m² for small rows): {agree} (largest difference "
        f"{worst_abs:.2e} m²; largest relative difference {worst:.2e} on rows >= 1,000 m²; "
        f"totals {total_o:,.1f} vs {total_n:,.1f} m²)"
    )
    return agree, result


def _gpkg(layer, path):
    """Write a memory layer to a GeoPackage; its path."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.NoError, error
    return str(path)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=200_000)
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    global REPEATS
    REPEATS = args.repeats
    if not DATA.is_dir():
        print(f"real data folder {DATA} is absent; nothing to benchmark")
        return 0
    app, plugin = start_qgis()
    global _STATS_ALG
    _STATS_ALG = _stats_alg()
    print(f"QGIS baseline uses native:intersection, native:fieldcalculator, {_STATS_ALG}")
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPU(s)")
    import fiona
    import numpy as np
    import shapely

    ok = True
    with fiona.open(DATA / "aas" / "ArealdekkeN50.gpkg") as src:
        feats = list(src)
    geoms = shapely.from_geojson([json.dumps(dict(f["geometry"])) for f in feats])
    klasse = [int(f["properties"]["klasse"]) for f in feats]
    land = _memory_layer(
        "Polygon",
        [("klasse", int)],
        [(shapely.to_wkb(g), [k]) for g, k in zip(geoms, klasse)],
        "n50",
    )
    with fiona.open(DATA / "norge" / "kommuner2024_25833.gpkg") as src:
        aas = [f for f in src if f["properties"]["kommunenummer"] == "3218"][0]
    kommune = shapely.make_valid(shapely.from_geojson(json.dumps(dict(aas["geometry"]))))
    zones = _memory_layer(
        "MultiPolygon", [("knr", str)], [(shapely.to_wkb(kommune), ["3218"])], "kommune"
    )
    rows = []
    agree, r = _compare(
        "Ås N50 within kommune 3218",
        len(geoms),
        1,
        land,
        "klasse",
        zones,
        "knr",
        "land-use account, Ås N50 in the Ås kommune polygon",
        "≥ 3×",
    )
    ok &= agree
    rows.append(r)
    cells, ids = _grid(kommune.bounds, 250.0)
    grid = _memory_layer(
        "Polygon", [("cell", str)], [(shapely.to_wkb(c), [i]) for c, i in zip(cells, ids)], "grid"
    )
    agree, r = _compare(
        "Ås N50 within a 250 m grid",
        len(geoms),
        len(cells),
        land,
        "klasse",
        grid,
        "cell",
        "land-use account, Ås N50 in the 250 m grid",
        "≥ 4×",
    )
    ok &= agree
    rows.append(r)
    if not args.skip_scale:
        rng = np.random.default_rng(2024)
        extent = shapely.box(500_000, 6_600_000, 560_000, 6_660_000)
        pts = rng.uniform([500_000, 6_600_000], [560_000, 6_660_000], size=(args.cells, 2))
        mosaic = shapely.get_parts(
            shapely.voronoi_polygons(shapely.multipoints(pts), extend_to=extent)
        )
        mosaic = shapely.intersection(mosaic, extent)
        codes = rng.choice(
            [100, 110, 120, 200, 300, 400, 500, 600, 700, 800, 900], size=len(mosaic)
        )
        big = _memory_layer(
            "Polygon",
            [("klasse", int)],
            [(shapely.to_wkb(g), [int(k)]) for g, k in zip(mosaic, codes)],
            "mosaic",
        )
        cells, ids = _grid(extent.bounds, 1000.0)
        grid1k = _memory_layer(
            "Polygon",
            [("cell", str)],
            [(shapely.to_wkb(c), [i]) for c, i in zip(cells, ids)],
            "grid1k",
        )
        name = f"Voronoi mosaic of {len(mosaic):,} polygons within a 1 km grid"
        memory = (lambda: "memory:", lambda: "memory:")
        task = f"land-use account, {len(mosaic):,} polygons × {len(cells):,} zones"
        agree, r = _compare(
            name, len(mosaic), len(cells), big, "klasse", grid1k, "cell", task, "≥ 5×", memory
        )
        ok &= agree
        r["baseline"] = "native chain with memory layers (inputs and outputs)"
        rows.append(r)
        with tempfile.TemporaryDirectory() as tmp:
            land_file = _gpkg(big, Path(tmp) / "mosaic.gpkg")
            zone_file = _gpkg(grid1k, Path(tmp) / "grid1k.gpkg")
            count = iter(range(10**6))

            def out_file():
                return str(Path(tmp) / f"out{next(count)}.gpkg")

            files = (lambda: "TEMPORARY_OUTPUT", out_file)
            agree, r = _compare(
                name + " (GeoPackage files)",
                len(mosaic),
                len(cells),
                land_file,
                "klasse",
                zone_file,
                "cell",
                task + ", file inputs and outputs",
                "≥ 15×",
                files,
            )
            ok &= agree
            r["baseline"] = "native chain as a user runs it (GeoPackage inputs, default outputs)"
            rows.append(r)
    record("bench_landuseaccount", rows)
    plugin.unload()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

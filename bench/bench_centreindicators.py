"""Benchmark: centre indicators for a county-sized generated population grid.

    .venv/bin/python bench/bench_centreindicators.py [--cells 100000] [--towns 50]

A synthetic county: 250 m cells (SSB grid style) with a rural background and 50 towns
whose density falls off exponentially from their centres; town outlines are irregular
star-shaped polygons. It times

1. ``core.centreindicators.centre_indicators`` (straight lines), the vectorised
   implementation, against the baseline: a plain per-town loop from the same cell
   polygons (cell centroids, ``shapely.contains_xy`` per town, numpy distances, one
   ``shapely.intersection`` per ring; no duplicate-position merging, notes, land use or
   mix), measured in the same run, and prints the largest difference between the two;
2. the same with walking distances along a generated street lattice
   (``core.network`` via ``walking_network``);
3. ``smaaby:centreindicators`` through ``processing.run`` (reading and writing the
   layers), when QGIS's Python is available: once with the inputs in GeoPackage files
   (as the SSB grid and the town outlines come; read in one batch) and once with memory
   layers (read feature by feature: QGIS's memory provider has no batch read), both
   writing memory outputs, each interleaved with the core alone.

Peak memory is the process's peak resident set size (``ru_maxrss``) after each step.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import shapely

# A benchmark script, not plugin code: import the plugin as QGIS does, from build/.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "build"))
from smaaby_plugin.core.centre.centre_indicators import centre_indicators, walking_network  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _summary import interleaved, print_row, record, row  # noqa: E402

CELL = 250.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def county(n_cells: int, n_towns: int, seed: int = 2024):
    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(n_cells / 0.8)))  # about 80 % of the cells get people
    # town centres at least 8 km apart (rejection sampling)
    centres = []
    while len(centres) < n_towns:
        c = rng.uniform(5000, side * CELL - 5000, 2)
        if all(np.hypot(*(c - o)) > 8000 for o in centres):
            centres.append(c)
    centres = np.array(centres)
    radius = rng.uniform(1500, 4000, n_towns)
    d0 = rng.uniform(1500, 5000, n_towns)  # inhabitants per km² at the centre
    b = rng.uniform(0.4, 1.5, n_towns)  # per km
    ll = np.stack(np.meshgrid(np.arange(side), np.arange(side)), -1).reshape(-1, 2) * CELL
    mid = ll + CELL / 2
    lam = np.full(len(mid), 0.4)  # rural background: people per cell
    for c, dd, bb in zip(centres, d0, b):
        r_km = np.hypot(*(mid - c).T) / 1000
        lam += dd * np.exp(-bb * r_km) * (CELL / 1000) ** 2
    pop = rng.poisson(lam).astype(float)
    keep = pop > 0
    ll, mid, pop = ll[keep], mid[keep], pop[keep]
    if len(pop) < n_cells:  # top up with empty-looking rural cells to the requested count
        raise SystemExit(f"only {len(pop)} populated cells; raise --cells")
    cells = shapely.box(ll[:, 0], ll[:, 1], ll[:, 0] + CELL, ll[:, 1] + CELL)
    # irregular star-shaped town outlines
    ang = np.linspace(0, 2 * np.pi, 48, endpoint=False)
    towns = []
    for c, r in zip(centres, radius):
        rr = r * (1 + 0.25 * np.sin(3 * ang + rng.uniform(0, 6)) + rng.uniform(-0.1, 0.1, 48))
        towns.append(shapely.Polygon(np.c_[c[0] + rr * np.cos(ang), c[1] + rr * np.sin(ang)]))
    return np.array(towns, dtype=object), centres, cells, mid, pop


def baseline(towns, centres, cells, pop, distances, ring_width):
    """Per-town loop: the obvious implementation, from the same inputs (cell polygons)."""
    mid = shapely.get_coordinates(shapely.centroid(cells))
    rows = []
    for town, c in zip(towns, centres):
        inside = shapely.contains_xy(town, mid[:, 0], mid[:, 1])
        p = pop[inside]
        d = np.hypot(*(mid[inside] - c).T)
        total = p.sum()
        row = {"population": total, "mean_dist_m": (p * d).sum() / total}
        for dist in distances:
            row[f"pop_within_{dist:g}m"] = p[d <= dist].sum()
        row["proximity"] = (2 / 3) * np.sqrt(town.area / np.pi) / row["mean_dist_m"]
        far = np.hypot(*(np.asarray(town.exterior.coords) - c).T).max()
        n = int(np.ceil(far / ring_width))
        k = np.minimum(np.floor(d / ring_width).astype(int), n - 1)
        ring_pop = np.bincount(k, weights=p, minlength=n)
        area = []
        for i in range(n):
            outer = shapely.Point(c).buffer((i + 1) * ring_width, quad_segs=32)
            ring = (
                outer
                if i == 0
                else outer.difference(shapely.Point(c).buffer(i * ring_width, quad_segs=32))
            )
            area.append(ring.intersection(town).area / 1e6)
        area = np.array(area)
        ok = (ring_pop > 0) & (area > 0)
        x = ((np.arange(n) + 0.5) * ring_width / 1000)[ok]
        slope, intercept = np.polyfit(x, np.log(ring_pop[ok] / area[ok]), 1)
        row["clark_b_per_km"] = -slope
        row["clark_d0_km2"] = np.exp(intercept)
        rows.append(row)
    return rows


def street_lattice(centres, half=5000.0, step=200.0):
    """Noded street segments on a lattice of `step` m in a square around each centre."""
    lines = []
    ticks = np.arange(-half, half + 1, step)
    a, b = ticks[:-1], ticks[1:]
    for c in centres:
        for t in ticks:
            lines.append(
                shapely.linestrings(
                    np.stack(
                        [
                            np.c_[c[0] + a, np.full(len(a), c[1] + t)],
                            np.c_[c[0] + b, np.full(len(b), c[1] + t)],
                        ],
                        1,
                    )
                )
            )
            lines.append(
                shapely.linestrings(
                    np.stack(
                        [
                            np.c_[np.full(len(a), c[0] + t), c[1] + a],
                            np.c_[np.full(len(b), c[0] + t), c[1] + b],
                        ],
                        1,
                    )
                )
            )
    return np.concatenate(lines)


def run_qgis(towns, centres, cells, pop, repeats=5):
    """smaaby:centreindicators through processing.run on GeoPackage and on memory layers;
    None without QGIS."""
    try:
        from qgis.core import (
            QgsCoordinateTransformContext,
            QgsFeature,
            QgsField,
            QgsGeometry,
            QgsProcessingContext,
            QgsProcessingFeedback,
            QgsVectorFileWriter,
            QgsVectorLayer,
        )
        from qgis.PyQt.QtCore import QVariant
    except ImportError:
        return None
    from _qgis import start_qgis

    app, plugin = start_qgis()
    import processing

    def layer(kind, geoms, fields):
        lyr = QgsVectorLayer(f"{kind}?crs=EPSG:25833", kind, "memory")
        pr = lyr.dataProvider()
        pr.addAttributes(
            [
                QgsField(k, QVariant.Double if isinstance(v[0], float) else QVariant.String)
                for k, v in fields.items()
            ]
        )
        lyr.updateFields()
        wkb = shapely.to_wkb(geoms)
        feats = []
        for i, w in enumerate(wkb):
            f = QgsFeature(lyr.fields())
            g = QgsGeometry()
            g.fromWkb(w)
            f.setGeometry(g)
            f.setAttributes([v[i] for v in fields.values()])
            feats.append(f)
        pr.addFeatures(feats)
        return lyr

    memory = {
        "TOWNS": layer("Polygon", towns, {"name": [f"town {i}" for i in range(len(towns))]}),
        "CENTRES": layer(
            "Point", shapely.points(centres), {"id": [str(i) for i in range(len(centres))]}
        ),
        "POPULATION": layer("Polygon", cells, {"pop": [float(v) for v in pop]}),
    }
    folder = tempfile.mkdtemp(prefix="bench_ci_")

    def to_gpkg(name, lyr):
        path = os.path.join(folder, f"{name.lower()}.gpkg")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        QgsVectorFileWriter.writeAsVectorFormatV3(
            lyr, path, QgsCoordinateTransformContext(), options
        )
        return QgsVectorLayer(path, name, "ogr")

    files = {name: to_gpkg(name, lyr) for name, lyr in memory.items()}

    def through_processing(inputs):
        return processing.run(
            "smaaby:centreindicators",
            {
                **inputs,
                "NAME_FIELD": "name",
                "POPULATION_FIELD": "pop",
                "OUTPUT_TABLE": "memory:",
                "OUTPUT_RINGS": "memory:",
            },
            context=QgsProcessingContext(),
            feedback=QgsProcessingFeedback(),
        )

    def core_alone():
        return centre_indicators(
            towns,
            np.arange(len(towns)).astype(str),
            shapely.points(centres),
            cells,
            pop,
            distances=[500.0, 1000.0, 2000.0],
        )

    # "baseline" is the core alone: the ratio is then core / processing.run
    results, medians = [], []
    for label, inputs in (("GeoPackage inputs", files), ("memory-layer inputs", memory)):
        times, last = interleaved(
            {"baseline": core_alone, "smaaby": lambda i=inputs: through_processing(i)}, repeats
        )
        results.append(
            row(
                f"centre indicators through processing.run vs the core alone ({len(cells):,} "
                f"cells, {len(towns)} towns; {label})",
                "the core alone (centre_indicators on arrays)",
                "processing.run ≤ 1.5× the core (ratio ≥ 0.67)",
                times,
                "ratio here is core / processing.run; its inverse is the overhead factor",
            )
        )
        print_row(results[-1])
        medians.append(statistics.median(times["smaaby"]["wall"]))
    record("bench_centreindicators", results)
    n = last["smaaby"]["OUTPUT_TABLE"].featureCount()
    plugin.unload()
    shutil.rmtree(folder, ignore_errors=True)
    return medians[0], n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cells", type=int, default=100_000)
    ap.add_argument("--towns", type=int, default=50)
    ap.add_argument("--no-qgis", action="store_true")
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    distances = [500.0, 1000.0, 2000.0]
    t0 = time.perf_counter()
    towns, centres, cells, mid, pop = county(args.cells, args.towns)
    print(
        f"county: {len(cells):,} cells of 250 m ({pop.sum():,.0f} inhabitants), "
        f"{len(towns)} towns; generated in {time.perf_counter() - t0:.1f} s; "
        f"peak RSS {peak_mb():.0f} MB"
    )

    t0 = time.perf_counter()
    res = centre_indicators(
        towns,
        np.arange(len(towns)).astype(str),
        shapely.points(centres),
        cells,
        pop,
        distances=distances,
    )
    t_core = time.perf_counter() - t0
    print(f"centre_indicators (straight lines): {t_core:.2f} s; peak RSS {peak_mb():.0f} MB")

    t0 = time.perf_counter()
    base = baseline(towns, centres, cells, pop, distances, 250.0)
    t_base = time.perf_counter() - t0
    print(
        f"baseline per-town loop:             {t_base:.2f} s; "
        f"ratio baseline/core {t_base / t_core:.1f}x"
    )
    worst = {}
    for key in ["population", "mean_dist_m", "proximity", "clark_b_per_km", "clark_d0_km2"] + [
        f"pop_within_{d:g}m" for d in distances
    ]:
        ours = res.table[key].to_numpy(float)
        theirs = np.array([r[key] for r in base], float)
        worst[key] = float(np.max(np.abs(ours - theirs) / np.maximum(np.abs(theirs), 1e-12)))
    print(
        "largest relative difference core vs baseline: "
        + ", ".join(f"{k} {v:.1e}" for k, v in worst.items())
    )

    streets = street_lattice(centres)
    t0 = time.perf_counter()
    net = walking_network(streets)
    t_build = time.perf_counter() - t0
    t0 = time.perf_counter()
    res_net = centre_indicators(
        towns,
        np.arange(len(towns)).astype(str),
        shapely.points(centres),
        cells,
        pop,
        distances=distances,
        network=net,
    )
    t_net = time.perf_counter() - t0
    detour = (res_net.table["mean_dist_m"] / res_net.table["mean_dist_straight_m"]).to_numpy()
    print(
        f"walking network: {len(streets):,} street segments built in {t_build:.2f} s; "
        f"centre_indicators along it {t_net:.2f} s ({t_net / t_core:.1f}x the straight-line "
        f"run); mean network/straight distance {detour.mean():.3f} (a lattice: 4/pi = "
        f"{4 / np.pi:.3f} for uniform directions); peak RSS {peak_mb():.0f} MB"
    )

    if not args.no_qgis:
        out = run_qgis(towns, centres, cells, pop, args.repeats)
        if out is None:
            print("smaaby:centreindicators via processing.run: skipped (no QGIS Python)")
        else:
            elapsed, n = out
            print(
                f"smaaby:centreindicators via processing.run (GeoPackage; read {len(cells):,} "
                f"cells, "
                f"write {n} rows + rings): {elapsed:.2f} s ({elapsed / t_core:.1f}x the "
                f"core); peak RSS {peak_mb():.0f} MB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

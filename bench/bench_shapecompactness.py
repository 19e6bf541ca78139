"""Benchmark and accuracy of the compactness indices (core.compactness).

    .venv/bin/python bench/bench_shapecompactness.py [--n 10000] [--baseline PYTHON]
    .venv/bin/python bench/bench_shapecompactness.py --accuracy

Default mode: 10,000 generated town-like polygons (smooth random outlines of 40-80
vertices, 0.3-5 km across, one in ten with a hole, one in twenty with a second part;
seed 2024). It times ``core.compactness.compactness`` by group of indices and for all
twelve at once, then runs the same polygons through esda (``esda.shape``) and momepy
in another Python (``--baseline``, default ``/tmp/bench-venv/bin/python``: a throwaway
venv made with ``python3 -m venv /tmp/bench-venv && /tmp/bench-venv/bin/pip install
esda momepy``, kept apart because they need a newer numpy than QGIS's) and prints their
times, the ratios (library time / smaaby time: above 1 means smaaby is faster), and the
largest difference per index that both compute. Peak memory
is the process's peak resident set (``ru_maxrss``).

``--accuracy``: the sampled indices (cohesion, depth) against closed forms, for
rectangles of aspect 1, 1.3, 2, 3, 4 and 8 (Ghosh's mean interpoint distance; the mean
distance to the boundary from the eroded areas) and a circle (4096 vertices), each at 20
seeded orientations and UTM-sized offsets, at several numbers of sample points; also the
exact indices.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import shapely
from shapely import affinity

# A benchmark script, not plugin code: import the plugin as QGIS does, from build/.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "build"))
from smaaby_plugin.core.centre.shape_compactness import (  # noqa: E402
    DEFAULT_SAMPLE_POINTS,
    DISC_MEAN_DISTANCE,
    INDICES,
    UNIT_SQUARE_MEAN_DISTANCE,
    compactness,
)

REFERENCE = (
    Path(__file__).resolve().parent.parent / "tests/unit/centre/_shape_compactness_reference.py"
)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _summary import interleaved, print_row, record, row  # noqa: E402

GROUPS = {
    "classic (polsby_popper, schwartzberg, reock, convex_hull, range)": [
        "polsby_popper",
        "schwartzberg",
        "reock",
        "convex_hull",
        "range",
    ],
    "moments (nmi, spin, proximity; exact)": ["nmi", "spin", "proximity"],
    "exchange": ["exchange"],
    "girth": ["girth"],
    "depth (sampled)": ["depth"],
    "cohesion (sampled)": ["cohesion"],
}

# Baseline, run in the other Python: (our index, library function) pairs.
BASELINE_SCRIPT = r"""
import json, sys, time, warnings
import numpy as np, shapely, shapely.affinity, geopandas as gpd
warnings.filterwarnings("ignore")
import esda.shape as es
import momepy
geoms = shapely.from_wkb(np.load(sys.argv[1], allow_pickle=True))
gs = gpd.GeoSeries(geoms)
gdf = gpd.GeoDataFrame(geometry=gs)
out, times = {}, {}
def run(name, f):
    t = time.perf_counter(); v = np.asarray(f(), dtype=float); times[name] = time.perf_counter() - t
    out[name] = v
run("esda.isoperimetric_quotient", lambda: es.isoperimetric_quotient(gs))
run("esda.isoareal_quotient", lambda: es.isoareal_quotient(gs))
run("esda.minimum_bounding_circle_ratio", lambda: es.minimum_bounding_circle_ratio(gs))
run("esda.convex_hull_ratio", lambda: es.convex_hull_ratio(gs))
run("esda.nmi", lambda: es.nmi(gs))
# esda's moment about the origin loses digits at UTM coordinates: also near the origin.
shifted = gpd.GeoSeries([shapely.affinity.translate(g, -g.centroid.x, -g.centroid.y)
                         for g in geoms])
run("esda.nmi (each shape moved to 0,0)", lambda: es.nmi(shifted))
run("momepy.circular_compactness", lambda: momepy.circular_compactness(gdf))
run("momepy.convexity", lambda: momepy.convexity(gdf))
np.savez(sys.argv[2], **out)
json.dump({"times": times, "versions": {"esda": __import__("esda").__version__,
           "momepy": momepy.__version__, "numpy": np.__version__,
           "shapely": shapely.__version__}}, sys.stdout)
"""
PAIRS = {
    "esda.isoperimetric_quotient": "polsby_popper",
    "esda.isoareal_quotient": "schwartzberg",
    "esda.minimum_bounding_circle_ratio": "reock",
    "esda.convex_hull_ratio": "convex_hull",
    "esda.nmi": "nmi",
    "esda.nmi (each shape moved to 0,0)": "nmi",
    "momepy.circular_compactness": "reock",
    "momepy.convexity": "convex_hull",
}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def town_polygons(n: int, seed: int = 2024) -> np.ndarray:
    """Smooth random outlines, some with a hole or a second part."""
    rng = np.random.default_rng(seed)
    k = rng.integers(40, 81, n)
    size = np.exp(rng.uniform(np.log(150), np.log(2500), n))
    cx = rng.uniform(0, 900_000, n)
    cy = rng.uniform(6_500_000, 7_800_000, n)
    polys = np.empty(n, dtype=object)
    for i in range(n):  # building the test data only; the measured code is vectorised
        t = np.linspace(0, 2 * np.pi, k[i], endpoint=False)
        harm = np.arange(2, 7)
        amp = rng.uniform(0, 0.35, 5) / harm
        phase = rng.uniform(0, 2 * np.pi, 5)
        radius = size[i] * (1 + (amp[:, None] * np.cos(harm[:, None] * t + phase[:, None])).sum(0))
        shell = np.column_stack([cx[i] + radius * np.cos(t), cy[i] + radius * np.sin(t)])
        holes = []
        if i % 10 == 3:  # a lake in the middle: the outline shrunk to a quarter
            centre = np.array([cx[i], cy[i]])
            holes = [centre + 0.25 * (shell[::4] - centre)]
        poly = shapely.Polygon(shell, holes)
        if i % 20 == 7:
            poly = shapely.MultiPolygon(
                [
                    poly,
                    affinity.translate(
                        affinity.scale(poly, 0.3, 0.3), 2.5 * size[i], 0
                    ).exterior.convex_hull,
                ]
            )
        polys[i] = shapely.make_valid(poly) if not poly.is_valid else poly
    return polys


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - start


def bench(n: int, baseline: str, repeats: int = 5) -> None:
    polys = town_polygons(n)
    print(
        f"{n} polygons ({sum(p.geom_type == 'MultiPolygon' for p in polys)} multi-part, "
        f"{int(sum(len(p.interiors) for p in polys if p.geom_type == 'Polygon'))} holes), "
        f"{int(shapely.get_num_coordinates(polys).sum())} vertices; "
        f"sample points {DEFAULT_SAMPLE_POINTS}"
    )
    ours = {}
    for label, keys in GROUPS.items():
        table, seconds = timed(compactness, polys, keys)
        ours.update({k: table[k].to_numpy() for k in keys})
        print(f"  smaaby {label:<62s} {seconds:7.2f} s   peak {peak_mb():6.0f} MB")
    # The previous path (GEOS point objects, contains, shortest_line, distance, pdist per
    # shape), kept verbatim for the tests, timed interleaved with the current one.
    spec = importlib.util.spec_from_file_location("_reference", REFERENCE)
    previous = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(previous)
    times, last = interleaved(
        {"baseline": lambda: previous.compactness(polys), "smaaby": lambda: compactness(polys)},
        repeats,
    )
    diff = {
        k: float(np.nanmax(np.abs(last["smaaby"][k] / last["baseline"][k] - 1))) for k in INDICES
    }
    note = (
        "largest relative difference to the previous path: "
        + ", ".join(f"{k} {v:.1g}" for k, v in diff.items() if v > 0)
        + " (all others 0)"
    )
    result = row(
        f"all 12 compactness indices, {n:,} polygons",
        "previous path (GEOS point tests and distances, pdist per shape)",
        "< 5 s",
        times,
        note,
    )
    print_row(result)
    record("bench_shapecompactness", [result])

    if not Path(baseline).exists():
        print(
            f"baseline Python {baseline} not found: esda/momepy comparison skipped "
            f"(python3 -m venv /tmp/bench-venv && /tmp/bench-venv/bin/pip install esda momepy)"
        )
        return
    with tempfile.TemporaryDirectory() as tmp:
        wkb = Path(tmp) / "polys.npy"
        np.save(wkb, shapely.to_wkb(polys, output_dimension=2), allow_pickle=True)
        values = Path(tmp) / "values.npz"
        script = Path(tmp) / "baseline.py"
        script.write_text(BASELINE_SCRIPT)
        proc = subprocess.run(
            [baseline, str(script), str(wkb), str(values)], capture_output=True, text=True
        )
        if proc.returncode != 0:
            print("baseline failed:", proc.stderr[-2000:])
            return
        info = json.loads(proc.stdout)
        theirs = dict(np.load(values))
    print(f"baseline: {', '.join(f'{k} {v}' for k, v in info['versions'].items())}")
    print(
        f"  {'library function':<36s} {'its time':>9s} {'smaaby index':<14s} "
        f"{'smaaby time':>11s} {'ratio':>7s} {'largest |difference|':>21s}"
    )
    for name, key in PAIRS.items():
        their_t = info["times"][name]
        _, our_t = timed(compactness, polys, [key])
        diff = np.abs(theirs[name] - ours[key])
        worst = int(np.nanargmax(diff))
        print(
            f"  {name:<36s} {their_t:8.2f}s {key:<14s} {our_t:10.2f}s "
            f"{their_t / our_t:7.1f} {diff[worst]:12.3g} (#{worst}: {theirs[name][worst]:.6f} "
            f"vs {ours[key][worst]:.6f}; {int((diff > 1e-9).sum())} of {len(diff)} differ "
            f"by more than 1e-9)"
        )


def accuracy(points: list[int]) -> None:
    rng = np.random.default_rng(1)
    angles = rng.uniform(0, 360, 20)
    offsets = np.column_stack([rng.uniform(-1e5, 1e6, 20), rng.uniform(6.5e6, 7.8e6, 20)])

    def mean_interpoint(a, b):  # Ghosh (1951), a x b rectangle
        d = math.hypot(a, b)
        return (
            (a**5 + b**5 - (a**4 - 3 * a * a * b * b + b**4) * d) / (15 * a * a * b * b)
            + a * a / (6 * b) * math.log((b + d) / a)
            + b * b / (6 * a) * math.log((a + d) / b)
        )

    def mean_to_boundary(a, b):  # a >= b: integral of the eroded area (a - 2t)(b - 2t)
        return (a * b * b / 2 - (a + b) * b * b / 4 + b**3 / 6) / (a * b)

    shapes = {
        f"rectangle {q:g}x1": (
            shapely.box(-q / 2, -0.5, q / 2, 0.5),
            q,
            {"cohesion": mean_interpoint(q, 1), "depth": mean_to_boundary(q, 1)},
        )
        for q in (1, 1.3, 2, 3, 4, 8)
    }
    shapes["circle r=1"] = (
        shapely.Point(0, 0).buffer(1.0, quad_segs=1024),
        math.pi,
        {"cohesion": DISC_MEAN_DISTANCE, "depth": 1 / 3},
    )
    assert abs(mean_interpoint(1, 1) - UNIT_SQUARE_MEAN_DISTANCE) < 1e-12
    print(
        "Relative error of the sampled indices against closed forms "
        "(20 orientations each; max |error|, mean signed error):"
    )
    print(
        f"  {'points':>6s} {'shape':<14s} {'cohesion max':>13s} {'mean':>8s} "
        f"{'depth max':>10s} {'mean':>8s} {'time per shape':>15s}"
    )
    worst = {}
    for n_points in points:
        for name, (shape, area, mean) in shapes.items():
            moved = np.array(
                [
                    affinity.translate(affinity.rotate(shape, a, origin=(0, 0)), *o)
                    for a, o in zip(angles, offsets)
                ]
            )
            table, seconds = timed(
                compactness, moved, ["cohesion", "depth"], sample_points=n_points
            )
            r = math.sqrt(area / math.pi)
            truth = {
                "cohesion": DISC_MEAN_DISTANCE * r / mean["cohesion"],
                "depth": 3 * mean["depth"] / r,
            }
            err = {k: table[k].to_numpy() / truth[k] - 1 for k in truth}
            for k, e in err.items():
                worst[(n_points, k)] = max(worst.get((n_points, k), 0), float(np.abs(e).max()))
            print(
                f"  {n_points:6d} {name:<16s} {np.abs(err['cohesion']).max():12.3%} "
                f"{err['cohesion'].mean():+8.3%} {np.abs(err['depth']).max():9.3%} "
                f"{err['depth'].mean():+8.3%} {1000 * seconds / len(moved):12.1f} ms"
            )
    print(f"Largest error over the {len(shapes)} shapes:")
    for n_points in points:
        print(
            f"  {n_points:6d} points: cohesion {worst[(n_points, 'cohesion')]:.3%}, "
            f"depth {worst[(n_points, 'depth')]:.3%}"
        )
    # The exact indices, for completeness: the circle's values should be 1.
    circle = np.array([affinity.translate(shapes["circle r=1"][0], 300000, 6700000)])
    table = compactness(circle, [k for k in INDICES if k not in ("cohesion", "depth")])
    print(
        "Exact indices on the 4096-vertex circle (1 for a true circle): "
        + ", ".join(f"{k} {table[k].iloc[0]:.6f}" for k in table.columns)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--baseline", default="/tmp/bench-venv/bin/python")
    parser.add_argument("--accuracy", action="store_true")
    parser.add_argument("--points", default="100,256,400,1024")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if args.accuracy:
        accuracy([int(p) for p in args.points.split(",")])
    else:
        bench(args.n, args.baseline, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())

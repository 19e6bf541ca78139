"""The national land-use account on the synthetic national sample (issue 17): every
kommune's account as Dask tasks on a LocalCluster with 1 and with 2 workers.

Prints the wall time of each run, the speed-up (1 worker / 2 workers), the peak memory
of each worker process (its maximum resident set), and the time per million land-cover
polygons. Goal on the 2-core machine: under 15 minutes with 2 workers, under 4 GB per
worker, at full size (5 million polygons, ``SMAABY_NATIONAL_SCALE=1``).

Environment: ``SMAABY_NATIONAL_SCALE`` (default 1.0) shrinks the sample for a quick check;
``SMAABY_NATIONAL_KOMMUNER`` (default all 357) runs the account for the first N kommuner
only (of the whole sample; the time is then also extrapolated to all polygons);
``SMAABY_NATIONAL_DIR`` (default out/bench_national) keeps the sample between runs (it is
generated again only when the scale or the kommuner change).

    .venv/bin/python bench/bench_national.py
    SMAABY_NATIONAL_SCALE=0.05 .venv/bin/python bench/bench_national.py
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))

from _summary import print_row, record  # noqa: E402

from smaaby_plugin.batch import config, io, runner  # noqa: E402
from smaaby_plugin.batch.demo import write_sample  # noqa: E402
from smaaby_plugin.batch.jobs import kommune_partitions  # noqa: E402

SCALE = float(os.environ.get("SMAABY_NATIONAL_SCALE", "1.0"))
KOMMUNER = int(os.environ.get("SMAABY_NATIONAL_KOMMUNER", "0")) or None
FOLDER = Path(os.environ.get("SMAABY_NATIONAL_DIR", ROOT / "out" / "bench_national"))


def sample() -> tuple[Path, dict]:
    """The sample for SCALE and KOMMUNER (made once), its job file and its sizes."""
    stamp = FOLDER / "sample.json"
    want = {"scale": SCALE}
    if stamp.exists():
        made = json.loads(stamp.read_text())
        if {k: made.get(k) for k in want} == want:
            return FOLDER / "job.toml", made
    if FOLDER.exists():
        shutil.rmtree(FOLDER)
    started = time.perf_counter()
    job = write_sample(FOLDER, None, SCALE)
    seconds = time.perf_counter() - started
    gpkg = str(FOLDER / "national.gpkg")
    sizes = {
        name: len(io.read_layer(gpkg, name, columns=[]))
        for name in ("kommuner", "landcover", "roads", "population")
    }
    made = {**want, "generate_and_write_s": round(seconds, 1), **sizes}
    stamp.write_text(json.dumps(made))
    return Path(job), made


def account(job: Path, workers: int) -> dict:
    cfg = config.load(job)
    cfg["output"] = str(FOLDER / f"out_{workers}w")
    shutil.rmtree(cfg["output"], ignore_errors=True)
    cfg["run"]["workers"] = workers
    if KOMMUNER:
        cfg["kommuner"]["only"] = [p.id for p in kommune_partitions(cfg)][:KOMMUNER]
    lines = []
    started = time.perf_counter()
    summary = runner.run("landuse", cfg, workers=workers, log=lines.append)
    wall = time.perf_counter() - started
    for line in lines[:3] + lines[-3:]:
        print("   ", line)
    # how a kommune's time grows with its polygons: a straight-line fit over the kommuner
    reports = list(summary.reports.values())
    fit = None
    if len(reports) >= 3:
        import numpy as np

        x = np.array([r["polygons"] for r in reports], dtype=float)
        y = np.array([r["seconds"] for r in reports])
        slope, intercept = np.polyfit(x, y, 1)
        r2 = 1 - ((y - (slope * x + intercept)) ** 2).sum() / max(
            ((y - y.mean()) ** 2).sum(), 1e-12
        )
        fit = {
            "s_per_1000_polygons": round(slope * 1000, 3),
            "s_fixed": round(intercept, 2),
            "r2": round(float(r2), 3),
        }
    peak: dict[int, float] = {}
    for report in summary.reports.values():
        peak[report["pid"]] = max(peak.get(report["pid"], 0.0), report["peak_rss_mb"])
    return {
        "workers": workers,
        "wall_s": round(wall, 1),
        "partitions": len(summary.computed),
        "failed": summary.failed,
        "task_s": round(sum(r["seconds"] for r in summary.reports.values()), 1),
        "polygons": sum(r["polygons"] for r in summary.reports.values()),
        "peak_rss_mb_per_worker": sorted(round(v) for v in peak.values()),
        "kommune_time_fit": fit,
    }


def main() -> int:
    job, made = sample()
    print(
        f"national sample (synthetic): scale {SCALE}, {made['kommuner']} kommuner, "
        f"{made['landcover']:,} land-cover polygons, {made['roads']:,} road links, "
        f"{made['population']:,} population cells (made in {made['generate_and_write_s']} s)"
    )
    runs = {}
    for workers in (2, 1):  # the goal's figure first; each run is recorded when it ends
        print(f"== land-use account, LocalCluster with {workers} worker(s)")
        run = account(job, workers)
        # polygons accounted: each kommune's land cover and the neighbours' polygons whose
        # box meets the kommune (the halo); a few are counted by two kommuner
        per_million = run["wall_s"] / (run["polygons"] / 1e6)
        run["s_per_million_polygons"] = round(per_million, 1)
        run["extrapolated_all_min"] = round(per_million * made["landcover"] / 1e6 / 60, 1)
        print(f"   {run}")
        runs[workers] = run
        save(made, runs)
    return 1 if any(r["failed"] for r in runs.values()) else 0


def save(made: dict, runs: dict) -> None:
    """result.json beside the sample and the row of the one summary table
    (bench/_summary.py; 1 worker as the baseline of 2 workers; "cpu" is the compute time
    of the tasks in the workers, summed)."""
    two, one = runs[2], runs.get(1)
    result = {"sample": made, "runs": list(runs.values())}
    if one is not None:
        speedup = one["wall_s"] / two["wall_s"]
        result["speedup_2_workers"] = round(speedup, 2)
        print(f"speed-up with 2 workers: {speedup:.2f}x")
    print(
        f"2 workers: {two['wall_s'] / 60:.1f} min, peak memory per worker "
        f"{max(two['peak_rss_mb_per_worker']) / 1024:.2f} GB; "
        f"{two['s_per_million_polygons']} s per million polygons"
    )
    (FOLDER / "result.json").write_text(json.dumps(result, indent=1))
    n = "all 357" if not KOMMUNER else f"the first {KOMMUNER} of 357"
    times = {"smaaby": {"wall": [two["wall_s"]], "cpu": [two["task_s"]]}}
    if one is not None:
        times["baseline"] = {"wall": [one["wall_s"]], "cpu": [one["task_s"]]}
    peaks = two["peak_rss_mb_per_worker"] + (one["peak_rss_mb_per_worker"] if one else [])
    summary_row = {
        "task": (
            f"national land-use account, {n} kommuner of the synthetic sample at scale "
            f"{SCALE} ({two['polygons']:,} polygons with the halo), Dask LocalCluster"
        ),
        "baseline": "1 worker" if one is not None else None,
        "goal": "< 15 min with 2 workers at full size, < 4 GB per worker",
        "times": times,
        "peak_mb": max(peaks),
        "note": (
            f"2 workers; peak per worker process; {two['s_per_million_polygons']} s per "
            f"million polygons; all {made['landcover']:,} polygons of this sample: about "
            f"{two['extrapolated_all_min']} min"
        ),
    }
    print_row(summary_row)
    record("bench_national", [summary_row])


if __name__ == "__main__":
    raise SystemExit(main())

"""Running a job's partitions as Dask tasks, writing each partition's result as it
finishes, and merging them.

- A ``distributed.LocalCluster`` on this machine by default (one single-threaded worker
  process per core, a memory limit per worker), or an existing cluster by its scheduler
  address (``tcp://host:8786``); ``scheduler="none"`` runs the partitions one by one in
  this process (the reference the tests compare with).
- Each finished partition writes ``<output>/<job>/parts/<id>.gpkg`` and then the marker
  ``<id>.done``; a partition with a marker is not run again, so a stopped run resumes.
- A partition that fails is run once more (a new task, possibly on another worker); if it
  fails again it is reported by kommune number and name with its message (the traceback
  goes to ``parts/<id>.error``), and the other partitions complete.
- At the end the parts are merged in kommune order into ``<output>/<job>/<job>.gpkg``
  (and ``<job>.parquet``, GeoParquet, where pyarrow is installed).
"""

from __future__ import annotations

import json
import os
import resource
import time
import traceback
from dataclasses import dataclass, field

import pandas as pd
import shapely

from smaaby_plugin.batch import io
from smaaby_plugin.batch.jobs import JOBS, PREPARE, Partition, kommune_partitions, run_job
from smaaby_plugin.core.errors import InputError

__all__ = ["Summary", "part_file", "parts_dir", "run", "run_partition", "run_partitions"]

CRS = "EPSG:25833"
#: Pass jobs whose parts are read by a later pass, not merged for the user.
UNMERGED = ("centrality_access",)


@dataclass
class Summary:
    """What a run did: partitions computed, skipped (done before), failed (id -> message),
    the merged files, the seconds and each computed partition's report."""

    job: str
    computed: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    failed: dict = field(default_factory=dict)
    merged: list = field(default_factory=list)
    seconds: float = 0.0
    reports: dict = field(default_factory=dict)
    passes: dict = field(default_factory=dict)  # a job of passes: pass job -> Summary


def parts_dir(cfg: dict, job: str) -> str:
    """Where a job's partitions write their parts and markers."""
    return os.path.join(cfg["output"], job, "parts")


def part_file(cfg: dict, job: str, part: Partition) -> str:
    """The part file of a partition of a job."""
    return os.path.join(parts_dir(cfg, job), f"{_safe(part.id)}.gpkg")


def _safe(pid: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in pid)


def _one_geos_thread_on_workers() -> None:
    """On a Dask worker the worker processes already use the cores, so the core's GEOS
    blocks (:mod:`smaaby_plugin.core.parallel`) run on one thread there unless
    ``SMAABY_THREADS`` says otherwise; in this process (``scheduler="none"``) they use
    every core."""
    try:
        from distributed import get_worker

        get_worker()
    except (ImportError, ValueError):
        return
    os.environ.setdefault("SMAABY_THREADS", "1")


def run_partition(job: str, cfg: dict, part: Partition) -> dict:
    """Compute one partition and write its part file and done marker (on a worker).
    Returns a small report (rows per layer, seconds, the worker's peak memory), or
    ``{"error": exception, "traceback": text}`` when the partition failed."""
    _one_geos_thread_on_workers()
    folder = parts_dir(cfg, job)
    os.makedirs(folder, exist_ok=True)
    name = _safe(part.id)
    try:
        result = run_job(job, cfg, part)
    except Exception as exc:  # noqa: BLE001 - the client reports it (Dask would log it all)
        return {"error": exc, "traceback": traceback.format_exc()}
    tmp = os.path.join(folder, f"{name}.tmp.gpkg")
    if os.path.exists(tmp):
        os.remove(tmp)
    rows, info = {}, {}
    for layer, out in result["outputs"].items():
        io.write_table(tmp, layer, out.frame, out.geometry, out.geometry_type, CRS)
        rows[layer] = len(out.frame)
        info.update(out.info)
    if rows:  # a kommune without anything to compute (no tettsted) has no part file
        os.replace(tmp, os.path.join(folder, f"{name}.gpkg"))
    report = {
        "id": part.id,
        "name": part.name,
        "rows": rows,
        "seconds": result["seconds"],
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
        "pid": os.getpid(),
        **info,
    }
    with open(os.path.join(folder, f"{name}.done"), "w", encoding="utf-8") as f:
        json.dump(report, f)
    return report


def _failure(folder: str, part: Partition, exc: BaseException, tb: str | None) -> str:
    """The message for a partition that failed (the traceback goes to a file)."""
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"{_safe(part.id)}.error"), "w", encoding="utf-8") as f:
        f.write(tb or "".join(traceback.format_exception(exc)))
    text = str(exc).strip() or "it stopped without a message"
    if not isinstance(exc, InputError):
        text += f" (details in {os.path.join(folder, _safe(part.id) + '.error')})"
    return text


def _client(scheduler, workers, run_cfg):
    """A Dask client: on the cluster at ``scheduler``, or on a new LocalCluster."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    n = workers or run_cfg.get("workers") or os.cpu_count() or 1
    cluster = LocalCluster(
        n_workers=n,
        threads_per_worker=int(run_cfg.get("threads_per_worker") or 1),
        memory_limit=run_cfg.get("memory_limit") or "4GB",
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    )
    return Client(cluster), cluster


def run(
    job: str,
    cfg: dict,
    scheduler: str | None = None,
    workers: int | None = None,
    log=print,
) -> Summary:
    """Run ``job`` over its partitions (see the module docstring) and merge the parts.

    ``scheduler``: None for a new LocalCluster, ``"none"`` for this process, or the
    address of a Dask scheduler."""
    if job not in JOBS:
        raise InputError(f"Unknown job {job!r}; the jobs are {', '.join(JOBS)}.")
    started = time.perf_counter()
    parts = kommune_partitions(cfg) if JOBS[job][1] else [Partition("norge", "Norge", b"")]
    method = (cfg.get(job) or {}).get("method", "1994") if job == "centrality" else "1994"
    if method == "1994":
        return run_partitions(job, cfg, parts, scheduler, workers, log, prepare=True)
    from smaaby_plugin.batch import centrality_index

    if method not in centrality_index.METHODS:
        raise InputError(f"[centrality] method must be 1994, index or both, not {method!r}.")

    summary = Summary(job)
    if method == "both":  # the codes first, then the index's passes
        codes = run_partitions(job, cfg, parts, scheduler, workers, log, prepare=True)
        summary.passes[job] = codes
        summary.failed.update(codes.failed)
        summary.merged += codes.merged

    def run_pass(name, pass_cfg):
        done = run_partitions(name, pass_cfg, parts, scheduler, workers, log, prepare=False)
        summary.merged += done.merged
        return done

    centrality_index.run(cfg, parts, run_pass, log, summary)
    last = summary.passes.get(centrality_index.INDEX) or summary.passes[centrality_index.ACCESS]
    summary.computed, summary.skipped = list(last.computed), list(last.skipped)
    summary.reports = dict(last.reports)
    summary.seconds = time.perf_counter() - started
    return summary


def run_partitions(
    job: str, cfg: dict, parts: list, scheduler, workers, log, prepare: bool = True
) -> Summary:
    """Run the partitions of ``job`` not done before, then merge its parts (the body of
    :func:`run`; ``prepare``: run the job's whole-layer step first)."""
    started = time.perf_counter()
    summary = Summary(job)
    if prepare and job in PREPARE:
        cfg = PREPARE[job](cfg)
    folder = parts_dir(cfg, job)
    done = {p.id for p in parts if os.path.exists(os.path.join(folder, f"{_safe(p.id)}.done"))}
    todo = [p for p in parts if p.id not in done]
    summary.skipped = [p.id for p in parts if p.id in done]
    log(f"{job}: {len(parts)} partition(s); {len(done)} done before (skipped), {len(todo)} to run")
    retries = int(cfg["run"].get("retries", 1))
    finished = [0]

    def report_done(part, rep):
        finished[0] += 1
        summary.computed.append(part.id)
        summary.reports[part.id] = rep
        rows = ", ".join(f"{n} {k}" for k, n in rep["rows"].items()) or "no"
        nulls = rep.get("null_counts") or 0
        note = f"; {nulls} null count(s) taken as 0" if nulls else ""
        log(
            f"[{finished[0]:>4}/{len(todo)}] {part.id} {part.name}: {rows} rows in "
            f"{rep['seconds']:.1f} s ({time.perf_counter() - started:.0f} s in all){note}"
        )

    def report_failed(part, exc, tb, tries):
        finished[0] += 1
        summary.failed[part.id] = _failure(folder, part, exc, tb)
        log(
            f"[{finished[0]:>4}/{len(todo)}] {part.id} {part.name}: FAILED after {tries} "
            f"tr{'y' if tries == 1 else 'ies'}: {summary.failed[part.id]}"
        )

    if todo and scheduler == "none":
        for part in todo:
            for attempt in range(retries + 1):
                rep = run_partition(job, cfg, part)
                if "error" not in rep:
                    report_done(part, rep)
                    break
                if attempt == retries:  # reported by name; the others go on
                    report_failed(part, rep["error"], rep["traceback"], attempt + 1)
    elif todo:
        _run_dask(job, cfg, todo, scheduler, workers, retries, report_done, report_failed, log)
    summary.merged = merge(job, cfg, parts, log) if job not in UNMERGED else []
    summary.seconds = time.perf_counter() - started
    if summary.failed:
        log(
            f"{job}: {len(summary.failed)} partition(s) failed: "
            + "; ".join(f"{k}: {v}" for k, v in summary.failed.items())
        )
    return summary


def _run_dask(job, cfg, todo, scheduler, workers, retries, report_done, report_failed, log):
    from distributed import as_completed

    client, cluster = _client(scheduler, workers, cfg["run"])
    try:
        n_workers = len(client.scheduler_info()["workers"])
        log(f"{job}: Dask scheduler {client.scheduler.address}, {n_workers} worker(s)")
        futures = {}
        # the largest kommuner first, so no worker is left with a big one at the end
        size = {p.id: shapely.area(p.geometry) if p.wkb else 0.0 for p in todo}
        for part in sorted(todo, key=lambda p: -size[p.id]):
            fut = client.submit(run_partition, job, cfg, part, key=f"{job}-{part.id}-0", pure=False)
            futures[fut] = (part, 0)
        pending = as_completed(list(futures))
        for fut in pending:
            part, attempt = futures.pop(fut)
            if fut.status == "finished":
                rep = fut.result()
                if "error" not in rep:
                    report_done(part, rep)
                    continue
                exc, tb = rep["error"], rep["traceback"]
            else:  # the task itself failed (a worker died, a result did not arrive)
                exc = fut.exception()
                tb = "".join(traceback.format_exception(exc))
            if attempt < retries:  # once more, as a new task (maybe on another worker)
                log(f"       {part.id} {part.name}: failed ({exc}); trying again")
                again = client.submit(
                    run_partition, job, cfg, part, key=f"{job}-{part.id}-{attempt + 1}", pure=False
                )
                futures[again] = (part, attempt + 1)
                pending.add(again)
            else:
                report_failed(part, exc, tb, attempt + 1)
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def merge(job: str, cfg: dict, parts: list[Partition], log=print) -> list[str]:
    """Merge the finished parts (in partition order) into ``<job>.gpkg`` (and GeoParquet
    where pyarrow is installed); returns the files written."""
    folder = parts_dir(cfg, job)
    files = [
        part_file(cfg, job, p)
        for p in parts
        if os.path.exists(os.path.join(folder, f"{_safe(p.id)}.done"))
        and os.path.exists(part_file(cfg, job, p))
    ]
    if not files:
        return []
    out = os.path.join(cfg["output"], job, f"{job}.gpkg")
    tmp = out.replace(".gpkg", ".tmp.gpkg")
    if os.path.exists(tmp):
        os.remove(tmp)
    written = [out]
    names = {f: io.layer_names(f) for f in files}
    for layer in dict.fromkeys(n for f in files for n in names[f]):
        read = [io.read_layer(f, layer) for f in files if layer in names[f]]
        frame = pd.concat([r.attributes for r in read], ignore_index=True)
        spatial = read[0].geometry is not None
        geometry = None
        if spatial:
            import numpy as np

            geometry = np.concatenate([r.geometry for r in read])
        io.write_table(tmp, layer, frame, geometry, "MultiPolygon" if spatial else None, CRS)
        if io.has_geoparquet():
            pq = os.path.join(cfg["output"], job, f"{layer}.parquet")
            io.write_geoparquet(pq, frame, geometry)
            written.append(pq)
    os.replace(tmp, out)
    log(
        f"{job}: merged {len(files)} part(s) into {', '.join(written)}"
        + ("" if io.has_geoparquet() else " (no GeoParquet: pyarrow is not installed)")
    )
    return written

"""Chunks of GEOS work on several cores.

No QGIS here. Shapely 2 releases the GIL inside its vectorised GEOS calls (buffer,
union, difference, make_valid, ...), so blocks of items run in threads at the same time,
one per core. Only work whose items are independent goes here, and never on prepared
geometries (GEOS builds their indexes lazily, which is not safe across threads).

The blocks are sized from the measured pace as :func:`~smaaby_plugin.core.progress.timed_chunks`
sizes them, and ``progress`` is called only from the calling thread, between blocks, so a
cancel stops the work there: the blocks already running finish (each takes about
``seconds``), nothing else starts, and :class:`~smaaby_plugin.core.errors.Cancelled`
reaches the caller.

``SMAABY_THREADS`` (environment) sets the number of threads; the default is the number
of cores, at most :data:`MAX_THREADS`. The national batch sets it to 1 in its worker
processes, which already use every core.

>>> out = [0] * 10
>>> def work(sl):
...     out[sl] = [i * i for i in range(sl.start, sl.stop)]
>>> run_chunks(10, work, first=3, threads=2)
>>> out
[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

from smaaby_plugin.core.progress import Progress, paced_size, report, timed_chunks

__all__ = ["MAX_THREADS", "run_chunks", "thread_count"]

MAX_THREADS = 8


def thread_count() -> int:
    """Threads for GEOS work: ``SMAABY_THREADS`` if set (>= 1), else the cores (<= 8)."""
    text = os.environ.get("SMAABY_THREADS", "").strip()
    if text:
        try:
            return max(int(text), 1)
        except ValueError:
            pass
    return max(min(os.cpu_count() or 1, MAX_THREADS), 1)


def run_chunks(
    n: int,
    work: Callable[[slice], None],
    progress: Progress | None = None,
    *,
    first: int = 64,
    seconds: float = 0.2,
    largest: int | None = None,
    threads: int | None = None,
) -> None:
    """Call ``work(slice)`` for consecutive slices covering ``range(n)``, on up to
    ``threads`` threads (default :func:`thread_count`).

    ``work`` writes its results into the caller's arrays at its slice; the slices do not
    overlap, so the result is the one a single loop gives. With one thread (or too little
    work for a second block) this is that loop. An exception in a block is raised here
    after the running blocks have finished.
    """
    threads = thread_count() if threads is None else max(int(threads), 1)
    if threads == 1 or n <= first:
        for sl in timed_chunks(n, progress, first=first, seconds=seconds, largest=largest):
            work(sl)
        return

    def timed(sl: slice) -> tuple[int, float]:
        began = time.perf_counter()
        work(sl)
        return sl.stop - sl.start, time.perf_counter() - began

    report(progress, 0.0)  # as the loop does before its first block
    start, size, done = 0, max(int(first), 1), 0
    pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="smaaby-geos")
    running: set = set()
    try:
        while start < n or running:
            while start < n and len(running) < threads:
                stop = min(start + size, n)
                running.add(pool.submit(timed, slice(start, stop)))
                start = stop
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                count, took = future.result()
                done += count
                size = paced_size(count, took, seconds)
                if largest is not None:
                    size = min(size, int(largest))
            report(progress, done / n)
    finally:
        # on a cancel or an error: let the running blocks end, start no other
        pool.shutdown(wait=True, cancel_futures=True)
    report(progress, 1.0)

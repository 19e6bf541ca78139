"""The core's GEOS blocks run on one thread inside Dask worker processes (which already
use the cores) and on every core in a plain process."""

from __future__ import annotations

import os

import distributed

from smaaby_plugin.batch import runner
from smaaby_plugin.core.parallel import thread_count


def test_one_thread_on_workers_all_here(monkeypatch):
    monkeypatch.delenv("SMAABY_THREADS", raising=False)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None,
    ) as cluster, distributed.Client(cluster) as client:  # fmt: skip
        # functions of importable modules only: the worker process unpickles them
        client.submit(runner._one_geos_thread_on_workers, pure=False).result(timeout=60)
        assert client.submit(thread_count, pure=False).result(timeout=60) == 1
    here = thread_count()
    runner._one_geos_thread_on_workers()  # outside a worker: nothing changes
    assert "SMAABY_THREADS" not in os.environ and thread_count() == here

"""core.parallel.run_chunks: the threaded blocks give what one loop gives, a cancel stops
the work between blocks, an error in a block reaches the caller."""

import threading

import numpy as np
import pytest
import shapely

from smaaby_plugin.core.catchments import _chunked
from smaaby_plugin.core.errors import Cancelled
from smaaby_plugin.core.parallel import run_chunks, thread_count
from smaaby_plugin.core.polygons import grouped_union
from smaaby_plugin.core.progress import cancel_after


def _lines(n, seed=3):
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 1000, (n, 2))
    d = rng.uniform(-80, 80, (n, 2))
    return shapely.linestrings(np.stack([xy, xy + d, xy + d[:, ::-1]], axis=1))


@pytest.mark.parametrize("threads", [1, 2, 4])
def test_buffers_and_unions_equal_one_call(monkeypatch, threads):
    monkeypatch.setenv("SMAABY_THREADS", str(threads))
    lines = _lines(5000)
    want = shapely.buffer(lines, 12.0, quad_segs=4)
    got = _chunked.buffer(lines, 12.0, 4)
    assert np.all(shapely.equals_exact(got, want, tolerance=0.0))
    groups = np.random.default_rng(1).integers(0, 300, len(lines))
    want_u = grouped_union(want, groups, 300)
    got_u = _chunked.grouped_union(got, groups, 300)
    assert np.all(shapely.equals_exact(got_u, want_u, tolerance=0.0))


def test_blocks_run_on_several_threads_and_cover_everything():
    seen, names = np.zeros(10_000, int), set()

    def work(sl):
        names.add(threading.current_thread().name)
        seen[sl] += 1
        shapely.buffer(_lines(sl.stop - sl.start), 5.0)  # some GEOS work

    run_chunks(len(seen), work, first=50, seconds=0.01, threads=3)
    assert np.all(seen == 1)  # each item once, none skipped
    assert len(names) > 1


def test_cancel_stops_between_blocks():
    done = np.zeros(100_000, bool)

    def work(sl):
        done[sl] = True

    with pytest.raises(Cancelled):
        run_chunks(len(done), work, cancel_after(2), first=10, seconds=1e-6, threads=2)
    # the first two reports came after a few small blocks: most items were never started
    assert 0 < done.sum() < len(done) // 2


def test_error_in_a_block_reaches_the_caller():
    def work(sl):
        if sl.start > 0:
            raise ValueError("bad block")

    with pytest.raises(ValueError, match="bad block"):
        run_chunks(1000, work, first=10, threads=2)


def test_thread_count_from_environment(monkeypatch):
    monkeypatch.setenv("SMAABY_THREADS", "3")
    assert thread_count() == 3
    monkeypatch.setenv("SMAABY_THREADS", "0")
    assert thread_count() == 1
    monkeypatch.setenv("SMAABY_THREADS", "many")
    assert 1 <= thread_count() <= 8
    monkeypatch.delenv("SMAABY_THREADS")
    assert 1 <= thread_count() <= 8

"""The one progress and cancellation protocol of ``core``.

A core function that can run for more than a moment takes ``progress: Progress | None``
and calls it with the share of its work done (0 to 1) between chunks of work. The callable
shows the progress and raises :class:`~smaaby_plugin.core.errors.Cancelled` when the user
has cancelled, so the function stops right there and no partial result escapes.
``processing_algorithms/base.py`` builds one from QGIS's feedback for every algorithm; the
national batch and the tests pass their own or ``None``.

>>> seen = []
>>> half = scaled(seen.append, 0.5, 1.0)
>>> half(0.5)
>>> seen
[0.75]
>>> [s.stop for s in chunks(5, 2, None)]
[2, 4, 5]
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from smaaby_plugin.core.errors import Cancelled

__all__ = [
    "Progress",
    "Cancelled",
    "report",
    "scaled",
    "chunks",
    "timed_chunks",
    "paced_size",
    "cancel_after",
]

Progress = Callable[[float], None]
"""``progress(fraction)``: report the share done; raises ``Cancelled`` to stop."""


def report(progress: Progress | None, fraction: float) -> None:
    """Call ``progress`` when there is one (and so give the user a chance to cancel)."""
    if progress is not None:
        progress(min(max(float(fraction), 0.0), 1.0))


def scaled(progress: Progress | None, start: float, end: float) -> Progress | None:
    """The part ``start``-``end`` of a larger job: 0-1 of a step maps onto it."""
    if progress is None:
        return None

    def part(fraction: float) -> None:
        progress(start + (end - start) * min(max(float(fraction), 0.0), 1.0))

    return part


def chunks(n: int, size: int, progress: Progress | None) -> Iterator[slice]:
    """Slices of ``range(n)`` of at most ``size``; ``progress`` is called before each, so a
    cancel takes effect between chunks."""
    size = max(int(size), 1)
    for start in range(0, n, size):
        report(progress, start / n if n else 1.0)
        yield slice(start, min(start + size, n))
    report(progress, 1.0)


def paced_size(done: int, took: float, seconds: float = 0.2) -> int:
    """How many items the next block may have so that it takes about ``seconds``, after
    ``done`` items took ``took`` seconds; it grows at most 4x a step, so one quick block
    does not make the next one huge.

    >>> paced_size(10, 1.0), paced_size(10, 0.0)
    (2, 40)
    """
    pace = done / took if took > 0 else float("inf")
    return int(min(max(pace * seconds, 1), 4 * done))


def timed_chunks(
    n: int,
    progress: Progress | None,
    *,
    first: int = 64,
    seconds: float = 0.2,
    largest: int | None = None,
) -> Iterator[slice]:
    """Slices of ``range(n)`` sized from the measured pace so that each takes about
    ``seconds``: a cancel then takes effect well within a second whatever the size of the
    items, while large inputs still go in large vectorised blocks. The first slice has
    ``first`` items; ``largest`` caps a slice (memory). ``progress`` is called before each.

    >>> sum(s.stop - s.start for s in timed_chunks(1000, None))
    1000
    """
    start, size = 0, max(int(first), 1)
    while start < n:
        report(progress, start / n)
        stop = min(start + size, n)
        began = time.perf_counter()
        yield slice(start, stop)
        size = paced_size(stop - start, time.perf_counter() - began, seconds)
        if largest is not None:
            size = min(size, int(largest))
        start = stop
    report(progress, 1.0)


def cancel_after(calls: int) -> Progress:
    """A progress callable that cancels on its ``calls``-th call (for tests)."""
    count = [0]

    def progress(_fraction: float) -> None:
        count[0] += 1
        if count[0] >= calls:
            raise Cancelled()

    return progress

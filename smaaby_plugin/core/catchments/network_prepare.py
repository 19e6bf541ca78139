"""From a road layer's columns to a built network: the pure part of preparing NETWORK,
shared by the Processing adapters (``processing_algorithms/catchments/_network.py``) and
the national batch (``smaaby_plugin/batch``).

No QGIS here. The adapters read the layer and its parameters and log what happened; the
choices in between are made here, once:

- :func:`link_directions`: one-way from a direction field (listed values, or NVDB's lane
  lists), every link two-way without a field;
- :func:`uniform_default_speed`: every link got one and the same default speed (travel
  times are then distances in disguise, which the adapters warn about);
- :func:`build_network`: the graph of a prepared network (``min_fw``/``min_bw`` minutes
  per direction, NaN = closed) or of a raw one (directions and speeds per feature);
- :func:`halo_metres`: how far beyond a partition a network must reach so that every
  route of at most a cut-off from inside the partition lies in it.

The speed policy itself is :func:`.link_attributes.link_speeds`.

>>> import shapely
>>> lines = np.array([shapely.LineString([(0, 0), (1000, 0)])])
>>> fw, bw = link_directions(1, ["FT"], forward_values=["ft"], backward_values=["TF"])
>>> fw.tolist(), bw.tolist()
([True], [False])
>>> net = build_network(lines, "time", forward=fw, backward=bw, speed_kmh=np.array([60.0]))
>>> round(float(net.cost_forward[0]), 9), float(net.cost_backward[0])
(1.0, inf)
>>> halo_metres(10.0, "min", 60.0), halo_metres(2500.0, "m")
(10000.0, 2500.0)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from smaaby_plugin.core.catchments import link_attributes as attributes
from smaaby_plugin.core.catchments import network as core
from smaaby_plugin.core.progress import Progress

__all__ = [
    "DEFAULT_SPEEDS_TEXT",
    "PREPARED_FIELDS",
    "build_network",
    "halo_metres",
    "link_directions",
    "uniform_default_speed",
]

#: Our default speeds per NVDB road category (vegkategori) where a link has none: a
#: planner's assumption, not an official table. E europaveg, R riksveg, F fylkesveg,
#: K kommunal veg, P privat veg, S skogsbilveg; * = any other class.
DEFAULT_SPEEDS_TEXT = "E=80, R=80, F=60, K=40, P=30, S=30, *=50"
#: Fields written by smaaby:preparenetwork; a network that has them is taken as prepared.
PREPARED_FIELDS = ("min_fw", "min_bw")


def link_directions(
    n: int,
    values: Sequence | None = None,
    *,
    lanes: bool = False,
    forward_values: Sequence[str] = (),
    backward_values: Sequence[str] = (),
    closed_values: Sequence[str] = (),
) -> tuple[np.ndarray, np.ndarray]:
    """(forward, backward) per feature: from the direction field's ``values`` by the
    NVDB lane-list rule (``lanes``) or by the listed values; all two-way without values."""
    if values is None:
        return np.ones(n, bool), np.ones(n, bool)
    values = np.asarray(values, dtype=object)
    if lanes:
        return attributes.lane_directions(values)
    return attributes.value_directions(
        values, list(forward_values), list(backward_values), list(closed_values)
    )


def uniform_default_speed(speeds: attributes.LinkSpeeds) -> float | None:
    """The one speed when every link got the same default speed, else None.

    >>> uniform_default_speed(attributes.link_speeds(2, default_speeds={"*": 50}))
    50.0
    >>> print(uniform_default_speed(attributes.link_speeds(2, field_kmh=[30, None])))
    None
    """
    kmh = np.asarray(speeds.speed_kmh, dtype=float)
    n = len(kmh)
    if n and speeds.counts["default"] == n and np.ptp(kmh) == 0:
        return float(kmh[0])
    return None


def build_network(
    lines: np.ndarray,
    kind: str,
    *,
    snap_tolerance: float = 0.1,
    split_at_shared_vertices: bool = True,
    prepared: tuple[np.ndarray, np.ndarray] | None = None,
    forward: np.ndarray | None = None,
    backward: np.ndarray | None = None,
    speed_kmh: np.ndarray | None = None,
    progress: Progress | None = None,
) -> core.Network:
    """The network of ``lines`` with cost ``kind`` ("time" or "distance").

    ``prepared`` = (min_fw, min_bw) per feature (a prepared network: its minutes and
    directions, NaN = closed, replace ``forward``, ``backward`` and ``speed_kmh``; with a
    distance cost only its directions count). Otherwise ``forward``/``backward`` and, for
    time, ``speed_kmh`` per feature (complete, see ``link_attributes.link_speeds``).
    """
    common = dict(
        snap_tolerance=snap_tolerance,
        split_at_shared_vertices=split_at_shared_vertices,
        progress=progress,
    )
    if prepared is not None:
        fw, bw = prepared
        if kind == "time":
            return core.build_graph(lines, cost="time", cost_forward=fw, cost_backward=bw, **common)
        return core.build_graph(
            lines, cost="distance", forward=np.isfinite(fw), backward=np.isfinite(bw), **common
        )
    return core.build_graph(
        lines,
        forward=forward,
        backward=backward,
        cost=kind,
        speed_kmh=speed_kmh if kind == "time" else None,
        **common,
    )


def halo_metres(limit: float, unit: str, max_speed_kmh: float | None = None) -> float:
    """How far a route of cost at most ``limit`` can get, in metres: ``limit`` itself on
    a distance network (``unit`` "m"), else ``limit`` minutes at ``max_speed_kmh``, the
    fastest speed a route can have (the fastest link, or the speed off the network if
    that is faster).

    A route's straight-line reach is at most its length (along the links and its
    straight access legs), and its length is at most its cost times the fastest speed
    (on a distance network the cost is the length); so every link of a route of cost at
    most ``limit`` from a point inside an area lies within the area buffered by this
    distance.
    """
    if unit == "m":
        return float(limit)
    if max_speed_kmh is None or not np.isfinite(max_speed_kmh) or max_speed_kmh <= 0:
        raise ValueError("a travel-time halo needs the network's fastest speed")
    return float(limit) * float(max_speed_kmh) * 1000.0 / 60.0

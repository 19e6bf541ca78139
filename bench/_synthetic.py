"""Synthetic inputs the benchmarks share: the jittered grid road network.

``grid_network(708, rng)`` gives the "1-million-link synthetic network" the issues and
docs name (2 * 708 * 707 = 1,001,112 links, 100 m apart, about 70.8 km square).
"""

from __future__ import annotations

import numpy as np
import shapely

#: side of the grid with just over a million links
MILLION_SIDE = 708


def grid_network(n_side: int, rng):
    """(lines, node_xy): a jittered square grid of 2*n*(n-1) links, 100 m apart."""
    i, j = np.meshgrid(np.arange(n_side), np.arange(n_side), indexing="ij")
    xy = np.stack([i.ravel() * 100.0, j.ravel() * 100.0], axis=1)
    xy += rng.uniform(-20, 20, xy.shape)
    node = np.arange(n_side * n_side).reshape(n_side, n_side)
    a = np.concatenate([node[:-1, :].ravel(), node[:, :-1].ravel()])
    b = np.concatenate([node[1:, :].ravel(), node[:, 1:].ravel()])
    coords = np.stack([xy[a], xy[b]], axis=1).reshape(-1, 2)
    lines = shapely.linestrings(coords, indices=np.repeat(np.arange(len(a)), 2))
    return lines, xy


def million_link_network(rng, one_way_share: float = 0.02):
    """The engine's Network on the 1-million-link grid, travel time at mixed speeds
    (30/50/60/80 km/h) with a share of one-way links; also returns the grid's extent."""
    from smaaby_plugin.core.catchments.network import build_graph

    lines, xy = grid_network(MILLION_SIDE, rng)
    n = len(lines)
    forward = rng.random(n) > one_way_share
    backward = ~forward | (rng.random(n) > one_way_share)
    speed = rng.choice([30.0, 50.0, 60.0, 80.0], n)
    net = build_graph(lines, forward=forward, backward=backward, cost="time", speed_kmh=speed)
    return net, xy.max(axis=0)

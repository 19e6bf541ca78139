"""Synthetic shapes shared by several tests (importable as ``_shapes``: tests/ is on
pytest's pythonpath)."""

from __future__ import annotations

import numpy as np
import shapely


def jittered_triangles(n: int, seed: int) -> np.ndarray:
    """2 n² triangles of a jittered n x n grid of 10 m cells (neighbours share vertices)."""
    rng = np.random.default_rng(seed)
    g = np.arange(n + 1) * 10.0
    x, y = np.meshgrid(g, g)
    inner = (x > 0) & (x < g[-1]) & (y > 0) & (y < g[-1])
    x = x + np.where(inner, rng.uniform(-3, 3, x.shape), 0)
    y = y + np.where(inner, rng.uniform(-3, 3, y.shape), 0)
    xy = np.dstack([x, y])
    a, b = xy[:-1, :-1].reshape(-1, 2), xy[:-1, 1:].reshape(-1, 2)
    c, d = xy[1:, 1:].reshape(-1, 2), xy[1:, :-1].reshape(-1, 2)
    return shapely.polygons(np.concatenate([np.stack([a, b, c, a], 1), np.stack([a, c, d, a], 1)]))

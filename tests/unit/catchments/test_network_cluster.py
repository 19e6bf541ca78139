"""Junction clustering of build_graph: the pairs of points within the tolerance, found by
a sweep along x, are those scipy's KD-tree finds."""

from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree

from smaaby_plugin.core.catchments.network_build import _cluster, _sweep_pairs


def _tree_pairs(xy, tol):
    return {
        tuple(p)
        for p in np.sort(cKDTree(xy).query_pairs(tol, output_type="ndarray"), axis=1).tolist()
    }


def _partition(labels):
    """The groups of a labelling, independent of the label numbers."""
    groups: dict = {}
    for i, lab in enumerate(labels.tolist()):
        groups.setdefault(lab, []).append(i)
    return sorted(groups.values())


def test_sweep_pairs_are_the_kd_tree_pairs():
    rng = np.random.default_rng(5)
    # road-like: vertices along random segments, line ends repeated, some within 5 cm
    base = rng.uniform(0, 1000, (3000, 2))
    near = base[:800] + rng.normal(0, 0.05, (800, 2))
    xy = np.r_[base, base[:500], near]
    for tol in (0.1, 0.5, 2.0):
        pairs = _sweep_pairs(xy, tol, max_work=10**9)
        got = {tuple(p) for p in np.sort(pairs, axis=1).tolist()}
        assert len(got) == len(pairs)  # each pair once
        assert got == _tree_pairs(xy, tol) and len(got) > 500


def test_lined_up_points_fall_back_to_the_tree():
    # a square grid without jitter: every column shares one x
    i, j = np.meshgrid(np.arange(60), np.arange(60), indexing="ij")
    xy = np.repeat(np.c_[i.ravel() * 10.0, j.ravel() * 10.0], 2, axis=0)
    xy[::7] += 0.03
    assert _sweep_pairs(xy, 0.1, max_work=16 * len(xy)) is None
    labels = _cluster(xy, 0.1)
    # by hand: each grid point and its copy (moved 0.03 m or not) form one cluster
    assert _partition(labels) == [[2 * k, 2 * k + 1] for k in range(3600)]

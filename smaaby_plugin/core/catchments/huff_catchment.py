"""Huff gravity model: the probability that demand at a place uses each centre.

Huff (1963, 1964): the probability that consumers at i choose centre j is

    P_ij = A_j^alpha * d_ij^(-beta) / sum_k A_k^alpha * d_ik^(-beta)

with A the attractiveness of a centre (e.g. retail floor space), d the travel cost
(distance or time) and alpha, beta >= 0. The expected demand a centre serves is
E_j = sum_i P_ij * pop_i.

Choices made here (not in Huff's papers):

- Only centres within ``max_cost`` (when given) and with A > 0 compete for a demand
  point; a point with none gets no centre (probabilities 0, most probable centre -1).
- A cost of 0 (demand at a centre) is the limit d -> 0: the centres at cost 0 share
  that demand in proportion to A^alpha and the others get nothing.
- Weights are formed in logarithms and normalised per demand point, so large beta
  does not overflow; as beta grows, P tends to 1 for the nearest centre (ties shared
  by A^alpha).
- The probabilities do not depend on the cost unit (metres or kilometres): a common
  factor on d cancels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from smaaby_plugin.core.errors import InputError

__all__ = ["HuffResult", "huff", "probability_table", "straight_line_costs"]


@dataclass
class HuffResult:
    """Result of :func:`huff`.

    Attributes
    ----------
    probability : numpy.ndarray, shape (n_demand, n_centres)
        P_ij; each row sums to 1, or is all 0 for a demand point without a centre.
    best : numpy.ndarray of int, shape (n_demand,)
        Most probable centre (lowest index on ties), -1 without a centre.
    best_probability : numpy.ndarray, shape (n_demand,)
        Its probability (NaN without a centre).
    n_centres : numpy.ndarray of int, shape (n_demand,)
        Centres competing for the demand point (within reach and attractive).
    expected : numpy.ndarray, shape (n_centres,)
        Expected demand served, sum_i P_ij * pop_i.
    cost : numpy.ndarray, shape (n_demand, n_centres)
        The costs used (inf where unreachable or beyond ``max_cost``).
    """

    probability: np.ndarray
    best: np.ndarray
    best_probability: np.ndarray
    n_centres: np.ndarray
    expected: np.ndarray
    cost: np.ndarray


def straight_line_costs(
    demand_xy: np.ndarray, centre_xy: np.ndarray, max_cost: float | None = None
) -> np.ndarray:
    """Euclidean distances between demand points and centres, in the unit of the
    coordinates (metres in a projected CRS); inf beyond ``max_cost``.

    Examples
    --------
    >>> straight_line_costs(np.array([[0.0, 0.0]]), np.array([[3.0, 4.0], [30.0, 40.0]]),
    ...                     max_cost=10).tolist()
    [[5.0, inf]]
    """
    demand_xy = np.asarray(demand_xy, dtype=float).reshape(-1, 2)
    centre_xy = np.asarray(centre_xy, dtype=float).reshape(-1, 2)
    if max_cost is None or not np.isfinite(max_cost):
        diff = demand_xy[:, None, :] - centre_xy[None, :, :]
        return np.hypot(diff[..., 0], diff[..., 1])
    # Only the pairs within reach, from a KD-tree, when a limit keeps the matrix sparse.
    tree_d, tree_c = cKDTree(demand_xy), cKDTree(centre_xy)
    pairs = tree_d.sparse_distance_matrix(tree_c, max_cost, output_type="ndarray")
    out = np.full((len(demand_xy), len(centre_xy)), np.inf)
    out[pairs["i"], pairs["j"]] = pairs["v"]
    return out


def huff(
    cost: np.ndarray,
    attractiveness: np.ndarray,
    population: np.ndarray | None = None,
    alpha: float = 1.0,
    beta: float = 2.0,
    max_cost: float | None = None,
) -> HuffResult:
    """Huff probabilities, most probable centre and expected demand per centre.

    Parameters
    ----------
    cost : array, shape (n_demand, n_centres)
        Travel cost from each demand point to each centre (inf = unreachable).
    attractiveness : array, shape (n_centres,)
        A_j >= 0 (NaN counts as 0: the centre attracts nobody).
    population : array, shape (n_demand,), optional
        Demand at each point (default 1); NaN counts as 0.
    alpha, beta : float
        Attractiveness and distance-decay exponents, both >= 0.
    max_cost : float, optional
        Centres farther than this do not compete.

    Returns
    -------
    HuffResult

    Raises
    ------
    InputError
        On negative exponents, attractiveness, population or cost.

    Examples
    --------
    Two centres at distances 1 and 2, attractiveness 1 and 2, beta 2: weights
    1/1 and 2/4, so P = (2/3, 1/3).

    >>> r = huff(np.array([[1.0, 2.0]]), np.array([1.0, 2.0]), np.array([30.0]))
    >>> r.probability.round(4).tolist(), r.expected.round(4).tolist(), int(r.best[0])
    ([[0.6667, 0.3333]], [20.0, 10.0], 0)
    """
    cost = np.array(cost, dtype=float, ndmin=2)
    n, m = cost.shape
    a = np.nan_to_num(np.asarray(attractiveness, dtype=float).reshape(-1), nan=0.0)
    pop = (
        np.ones(n)
        if population is None
        else np.nan_to_num(np.asarray(population, dtype=float).reshape(-1), nan=0.0)
    )
    if a.size != m or pop.size != n:
        raise InputError(
            "The cost matrix does not match the numbers of centres and demand features."
        )
    if not (np.isfinite(alpha) and np.isfinite(beta)) or alpha < 0 or beta < 0:
        raise InputError(
            f"ALPHA ({alpha:g}) and BETA ({beta:g}) must be finite numbers, zero or more."
        )
    if (a < 0).any():
        raise InputError(
            f"{int((a < 0).sum())} centre(s) have a negative attractiveness; "
            "give zero or more (e.g. retail floor space in m²)."
        )
    if (pop < 0).any():
        raise InputError(
            f"{int((pop < 0).sum())} demand feature(s) have a negative "
            "population; give zero or more."
        )
    if (cost < 0).any():
        raise InputError("Travel costs must not be negative.")
    if max_cost is not None and np.isfinite(max_cost):
        cost = np.where(cost <= max_cost, cost, np.inf)
    usable = np.isfinite(cost) & (a > 0)[None, :]
    at_zero = usable & (cost == 0)
    # Where a centre lies at cost 0, only the centres at cost 0 compete (the limit d -> 0).
    competing = np.where(at_zero.any(axis=1, keepdims=True), at_zero, usable)
    log_a = np.log(np.where(a > 0, a, 1.0))
    with np.errstate(divide="ignore"):
        log_d = np.log(np.where(competing & (cost > 0), cost, 1.0))
    log_w = np.where(competing, alpha * log_a[None, :] - beta * log_d, -np.inf)
    top = log_w.max(axis=1, keepdims=True) if m else np.zeros((n, 1))
    has = np.isfinite(top[:, 0])
    w = np.zeros_like(log_w)
    w[has] = np.exp(log_w[has] - top[has])
    total = w.sum(axis=1, keepdims=True)
    p = np.divide(w, total, out=np.zeros_like(w), where=total > 0)
    best = np.where(has, p.argmax(axis=1) if m else -1, -1)
    best_p = np.where(has, p[np.arange(n), np.maximum(best, 0)] if m else np.nan, np.nan)
    return HuffResult(
        probability=p,
        best=best.astype(int),
        best_probability=best_p,
        n_centres=competing.sum(axis=1).astype(int),
        expected=pop @ p,
        cost=cost,
    )


def probability_table(
    result: HuffResult, population: np.ndarray | None = None, min_probability: float = 0.0
) -> pd.DataFrame:
    """The long table of demand index, centre index, cost, probability and expected
    demand (population * probability), rows with probability > ``min_probability``,
    sorted by demand then centre.

    Examples
    --------
    >>> r = huff(np.array([[1.0, 2.0], [1.0, np.inf]]), np.array([1.0, 2.0]))
    >>> probability_table(r, np.array([30.0, 5.0])).round(4).values.tolist()
    [[0.0, 0.0, 1.0, 0.6667, 20.0], [0.0, 1.0, 2.0, 0.3333, 10.0], [1.0, 0.0, 1.0, 1.0, 5.0]]
    """
    p = result.probability
    i, j = np.nonzero(p > min_probability)
    pop = (
        np.ones(p.shape[0])
        if population is None
        else np.nan_to_num(np.asarray(population, dtype=float), nan=0.0)
    )
    return pd.DataFrame(
        {
            "demand": i,
            "centre": j,
            "cost": result.cost[i, j],
            "probability": p[i, j],
            "expected": pop[i] * p[i, j],
        }
    )

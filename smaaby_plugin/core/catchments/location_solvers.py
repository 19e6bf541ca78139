"""Solvers of the location-allocation problems (smaaby:locationallocation).

Exact mixed-integer programmes solved by HiGHS through ``scipy.optimize.milp`` (SciPy >=
1.9; QGIS's SciPy on Debian 12 is 1.10.1), with a time limit, and heuristics for
instances too large for it: a greedy start and vertex substitution (Teitz & Bart 1968)
for the p-median and the maximal covering problem, with the gap to the MILP's dual bound
or to a Lagrangian bound.

Every function works on a *reduced* instance (see ``location_allocation.reduce``):
``cost`` is a dense (n demand nodes, m candidates) array with ``inf`` for pairs that are
not allowed (no path or beyond the cut-off), ``cover`` a sparse boolean matrix of the
pairs within T, ``weight`` the positive weight of each demand node, ``required`` the
candidates that must be chosen.

Formulations (i demand, j candidate, w weight, c cost, y_j = 1 when j is chosen):

- p-median (ReVelle & Swain 1970): min sum w_i c_ij x_ij, sum_j x_ij = 1, x_ij <= y_j,
  sum y_j = P; capacitated: also sum_i w_i x_ij <= cap_j y_j (x_ij may then be a share).
- MCLP (Church & ReVelle 1974): max sum w_i z_i, z_i <= sum_{j in N_i} y_j, sum y_j = P.
- LSCP (Toregas et al. 1971): min sum y_j, sum_{j in N_i} y_j >= 1.
- p-center (Hakimi 1965): the smallest r for which the LSCP at r needs at most P
  facilities (a search over the distinct costs, one set-covering MILP each).

>>> import numpy as np
>>> cost = np.array([[1.0, 5.0], [4.0, 1.0], [6.0, 2.0]])
>>> sol = solve_pmedian(cost, np.ones(3), 1, np.zeros(2, bool), time_limit=10)
>>> sol.chosen.tolist(), sol.objective, sol.status
([1], 8.0, 'optimal')
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from smaaby_plugin.core.errors import InputError

try:  # SciPy >= 1.9
    from scipy.optimize import Bounds, LinearConstraint, milp
except ImportError:  # pragma: no cover - older SciPy: heuristics only
    milp = None

__all__ = [
    "OPTIMAL",
    "TIME_LIMIT",
    "HEURISTIC",
    "Solution",
    "solve_pmedian",
    "solve_mclp",
    "solve_lscp",
    "solve_pcenter",
    "pmedian_heuristic",
    "mclp_heuristic",
    "pmedian_lagrangian",
    "milp_available",
]

OPTIMAL = "optimal"
TIME_LIMIT = "time limit reached"
HEURISTIC = "heuristic"
#: Largest number of allowed (demand, candidate) pairs sent to the p-median MILP; larger
#: instances get the heuristic with a Lagrangian bound.
MILP_MAX_PAIRS = 400_000
#: Subgradient rounds without a better bound before the step factor is halved.
STALL = 30
_EPS = 1e-9


def milp_available() -> bool:
    """True when SciPy has ``scipy.optimize.milp`` (SciPy >= 1.9)."""
    return milp is not None


@dataclass
class Solution:
    """A solved instance: ``chosen`` candidate indices (sorted), ``objective`` (the
    problem's own: total weighted cost, covered weight, number of facilities, largest
    cost), ``bound`` (best proven bound on the optimum), ``gap`` (relative, 0 = proven
    optimal), ``status`` (OPTIMAL, TIME_LIMIT or HEURISTIC), ``method`` (text),
    ``share`` (for the capacitated p-median: the (i, j, share) assignment) and ``notes``
    (things the log should say)."""

    chosen: np.ndarray
    objective: float
    bound: float
    gap: float
    status: str
    method: str
    share: tuple | None = None
    notes: list = field(default_factory=list)


def _gap(best: float, bound: float, maximise: bool = False) -> float:
    if not np.isfinite(best) or not np.isfinite(bound):
        return float("nan")
    diff = (bound - best) if maximise else (best - bound)
    return max(0.0, float(diff) / max(abs(best), _EPS))


def _run_milp(c, integrality, bounds, constraints, time_limit, notes):
    """scipy.optimize.milp with a time limit and a tight gap; an option this SciPy does not
    know is left out and noted (SciPy warns about it instead of failing)."""
    options = {"time_limit": max(float(time_limit), 0.1), "mip_rel_gap": 1e-9}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = milp(
            c, integrality=integrality, bounds=bounds, constraints=constraints, options=options
        )
    for w in caught:
        if "option" in str(w.message).lower():
            notes.append(f"SciPy {__import__('scipy').__version__}: {w.message}")
    return res


def _milp_state(res):
    """(x or None, reached time limit?, dual bound or nan)."""
    x = getattr(res, "x", None)
    timed_out = res.status == 1
    bound = getattr(res, "mip_dual_bound", None)
    bound = float(bound) if bound is not None and np.isfinite(bound) else float("nan")
    if res.status == 0 and x is not None:
        bound = float(res.fun)
    return x, timed_out, bound


def _check_p(p: int, m: int, required: np.ndarray) -> None:
    if p > m:
        raise InputError(f"P = {p} is more than the {m} candidate(s) that can serve any demand.")
    if p < int(required.sum()):
        raise InputError(f"P = {p} is less than the {int(required.sum())} required facilities.")


# -- p-median -------------------------------------------------------------------------


def _penalised(cost: np.ndarray) -> np.ndarray:
    """Costs with a large finite penalty for pairs not allowed (for the heuristics)."""
    finite = np.isfinite(cost)
    top = float(cost[finite].max()) if finite.any() else 1.0
    return np.where(finite, cost, (top + 1.0) * 1e4)


def pmedian_heuristic(
    cost: np.ndarray,
    weight: np.ndarray,
    p: int,
    required: np.ndarray,
    deadline: float,
    start: np.ndarray | None = None,
) -> np.ndarray:
    """Greedy start (or the sites ``start``, the required ones among them), then Teitz &
    Bart (1968) vertex substitution (best swap per pass) until no swap lowers the total
    weighted cost or the deadline (time.monotonic) passes. Returns the chosen candidate
    indices (sorted)."""
    c = _penalised(cost)
    n, m = c.shape
    chosen = list(np.flatnonzero(required) if start is None else np.asarray(start))
    current = c[:, chosen].min(axis=1) if chosen else np.full(n, np.inf)
    while len(chosen) < p:
        gain = weight @ np.maximum(np.minimum(current, c.max() * 2)[:, None] - c, 0.0)
        gain[chosen] = -1.0
        j = int(np.argmax(gain))
        chosen.append(j)
        current = np.minimum(current, c[:, j])
    chosen_arr = np.array(chosen, dtype=np.int64)
    total = float(weight @ current)
    free = ~required
    while time.monotonic() < deadline and len(chosen_arr) < m:
        sub = c[:, chosen_arr]
        order = np.argsort(sub, axis=1)
        first = sub[np.arange(n), order[:, 0]]
        second = sub[np.arange(n), order[:, 1]] if len(chosen_arr) > 1 else np.full(n, np.inf)
        best = (0.0, -1, -1)
        outside = np.ones(m, bool)
        outside[chosen_arr] = False
        for k, out in enumerate(chosen_arr):
            if not free[out]:
                continue
            base = np.where(order[:, 0] == k, second, first)
            totals = weight @ np.minimum(c, base[:, None])
            totals[~outside] = np.inf
            j = int(np.argmin(totals))
            delta = float(totals[j]) - total
            if delta < best[0] - 1e-9 * max(abs(total), 1.0):
                best = (delta, k, j)
        if best[1] < 0:
            break
        chosen_arr[best[1]] = best[2]
        total += best[0]
    return np.sort(chosen_arr)


def pmedian_lagrangian(
    cost: np.ndarray,
    weight: np.ndarray,
    p: int,
    required: np.ndarray,
    upper: float,
    deadline: float,
    iterations: int = 3000,
    nearest: int = 60,
    chosen: np.ndarray | None = None,
    primal: list | None = None,
) -> float:
    """A lower bound on the p-median optimum: the Lagrangian relaxation of the assignment
    constraints, maximised by subgradient steps (Beasley 1993): Polyak steps towards the
    best known total ``upper``, the step factor halved after ``STALL`` rounds without a
    better bound, until it is tiny, ``iterations`` are done or the deadline passes.

    Each demand keeps its ``nearest`` cheapest pairs and, given the heuristic's sites
    ``chosen``, every pair up to twice its cost there (the multipliers start at that cost);
    its multiplier is held at most at the cost of the cheapest dropped pair, so the
    dropped pairs cannot contribute: every value is still a valid bound of the whole
    problem. ``primal`` (a list), when given, receives the best set of sites met among
    the relaxation's choices (a Lagrangian heuristic) and its total.
    """
    n, m = cost.shape
    wc = weight[:, None] * cost
    k = min(nearest, m)
    keep_to = np.partition(wc, k - 1, axis=1)[:, k - 1] if k < m else np.full(n, np.inf)
    assign = wc[:, chosen].min(axis=1) if chosen is not None and len(chosen) else None
    if assign is not None:
        keep_to = np.maximum(keep_to, np.where(np.isfinite(assign), 2.0 * assign, keep_to))
    mask = np.isfinite(wc) & (wc <= keep_to[:, None])
    rows, cols = np.nonzero(mask)
    vals = wc[rows, cols]
    cap = np.where(mask, np.inf, wc).min(axis=1)  # the cheapest dropped pair (inf: none)
    lam = np.where(np.isfinite(wc.min(axis=1)), wc.min(axis=1), 0.0)
    if assign is not None:
        lam = np.where(np.isfinite(assign), assign, lam)
    lam = np.minimum(lam, cap)
    forced = np.flatnonzero(required)
    rest = np.flatnonzero(~required)
    free_p = p - len(forced)
    best = -np.inf
    theta, stall = 2.0, 0
    best_set, best_total = None, np.inf
    for it in range(iterations):
        red = np.minimum(vals - lam[rows], 0.0)
        rho = np.bincount(cols, weights=red, minlength=m)
        pick = np.zeros(m, bool)
        pick[forced] = True
        if free_p > 0:
            pick[rest[np.argsort(rho[rest], kind="stable")[:free_p]]] = True
        value = float(lam.sum() + rho[pick].sum())
        if not np.isfinite(best) or value > best + 1e-12 * max(abs(best), 1.0):
            best, stall = value, 0
        else:
            stall += 1
            if stall >= STALL:
                theta, stall = theta / 2, 0
        if primal is not None and it % 20 == 0:
            total = float(weight @ cost[:, pick].min(axis=1))
            if total < best_total:
                best_set, best_total = np.flatnonzero(pick), total
                upper = min(upper, total)
        if theta < 1e-5 or time.monotonic() > deadline:
            break
        assigned = np.bincount(rows, weights=(red < 0) & pick[cols], minlength=n)
        g = 1.0 - assigned
        norm = float(g @ g)
        if norm == 0:
            break
        step = theta * max(upper - value, 1e-9 * max(abs(upper), 1.0)) / norm
        lam = np.clip(lam + step * g, 0.0, cap)
    if primal is not None and best_set is not None:
        primal[:] = [best_set, best_total]
    return best


def _assignment_cost(cost, weight, chosen) -> float:
    return float(weight @ cost[:, chosen].min(axis=1))


def solve_pmedian(
    cost: np.ndarray,
    weight: np.ndarray,
    p: int,
    required: np.ndarray,
    *,
    capacity: np.ndarray | None = None,
    time_limit: float = 60.0,
    warm: np.ndarray | None = None,
    heuristic_only: bool = False,
) -> Solution:
    """The (capacitated) p-median: exact MILP when it fits, else the heuristic with a
    Lagrangian bound. Raises InputError when P does not fit the candidates or when the
    facilities cannot serve every demand node (within the cut-off, or by capacity).

    ``warm``: sites (indices of ``cost``'s columns) the heuristic starts from (filled up
    to P greedily) instead of the greedy start; ``heuristic_only``: the heuristic alone,
    no bound (status HEURISTIC, bound -inf): the truncated scheme's screening rounds."""
    start = time.monotonic()
    deadline = start + time_limit
    n, m = cost.shape
    _check_p(p, m, required)
    notes: list = []
    if warm is not None:
        warm = np.union1d(np.flatnonzero(required), np.asarray(warm, np.int64))[:p]
    if heuristic_only and capacity is None:
        heur = pmedian_heuristic(cost, weight, p, required, deadline, start=warm)
        h_obj = _assignment_cost(cost, weight, heur)
        return Solution(heur, h_obj, -np.inf, float("nan"), HEURISTIC,
                        "greedy + vertex substitution", None, notes)  # fmt: skip
    rows, cols = np.nonzero(np.isfinite(cost))
    heur, h_obj, lb = None, np.inf, -np.inf
    if capacity is None:
        # the heuristic and its Lagrangian bound first (a third and a fifth of the time):
        # often the bound proves the heuristic optimal and the MILP is not needed
        heur = pmedian_heuristic(cost, weight, p, required, start + 0.3 * time_limit, start=warm)
        h_obj = _assignment_cost(cost, weight, heur)
        if warm is not None:  # the greedy start too: substitution ends in local optima
            other = pmedian_heuristic(cost, weight, p, required, start + 0.3 * time_limit)
            o_obj = _assignment_cost(cost, weight, other)
            if o_obj < h_obj:
                heur, h_obj = other, o_obj
        if np.isfinite(h_obj):
            primal: list = []
            lb = pmedian_lagrangian(cost, weight, p, required, h_obj, start + 0.5 * time_limit,
                                    chosen=heur, primal=primal)  # fmt: skip
            if primal and primal[1] < h_obj:
                # the relaxation met a better choice: improve it by substitution too
                other = pmedian_heuristic(cost, weight, p, required, start + 0.6 * time_limit,
                                          start=primal[0])  # fmt: skip
                o_obj = _assignment_cost(cost, weight, other)
                if o_obj < h_obj:
                    heur, h_obj = other, o_obj
            if h_obj - lb <= 1e-9 * max(abs(h_obj), 1.0):
                return Solution(heur, h_obj, lb, 0.0, OPTIMAL,
                                "greedy + vertex substitution, proven by the Lagrangian bound",
                                None, notes)  # fmt: skip
    if milp is not None and (len(rows) <= MILP_MAX_PAIRS or capacity is not None):
        k = len(rows)
        c = np.r_[weight[rows] * cost[rows, cols], np.zeros(m)]
        eye = np.arange(k)
        assign = sparse.csr_matrix((np.ones(k), (rows, eye)), shape=(n, k + m))
        link = sparse.csr_matrix(
            (np.r_[np.ones(k), -np.ones(k)], (np.r_[eye, eye], np.r_[eye, k + cols])),
            shape=(k, k + m),
        )
        count = sparse.csr_matrix((np.ones(m), (np.zeros(m), k + np.arange(m))), (1, k + m))
        cons = [
            LinearConstraint(assign, 1, 1),
            LinearConstraint(link, -np.inf, 0),
            LinearConstraint(count, p, p),
        ]
        if capacity is not None:
            load = sparse.csr_matrix(
                (
                    np.r_[weight[rows], -capacity],
                    (np.r_[cols, np.arange(m)], np.r_[eye, k + np.arange(m)]),
                ),
                shape=(m, k + m),
            )
            cons.append(LinearConstraint(load, -np.inf, 0))
        lower = np.r_[np.zeros(k), required.astype(float)]
        integ = np.r_[np.zeros(k), np.ones(m)]
        res = _run_milp(c, integ, Bounds(lower, 1), cons, deadline - time.monotonic(), notes)
        x, timed_out, bound = _milp_state(res)
        if x is not None:
            chosen = np.flatnonzero(x[k:] > 0.5)
            obj = float(c @ x) if capacity is not None else _assignment_cost(cost, weight, chosen)
            share = (rows, cols, x[:k]) if capacity is not None else None
            if capacity is None and h_obj < obj:
                chosen, obj = heur, h_obj
            if not timed_out:
                return Solution(chosen, obj, obj, 0.0, OPTIMAL, "MILP (HiGHS)", share, notes)
            bound = max(bound, lb) if np.isfinite(bound) else lb
            return Solution(
                chosen, obj, bound, _gap(obj, bound), TIME_LIMIT, "MILP (HiGHS)", share, notes
            )
        if not timed_out:
            raise InputError(
                "No set of P facilities can serve every demand node"
                + (" within their capacities" if capacity is not None else " within the cut-off")
                + "; raise P or T, or choose the maximal covering problem."
            )
        if capacity is not None:
            raise InputError(
                "The time limit was reached before any feasible choice was found; raise "
                "TIME_LIMIT or lower the number of candidates."
            )
        notes.append("The MILP found no solution within the time limit; the heuristic's is used.")
    if heur is None:  # pragma: no cover - capacitated without milp
        raise InputError("The capacitated p-median needs SciPy >= 1.9 (scipy.optimize.milp).")
    if np.isinf(cost[:, heur].min(axis=1)).any():
        raise InputError(
            "No set of P facilities found serves every demand node within the cut-off; raise "
            "P or T, or choose the maximal covering problem."
        )
    status = HEURISTIC if milp is None or len(rows) > MILP_MAX_PAIRS else TIME_LIMIT
    return Solution(
        heur,
        h_obj,
        lb,
        _gap(h_obj, lb),
        status,
        "greedy + vertex substitution, Lagrangian bound",
        None,
        notes,
    )


# -- coverage -------------------------------------------------------------------------


def mclp_heuristic(
    cover: sparse.csr_matrix, weight: np.ndarray, p: int, required: np.ndarray, deadline: float
) -> np.ndarray:
    """Greedy (largest uncovered weight first), then vertex substitution on the covered
    weight. Returns the chosen indices (sorted)."""
    a = sparse.csc_matrix(cover, dtype=np.float64)
    m = a.shape[1]
    chosen = list(np.flatnonzero(required))
    count = np.asarray(a[:, chosen].sum(axis=1)).ravel() if chosen else np.zeros(a.shape[0])
    while len(chosen) < p:
        gain = a.T @ (weight * (count == 0))
        gain[chosen] = -1.0
        j = int(np.argmax(gain))
        chosen.append(j)
        count += a[:, j].toarray().ravel()
    chosen_arr = np.array(chosen, dtype=np.int64)
    total = float(weight @ (count > 0))
    while time.monotonic() < deadline:
        best = (0.0, -1, -1)
        outside = np.ones(m, bool)
        outside[chosen_arr] = False
        for k, out in enumerate(chosen_arr):
            if required[out]:
                continue
            col = a[:, out].toarray().ravel()
            left = count - col
            loss = float(weight @ ((count > 0) & (left == 0)))
            gain = a.T @ (weight * (left == 0))
            gain[~outside] = -np.inf
            j = int(np.argmax(gain))
            delta = float(gain[j]) - loss
            if delta > best[0] + 1e-9 * max(total, 1.0):
                best = (delta, k, j)
        if best[1] < 0:
            break
        out = chosen_arr[best[1]]
        count += a[:, best[2]].toarray().ravel() - a[:, out].toarray().ravel()
        chosen_arr[best[1]] = best[2]
        total += best[0]
    return np.sort(chosen_arr)


def solve_mclp(
    cover: sparse.csr_matrix,
    weight: np.ndarray,
    p: int,
    required: np.ndarray,
    *,
    time_limit: float = 60.0,
) -> Solution:
    """Maximal covering: the P facilities covering the most weight within T."""
    start = time.monotonic()
    n, m = cover.shape
    _check_p(p, m, required)
    notes: list = []
    heur = mclp_heuristic(cover, weight, p, required, start + 0.3 * time_limit)
    a = sparse.csr_matrix(cover, dtype=np.float64)
    h_obj = float(weight @ (np.asarray(a[:, heur].sum(axis=1)).ravel() > 0))
    if milp is None:
        return Solution(
            heur,
            h_obj,
            float(weight.sum()),
            _gap(h_obj, weight.sum(), True),
            HEURISTIC,
            "greedy + vertex substitution",
            None,
            notes,
        )
    # variables: y (m, integer), z (n, continuous in [0, 1])
    c = np.r_[np.zeros(m), -weight]
    link = sparse.hstack([-a, sparse.identity(n, format="csr")], format="csr")
    count = sparse.csr_matrix(np.r_[np.ones(m), np.zeros(n)][None, :])
    cons = [LinearConstraint(link, -np.inf, 0), LinearConstraint(count, p, p)]
    lower = np.r_[required.astype(float), np.zeros(n)]
    res = _run_milp(
        c,
        np.r_[np.ones(m), np.zeros(n)],
        Bounds(lower, 1),
        cons,
        start + time_limit - time.monotonic(),
        notes,
    )
    x, timed_out, bound = _milp_state(res)
    bound = -bound if np.isfinite(bound) else float(weight.sum())
    if x is None:
        notes.append("The MILP found no solution within the time limit; the heuristic's is used.")
        return Solution(
            heur,
            h_obj,
            bound,
            _gap(h_obj, bound, True),
            TIME_LIMIT,
            "greedy + vertex substitution",
            None,
            notes,
        )
    chosen = np.flatnonzero(x[:m] > 0.5)
    obj = float(weight @ (np.asarray(a[:, chosen].sum(axis=1)).ravel() > 0))
    if h_obj > obj:
        chosen, obj = heur, h_obj
    if not timed_out:
        return Solution(chosen, obj, obj, 0.0, OPTIMAL, "MILP (HiGHS)", None, notes)
    return Solution(
        chosen, obj, bound, _gap(obj, bound, True), TIME_LIMIT, "MILP (HiGHS)", None, notes
    )


def _greedy_cover(a: sparse.csc_matrix, required: np.ndarray) -> np.ndarray:
    need = np.ones(a.shape[0], bool)
    chosen = list(np.flatnonzero(required))
    if chosen:
        need &= np.asarray(a[:, chosen].sum(axis=1)).ravel() == 0
    while need.any():
        gain = a.T @ need.astype(float)
        gain[chosen] = -1
        j = int(np.argmax(gain))
        chosen.append(j)
        need &= a[:, j].toarray().ravel() == 0
    return np.sort(np.array(chosen, dtype=np.int64))


def solve_lscp(
    cover: sparse.csr_matrix, required: np.ndarray, *, time_limit: float = 60.0
) -> Solution:
    """Set covering: the fewest facilities covering every row of ``cover`` (each row must
    have at least one candidate)."""
    start = time.monotonic()
    n, m = cover.shape
    notes: list = []
    a = sparse.csc_matrix(cover, dtype=np.float64)
    greedy = _greedy_cover(a, required)
    if milp is None or n == 0:
        return Solution(
            greedy,
            float(len(greedy)),
            float(required.sum()),
            float("nan"),
            HEURISTIC,
            "greedy set cover",
            None,
            notes,
        )
    res = _run_milp(
        np.ones(m),
        np.ones(m),
        Bounds(required.astype(float), 1),
        [LinearConstraint(sparse.csr_matrix(a), 1, np.inf)],
        start + time_limit - time.monotonic(),
        notes,
    )
    x, timed_out, bound = _milp_state(res)
    if x is None or x.round().sum() > len(greedy):
        chosen = greedy
    else:
        chosen = np.flatnonzero(x > 0.5)
    obj = float(len(chosen))
    if not timed_out:
        return Solution(chosen, obj, obj, 0.0, OPTIMAL, "MILP (HiGHS)", None, notes)
    bound = float(np.ceil(bound - 1e-9)) if np.isfinite(bound) else float(required.sum())
    return Solution(chosen, obj, bound, _gap(obj, bound), TIME_LIMIT, "MILP (HiGHS)", None, notes)


def solve_pcenter(
    cost: np.ndarray, p: int, required: np.ndarray, *, time_limit: float = 60.0
) -> Solution:
    """p-center: the P facilities whose largest demand-to-nearest-facility cost is least.

    Binary search over the distinct costs between every demand's nearest candidate and the
    p-median heuristic's largest cost; each step asks a set-covering MILP whether P
    facilities cover every demand within that cost."""
    start = time.monotonic()
    deadline = start + time_limit
    n, m = cost.shape
    _check_p(p, m, required)
    notes: list = []
    ones = np.ones(n)
    heur = pmedian_heuristic(cost, ones, p, required, start + 0.2 * time_limit)
    best_set = heur
    best = float(cost[:, heur].min(axis=1).max())
    low = float(np.max(cost.min(axis=1)))
    values = np.unique(cost[np.isfinite(cost)])
    values = values[(values >= low - 1e-12) & (values < best)]
    lo, hi = 0, len(values)  # the answer is values[lo:hi] or ``best``
    proven, known = True, 0  # values[:known] are proven too small
    while lo < hi:
        if time.monotonic() > deadline:
            proven = False
            break
        mid = (lo + hi) // 2
        r = values[mid]
        sol = solve_lscp(
            sparse.csr_matrix(cost <= r), required, time_limit=max(deadline - time.monotonic(), 0.1)
        )
        notes.extend(n_ for n_ in sol.notes if n_ not in notes)
        if sol.objective <= p:
            best, best_set, hi = float(r), sol.chosen, mid
        elif sol.status == OPTIMAL or sol.bound > p:
            lo = mid + 1
            known = max(known, mid + 1)
        else:  # unknown within the time left: treat as not coverable, but say so
            proven = False
            lo = mid + 1
    chosen = _fill(cost, best_set, p)
    bound = float(values[known]) if known < len(values) else best
    if proven:
        return Solution(chosen, best, best, 0.0, OPTIMAL, "set-covering MILPs (HiGHS)", None, notes)
    return Solution(
        chosen,
        best,
        min(bound, best),
        _gap(best, min(bound, best)),
        TIME_LIMIT,
        "set-covering MILPs (HiGHS)",
        None,
        notes,
    )


def _fill(cost: np.ndarray, chosen: np.ndarray, p: int) -> np.ndarray:
    """Add facilities to reach exactly P (each the one lowering the total cost most)."""
    chosen = list(chosen)
    c = _penalised(cost)
    current = c[:, chosen].min(axis=1)
    while len(chosen) < p:
        gain = np.maximum(current[:, None] - c, 0).sum(axis=0)
        gain[chosen] = -1
        j = int(np.argmax(gain))
        chosen.append(j)
        current = np.minimum(current, c[:, j])
    return np.sort(np.array(chosen, dtype=np.int64))

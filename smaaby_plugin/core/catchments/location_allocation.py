"""Location-allocation (smaaby:locationallocation): which P of the candidate sites to
choose, and which demand each serves, on a cost matrix (network minutes or metres).

Three steps, each a function here; the solvers are in ``location_solvers``:

1. ``reduce``: the model the solver sees. Pairs beyond the cut-off T (or without a path)
   are not allowed; demand with zero weight is left out of the model (it changes no
   objective) and allocated afterwards; demand that no candidate reaches is left out and
   reported; candidates that reach no demand are removed (unless required); demand with
   the same row (the same costs, or for the covering problems the same set of covering
   candidates; e.g. all cells attached at one network node) becomes one node with the
   summed weight. Coverage sets are sparse matrices.
2. ``solve``: the MILP or heuristic of the chosen problem on the reduced model.
3. ``allocate``: every demand to its facility, and the tables of the outputs.

>>> import numpy as np
>>> cost = np.array([[1.0, 5.0, 9.0], [4.0, 1.0, 9.0], [6.0, 2.0, 9.0], [1.0, 5.0, 9.0]])
>>> red = reduce(cost, np.array([1.0, 1.0, 1.0, 0.0]), PMEDIAN)
>>> red.weight.tolist(), red.node_of.tolist()
([1.0, 1.0, 1.0], [0, 1, 2, -1])
>>> result = solve(red, PMEDIAN, 1, time_limit=10)
>>> result.chosen.tolist(), result.objective
([1], 8.0)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

from smaaby_plugin.core.catchments import location_solvers as solvers
from smaaby_plugin.core.errors import InputError

__all__ = [
    "PMEDIAN",
    "MCLP",
    "LSCP",
    "PCENTER",
    "CPMEDIAN",
    "PROBLEMS",
    "Reduced",
    "Result",
    "reduce",
    "solve",
    "allocate",
    "check_capacity",
    "od_table_matrix",
    "required_flags",
]

PMEDIAN, MCLP, LSCP, PCENTER, CPMEDIAN = (
    "p-median",
    "maximal coverage",
    "set covering",
    "p-center",
    "capacitated p-median",
)
#: In the order of the PROBLEM parameter.
PROBLEMS = (PMEDIAN, MCLP, LSCP, PCENTER, CPMEDIAN)
COVERING = (MCLP, LSCP)


@dataclass
class Reduced:
    """The model a solver sees (see ``reduce``): ``cost`` (nodes x kept candidates, inf =
    not allowed), ``cover`` (sparse bool, within T) or None, ``weight`` per node,
    ``node_of`` per input demand (-1 = not in the model), ``candidates`` (indices of the
    kept candidates), ``required`` and ``capacity`` of the kept ones, and counts for the
    log: ``unreachable`` (demand with weight that no candidate reaches within the cut-off),
    ``unreachable_weight``, ``removed`` (candidates that reach no demand)."""

    cost: np.ndarray
    cover: sparse.csr_matrix | None
    weight: np.ndarray
    node_of: np.ndarray
    candidates: np.ndarray
    required: np.ndarray
    capacity: np.ndarray | None
    unreachable: np.ndarray
    unreachable_weight: float
    removed: int


def _row_keys(rows: np.ndarray) -> np.ndarray:
    """One hashable key per row (bytes of the row), for np.unique."""
    rows = np.ascontiguousarray(rows)
    return rows.view(np.dtype((np.void, rows.dtype.itemsize * rows.shape[1]))).ravel()


def reduce(
    cost: np.ndarray,
    weight: np.ndarray,
    problem: str,
    t: float | None = None,
    required: np.ndarray | None = None,
    capacity: np.ndarray | None = None,
) -> Reduced:
    """Reduce an instance (see the module's text). ``cost``: (demand, candidates), inf =
    no path; ``t``: the cut-off (required for the covering problems)."""
    cost = np.asarray(cost, dtype=float)
    weight = np.asarray(weight, dtype=float)
    n, m = cost.shape
    required = np.zeros(m, bool) if required is None else np.asarray(required, bool)
    if problem in COVERING and (t is None or not t > 0):
        raise InputError("The covering problems need a cost threshold T above 0.")
    allowed = np.isfinite(cost)
    if t is not None and t > 0:
        allowed &= cost <= t
    active = weight > 0
    reach = allowed.any(axis=1)
    unreachable = np.flatnonzero(active & ~reach)
    use = active & reach
    if not use.any():
        raise InputError(
            "No demand with weight lies within reach of any candidate"
            + (f" (within T = {t:g})" if t else "")
            + "; check that DEMAND and CANDIDATES cover the same area, raise T, or check "
            "the weights."
        )
    keep = allowed[use].any(axis=0) | required
    candidates = np.flatnonzero(keep)
    sub_allowed = allowed[np.ix_(use, keep)]
    sub_cost = np.where(sub_allowed, cost[np.ix_(use, keep)], np.inf)
    packed = np.packbits(sub_allowed, axis=1) if problem in COVERING else sub_cost
    _, first, inverse = np.unique(_row_keys(packed), return_index=True, return_inverse=True)
    # nodes numbered by their first demand, so the model does not depend on byte order
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    first, inverse = first[order], rank[inverse.ravel()]
    node_w = np.bincount(inverse, weights=weight[use], minlength=len(first))
    node_of = np.full(n, -1, dtype=np.int64)
    node_of[use] = inverse
    node_cost = sub_cost[first]
    cover = sparse.csr_matrix(np.isfinite(node_cost)) if problem in COVERING else None
    return Reduced(
        cost=node_cost,
        cover=cover,
        weight=node_w,
        node_of=node_of,
        candidates=candidates,
        required=required[keep],
        capacity=None if capacity is None else np.asarray(capacity, float)[keep],
        unreachable=unreachable,
        unreachable_weight=float(weight[unreachable].sum()),
        removed=int(m - len(candidates)),
    )


def check_capacity(red: Reduced, p: int) -> None:
    """Stop when the P largest capacities (the required ones among them) cannot hold the
    demand, saying by how much."""
    cap = red.capacity
    total = float(red.weight.sum())
    forced = float(cap[red.required].sum())
    rest = np.sort(cap[~red.required])[::-1][: max(p - int(red.required.sum()), 0)]
    most = forced + float(rest.sum())
    if most < total:
        raise InputError(
            f"Infeasible: the {p} largest capacities hold at most {most:,.0f} of the "
            f"{total:,.0f} demand ({total - most:,.0f} too little, "
            f"{(total - most) / total:.1%}); raise P or the capacities."
        )


def solve(
    red: Reduced,
    problem: str,
    p: int,
    time_limit: float = 60.0,
    warm: np.ndarray | None = None,
    heuristic_only: bool = False,
) -> solvers.Solution:
    """Solve the reduced model; ``chosen`` in the result indexes the original candidates.
    For the set covering problem P is not used. The p-median only: ``warm`` (original
    candidate indices) starts the heuristic from those sites, ``heuristic_only`` skips
    the bound and the MILP (see ``location_solvers.solve_pmedian``)."""
    if problem == LSCP:
        sol = solvers.solve_lscp(red.cover, red.required, time_limit=time_limit)
    else:
        m = len(red.candidates)
        if p > m:
            raise InputError(
                f"P = {p} is more than the {m} candidate(s) that reach any demand"
                + (f" ({red.removed} reach none)" if red.removed else "")
                + "; lower P."
            )
        if p < int(red.required.sum()):
            raise InputError(
                f"P = {p} is less than the {int(red.required.sum())} required facilities; "
                "raise P or clear some required flags."
            )
        if problem == PMEDIAN:
            if warm is not None:
                warm = np.asarray(warm, np.int64)
                pos = np.minimum(np.searchsorted(red.candidates, warm), m - 1)
                warm = pos[red.candidates[pos] == warm]
            sol = solvers.solve_pmedian(
                red.cost,
                red.weight,
                p,
                red.required,
                time_limit=time_limit,
                warm=warm,
                heuristic_only=heuristic_only,
            )
        elif problem == CPMEDIAN:
            if red.capacity is None:
                raise InputError("The capacitated p-median needs a capacity field.")
            check_capacity(red, p)
            sol = solvers.solve_pmedian(
                red.cost, red.weight, p, red.required, capacity=red.capacity, time_limit=time_limit
            )
        elif problem == MCLP:
            sol = solvers.solve_mclp(red.cover, red.weight, p, red.required, time_limit=time_limit)
        elif problem == PCENTER:
            sol = solvers.solve_pcenter(red.cost, p, red.required, time_limit=time_limit)
        else:
            raise InputError(f"Unknown problem {problem!r}.")
    sol.chosen = red.candidates[sol.chosen]
    return sol


@dataclass
class Result:
    """``demand``: per input demand ``facility`` (candidate index, -1 none), ``cost``,
    ``covered`` (within T) and ``in_model``; ``facilities``: per chosen candidate
    ``candidate``, ``n_demand``, ``weight``, ``mean_cost`` (weighted), ``max_cost`` (of
    the demand with weight);
    ``summary``: the key figures (dict)."""

    demand: pd.DataFrame
    facilities: pd.DataFrame
    summary: dict


def allocate(
    cost: np.ndarray,
    weight: np.ndarray,
    red: Reduced,
    sol: solvers.Solution,
    problem: str,
    p: int,
    t: float | None = None,
) -> Result:
    """Each demand to its facility: the cheapest chosen one within the cut-off T (none
    beyond it: for the covering problems that demand is not covered; for the capacitated
    p-median the one that takes the largest share of its node), and the facility and
    summary tables."""
    cost = np.asarray(cost, float)
    weight = np.asarray(weight, float)
    chosen = np.asarray(sol.chosen)
    sub = cost[:, chosen]
    if t:  # beyond the cut-off no site serves (the network search also stops there)
        sub = np.where(sub <= t, sub, np.inf)
    if len(chosen):
        k = np.argmin(sub, axis=1)
        best = sub[np.arange(len(sub)), k]
    else:
        k, best = np.zeros(len(cost), np.int64), np.full(len(cost), np.inf)
    if problem == CPMEDIAN and sol.share is not None:
        rows, cols, share = sol.share
        big = share > 1e-9
        frame = pd.DataFrame(
            {"node": rows[big], "cand": red.candidates[cols[big]], "share": share[big]}
        )
        top = frame.sort_values(["node", "share"], ascending=[True, False]).drop_duplicates("node")
        node_fac = np.zeros(len(red.weight), np.int64)
        node_fac[top["node"].to_numpy()] = top["cand"].to_numpy()
        inm = red.node_of >= 0
        k = k.copy()
        k[inm] = np.searchsorted(chosen, node_fac[red.node_of[inm]])
        best = np.where(inm, sub[np.arange(len(sub)), k], best)
    has = np.isfinite(best)
    facility = np.where(has, chosen[k] if len(chosen) else -1, -1)
    covered = has & (best <= t) if t else has
    demand = pd.DataFrame(
        {
            "facility": facility,
            "cost": np.where(has, best, np.nan),
            "covered": covered,
            "in_model": red.node_of >= 0,
        }
    )
    w_has = np.where(has, weight, 0.0)
    idx = np.where(has, k, 0)
    n_c = len(chosen)
    fw = np.bincount(idx, weights=w_has, minlength=n_c)
    fwc = np.bincount(idx, weights=w_has * np.where(has, best, 0.0), minlength=n_c)
    fmax = np.full(n_c, np.nan)
    weighted = has & (weight > 0)  # the largest cost of demand that counts, as p-center's
    if weighted.any():
        frame = pd.DataFrame({"k": idx[weighted], "c": best[weighted]}).groupby("k")["c"].max()
        fmax[frame.index.to_numpy()] = frame.to_numpy()
    if problem == CPMEDIAN and sol.share is not None:
        rows, cols, share = sol.share
        pos = np.searchsorted(chosen, red.candidates[cols])
        ok = (pos < n_c) & (share > 1e-9)
        fw = np.bincount(pos[ok], weights=share[ok] * red.weight[rows[ok]], minlength=n_c)
        moved = share[ok] * red.weight[rows[ok]]
        fwc = np.bincount(pos[ok], weights=moved * red.cost[rows[ok], cols[ok]], minlength=n_c)
    facilities = pd.DataFrame(
        {
            "candidate": chosen,
            "n_demand": np.bincount(idx[has], minlength=n_c).astype(np.int64),
            "weight": fw,
            "mean_cost": np.where(fw > 0, fwc / np.where(fw > 0, fw, 1), np.nan),
            "max_cost": fmax,
        }
    )
    total = float(weight.sum())
    summary = {
        "problem": problem,
        "p": int(len(chosen)) if problem == LSCP else int(p),
        "cut_off": float(t) if t else float("nan"),
        "objective": float(sol.objective),
        "bound": float(sol.bound),
        "gap": float(sol.gap),
        "status": sol.status,
        "method": sol.method,
        "total_weight": total,
        "covered_weight": float(weight[covered].sum()),
        "coverage_share": float(weight[covered].sum()) / total if total > 0 else float("nan"),
        "mean_cost": float(np.average(best[has], weights=weight[has]))
        if has.any() and weight[has].sum() > 0
        else float("nan"),
        "max_cost": float(best[weighted].max()) if weighted.any() else float("nan"),
        "demand_nodes": int(len(red.weight)),
        "candidates_kept": int(len(red.candidates)),
        "candidates_removed": int(red.removed),
        "unreachable_demand": int(len(red.unreachable)),
        "unreachable_weight": float(red.unreachable_weight),
    }
    return Result(demand, facilities, summary)


_TRUE = {"1", "true", "t", "yes", "y", "ja", "j", "sann"}
_FALSE = {"0", "false", "f", "no", "n", "nei", "usann", ""}


def required_flags(values, what: str = "REQUIRED_FIELD") -> np.ndarray:
    """A "required" flag field as bool: 1/true/yes/ja (any case) are required; 0, false,
    no, nei, empty and null are not; any other value stops the run.

    >>> required_flags([1, 0, None, "Ja", "nei", True]).tolist()
    [True, False, False, True, False, True]
    """
    out = np.zeros(len(values), bool)
    bad = []
    for i, v in enumerate(values):
        if v is None or (isinstance(v, float) and np.isnan(v)):
            continue
        text = str(int(v)) if isinstance(v, (bool, np.bool_, int, np.integer)) else str(v)
        if isinstance(v, float) and v.is_integer():
            text = str(int(v))
        key = text.strip().lower()
        if key in _TRUE:
            out[i] = True
        elif key not in _FALSE:
            bad.append(text)
    if bad:
        raise InputError(
            f"{what}: {len(bad)} value(s) are neither yes nor no (e.g. {bad[0]!r}); use 1/0, "
            "true/false, yes/no or ja/nei."
        )
    return out


def od_table_matrix(
    origin: np.ndarray,
    destination: np.ndarray,
    cost: np.ndarray,
    demand_ids: np.ndarray,
    candidate_ids: np.ndarray,
) -> tuple[np.ndarray, int, int]:
    """A cost matrix (demand x candidates, inf = pair not in the table) from a long
    origin-destination table (the output of smaaby:odmatrix). Returns the matrix and the
    numbers of table rows whose origin or destination is not among the ids (left out).

    >>> m, a, b = od_table_matrix(np.array(["a", "b", "x"]), np.array(["1", "1", "1"]),
    ...                           np.array([2.0, 3.0, 4.0]), np.array(["a", "b"]),
    ...                           np.array(["1", "2"]))
    >>> m.tolist(), a, b
    ([[2.0, inf], [3.0, inf]], 1, 0)
    """
    cost = np.asarray(cost, float)
    bad = ~np.isfinite(cost) | (cost < 0)
    if bad.any():
        raise InputError(
            f"OD_TABLE: {int(bad.sum())} cost value(s) are missing, negative or infinite "
            f"(e.g. row {int(np.flatnonzero(bad)[0]) + 1}); the table must come from "
            "'Origin-destination cost matrix' or have costs of 0 or more."
        )
    d_index = pd.Index(demand_ids)
    c_index = pd.Index(candidate_ids)
    i = d_index.get_indexer(origin)
    j = c_index.get_indexer(destination)
    ok = (i >= 0) & (j >= 0)
    pairs = pd.DataFrame({"i": i[ok], "j": j[ok]})
    dup = pairs.duplicated()
    if dup.any():
        first = pairs[dup].iloc[0]
        raise InputError(
            f"OD_TABLE: {int(dup.sum())} origin-destination pair(s) appear more than once "
            f"(e.g. {demand_ids[first['i']]} -> {candidate_ids[first['j']]}); give one cost "
            "per pair."
        )
    out = np.full((len(demand_ids), len(candidate_ids)), np.inf)
    out[i[ok], j[ok]] = cost[ok]
    return out, int((i < 0).sum()), int((j < 0).sum())

"""Centrality of places in their region (smaaby:centrality): an index after SSB's
sentralitetsindeks and SSB's older standard of 1994.

No QGIS here.

**Index** (model: Høydahl, SSB Notater 2017/40, revised Notater 2020/4). From every
populated origin, Jᵢ = decay-weighted access to workplaces (jobs) and Sᵢ = the mean over
service kinds of the decay-weighted access to that kind, each within 90 minutes by car
(see :mod:`~smaaby_plugin.core.catchments.accessibility`). Each part is scaled to its
value at the reference origin (by default the origin with the highest combined score),
and the index is

    Iᵢ = 1000 · (w · Jᵢ / J_ref + (1 − w) · Sᵢ / S_ref),   w = 2/3 (SSB's weights)

so 0 means nothing within reach and 1000 the reference; it rises with every part of the
access. SSB's exact decay function, service list, normalisation and class breaks are
not in our sources: the decay, its parameter, the kinds of services and the class breaks
are parameters, and their defaults are ours, not SSB's. Zones (kommuner) get the
population-weighted mean of their origins' index; classes are numbered 1 (most central,
at or above the highest break) to len(breaks) + 1.

**1994 standard** (SSB's standard for kommune centrality, 1994): code 3 within 75 min of a
tettsted of at least 50,000 inhabitants (or 90 min of Oslo), code 2 within 60 min of one
of at least 15,000, code 1 within 45 min of one of at least 5,000, else code 0; every
threshold is a parameter (:func:`codes_1994`).

>>> centrality_index(np.array([[2.0, 1.0], [1.0, 1.0], [0.0, 0.0]])).round(1).tolist()
[1000.0, 666.7, 0.0]
>>> codes_1994({"oslo": np.array([80.0, np.inf]), "large": np.array([np.inf, np.inf]),
...             "medium": np.array([np.inf, 50.0]), "small": np.array([np.inf, 10.0])})
array([3, 2], dtype=int8)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from smaaby_plugin.core.errors import InputError

__all__ = [
    "DEFAULT_BREAKS",
    "RULES_1994",
    "centrality_classes",
    "centrality_index",
    "code_columns",
    "codes_1994",
    "index_outputs",
    "index_reference",
    "kind_members",
    "kind_tops",
    "reference_values",
    "scale_index",
    "services_part",
    "tier_groups",
    "weighted_mean",
    "zone_codes",
]

#: Our default class breaks on the 0-1000 index (six classes); not SSB's.
DEFAULT_BREAKS = (500.0, 600.0, 700.0, 800.0, 900.0)
#: The 1994 rules: tier -> (smallest tettsted population, largest minutes), code.
RULES_1994 = {
    "oslo": (None, 90.0, 3),
    "large": (50_000, 75.0, 3),
    "medium": (15_000, 60.0, 2),
    "small": (5_000, 45.0, 1),
}


def centrality_index(
    parts: np.ndarray, weights: Sequence[float] = (2 / 3, 1 / 3), reference: int | None = None
) -> np.ndarray:
    """The 0-1000 index from access parts (columns: jobs, services).

    Parameters
    ----------
    parts : ndarray (n_origins, n_parts)
        Access per part (NaN for origins without a value stays NaN).
    weights : sequence of float
        Weight per part; they must be non-negative and add up to 1.
    reference : int, optional
        Row of the reference origin (index 1000); default the row with the highest
        combined score (each part scaled to its largest value).

    Returns
    -------
    ndarray of float
    """
    return scale_index(parts, reference_values(parts, weights, reference), weights)


def _weights(parts: np.ndarray, weights) -> np.ndarray:
    w = np.asarray(weights, float)
    if len(w) != parts.shape[1] or np.any(w < 0) or not np.isclose(w.sum(), 1.0):
        raise InputError("The weights of the index parts must be zero or positive and add to 1.")
    return w


def reference_values(
    parts: np.ndarray, weights: Sequence[float], reference: int | None = None
) -> np.ndarray:
    """The parts of the reference origin (row ``reference``, or the row with the highest
    combined score, each part scaled to its largest value; the first of equals): what
    :func:`scale_index` scales to. Scaling a run in pieces (the national batch) to the
    reference of the whole run gives the whole run's index.

    >>> reference_values(np.array([[2.0, 1.0], [1.0, 3.0], [np.nan, np.nan]]), (0.5, 0.5))
    array([1., 3.])
    """
    p = np.asarray(parts, float)
    w = _weights(p, weights)
    if reference is None:
        top = np.nanmax(p, axis=0) if np.isfinite(p).any() else np.zeros(p.shape[1])
        top = np.where(top > 0, top, 1.0)
        score = np.nan_to_num(p / top, nan=-1.0) @ w
        reference = int(np.argmax(score))
    ref = p[reference]
    if not np.all(np.isfinite(ref)) or np.dot(ref > 0, w > 0) == 0:
        raise InputError(
            "The reference origin reaches no workplace or service within the cut-off, so "
            "it cannot stand for index 1000; choose another reference."
        )
    return ref


def scale_index(parts: np.ndarray, ref: np.ndarray, weights: Sequence[float]) -> np.ndarray:
    """1000 · Σ w_k · part_k / ref_k per origin (a part the reference lacks counts 0;
    NaN parts stay NaN).

    >>> scale_index(np.array([[1.0, 3.0], [0.5, 0.0]]), np.array([1.0, 3.0]), (0.5, 0.5))
    array([1000.,  250.])
    """
    p = np.asarray(parts, float)
    w = _weights(p, weights)
    ref = np.asarray(ref, float)
    scale = np.where(ref > 0, ref, np.inf)  # a part the reference lacks counts 0
    return 1000.0 * ((p / scale) @ w)


def index_reference(
    parts: np.ndarray, ids: np.ndarray, weights: Sequence[float], reference_id: str = ""
) -> np.ndarray:
    """:func:`reference_values` of the origins on the network (both parts finite): the
    origin whose id is ``reference_id`` or, without one, the most central origin.

    >>> index_reference(np.array([[2.0, 1.0], [1.0, 3.0]]), np.array(["a", "b"]),
    ...                 (0.5, 0.5), "a")
    array([2., 1.])
    """
    p = np.asarray(parts, float)
    on = np.isfinite(p).all(axis=1)
    if not on.any():
        raise InputError("ORIGINS: no origin reaches the network.")
    reference = None
    text = str(reference_id or "").strip()
    if text:
        hit = np.flatnonzero(np.asarray(ids).astype(str) == text)
        if not len(hit):
            raise InputError(f"REFERENCE: no origin has the id '{text}'.")
        if not on[hit[0]]:
            raise InputError(f"REFERENCE: the origin '{text}' is not on the network.")
        reference = int(np.count_nonzero(on[: hit[0]]))
    return reference_values(p[on], weights, reference)


def kind_members(kind_of: Sequence, kinds: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(a 0/1 matrix services x kinds, whether any service is of each kind).

    >>> m, present = kind_members(["gp", "school", None], ["gp", "school", "shop"])
    >>> m.tolist(), present.tolist()
    ([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]], [True, True, False])
    """
    kind_of = np.asarray(kind_of, dtype=object)
    member = np.zeros((len(kind_of), len(kinds)))
    for k, kind in enumerate(kinds):
        member[:, k] = kind_of == kind
    return member, member.any(axis=0)


def kind_tops(decayed: np.ndarray) -> np.ndarray:
    """Each kind's largest decayed access over the origins (1 where it is 0 or none), so
    a kind with many outlets (grocery) does not outweigh one with few (upper secondary
    school): the services part is the mean over the kinds of ``decayed / kind_tops``.

    >>> kind_tops(np.array([[2.0, 0.0], [4.0, 0.0], [np.nan, np.nan]])).tolist()
    [4.0, 1.0]
    """
    sv = np.asarray(decayed, float)
    top = np.nanmax(sv, axis=0) if np.isfinite(sv).any() else np.ones(sv.shape[1])
    return np.where(top > 0, top, 1.0)


def services_part(decayed: np.ndarray, tops: np.ndarray | None = None) -> np.ndarray:
    """The services part per origin: the mean over the kinds of the decayed access scaled
    by the kinds' tops (:func:`kind_tops` of these origins unless given, e.g. those of a
    whole national run); NaN for an origin off the network.

    >>> services_part(np.array([[2.0, 1.0], [4.0, 0.0]])).tolist()
    [0.75, 0.5]
    """
    sv = np.asarray(decayed, float)
    return np.mean(sv / (kind_tops(sv) if tops is None else tops), axis=1)


def index_outputs(job_access, services, index, population, zone, n_zones, breaks):
    """smaaby:centrality's index columns per origin (``jobs_access``, ``services_access``,
    ``index``, ``class``) and per zone (``population``, the population-weighted mean
    ``index`` and its ``class``)."""
    values = {
        "jobs_access": job_access,
        "services_access": services,
        "index": index,
        "class": centrality_classes(index, breaks),
    }
    mean, total = weighted_mean(index, population, zone, n_zones)
    zone_values = {"population": total, "index": mean, "class": centrality_classes(mean, breaks)}
    return values, zone_values


def centrality_classes(index: np.ndarray, breaks: Sequence[float] = DEFAULT_BREAKS) -> np.ndarray:
    """Class 1 (most central: index >= the highest break) to len(breaks) + 1; 0 for NaN.

    >>> centrality_classes(np.array([950.0, 900.0, 450.0, np.nan])).tolist()
    [1, 1, 6, 0]
    """
    b = np.asarray(sorted(breaks), float)
    if len(b) == 0 or not np.all(np.isfinite(b)):
        raise InputError("The class breaks must be numbers, e.g. '500, 600, 700, 800, 900'.")
    idx = np.asarray(index, float)
    cls = len(b) + 1 - np.searchsorted(b, idx, side="right")
    return np.where(np.isnan(idx), 0, cls).astype(np.int64)


def weighted_mean(values: np.ndarray, weights: np.ndarray, group: np.ndarray, n_groups: int):
    """Population-weighted mean of ``values`` per group (NaN values and weight-0 groups
    give NaN); returns (means, total weight per group).

    >>> m, w = weighted_mean(np.array([100.0, 400.0, 7.0]), np.array([3.0, 1.0, 5.0]),
    ...                      np.array([0, 0, -1]), 1)
    >>> m.tolist(), w.tolist()
    ([175.0], [4.0])
    """
    v = np.asarray(values, float)
    wt = np.asarray(weights, float)
    g = np.asarray(group, np.int64)
    ok = (g >= 0) & np.isfinite(v)
    total = np.bincount(g[ok], weights=wt[ok], minlength=n_groups)
    num = np.bincount(g[ok], weights=(v * wt)[ok], minlength=n_groups)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(total > 0, num / np.where(total > 0, total, 1.0), np.nan)
    return mean, total


def codes_1994(
    tier_cost: Mapping[str, np.ndarray], rules: Mapping[str, tuple] = RULES_1994
) -> np.ndarray:
    """Centrality code 0-3 per origin from the cost to the nearest tettsted of each tier.

    Parameters
    ----------
    tier_cost : mapping tier -> ndarray of cost (minutes; inf = none)
        Tiers as in ``rules`` ("oslo", "large", "medium", "small"); a missing tier
        never qualifies.
    rules : mapping tier -> (smallest population, largest minutes, code)

    Returns
    -------
    ndarray of int8: the highest code whose rule an origin meets.
    """
    n = len(next(iter(tier_cost.values()))) if tier_cost else 0
    code = np.zeros(n, dtype=np.int8)
    for tier, (_, minutes, value) in rules.items():
        if tier in tier_cost:
            meets = np.asarray(tier_cost[tier], float) <= minutes
            code = np.where(meets, np.maximum(code, value), code).astype(np.int8)
    return code


def tier_groups(size: np.ndarray, is_oslo: np.ndarray | None, rules: Mapping[str, tuple]):
    """(tier names, one mask per tier over the tettsteder) for the 1994 search: "oslo"
    (``is_oslo``, when given) and each tier whose rule has a smallest population."""
    names, groups = [], []
    if is_oslo is not None:
        names.append("oslo")
        groups.append(np.asarray(is_oslo, dtype=bool))
    for tier, (least, _, _) in rules.items():
        if least is not None:
            names.append(tier)
            groups.append(np.asarray(size, dtype=float) >= least)
    return names, groups


def code_columns(cost: np.ndarray, names, rules, attached: np.ndarray, scale: float) -> dict:
    """smaaby:centrality's 1994 columns per origin from the cost to the nearest tettsted of
    each tier (``cost[:, k]`` for ``names[k]``, in the network's unit, ``scale`` units per
    minute or km): ``code_1994`` (-1 off the network) and ``min_<tier>`` (NaN = none).

    >>> rules = {"large": (50_000, 75.0, 3), "small": (5_000, 45.0, 1)}
    >>> out = code_columns(np.array([[80.0, 40.0], [np.inf, np.inf]]), ["large", "small"],
    ...                    rules, np.array([True, False]), 1.0)
    >>> out["code_1994"].tolist(), out["min_large"].tolist()
    ([1, -1], [80.0, nan])
    """
    tier_cost = {n: cost[:, k] / scale for k, n in enumerate(names)}
    code = codes_1994(tier_cost, rules)
    code = np.where(attached, code, -1)
    values = {"code_1994": code.astype(np.int64)}
    for n in names:
        values[f"min_{n}"] = np.where(np.isfinite(tier_cost[n]), tier_cost[n], np.nan)
    return values


def zone_codes(code: np.ndarray, population: np.ndarray, zone: np.ndarray, n_zones: int):
    """(population, code) per zone: a zone takes the 1994 code of its most populous
    origin (the first of equals), -1 without an origin.

    >>> zone_codes(np.array([1, 2, 0]), np.array([5.0, 9.0, 1.0]), np.array([0, 0, -1]), 2)
    (array([14.,  0.]), array([ 2, -1]))
    """
    pop = np.asarray(population, float)
    zone_code = np.full(n_zones, -1, dtype=np.int64)
    total = np.bincount(zone[zone >= 0], weights=pop[zone >= 0], minlength=n_zones)
    order = np.lexsort((-pop, zone))
    z_sorted = zone[order]
    first = np.r_[True, z_sorted[1:] != z_sorted[:-1]] if len(order) else np.zeros(0, bool)
    pick = order[first & (z_sorted >= 0)]
    zone_code[zone[pick]] = code[pick]
    return total, zone_code

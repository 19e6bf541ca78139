"""Commuting regions for ``smaaby:commutingregions``: travel-to-work areas from a
commuting flow table.

No QGIS here. :func:`find_regions` follows the method of Coombes and Bond (2008,
*Travel-to-Work Areas: the 2007 review*, Office for National Statistics) as implemented
for Eurostat's labour-market areas in the R package ``LabourMarketAreas`` (Franconi,
Ichim, D'Alò, van den Heuvel; CRAN 3.4). The flows come from
:func:`smaaby_plugin.core.catchments.flows.prepare_flows`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from scipy import sparse

from smaaby_plugin.core.catchments.flows import Flows
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.polygons import grouped_union
from smaaby_plugin.core.progress import Progress, report

__all__ = [
    "region_outputs",
    "DEFAULT_MIN_CONTAINMENT",
    "DEFAULT_MIN_SIZE",
    "DEFAULT_TARGET_CONTAINMENT",
    "DEFAULT_TARGET_SIZE",
    "RESERVE_LMA",
    "RESERVE_SMAABY",
    "RESERVE_STEPS",
    "RegionResult",
    "check_parameters",
    "cohesion",
    "find_regions",
    "self_containment",
    "validity",
    "zero_list",
]

# The example parameters of the LabourMarketAreas vignette.
DEFAULT_MIN_SIZE = 1000.0
DEFAULT_TARGET_SIZE = 10000.0
DEFAULT_MIN_CONTAINMENT = 0.6667
DEFAULT_TARGET_CONTAINMENT = 0.75

# The reserve step: Småby's (a reserve area joins only a region that stays valid) or
# LabourMarketAreas 3.4's (no check, highest area code first, its zero list set aside).
RESERVE_SMAABY = "smaaby"
RESERVE_LMA = "lma34"
RESERVE_STEPS = (RESERVE_SMAABY, RESERVE_LMA)


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num / den with 0 where den is 0 (a cluster without jobs is not self-contained)."""
    num = np.asarray(num, dtype=float)
    den = np.asarray(den, dtype=float)
    out = np.zeros(np.broadcast(num, den).shape)
    np.divide(num, den, out=out, where=den > 0)
    return out


def self_containment(
    internal: np.ndarray, residents: np.ndarray, jobs: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Supply-side and demand-side self-containment of clusters.

    Supply side = internal flow / employed residents; demand side = internal flow /
    jobs (0 where the denominator is 0).

    Examples
    --------
    >>> s, d = self_containment([60.0], [80.0], [100.0])
    >>> float(s[0]), float(d[0])
    (0.75, 0.6)
    """
    return _ratio(internal, residents), _ratio(internal, jobs)


def validity(
    internal: np.ndarray,
    residents: np.ndarray,
    jobs: np.ndarray,
    min_size: float = DEFAULT_MIN_SIZE,
    target_size: float = DEFAULT_TARGET_SIZE,
    min_containment: float = DEFAULT_MIN_CONTAINMENT,
    target_containment: float = DEFAULT_TARGET_CONTAINMENT,
) -> np.ndarray:
    """Validity of clusters by the Coombes and Bond (2008) size/containment trade-off.

    With SC = min(supply-side, demand-side self-containment) and L = employed
    residents (the size):

    - Y = min(SC / tarSC, 1)
    - s = max((tarSZ - L) / (tarSZ - minSZ), 0)
    - Z = 1 - (1 - minSC / tarSC) * s
    - validity = Y * Z * tarSC / minSC, and exactly 1 when SC = 1.

    A cluster is valid when validity >= 1: it reaches minSC at the target size or
    tarSC at the minimum size, or a point on the line between.

    Examples
    --------
    >>> round(float(validity([7500.0], [10000.0], [10000.0])[0]), 4)  # tarSC at tarSZ
    1.1249
    >>> round(float(validity([750.0], [1000.0], [1000.0])[0]), 4)  # tarSC at minSZ
    1.0
    """
    sc = np.minimum(*self_containment(internal, residents, jobs))
    residents = np.asarray(residents, dtype=float)
    y = np.minimum(sc / target_containment, 1.0)
    s = np.maximum((target_size - residents) / (target_size - min_size), 0.0)
    z = 1.0 - (1.0 - min_containment / target_containment) * s
    v = y * z * (target_containment / min_containment)
    # LabourMarketAreas gives a fully self-contained cluster validity 1.
    return np.where(sc >= 1.0, 1.0, v)


def cohesion(
    flow_ab: np.ndarray,
    flow_ba: np.ndarray,
    residents_a: np.ndarray,
    jobs_a: np.ndarray,
    residents_b: np.ndarray,
    jobs_b: np.ndarray,
) -> np.ndarray:
    """Strength of the commuting tie between a and b (Coombes and Bond 2008).

    strength = F_ab^2 / (L_a * W_b) + F_ba^2 / (L_b * W_a), where F is the flow from
    the first to the second, L employed residents and W jobs; a term whose
    denominator is 0 counts 0.

    Examples
    --------
    >>> float(cohesion(20.0, 10.0, 100.0, 50.0, 80.0, 40.0)[()])
    0.125
    """
    fab = np.asarray(flow_ab, dtype=float)
    fba = np.asarray(flow_ba, dtype=float)
    return _ratio(fab * fab, np.multiply(residents_a, jobs_b)) + _ratio(
        fba * fba, np.multiply(residents_b, jobs_a)
    )


def zero_list(matrix: sparse.spmatrix) -> np.ndarray:
    """Areas that LabourMarketAreas 3.4 sets aside before clustering (its zero list).

    An area is set aside when it has no employed residents, no jobs, or only internal
    flows (everyone who lives there works there and nobody else does). The flows of
    the areas set aside are then left out and the test is repeated, since leaving them
    out can empty another area, until no area is set aside (``findClusters``'
    ``criterio.zero`` loop).

    Parameters
    ----------
    matrix : scipy.sparse matrix
        Flows, home areas by work areas.

    Returns
    -------
    numpy.ndarray of bool
        True for the areas set aside.

    Examples
    --------
    A has only internal flows; B and C commute with each other:

    >>> m = sparse.csr_matrix(np.array([[5.0, 0, 0], [0, 2, 3], [0, 1, 4]]))
    >>> zero_list(m).tolist()
    [True, False, False]

    C has jobs but no residents, so it is set aside with A; without the flow B -> C,
    B is left with only internal flows and goes in the second round:

    >>> m = sparse.csr_matrix(np.array([[5.0, 0, 0], [0, 4, 3], [0, 0, 0]]))
    >>> zero_list(m).tolist()
    [True, True, True]
    """
    m = sparse.csr_matrix(matrix, dtype=float)
    n = m.shape[0]
    keep = np.ones(n, dtype=bool)
    while True:
        mask = sparse.diags(keep.astype(float))
        sub = (mask @ m @ mask).tocsr()
        res = np.asarray(sub.sum(axis=1)).ravel()
        job = np.asarray(sub.sum(axis=0)).ravel()
        diag = sub.diagonal()
        only_internal = (diag == res) & (diag == job)
        zero = keep & ((res == 0) | (job == 0) | only_internal)
        if not zero.any():
            return ~keep
        keep &= ~zero


@dataclass
class RegionResult:
    """Result of :func:`find_regions`.

    Attributes
    ----------
    membership : pandas.DataFrame
        One row per area of the flows: ``area_id``, ``region_id`` (the id of the
        region's member with the most jobs; None when not assigned), ``status``
        (``"assigned"``, ``"reserve"`` when it joined a region from the reserve list
        after the iteration, ``"unassigned"``, ``"zero_list"`` when the
        LabourMarketAreas reserve step set it aside before clustering).
    regions : pandas.DataFrame
        One row per region, sorted by jobs (descending) then id: ``region_id``,
        ``n_areas``, ``residents`` (employed residents), ``jobs``, ``internal``
        (live and work in the region), ``sc_supply``, ``sc_demand``,
        ``self_containment`` (the smaller), ``validity``.
    iterations : int
        Clusters dissolved.
    reserve : list of str
        Areas that were put on the reserve list during the iteration.
    unassigned : list of str
        Areas in no region at the end (the zero list included).
    zero_list : list of str
        Areas set aside before clustering (only with ``reserve_step="lma34"``).
    """

    membership: pd.DataFrame
    regions: pd.DataFrame
    iterations: int
    reserve: list
    unassigned: list
    zero_list: list = field(default_factory=list)


def check_parameters(
    min_size: float, target_size: float, min_containment: float, target_containment: float
) -> None:
    """Refuse sizes and containments that make no region test (InputError)."""
    if not (0 < min_size < target_size):
        raise InputError(
            f"MIN_SIZE ({min_size:g}) must be above 0 and below TARGET_SIZE "
            f"({target_size:g}); both count employed residents."
        )
    if not (0 < min_containment <= target_containment <= 1):
        raise InputError(
            f"MIN_CONTAINMENT ({min_containment:g}) and TARGET_CONTAINMENT "
            f"({target_containment:g}) must satisfy 0 < MIN_CONTAINMENT <= "
            "TARGET_CONTAINMENT <= 1."
        )


_PENDING = -1
_RESERVE = -2
_ZERO = -3


class _State:
    """Clusters of areas with their residents, jobs and internal flows, kept up to date."""

    def __init__(self, matrix: sparse.csr_matrix, params: tuple[float, float, float, float]):
        self.out = matrix.tocsr()
        self.inn = matrix.T.tocsr()
        self.n = matrix.shape[0]
        self.diag = matrix.diagonal().astype(float)
        self.res = np.asarray(matrix.sum(axis=1)).ravel().astype(float)
        self.job = np.asarray(matrix.sum(axis=0)).ravel().astype(float)
        self.params = params
        # Every area starts as its own cluster, numbered by its index.
        self.label = np.arange(self.n)
        self.alive = self.res + self.job > 0
        self.label[~self.alive] = _RESERVE
        self.c_res = np.where(self.alive, self.res, 0.0)
        self.c_job = np.where(self.alive, self.job, 0.0)
        self.c_int = np.where(self.alive, self.diag, 0.0)

    def validity(self, idx: np.ndarray) -> np.ndarray:
        return validity(self.c_int[idx], self.c_res[idx], self.c_job[idx], *self.params)

    def links(self, a: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Live clusters linked to area a, with the flows a->cluster and cluster->a."""
        o0, o1 = self.out.indptr[a], self.out.indptr[a + 1]
        i0, i1 = self.inn.indptr[a], self.inn.indptr[a + 1]
        lab_o = self.label[self.out.indices[o0:o1]]
        lab_i = self.label[self.inn.indices[i0:i1]]
        val_o = self.out.data[o0:o1]
        val_i = self.inn.data[i0:i1]
        mo, mi = lab_o >= 0, lab_i >= 0
        cand = np.union1d(lab_o[mo], lab_i[mi])
        f_to = np.zeros(cand.size)
        f_from = np.zeros(cand.size)
        np.add.at(f_to, np.searchsorted(cand, lab_o[mo]), val_o[mo])
        np.add.at(f_from, np.searchsorted(cand, lab_i[mi]), val_i[mi])
        return cand, f_to, f_from

    def ranked_clusters(self, a: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Live clusters linked to area a by cohesion > 0, strongest first (ties: lowest id)."""
        cand, f_to, f_from = self.links(a)
        strength = cohesion(
            f_to, f_from, self.res[a], self.job[a], self.c_res[cand], self.c_job[cand]
        )
        order = np.argsort(-strength, kind="stable")
        order = order[strength[order] > 0]
        return cand[order], f_to[order], f_from[order]

    def validity_with(self, c: int, a: int, f_to: float, f_from: float) -> float:
        return float(
            validity(
                self.c_int[c] + self.diag[a] + f_to + f_from,
                self.c_res[c] + self.res[a],
                self.c_job[c] + self.job[a],
                *self.params,
            )
        )

    def add(self, c: int, a: int, f_to: float, f_from: float) -> None:
        self.c_int[c] += self.diag[a] + f_to + f_from
        self.c_res[c] += self.res[a]
        self.c_job[c] += self.job[a]
        self.label[a] = c

    def dissolve(self, c: int) -> np.ndarray:
        members = np.flatnonzero(self.label == c)
        self.alive[c] = False
        self.c_int[c] = self.c_res[c] = self.c_job[c] = 0.0
        self.label[members] = _PENDING
        return members

    def regroup_order(self, members: np.ndarray) -> np.ndarray:
        """Members of a dissolved cluster, most outward-linked first.

        The key (as in LabourMarketAreas) is the in-commuting from outside the
        dissolved cluster plus all out-commuting of the area.
        """
        if members.size < 2:
            return members
        # In-flows from other members (and the area itself) do not count.
        from_inside = np.asarray(self.inn[members][:, members].sum(axis=1)).ravel()
        key = (self.job[members] - from_inside) + (self.res[members] - self.diag[members])
        return members[np.argsort(-key, kind="stable")]


def find_regions(
    flows: Flows,
    min_size: float = DEFAULT_MIN_SIZE,
    target_size: float = DEFAULT_TARGET_SIZE,
    min_containment: float = DEFAULT_MIN_CONTAINMENT,
    target_containment: float = DEFAULT_TARGET_CONTAINMENT,
    progress: Progress | None = None,
    reserve_step: str = RESERVE_SMAABY,
) -> RegionResult:
    """Travel-to-work areas by the Coombes and Bond (2008) method.

    Every area starts as its own cluster. Each round, the cluster of lowest
    :func:`validity` is dissolved and its members are moved one by one (the most
    outward-linked first) to the live cluster with which they have the strongest
    :func:`cohesion`; a move that would lower that cluster's validity is refused and
    the area goes to the reserve list. The rounds end when every cluster is valid.
    Areas on the reserve list then join, of the clusters they are linked to, the one
    of strongest cohesion that stays valid with them (repeated while any area moves);
    the others stay unassigned. So
    every region returned is valid. This follows ``findClusters`` of the R package
    LabourMarketAreas 3.4 (Eurostat/Istat), with two differences: the whole cluster
    is dissolved each round (as Coombes and Bond describe it), and reserve areas are
    added only where the region stays valid.

    ``reserve_step="lma34"`` follows LabourMarketAreas 3.4 instead, in three places
    and nowhere else: (a) each reserve area joins its most cohesive region with no
    validity check, so a region may end invalid; (b) the reserve areas are placed from
    the highest area id down (R numbers them -1..-n by area code and sorts by that key),
    not from the lowest up; (c) the areas of :func:`zero_list` (no employed residents,
    no jobs, or only internal flows) are set aside before clustering, their flows left
    out of every count, and stay in no region (status ``"zero_list"``). On flows
    without such areas the iteration is the same under both.

    Parameters
    ----------
    flows : Flows
        From :func:`~smaaby_plugin.core.catchments.flows.prepare_flows`.
    min_size, target_size : float
        Minimum and target size of a region in employed residents (minSZ, tarSZ).
    min_containment, target_containment : float
        Minimum and target self-containment (minSC, tarSC), shares 0-1.
    progress : Progress, optional
        Told the share done after each round (and while the reserve list is placed);
        raises :class:`~smaaby_plugin.core.errors.Cancelled` to stop.
    reserve_step : {"smaaby", "lma34"}
        :data:`RESERVE_SMAABY` (default: every region valid) or :data:`RESERVE_LMA`
        (as the R package LabourMarketAreas 3.4).

    Returns
    -------
    RegionResult

    Examples
    --------
    Two pairs of areas that commute within the pair:

    >>> from smaaby_plugin.core.catchments.flows import prepare_flows
    >>> flows, _ = prepare_flows(
    ...     ["A", "A", "B", "B", "C", "C", "D", "D"],
    ...     ["A", "B", "A", "B", "C", "D", "C", "D"],
    ...     [500, 500, 500, 500, 500, 500, 500, 500])
    >>> r = find_regions(flows, 100, 1000)
    >>> r.membership.region_id.tolist()
    ['A', 'A', 'C', 'C']
    """
    check_parameters(min_size, target_size, min_containment, target_containment)
    if reserve_step not in RESERVE_STEPS:
        raise InputError(
            f"The reserve step must be one of {', '.join(RESERVE_STEPS)}, not {reserve_step!r}."
        )
    params = (min_size, target_size, min_containment, target_containment)
    matrix = flows.matrix
    zero = np.zeros(matrix.shape[0], dtype=bool)
    if reserve_step == RESERVE_LMA:
        zero = zero_list(matrix)
        if zero.any():
            # R drops every flow to or from an area set aside before it starts
            keep = sparse.diags((~zero).astype(float))
            matrix = (keep @ matrix @ keep).tocsr()
            matrix.eliminate_zeros()
    st = _State(matrix, params)
    st.label[zero] = _ZERO
    n_start = int(st.alive.sum())
    reserve: list[int] = []
    iterations = 0
    while True:
        live = np.flatnonzero(st.alive)
        if live.size == 0:
            break
        v = st.validity(live)
        k = int(np.argmin(v))  # first minimum = lowest cluster id
        if v[k] >= 1.0:
            break
        members = st.dissolve(int(live[k]))
        iterations += 1
        for a in st.regroup_order(members):
            cand, f_to, f_from = st.ranked_clusters(int(a))
            if cand.size:
                c = int(cand[0])
                before = float(st.validity(cand[:1])[0])
                if st.validity_with(c, int(a), f_to[0], f_from[0]) >= before:
                    st.add(c, int(a), f_to[0], f_from[0])
                    continue
            st.label[a] = _RESERVE
            reserve.append(int(a))
        # the share of areas' clusters dissolved: rounds seldom reach n_start
        report(progress, 0.9 * min(iterations / max(n_start, 1), 1.0))

    joined = _place_reserve(st, reserve_step == RESERVE_LMA, progress)
    report(progress, 1.0)
    return _region_result(flows, st, iterations, reserve, joined)


def _place_reserve(st: _State, as_lma: bool, progress: Progress | None) -> set[int]:
    """The reserve list after the rounds, repeated while any area moves.

    Småby: an area joins, of its linked regions strongest cohesion first, the first
    that stays valid with it (lowest area id first). LabourMarketAreas 3.4: it joins
    the strongest with no check, highest area id first.
    """
    joined: set[int] = set()
    moved = True
    while moved:
        moved = False
        waiting = np.flatnonzero(st.label == _RESERVE)
        if as_lma:
            waiting = waiting[::-1]  # R sorts its reserve numbers -n..-1: highest id first
        for i, a in enumerate(waiting):
            if i % 100 == 0:
                report(progress, 0.9 + 0.1 * i / len(waiting))
            cand, f_to, f_from = st.ranked_clusters(int(a))
            for c, ft, ff in zip(cand, f_to, f_from):
                if as_lma or st.validity_with(int(c), int(a), ft, ff) >= 1.0:
                    st.add(int(c), int(a), ft, ff)
                    joined.add(int(a))
                    moved = True
                    break
    return joined


def _region_result(
    flows: Flows, st: _State, iterations: int, reserve: list[int], joined: set[int]
) -> RegionResult:
    ids = flows.ids.astype(str)
    label = st.label
    live = np.flatnonzero(st.alive)
    # Name each region after its member with the most jobs (ties: lowest id).
    assigned = np.flatnonzero(label >= 0)
    order = np.lexsort((assigned, -st.job[assigned], label[assigned]))
    first = np.ones(order.size, dtype=bool)
    first[1:] = label[assigned][order][1:] != label[assigned][order][:-1]
    core_of = np.full(st.n, -1)
    core_of[label[assigned][order][first]] = assigned[order][first]
    region_id = np.array([None] * st.n, dtype=object)
    region_id[assigned] = ids[core_of[label[assigned]]]
    status = np.full(st.n, "unassigned", dtype=object)
    status[assigned] = "assigned"
    if joined:
        status[np.fromiter(joined, dtype=int)] = "reserve"
    status[label == _ZERO] = "zero_list"
    membership = pd.DataFrame({"area_id": ids, "region_id": region_id, "status": status})

    sc_s, sc_d = self_containment(st.c_int[live], st.c_res[live], st.c_job[live])
    regions = pd.DataFrame(
        {
            "region_id": ids[core_of[live]],
            "n_areas": np.bincount(label[assigned], minlength=st.n)[live],
            "residents": st.c_res[live],
            "jobs": st.c_job[live],
            "internal": st.c_int[live],
            "sc_supply": sc_s,
            "sc_demand": sc_d,
            "self_containment": np.minimum(sc_s, sc_d),
            "validity": st.validity(live),
        }
    )
    regions = regions.sort_values(["jobs", "region_id"], ascending=[False, True])
    regions = regions.reset_index(drop=True)
    unassigned = ids[label < 0].tolist()
    return RegionResult(
        membership=membership,
        regions=regions,
        iterations=iterations,
        reserve=[ids[a] for a in reserve],
        unassigned=unassigned,
        zero_list=ids[label == _ZERO].tolist(),
    )


def region_outputs(
    result: RegionResult,
    flows: Flows,
    area_ids,
    area_names=None,
    missing=(),
    area_geometry=None,
):
    """smaaby:commutingregions's two outputs from :func:`find_regions`' result:
    (membership, regions, geometry, without).

    ``membership``: area_id, area_name, region_id, region_name (names only with
    ``area_names``, one per area feature), status, residents, jobs and in_areas (0 for
    the flow areas in ``missing``, which no area feature has). ``regions``: the region
    table with region_name and area_km2; ``geometry``: each region's area features
    (``area_geometry``, one per ``area_ids``) dissolved, None where it has none
    (``without``, area_km2 NaN)."""
    ids = pd.Series(area_ids, dtype=object)
    names = {}
    if area_names is not None:
        names = {a: n for a, n in zip(ids, area_names) if a is not None}
    membership = result.membership.copy()
    membership["area_name"] = membership.area_id.map(names)
    membership["region_name"] = membership.region_id.map(names)
    membership["residents"] = flows.residents
    membership["jobs"] = flows.jobs
    membership["in_areas"] = (~membership.area_id.isin(list(missing))).astype(int)
    columns = ["area_id", "area_name", "region_id", "region_name", "status"]
    membership = membership[[*columns, "residents", "jobs", "in_areas"]]
    if area_names is None:
        membership = membership.drop(columns=["area_name", "region_name"])
    regions = result.regions.copy()
    if area_names is not None:
        regions.insert(1, "region_name", regions.region_id.map(names))
    # the region index of each area feature (-1: in no region or not in the flows)
    region_of = membership.set_index("area_id").region_id
    index = pd.Series(np.arange(len(regions)), index=regions.region_id)
    group = ids.map(region_of).map(index).fillna(-1).to_numpy(dtype=int)
    keep = group >= 0
    geometry = grouped_union(np.asarray(area_geometry)[keep], group[keep], len(regions))
    without = shapely.is_empty(geometry)
    geometry[without] = None
    regions["area_km2"] = np.where(without, np.nan, shapely.area(geometry) / 1e6)
    return membership, regions, geometry, without

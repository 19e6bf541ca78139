"""Settlements (tettsteder) from building or address points by SSB's rules.

SSB's definition (https://www.ssb.no/a/kortnavn/beftett/digtettgr.html; Geonorge
"Tettsteder"):
a cluster of houses is a tettsted when at least 200 people live there and the houses are
normally at most 50 m apart; satellite clusters of at least 5 buildings that lie at most
400 m from the core belong to it. SSB's GIS procedure is not published; the
operationalisation here is:

1. Points at the same position count as one building; their residents are summed.
2. Buildings are chained by single linkage: two buildings are in the same cluster when a
   chain of buildings joins them with no step longer than ``max_gap`` (50 m joins,
   50.01 m splits).
3. A cluster with at least ``min_residents`` residents is a core (its own residents only).
4. Every other cluster with at least ``satellite_min_buildings`` buildings whose nearest
   building lies at most ``satellite_distance`` from a building of a core joins the
   nearest core (building-to-building distance; satellites are not chained).
5. The outline is the morphological closing of the buildings' discs of radius
   ``max_gap / 2`` (buffer ``max_gap``, dissolve per settlement, buffer ``-max_gap / 2``);
   a settlement with satellites is a multipolygon.

SSB's discretionary larger gaps across parks, rivers, farmland and industry are not
modelled.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.centre.point_clusters import (
    check_points,
    closed_outlines,
    merge_duplicate_positions,
    nearest_group_distance,
    single_linkage,
)
from smaaby_plugin.core.errors import InputError

__all__ = ["SettlementResult", "delineate_settlements"]

MAX_GAP = 50.0
MIN_RESIDENTS = 200.0
SATELLITE_DISTANCE = 400.0
SATELLITE_MIN_BUILDINGS = 5


@dataclass
class SettlementResult:
    """Settlements and the assignment of the input points.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per settlement, largest first: ``settlement_id`` (1..), ``residents``,
        ``buildings`` (distinct positions), ``points`` (input points), ``satellites``
        (number of satellite clusters joined), ``area_m2`` (of the outline).
    geometry : ndarray of shapely geometries
        The outline per row of ``table``.
    point_settlement : ndarray of int
        ``settlement_id`` of each input point, 0 outside every settlement.
    point_role : ndarray of str
        "core", "satellite" or "" per input point.
    largest_cluster : float
        Residents of the cluster with the most residents (said in the log when no
        cluster reaches ``min_residents``).
    """

    table: pd.DataFrame
    geometry: np.ndarray
    point_settlement: np.ndarray
    point_role: np.ndarray
    largest_cluster: float = 0.0


def delineate_settlements(
    xy: np.ndarray,
    residents: np.ndarray,
    max_gap: float = MAX_GAP,
    min_residents: float = MIN_RESIDENTS,
    satellite_distance: float = SATELLITE_DISTANCE,
    satellite_min_buildings: int = SATELLITE_MIN_BUILDINGS,
) -> SettlementResult:
    """Delineate settlements from building (or address) points.

    Parameters
    ----------
    xy : ndarray, shape (n, 2)
        Building or address points in a projected CRS (metres).
    residents : ndarray, shape (n,)
        Residents per point (0 for non-residential buildings); not negative.
    max_gap : float
        Largest distance between buildings of one cluster, metres (SSB: 50).
    min_residents : float
        Smallest number of residents of a core cluster (SSB: 200).
    satellite_distance : float
        Largest distance from a satellite cluster to the core, metres (SSB: 400).
    satellite_min_buildings : int
        Smallest number of buildings of a satellite cluster (SSB: 5).

    Returns
    -------
    SettlementResult

    Examples
    --------
    Five houses of 50 residents, 40 m apart, make one settlement of 250; a sixth house
    60 m further on stays outside:

    >>> xy = [[0, 0], [40, 0], [80, 0], [120, 0], [160, 0], [220, 0]]
    >>> r = delineate_settlements(xy, [50] * 6)
    >>> r.table[["residents", "buildings"]].values.tolist(), r.point_settlement.tolist()
    ([[250.0, 5.0]], [1, 1, 1, 1, 1, 0])
    """
    xy = check_points(xy, "BUILDINGS")
    res = np.asarray(residents, dtype=float)
    if res.shape != (len(xy),):
        raise InputError("BUILDINGS: one resident count per point is needed.")
    if not np.isfinite(res).all():
        raise InputError(
            f"BUILDINGS: {int((~np.isfinite(res)).sum())} point(s) have a missing or "
            "infinite number of residents; fill them (0 for buildings without residents)."
        )
    if (res < 0).any():
        raise InputError(
            f"BUILDINGS: {int((res < 0).sum())} point(s) have a negative number "
            "of residents; correct them."
        )
    for name, value in (("MAX_GAP", max_gap), ("SATELLITE_DISTANCE", satellite_distance)):
        if not value > 0:
            raise InputError(f"{name} must be greater than 0 m.")
    if min_residents < 0 or satellite_min_buildings < 1:
        raise InputError("MIN_RESIDENTS must be at least 0 and SATELLITE_MIN_BUILDINGS at least 1.")

    n = len(xy)
    pos, inverse, counts, pos_res = merge_duplicate_positions(xy, res)
    labels = single_linkage(pos, max_gap)
    k = int(labels.max()) + 1 if len(labels) else 0
    cl_res = np.bincount(labels, weights=pos_res, minlength=k)
    cl_bld = np.bincount(labels, minlength=k)
    is_core = cl_res >= min_residents

    # Settlement of each cluster: cores are their own; satellites join the nearest core.
    owner = np.full(k, -1)
    owner[is_core] = np.flatnonzero(is_core)
    if is_core.any():
        core_pts = np.flatnonzero(is_core[labels])
        cand = ~is_core & (cl_bld >= satellite_min_buildings)
        in_cand = cand[labels]
        if in_cand.any():
            cand_ids = np.flatnonzero(cand)
            local = np.searchsorted(cand_ids, labels[in_cand])
            dist, tgt = nearest_group_distance(pos[in_cand], local, pos[core_pts])
            near = dist <= satellite_distance
            owner[cand_ids[near]] = labels[core_pts[tgt[near]]]

    # Number settlements 1.. by residents (largest first), ties by first building.
    cores = np.flatnonzero(is_core)
    tot_res = np.bincount(owner[owner >= 0], weights=cl_res[owner >= 0], minlength=k)
    order = cores[np.lexsort((cores, -tot_res[cores]))]
    sid_of_core = np.zeros(k, dtype=int)
    sid_of_core[order] = np.arange(1, len(order) + 1)
    cluster_sid = np.where(owner >= 0, sid_of_core[np.maximum(owner, 0)], 0)
    pos_sid = cluster_sid[labels]
    pos_role = np.where(pos_sid == 0, "", np.where(is_core[labels], "core", "satellite"))

    m = len(order)
    in_set = pos_sid > 0
    sid0 = pos_sid[in_set] - 1
    residents_out = np.bincount(sid0, weights=pos_res[in_set], minlength=m)
    buildings_out = np.bincount(sid0, minlength=m)
    points_out = np.bincount(sid0, weights=counts[in_set], minlength=m).astype(int)
    sat = (owner >= 0) & ~is_core
    satellites_out = np.bincount(cluster_sid[sat] - 1, minlength=m) if m else np.zeros(0, int)
    geometry = closed_outlines(pos, pos_sid - 1, max_gap / 2.0, n_groups=m)
    table = pd.DataFrame(
        {
            "settlement_id": np.arange(1, m + 1),
            "residents": residents_out,
            "buildings": buildings_out,
            "points": points_out,
            "satellites": satellites_out.astype(int),
            "area_m2": shapely.area(geometry) if m else np.zeros(0),
        }
    )
    point_settlement = pos_sid[inverse] if n else np.zeros(0, dtype=int)
    point_role = pos_role[inverse] if n else np.zeros(0, dtype=str)
    largest = float(cl_res.max()) if k else 0.0
    return SettlementResult(table, geometry, point_settlement, point_role, largest)

"""Centre zones (sentrumssoner) from business points by SSB's method of 2019.

SSB (Geonorge metadata "Sentrumssoner 2019-2021"; https://www.ssb.no/natur-og-miljo/
statistikker/arealsentrum): a centre is one or more centre cores
(sentrumskjerner) with a 100 m zone around them. A core is an area where establishments
with centre functions lie at most 50 m apart, with at least 4 different main industry
groups (hovednæringsgrupper) with centre functions, among them retail trade
(detaljvarehandel) and at least one of public administration, health and social
services, or culture, entertainment and other services, and at least 50 employees.

SSB does not publish which NACE codes count as which centre function; the table in
``resources/codes/nace_centre_functions.csv`` (editable) holds our defaults and says so
in its ``source`` column. Operationalisation:

1. Each establishment's NACE code (SN2007, "47.111", "47111" or "47.11") gets the group
   of the longest matching prefix in the table; role ``none`` or no match means no
   centre function.
2. Establishments with a centre function are chained by single linkage at ``max_gap``
   (50 m joins); other establishments take no part in the chaining.
3. A chain is a core when it has at least ``min_groups`` distinct groups, the
   ``retail`` role, at least one of the roles ``public_admin``, ``health_social``,
   ``culture_other``, and at least ``min_employees`` employees in its centre-function
   establishments.
4. The core area is the closing of the establishments' discs of radius ``max_gap / 2``
   (as for settlements); the zone is that area buffered by ``zone_buffer``. Cores whose
   zones overlap or touch form one centre zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.centre.point_clusters import check_points, closed_outlines, single_linkage
from smaaby_plugin.core.errors import InputError

__all__ = [
    "ROLES",
    "REQUIRED_ROLE",
    "ANY_OF_ROLES",
    "CentreZoneResult",
    "read_centre_function_table",
    "normalise_nace",
    "classify_nace",
    "delineate_centre_zones",
]

#: Roles a row of the code table can have.
ROLES = ("retail", "public_admin", "health_social", "culture_other", "other", "none")
#: The group every core must have (SSB: detaljvarehandel).
REQUIRED_ROLE = "retail"
#: A core must also have one of these (SSB: offentlig administrasjon, helse- og
#: sosialtjenester, kultur/underholdning/annen tjenesteyting).
ANY_OF_ROLES = ("public_admin", "health_social", "culture_other")

_COLUMNS = ("nace_prefix", "group_code", "group_name", "role", "source")


def read_centre_function_table(path: str | Path) -> pd.DataFrame:
    """Read and check a NACE -> centre-function code table (CSV, UTF-8).

    Columns: ``nace_prefix`` (e.g. ``47`` or ``47.3``), ``group_code``, ``group_name``,
    ``role`` (one of :data:`ROLES`), ``source``. Rows with role ``none`` exclude a
    sub-code from its parent's group (longest prefix wins).

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    pandas.DataFrame
        The table with an added column ``prefix`` (digits only).
    """
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, ValueError) as error:
        raise InputError(f"Could not read the centre-function code table {path}: {error}") from None
    missing = [c for c in _COLUMNS if c not in table.columns]
    if missing:
        raise InputError(
            f"The centre-function code table {path} lacks the column(s) "
            f"{', '.join(missing)}; it needs {', '.join(_COLUMNS)}."
        )
    table = table.copy()
    table["role"] = table["role"].str.strip().str.lower()
    bad_roles = sorted(set(table["role"]) - set(ROLES))
    if bad_roles:
        raise InputError(
            f"The centre-function code table {path} has unknown role(s) "
            f"{', '.join(bad_roles)}; use {', '.join(ROLES)}."
        )
    table["prefix"] = normalise_nace(table["nace_prefix"])
    if (table["prefix"] == "").any():
        rows = (np.flatnonzero(table["prefix"] == "") + 2).tolist()
        raise InputError(
            f"The centre-function code table {path} has rows without a valid "
            f"NACE prefix (lines {rows})."
        )
    if table["prefix"].duplicated().any():
        dup = sorted(set(table.loc[table["prefix"].duplicated(), "nace_prefix"]))
        raise InputError(
            f"The centre-function code table {path} lists a NACE prefix more "
            f"than once: {', '.join(dup)}."
        )
    counted = table["role"] != "none"
    if (table.loc[counted, "group_code"].str.strip() == "").any():
        raise InputError(
            f"The centre-function code table {path} has rows with a role but no group_code."
        )
    return table


def normalise_nace(codes) -> pd.Series:
    """Digits of NACE codes: ``"47.111"`` -> ``"47111"``; non-codes give ``""``.

    Examples
    --------
    >>> normalise_nace(["47.111", " 84.11", "8610", None, "abc"]).tolist()
    ['47111', '8411', '8610', '', '']
    """
    s = pd.Series(codes, dtype=object).fillna("").astype(str).str.strip()
    s = s.str.replace(r"[.\s]", "", regex=True)
    return s.where(s.str.fullmatch(r"\d{2,6}"), "")


def classify_nace(codes, table: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Centre-function group and role of each NACE code (longest prefix match).

    Parameters
    ----------
    codes : array_like of str
    table : DataFrame from :func:`read_centre_function_table`

    Returns
    -------
    group : ndarray of str
        Group code; ``""`` where the code has no centre function.
    role : ndarray of str
        Role; ``"none"`` where the code has no centre function.

    Examples
    --------
    >>> t = pd.DataFrame({"prefix": ["47", "473"], "group_code": ["G47", ""],
    ...                   "role": ["retail", "none"]})
    >>> g, r = classify_nace(["47.111", "47.30", "10.1"], t)
    >>> g.tolist(), r.tolist()
    (['G47', '', ''], ['retail', 'none', 'none'])
    """
    digits = normalise_nace(codes)
    group = pd.Series("", index=digits.index, dtype=object)
    role = pd.Series("none", index=digits.index, dtype=object)
    done = pd.Series(False, index=digits.index)
    by_prefix = table.set_index("prefix")
    # Longest prefix first; a loop over prefix lengths (at most 6), not over codes.
    for length in sorted(table["prefix"].str.len().unique(), reverse=True):
        key = digits.str[:length].where(digits.str.len() >= length)
        hit = key.isin(by_prefix.index) & ~done
        if hit.any():
            group[hit] = by_prefix.loc[key[hit], "group_code"].to_numpy()
            role[hit] = by_prefix.loc[key[hit], "role"].to_numpy()
            done |= hit
    group[role == "none"] = ""
    return group.to_numpy(dtype=object), role.to_numpy(dtype=object)


@dataclass
class CentreZoneResult:
    """Centre zones and the assignment of the establishments.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per centre zone, most employees first: ``zone_id`` (1..), ``cores``,
        ``employees`` and ``businesses`` (centre-function establishments in the cores),
        ``n_groups`` and ``groups`` (distinct centre-function groups in the cores,
        ``;``-separated), ``employees_in_zone`` and ``businesses_in_zone`` (every
        establishment inside the zone polygon, any industry), ``area_m2``.
    geometry : ndarray of shapely geometries
        The zone polygon per row.
    business_zone : ndarray of int
        ``zone_id`` of the core each establishment belongs to, 0 otherwise.
    business_group : ndarray of str
        Centre-function group of each establishment (``""`` for none).
    candidates : pandas.DataFrame
        Every chain of centre-function establishments with its figures and the rule it
        failed (``reason``, empty for cores), for checking the result.
    """

    table: pd.DataFrame
    geometry: np.ndarray
    business_zone: np.ndarray
    business_group: np.ndarray
    candidates: pd.DataFrame


def delineate_centre_zones(
    xy: np.ndarray,
    nace,
    employees: np.ndarray,
    table: pd.DataFrame,
    max_gap: float = 50.0,
    min_groups: int = 4,
    min_employees: float = 50.0,
    zone_buffer: float = 100.0,
) -> CentreZoneResult:
    """Delineate centre zones from establishment points (SSB 2019 method).

    Parameters
    ----------
    xy : ndarray, shape (n, 2)
        Establishments (bedrifter) in a projected CRS, metres.
    nace : array_like of str, length n
        NACE (SN2007) industry code per establishment.
    employees : ndarray, length n
        Employees per establishment (not negative).
    table : DataFrame
        Code table from :func:`read_centre_function_table`.
    max_gap : float
        Largest distance between establishments of a core, metres (SSB: 50).
    min_groups : int
        Smallest number of distinct centre-function groups in a core (SSB: 4).
    min_employees : float
        Smallest number of employees in a core (SSB: 50).
    zone_buffer : float
        Width of the zone around the cores, metres (SSB: 100).

    Returns
    -------
    CentreZoneResult
    """
    xy = check_points(xy, "BUSINESSES")
    emp = np.asarray(employees, dtype=float)
    if emp.shape != (len(xy),):
        raise InputError("BUSINESSES: one employee count per point is needed.")
    if not np.isfinite(emp).all():
        raise InputError(
            f"BUSINESSES: {int((~np.isfinite(emp)).sum())} establishment(s) "
            "have no number of employees; fill the field (0 if none)."
        )
    if (emp < 0).any():
        raise InputError(
            f"BUSINESSES: {int((emp < 0).sum())} establishment(s) have a "
            "negative number of employees; correct them."
        )
    if not max_gap > 0 or zone_buffer < 0:
        raise InputError("MAX_GAP must be greater than 0 m and ZONE_BUFFER at least 0 m.")
    if min_groups < 1:
        raise InputError("MIN_GROUPS must be at least 1.")

    group, role = classify_nace(nace, table)
    n = len(xy)
    centre = np.flatnonzero(role != "none")
    labels = single_linkage(xy[centre], max_gap)
    k = int(labels.max()) + 1 if len(labels) else 0

    # Figures per chain; pandas groupby over chains (not a Python loop over points).
    frame = pd.DataFrame(
        {"chain": labels, "group": group[centre], "role": role[centre], "employees": emp[centre]}
    )
    by = frame.groupby("chain", sort=True)
    cand = pd.DataFrame(
        {
            "chain": np.arange(k),
            "businesses": by.size().reindex(range(k), fill_value=0).to_numpy(),
            "employees": by["employees"].sum().reindex(range(k), fill_value=0.0).to_numpy(),
            "n_groups": by["group"].nunique().reindex(range(k), fill_value=0).to_numpy(),
            "groups": by["group"]
            .agg(lambda g: ";".join(sorted(set(g))))
            .reindex(range(k), fill_value="")
            .to_numpy(),
        }
    )
    has_role = frame.groupby(["chain", "role"]).size().unstack(fill_value=0) > 0
    has_role = has_role.reindex(index=range(k), columns=list(ROLES), fill_value=False)
    cand["has_retail"] = has_role[REQUIRED_ROLE].to_numpy()
    cand["has_public_or_service"] = has_role[list(ANY_OF_ROLES)].any(axis=1).to_numpy()
    reason = np.full(k, "", dtype=object)
    reason[cand["employees"].to_numpy() < min_employees] = f"fewer than {min_employees:g} employees"
    reason[~cand["has_public_or_service"].to_numpy()] = (
        "no public administration, health/social or culture/other services"
    )
    reason[~cand["has_retail"].to_numpy()] = "no retail trade"
    reason[cand["n_groups"].to_numpy() < min_groups] = f"fewer than {min_groups} groups"
    cand["reason"] = reason
    is_core = reason == ""

    # Core areas, zones, and zones that overlap merged into one centre.
    core_ids = np.flatnonzero(is_core)
    core_of_chain = np.full(k, -1)
    core_of_chain[core_ids] = np.arange(len(core_ids))
    point_core = core_of_chain[labels] if k else np.zeros(0, int)
    core_area = closed_outlines(xy[centre], point_core, max_gap / 2.0, n_groups=len(core_ids))
    zones_per_core = shapely.buffer(core_area, zone_buffer, quad_segs=8)
    if len(core_ids):
        parts = shapely.get_parts(shapely.union_all(zones_per_core))
        tree = shapely.STRtree(parts)
        c_idx, p_idx = tree.query(zones_per_core, predicate="intersects")
        zone_of_core = np.full(len(core_ids), -1)
        zone_of_core[c_idx] = p_idx  # each core's zone lies in exactly one merged part
    else:
        parts = np.zeros(0, dtype=object)
        zone_of_core = np.zeros(0, int)
    m = len(parts)

    core_emp = cand["employees"].to_numpy()[core_ids]
    core_bus = cand["businesses"].to_numpy()[core_ids]
    zone_emp = np.bincount(zone_of_core, weights=core_emp, minlength=m)
    zone_bus = np.bincount(zone_of_core, weights=core_bus, minlength=m).astype(int)
    zone_cores = np.bincount(zone_of_core, minlength=m)
    # Groups per zone from the establishments of its cores.
    in_core = point_core >= 0
    zg = pd.DataFrame({"zone": zone_of_core[point_core[in_core]], "group": group[centre][in_core]})
    zgroups = zg.groupby("zone")["group"].agg(lambda g: ";".join(sorted(set(g))))
    zgroups = zgroups.reindex(range(m), fill_value="").to_numpy()
    # Every establishment inside the zone polygon, whatever its industry.
    if m:
        b_idx, z_idx = shapely.STRtree(parts).query(shapely.points(xy), predicate="intersects")
    else:
        b_idx = z_idx = np.zeros(0, int)
    all_emp = np.bincount(z_idx, weights=emp[b_idx], minlength=m)
    all_bus = np.bincount(z_idx, minlength=m)

    order = np.lexsort((np.arange(m), -zone_emp))
    zone_id = np.empty(m, dtype=int)
    zone_id[order] = np.arange(1, m + 1)
    out = (
        pd.DataFrame(
            {
                "zone_id": zone_id,
                "cores": zone_cores,
                "employees": zone_emp,
                "businesses": zone_bus,
                "n_groups": [len(g.split(";")) if g else 0 for g in zgroups],
                "groups": zgroups,
                "employees_in_zone": all_emp,
                "businesses_in_zone": all_bus,
                "area_m2": shapely.area(parts) if m else np.zeros(0),
            }
        )
        .iloc[order]
        .reset_index(drop=True)
    )
    business_zone = np.zeros(n, dtype=int)
    zone_of_point = np.where(
        in_core, zone_id[zone_of_core[np.maximum(point_core, 0)]] if m else 0, 0
    )
    business_zone[centre] = zone_of_point
    cand = cand.drop(columns="chain")
    return CentreZoneResult(out, parts[order], business_zone, group, cand)

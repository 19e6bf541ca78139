"""The population grid: residents per SSB 250 m cell in 2015 and 2022 and where the
growth went, and SSB's cell ids.

Examples
--------
>>> ssb_id_250m(np.array([298000]), np.array([6699750]))[0]
'22980006699750'
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.sample._geometry import contains_xy
from smaaby_plugin.sample.design import _CHANGE, _MOEN, _POP2015, _SETTLEMENTS, REGION, TORGET, _xy

#: Side of an SSB grid cell (m).
_CELL = 250.0


def ssb_id_250m(x_ll: np.ndarray, y_ll: np.ndarray) -> np.ndarray:
    """SSB 250 m grid ids from the lower-left corners of cells (EPSG:25833).

    The id is ``x_ll + 2,000,000`` and ``y_ll``, each as 7 digits (SSB national grid;
    see ``../shared/data/norge/PROVENANCE_popgrid.txt``).

    Parameters
    ----------
    x_ll, y_ll : numpy.ndarray
        Lower-left corner coordinates, multiples of 250.

    Returns
    -------
    numpy.ndarray
        Object array of 14-character strings.
    """
    x = np.asarray(x_ll, dtype=np.int64) + 2_000_000
    y = np.asarray(y_ll, dtype=np.int64)
    ids = np.char.add(np.char.zfill(x.astype(str), 7), np.char.zfill(y.astype(str), 7))
    return np.array(ids.tolist(), dtype=object)


def _cover_fraction(
    boxes: np.ndarray, cx: np.ndarray, cy: np.ndarray, geom: shapely.Geometry
) -> np.ndarray:
    """Share of each box covered by ``geom`` (exact where the boundary crosses)."""
    shapely.prepare(geom)
    frac = contains_xy(geom, cx, cy).astype(float)
    edge_lines = shapely.boundary(geom)
    shapely.prepare(edge_lines)
    edge = shapely.intersects(boxes, edge_lines)
    frac[edge] = shapely.area(shapely.intersection(boxes[edge], geom)) / (_CELL * _CELL)
    return frac


def _population(
    rng: np.random.Generator,
    kommuner: dict[str, shapely.Geometry],
    habitable: shapely.Geometry,
    zones: dict[str, shapely.Geometry],
    rural_roads: np.ndarray,
) -> dict:
    """Population per 250 m cell in 2015 and 2022, and where the growth went."""
    xs = np.arange(REGION[0], REGION[2], _CELL)
    ys = np.arange(REGION[1], REGION[3], _CELL)
    x_ll, y_ll = (a.ravel() for a in np.meshgrid(xs, ys, indexing="ij"))
    cx, cy = x_ll + _CELL / 2, y_ll + _CELL / 2
    boxes = shapely.box(x_ll, y_ll, x_ll + _CELL, y_ll + _CELL)
    knr = np.full(len(cx), "", dtype=object)
    for k, poly in kommuner.items():
        knr[contains_xy(poly, cx, cy)] = k
    frac = _cover_fraction(boxes, cx, cy, habitable)
    frac[frac < 0.03] = 0.0

    r_t = np.hypot(cx - TORGET[0], cy - TORGET[1])
    tree = shapely.STRtree(rural_roads)
    _, d_road = tree.query_nearest(shapely.points(cx, cy), return_distance=True, all_matches=False)
    settlements = {s[0]: (_xy(s[3]), s[1]) for s in _SETTLEMENTS}
    settlements["Moen"] = (_xy(_MOEN), "hamlet")

    def intensity(component: str, k: str) -> np.ndarray:
        if component == "rural":
            lam = np.exp(-d_road / 220.0) * (r_t > 2300.0)
        else:
            (sx, sy), level = settlements[component]
            r = np.hypot(cx - sx, cy - sy)
            if level == "town":
                lam = (4.0 * np.exp(-r / 300.0) + np.exp(-((r / 1300.0) ** 6))) * (r < 2500.0)
            else:
                pop = _POP2015[k][component]
                sigma = 80.0 + 170.0 * math.sqrt(pop / 1000.0)
                lam = np.exp(-0.5 * (r / sigma) ** 2)
        return lam * frac * (knr == k)

    pop2015 = np.zeros(len(cx), dtype=np.int64)
    lam_comp = {}
    for k in sorted(_POP2015):
        for component, total in _POP2015[k].items():
            lam = intensity(component, k)
            lam_comp[component] = lam
            pop2015 += rng.multinomial(total, lam / lam.sum())

    # 2015 -> 2022: growth in the new housing areas and the centre of 9901 and in Lia;
    # the other kommuner lose a few residents.
    growth = {}
    for zone, total in (("G1", 280), ("G2", 230)):
        w = _cover_fraction(boxes, cx, cy, zones[zone]) * (knr == "9901")
        w[w < 0.02] = 0.0
        growth[zone] = rng.multinomial(total, w / w.sum())
    w = pop2015 * (r_t < 500.0) * (knr == "9901")
    growth["centre"] = rng.multinomial(_CHANGE["9901"] - 510, w / w.sum())
    w = pop2015 * lam_comp["Lia"]
    growth["Lia"] = rng.multinomial(_CHANGE["9902"], w / w.sum())
    removed = np.zeros(len(cx), dtype=np.int64)
    for k in ("9903", "9904", "9905", "9906"):
        sel = np.flatnonzero(knr == k)
        removed[sel] = rng.multivariate_hypergeometric(pop2015[sel], -_CHANGE[k])
    pop2022 = pop2015 + sum(growth.values()) - removed
    return {
        "x_ll": x_ll,
        "y_ll": y_ll,
        "knr": knr,
        "pop2015": pop2015,
        "pop2022": pop2022,
        "growth": growth,
        "removed": removed,
        "r_torget": r_t,
    }


def _population_frame(pop: dict) -> pd.DataFrame:
    """The ``population`` layer: the cells populated in 2015 or 2022."""
    cells = (pop["pop2015"] > 0) | (pop["pop2022"] > 0)
    x_ll, y_ll = pop["x_ll"][cells], pop["y_ll"][cells]
    return pd.DataFrame(
        {
            "ssbid_250m": ssb_id_250m(x_ll, y_ll).astype(object),
            "pop2015": pop["pop2015"][cells].astype(np.int64),
            "pop2022": pop["pop2022"][cells].astype(np.int64),
            "kommunenummer": pop["knr"][cells],
            "geometry": shapely.box(x_ll, y_ll, x_ll + _CELL, y_ll + _CELL),
        }
    )

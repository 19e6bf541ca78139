"""Settlements: the centres (town and villages) and the tettsted outlines around the
clustered buildings."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.sample._geometry import _clusters, _fill_holes, _union_nearby, contains_xy
from smaaby_plugin.sample.design import _SETTLEMENTS, _xy


def _centres() -> pd.DataFrame:
    """The ``centres`` layer: the town and the villages of the design."""
    return pd.DataFrame(
        {
            "centre_id": [f"S{i + 1:02d}" for i in range(len(_SETTLEMENTS))],
            "name": [s[0] for s in _SETTLEMENTS],
            "level": [s[1] for s in _SETTLEMENTS],
            "attractiveness": [float(s[4]) for s in _SETTLEMENTS],
            "kommunenummer": [s[2] for s in _SETTLEMENTS],
            "geometry": shapely.points(_xy([s[3] for s in _SETTLEMENTS])),
        }
    )


def _tettsteder(
    blocks: tuple, b_xy: np.ndarray, b_type: np.ndarray, b_res: np.ndarray, sea: shapely.Geometry
) -> pd.DataFrame:
    """Settlement outlines in the spirit of SSB's tettsted rule.

    Homes and workplaces at most 50 m apart form a cluster (single linkage); clusters
    with at least 200 residents are settlements, each joined to the nearest centre.
    The outline is the built-up blocks and 25 m yards of their buildings, gaps up to
    100 m closed, without the sea (the part with most residents where that splits).
    """
    faces, _, block_of = blocks
    idx = np.flatnonzero(b_type != "fritid")
    label = _clusters(b_xy[idx], 50.0)
    res = np.bincount(label, b_res[idx])
    member = res[label] >= 200
    centres = _xy([s[3] for s in _SETTLEMENTS])
    count = np.bincount(label)
    mean_xy = np.column_stack([np.bincount(label, b_xy[idx, k]) / count for k in (0, 1)])
    owner = np.argmin(
        np.hypot(
            mean_xy[:, None, 0] - centres[None, :, 0], mean_xy[:, None, 1] - centres[None, :, 1]
        ),
        axis=1,
    )[label]
    rows = []
    for i, settlement in enumerate(_SETTLEMENTS):
        mine = idx[member & (owner == i)]
        if len(mine) == 0:
            continue
        in_block = block_of[mine] >= 0
        area = shapely.union_all(
            [
                shapely.coverage_union_all(faces[np.unique(block_of[mine][in_block])]),
                _union_nearby(
                    shapely.buffer(shapely.points(b_xy[mine][~in_block]), 25.0, quad_segs=2),
                    b_xy[mine][~in_block],
                    50.0,
                ),
            ]
        )
        area = shapely.buffer(shapely.buffer(area, 150.0, quad_segs=3), -150.0, quad_segs=3)
        parts = shapely.get_parts(shapely.difference(shapely.simplify(area, 1.0), sea))
        parts = _fill_holes(parts[shapely.get_type_id(parts) == 3], 50_000.0)
        pop = np.array(
            [b_res[contains_xy(p, b_xy[:, 0], b_xy[:, 1])].sum() for p in parts],
            dtype=np.int64,
        )
        # The main part keeps the name; a part across the water is named by direction.
        for rank, j in enumerate(np.argsort(-pop, kind="stable")):
            if pop[j] < 200:
                break
            name = settlement[0]
            if rank:
                cx, cy = shapely.get_coordinates(shapely.centroid(parts[j]))[0]
                angle = math.degrees(math.atan2(cy - centres[i][1], cx - centres[i][0]))
                name += " " + ("aust", "nord", "vest", "sør")[int(((angle + 45) % 360) // 90)]
            rows.append((name, int(pop[j]), parts[j]))
    return pd.DataFrame(
        {
            "tettnr": [f"{9911 + k}" for k in range(len(rows))],
            "name": [r[0] for r in rows],
            "population": np.array([r[1] for r in rows], dtype=np.int64),
            "geometry": np.array([r[2] for r in rows], dtype=object),
        }
    )

"""The current and proposed kommuneplan (arealdel) as exact partitions of kommune 9901."""

from __future__ import annotations

import pandas as pd
import shapely

from smaaby_plugin.sample._geometry import _partition


def _plans(
    k9901: shapely.Geometry,
    sea: shapely.Geometry,
    lake: shapely.Geometry,
    zones: dict[str, shapely.Geometry],
    main: dict[str, shapely.LineString],
    settled: shapely.Geometry,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Current and proposed kommuneplan (arealdel) as exact partitions of 9901.

    Where areas overlap, the first in the list below wins (water, main roads, centre,
    harbour, ...); what no area covers is LNFR (5100).
    """
    land_k = shapely.difference(k9901, shapely.union_all([sea, lake]))
    road = shapely.intersection(
        shapely.buffer(shapely.union_all([main["E99"], main["Rv990"]]), 15.0), land_k
    )
    head = [
        (6001, "SJO", sea),
        (6001, "VATN", lake),
        (2010, "VEG", road),
        (1130, "SENTRUM", zones["SENTRUM"]),
        (1300, "HAVNA", zones["HAVNA"]),
    ]
    services = [
        (1160, "VGS", zones["VGS"]),
        (1160, "DMS", zones["DMS"]),
        (1400, "IDRETT", zones["IDRETT"]),
        (3040, "PARK", zones["PARK"]),
    ]
    tail = [(1110, "G1", zones["G1"]), (1110, "G2", zones["G2"])]
    current = (
        head
        + [(1300, "R2", zones["R2"])]
        + services
        + [(1110, "R1", zones["R1"])]
        + tail
        + [(5100, z, zones[z]) for z in ("N1", "N2", "N3", "N4", "N5")]
        + [(1110, "BOLIG", settled), (1120, "H1", zones["H1"])]
    )
    proposed = (
        head
        + [(5100, "R2", zones["R2"])]
        + services
        + [(3040, "R1", zones["R1"])]
        + tail
        + [
            (1110, "N1", zones["N1"]),
            (1110, "N2", zones["N2"]),
            (1300, "N3", zones["N3"]),
            (1110, "N4", zones["N4"]),
            (1120, "N5", zones["N5"]),
        ]
        + [(1110, "BOLIG", settled), (1120, "H1", zones["H1"])]
    )
    out = []
    for plan_id, items in (("9901-KPA-2015", current), ("9901-KPA-2025", proposed)):
        layers = [
            ({"arealformal": code, "plan_id": plan_id, "area_id": area_id}, geom)
            for code, area_id, geom in items
        ]
        out.append(
            _partition(k9901, layers, {"arealformal": 5100, "plan_id": plan_id, "area_id": "LNFR"})
        )
    return out[0], out[1]

"""Commuting sheds for ``smaaby:commutingshed``: the share of each area's employed
residents who work in one centre area.

No QGIS here. The areas at or above a threshold share form the shed: the
commuting-zone rule of the OECD-EC functional urban area uses 15 % (Dijkstra, Poelman
and Veneri 2019, *The EU-OECD definition of a functional urban area*), Norwegian
BA-region practice about 10 %.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from smaaby_plugin.core.catchments.flows import Flows
from smaaby_plugin.core.errors import InputError

__all__ = ["commuting_shed"]


def commuting_shed(flows: Flows, centre_id: str, threshold: float = 0.10) -> pd.DataFrame:
    """Share of each area's employed residents who work in the centre area.

    Parameters
    ----------
    flows : Flows
        From :func:`~smaaby_plugin.core.catchments.flows.prepare_flows`.
    centre_id : str
        The centre area, normalised like the flow ids (see
        :func:`~smaaby_plugin.core.catchments.flows.normalise_ids`).
    threshold : float
        Share of employed residents (0 < threshold <= 1) at or above which an area
        belongs to the shed. The centre itself always belongs to it.

    Returns
    -------
    pandas.DataFrame
        One row per home area (sorted by id), columns ``area_id``, ``employed``
        (employed residents: all flows from the area, the diagonal included),
        ``to_centre`` (of them, working in the centre), ``share`` (``to_centre /
        employed``; NaN for an area without employed residents), ``is_centre`` and
        ``in_shed``.

    Raises
    ------
    InputError
        When the centre is not a work area in the flows or the threshold is out of
        range.

    Examples
    --------
    >>> from smaaby_plugin.core.catchments.flows import prepare_flows
    >>> flows, _ = prepare_flows(["A", "A", "B", "B", "C"], ["A", "B", "B", "A", "C"],
    ...                          [90, 10, 70, 30, 50])
    >>> commuting_shed(flows, "A", 0.15)[["area_id", "share", "in_shed"]]
      area_id  share  in_shed
    0       A    0.9     True
    1       B    0.3     True
    2       C    0.0    False
    """
    if not (0.0 < threshold <= 1.0):
        raise InputError(
            f"THRESHOLD is {threshold}; give a share of employed residents above 0 and "
            "at most 1 (0.10 means 10 %)."
        )
    c = flows.index_of(centre_id)
    if c < 0 or flows.jobs[c] <= 0:
        sample = ", ".join(map(str, flows.ids[:5]))
        raise InputError(
            f"CENTRE_ID '{centre_id}' is not a work area in FLOWS (area ids there look "
            f"like {sample}); give the id of the centre area as the flows spell it."
        )
    employed = flows.residents
    to_centre = np.asarray(flows.matrix[:, c].toarray()).ravel()
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(employed > 0, to_centre / np.where(employed > 0, employed, 1), np.nan)
    is_centre = np.arange(flows.ids.size) == c
    in_shed = is_centre | (np.nan_to_num(share, nan=-1.0) >= threshold)
    return pd.DataFrame(
        {
            "area_id": flows.ids.astype(str),
            "employed": employed,
            "to_centre": to_centre,
            "share": share,
            "is_centre": is_centre,
            "in_shed": in_shed,
        }
    )

"""Commuting: employed persons by home and work kommune, from fixed shares."""

from __future__ import annotations

import numpy as np
import pandas as pd

from smaaby_plugin.sample._geometry import _allocate
from smaaby_plugin.sample.schema import KOMMUNER

# Employed persons by home (rows) and work kommune (columns), as shares of the
# employed residents of the home kommune (9901..9906).
_COMMUTING_SHARES = np.array(
    [
        [0.900, 0.035, 0.025, 0.015, 0.015, 0.010],
        [0.300, 0.620, 0.040, 0.010, 0.010, 0.020],
        [0.120, 0.050, 0.780, 0.040, 0.005, 0.005],
        [0.050, 0.010, 0.060, 0.860, 0.015, 0.005],
        [0.200, 0.010, 0.005, 0.030, 0.740, 0.015],
        [0.080, 0.040, 0.005, 0.005, 0.020, 0.850],
    ]
)
_EMPLOYED_PER_RESIDENT = 0.49


def _commuting(pop2022_by_knr: dict[str, int]) -> pd.DataFrame:
    """Commuting flows between the six kommuner (diagonal included)."""
    knrs = sorted(KOMMUNER)
    employed = np.array([round(_EMPLOYED_PER_RESIDENT * pop2022_by_knr[k]) for k in knrs])
    flows = _allocate(employed, np.repeat(np.arange(6), 6), _COMMUTING_SHARES.ravel())
    return pd.DataFrame(
        {
            "home_knr": np.repeat(knrs, 6).astype(object),
            "work_knr": np.tile(knrs, 6).astype(object),
            "employed": flows.astype(np.int64),
        }
    )

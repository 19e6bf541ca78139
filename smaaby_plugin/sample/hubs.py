"""Eksempelby's location-allocation inputs (issue 13): a synthetic weight of state
employees by residence on the population cells.

The candidate hub sites are the ``centres`` layer as it is (the town and the five village
centres). ``state_employees`` is drawn per cell as Binomial(pop2022, STATE_SHARE) from its
own generator ``numpy.random.default_rng([seed, 13])``, so no other value of Eksempelby
changes. STATE_SHARE is our assumption (about 3 % of residents work for the state in
Norway: some 170,000 state employees of 5.5 million inhabitants), not an official figure
for any place.

>>> import numpy as np
>>> e = state_employees(np.array([0, 100, 1000]), seed=2024)
>>> int(e[0]), bool(0 <= e[1] <= 100), bool(abs(e[2] - 30) < 20)
(0, True, True)
"""

from __future__ import annotations

import numpy as np

__all__ = ["STATE_SHARE", "STREAM", "state_employees"]

#: Share of residents who work for the state (an assumption, see the module text).
STATE_SHARE = 0.03
#: The generator's stream number (the issue's), apart from the shared ``rng``.
STREAM = 13


def state_employees(pop2022: np.ndarray, seed: int) -> np.ndarray:
    """State employees living in each cell: Binomial(pop2022, STATE_SHARE), int64."""
    rng = np.random.default_rng([seed, STREAM])
    return rng.binomial(np.asarray(pop2022, dtype=np.int64), STATE_SHARE).astype(np.int64)
